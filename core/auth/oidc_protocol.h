// SPDX-License-Identifier: Apache-2.0
#pragma once
// The messages of the OpenID Connect authorization code flow with PKCE, as
// pure functions (no network): the provider's discovery document, the
// authorization request (state, nonce, PKCE S256 per RFC 7636), the response
// the browser brings back to the loopback redirect, and the token endpoint's
// answer. OidcClient does the I/O around them.

#include "core/auth/oidc_config.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace custos::auth {

// From <issuer>/.well-known/openid-configuration (OpenID Connect Discovery 1.0).
struct ProviderMetadata
{
    QString issuer; // exactly as published; ID tokens must carry this `iss`
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QUrl userinfoEndpoint;   // may be empty
    QUrl endSessionEndpoint; // may be empty
    QStringList codeChallengeMethods;
    QStringList idTokenSigningAlgorithms;
    // RFC 9207: the provider adds `iss` to authorization responses, so a
    // response without it (or with another one) is a mix-up and is refused.
    bool issuesIssInAuthorizationResponse = false;
};

QUrl discoveryUrl(const QUrl& issuer);

// Checks the document: the issuer matches the configured one (a trailing
// "/" aside), the endpoints Custos needs are there and use https (or
// loopback http), the code flow and PKCE S256 are supported.
Result<ProviderMetadata> parseProviderMetadata(const QByteArray& json, const OidcConfig& config);

// PKCE (RFC 7636): a 43-character verifier from 32 random bytes and its
// S256 challenge BASE64URL(SHA-256(verifier)).
struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;
};
Result<Pkce> makePkce();
QByteArray pkceS256Challenge(const QByteArray& verifier);

// One authorization request in flight: the secrets to check its answer with.
struct PendingAuthorization
{
    QString state; // 256 random bits, must come back unchanged
    QString nonce; // 256 random bits, must be in the ID token
    QByteArray codeVerifier;
    QString redirectUri; // http://127.0.0.1:PORT/callback
    QString issuer;      // the provider's, for the RFC 9207 check
    bool issuerRequired = false;
    QUrl url; // what the browser opens
};

Result<PendingAuthorization> prepareAuthorization(const ProviderMetadata& metadata,
                                                  const OidcConfig& config,
                                                  const QString& redirectUri);

// application/x-www-form-urlencoded, as in query strings and token requests.
using FormFields = QList<QPair<QString, QString>>;
QByteArray formEncode(const FormFields& fields);
// Refuses a field given twice (RFC 6749 §3.1) and malformed escapes.
Result<FormFields> formDecode(const QByteArray& encoded);
QString formValue(const FormFields& fields, const QString& name);
bool formHas(const FormFields& fields, const QString& name);

// What the browser brought to the loopback redirect. Checks `state` first
// (a response to another request is refused whatever it says), then `iss`
// (RFC 9207), then reports a provider error, then takes the code.
struct AuthorizationResponse
{
    QString code;
};
Result<AuthorizationResponse> checkAuthorizationResponse(const QByteArray& query,
                                                         const PendingAuthorization& pending);

// The token endpoint's success answer (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3).
struct TokenResponse
{
    QByteArray idToken; // may be empty after a refresh at some providers
    QString accessToken;
    QString refreshToken; // empty when none was issued
    QString tokenType;
    qint64 expiresIn = 0;
    QString scope;
};

enum class GrantKind { AuthorizationCode, RefreshToken };

// `status` is the HTTP status; `body` the answer. An error answer (RFC 6749
// §5.2) becomes a sentence saying what it means for this grant.
Result<TokenResponse> parseTokenResponse(int status, const QByteArray& body, GrantKind grant,
                                         const OidcConfig& config);

} // namespace custos::auth
