// SPDX-License-Identifier: Apache-2.0
// OIDC: the discovery document, token responses (success and error, both
// grants) and form decoding, as answers from a provider that lies.

#include "core/auth/oidc_config.h"
#include "core/auth/oidc_protocol.h"
#include "fuzz_support.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = fuzz::bytes(data, size);
    auth::OidcConfig config;
    config.issuer = QUrl(QStringLiteral("https://idp.example.org/realms/rad"));
    config.clientId = QStringLiteral("custos");
    (void)auth::parseProviderMetadata(body, config);
    for (int status : {200, 400, 401})
        for (auto grant : {auth::GrantKind::AuthorizationCode, auth::GrantKind::RefreshToken})
            (void)auth::parseTokenResponse(status, body, grant, config);
    (void)auth::formDecode(body);
    return 0;
}
