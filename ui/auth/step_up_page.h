// SPDX-License-Identifier: Apache-2.0
#pragma once
// The second factor after a single sign-on that did not provide one: the
// code from the authenticator app, or — at the first sign-in — the
// enrolment: a QR code to scan (and the secret to type instead), ten
// recovery codes to keep, and a first code to confirm.

#include "core/auth/local_accounts.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos::ui {

// The QR code as an image, with a quiet zone, `scale` pixels per module.
QImage qrImage(const auth::QrMatrix& matrix, int scale = 6);

class StepUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit StepUpPage(QWidget* parent = nullptr);

    void prepareVerify(const QString& displayName);
    void prepareEnrol(const QString& displayName, const auth::Enrollment& enrollment);
    void setBusy(bool busy);
    void showError(const QString& message);

    QLineEdit* codeField() const { return m_code; }
    QPushButton* continueButton() const { return m_continue; }
    QLabel* qrLabel() const { return m_qr; }

signals:
    void codeEntered(const QString& code);
    void cancelled();

protected:
    void hideEvent(QHideEvent* e) override;

private:
    void submit();

    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_qr = nullptr;
    QLabel* m_secret = nullptr;
    QLabel* m_recovery = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace custos::ui
