// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's session tickets: who signed in, as the service verified it,
// signed with the service's own Ed25519 key (OpenSSL EVP_PKEY_ED25519).
//
// A ticket is a COSE_Sign1 (RFC 9052 §4.2), CBOR tag 18:
//   [ protected: bstr .cbor {1: -8}   (alg: EdDSA)
//     unprotected: {}
//     payload: bstr .cbor {ticket claims}
//     signature: bstr (64) ]
// signed over Sig_structure ["Signature1", protected, h'' (external_aad), payload].
//
// Claims (text keys): "v" 1, "sub", "iss", "name", "display", "roles" [..],
// "amr" [..], "mfa" (auth::MfaMethod), "method" (auth::AuthMethod),
// "auth_time", "iat", "exp" (seconds since 1970, UTC), "uid" (the OS uid of
// the process that signed in, as the kernel told the service), "jti" (16
// random bytes), "gen" (the account's generation when it was issued: the
// service revokes older ones when the account changes), "fresh" (true, or
// absent: see Ticket::freshSignIn).
//
// The private key is in the service's state folder ("ticket-signing.key",
// 0600, the service account's); the public key is pinned in a root-owned,
// world-readable file beside the site policy (pinnedTicketKeyPath(),
// /etc/custos/service-key.pub), written by `custosd --init`.

#include "core/auth/identity.h"
#include "core/common/result.h"
#include "core/policy/guard.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <mutex>

namespace custos::service {

struct Ticket
{
    QString subject, issuer, userName, displayName;
    QStringList roles;
    QStringList amr;
    auth::AuthMethod method = auth::AuthMethod::None;
    auth::MfaMethod mfa = auth::MfaMethod::None;
    QString mfaDetail;
    QDateTime authTime, issuedAt, expiresAt;
    quint32 uid = 0;
    QByteArray id; // jti
    quint64 generation = 0;
    // The person proved themselves when it was issued, as a break-glass
    // grant needs: a password sign-in (checked by the service right then),
    // or a single sign-on re-authentication whose auth_time the service
    // found not before the moment it was asked for (prompt=login, max_age=0).
    // A plain single sign-on never is: a live provider session answers
    // it silently with an old auth_time.
    bool freshSignIn = false;

    auth::Identity identity() const;
};

// An Ed25519 key (private or public only).
class TicketKey
{
public:
    static Result<TicketKey> generate();
    static Result<TicketKey> fromPrivatePem(const QByteArray& pem);
    static Result<TicketKey> fromPublicPem(const QByteArray& pem);
    QByteArray privatePem() const; // empty for a public key
    QByteArray publicPem() const;
    bool valid() const { return bool(m_key); }
    bool hasPrivate() const { return m_private; }

    Result<QByteArray> sign(const Ticket& ticket) const;
    // Signature and structure only; who may use it is checkTicket's business.
    Result<Ticket> verify(const QByteArray& cose) const;

private:
    std::shared_ptr<void> m_key; // EVP_PKEY
    bool m_private = false;
};

QString ticketSigningKeyPath(const QString& stateDir);
QString pinnedTicketKeyPath(); // beside the site policy
// Makes the signing key in the state folder if there is none; the key.
Result<TicketKey> loadOrCreateSigningKey(const QString& stateDir, int owner = -1);
// The pinned public key, with the same protection check as the site policy.
Result<TicketKey> loadPinnedTicketKey(const QString& path = pinnedTicketKeyPath());
// Writes the public key, root-owned 0644 (custosd --init, as root).
Result<void> writePinnedTicketKey(const TicketKey& key, const QString& path = pinnedTicketKeyPath());

// May `uid` use this ticket now? A sentence when not.
Result<void> checkTicketUse(const Ticket& ticket, quint32 uid, const QDateTime& now = QDateTime::currentDateTimeUtc());

// Verifies a ticket once per process and caches the result: the Guard's
// requester in site mode. `ticket` is asked each time (cheap: a shared
// QByteArray); a different ticket is verified afresh. The uid is the
// process's own (getuid()); expiry is checked at every decision.
class TicketVerifier
{
public:
    TicketVerifier(TicketKey key, quint32 uid);
    // The identity of a valid ticket, or why it is not valid.
    Result<Ticket> check(const QByteArray& ticket, const QDateTime& now = QDateTime::currentDateTimeUtc());
    // The signature only (cached), without the uid and clock checks.
    Result<Ticket> verified(const QByteArray& ticket);
    quint32 uid() const { return m_uid; }

private:
    TicketKey m_key;
    quint32 m_uid;
    std::mutex m_mutex;
    QByteArray m_last;
    std::optional<Result<Ticket>> m_cached;
};

// A Guard requester from the ticket `ticket()` returns. `base` (optional:
// the viewer's session rules for idle lock) decides the state of a valid
// ticket; the identity is always the ticket's. An invalid, expired or
// another user's ticket is SignedOut/Expired; `problem` receives why.
policy::RequesterSource ticketRequester(std::shared_ptr<TicketVerifier> verifier, std::function<QByteArray()> ticket,
                                        policy::RequesterSource base = {}, std::function<void(const QString&)> problem = {});

} // namespace custos::service
