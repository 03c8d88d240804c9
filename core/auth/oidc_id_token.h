// SPDX-License-Identifier: Apache-2.0
#pragma once
// Deciding whether an ID token proves a sign-in (OpenID Connect Core §3.1.3.7):
// the signature against the provider's published keys (RS256, PS256 or
// ES256 only: `none`, HMAC and anything else are refused), then iss, aud,
// azp, exp, iat, nbf (with the configured clock skew), nonce and sub. Every
// refusal is a sentence saying what was wrong and what to check.

#include "core/auth/jwt.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <optional>

namespace custos::auth {

struct IdTokenExpectations
{
    QString issuer;   // exactly as the provider's discovery document states it
    QString clientId; // must be an audience
    std::chrono::seconds clockSkew{60};
};

// The checked contents of an ID token.
struct IdTokenClaims
{
    QJsonObject all; // every claim, for mapping roles and names
    QString issuer;
    QString subject;
    QStringList audience;
    QString authorizedParty; // azp; empty when absent
    QString nonce;
    QString acr;
    QStringList amr;
    QDateTime issuedAt;
    QDateTime expiresAt;
    QDateTime authTime; // invalid when absent
    QString algorithm;  // how it was signed
    QString keyId;      // with which key
};

class IdTokenValidator
{
public:
    explicit IdTokenValidator(IdTokenExpectations expectations);

    // Checks `token` against `keys`. `expectedNonce`: the nonce of the
    // authorization request; nullopt after a refresh, where OpenID Connect
    // Core §12.2 puts no nonce requirement.
    Result<IdTokenClaims> validate(QByteArrayView token, const JsonWebKeySet& keys,
                                   const std::optional<QString>& expectedNonce,
                                   const QDateTime& now = QDateTime::currentDateTimeUtc()) const;

    // True when the token names a key (by `kid`) that `keys` lacks, or names
    // none and `keys` has no key for its algorithm: fetching the provider's
    // key set again may help (key rollover). False for tokens that fail
    // for any other reason.
    static bool needsKeysNotIn(QByteArrayView token, const JsonWebKeySet& keys);

    const IdTokenExpectations& expectations() const { return m_expectations; }

private:
    Result<void> checkClaims(const QJsonObject& payload,
                             const std::optional<QString>& expectedNonce, const QDateTime& now,
                             IdTokenClaims* out) const;

    IdTokenExpectations m_expectations;
};

// Holds the provider's key set and refetches it at most once per token when
// the token names a key the set lacks: the provider has rotated its keys
// (key rollover), or the token is forged. The fetch is asynchronous (an
// HTTP GET of the jwks_uri in OidcClient; a function in tests).
class KeySetCache
{
public:
    using FetchDone = std::function<void(Result<JsonWebKeySet>)>;
    using Fetch = std::function<void(FetchDone)>;

    explicit KeySetCache(Fetch fetch);

    // Validates `token`; `done` may be called before this returns (when the
    // cached keys suffice) or later (after a fetch). The cache must outlive
    // the call.
    void validate(const IdTokenValidator& validator, const QByteArray& token,
                  const std::optional<QString>& expectedNonce,
                  std::function<void(Result<IdTokenClaims>)> done);

    int fetchCount() const { return m_fetchCount; }
    const JsonWebKeySet& keys() const { return m_keys; }
    void clear();

private:
    Fetch m_fetch;
    JsonWebKeySet m_keys;
    bool m_haveKeys = false;
    int m_fetchCount = 0;
};

} // namespace custos::auth
