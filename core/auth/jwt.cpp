// SPDX-License-Identifier: Apache-2.0
#include "core/auth/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <array>
#include <memory>

namespace custos::auth {

namespace {

// ID tokens are a few kilobytes; anything far larger is not one.
constexpr qsizetype kMaxTokenBytes = 64 * 1024;
constexpr int kMinRsaBits = 2048;
constexpr int kP256CoordinateBytes = 32;

template <auto Free> struct Deleter
{
    template <class T> void operator()(T* p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG_free>>;

int base64UrlValue(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

QString describeChar(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x21 && byte < 0x7f) return QStringLiteral("\"%1\"").arg(QLatin1Char(c));
    return QStringLiteral("byte 0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}

Result<PkeyPtr> keyFromParams(const char* type, OSSL_PARAM_BLD* builder)
{
    const ParamPtr params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* raw = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return Error{QObject::tr("OpenSSL could not build a public key from it")};
    PkeyPtr key(raw);
    const PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1)
        return Error{QObject::tr("it is not a valid public key")};
    return key;
}

Result<PkeyPtr> rsaPublicKey(const JsonWebKey& jwk)
{
    const BnPtr n(BN_bin2bn(reinterpret_cast<const unsigned char*>(jwk.n.constData()),
                            static_cast<int>(jwk.n.size()), nullptr));
    const BnPtr e(BN_bin2bn(reinterpret_cast<const unsigned char*>(jwk.e.constData()),
                            static_cast<int>(jwk.e.size()), nullptr));
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!n || !e || !builder ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return Error{QObject::tr("OpenSSL could not read its modulus and exponent")};
    Result<PkeyPtr> key = keyFromParams("RSA", builder.get());
    if (!key) return key;
    if (const int bits = EVP_PKEY_get_bits(key.value().get()); bits < kMinRsaBits)
        return Error{QObject::tr("it is a %1-bit RSA key; Custos requires at least %2 bits")
                         .arg(bits)
                         .arg(kMinRsaBits)};
    return key;
}

Result<PkeyPtr> p256PublicKey(const JsonWebKey& jwk)
{
    // SEC 1 uncompressed point: 0x04 || x || y.
    QByteArray point(1, '\x04');
    point += jwk.x;
    point += jwk.y;
    const ParamBldPtr builder(OSSL_PARAM_BLD_new());
    if (!builder ||
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1",
                                        0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         static_cast<size_t>(point.size())) != 1)
        return Error{QObject::tr("OpenSSL could not read its coordinates")};
    Result<PkeyPtr> key = keyFromParams("EC", builder.get());
    if (!key) return Error{QObject::tr("its point is not on the P-256 curve")};
    return key;
}

// JWS ES256 signatures are the raw concatenation r || s (RFC 7518 §3.4);
// OpenSSL verifies the DER SEQUENCE { r INTEGER, s INTEGER } of X9.62.
Result<QByteArray> es256SignatureToDer(const QByteArray& raw)
{
    if (raw.size() != 2 * kP256CoordinateBytes)
        return Error{QObject::tr("an ES256 signature must be %1 bytes (r || s), this one has %2")
                         .arg(2 * kP256CoordinateBytes)
                         .arg(raw.size())};
    const auto* bytes = reinterpret_cast<const unsigned char*>(raw.constData());
    BnPtr r(BN_bin2bn(bytes, kP256CoordinateBytes, nullptr));
    BnPtr s(BN_bin2bn(bytes + kP256CoordinateBytes, kP256CoordinateBytes, nullptr));
    EcdsaSigPtr signature(ECDSA_SIG_new());
    if (!r || !s || !signature || ECDSA_SIG_set0(signature.get(), r.get(), s.get()) != 1)
        return Error{QObject::tr("OpenSSL could not read the ES256 signature")};
    (void)r.release(); // owned by `signature` now
    (void)s.release();
    const int length = i2d_ECDSA_SIG(signature.get(), nullptr);
    if (length <= 0) return Error{QObject::tr("OpenSSL could not encode the ES256 signature")};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(signature.get(), &out) != length)
        return Error{QObject::tr("OpenSSL could not encode the ES256 signature")};
    return der;
}

QString keyName(const JsonWebKey& key)
{
    return key.kid.isEmpty() ? QObject::tr("without a key ID")
                             : QStringLiteral("\"%1\"").arg(key.kid);
}

// Fills the members of one JWKS entry; problems make it unusable, not the set invalid.
JsonWebKey parseKey(const QJsonObject& object)
{
    JsonWebKey key;
    key.kty = object.value(QLatin1String("kty")).toString();
    key.kid = object.value(QLatin1String("kid")).toString();
    key.use = object.value(QLatin1String("use")).toString();
    key.alg = object.value(QLatin1String("alg")).toString();
    key.crv = object.value(QLatin1String("crv")).toString();

    auto member = [&](const char* name, QByteArray* out) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (!value.isString()) {
            key.unusableBecause = QObject::tr("it has no \"%1\" member").arg(QLatin1String(name));
            return false;
        }
        Result<QByteArray> decoded = base64UrlDecode(value.toString().toLatin1());
        if (!decoded || decoded.value().isEmpty()) {
            key.unusableBecause = QObject::tr("its \"%1\" member is not base64url: %2")
                                      .arg(QLatin1String(name), decoded ? QObject::tr("it is empty")
                                                                        : decoded.errorMessage());
            return false;
        }
        *out = std::move(decoded).value();
        return true;
    };

    if (!key.use.isEmpty() && key.use != QLatin1String("sig")) {
        key.unusableBecause = QObject::tr("it is for \"%1\", not for signatures").arg(key.use);
    } else if (key.kty == QLatin1String("RSA")) {
        if (member("n", &key.n)) member("e", &key.e);
    } else if (key.kty == QLatin1String("EC")) {
        if (key.crv != QLatin1String("P-256")) {
            key.unusableBecause =
                QObject::tr("it is on curve \"%1\"; Custos accepts P-256 only").arg(key.crv);
        } else if (member("x", &key.x) && member("y", &key.y) &&
                   (key.x.size() != kP256CoordinateBytes || key.y.size() != kP256CoordinateBytes)) {
            key.unusableBecause =
                QObject::tr("its P-256 coordinates are not 32 bytes each (x %1, y %2)")
                    .arg(key.x.size())
                    .arg(key.y.size());
        }
    } else {
        key.unusableBecause =
            QObject::tr("it is of type \"%1\"; Custos accepts RSA and EC P-256 keys").arg(key.kty);
    }
    return key;
}

} // namespace

Result<QByteArray> base64UrlDecode(QByteArrayView text)
{
    if (text.size() % 4 == 1)
        return Error{
            QObject::tr("%1 characters is not a possible base64url length").arg(text.size())};
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = base64UrlValue(text[i]);
        if (value < 0)
            return Error{QObject::tr("%1 at position %2 is not a base64url character")
                             .arg(describeChar(text[i]))
                             .arg(i + 1)};
        buffer = (buffer << 6) | static_cast<quint32>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(static_cast<char>((buffer >> bits) & 0xff));
        }
    }
    if (bits > 0 && (buffer & ((1u << bits) - 1)) != 0)
        return Error{QObject::tr(
            "its last character has bits set beyond the data (not canonical base64url)")};
    return out;
}

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding |
                                       QByteArray::OmitTrailingEquals);
}

std::optional<JwsAlgorithm> jwsAlgorithmFromName(const QString& name)
{
    if (name == QLatin1String("RS256")) return JwsAlgorithm::RS256;
    if (name == QLatin1String("PS256")) return JwsAlgorithm::PS256;
    if (name == QLatin1String("ES256")) return JwsAlgorithm::ES256;
    return std::nullopt;
}

QString jwsAlgorithmName(JwsAlgorithm algorithm)
{
    switch (algorithm) {
    case JwsAlgorithm::RS256:
        return QStringLiteral("RS256");
    case JwsAlgorithm::PS256:
        return QStringLiteral("PS256");
    case JwsAlgorithm::ES256:
        return QStringLiteral("ES256");
    }
    return {};
}

Result<CompactJws> parseCompactJws(QByteArrayView token, const QString& what)
{
    if (token.isEmpty()) return Error{QObject::tr("%1 is empty.").arg(what)};
    if (token.size() > kMaxTokenBytes)
        return Error{QObject::tr("%1 is %2 bytes long, far more than any ID token; it was refused.")
                         .arg(what)
                         .arg(token.size())};
    const QList<QByteArray> parts = token.toByteArray().split('.');
    if (parts.size() == 5)
        return Error{
            QObject::tr("%1 is encrypted (JWE). Custos expects a signed ID token: turn off "
                        "ID token encryption for this client at the identity provider.")
                .arg(what)};
    if (parts.size() != 3)
        return Error{QObject::tr("%1 is not a signed JWT (it has %2 parts separated by \".\", "
                                 "not 3).")
                         .arg(what)
                         .arg(parts.size())};

    static const std::array<const char*, 3> partNames{"header", "payload", "signature"};
    std::array<QByteArray, 3> decoded;
    for (size_t i = 0; i < 3; ++i) {
        Result<QByteArray> bytes = base64UrlDecode(parts[static_cast<qsizetype>(i)]);
        if (!bytes)
            return Error{QObject::tr("%1 is malformed: its %2 is not valid base64url (%3).")
                             .arg(what, QLatin1String(partNames[i]), bytes.errorMessage())};
        decoded[i] = std::move(bytes).value();
    }

    CompactJws jws;
    for (size_t i = 0; i < 2; ++i) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(decoded[i], &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return Error{QObject::tr("%1 is malformed: its %2 is not a JSON object%3.")
                             .arg(what, QLatin1String(partNames[i]),
                                  parseError.error != QJsonParseError::NoError
                                      ? QStringLiteral(" (%1)").arg(parseError.errorString())
                                      : QString())};
        (i == 0 ? jws.header : jws.payload) = document.object();
    }
    const QJsonValue alg = jws.header.value(QLatin1String("alg"));
    if (!alg.isString())
        return Error{
            QObject::tr("%1 is malformed: its header names no signature algorithm (\"alg\").")
                .arg(what)};
    jws.algorithm = alg.toString();
    const QJsonValue kid = jws.header.value(QLatin1String("kid"));
    if (!kid.isUndefined() && !kid.isString())
        return Error{
            QObject::tr("%1 is malformed: its key ID (\"kid\") is not a string.").arg(what)};
    jws.keyId = kid.toString();
    jws.signingInput = parts[0] + '.' + parts[1];
    jws.signature = std::move(decoded[2]);
    return jws;
}

Result<JsonWebKeySet> JsonWebKeySet::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{QObject::tr("The identity provider's key set (JWKS) is not a JSON object%1.")
                         .arg(parseError.error != QJsonParseError::NoError
                                  ? QStringLiteral(" (%1)").arg(parseError.errorString())
                                  : QString())};
    const QJsonValue keys = document.object().value(QLatin1String("keys"));
    if (!keys.isArray())
        return Error{QObject::tr("The identity provider's key set (JWKS) has no \"keys\" array.")};
    JsonWebKeySet set;
    for (const QJsonValue& entry : keys.toArray()) {
        if (entry.isObject()) set.m_keys.append(parseKey(entry.toObject()));
    }
    return set;
}

bool JsonWebKeySet::containsKeyId(const QString& kid) const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(),
                       [&](const JsonWebKey& key) { return key.kid == kid; });
}

QStringList JsonWebKeySet::keyIds() const
{
    QStringList ids;
    for (const JsonWebKey& key : m_keys)
        ids << (key.kid.isEmpty() ? QObject::tr("(no kid)") : key.kid);
    return ids;
}

Result<void> verifyJwsSignature(const CompactJws& jws, JwsAlgorithm algorithm,
                                const JsonWebKey& key)
{
    const QString algName = jwsAlgorithmName(algorithm);
    const auto refuse = [&](const QString& why) {
        return Error{QObject::tr("The key %1 cannot check this %2 signature: %3.")
                         .arg(keyName(key), algName, why)};
    };
    if (!key.usable()) return refuse(key.unusableBecause);
    if (!key.alg.isEmpty() && key.alg != algName)
        return refuse(QObject::tr("the provider published it for %1 only").arg(key.alg));

    const bool rsa = algorithm != JwsAlgorithm::ES256;
    if (rsa != (key.kty == QLatin1String("RSA")))
        return refuse(QObject::tr("it is an %1 key").arg(key.kty));
    Result<PkeyPtr> pkey = rsa ? rsaPublicKey(key) : p256PublicKey(key);
    if (!pkey) return refuse(pkey.errorMessage());

    QByteArray signature = jws.signature;
    if (rsa) {
        // RFC 8017 §8.2.2 / §8.1.2: exactly the modulus length.
        const int expected = EVP_PKEY_get_size(pkey.value().get());
        if (signature.size() != expected)
            return Error{QObject::tr("The %1 signature is %2 bytes long; the key %3 makes "
                                     "signatures of %4 bytes. The token was altered or forged.")
                             .arg(algName)
                             .arg(signature.size())
                             .arg(keyName(key))
                             .arg(expected)};
    } else {
        Result<QByteArray> der = es256SignatureToDer(signature);
        if (!der)
            return Error{
                QObject::tr("The ES256 signature is malformed: %1.").arg(der.errorMessage())};
        signature = std::move(der).value();
    }

    const MdCtxPtr md(EVP_MD_CTX_new());
    EVP_PKEY_CTX* pctx = nullptr; // owned by `md`
    if (!md ||
        EVP_DigestVerifyInit(md.get(), &pctx, EVP_sha256(), nullptr, pkey.value().get()) != 1)
        return Error{QObject::tr("OpenSSL could not set up %1 verification.").arg(algName)};
    if (algorithm == JwsAlgorithm::RS256 &&
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PADDING) != 1)
        return Error{QObject::tr("OpenSSL could not set up RS256 verification.")};
    // RFC 7518 §3.5: MGF1 with SHA-256 and a salt as long as the hash.
    if (algorithm == JwsAlgorithm::PS256 &&
        (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1 ||
         EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) != 1 ||
         EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return Error{QObject::tr("OpenSSL could not set up PS256 verification.")};

    const int verdict =
        EVP_DigestVerify(md.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                         static_cast<size_t>(signature.size()),
                         reinterpret_cast<const unsigned char*>(jws.signingInput.constData()),
                         static_cast<size_t>(jws.signingInput.size()));
    if (verdict != 1)
        return Error{QObject::tr("The %1 signature does not match the key %2: the token was "
                                 "altered or was not signed by the identity provider.")
                         .arg(algName, keyName(key))};
    return Ok{};
}

} // namespace custos::auth
