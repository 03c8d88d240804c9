// SPDX-License-Identifier: Apache-2.0
#pragma once
// The session: one identity, signed in, locked or ended. HIPAA automatic
// logoff (164.312(a)(2)(iii)): the session locks after the site's idle time
// and when the operating system locks or sleeps, and it expires after a
// maximum length, which forces a fresh sign-in. Unlocking re-authenticates
// the same person; someone else must "switch user", which ends the session
// (and closes the studies). Every transition is an audit event.

#include "core/audit/audit_event.h"
#include "core/auth/identity.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

class QTimer;

namespace custos::auth {

struct SessionPolicy
{
    std::chrono::seconds idleTimeout{15 * 60};
    std::chrono::seconds maxLength{12 * 3600};
    bool requireMfa = true; // AAL2: a second factor, from the IdP or our TOTP
};

enum class SessionState { SignedOut, Active, Locked };

class Session : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using AuditSink = std::function<void(const audit::Event&)>;

    explicit Session(SessionPolicy policy, AuditSink audit = {}, Clock clock = {}, QObject* parent = nullptr);
    ~Session() override;

    // Starts a session for a freshly authenticated identity. Refused when the
    // policy needs a second factor and the identity has none (the caller then
    // steps up with TOTP and calls begin() again).
    Result<void> begin(const Identity& identity);
    // Person at the keyboard: resets the idle clock.
    void touch();
    // Locks now: manual, the OS locked or is going to sleep, or idle.
    void lock(const QString& reason);
    // Unlocks with a new authentication of the same person.
    Result<void> unlock(const Identity& reauthenticated);
    // Ends the session (logout, switch user, maximum length reached).
    void end(const QString& reason);

    // Applies the idle and maximum-length rules at the clock's time; a timer
    // calls it every second, tests call it directly.
    void check();

    SessionState state() const { return m_state; }
    const Identity& identity() const { return m_identity; }
    const SessionPolicy& policy() const { return m_policy; }
    QDateTime startedAt() const { return m_started; }
    QDateTime lastActivity() const { return m_lastActivity; }

signals:
    void stateChanged(custos::auth::SessionState state);
    void locked(const QString& reason);
    // The viewer closes every study and returns to the sign-in screen.
    void ended(const QString& reason);

private:
    QDateTime now() const;
    void record(bool success, const QString& detail, audit::events::AuthenticationType type) const;
    void setState(SessionState s);

    SessionPolicy m_policy;
    AuditSink m_audit;
    Clock m_clock;
    SessionState m_state = SessionState::SignedOut;
    Identity m_identity;
    QDateTime m_started;
    QDateTime m_lastActivity;
    QTimer* m_timer = nullptr;
};

QString methodName(AuthMethod method);

} // namespace custos::auth
