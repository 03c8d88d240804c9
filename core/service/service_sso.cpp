// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_sso.h"

#include "core/auth/jwt.h"
#include "core/auth/oidc_config.h"
#include "core/auth/oidc_id_token.h"
#include "core/auth/oidc_identity.h"
#include "core/auth/oidc_protocol.h"
#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"
#include "core/policy/policy_loader.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <mutex>
#include <optional>

#include <sys/stat.h>

namespace custos::service {

namespace {

// How far back a re-authentication request may lie: a person completes the
// provider's page within the sign-in timeout (5 minutes) and a little more.
constexpr qint64 kReauthenticationWindowSeconds = 10 * 60;

} // namespace

struct SsoVerifier::Impl
{
    std::shared_ptr<const policy::Policy> policy;
    QString stateDir;
    bool siteModeRules = true;

    std::mutex mutex; // everything below
    std::optional<auth::ProviderMetadata> metadata;
    std::optional<auth::JsonWebKeySet> keys;
    QHash<QByteArray, qint64> redeemed; // SHA-256 of an ID token -> its expiry (seconds)
    bool loaded = false;

    QString redeemedPath() const { return QDir(stateDir).filePath(QStringLiteral("sso-redeemed.json")); }

    // A GET over TLS with only the policy's authorities (or the system's).
    Result<QByteArray> get(const auth::OidcConfig& config, const QUrl& url, const QString& what)
    {
        auto authorities = auth::providerCertificateAuthorities(config);
        if (!authorities)
            return authorities.error();
        QNetworkAccessManager network;
        QNetworkRequest request(url);
        request.setTransferTimeout(int(config.networkTimeout.count()));
        request.setRawHeader("Accept", "application/json");
        // Nothing is followed elsewhere: the policy named this provider.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        auth::trustOnly(request, authorities.value());
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return Error{QObject::tr("The Custos service could not reach the identity provider for its %1 at %2: %3.")
                             .arg(what, url.toString(), reply->errorString())};
        if (status != 200)
            return Error{QObject::tr("The identity provider answered HTTP %1 when the Custos service asked for its %2 at %3.")
                             .arg(status)
                             .arg(what, url.toString())};
        return reply->readAll();
    }

    Result<auth::ProviderMetadata> discover(const auth::OidcConfig& config)
    {
        {
            std::lock_guard lock(mutex);
            if (metadata)
                return *metadata;
        }
        auto body = get(config, auth::discoveryUrl(config.issuer), QObject::tr("discovery document"));
        if (!body)
            return body.error();
        auto parsed = auth::parseProviderMetadata(body.value(), config);
        if (!parsed)
            return parsed.error();
        std::lock_guard lock(mutex);
        metadata = parsed.value();
        return parsed;
    }

    Result<auth::JsonWebKeySet> fetchKeys(const auth::OidcConfig& config, const auth::ProviderMetadata& m)
    {
        auto body = get(config, m.jwksUri, QObject::tr("key set (JWKS)"));
        if (!body)
            return body.error();
        auto set = auth::JsonWebKeySet::fromJson(body.value());
        if (!set)
            return set.error();
        std::lock_guard lock(mutex);
        keys = set.value();
        return set;
    }

    Result<void> loadLocked()
    {
        if (loaded)
            return {};
        QFile f(redeemedPath());
        if (f.exists()) {
            if (!f.open(QIODevice::ReadOnly))
                return Error{QObject::tr("%1 cannot be read (%2); no single sign-on can be accepted until it can.").arg(f.fileName(), f.errorString())};
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
            if (!doc.isObject())
                return Error{QObject::tr("%1 is damaged; no single sign-on can be accepted until it is restored.").arg(f.fileName())};
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                redeemed.insert(QByteArray::fromHex(it.key().toLatin1()), qint64(it.value().toDouble()));
        }
        loaded = true;
        return {};
    }

    // Written before the ticket goes out: a crash in between refuses the
    // token once too often, never lets it through twice.
    Result<void> saveLocked()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject o;
        for (auto it = redeemed.begin(); it != redeemed.end();) {
            if (it.value() < now - 3600) { // well past its expiry and any clock skew
                it = redeemed.erase(it);
                continue;
            }
            o.insert(QString::fromLatin1(it.key().toHex()), double(it.value()));
            ++it;
        }
        const mode_t old = ::umask(077);
        auto r = crypto::writeFileAtomically(redeemedPath(), QJsonDocument(o).toJson(QJsonDocument::Compact));
        ::umask(old);
        return r;
    }
};

SsoVerifier::SsoVerifier(std::shared_ptr<const policy::Policy> policy, QString stateDir, bool siteModeRules) : d(std::make_unique<Impl>())
{
    d->policy = std::move(policy);
    d->stateDir = std::move(stateDir);
    d->siteModeRules = siteModeRules;
}

SsoVerifier::~SsoVerifier() = default;

Result<SsoProof> SsoVerifier::redeem(const SsoRequest& request)
{
    // The site's provider, never the process's choice.
    auto config = policy::identityProviderConfig(*d->policy, d->siteModeRules);
    if (!config)
        return config.error();
    if (request.idToken.isEmpty() || request.nonce.isEmpty())
        return Error{QObject::tr("A single sign-on needs the ID token and the nonce of the sign-in request; the request carried neither or only one.")};
    auto metadata = d->discover(config.value());
    if (!metadata)
        return metadata.error();
    const auth::IdTokenValidator validator({metadata.value().issuer, config.value().clientId, config.value().clockSkew});

    std::optional<auth::JsonWebKeySet> keys;
    {
        std::lock_guard lock(d->mutex);
        keys = d->keys;
    }
    // Fetched once, and again once when the token names a key the set lacks (key rollover).
    if (!keys || auth::IdTokenValidator::needsKeysNotIn(request.idToken, *keys)) {
        auto fetched = d->fetchKeys(config.value(), metadata.value());
        if (!fetched)
            return fetched.error();
        keys = fetched.value();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto claims = validator.validate(request.idToken, *keys, request.nonce, now);
    if (!claims)
        return claims.error();
    const auth::IdTokenClaims& c = claims.value();

    // When the person proved who they are: the token must say (no fallback to iat).
    if (!c.authTime.isValid())
        return Error{QObject::tr("The identity provider did not say when you signed in (no auth_time in the ID token), so the Custos service refused it.")};
    const qint64 skew = config.value().clockSkew.count();
    if (c.authTime > now.addSecs(skew))
        return Error{QObject::tr("The identity provider's sign-in time (auth_time) lies in the future; check the clocks. The sign-in was refused.")};
    if (request.reauthenticationRequestedAt.isValid()) {
        if (request.reauthenticationRequestedAt < now.addSecs(-kReauthenticationWindowSeconds) || request.reauthenticationRequestedAt > now.addSecs(skew))
            return Error{QObject::tr("The confirmation was asked for too long ago (or in the future); confirm again.")};
        if (c.authTime < request.reauthenticationRequestedAt)
            return Error{QObject::tr("The identity provider did not ask for your password again (its sign-in is from %1, before this confirmation "
                                     "was asked for at %2); the confirmation was refused.")
                             .arg(c.authTime.toString(Qt::ISODate), request.reauthenticationRequestedAt.toString(Qt::ISODate))};
    } else if (c.authTime < now.addSecs(-qint64(d->policy->session.maxLength.count()))) {
        return Error{QObject::tr("The identity provider's sign-in is from %1, older than this site's longest session; sign in at the provider again.")
                         .arg(c.authTime.toString(Qt::ISODate))};
    }

    // Once only, for whoever sends it first.
    const QByteArray hash = crypto::sha256(request.idToken);
    {
        std::lock_guard lock(d->mutex);
        if (auto loaded = d->loadLocked(); !loaded)
            return loaded.error();
        if (d->redeemed.contains(hash))
            return Error{QObject::tr("This ID token was already used for a sign-in; a token counts once. Sign in again at the identity provider.")};
        d->redeemed.insert(hash, c.expiresAt.toSecsSinceEpoch());
        if (auto saved = d->saveLocked(); !saved) {
            d->redeemed.remove(hash);
            return saved.error();
        }
    }

    SsoProof proof;
    proof.identity = auth::identityFromIdToken(c, config.value());
    proof.identity.authenticatedAt = c.authTime;
    proof.amr = c.amr;
    proof.acr = c.acr;
    if (proof.identity.roles.isEmpty())
        return Error{QObject::tr("You signed in at the identity provider as %1, but none of your groups there (%2) is given a Custos role by "
                                 "this site's policy. Ask your administrator.")
                         .arg(proof.identity.userName,
                              auth::providerGroups(c, config.value().rolesClaim).join(QStringLiteral(", ")).isEmpty()
                                  ? QObject::tr("none")
                                  : auth::providerGroups(c, config.value().rolesClaim).join(QStringLiteral(", ")))};
    return proof;
}

} // namespace custos::service
