// SPDX-License-Identifier: Apache-2.0
// JWT/JWKS: the input is a compact JWS, a newline, and a JWK set; every key
// of the set is tried on the token with every algorithm Custos accepts.

#include "core/auth/jwt.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype split = input.indexOf('\n');
    const QByteArray token = split < 0 ? input : input.left(split);
    const QByteArray jwks = split < 0 ? QByteArray() : input.mid(split + 1);
    (void)auth::base64UrlDecode(token);
    auto jws = auth::parseCompactJws(token, QStringLiteral("ID token"));
    auto set = auth::JsonWebKeySet::fromJson(jwks);
    if (!jws || !set)
        return 0;
    for (const auth::JsonWebKey& key : set.value().keys())
        for (const char* name : {"RS256", "RS384", "RS512", "PS256", "ES256"})
            if (auto alg = auth::jwsAlgorithmFromName(QString::fromLatin1(name)))
                (void)auth::verifyJwsSignature(jws.value(), *alg, key);
    return 0;
}
