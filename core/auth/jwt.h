// SPDX-License-Identifier: Apache-2.0
#pragma once
// JSON Web Signatures in compact form (RFC 7515) and JSON Web Keys (RFC 7517),
// exactly as much as checking an OpenID Connect ID token needs: strict
// base64url, public RSA and EC P-256 keys, and RS256 / PS256 / ES256
// signatures verified with OpenSSL. Nothing here decides whether a token is
// acceptable as a sign-in: that is IdTokenValidator (oidc_id_token.h).

#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace custos::auth {

// RFC 4648 §5 without padding, strictly: only A-Z a-z 0-9 - _, no '=', no
// whitespace, no impossible length, and no set bits left over in the last
// character, so every byte string has exactly one accepted encoding.
Result<QByteArray> base64UrlDecode(QByteArrayView text);
QByteArray base64UrlEncode(QByteArrayView data);

// The only signature algorithms Custos accepts for ID tokens.
enum class JwsAlgorithm { RS256, PS256, ES256 };

// nullopt for anything else ("none", "HS256", "RS512", ...).
std::optional<JwsAlgorithm> jwsAlgorithmFromName(const QString& name);
QString jwsAlgorithmName(JwsAlgorithm algorithm);

// A compact JWS taken apart; the signature is not checked yet.
struct CompactJws
{
    QJsonObject header;
    QJsonObject payload;
    QString algorithm;       // the header's "alg", as written
    QString keyId;           // the header's "kid"; empty when absent
    QByteArray signingInput; // ASCII(BASE64URL(header) '.' BASE64URL(payload))
    QByteArray signature;
};

// Checks the form only: three base64url parts, a JSON object header with a
// string "alg" and a JSON object payload. `what` names the token in the
// messages ("The ID token ...").
Result<CompactJws> parseCompactJws(QByteArrayView token, const QString& what);

// One public key from a provider's key set (JWKS). Keys Custos cannot use
// (other types or curves, encryption keys, malformed members) are kept with
// `unusableBecause` set, so a message can say why a token naming them fails.
struct JsonWebKey
{
    QString kty; // "RSA", "EC", or whatever the provider published
    QString kid;
    QString use;     // "sig", "enc" or empty
    QString alg;     // empty when the key does not restrict its algorithm
    QString crv;     // EC only
    QByteArray n, e; // RSA modulus and exponent, big-endian
    QByteArray x, y; // EC P-256 coordinates, 32 bytes each
    QString unusableBecause;

    bool usable() const { return unusableBecause.isEmpty(); }
};

class JsonWebKeySet
{
public:
    // Parses {"keys": [...]} as served at the provider's jwks_uri.
    static Result<JsonWebKeySet> fromJson(const QByteArray& json);

    const QList<JsonWebKey>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    bool containsKeyId(const QString& kid) const;
    QStringList keyIds() const;

private:
    QList<JsonWebKey> m_keys;
};

// Verifies the signature of `jws` as `algorithm` with `key`. The error says
// why: a key of the wrong type or for another algorithm, an RSA key under
// 2048 bits, an EC point off the curve, a signature of the wrong length, or
// a signature that does not match.
Result<void> verifyJwsSignature(const CompactJws& jws, JwsAlgorithm algorithm,
                                const JsonWebKey& key);

} // namespace custos::auth
