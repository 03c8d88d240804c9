// SPDX-License-Identifier: Apache-2.0
#pragma once
// Single sign-on with an OpenID provider, as a native app (RFC 8252): the
// authorization code flow with PKCE S256, state and nonce, in the system
// browser (or the configured browser command), answered on a loopback
// redirect; then the token exchange, the ID-token checks against the
// provider's published keys, and the mapping to a Custos Identity.
//
//     OidcClient client(config, keyStore);
//     client.signIn([](Result<Identity> identity) { ... });   // asynchronous
//     ...
//     client.refresh([](Result<Identity> identity) { ... });  // later, no browser
//
// Refresh tokens are kept in the keychain (crypto::KeyStore), never in a
// file: one entry per issuer and client ID, replaced at every sign-in and
// rotation and removed when the provider no longer accepts it.
//
// Everything runs on the thread that owns the client, through its event
// loop; callbacks are always called later, never from inside the call that
// started them, and never after the client is destroyed.

#include "core/auth/identity.h"
#include "core/auth/oidc_config.h"
#include "core/auth/oidc_id_token.h"
#include "core/auth/oidc_protocol.h"
#include "core/common/result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace custos::crypto {
class KeyStore;
}

namespace custos::auth {

// What an interactive sign-in produced, for custosd to check itself (site
// mode): the raw ID token, the nonce this process sent with the request,
// and when the request was made (whole seconds, as auth_time counts).
struct SignInProof
{
    QByteArray idToken;
    QString nonce;
    QDateTime requestedAt;
    bool reauthentication = false; // prompt=login and max_age=0 were sent
};

class OidcClient : public QObject
{
    Q_OBJECT
public:
    using IdentityCallback = std::function<void(Result<Identity>)>;

    // `refreshTokenStore`: the keychain (crypto::makeSystemKeyStore in the
    // application); nullptr keeps no refresh tokens. Not owned: it must
    // outlive the client.
    OidcClient(OidcConfig config, crypto::KeyStore* refreshTokenStore, QObject* parent = nullptr);
    ~OidcClient() override;

    const OidcConfig& config() const;

    // The whole flow: discovery, loopback listener, browser, token exchange,
    // ID-token validation, identity. Ends with the identity or an error
    // sentence; after config().signInTimeout, or cancel(), with an error.
    // One sign-in at a time.
    void signIn(IdentityCallback done);
    // Re-authentication (unlock, break-glass): the provider must ask again,
    // whatever session its browser cookie holds. Sends prompt=login and
    // max_age=0, and accepts only an ID token whose auth_time is not before
    // this request, for `expectedSubject` (empty: anyone), and, when
    // `requireMfa`, whose amr/acr says the provider did a second factor.
    void reauthenticate(const QString& expectedSubject, bool requireMfa, IdentityCallback done);
    void cancel();
    bool signInInProgress() const;
    // The proof of the last interactive sign-in that succeeded (empty before).
    SignInProof lastProof() const;

    // A new identity from the saved refresh token, without the browser. The
    // renewed ID token must name the same user.
    void refresh(IdentityCallback done);
    // Whether the keychain holds a refresh token for this issuer and client.
    Result<bool> hasSavedSignIn();
    // Removes it (sign-out).
    Result<void> forgetSavedSignIn();
    // The keychain entry's name.
    QString savedSignInName() const;

    // The steps signIn() is made of, for tests and diagnostics.
    // Discovery is fetched once and then cached.
    void discover(std::function<void(Result<ProviderMetadata>)> done);
    // POSTs the code with its PKCE verifier to the token endpoint.
    void exchangeCode(const PendingAuthorization& pending, const QString& code,
                      std::function<void(Result<TokenResponse>)> done);
    // Checks an ID token against the cached keys, refetching them once when
    // the token names a key they lack (key rollover).
    void validateIdToken(const QByteArray& idToken, const std::optional<QString>& expectedNonce,
                         std::function<void(Result<IdTokenClaims>)> done);
    // How often the key set has been fetched.
    int keySetFetchCount() const;

signals:
    // The authorization URL, just before the browser is asked to open it: a
    // UI may show it for copying when no browser appears.
    void authorizationUrlReady(const QUrl& url);
    // The sign-in succeeded but its refresh token could not be saved (or an
    // old one removed); the message says why. refresh() will not work.
    void savedSignInProblem(const QString& message);

private:
    struct Impl;
    struct Attempt;
    void continueSignIn(quint64 attemptId, const ProviderMetadata& metadata);
    void finishSignIn(quint64 attemptId, Result<Identity> result);
    void completeWithTokens(const TokenResponse& tokens, const std::optional<QString>& nonce,
                            const QString& expectedSubject, IdentityCallback done);
    void postToTokenEndpoint(const FormFields& form,
                             std::function<void(Result<std::pair<int, QByteArray>>)> done);
    void getFromProvider(const QUrl& url, const QString& what,
                         std::function<void(Result<QByteArray>)> done);
    Result<void> saveRefreshToken(const QString& refreshToken, const Identity& identity);
    void deliverLater(IdentityCallback done, Result<Identity> result);

    std::unique_ptr<Impl> d;
};

} // namespace custos::auth
