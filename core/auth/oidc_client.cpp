// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_client.h"

#include "core/auth/oidc_browser.h"
#include "core/auth/oidc_identity.h"
#include "core/auth/oidc_loopback_listener.h"
#include "core/crypto/key_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <utility>

namespace custos::auth {

namespace {

QString durationText(std::chrono::milliseconds duration)
{
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    if (seconds >= 120 && seconds % 60 == 0) return QObject::tr("%1 minutes").arg(seconds / 60);
    return QObject::tr("%1 seconds").arg(seconds);
}

} // namespace

struct OidcClient::Attempt
{
    quint64 id = 0;
    IdentityCallback done;
    QPointer<LoopbackRedirectListener> listener;
    QPointer<BrowserLauncher> browser;
    QPointer<QTimer> timer;
    PendingAuthorization pending;
    bool callbackReceived = false;
    // Re-authentication: what the answer must show.
    bool reauthentication = false; // prompt=login, max_age=0, auth_time required
    QDateTime requestedAt;
};

struct OidcClient::Impl
{
    Impl(OidcConfig c, crypto::KeyStore* s, KeySetCache::Fetch fetch)
        : config(std::move(c)), store(s), keys(std::move(fetch))
    {
    }

    OidcConfig config;
    crypto::KeyStore* store;
    QNetworkAccessManager network;
    std::optional<ProviderMetadata> metadata;
    KeySetCache keys;
    std::unique_ptr<Attempt> attempt;
    quint64 lastAttemptId = 0;
    bool refreshing = false;
    bool nextIsReauthentication = false;
    SignInProof lastProof;
};

OidcClient::OidcClient(OidcConfig config, crypto::KeyStore* refreshTokenStore, QObject* parent)
    : QObject(parent)
{
    KeySetCache::Fetch fetchKeys = [this](KeySetCache::FetchDone done) {
        discover([this, done](Result<ProviderMetadata> metadata) {
            if (!metadata) {
                done(metadata.error());
                return;
            }
            getFromProvider(metadata.value().jwksUri, tr("key set (JWKS)"),
                            [done](Result<QByteArray> body) {
                                if (!body)
                                    done(body.error());
                                else
                                    done(JsonWebKeySet::fromJson(body.value()));
                            });
        });
    };
    d = std::make_unique<Impl>(std::move(config), refreshTokenStore, std::move(fetchKeys));
}

OidcClient::~OidcClient()
{
    // Nothing may call back into a half-destroyed client: pending replies are
    // cut loose, and the listener, browser command and timers end before the
    // members they use.
    for (QNetworkReply* reply : d->network.findChildren<QNetworkReply*>())
        reply->disconnect(this);
    d->attempt.reset();
    qDeleteAll(findChildren<QObject*>(QString(), Qt::FindDirectChildrenOnly));
}

const OidcConfig& OidcClient::config() const
{
    return d->config;
}

bool OidcClient::signInInProgress() const
{
    return d->attempt != nullptr;
}

SignInProof OidcClient::lastProof() const
{
    return d->lastProof;
}

int OidcClient::keySetFetchCount() const
{
    return d->keys.fetchCount();
}

QString OidcClient::savedSignInName() const
{
    return QStringLiteral("oidc-refresh-token/%1/%2")
        .arg(d->config.issuer.toString(QUrl::FullyEncoded), d->config.clientId);
}

void OidcClient::deliverLater(IdentityCallback done, Result<Identity> result)
{
    QTimer::singleShot(0, this,
                       [done = std::move(done), result = std::move(result)] { done(result); });
}

// ---------------------------------------------------------------------------
// HTTP with the provider

void OidcClient::getFromProvider(const QUrl& url, const QString& what,
                                 std::function<void(Result<QByteArray>)> done)
{
    auto authorities = providerCertificateAuthorities(d->config);
    if (!authorities) {
        QTimer::singleShot(0, this, [done = std::move(done), error = authorities.error()] { done(error); });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(static_cast<int>(d->config.networkTimeout.count()));
    request.setRawHeader("Accept", "application/json");
    trustOnly(request, authorities.value());
    QNetworkReply* reply = d->network.get(request);
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, url, what, done = std::move(done)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                if (reply->error() == QNetworkReply::OperationCanceledError)
                    done(Error{
                        tr("The identity provider did not answer within %1 when asked for its %2 "
                           "(%3). Check the network, or try again later.")
                            .arg(durationText(d->config.networkTimeout), what, url.toString())});
                else
                    done(Error{
                        tr("Custos could not reach the identity provider for its %1 at %2: %3.")
                            .arg(what, url.toString(), reply->errorString())});
                return;
            }
            if (status != 200) {
                done(Error{
                    tr("The identity provider answered HTTP %1 when asked for its %2 at %3; check "
                       "the issuer URL in the sign-in settings.")
                        .arg(status)
                        .arg(what, url.toString())});
                return;
            }
            done(reply->readAll());
        });
}

void OidcClient::postToTokenEndpoint(const FormFields& form,
                                     std::function<void(Result<std::pair<int, QByteArray>>)> done)
{
    discover([this, form, done = std::move(done)](Result<ProviderMetadata> metadata) {
        if (!metadata) {
            done(metadata.error());
            return;
        }
        const QUrl url = metadata.value().tokenEndpoint;
        auto authorities = providerCertificateAuthorities(d->config);
        if (!authorities) {
            done(authorities.error());
            return;
        }
        QNetworkRequest request(url);
        trustOnly(request, authorities.value());
        request.setTransferTimeout(static_cast<int>(d->config.networkTimeout.count()));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader("Accept", "application/json");
        // Codes and refresh tokens are never sent on to wherever a redirect points.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply* reply = d->network.post(request, formEncode(form));
        connect(reply, &QNetworkReply::finished, this, [this, reply, url, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 0) {
                done(Error{
                    reply->error() == QNetworkReply::OperationCanceledError
                        ? tr("The identity provider's token endpoint (%1) did not answer within "
                             "%2. Try again later.")
                              .arg(url.toString(), durationText(d->config.networkTimeout))
                        : tr("Custos could not reach the identity provider's token endpoint "
                             "(%1): %2.")
                              .arg(url.toString(), reply->errorString())});
                return;
            }
            done(std::pair<int, QByteArray>{status, reply->readAll()});
        });
    });
}

void OidcClient::discover(std::function<void(Result<ProviderMetadata>)> done)
{
    if (d->metadata) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] { done(*d->metadata); });
        return;
    }
    if (Result<void> valid = d->config.validate(); !valid) {
        QTimer::singleShot(0, this,
                           [done = std::move(done), error = valid.error()] { done(error); });
        return;
    }
    getFromProvider(discoveryUrl(d->config.issuer), tr("discovery document"),
                    [this, done = std::move(done)](Result<QByteArray> body) {
                        if (!body) {
                            done(body.error());
                            return;
                        }
                        Result<ProviderMetadata> metadata =
                            parseProviderMetadata(body.value(), d->config);
                        if (metadata) d->metadata = metadata.value();
                        done(std::move(metadata));
                    });
}

void OidcClient::exchangeCode(const PendingAuthorization& pending, const QString& code,
                              std::function<void(Result<TokenResponse>)> done)
{
    if (pending.codeVerifier.isEmpty() || code.isEmpty()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Error{
                tr("Internal error: a token request needs the authorization code and its PKCE "
                   "verifier.")});
        });
        return;
    }
    const FormFields form{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("redirect_uri"), pending.redirectUri},
        {QStringLiteral("client_id"), d->config.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(pending.codeVerifier)}};
    postToTokenEndpoint(form,
                        [this, done = std::move(done)](Result<std::pair<int, QByteArray>> answer) {
                            if (!answer) {
                                done(answer.error());
                                return;
                            }
                            done(parseTokenResponse(answer.value().first, answer.value().second,
                                                    GrantKind::AuthorizationCode, d->config));
                        });
}

void OidcClient::validateIdToken(const QByteArray& idToken,
                                 const std::optional<QString>& expectedNonce,
                                 std::function<void(Result<IdTokenClaims>)> done)
{
    discover(
        [this, idToken, expectedNonce, done = std::move(done)](Result<ProviderMetadata> metadata) {
            if (!metadata) {
                done(metadata.error());
                return;
            }
            const IdTokenValidator validator(
                {metadata.value().issuer, d->config.clientId, d->config.clockSkew});
            d->keys.validate(validator, idToken, expectedNonce, done);
        });
}

// ---------------------------------------------------------------------------
// The interactive sign-in

void OidcClient::signIn(IdentityCallback done)
{
    if (d->attempt) {
        d->nextIsReauthentication = false;
        deliverLater(std::move(done), Error{tr("A sign-in is already in progress; finish it in the "
                                               "browser or cancel it first.")});
        return;
    }
    if (Result<void> valid = d->config.validate(); !valid) {
        d->nextIsReauthentication = false;
        deliverLater(std::move(done), valid.error());
        return;
    }
    d->attempt = std::make_unique<Attempt>();
    d->attempt->reauthentication = std::exchange(d->nextIsReauthentication, false);
    d->attempt->requestedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const quint64 id = ++d->lastAttemptId;
    d->attempt->id = id;
    d->attempt->done = std::move(done);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id] {
        finishSignIn(id,
                     Error{tr("The sign-in did not finish within %1: nobody completed the identity "
                              "provider's page in the browser. Try again.")
                               .arg(durationText(d->config.signInTimeout))});
    });
    timer->start(d->config.signInTimeout);
    d->attempt->timer = timer;

    discover([this, id](Result<ProviderMetadata> metadata) {
        if (!metadata)
            finishSignIn(id, metadata.error());
        else
            continueSignIn(id, metadata.value());
    });
}

void OidcClient::reauthenticate(const QString& expectedSubject, bool requireMfa, IdentityCallback done)
{
    // Seconds: auth_time has no finer grain, and a login in the same second counts.
    const QDateTime requestedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    d->nextIsReauthentication = true; // taken by the attempt signIn() creates
    signIn([requestedAt, expectedSubject, requireMfa, done = std::move(done)](Result<Identity> identity) mutable {
        if (!identity) {
            done(std::move(identity));
            return;
        }
        // The checks that need the token's claims ran in completeWithTokens;
        // these need only the identity.
        if (!expectedSubject.isEmpty() && identity.value().subject != expectedSubject) {
            done(Error{tr("The identity provider signed in someone else; only the person of this session may confirm it.")});
            return;
        }
        if (requireMfa && identity.value().mfa != MfaMethod::IdentityProvider) {
            done(Error{tr("The identity provider did not confirm a second factor for this sign-in, and this site requires one. "
                          "Sign in again with your second factor.")});
            return;
        }
        if (!identity.value().authenticatedAt.isValid() || identity.value().authenticatedAt < requestedAt) {
            done(Error{tr("The identity provider did not ask for your password again (its sign-in is from %1); "
                          "the confirmation was refused.")
                           .arg(identity.value().authenticatedAt.toString(Qt::ISODate))});
            return;
        }
        done(std::move(identity));
    });
}

void OidcClient::continueSignIn(quint64 id, const ProviderMetadata& metadata)
{
    if (!d->attempt || d->attempt->id != id) return;
    auto* listener = new LoopbackRedirectListener(this);
    d->attempt->listener = listener;
    if (Result<void> listening = listener->listen(d->config.redirectHost, d->config.redirectPath);
        !listening) {
        finishSignIn(id, listening.error());
        return;
    }
    OidcConfig config = d->config;
    if (d->attempt->reauthentication) {
        config.prompt = QStringLiteral("login"); // the provider's login page, whatever its cookie says
        config.maxAge = 0;
    }
    Result<PendingAuthorization> pending =
        prepareAuthorization(metadata, config, listener->redirectUri());
    if (!pending) {
        finishSignIn(id, pending.error());
        return;
    }
    d->attempt->pending = pending.value();

    listener->expect(pending.value(), [this, id](Result<AuthorizationResponse> response) {
        if (!d->attempt || d->attempt->id != id) return;
        d->attempt->callbackReceived = true;
        if (!response) {
            finishSignIn(id, response.error());
            return;
        }
        const PendingAuthorization pendingNow = d->attempt->pending;
        exchangeCode(pendingNow, response.value().code,
                     [this, id, pendingNow](Result<TokenResponse> tokens) {
                         if (!d->attempt || d->attempt->id != id) return;
                         if (!tokens) {
                             finishSignIn(id, tokens.error());
                             return;
                         }
                         completeWithTokens(tokens.value(), pendingNow.nonce, QString(),
                                            [this, id](Result<Identity> identity) {
                                                finishSignIn(id, std::move(identity));
                                            });
                     });
    });

    auto* browser = new BrowserLauncher(d->config.browserCommand, this);
    d->attempt->browser = browser;
    connect(browser, &BrowserLauncher::failed, this, [this, id](const QString& message) {
        // Once the provider has answered, the browser's fate no longer matters.
        if (d->attempt && d->attempt->id == id && !d->attempt->callbackReceived)
            finishSignIn(id, Error{message});
    });
    emit authorizationUrlReady(pending.value().url);
    if (Result<void> opened = browser->open(pending.value().url); !opened)
        finishSignIn(id, opened.error());
}

void OidcClient::cancel()
{
    if (d->attempt) finishSignIn(d->attempt->id, Error{tr("The sign-in was cancelled.")});
}

void OidcClient::finishSignIn(quint64 id, Result<Identity> result)
{
    if (!d->attempt || d->attempt->id != id) return;
    std::unique_ptr<Attempt> attempt = std::move(d->attempt);
    if (attempt->timer) attempt->timer->deleteLater();
    if (attempt->listener) {
        attempt->listener->close();
        attempt->listener->deleteLater();
    }
    // A browser command still at work after a failure is ended; after
    // success it finishes on its own (it is just reading the closing page).
    if (attempt->browser) attempt->browser->release(/*endCommand=*/!result.ok());
    attempt->done(std::move(result));
}

// ---------------------------------------------------------------------------
// Tokens → identity, and the saved sign-in

void OidcClient::completeWithTokens(const TokenResponse& tokens,
                                    const std::optional<QString>& nonce,
                                    const QString& expectedSubject, IdentityCallback done)
{
    const QString refreshToken = tokens.refreshToken;
    const QByteArray idToken = tokens.idToken;
    validateIdToken(
        tokens.idToken, nonce,
        [this, refreshToken, expectedSubject, idToken, nonce,
         done = std::move(done)](Result<IdTokenClaims> claims) {
            if (!claims) {
                done(claims.error());
                return;
            }
            if (!expectedSubject.isEmpty() && claims.value().subject != expectedSubject) {
                done(Error{tr("The renewed sign-in names another user than the saved one; "
                              "it was refused. Sign in again.")});
                return;
            }
            // Re-authentication: the token must carry auth_time itself (no
            // fallback to iat, which says when the token was made, not when
            // the person proved who they are).
            if (d->attempt && d->attempt->reauthentication && !claims.value().authTime.isValid()) {
                done(Error{tr("The identity provider did not say when you signed in (no auth_time), so the confirmation was refused.")});
                return;
            }
            const Identity identity = identityFromIdToken(claims.value(), d->config);
            if (d->attempt && nonce)
                d->lastProof = SignInProof{idToken, *nonce, d->attempt->requestedAt, d->attempt->reauthentication};
            if (Result<void> saved = saveRefreshToken(refreshToken, identity); !saved)
                emit savedSignInProblem(saved.errorMessage());
            done(identity);
        });
}

Result<void> OidcClient::saveRefreshToken(const QString& refreshToken, const Identity& identity)
{
    if (!d->store) return Ok{};
    if (refreshToken.isEmpty()) return d->store->remove(savedSignInName());
    const QJsonObject entry{
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("sub"), identity.subject},
        {QStringLiteral("iss"), identity.issuer},
        {QStringLiteral("client_id"), d->config.clientId},
        {QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    return d->store->write(savedSignInName(), QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

Result<bool> OidcClient::hasSavedSignIn()
{
    if (!d->store) return false;
    Result<std::optional<QByteArray>> entry = d->store->read(savedSignInName());
    if (!entry) return entry.error();
    return entry.value().has_value();
}

Result<void> OidcClient::forgetSavedSignIn()
{
    if (!d->store) return Ok{};
    return d->store->remove(savedSignInName());
}

void OidcClient::refresh(IdentityCallback done)
{
    if (!d->store) {
        deliverLater(std::move(done),
                     Error{tr("Saved sign-ins are turned off (no keychain); sign in "
                              "again.")});
        return;
    }
    if (d->refreshing) {
        deliverLater(std::move(done), Error{tr("The sign-in is already being renewed.")});
        return;
    }
    Result<std::optional<QByteArray>> entry = d->store->read(savedSignInName());
    if (!entry) {
        deliverLater(std::move(done), entry.error());
        return;
    }
    const QJsonObject saved =
        entry.value() ? QJsonDocument::fromJson(*entry.value()).object() : QJsonObject();
    const QString refreshToken = saved.value(QStringLiteral("refresh_token")).toString();
    const QString subject = saved.value(QStringLiteral("sub")).toString();
    if (refreshToken.isEmpty() || subject.isEmpty()) {
        deliverLater(std::move(done),
                     Error{tr("There is no saved sign-in with %1 in the %2; sign in "
                              "again.")
                               .arg(d->config.issuer.toString(), d->store->description())});
        return;
    }

    d->refreshing = true;
    IdentityCallback finish = [this, done = std::move(done)](Result<Identity> result) {
        d->refreshing = false;
        done(std::move(result));
    };
    const FormFields form{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                          {QStringLiteral("refresh_token"), refreshToken},
                          {QStringLiteral("client_id"), d->config.clientId}};
    postToTokenEndpoint(form, [this, subject, refreshToken,
                               finish](Result<std::pair<int, QByteArray>> answer) {
        if (!answer) {
            finish(answer.error());
            return;
        }
        const auto& [status, body] = answer.value();
        Result<TokenResponse> tokens =
            parseTokenResponse(status, body, GrantKind::RefreshToken, d->config);
        if (!tokens) {
            // The provider no longer honours it: keep no dead secret around.
            if (QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString() ==
                QLatin1String("invalid_grant"))
                (void)d->store->remove(savedSignInName());
            finish(tokens.error());
            return;
        }
        if (tokens.value().idToken.isEmpty()) {
            finish(
                Error{tr("The identity provider renewed the sign-in without an ID token, so Custos "
                         "cannot confirm who is signed in. Sign in again.")});
            return;
        }
        TokenResponse renewed = tokens.value();
        if (renewed.refreshToken.isEmpty()) // not rotated: keep using the old one
            renewed.refreshToken = refreshToken;
        completeWithTokens(renewed, std::nullopt, subject, finish);
    });
}

} // namespace custos::auth
