// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where custosd is and whom it must run as, and whether this machine is in
// site mode at all.
//
// Site mode: a site policy is installed machine-wide (policy::systemPolicyPath(),
// e.g. /etc/custos/policy.json). CUSTOS_POLICY_FILE alone does not make site
// mode: a person's environment must not decide whether their actions reach
// the service.
//
// The endpoint comes only from what root controls: "service.json" beside
// the site policy (same protection check as the policy: root-owned, written
// by no one else), e.g. {"account": "_custos", "socket": "/run/custos/custosd.sock"}.
// Without that file: account "_custos", socket /run/custos/custosd.sock.
// Tests run custosd as their own service user by writing that file inside
// a private mount namespace, as IT would on a real machine; the person
// being controlled can neither write it nor choose another file.

#include "core/common/result.h"

#include <QString>

namespace custos::service {

inline constexpr char kDefaultSocket[] = "/run/custos/custosd.sock";
inline constexpr char kDefaultAccount[] = "_custos";

bool siteMode();
QString serviceConfigPath(); // beside the site policy

struct Endpoint
{
    QString socketPath = QString::fromLatin1(kDefaultSocket);
    QString account = QString::fromLatin1(kDefaultAccount);
    quint32 uid = 0; // the account's uid
};

// The endpoint for site mode (service.json, checked, or the defaults).
Result<Endpoint> siteEndpoint();

// What custosd itself reads from service.json: the undelivered backlog
// (records, hours) above which new PHI actions are refused; 0: no ceiling.
// (Kept beside the policy until the policy schema's auditCollector has it.)
struct ServiceSettings
{
    qint64 maxBacklogRecords = 0;
    qint64 maxBacklogSeconds = 0;
};
Result<ServiceSettings> serviceSettings();

// The sentence shown when the service cannot be reached in site mode.
QString serviceDownMessage(const QString& detail);

} // namespace custos::service
