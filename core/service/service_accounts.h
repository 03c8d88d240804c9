// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's machine-wide local accounts and the session tickets it issues.
//
// The accounts are auth::LocalAccountStore's (Argon2id, TOTP, recovery
// codes, lockout) in "<state>/accounts", its keys in "<state>/keys" (a
// file key store inside the service's 0700 state folder: no user process
// reads any of it). Credentials are checked here; the caller gets a
// signed ticket (session_ticket.h) or a sentence.
//
// Account administration (add, remove, set roles, reset the second
// factor, list) is allowed to a caller whose OS uid is 0, who is in one of
// the site policy's service.adminGroups, or who holds a valid ticket whose
// roles the Guard (inside the service) allows ManageUsers. Every change is
// audited with the Custos identity and the OS identity (the trail adds the
// uid and pid the kernel reported).
//
// Revocation: each subject has a generation, bumped (and written) before
// its account is removed or its roles or second factor change; a ticket
// of an older generation, or one logged out (its id in the revoked list),
// is refused at once, and with it every durable audit append it carries.

#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/policy/policy.h"
#include "core/service/session_ticket.h"

#include <QCborMap>
#include <QString>

#include <memory>
#include <vector>

namespace custos::crypto {
class KeyManager;
class KeyStore;
} // namespace custos::crypto

namespace custos::service {

// Secrets in files of one folder (0700), each 0600: for the service's own
// state folder, which only its account can open.
std::unique_ptr<crypto::KeyStore> makeFolderKeyStore(const QString& folder);

struct Caller
{
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 pid = -1;
};

class ServiceAccounts
{
public:
    using Events = std::vector<audit::Event>;

    // `policy`: roles, session length, admin groups (the built-in default
    // when there is no site policy).
    static Result<std::unique_ptr<ServiceAccounts>> open(const QString& stateDir, std::shared_ptr<const policy::Policy> policy);
    ~ServiceAccounts();

    // Slow (Argon2id): call off the socket thread. Every attempt is in `events`.
    // `lifetimeSeconds` > 0 asks for a shorter ticket than the policy's session length.
    Result<QByteArray> signIn(const QString& user, const QString& password, const QString& code, qint64 lifetimeSeconds, const Caller& caller,
                              Events& events);
    // {"action": "add"|"remove"|"set-roles"|"reset-mfa"|"list", "name", "roles", "displayName",
    //  "password", "digits", "algorithm", "ticket"} -> the reply's fields.
    Result<QCborMap> manage(const QCborMap& request, const Caller& caller, Events& events);
    Result<void> logout(const QByteArray& ticket, const Caller& caller, Events& events);
    // Single sign-on (service_sso.h): {"idToken", "nonce", "reauthSince" (seconds,
    // optional), "ticket" (optional: re-authentication must name its person),
    // "code" (Custos step-up code), "enrolmentCode" (an administrator's one-time
    // code), "lifetime"} -> {"ticket"} or, after an enrolment, {"uri", ...}.
    // Blocking (network and Argon2id): call off the socket thread.
    Result<QCborMap> ssoSignIn(const QCborMap& request, const Caller& caller, Events& events);

    // A ticket this caller may use now: signature (cached), uid, expiry,
    // generation, not logged out. Thread-safe and fast after the first time.
    Result<Ticket> checkTicket(const QByteArray& ticket, quint32 uid);

    const TicketKey& signingKey() const;
    // The service's key hierarchy (its state folder): the compliance records use it too.
    std::shared_ptr<crypto::KeyManager> keys() const;

private:
    ServiceAccounts();
    // A signed ticket for `who`, bound to the caller's uid; recorded.
    // `freshSignIn`: see Ticket::freshSignIn.
    Result<QByteArray> issue(const auth::Identity& who, const QStringList& amr, qint64 lifetimeSeconds, bool freshSignIn, const Caller& caller,
                             Events& events);
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::service
