// SPDX-License-Identifier: Apache-2.0
#pragma once
// Single sign-on through custosd. The person's process runs the browser
// flow (authorization code + PKCE on a loopback redirect, core/auth's
// OidcClient) and hands the ID token and the nonce it sent to the service.
// The service trusts nothing else the process says: it takes the issuer,
// client ID, roles claim, role map, required acr/amr and the provider's
// certificate authorities from the site policy's identityProvider only
// (https only in site mode), fetches the discovery document and the key
// set (JWKS) itself over TLS, and checks the token with core/auth's JWS/JWK
// code: signature, iss, aud/azp, exp/iat/nbf, nonce, auth_time. A token is
// redeemed once: its hash is kept (in "<state>/sso-redeemed.json", 0600)
// until it expires, so a copy handed to another OS user, or sent a second
// time, is refused.

#include "core/auth/identity.h"
#include "core/common/result.h"
#include "core/policy/policy.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace custos::service {

struct SsoRequest
{
    QByteArray idToken;
    QString nonce; // the nonce the process sent in its authorization request
    // Re-authentication (unlock, break-glass): when the process asked the
    // provider with prompt=login and max_age=0. The token's auth_time must
    // not be earlier; and this moment itself must be recent (the service
    // does not take an old one on the process's word). Invalid: a sign-in.
    QDateTime reauthenticationRequestedAt;
};

struct SsoProof
{
    auth::Identity identity; // roles mapped by the policy; mfa from amr/acr
    QStringList amr;         // as the provider said
    QString acr;
};

class SsoVerifier
{
public:
    // `siteModeRules`: https issuers only (custosd in site mode).
    SsoVerifier(std::shared_ptr<const policy::Policy> policy, QString stateDir, bool siteModeRules);
    ~SsoVerifier();

    // Blocking (network): call off the socket thread. Thread-safe.
    Result<SsoProof> redeem(const SsoRequest& request);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::service
