// SPDX-License-Identifier: Apache-2.0
#pragma once
// The window a person sees: the sign-in screen, the viewer once signed in,
// and the lock screen over it. It wires the session (core/auth) to what is
// on screen: every input resets the idle clock; an idle timeout, the
// operating system locking or going to sleep, or "Lock" locks; the lock
// screen then replaces the viewer entirely; unlocking re-authenticates the
// same person; "Switch user", "Sign out" and the maximum session length end
// the session and destroy the viewer with every open study.

#include "core/audit/audit_event.h"
#include "core/auth/demo_accounts.h"
#include "core/auth/identity.h"
#include "core/auth/oidc_client.h"
#include "core/common/result.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTimer;

namespace custos::auth {
class LocalAccountStore;
class OidcClient;
class Session;
} // namespace custos::auth

namespace custos::ui {

class LockPage;
class SignInPage;
class StepUpPage;

struct AuthShellOptions
{
    auth::Session* session = nullptr;                       // required, not owned
    std::shared_ptr<auth::LocalAccountStore> accounts;      // null: no local accounts (keychain missing)
    QString accountsProblem;                                // why there are none, for the screen
    auth::OidcClient* oidc = nullptr;                       // null: no single sign-on configured
    std::vector<auth::DemoUser> demoUsers;                  // non-empty: the demo
    // Site mode: a single sign-on user's second factor comes from the
    // identity provider (amr/acr); Custos's own TOTP step-up is never
    // enrolled on first use (trust on first use would let a stolen provider
    // password enrol its own code).
    bool secondFactorFromProvider = false;
    // Site mode: local sign-in and unlock go through the Custos service
    // (which checks the credentials and issues the ticket) instead of `accounts`.
    std::function<Result<auth::Identity>(const QString& user, const QString& password, const QString& code)> localSignIn;
    // Site mode: after the browser flow, the ID token goes to the Custos
    // service, which checks it itself and issues the ticket; the identity is
    // the ticket's. Called off the UI thread with the client's proof (a
    // re-authentication for unlock carries when it was asked for).
    std::function<Result<auth::Identity>(const auth::SignInProof& proof)> ssoRedeem;
    // No site policy: the sign-in screen says it is not for patient data in production.
    bool personalMode = false;
    // Builds the viewer for a person who just signed in; the shell owns it.
    std::function<QWidget*(const auth::Identity&)> createViewer;
};

class AuthShell : public QWidget
{
    Q_OBJECT
public:
    explicit AuthShell(AuthShellOptions options, QWidget* parent = nullptr);
    ~AuthShell() override;

    // The same steps the buttons take (also for --local and --sso at start).
    void signInLocal(const QString& user, const QString& password, const QString& code);
    void signInSso();
    void lockNow(const QString& reason);
    void switchUser();

    QWidget* viewer() const { return m_viewer; }
    SignInPage* signInPage() const { return m_signIn; }
    LockPage* lockPage() const { return m_lock; }
    StepUpPage* stepUpPage() const { return m_stepUp; }
    bool showingStepUp() const;
    bool showingViewer() const;
    bool showingLock() const;

signals:
    void viewerCreated(QWidget* viewer);
    // A sign-in attempt failed; the message is on screen too.
    void signInFailed(const QString& message);
    // The identity provider gave no second factor: Custos asks for its own.
    void stepUpRequired(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* e) override;

private:
    // Runs `work` on a worker thread and `then` with its result on the UI thread.
    void offUiThread(std::function<Result<auth::Identity>()> work, std::function<void(Result<auth::Identity>)> then);
    void startSession(Result<auth::Identity> identity);
    void onLocked(const QString& reason);
    void onEnded(const QString& reason);
    void unlockLocal(const QString& password, const QString& code);
    void unlockSso();
    void finishUnlock(Result<auth::Identity> identity);
    void hideOtherWindows();
    void clearOwnClipboard();
    // A single sign-on without a second factor where the site requires one.
    bool needsStepUp(const Result<auth::Identity>& identity) const;
    void beginStepUp(const auth::Identity& identity, bool forUnlock);
    void submitStepUp(const QString& code);
    void cancelStepUp();
    void addSessionMenu();
    void destroyViewer();
    QString ssoLabel() const;
    QString demoHintFor(const QString& userName) const;

    AuthShellOptions m_options;
    QStackedWidget* m_stack = nullptr;
    SignInPage* m_signIn = nullptr;
    LockPage* m_lock = nullptr;
    StepUpPage* m_stepUp = nullptr;
    auth::Identity m_pendingSso;
    bool m_stepUpForUnlock = false;
    QPointer<QWidget> m_viewer;
    QList<QPointer<QWidget>> m_hiddenWindows; // hidden by the lock, shown again on the same person's unlock
    QTimer* m_hintTimer = nullptr; // keeps the demo code on the lock screen current
    bool m_busy = false;
};

} // namespace custos::ui
