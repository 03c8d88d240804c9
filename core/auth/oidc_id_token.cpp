// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_id_token.h"

#include <QJsonArray>
#include <QObject>

#include <cmath>
#include <memory>

namespace custos::auth {

namespace {

const QString kWhat = QObject::tr("The ID token");

QString whenText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// A NumericDate (RFC 7519 §2): seconds since the epoch, maybe fractional.
std::optional<QDateTime> numericDate(const QJsonValue& value)
{
    if (!value.isDouble()) return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0 || seconds > 253402300799.0) // year 9999
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(seconds)), Qt::UTC);
}

Result<QDateTime> requiredDate(const QJsonObject& payload, const char* name, const QString& meaning)
{
    const QJsonValue value = payload.value(QLatin1String(name));
    if (value.isUndefined())
        return Error{QObject::tr("%1 has no \"%2\" claim (%3); it is refused.")
                         .arg(kWhat, QLatin1String(name), meaning)};
    const std::optional<QDateTime> date = numericDate(value);
    if (!date)
        return Error{QObject::tr("%1 is malformed: its \"%2\" claim is not a time in seconds.")
                         .arg(kWhat, QLatin1String(name))};
    return *date;
}

std::optional<QStringList> stringList(const QJsonValue& value)
{
    if (value.isString()) return QStringList{value.toString()};
    if (!value.isArray()) return std::nullopt;
    QStringList list;
    for (const QJsonValue& entry : value.toArray()) {
        if (!entry.isString()) return std::nullopt;
        list << entry.toString();
    }
    return list;
}

QString quotedList(const QStringList& items)
{
    QStringList quoted;
    for (const QString& item : items)
        quoted << QStringLiteral("\"%1\"").arg(item);
    return quoted.join(QStringLiteral(", "));
}

Result<JwsAlgorithm> acceptedAlgorithm(const QString& alg)
{
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return Error{
            QObject::tr("%1 is not signed (algorithm \"%2\"), so anyone could have written "
                        "it; it is refused. Custos accepts RS256, PS256 and ES256 "
                        "signatures only.")
                .arg(kWhat, alg)};
    if (alg.startsWith(QLatin1String("HS"), Qt::CaseInsensitive))
        return Error{
            QObject::tr("%1 is signed with a shared-secret HMAC (%2), which a desktop "
                        "application cannot check: it has no secret, and treating the "
                        "provider's public key as one would let anyone forge tokens. It is "
                        "refused; set the client's ID token signing algorithm to RS256, "
                        "PS256 or ES256 at the identity provider.")
                .arg(kWhat, alg)};
    const std::optional<JwsAlgorithm> algorithm = jwsAlgorithmFromName(alg);
    if (!algorithm)
        return Error{QObject::tr("%1 is signed with \"%2\", which Custos does not accept (RS256, "
                                 "PS256 or ES256 only); set the client's ID token signing "
                                 "algorithm at the identity provider.")
                         .arg(kWhat, alg)};
    return *algorithm;
}

bool keyFits(const JsonWebKey& key, JwsAlgorithm algorithm)
{
    const bool wantRsa = algorithm != JwsAlgorithm::ES256;
    return key.usable() && (key.kty == QLatin1String(wantRsa ? "RSA" : "EC")) &&
           (key.alg.isEmpty() || key.alg == jwsAlgorithmName(algorithm));
}

// The key the token names, or the one key that fits when it names none
// (OpenID Connect Core §10.1 requires a kid when a set has several keys).
Result<JsonWebKey> selectKey(const CompactJws& jws, JwsAlgorithm algorithm,
                             const JsonWebKeySet& keys)
{
    const QString algName = jwsAlgorithmName(algorithm);
    if (!jws.keyId.isEmpty()) {
        QList<JsonWebKey> named;
        for (const JsonWebKey& key : keys.keys()) {
            if (key.kid == jws.keyId) named << key;
        }
        if (named.isEmpty())
            return Error{
                QObject::tr("%1 was signed with a key (kid \"%2\") that is not in the "
                            "identity provider's published key set (%3). The token may be "
                            "forged, or the provider signs with a key it does not publish.")
                    .arg(kWhat, jws.keyId,
                         keys.isEmpty() ? QObject::tr("which is empty")
                                        : QStringLiteral("keys: %1")
                                              .arg(keys.keyIds().join(QStringLiteral(", "))))};
        for (const JsonWebKey& key : named) {
            if (keyFits(key, algorithm)) return key;
        }
        return named.first(); // verification then says why it does not fit
    }
    QList<JsonWebKey> fitting;
    for (const JsonWebKey& key : keys.keys()) {
        if (keyFits(key, algorithm)) fitting << key;
    }
    if (fitting.size() == 1) return fitting.first();
    if (fitting.isEmpty())
        return Error{QObject::tr("%1 names no key, and the identity provider publishes no key for "
                                 "%2 signatures.")
                         .arg(kWhat, algName)};
    return Error{QObject::tr("%1 names no key (no \"kid\" in its header) while the identity "
                             "provider publishes %2 keys for %3; it is refused (OpenID Connect "
                             "Core §10.1).")
                     .arg(kWhat)
                     .arg(fitting.size())
                     .arg(algName)};
}

} // namespace

IdTokenValidator::IdTokenValidator(IdTokenExpectations expectations)
    : m_expectations(std::move(expectations))
{
}

Result<IdTokenClaims> IdTokenValidator::validate(QByteArrayView token, const JsonWebKeySet& keys,
                                                 const std::optional<QString>& expectedNonce,
                                                 const QDateTime& now) const
{
    Result<CompactJws> parsed = parseCompactJws(token, kWhat);
    if (!parsed) return parsed.error();
    const CompactJws& jws = parsed.value();

    Result<JwsAlgorithm> algorithm = acceptedAlgorithm(jws.algorithm);
    if (!algorithm) return algorithm.error();
    // RFC 7515 §4.1.11: extensions we do not understand must not be ignored.
    if (jws.header.contains(QLatin1String("crit")))
        return Error{QObject::tr("%1 requires header extensions Custos does not implement "
                                 "(\"crit\"); it is refused.")
                         .arg(kWhat)};

    Result<JsonWebKey> key = selectKey(jws, algorithm.value(), keys);
    if (!key) return key.error();
    if (Result<void> verified = verifyJwsSignature(jws, algorithm.value(), key.value()); !verified)
        return Error{QObject::tr("%1 is refused: %2").arg(kWhat, verified.errorMessage())};

    IdTokenClaims claims;
    claims.algorithm = jws.algorithm;
    claims.keyId = key.value().kid;
    if (Result<void> checked = checkClaims(jws.payload, expectedNonce, now, &claims); !checked)
        return checked.error();
    return claims;
}

Result<void> IdTokenValidator::checkClaims(const QJsonObject& payload,
                                           const std::optional<QString>& expectedNonce,
                                           const QDateTime& now, IdTokenClaims* out) const
{
    const qint64 skew = m_expectations.clockSkew.count();
    out->all = payload;

    const QJsonValue iss = payload.value(QLatin1String("iss"));
    if (!iss.isString() || iss.toString() != m_expectations.issuer)
        return Error{QObject::tr("%1 was issued by %2, not by the configured identity provider "
                                 "\"%3\"; it is refused. Check the issuer URL in the sign-in "
                                 "settings.")
                         .arg(kWhat,
                              iss.isString() ? QStringLiteral("\"%1\"").arg(iss.toString())
                                             : QObject::tr("an unnamed issuer (no \"iss\" claim)"),
                              m_expectations.issuer)};
    out->issuer = iss.toString();

    const QJsonValue sub = payload.value(QLatin1String("sub"));
    if (!sub.isString() || sub.toString().isEmpty())
        return Error{QObject::tr("%1 names no user (no \"sub\" claim); it is refused.").arg(kWhat)};
    out->subject = sub.toString();

    const std::optional<QStringList> audience = stringList(payload.value(QLatin1String("aud")));
    if (!audience || audience->isEmpty())
        return Error{
            QObject::tr("%1 names no audience (\"aud\" claim); it is refused.").arg(kWhat)};
    out->audience = *audience;
    if (!audience->contains(m_expectations.clientId))
        return Error{QObject::tr("%1 is meant for another application (audience %2), not for this "
                                 "client \"%3\"; it is refused. If the client ID in the sign-in "
                                 "settings is wrong, correct it.")
                         .arg(kWhat, quotedList(*audience), m_expectations.clientId)};

    const QJsonValue azp = payload.value(QLatin1String("azp"));
    if (!azp.isUndefined()) {
        if (!azp.isString() || azp.toString() != m_expectations.clientId)
            return Error{QObject::tr("%1 was issued to another client (azp \"%2\"), not to \"%3\"; "
                                     "it is refused.")
                             .arg(kWhat, azp.toString(), m_expectations.clientId)};
        out->authorizedParty = azp.toString();
    } else if (audience->size() > 1) {
        return Error{QObject::tr("%1 names several audiences (%2) but not which one it was issued "
                                 "to (no \"azp\" claim); it is refused, since another application "
                                 "could have obtained it.")
                         .arg(kWhat, quotedList(*audience))};
    }

    Result<QDateTime> exp = requiredDate(payload, "exp", QObject::tr("its expiry"));
    if (!exp) return exp.error();
    out->expiresAt = exp.value();
    if (const qint64 ago = exp.value().secsTo(now); ago > skew)
        return Error{QObject::tr("%1 expired at %2 UTC, %3 s ago (more than the allowed clock "
                                 "difference of %4 s); sign in again. If this keeps happening, "
                                 "check this computer's clock.")
                         .arg(kWhat, whenText(exp.value()))
                         .arg(ago)
                         .arg(skew)};

    Result<QDateTime> iat = requiredDate(payload, "iat", QObject::tr("when it was issued"));
    if (!iat) return iat.error();
    out->issuedAt = iat.value();
    if (const qint64 ahead = now.secsTo(iat.value()); ahead > skew)
        return Error{QObject::tr("%1 claims to be issued in the future (%2 UTC, %3 s from now, "
                                 "more than the allowed clock difference of %4 s); it is refused. "
                                 "Check this computer's clock and the provider's.")
                         .arg(kWhat, whenText(iat.value()))
                         .arg(ahead)
                         .arg(skew)};

    const QJsonValue nbfValue = payload.value(QLatin1String("nbf"));
    if (!nbfValue.isUndefined()) {
        const std::optional<QDateTime> nbf = numericDate(nbfValue);
        if (!nbf)
            return Error{QObject::tr("%1 is malformed: its \"nbf\" claim is not a time in seconds.")
                             .arg(kWhat)};
        if (const qint64 ahead = now.secsTo(*nbf); ahead > skew)
            return Error{QObject::tr("%1 is not valid yet: not before %2 UTC, %3 s from now (more "
                                     "than the allowed clock difference of %4 s). Check this "
                                     "computer's clock.")
                             .arg(kWhat, whenText(*nbf))
                             .arg(ahead)
                             .arg(skew)};
    }

    const QJsonValue nonce = payload.value(QLatin1String("nonce"));
    if (!nonce.isUndefined() && !nonce.isString())
        return Error{
            QObject::tr("%1 is malformed: its \"nonce\" claim is not a string.").arg(kWhat)};
    out->nonce = nonce.toString();
    if (expectedNonce) {
        if (nonce.isUndefined())
            return Error{QObject::tr("%1 carries no nonce although this sign-in sent one; it may "
                                     "come from another sign-in and is refused.")
                             .arg(kWhat)};
        if (nonce.toString() != *expectedNonce)
            return Error{QObject::tr("%1 was issued for another sign-in (its nonce does not match "
                                     "this one's): a replayed or injected token. It is refused; "
                                     "sign in again.")
                             .arg(kWhat)};
    }

    const QJsonValue acr = payload.value(QLatin1String("acr"));
    out->acr = acr.isString() ? acr.toString() : QString();
    const QJsonValue amr = payload.value(QLatin1String("amr"));
    if (!amr.isUndefined()) {
        const std::optional<QStringList> methods = amr.isArray() ? stringList(amr) : std::nullopt;
        if (!methods)
            return Error{QObject::tr("%1 is malformed: its \"amr\" claim is not a list of strings.")
                             .arg(kWhat)};
        out->amr = *methods;
    }
    if (const std::optional<QDateTime> authTime =
            numericDate(payload.value(QLatin1String("auth_time"))))
        out->authTime = *authTime;
    return Ok{};
}

bool IdTokenValidator::needsKeysNotIn(QByteArrayView token, const JsonWebKeySet& keys)
{
    Result<CompactJws> parsed = parseCompactJws(token, kWhat);
    if (!parsed) return false;
    const std::optional<JwsAlgorithm> algorithm = jwsAlgorithmFromName(parsed.value().algorithm);
    if (!algorithm) return false;
    if (!parsed.value().keyId.isEmpty()) return !keys.containsKeyId(parsed.value().keyId);
    return std::none_of(keys.keys().cbegin(), keys.keys().cend(),
                        [&](const JsonWebKey& key) { return keyFits(key, *algorithm); });
}

KeySetCache::KeySetCache(Fetch fetch) : m_fetch(std::move(fetch)) {}

void KeySetCache::clear()
{
    m_keys = {};
    m_haveKeys = false;
}

void KeySetCache::validate(const IdTokenValidator& validator, const QByteArray& token,
                           const std::optional<QString>& expectedNonce,
                           std::function<void(Result<IdTokenClaims>)> done)
{
    if (m_haveKeys && !IdTokenValidator::needsKeysNotIn(token, m_keys)) {
        done(validator.validate(token, m_keys, expectedNonce));
        return;
    }
    // No keys yet, or the token names one we do not hold: fetch once, then
    // decide with whatever the provider publishes now.
    ++m_fetchCount;
    m_fetch([this, validator, token, expectedNonce,
             done = std::move(done)](Result<JsonWebKeySet> fetched) {
        if (!fetched) {
            done(fetched.error());
            return;
        }
        m_keys = std::move(fetched).value();
        m_haveKeys = true;
        Result<IdTokenClaims> result = validator.validate(token, m_keys, expectedNonce);
        if (!result && IdTokenValidator::needsKeysNotIn(token, m_keys))
            result = Error{result.errorMessage() +
                           QObject::tr(" (The key set was fetched again just now to be sure.)")};
        done(std::move(result));
    });
}

} // namespace custos::auth
