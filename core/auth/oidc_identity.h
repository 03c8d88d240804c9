// SPDX-License-Identifier: Apache-2.0
#pragma once
// From a validated ID token to the Custos identity: who (sub, names), which
// Custos roles (the site's mapping of the provider's groups), and whether the
// provider already did multi-factor authentication (amr / acr).

#include "core/auth/identity.h"
#include "core/auth/oidc_config.h"
#include "core/auth/oidc_id_token.h"

#include <QStringList>

namespace custos::auth {

// The provider's groups/roles from the configured claim (a list, or one
// string separated by spaces or commas; a dotted name reaches into objects).
QStringList providerGroups(const IdTokenClaims& claims, const QString& rolesClaim);

// Custos roles for those groups through the site's mapping, sorted, each once.
QStringList mapRoles(const QStringList& providerGroups, const QMap<QString, QStringList>& mapping);

// The identity a validated token proves. Roles may come out empty (no group
// is mapped): the policy then grants nothing, and the caller can tell the
// person which groups they have.
Identity identityFromIdToken(const IdTokenClaims& claims, const OidcConfig& config);

} // namespace custos::auth
