// SPDX-License-Identifier: Apache-2.0
#pragma once
// A signed-in person for tests that ask the Guard directly: a local account
// with a second factor, signed in now for an hour.

#include "core/auth/identity.h"

#include <QDateTime>
#include <QString>

namespace custos::testsupport {

inline auth::Identity person(const QString& name, const QString& role)
{
    auth::Identity id;
    id.subject = QStringLiteral("local:") + name;
    id.userName = name;
    id.displayName = name;
    id.issuer = QStringLiteral("local");
    id.roles = {role};
    id.method = auth::AuthMethod::LocalAccount;
    id.mfa = auth::MfaMethod::Totp;
    id.authenticatedAt = QDateTime::currentDateTimeUtc();
    id.expiresAt = id.authenticatedAt.addSecs(3600);
    return id;
}

// A person named after their role.
inline auth::Identity person(const QString& role) { return person(role, role); }

} // namespace custos::testsupport
