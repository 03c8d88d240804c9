// SPDX-License-Identifier: Apache-2.0
#pragma once
// Everything the Guard needs besides the session, opened once per data
// folder the same way by the viewer and the command line: the policy in
// force, the training acknowledgements and the break-glass grants (both in
// "<data>/policy", sealed).

#include "core/common/result.h"
#include "core/policy/break_glass.h"
#include "core/policy/training.h"

#include <memory>

namespace custos::policy {

struct PolicyState
{
    std::shared_ptr<const Policy> policy;
    std::unique_ptr<TrainingRecords> training;
    std::unique_ptr<BreakGlassRegistry> breakGlass;
    std::shared_ptr<void> keepAlive = {}; // what the site-mode remotes of both point into
};

QString policyStateFolder(const QString& dataDir);

// `keys` null: training and grants in memory only (no keychain).
Result<PolicyState> openPolicyState(std::shared_ptr<const Policy> policy, std::shared_ptr<crypto::KeyManager> keys,
                                    const QString& dataDir, AuditSink audit, Clock clock = {});

} // namespace custos::policy
