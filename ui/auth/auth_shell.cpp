// SPDX-License-Identifier: Apache-2.0
#include "ui/auth/auth_shell.h"

#include "core/auth/local_accounts.h"
#include "core/auth/oidc_client.h"
#include "core/auth/session.h"
#include "ui/auth/lock_page.h"
#include "ui/auth/sign_in_page.h"
#include "ui/auth/step_up_page.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

namespace custos::ui {

AuthShell::AuthShell(AuthShellOptions options, QWidget* parent) : QWidget(parent), m_options(std::move(options))
{
    Q_ASSERT(m_options.session);
    setWindowTitle(tr("Custos"));
    m_stack = new QStackedWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_signIn = new SignInPage(ssoLabel(), m_options.demoUsers);
    m_lock = new LockPage;
    m_stepUp = new StepUpPage;
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_lock);
    m_stack->addWidget(m_stepUp);
    connect(m_stepUp, &StepUpPage::codeEntered, this, &AuthShell::submitStepUp);
    connect(m_stepUp, &StepUpPage::cancelled, this, &AuthShell::cancelStepUp);
    if (!m_options.accounts && !m_options.localSignIn && !m_options.accountsProblem.isEmpty() && !m_options.oidc)
        m_signIn->showError(m_options.accountsProblem);
    m_signIn->setPersonalMode(m_options.personalMode);

    connect(m_signIn, &SignInPage::localSignInRequested, this, &AuthShell::signInLocal);
    connect(m_signIn, &SignInPage::ssoRequested, this, &AuthShell::signInSso);
    connect(m_lock, &LockPage::unlockRequested, this, &AuthShell::unlockLocal);
    connect(m_lock, &LockPage::ssoUnlockRequested, this, &AuthShell::unlockSso);
    connect(m_lock, &LockPage::switchUserRequested, this, &AuthShell::switchUser);
    connect(m_options.session, &auth::Session::locked, this, &AuthShell::onLocked);
    connect(m_options.session, &auth::Session::ended, this, &AuthShell::onEnded);

    m_hintTimer = new QTimer(this);
    m_hintTimer->setInterval(1000);
    connect(m_hintTimer, &QTimer::timeout, this, [this] {
        if (showingLock())
            m_lock->setDemoHint(demoHintFor(m_options.session->identity().userName));
        else
            m_hintTimer->stop();
    });

    // Every keystroke, click or wheel turn anywhere in the application counts
    // as activity for the idle lock.
    qApp->installEventFilter(this);
}

AuthShell::~AuthShell()
{
    qApp->removeEventFilter(this);
    destroyViewer();
}

QString AuthShell::ssoLabel() const
{
    if (!m_options.oidc)
        return {};
    return tr("Sign in with %1").arg(m_options.oidc->config().issuer.host());
}

bool AuthShell::showingViewer() const { return m_viewer && m_stack->currentWidget() == m_viewer; }
bool AuthShell::showingLock() const { return m_stack->currentWidget() == m_lock; }
bool AuthShell::showingStepUp() const { return m_stack->currentWidget() == m_stepUp; }

bool AuthShell::needsStepUp(const Result<auth::Identity>& identity) const
{
    return identity && identity.value().method == auth::AuthMethod::OpenIdConnect && identity.value().mfa == auth::MfaMethod::None
           && m_options.session->policy().requireMfa && m_options.accounts;
}

void AuthShell::beginStepUp(const auth::Identity& identity, bool forUnlock)
{
    m_pendingSso = identity;
    m_stepUpForUnlock = forUnlock;
    const QString name = identity.displayName.isEmpty() ? identity.userName : identity.displayName;
    auto enrolled = m_options.accounts->hasStepUp(identity);
    if (!enrolled) {
        (forUnlock ? static_cast<void>(m_lock->showError(enrolled.error().message)) : m_signIn->showError(enrolled.error().message));
        return;
    }
    if (enrolled.value()) {
        m_stepUp->prepareVerify(name);
    } else if (m_options.secondFactorFromProvider) {
        const QString refusal = tr("This site requires a second factor from its identity provider, and the provider did not confirm one. "
                                   "Sign in with your second factor at the provider, or ask your administrator.");
        (forUnlock ? m_lock->showError(refusal) : m_signIn->showError(refusal));
        emit signInFailed(refusal);
        return;
    } else {
        // No trust-on-first-use: a password-only sign-in never sets up a
        // second factor by itself; only an administrator's one-time code does.
        const QString refusal = tr("This site requires a second factor, the identity provider did not confirm one, and no Custos code is set up "
                                   "for %1. Ask your administrator for a one-time enrolment code (custos-cli users issue-enrolment %2), then "
                                   "set up your code with: custos-cli login --sso --enrolment-code CODE")
                                    .arg(name, identity.userName);
        (forUnlock ? m_lock->showError(refusal) : m_signIn->showError(refusal));
        emit signInFailed(refusal);
        return;
    }
    if (m_viewer)
        m_viewer->hide();
    m_stack->setCurrentWidget(m_stepUp);
    emit stepUpRequired(tr("The identity provider did not confirm a second factor, and this site requires one."));
}

void AuthShell::submitStepUp(const QString& code)
{
    if (m_busy)
        return;
    m_busy = true;
    m_stepUp->setBusy(true);
    auto accounts = m_options.accounts;
    const auth::Identity pending = m_pendingSso;
    offUiThread([accounts, pending, code] { return accounts->stepUp(pending, code); },
                [this](Result<auth::Identity> result) {
                    m_busy = false;
                    m_stepUp->setBusy(false);
                    if (!result) {
                        m_stepUp->showError(result.error().message);
                        m_stepUp->codeField()->clear();
                        return;
                    }
                    m_pendingSso = {};
                    if (m_stepUpForUnlock) {
                        m_stack->setCurrentWidget(m_lock);
                        finishUnlock(std::move(result));
                    } else {
                        m_stack->setCurrentWidget(m_signIn);
                        startSession(std::move(result));
                    }
                });
}

void AuthShell::cancelStepUp()
{
    m_pendingSso = {};
    m_stack->setCurrentWidget(m_stepUpForUnlock ? static_cast<QWidget*>(m_lock) : static_cast<QWidget*>(m_signIn));
}

bool AuthShell::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_options.session->touch();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void AuthShell::signInLocal(const QString& user, const QString& password, const QString& code)
{
    if (m_busy)
        return;
    if (m_options.localSignIn) {
        m_busy = true;
        m_signIn->setBusy(true);
        offUiThread([signIn = m_options.localSignIn, user, password, code] { return signIn(user, password, code); },
                    [this](Result<auth::Identity> result) { startSession(std::move(result)); });
        return;
    }
    if (!m_options.accounts) {
        m_signIn->showError(m_options.accountsProblem.isEmpty() ? tr("Local accounts are not available on this computer.")
                                                                 : m_options.accountsProblem);
        return;
    }
    m_busy = true;
    m_signIn->setBusy(true);
    auto accounts = m_options.accounts;
    offUiThread([accounts, user, password, code] { return accounts->authenticate(user, password, code); },
                [this](Result<auth::Identity> result) { startSession(std::move(result)); });
}

void AuthShell::offUiThread(std::function<Result<auth::Identity>()> work, std::function<void(Result<auth::Identity>)> then)
{
    // Argon2id and the accounts file's lock take a noticeable moment: never
    // on the UI thread. The answer comes back to it, unless the shell is gone.
    QPointer<AuthShell> self(this);
    QThreadPool::globalInstance()->start([work = std::move(work), then = std::move(then), self] {
        auto result = std::make_shared<Result<auth::Identity>>(work());
        QMetaObject::invokeMethod(qApp, [self, then, result] {
            if (self)
                then(std::move(*result));
        }, Qt::QueuedConnection);
    });
}

void AuthShell::signInSso()
{
    if (m_busy || !m_options.oidc)
        return;
    m_busy = true;
    m_signIn->setBusy(true, tr("Waiting for the sign-in in your browser..."));
    m_options.oidc->signIn([this](Result<auth::Identity> identity) {
        if (!identity || !m_options.ssoRedeem) {
            startSession(std::move(identity));
            return;
        }
        offUiThread([redeem = m_options.ssoRedeem, proof = m_options.oidc->lastProof()] { return redeem(proof); },
                    [this](Result<auth::Identity> result) { startSession(std::move(result)); });
    });
}

void AuthShell::startSession(Result<auth::Identity> identity)
{
    m_busy = false;
    m_signIn->setBusy(false);
    m_signIn->clearSecrets();
    if (!identity) {
        m_signIn->showError(identity.error().message);
        emit signInFailed(identity.error().message);
        return;
    }
    if (needsStepUp(identity)) {
        beginStepUp(identity.value(), false);
        return;
    }
    if (auto begun = m_options.session->begin(identity.value()); !begun) {
        QString message = begun.error().message;
        if (identity.value().method == auth::AuthMethod::OpenIdConnect)
            message = tr("Your identity provider did not confirm a second factor, and this site requires one. "
                         "Sign in at the provider with multi-factor authentication, or ask IT to require it there.");
        m_signIn->showError(message);
        emit signInFailed(message);
        return;
    }
    m_signIn->showError({});
    if (m_options.createViewer)
        m_viewer = m_options.createViewer(m_options.session->identity());
    if (!m_viewer)
        m_viewer = new QLabel(tr("Signed in."));
    m_stack->addWidget(m_viewer);
    m_stack->setCurrentWidget(m_viewer);
    setWindowTitle(tr("Custos"));
    addSessionMenu();
    emit viewerCreated(m_viewer);
}

void AuthShell::addSessionMenu()
{
    auto* window = qobject_cast<QMainWindow*>(m_viewer.data());
    if (!window)
        return;
    const auth::Identity& who = m_options.session->identity();
    const QString name = who.displayName.isEmpty() ? who.userName : who.displayName;
    QMenu* menu = window->menuBar()->addMenu(tr("&Session"));
    QAction* lock = menu->addAction(tr("&Lock now"), this, [this] { lockNow(tr("locked by the user")); });
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    menu->addAction(tr("&Switch user..."), this, &AuthShell::switchUser);
    menu->addAction(tr("Sign &out"), this, [this] { m_options.session->end(QStringLiteral("signed out")); });
    auto* badge = new QLabel(tr("Signed in: %1 (%2)").arg(name, who.roles.join(QStringLiteral(", "))));
    badge->setObjectName(QStringLiteral("sessionBadge"));
    window->statusBar()->addPermanentWidget(badge);
}

void AuthShell::lockNow(const QString& reason)
{
    m_options.session->lock(reason);
}

void AuthShell::switchUser()
{
    m_options.session->end(QStringLiteral("switch user"));
}

QString AuthShell::demoHintFor(const QString& userName) const
{
    for (const auth::DemoUser& u : m_options.demoUsers)
        if (u.name == userName)
            return tr("DEMO: password \"%1\", code %2").arg(u.password, u.currentCode(QDateTime::currentSecsSinceEpoch()));
    return {};
}

void AuthShell::onLocked(const QString& reason)
{
    const auth::Identity& who = m_options.session->identity();
    const bool sso = who.method == auth::AuthMethod::OpenIdConnect && m_options.oidc;
    m_lock->prepare(who.displayName.isEmpty() ? who.userName : who.displayName,
                    tr("Locked: %1.").arg(reason), sso, ssoLabel());
    m_lock->setDemoHint(demoHintFor(who.userName));
    if (!m_options.demoUsers.empty())
        m_hintTimer->start();
    // The viewer is hidden, not just covered: nothing of it is painted, so
    // no image or patient text reaches the screen or a window thumbnail.
    m_stack->setCurrentWidget(m_lock);
    if (m_viewer)
        m_viewer->hide();
    hideOtherWindows();
    clearOwnClipboard();
    setWindowTitle(tr("Custos (locked)"));
    m_lock->passwordField()->setFocus();
}

void AuthShell::unlockLocal(const QString& password, const QString& code)
{
    if (m_busy || (!m_options.accounts && !m_options.localSignIn))
        return;
    m_busy = true;
    m_lock->setBusy(true);
    const QString user = m_options.session->identity().userName;
    if (m_options.localSignIn) {
        offUiThread([signIn = m_options.localSignIn, user, password, code] { return signIn(user, password, code); },
                    [this](Result<auth::Identity> result) { finishUnlock(std::move(result)); });
        return;
    }
    auto accounts = m_options.accounts;
    offUiThread([accounts, user, password, code] { return accounts->authenticate(user, password, code); },
                [this](Result<auth::Identity> result) { finishUnlock(std::move(result)); });
}

void AuthShell::unlockSso()
{
    if (m_busy || !m_options.oidc)
        return;
    m_busy = true;
    m_lock->setBusy(true);
    // The provider must really ask again: prompt=login, max_age=0, a fresh auth_time.
    m_options.oidc->reauthenticate(m_options.session->identity().subject,
                                   m_options.secondFactorFromProvider && m_options.session->policy().requireMfa,
                                   [this](Result<auth::Identity> identity) {
                                       if (!identity || !m_options.ssoRedeem) {
                                           finishUnlock(std::move(identity));
                                           return;
                                       }
                                       // The service checks auth_time against the request itself.
                                       offUiThread([redeem = m_options.ssoRedeem, proof = m_options.oidc->lastProof()] { return redeem(proof); },
                                                   [this](Result<auth::Identity> result) { finishUnlock(std::move(result)); });
                                   });
}

void AuthShell::finishUnlock(Result<auth::Identity> identity)
{
    m_busy = false;
    m_lock->setBusy(false);
    m_lock->clearSecrets();
    if (!identity) {
        m_lock->showError(identity.error().message);
        return;
    }
    if (needsStepUp(identity)) {
        beginStepUp(identity.value(), true);
        return;
    }
    if (auto unlocked = m_options.session->unlock(identity.value()); !unlocked) {
        m_lock->showError(unlocked.error().message);
        return;
    }
    if (m_viewer && m_options.session->state() == auth::SessionState::Active) {
        m_viewer->show();
        m_stack->setCurrentWidget(m_viewer);
        setWindowTitle(tr("Custos"));
        for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows))
            if (w)
                w->show();
    }
    m_hiddenWindows.clear();
}

// Every other Custos window (administration, export and break-glass
// dialogs, the AI findings when floating) goes with the lock: hidden, not
// just covered. A dialog that was running modally ends as cancelled.
void AuthShell::hideOtherWindows()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w == this || !w->isVisible() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
            continue;
        m_hiddenWindows << QPointer<QWidget>(w);
        w->hide();
    }
}

// An image Custos copied (watermarked, allowed by the Guard) does not stay
// on the clipboard for whoever sits down next.
void AuthShell::clearOwnClipboard()
{
    QClipboard* clipboard = QApplication::clipboard();
    if (clipboard->ownsClipboard())
        clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection() && clipboard->ownsSelection())
        clipboard->clear(QClipboard::Selection);
}

void AuthShell::onEnded(const QString& reason)
{
    clearOwnClipboard();
    for (const QPointer<QWidget>& w : std::as_const(m_hiddenWindows))
        if (w)
            w->close(); // the next person does not get the last one's windows back
    m_hiddenWindows.clear();
    destroyViewer();
    m_stack->setCurrentWidget(m_signIn);
    setWindowTitle(tr("Custos"));
    m_signIn->showMessage(tr("Signed out (%1). The studies were closed.").arg(reason));
}

void AuthShell::destroyViewer()
{
    if (!m_viewer)
        return;
    QWidget* viewer = m_viewer;
    m_viewer = nullptr;
    m_stack->removeWidget(viewer);
    viewer->hide();
    viewer->close();
    // Later, not now: the request may come from one of the viewer's own
    // menu actions. Hidden and detached, it shows nothing meanwhile.
    viewer->deleteLater();
}

void AuthShell::closeEvent(QCloseEvent* e)
{
    if (m_viewer)
        m_viewer->close(); // lets the viewer save its layout
    if (m_options.session->state() != auth::SessionState::SignedOut)
        m_options.session->end(QStringLiteral("application closed"));
    QWidget::closeEvent(e);
}

} // namespace custos::ui
