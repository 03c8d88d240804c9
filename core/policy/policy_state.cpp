// SPDX-License-Identifier: Apache-2.0
#include "core/policy/policy_state.h"

#include <QDir>

namespace custos::policy {

QString policyStateFolder(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("policy")); }

Result<PolicyState> openPolicyState(std::shared_ptr<const Policy> policy, std::shared_ptr<crypto::KeyManager> keys,
                                    const QString& dataDir, AuditSink audit, Clock clock)
{
    PolicyState state;
    state.policy = std::move(policy);
    const QString folder = keys ? policyStateFolder(dataDir) : QString();
    auto training = TrainingRecords::open(keys, folder);
    if (!training)
        return training.error();
    state.training = std::move(training).value();
    auto breakGlass = BreakGlassRegistry::open({state.policy, std::move(audit), std::move(clock), state.training.get(), keys, folder});
    if (!breakGlass)
        return breakGlass.error();
    state.breakGlass = std::move(breakGlass).value();
    return state;
}

} // namespace custos::policy
