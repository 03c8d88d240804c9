// SPDX-License-Identifier: Apache-2.0
#include "core/auth/oidc_identity.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace custos::auth {

QStringList providerGroups(const IdTokenClaims& claims, const QString& rolesClaim)
{
    if (rolesClaim.isEmpty()) return {};
    // Try the name as a whole first: some providers use claim names that
    // contain dots (URIs such as "https://example.org/roles").
    QJsonValue value = claims.all.value(rolesClaim);
    if (value.isUndefined() && rolesClaim.contains(QLatin1Char('.'))) {
        value = QJsonValue(claims.all);
        for (const QString& step : rolesClaim.split(QLatin1Char('.'))) {
            value = value.isObject() ? value.toObject().value(step) : QJsonValue();
        }
    }
    QStringList groups;
    if (value.isArray()) {
        for (const QJsonValue& entry : value.toArray()) {
            if (entry.isString()) groups << entry.toString();
        }
    } else if (value.isString()) {
        static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
        groups = value.toString().split(separators, Qt::SkipEmptyParts);
    }
    return groups;
}

QStringList mapRoles(const QStringList& groups, const QMap<QString, QStringList>& mapping)
{
    QStringList roles;
    for (const QString& group : groups)
        roles << mapping.value(group);
    roles.sort();
    roles.removeDuplicates();
    return roles;
}

Identity identityFromIdToken(const IdTokenClaims& claims, const OidcConfig& config)
{
    const auto text = [&](const char* name) {
        return claims.all.value(QLatin1String(name)).toString();
    };
    Identity identity;
    identity.subject = claims.subject;
    identity.issuer = claims.issuer;
    identity.method = AuthMethod::OpenIdConnect;
    identity.userName = text("preferred_username");
    if (identity.userName.isEmpty()) identity.userName = text("email");
    if (identity.userName.isEmpty()) identity.userName = claims.subject;
    identity.displayName = text("name");
    if (identity.displayName.isEmpty())
        identity.displayName =
            QStringList{text("given_name"), text("family_name")}.join(QLatin1Char(' ')).trimmed();
    if (identity.displayName.isEmpty()) identity.displayName = identity.userName;
    identity.roles = mapRoles(providerGroups(claims, config.rolesClaim), config.roleMapping);

    QStringList mfaMethods;
    for (const QString& method : claims.amr) {
        if (config.mfaAmrValues.contains(method)) mfaMethods << method;
    }
    const bool acrIsMfa = !config.requiredAcr.isEmpty() && claims.acr == config.requiredAcr;
    if (!mfaMethods.isEmpty() || acrIsMfa) identity.mfa = MfaMethod::IdentityProvider;
    QStringList detail;
    if (!claims.amr.isEmpty())
        detail << QStringLiteral("amr: %1").arg(claims.amr.join(QStringLiteral(", ")));
    if (!claims.acr.isEmpty()) detail << QStringLiteral("acr: %1").arg(claims.acr);
    identity.mfaDetail = detail.join(QStringLiteral("; "));

    identity.authenticatedAt = claims.authTime.isValid() ? claims.authTime : claims.issuedAt;
    identity.expiresAt = claims.expiresAt;
    return identity;
}

} // namespace custos::auth
