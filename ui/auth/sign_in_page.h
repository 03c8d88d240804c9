// SPDX-License-Identifier: Apache-2.0
#pragma once
// The sign-in screen: single sign-on with the site's identity provider
// (the system browser opens), or a local account with password and
// one-time code. In the demo, a bannered table lists the demo users, their
// public passwords and their current codes, so a newcomer is in after a
// click.

#include "core/auth/demo_accounts.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace custos::ui {

class SignInPage : public QWidget
{
    Q_OBJECT
public:
    // `ssoLabel`: e.g. "Sign in with login.hospital.org"; empty: no SSO configured.
    SignInPage(const QString& ssoLabel, std::vector<auth::DemoUser> demoUsers, QWidget* parent = nullptr);

    void setBusy(bool busy, const QString& message = {});
    void showError(const QString& message);
    void showMessage(const QString& message);
    // Forgets what was typed (after every attempt and when hidden).
    void clearSecrets();
    // Fills the fields with demo user `row`'s name, password and current code.
    void fillDemoUser(int row);
    // Personal mode (no site policy): say plainly it is not for patient data in production.
    void setPersonalMode(bool personal);
    // The time the demo codes are computed for, in seconds since the epoch
    // (the system clock unless set; tests set it to the end of a period).
    void setClock(std::function<qint64()> secondsSinceEpoch);

    QLineEdit* userField() const { return m_user; }
    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* codeField() const { return m_code; }
    QPushButton* signInButton() const { return m_signIn; }

signals:
    void localSignInRequested(const QString& user, const QString& password, const QString& code);
    void ssoRequested();

protected:
    void hideEvent(QHideEvent* e) override;
    void showEvent(QShowEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    QWidget* buildDemoPanel();
    void fitDemoTable();
    void refreshCodes();
    void submit();

    std::vector<auth::DemoUser> m_demo;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_sso = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_personal = nullptr;
    QTableWidget* m_demoTable = nullptr;
    QTimer* m_codeTimer = nullptr;
    std::function<qint64()> m_now;
    bool m_codeDue = false; // "Use" waits for the next code
};

} // namespace custos::ui
