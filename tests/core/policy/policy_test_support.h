// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared pieces of the policy tests: people with roles, a clock the test
// moves, an audit sink that keeps every event.

#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace custos::policytest {

inline auth::Identity person(const QString& name, const QStringList& roles, const QDateTime& now,
                             auth::MfaMethod mfa = auth::MfaMethod::Totp)
{
    auth::Identity id;
    id.subject = QStringLiteral("local:") + name;
    id.userName = name;
    id.displayName = name;
    id.issuer = QStringLiteral("local");
    id.roles = roles;
    id.method = auth::AuthMethod::LocalAccount;
    id.mfa = mfa;
    id.authenticatedAt = now;
    id.expiresAt = now.addSecs(8 * 3600);
    return id;
}

inline std::shared_ptr<const policy::Policy> examplePolicy()
{
    auto p = policy::parsePolicy(policy::exampleSitePolicyJson(), QStringLiteral("example-site-policy.json"));
    Q_ASSERT(p.ok());
    return std::make_shared<const policy::Policy>(std::move(p).value());
}

inline policy::Subject study(const QString& uid = QStringLiteral("1.2.826.0.1.3680043.10.1.1"))
{
    policy::Subject s;
    s.patientId = QStringLiteral("PAT-0042");
    s.patientName = QStringLiteral("DOE^JANE");
    s.studyUid = uid;
    s.description = QStringLiteral("12 files");
    return s;
}

} // namespace custos::policytest
