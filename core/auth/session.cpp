// SPDX-License-Identifier: Apache-2.0
#include "core/auth/session.h"

#include <QTimer>

namespace custos::auth {

QString methodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::OpenIdConnect: return QStringLiteral("OpenID Connect");
    case AuthMethod::LocalAccount: return QStringLiteral("local account");
    case AuthMethod::None: break;
    }
    return QStringLiteral("none");
}

Session::Session(SessionPolicy policy, AuditSink audit, Clock clock, QObject* parent)
    : QObject(parent), m_policy(policy), m_audit(std::move(audit)), m_clock(std::move(clock)), m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &Session::check);
}

Session::~Session() = default;

QDateTime Session::now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }

void Session::record(bool success, const QString& detail, audit::events::AuthenticationType type) const
{
    if (m_audit)
        m_audit(audit::events::userAuthentication(m_identity.userName.isEmpty() ? m_identity.subject : m_identity.userName,
                                                  methodName(m_identity.method), success, detail, type));
}

void Session::setState(SessionState s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

Result<void> Session::begin(const Identity& identity)
{
    if (!identity.valid())
        return Error{QObject::tr("The sign-in did not establish who you are.")};
    if (m_state != SessionState::SignedOut)
        end(QStringLiteral("a new sign-in replaced the session"));
    m_identity = identity;
    if (m_policy.requireMfa && identity.mfa == MfaMethod::None) {
        record(false, QStringLiteral("second factor required"), audit::events::AuthenticationType::Login);
        m_identity = {};
        return Error{QObject::tr("This site requires a second factor: enter the code from your authenticator app.")};
    }
    m_started = now();
    m_lastActivity = m_started;
    setState(SessionState::Active);
    record(true, QStringLiteral("session started"), audit::events::AuthenticationType::Login);
    m_timer->start();
    return {};
}

void Session::touch()
{
    if (m_state == SessionState::Active)
        m_lastActivity = now();
}

void Session::lock(const QString& reason)
{
    if (m_state != SessionState::Active)
        return;
    setState(SessionState::Locked);
    record(true, QStringLiteral("session locked: ") + reason, audit::events::AuthenticationType::Logout);
    emit locked(reason);
}

Result<void> Session::unlock(const Identity& reauthenticated)
{
    if (m_state != SessionState::Locked)
        return Error{QObject::tr("The session is not locked.")};
    if (reauthenticated.subject != m_identity.subject) {
        record(false, QStringLiteral("unlock attempted by another identity"), audit::events::AuthenticationType::Login);
        return Error{QObject::tr("Only %1 can unlock this session. To sign in as someone else, switch user: the open studies will be closed.")
                         .arg(m_identity.displayName.isEmpty() ? m_identity.userName : m_identity.displayName)};
    }
    if (m_policy.requireMfa && reauthenticated.mfa == MfaMethod::None) {
        record(false, QStringLiteral("unlock without a second factor"), audit::events::AuthenticationType::Login);
        return Error{QObject::tr("This site requires a second factor: enter the code from your authenticator app.")};
    }
    m_lastActivity = now();
    setState(SessionState::Active);
    record(true, QStringLiteral("session unlocked"), audit::events::AuthenticationType::Login);
    check(); // the maximum length still applies
    return {};
}

void Session::end(const QString& reason)
{
    if (m_state == SessionState::SignedOut)
        return;
    m_timer->stop();
    record(true, QStringLiteral("session ended: ") + reason, audit::events::AuthenticationType::Logout);
    m_identity = {};
    setState(SessionState::SignedOut);
    emit ended(reason);
}

void Session::check()
{
    if (m_state == SessionState::SignedOut)
        return;
    const QDateTime t = now();
    if (m_started.secsTo(t) >= qint64(m_policy.maxLength.count())) {
        end(QStringLiteral("maximum session length reached"));
        return;
    }
    if (m_state == SessionState::Active && m_lastActivity.secsTo(t) >= qint64(m_policy.idleTimeout.count()))
        lock(m_policy.idleTimeout.count() % 60 == 0 ? QStringLiteral("idle for %1 minutes").arg(m_policy.idleTimeout.count() / 60)
                                                    : QStringLiteral("idle for %1 seconds").arg(m_policy.idleTimeout.count()));
}

} // namespace custos::auth
