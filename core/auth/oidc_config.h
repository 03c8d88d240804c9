// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a site configures for single sign-on with OpenID Connect: which
// identity provider, which client registration, which claim carries the
// user's groups and how those map to Custos roles, and what counts as
// multi-factor authentication.

#include "core/common/result.h"

#include <QList>
#include <QMap>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

namespace custos::auth {

struct OidcConfig
{
    // The provider's issuer exactly as it publishes it ("https://idp.example.org/realms/rad").
    // Discovery reads <issuer>/.well-known/openid-configuration. Must be https,
    // except on a loopback address (tests, local development).
    QUrl issuer;
    // The client registered for Custos at the provider: a native public client
    // (no secret), redirect URI http://127.0.0.1/callback with any port (RFC 8252 §7.3).
    QString clientId;
    // "openid" is always sent; "offline_access" asks for a refresh token.
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                       QStringLiteral("offline_access")};

    // The loopback redirect (RFC 8252 §7.3, §8.3): an IP literal, never "localhost".
    QString redirectHost = QStringLiteral("127.0.0.1"); // or "::1"
    QString redirectPath = QStringLiteral("/callback");

    // The ID-token claim with the user's groups or roles: a list of strings or
    // one space/comma separated string. A dotted path reaches into objects
    // ("realm_access.roles" for Keycloak realm roles).
    QString rolesClaim = QStringLiteral("groups");
    // Provider group/role → Custos roles. Groups not listed grant nothing.
    QMap<QString, QStringList> roleMapping;

    // `amr` values (RFC 8176) that mean the provider did multi-factor authentication.
    QStringList mfaAmrValues{QStringLiteral("mfa"), QStringLiteral("otp"), QStringLiteral("hwk"),
                             QStringLiteral("sc")};
    // Optional: an `acr` that means multi-factor at this site. Sent as
    // `acr_values`; a token carrying it counts as MFA. A token without it is
    // still a valid sign-in: the session then steps up with Custos' own TOTP.
    QString requiredAcr;

    // A PEM file of the certificate authorities trusted for the provider's
    // https (the site policy's identityProvider.caFile); empty: the system's.
    // When set, only these are trusted.
    QString caFile;

    // Allowed difference between this computer's clock and the provider's.
    std::chrono::seconds clockSkew{60};

    // Empty: the system browser (xdg-open / open / the Windows URL handler).
    // Otherwise a program and its arguments; "{url}" in an argument is
    // replaced by the authorization URL, else the URL is appended as the last
    // argument. The command should hand the URL to a browser and return.
    QStringList browserCommand;

    // A person signs in within this time, or the attempt ends with a message.
    std::chrono::milliseconds signInTimeout{std::chrono::minutes(5)};
    // Each request to the provider (discovery, keys, tokens).
    std::chrono::milliseconds networkTimeout{std::chrono::seconds(15)};

    // The OpenID `prompt` parameter. Empty: "consent" when offline_access is
    // requested (OpenID Connect Core §11 asks for it), none otherwise.
    QString prompt;
    // The OpenID `max_age` parameter in seconds; negative: not sent.
    // Re-authentication sends 0 with prompt=login (OidcClient::reauthenticate).
    int maxAge = -1;

    // Checks what can be checked without the network; the error says which
    // setting to fix.
    Result<void> validate() const;
    // The scopes as sent: "openid" first, each once.
    QStringList effectiveScopes() const;
};

// The authorities trusted for the provider's https: caFile's certificates,
// or an empty list for the system's. An error names an unreadable file.
Result<QList<QSslCertificate>> providerCertificateAuthorities(const OidcConfig& config);
// Sets `request` to trust only `authorities` (nothing when the list is empty).
void trustOnly(QNetworkRequest& request, const QList<QSslCertificate>& authorities);

// True for 127.0.0.0/8, ::1 and "localhost": where plain http is tolerated.
bool isLoopbackHost(const QString& host);

} // namespace custos::auth
