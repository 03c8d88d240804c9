// SPDX-License-Identifier: Apache-2.0
#pragma once
// The lock screen. It replaces the whole window (nothing of the viewer is
// painted, so no image or patient text reaches the screen or the task
// switcher's thumbnail) and asks the same person to authenticate again:
// password and code for a local account, the identity provider for SSO.
// "Switch user" ends the session and closes the studies.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos::ui {

class LockPage : public QWidget
{
    Q_OBJECT
public:
    explicit LockPage(QWidget* parent = nullptr);

    // Who may unlock and how: `sso` shows "Sign in again with ..." instead
    // of the password fields. `demoHint`: the demo user's password and code.
    void prepare(const QString& displayName, const QString& reason, bool sso, const QString& ssoLabel);
    void setDemoHint(const QString& hint);
    void setBusy(bool busy);
    void showError(const QString& message);
    void clearSecrets();

    QLineEdit* passwordField() const { return m_password; }
    QLineEdit* codeField() const { return m_code; }
    QPushButton* unlockButton() const { return m_unlock; }
    QPushButton* switchUserButton() const { return m_switch; }

signals:
    void unlockRequested(const QString& password, const QString& code);
    void ssoUnlockRequested();
    void switchUserRequested();

protected:
    void hideEvent(QHideEvent* e) override;

private:
    void submit();

    QLabel* m_who = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_demoHint = nullptr;
    QWidget* m_localFields = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_sso = nullptr;
    QPushButton* m_switch = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace custos::ui
