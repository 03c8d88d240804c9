// SPDX-License-Identifier: Apache-2.0
// OpenID Connect without a provider: the ID-token validator against keys
// made here with OpenSSL (RSA-2048, EC P-256) and tokens signed here, key
// rollover through KeySetCache, strict base64url, PKCE (RFC 7636 vectors),
// the authorization request and response, discovery checks, the identity
// mapping, and the loopback redirect listener over real TCP.

#include "core/auth/jwt.h"
#include "core/auth/oidc_browser.h"
#include "core/auth/oidc_config.h"
#include "core/auth/oidc_id_token.h"
#include "core/auth/oidc_identity.h"
#include "core/auth/oidc_loopback_listener.h"
#include "core/auth/oidc_protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>
#include <optional>

using namespace custos;
using namespace custos::auth;

namespace {

// The error of a result for a failure message; empty when it succeeded
// (QVERIFY2 evaluates its message even when the check passes).
template <class T> QByteArray why(const Result<T>& result)
{
    return result ? QByteArray() : result.errorMessage().toLocal8Bit();
}
template <class T> QByteArray why(const std::optional<Result<T>>& outcome)
{
    return outcome ? why(*outcome) : QByteArray("no outcome");
}

const QString kIssuer = QStringLiteral("https://idp.hospital.test/realms/radiology");
const QString kClientId = QStringLiteral("custos-desktop");
const QString kNonce = QStringLiteral("nonce-4f1c");
// A fixed "now" so every time check is exact.
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'750'000'000, Qt::UTC);

struct TestKey
{
    std::shared_ptr<EVP_PKEY> pkey;
    QString kid;
    QJsonObject jwk; // the public half, as a provider publishes it
};

QByteArray bnParam(EVP_PKEY* pkey, const char* name, int width = 0)
{
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1) return {};
    QByteArray out(width > 0 ? width : BN_num_bytes(bn), '\0');
    BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size()));
    BN_free(bn);
    return out;
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(base64UrlEncode(bytes));
}

TestKey makeRsaKey(const QString& kid, size_t bits = 2048)
{
    TestKey key;
    key.pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", bits), EVP_PKEY_free);
    key.kid = kid;
    key.jwk = {{"kty", "RSA"},
               {"kid", kid},
               {"use", "sig"},
               {"n", b64(bnParam(key.pkey.get(), OSSL_PKEY_PARAM_RSA_N))},
               {"e", b64(bnParam(key.pkey.get(), OSSL_PKEY_PARAM_RSA_E))}};
    return key;
}

TestKey makeEcKey(const QString& kid)
{
    TestKey key;
    key.pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), EVP_PKEY_free);
    key.kid = kid;
    key.jwk = {{"kty", "EC"},
               {"kid", kid},
               {"crv", "P-256"},
               {"x", b64(bnParam(key.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32))},
               {"y", b64(bnParam(key.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32))}};
    return key;
}

QByteArray publicKeyPem(EVP_PKEY* pkey)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, pkey);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    return pem;
}

enum class Signer { RS256, PS256, ES256, ES256Der, RS512 };

QByteArray sign(Signer signer, EVP_PKEY* pkey, const QByteArray& input)
{
    EVP_MD_CTX* md = EVP_MD_CTX_new();
    EVP_PKEY_CTX* pctx = nullptr;
    EVP_DigestSignInit(md, &pctx, signer == Signer::RS512 ? EVP_sha512() : EVP_sha256(), nullptr,
                       pkey);
    if (signer == Signer::PS256) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256());
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    const auto* in = reinterpret_cast<const unsigned char*>(input.constData());
    size_t length = 0;
    EVP_DigestSign(md, nullptr, &length, in, static_cast<size_t>(input.size()));
    QByteArray signature(static_cast<qsizetype>(length), '\0');
    EVP_DigestSign(md, reinterpret_cast<unsigned char*>(signature.data()), &length, in,
                   static_cast<size_t>(input.size()));
    signature.resize(static_cast<qsizetype>(length));
    EVP_MD_CTX_free(md);
    if (signer != Signer::ES256) return signature;
    // JWS wants r || s, not OpenSSL's DER.
    const auto* der = reinterpret_cast<const unsigned char*>(signature.constData());
    ECDSA_SIG* ecdsa = d2i_ECDSA_SIG(nullptr, &der, signature.size());
    QByteArray raw(64, '\0');
    BN_bn2binpad(ECDSA_SIG_get0_r(ecdsa), reinterpret_cast<unsigned char*>(raw.data()), 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(ecdsa), reinterpret_cast<unsigned char*>(raw.data()) + 32, 32);
    ECDSA_SIG_free(ecdsa);
    return raw;
}

QByteArray part(const QJsonObject& object)
{
    return base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray makeJwt(const QJsonObject& header, const QJsonObject& payload, Signer signer,
                   EVP_PKEY* pkey)
{
    const QByteArray input = part(header) + '.' + part(payload);
    return input + '.' + base64UrlEncode(sign(signer, pkey, input));
}

QJsonObject goodClaims()
{
    return {{"iss", kIssuer},
            {"sub", "alice"},
            {"aud", kClientId},
            {"nonce", kNonce},
            {"iat", kNow.toSecsSinceEpoch() - 10},
            {"exp", kNow.toSecsSinceEpoch() + 300},
            {"name", "Alice Archer"},
            {"preferred_username", "alice"},
            {"groups", QJsonArray{"radiology-attendings", "all-staff"}},
            {"amr", QJsonArray{"pwd", "otp"}}};
}

QJsonObject withClaims(QJsonObject claims, const QJsonObject& changes,
                       const QStringList& removed = {})
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        claims.insert(it.key(), it.value());
    for (const QString& name : removed)
        claims.remove(name);
    return claims;
}

JsonWebKeySet keySet(const QList<QJsonObject>& jwks)
{
    QJsonArray keys;
    for (const QJsonObject& jwk : jwks)
        keys.append(jwk);
    Result<JsonWebKeySet> set =
        JsonWebKeySet::fromJson(QJsonDocument(QJsonObject{{"keys", keys}}).toJson());
    return set.value();
}

IdTokenValidator validator()
{
    return IdTokenValidator({kIssuer, kClientId, std::chrono::seconds(60)});
}

// What a provider publishes in tests.
ProviderMetadata testMetadata()
{
    ProviderMetadata metadata;
    metadata.issuer = kIssuer;
    metadata.authorizationEndpoint = QUrl(kIssuer + "/protocol/openid-connect/auth");
    metadata.tokenEndpoint = QUrl(kIssuer + "/protocol/openid-connect/token");
    metadata.jwksUri = QUrl(kIssuer + "/protocol/openid-connect/certs");
    metadata.issuesIssInAuthorizationResponse = true;
    return metadata;
}

OidcConfig testConfig()
{
    OidcConfig config;
    config.issuer = QUrl(kIssuer);
    config.clientId = kClientId;
    config.roleMapping = {{"radiology-attendings", {"radiologist"}},
                          {"ct-technologists", {"technologist"}},
                          {"pacs-admins", {"administrator", "radiologist"}}};
    return config;
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

HttpAnswer httpGet(const QString& url)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(5000);
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(6000);
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll(), reply->error()};
    delete reply;
    return answer;
}

} // namespace

class tst_Oidc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // strict base64url and PKCE
    void decodesCanonicalBase64Url();
    void refusesNonCanonicalBase64Url_data();
    void refusesNonCanonicalBase64Url();
    void derivesPkceChallengeLikeRfc7636();
    void makesFreshHighEntropyPkceVerifiers();

    // the validator
    void acceptsValidlySignedTokens_data();
    void acceptsValidlySignedTokens();
    void refusesBadTokens_data();
    void refusesBadTokens();
    void refusesRsaKeysUnder2048Bits();
    void refusesEcKeysOffTheCurve();
    void skipsNonceCheckAfterRefresh();

    // key rollover
    void refetchesKeySetOnceForAnUnknownKey();
    void refusesAnUnknownKeyAfterOneRefetch();

    // identity
    void mapsGroupsToCustosRoles();
    void readsRolesFromNestedOrStringClaims();
    void countsAmrOrAcrAsProviderMfa();

    // protocol messages
    void buildsAuthorizationRequestWithPkceStateAndNonce();
    void refusesCallbackWithWrongOrMissingState();
    void refusesCallbackFromAnotherIssuer();
    void reportsProviderErrorAtCallback();
    void refusesDuplicateCallbackParameters();
    void checksDiscoveryDocument();
    void explainsTokenEndpointErrors();
    void refusesUnsafeConfiguration();
    void placesTheUrlInTheBrowserCommand();

    // the loopback listener over TCP
    void listenerRefusesWrongStateAndAnswersBrowser();
    void listenerAcceptsExactlyOneCallback();

private:
    TestKey m_rsa;          // in the key set
    TestKey m_rsaOnlyRs256; // in the key set, restricted to RS256
    TestKey m_ec;           // in the key set
    TestKey m_rotated;      // not in the key set (yet)
    JsonWebKeySet m_keys;
};

void tst_Oidc::initTestCase()
{
    m_rsa = makeRsaKey("rsa-1");
    m_rsaOnlyRs256 = makeRsaKey("rsa-rs256-only");
    m_rsaOnlyRs256.jwk.insert("alg", "RS256");
    m_ec = makeEcKey("ec-1");
    m_rotated = makeRsaKey("rsa-2");
    QVERIFY(m_rsa.pkey && m_ec.pkey && m_rotated.pkey && m_rsaOnlyRs256.pkey);
    m_keys = keySet(
        {m_rsa.jwk, m_rsaOnlyRs256.jwk, m_ec.jwk,
         // unusable entries a provider may publish beside them
         QJsonObject{{"kty", "oct"}, {"kid", "shared"}, {"k", "c2VjcmV0"}},
         QJsonObject{
             {"kty", "RSA"}, {"kid", "enc-1"}, {"use", "enc"}, {"n", "AQAB"}, {"e", "AQAB"}}});
}

// ---------------------------------------------------------------------------

void tst_Oidc::decodesCanonicalBase64Url()
{
    QCOMPARE(base64UrlDecode("").value(), QByteArray());
    QCOMPARE(base64UrlDecode("Zg").value(), QByteArray("f"));
    QCOMPARE(base64UrlDecode("Zm8").value(), QByteArray("fo"));
    QCOMPARE(base64UrlDecode("Zm9v").value(), QByteArray("foo"));
    QCOMPARE(base64UrlDecode("-_8").value(), QByteArray("\xfb\xff"));
    const QByteArray binary = QByteArray::fromHex("00ff10e0fe7f80");
    QCOMPARE(base64UrlDecode(base64UrlEncode(binary)).value(), binary);
}

void tst_Oidc::refusesNonCanonicalBase64Url_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("padding") << QByteArray("Zg==") << "\"=\" at position 3";
    QTest::newRow("standard alphabet plus") << QByteArray("Zm+v") << "\"+\" at position 3";
    QTest::newRow("standard alphabet slash") << QByteArray("Zm/v") << "\"/\" at position 3";
    QTest::newRow("whitespace") << QByteArray("Zm9v\nZg") << "byte 0x0a at position 5";
    QTest::newRow("impossible length") << QByteArray("Zm9vY") << "not a possible base64url length";
    QTest::newRow("bits left over") << QByteArray("Zh") << "not canonical";
}

void tst_Oidc::refusesNonCanonicalBase64Url()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const Result<QByteArray> decoded = base64UrlDecode(text);
    QVERIFY(!decoded);
    QVERIFY2(decoded.errorMessage().contains(expected), qPrintable(decoded.errorMessage()));
}

void tst_Oidc::derivesPkceChallengeLikeRfc7636()
{
    // RFC 7636 Appendix B.
    QCOMPARE(pkceS256Challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
             QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
}

void tst_Oidc::makesFreshHighEntropyPkceVerifiers()
{
    const Result<Pkce> first = makePkce();
    const Result<Pkce> second = makePkce();
    QVERIFY(first && second);
    QCOMPARE(first.value().verifier.size(), 43); // 32 random bytes; RFC 7636 allows 43..128
    QVERIFY(QRegularExpression("^[A-Za-z0-9_-]{43}$")
                .match(QString::fromLatin1(first.value().verifier))
                .hasMatch());
    QVERIFY(first.value().verifier != second.value().verifier);
    QCOMPARE(first.value().challenge, pkceS256Challenge(first.value().verifier));
}

// ---------------------------------------------------------------------------

void tst_Oidc::acceptsValidlySignedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("kid");
    const QJsonObject claims = goodClaims();
    QTest::newRow("RS256") << makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims, Signer::RS256,
                                      m_rsa.pkey.get())
                           << "rsa-1";
    QTest::newRow("PS256") << makeJwt({{"alg", "PS256"}, {"kid", "rsa-1"}}, claims, Signer::PS256,
                                      m_rsa.pkey.get())
                           << "rsa-1";
    QTest::newRow("ES256") << makeJwt({{"alg", "ES256"}, {"kid", "ec-1"}}, claims, Signer::ES256,
                                      m_ec.pkey.get())
                           << "ec-1";
    QTest::newRow("RS256 on a key restricted to it")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-rs256-only"}}, claims, Signer::RS256,
                   m_rsaOnlyRs256.pkey.get())
        << "rsa-rs256-only";
    QTest::newRow("ES256 without kid, one EC key published")
        << makeJwt({{"alg", "ES256"}, {"typ", "JWT"}}, claims, Signer::ES256, m_ec.pkey.get())
        << "ec-1";
    QTest::newRow("several audiences with azp")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}},
                   withClaims(claims,
                              {{"aud", QJsonArray{kClientId, "pacs-gateway"}}, {"azp", kClientId}}),
                   Signer::RS256, m_rsa.pkey.get())
        << "rsa-1";
    QTest::newRow("expired 59 s ago, within the 60 s skew")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}},
                   withClaims(claims, {{"exp", kNow.toSecsSinceEpoch() - 59},
                                       {"iat", kNow.toSecsSinceEpoch() - 659}}),
                   Signer::RS256, m_rsa.pkey.get())
        << "rsa-1";
    QTest::newRow("issued 59 s ahead, nbf 59 s ahead, within the skew")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}},
                   withClaims(claims, {{"iat", kNow.toSecsSinceEpoch() + 59},
                                       {"nbf", kNow.toSecsSinceEpoch() + 59}}),
                   Signer::RS256, m_rsa.pkey.get())
        << "rsa-1";
}

void tst_Oidc::acceptsValidlySignedTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, kid);
    const Result<IdTokenClaims> claims = validator().validate(token, m_keys, kNonce, kNow);
    QVERIFY2(claims, why(claims));
    QCOMPARE(claims.value().subject, QStringLiteral("alice"));
    QCOMPARE(claims.value().issuer, kIssuer);
    QCOMPARE(claims.value().keyId, kid);
    QCOMPARE(claims.value().amr, (QStringList{"pwd", "otp"}));
}

void tst_Oidc::refusesBadTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("expected");
    const QJsonObject claims = goodClaims();
    const qint64 now = kNow.toSecsSinceEpoch();
    auto rs256 = [&](const QJsonObject& payload) {
        return makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, payload, Signer::RS256,
                       m_rsa.pkey.get());
    };

    QTest::newRow("alg none") << part({{"alg", "none"}}) + '.' + part(claims) + '.'
                              << "is not signed (algorithm \"none\")";
    QTest::newRow("alg None") << part({{"alg", "None"}, {"kid", "rsa-1"}}) + '.' + part(claims) +
                                     '.'
                              << "is not signed (algorithm \"None\")";
    {
        // The classic confusion: HMAC keyed with the provider's public RSA key.
        const QByteArray input = part({{"alg", "HS256"}, {"kid", "rsa-1"}}) + '.' + part(claims);
        const QByteArray mac = QMessageAuthenticationCode::hash(
            input, publicKeyPem(m_rsa.pkey.get()), QCryptographicHash::Sha256);
        QTest::newRow("HS256 keyed with the RSA public key")
            << input + '.' + base64UrlEncode(mac) << "shared-secret HMAC (HS256)";
    }
    QTest::newRow("unknown alg RS512")
        << makeJwt({{"alg", "RS512"}, {"kid", "rsa-1"}}, claims, Signer::RS512, m_rsa.pkey.get())
        << "signed with \"RS512\", which Custos does not accept";
    QTest::newRow("kid not in the key set")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-2"}}, claims, Signer::RS256,
                   m_rotated.pkey.get())
        << "(kid \"rsa-2\") that is not in the identity provider's published key set";
    QTest::newRow("re-signed by another key under a published kid")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims, Signer::RS256,
                   m_rotated.pkey.get())
        << "does not match the key \"rsa-1\"";
    QTest::newRow("RS256 under the kid of an EC key")
        << makeJwt({{"alg", "RS256"}, {"kid", "ec-1"}}, claims, Signer::RS256, m_rsa.pkey.get())
        << "it is an EC key";
    QTest::newRow("PS256 with a key published for RS256 only")
        << makeJwt({{"alg", "PS256"}, {"kid", "rsa-rs256-only"}}, claims, Signer::PS256,
                   m_rsaOnlyRs256.pkey.get())
        << "published it for RS256 only";
    QTest::newRow("kid of an encryption key")
        << makeJwt({{"alg", "RS256"}, {"kid", "enc-1"}}, claims, Signer::RS256, m_rsa.pkey.get())
        << "is for \"enc\", not for signatures";
    QTest::newRow("kid of a symmetric key")
        << makeJwt({{"alg", "RS256"}, {"kid", "shared"}}, claims, Signer::RS256, m_rsa.pkey.get())
        << "of type \"oct\"";
    QTest::newRow("RS256 without kid, several RSA keys published")
        << makeJwt({{"alg", "RS256"}}, claims, Signer::RS256, m_rsa.pkey.get()) << "names no key";
    QTest::newRow("ES256 signature in DER form")
        << makeJwt({{"alg", "ES256"}, {"kid", "ec-1"}}, claims, Signer::ES256Der, m_ec.pkey.get())
        << "must be 64 bytes (r || s)";
    {
        const QList<QByteArray> parts = rs256(claims).split('.');
        const QByteArray shortened = base64UrlEncode(base64UrlDecode(parts[2]).value().left(250));
        QTest::newRow("truncated RSA signature")
            << parts[0] + '.' + parts[1] + '.' + shortened
            << "is 250 bytes long; the key \"rsa-1\" makes signatures of 256 bytes";
    }
    {
        // Signed, then the payload swapped for one with more roles.
        const QByteArray token = rs256(claims);
        const QList<QByteArray> parts = token.split('.');
        const QByteArray forged = part(
            withClaims(claims, {{"groups", QJsonArray{"radiology-attendings", "pacs-admins"}}}));
        QTest::newRow("tampered payload")
            << parts[0] + '.' + forged + '.' + parts[2] << "does not match the key \"rsa-1\"";
    }
    QTest::newRow("expired") << rs256(
                                    withClaims(claims, {{"exp", now - 3600}, {"iat", now - 4000}}))
                             << "expired at 2025-06-15T14:06:40Z UTC, 3600 s ago";
    QTest::newRow("expired just beyond the skew")
        << rs256(withClaims(claims, {{"exp", now - 61}})) << "expired at";
    QTest::newRow("not yet valid (nbf)")
        << rs256(withClaims(claims, {{"nbf", now + 3600}}))
        << "is not valid yet: not before 2025-06-15T16:06:40Z UTC, 3600 s from now";
    QTest::newRow("issued in the future (iat)")
        << rs256(withClaims(claims, {{"iat", now + 3600}})) << "claims to be issued in the future";
    QTest::newRow("wrong issuer")
        << rs256(withClaims(claims, {{"iss", "https://evil.test"}}))
        << "was issued by \"https://evil.test\", not by the configured identity provider";
    QTest::newRow("no issuer") << rs256(withClaims(claims, {}, {"iss"}))
                               << "an unnamed issuer (no \"iss\" claim)";
    QTest::newRow("wrong audience") << rs256(withClaims(claims, {{"aud", "pacs-gateway"}}))
                                    << "meant for another application (audience \"pacs-gateway\")";
    QTest::newRow("several audiences without azp")
        << rs256(withClaims(claims, {{"aud", QJsonArray{kClientId, "pacs-gateway"}}}))
        << "names several audiences (\"custos-desktop\", \"pacs-gateway\") but not which one";
    QTest::newRow("wrong azp") << rs256(withClaims(claims,
                                                   {{"aud", QJsonArray{kClientId, "pacs-gateway"}},
                                                    {"azp", "pacs-gateway"}}))
                               << "issued to another client (azp \"pacs-gateway\")";
    QTest::newRow("wrong nonce") << rs256(
                                        withClaims(claims, {{"nonce", "nonce-of-another-sign-in"}}))
                                 << "was issued for another sign-in (its nonce does not match";
    QTest::newRow("no nonce") << rs256(withClaims(claims, {}, {"nonce"})) << "carries no nonce";
    QTest::newRow("no subject") << rs256(withClaims(claims, {}, {"sub"})) << "names no user";
    QTest::newRow("no expiry") << rs256(withClaims(claims, {}, {"exp"})) << "has no \"exp\" claim";
    QTest::newRow("expiry not a number") << rs256(withClaims(claims, {{"exp", "tomorrow"}}))
                                         << "its \"exp\" claim is not a time in seconds";
    QTest::newRow("amr not a list")
        << rs256(withClaims(claims, {{"amr", "otp"}})) << "\"amr\" claim is not a list";
    QTest::newRow("critical header extension")
        << makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}, {"crit", QJsonArray{"exp"}}}, claims,
                   Signer::RS256, m_rsa.pkey.get())
        << "(\"crit\")";
    {
        const QByteArray token = rs256(claims);
        const QList<QByteArray> parts = token.split('.');
        QTest::newRow("padded header")
            << parts[0] + "==." + parts[1] + '.' + parts[2] << "its header is not valid base64url";
        QByteArray signature = parts[2];
        signature[5] = '+';
        QTest::newRow("standard-alphabet signature")
            << parts[0] + '.' + parts[1] + '.' + signature
            << "its signature is not valid base64url (\"+\" at position 6 is not a base64url "
               "character)";
        QTest::newRow("two parts") << parts[0] + '.' + parts[1] << "it has 2 parts";
        QTest::newRow("encrypted (five parts)") << QByteArray("a.b.c.d.e") << "is encrypted (JWE)";
        QTest::newRow("header not JSON")
            << base64UrlEncode("{alg") + '.' + parts[1] + '.' + parts[2]
            << "its header is not a JSON object";
        QTest::newRow("payload not an object")
            << parts[0] + '.' + base64UrlEncode("[1,2]") + '.' + parts[2]
            << "its payload is not a JSON object";
    }
    QTest::newRow("empty") << QByteArray() << "The ID token is empty";
}

void tst_Oidc::refusesBadTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, expected);
    const Result<IdTokenClaims> claims = validator().validate(token, m_keys, kNonce, kNow);
    QVERIFY2(!claims, "a bad token was accepted");
    QVERIFY2(claims.errorMessage().contains(expected),
             qPrintable(QStringLiteral("message: %1\nexpected to contain: %2")
                            .arg(claims.errorMessage(), expected)));
}

void tst_Oidc::refusesRsaKeysUnder2048Bits()
{
    const TestKey weak = makeRsaKey("rsa-weak", 1024);
    const QByteArray token = makeJwt({{"alg", "RS256"}, {"kid", "rsa-weak"}}, goodClaims(),
                                     Signer::RS256, weak.pkey.get());
    const Result<IdTokenClaims> claims =
        validator().validate(token, keySet({weak.jwk}), kNonce, kNow);
    QVERIFY(!claims);
    QVERIFY2(claims.errorMessage().contains("1024-bit RSA key; Custos requires at least 2048 bits"),
             qPrintable(claims.errorMessage()));
}

void tst_Oidc::refusesEcKeysOffTheCurve()
{
    QJsonObject offCurve = m_ec.jwk;
    QByteArray y = base64UrlDecode(offCurve.value("y").toString().toLatin1()).value();
    y[31] = static_cast<char>(y[31] ^ 1);
    offCurve.insert("y", b64(y));
    const QByteArray token =
        makeJwt({{"alg", "ES256"}, {"kid", "ec-1"}}, goodClaims(), Signer::ES256, m_ec.pkey.get());
    const Result<IdTokenClaims> claims =
        validator().validate(token, keySet({offCurve}), kNonce, kNow);
    QVERIFY(!claims);
    QVERIFY2(claims.errorMessage().contains("not on the P-256 curve"),
             qPrintable(claims.errorMessage()));
}

void tst_Oidc::skipsNonceCheckAfterRefresh()
{
    const QByteArray token =
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, withClaims(goodClaims(), {}, {"nonce"}),
                Signer::RS256, m_rsa.pkey.get());
    QVERIFY(validator().validate(token, m_keys, std::nullopt, kNow));
    QVERIFY(!validator().validate(token, m_keys, kNonce, kNow));
}

// ---------------------------------------------------------------------------

void tst_Oidc::refetchesKeySetOnceForAnUnknownKey()
{
    // The provider publishes rsa-1; later it rolls over to rsa-2.
    JsonWebKeySet published = keySet({m_rsa.jwk});
    KeySetCache cache([&](KeySetCache::FetchDone done) { done(published); });
    const IdTokenValidator check({kIssuer, kClientId, std::chrono::seconds(60)});
    // Tokens made with the real clock: the cache checks against "now".
    QJsonObject claims = goodClaims();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    claims.insert("iat", now);
    claims.insert("exp", now + 300);

    std::optional<Result<IdTokenClaims>> outcome;
    auto record = [&](Result<IdTokenClaims> result) { outcome = std::move(result); };

    cache.validate(
        check,
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims, Signer::RS256, m_rsa.pkey.get()),
        kNonce, record);
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(cache.fetchCount(), 1); // first use: the set had to be fetched

    cache.validate(
        check,
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims, Signer::RS256, m_rsa.pkey.get()),
        kNonce, record);
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(cache.fetchCount(), 1); // known key: no fetch

    published = keySet({m_rsa.jwk, m_rotated.jwk}); // rollover at the provider
    outcome.reset();
    cache.validate(
        check,
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-2"}}, claims, Signer::RS256, m_rotated.pkey.get()),
        kNonce, record);
    QVERIFY2(outcome && outcome->ok(), why(outcome));
    QCOMPARE(outcome->value().keyId, QStringLiteral("rsa-2"));
    QCOMPARE(cache.fetchCount(), 2); // exactly one refetch

    cache.validate(
        check,
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-2"}}, claims, Signer::RS256, m_rotated.pkey.get()),
        kNonce, record);
    QVERIFY(outcome && outcome->ok());
    QCOMPARE(cache.fetchCount(), 2);
}

void tst_Oidc::refusesAnUnknownKeyAfterOneRefetch()
{
    int fetches = 0;
    KeySetCache cache([&](KeySetCache::FetchDone done) {
        ++fetches;
        done(keySet({m_rsa.jwk}));
    });
    const IdTokenValidator check({kIssuer, kClientId, std::chrono::seconds(60)});
    QJsonObject claims = goodClaims();
    claims.insert("iat", QDateTime::currentSecsSinceEpoch());
    claims.insert("exp", QDateTime::currentSecsSinceEpoch() + 300);
    std::optional<Result<IdTokenClaims>> outcome;
    auto record = [&](Result<IdTokenClaims> result) { outcome = std::move(result); };

    cache.validate(
        check,
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims, Signer::RS256, m_rsa.pkey.get()),
        kNonce, record); // warm the cache
    QCOMPARE(fetches, 1);
    // Re-signed by a key the provider never published, under a new kid.
    cache.validate(check,
                   makeJwt({{"alg", "RS256"}, {"kid", "attacker"}}, claims, Signer::RS256,
                           m_rotated.pkey.get()),
                   kNonce, record);
    QCOMPARE(fetches, 2);
    QVERIFY(outcome && !outcome->ok());
    QVERIFY2(outcome->errorMessage().contains(
                 "(kid \"attacker\") that is not in the identity provider's published key set") &&
                 outcome->errorMessage().contains("fetched again"),
             qPrintable(outcome->errorMessage()));

    // A failing fetch is reported, not taken for "no such key".
    KeySetCache broken([](KeySetCache::FetchDone done) {
        done(Error{"The identity provider could not be reached."});
    });
    broken.validate(
        check,
        makeJwt({{"alg", "RS256"}, {"kid", "rsa-1"}}, claims, Signer::RS256, m_rsa.pkey.get()),
        kNonce, record);
    QVERIFY(outcome && !outcome->ok());
    QCOMPARE(outcome->errorMessage(),
             QStringLiteral("The identity provider could not be reached."));
}

// ---------------------------------------------------------------------------

void tst_Oidc::mapsGroupsToCustosRoles()
{
    IdTokenClaims claims;
    claims.subject = "alice";
    claims.issuer = kIssuer;
    claims.all = goodClaims();
    claims.all.insert("groups", QJsonArray{"radiology-attendings", "pacs-admins", "cafeteria"});
    claims.expiresAt = kNow.addSecs(300);
    claims.issuedAt = kNow;
    const Identity identity = identityFromIdToken(claims, testConfig());
    QVERIFY(identity.valid());
    QCOMPARE(identity.method, AuthMethod::OpenIdConnect);
    QCOMPARE(identity.subject, QStringLiteral("alice"));
    QCOMPARE(identity.issuer, kIssuer);
    QCOMPARE(identity.userName, QStringLiteral("alice"));
    QCOMPARE(identity.displayName, QStringLiteral("Alice Archer"));
    QCOMPARE(identity.roles, (QStringList{"administrator", "radiologist"}));
    QCOMPARE(identity.expiresAt, kNow.addSecs(300));
    QCOMPARE(identity.authenticatedAt, kNow);

    claims.all.insert("groups", QJsonArray{"cafeteria"});
    QVERIFY(identityFromIdToken(claims, testConfig()).roles.isEmpty());
}

void tst_Oidc::readsRolesFromNestedOrStringClaims()
{
    IdTokenClaims claims;
    claims.all =
        QJsonObject{{"realm_access", QJsonObject{{"roles", QJsonArray{"ct-technologists"}}}},
                    {"roles", "radiology-attendings, ct-technologists"},
                    {"https://hospital.test/groups", QJsonArray{"pacs-admins"}}};
    QCOMPARE(providerGroups(claims, "realm_access.roles"), (QStringList{"ct-technologists"}));
    QCOMPARE(providerGroups(claims, "roles"),
             (QStringList{"radiology-attendings", "ct-technologists"}));
    QCOMPARE(providerGroups(claims, "https://hospital.test/groups"), (QStringList{"pacs-admins"}));
    QVERIFY(providerGroups(claims, "missing.claim").isEmpty());
    QCOMPARE(mapRoles(providerGroups(claims, "roles"), testConfig().roleMapping),
             (QStringList{"radiologist", "technologist"}));
}

void tst_Oidc::countsAmrOrAcrAsProviderMfa()
{
    OidcConfig config = testConfig();
    config.requiredAcr = "urn:hospital:acr:mfa";
    IdTokenClaims claims;
    claims.subject = "alice";
    claims.all = goodClaims();

    claims.amr = {"pwd", "otp"};
    Identity identity = identityFromIdToken(claims, config);
    QCOMPARE(identity.mfa, MfaMethod::IdentityProvider);
    QCOMPARE(identity.mfaDetail, QStringLiteral("amr: pwd, otp"));

    claims.amr = {"pwd"};
    identity = identityFromIdToken(claims, config);
    QCOMPARE(identity.mfa, MfaMethod::None); // the session steps up with TOTP
    QCOMPARE(identity.mfaDetail, QStringLiteral("amr: pwd"));

    claims.acr = "urn:hospital:acr:mfa";
    identity = identityFromIdToken(claims, config);
    QCOMPARE(identity.mfa, MfaMethod::IdentityProvider);
    QCOMPARE(identity.mfaDetail, QStringLiteral("amr: pwd; acr: urn:hospital:acr:mfa"));

    claims.amr = {"hwk"};
    claims.acr.clear();
    QCOMPARE(identityFromIdToken(claims, config).mfa, MfaMethod::IdentityProvider);
}

// ---------------------------------------------------------------------------

void tst_Oidc::buildsAuthorizationRequestWithPkceStateAndNonce()
{
    OidcConfig config = testConfig();
    config.requiredAcr = "urn:hospital:acr:mfa";
    const Result<PendingAuthorization> pending =
        prepareAuthorization(testMetadata(), config, "http://127.0.0.1:50123/callback");
    QVERIFY(pending);
    const QUrl url = pending.value().url;
    QCOMPARE(url.host(), QStringLiteral("idp.hospital.test"));
    QCOMPARE(url.path(), QStringLiteral("/realms/radiology/protocol/openid-connect/auth"));
    const Result<FormFields> query = formDecode(url.query(QUrl::FullyEncoded).toLatin1());
    QVERIFY(query);
    const FormFields& q = query.value();
    QCOMPARE(formValue(q, "response_type"), QStringLiteral("code"));
    QCOMPARE(formValue(q, "client_id"), kClientId);
    QCOMPARE(formValue(q, "redirect_uri"), QStringLiteral("http://127.0.0.1:50123/callback"));
    QCOMPARE(formValue(q, "scope"), QStringLiteral("openid profile email offline_access"));
    QCOMPARE(formValue(q, "state"), pending.value().state);
    QCOMPARE(formValue(q, "nonce"), pending.value().nonce);
    QCOMPARE(pending.value().state.size(), 43);
    QVERIFY(pending.value().state != pending.value().nonce);
    QCOMPARE(formValue(q, "code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(formValue(q, "code_challenge").toLatin1(),
             pkceS256Challenge(pending.value().codeVerifier));
    QCOMPARE(formValue(q, "prompt"), QStringLiteral("consent")); // offline_access asks for it
    QCOMPARE(formValue(q, "acr_values"), QStringLiteral("urn:hospital:acr:mfa"));
    QVERIFY(!url.toString(QUrl::FullyEncoded)
                 .contains(QString::fromLatin1(pending.value().codeVerifier)));
}

void tst_Oidc::refusesCallbackWithWrongOrMissingState()
{
    const PendingAuthorization pending =
        prepareAuthorization(testMetadata(), testConfig(), "http://127.0.0.1:50123/callback")
            .value();
    const QByteArray iss = "&iss=" + QUrl::toPercentEncoding(kIssuer);

    const Result<AuthorizationResponse> wrong =
        checkAuthorizationResponse("code=abc&state=forged" + iss, pending);
    QVERIFY(!wrong);
    QVERIFY2(
        wrong.errorMessage().contains("does not belong to this sign-in (its state does not match)"),
        qPrintable(wrong.errorMessage()));
    const Result<AuthorizationResponse> missing =
        checkAuthorizationResponse("code=abc" + iss, pending);
    QVERIFY(!missing);
    QVERIFY(missing.errorMessage().contains("its state is missing"));
    // Even a provider error is not believed without the right state.
    QVERIFY(checkAuthorizationResponse("error=access_denied&state=forged" + iss, pending)
                .errorMessage()
                .contains("state does not match"));

    const Result<AuthorizationResponse> good =
        checkAuthorizationResponse("code=abc&state=" + pending.state.toLatin1() + iss, pending);
    QVERIFY2(good, why(good));
    QCOMPARE(good.value().code, QStringLiteral("abc"));
}

void tst_Oidc::refusesCallbackFromAnotherIssuer()
{
    const PendingAuthorization pending =
        prepareAuthorization(testMetadata(), testConfig(), "http://127.0.0.1:50123/callback")
            .value();
    const QByteArray state = "state=" + pending.state.toLatin1();
    const Result<AuthorizationResponse> other =
        checkAuthorizationResponse("code=abc&" + state + "&iss=https%3A%2F%2Fevil.test", pending);
    QVERIFY(!other);
    QVERIFY2(other.errorMessage().contains("comes from \"https://evil.test\""),
             qPrintable(other.errorMessage()));
    // The provider announces RFC 9207: a response without iss is refused.
    QVERIFY(!checkAuthorizationResponse("code=abc&" + state, pending));
}

void tst_Oidc::reportsProviderErrorAtCallback()
{
    const PendingAuthorization pending =
        prepareAuthorization(testMetadata(), testConfig(), "http://127.0.0.1:50123/callback")
            .value();
    const Result<AuthorizationResponse> denied = checkAuthorizationResponse(
        "error=access_denied&error_description=End-User+aborted+interaction&state=" +
            pending.state.toLatin1() + "&iss=" + QUrl::toPercentEncoding(kIssuer),
        pending);
    QVERIFY(!denied);
    QCOMPARE(
        denied.errorMessage(),
        QStringLiteral("The identity provider did not sign you in (access_denied: End-User aborted "
                       "interaction). The sign-in was cancelled or refused at the provider."));
}

void tst_Oidc::refusesDuplicateCallbackParameters()
{
    const PendingAuthorization pending =
        prepareAuthorization(testMetadata(), testConfig(), "http://127.0.0.1:50123/callback")
            .value();
    const Result<AuthorizationResponse> doubled =
        checkAuthorizationResponse("code=abc&code=evil&state=" + pending.state.toLatin1() +
                                       "&iss=" + QUrl::toPercentEncoding(kIssuer),
                                   pending);
    QVERIFY(!doubled);
    QVERIFY(doubled.errorMessage().contains("\"code\" appears more than once"));
}

void tst_Oidc::checksDiscoveryDocument()
{
    const OidcConfig config = testConfig();
    QJsonObject document{{"issuer", kIssuer},
                         {"authorization_endpoint", kIssuer + "/auth"},
                         {"token_endpoint", kIssuer + "/token"},
                         {"jwks_uri", kIssuer + "/certs"},
                         {"response_types_supported", QJsonArray{"code", "id_token"}},
                         {"code_challenge_methods_supported", QJsonArray{"plain", "S256"}},
                         {"authorization_response_iss_parameter_supported", true}};
    auto parse = [&](const QJsonObject& json) {
        return parseProviderMetadata(QJsonDocument(json).toJson(), config);
    };
    const Result<ProviderMetadata> good = parse(document);
    QVERIFY2(good, why(good));
    QCOMPARE(good.value().tokenEndpoint, QUrl(kIssuer + "/token"));
    QVERIFY(good.value().issuesIssInAuthorizationResponse);
    QCOMPARE(discoveryUrl(QUrl(kIssuer + "/")).toString(),
             kIssuer + "/.well-known/openid-configuration");

    QJsonObject other = document;
    other.insert("issuer", "https://evil.test");
    QVERIFY(parse(other).errorMessage().contains("calls itself \"https://evil.test\""));
    other = document;
    other.insert("token_endpoint", "http://idp.hospital.test/token");
    QVERIFY(parse(other).errorMessage().contains(
        "token_endpoint \"http://idp.hospital.test/token\" is not an https URL"));
    other = document;
    other.insert("code_challenge_methods_supported", QJsonArray{"plain"});
    QVERIFY(parse(other).errorMessage().contains("does not support PKCE with S256"));
    other = document;
    other.remove("jwks_uri");
    QVERIFY(parse(other).errorMessage().contains("has no \"jwks_uri\""));
}

void tst_Oidc::explainsTokenEndpointErrors()
{
    const OidcConfig config = testConfig();
    const QByteArray invalidGrant =
        R"({"error":"invalid_grant","error_description":"grant request is invalid"})";
    const Result<TokenResponse> reused =
        parseTokenResponse(400, invalidGrant, GrantKind::AuthorizationCode, config);
    QCOMPARE(
        reused.errorMessage(),
        QStringLiteral(
            "The identity provider refused the authorization code (invalid_grant: grant request "
            "is invalid). The authorization code was already used, has expired, or the PKCE code "
            "verifier does not match it. Sign in again."));
    QVERIFY(parseTokenResponse(400, invalidGrant, GrantKind::RefreshToken, config)
                .errorMessage()
                .contains("The saved sign-in has expired or was revoked"));
    QVERIFY(
        parseTokenResponse(502, "<html>Bad gateway</html>", GrantKind::AuthorizationCode, config)
            .errorMessage()
            .contains("answered HTTP 502"));
    QVERIFY(parseTokenResponse(200, R"({"access_token":"a","token_type":"Bearer"})",
                               GrantKind::AuthorizationCode, config)
                .errorMessage()
                .contains("returned no ID token"));
    const Result<TokenResponse> ok = parseTokenResponse(
        200,
        R"({"access_token":"a","token_type":"Bearer","id_token":"x.y.z","refresh_token":"r","expires_in":600})",
        GrantKind::AuthorizationCode, config);
    QVERIFY(ok);
    QCOMPARE(ok.value().refreshToken, QStringLiteral("r"));
    QCOMPARE(ok.value().expiresIn, 600);
}

void tst_Oidc::refusesUnsafeConfiguration()
{
    OidcConfig config = testConfig();
    QVERIFY(config.validate());
    config.issuer = QUrl("http://idp.hospital.test");
    QVERIFY(config.validate().errorMessage().contains("must use https"));
    config.issuer = QUrl("http://127.0.0.1:8080");
    QVERIFY(config.validate());
    config.redirectHost = "localhost";
    QVERIFY(config.validate().errorMessage().contains("not a loopback IP address"));
    config.redirectHost = "192.168.1.20";
    QVERIFY(!config.validate());
    config = testConfig();
    config.clientId.clear();
    QVERIFY(config.validate().errorMessage().contains("No client ID"));
}

void tst_Oidc::placesTheUrlInTheBrowserCommand()
{
    const QString url = "https://idp.test/auth?a=1&b=2";
    QCOMPARE(BrowserLauncher::commandArguments({"firefox", "--new-window"}, url),
             (QStringList{"--new-window", url}));
    QCOMPARE(BrowserLauncher::commandArguments({"node", "login.mjs", "{url}", "alice"}, url),
             (QStringList{"login.mjs", url, "alice"}));
    QCOMPARE(BrowserLauncher::commandArguments({"browser", "--app={url}"}, url),
             (QStringList{"--app=" + url}));
}

// ---------------------------------------------------------------------------

void tst_Oidc::listenerRefusesWrongStateAndAnswersBrowser()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    QVERIFY(listener.redirectUri().startsWith("http://127.0.0.1:"));
    QVERIFY(listener.port() != 0);
    const PendingAuthorization pending =
        prepareAuthorization(testMetadata(), testConfig(), listener.redirectUri()).value();
    std::optional<Result<AuthorizationResponse>> outcome;
    listener.expect(pending,
                    [&](Result<AuthorizationResponse> result) { outcome = std::move(result); });

    // A browser's side request does not count as the callback.
    const HttpAnswer favicon =
        httpGet(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(listener.port()));
    QCOMPARE(favicon.status, 404);
    QVERIFY(!outcome);

    const HttpAnswer forged = httpGet(listener.redirectUri() + "?code=stolen&state=forged&iss=" +
                                      QString::fromLatin1(QUrl::toPercentEncoding(kIssuer)));
    QCOMPARE(forged.status, 400);
    QVERIFY2(forged.body.contains("Sign-in failed") &&
                 forged.body.contains("does not belong to this sign-in"),
             forged.body.constData());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(!outcome->ok());
    QVERIFY(outcome->errorMessage().contains("state does not match"));
}

void tst_Oidc::listenerAcceptsExactlyOneCallback()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen());
    const PendingAuthorization pending =
        prepareAuthorization(testMetadata(), testConfig(), listener.redirectUri()).value();
    int calls = 0;
    std::optional<Result<AuthorizationResponse>> outcome;
    listener.expect(pending, [&](Result<AuthorizationResponse> result) {
        ++calls;
        outcome = std::move(result);
    });
    const QString callback = listener.redirectUri() + "?code=the-code&state=" + pending.state +
                             "&iss=" + QString::fromLatin1(QUrl::toPercentEncoding(kIssuer));
    const HttpAnswer first = httpGet(callback);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("You can close this window"));
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(outcome->ok());
    QCOMPARE(outcome->value().code, QStringLiteral("the-code"));

    // The listener has stopped: a second delivery finds nobody listening.
    const HttpAnswer second = httpGet(callback);
    QCOMPARE(second.status, 0);
    QCOMPARE(second.error, QNetworkReply::ConnectionRefusedError);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(tst_Oidc)
#include "tst_oidc.moc"
