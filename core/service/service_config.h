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
// Without that file: account "_custos", socket kDefaultSocket (/run/custos/custosd.sock;
// on macOS /Library/Application Support/Custos/run/custosd.sock).
// Tests run custosd as their own service user by writing that file inside
// a private mount namespace, as IT would on a real machine; the person
// being controlled can neither write it nor choose another file.

#include "core/common/result.h"

#include <QString>

namespace custos::policy {
struct Policy;
}

namespace custos::service {

#if defined(Q_OS_MACOS)
// macOS empties /var/run at boot and launchd makes no folders for a daemon:
// the socket folder is a persistent one beside the state, _custos's, 0755
// (installer/macos/install-service.sh, com.custos.custosd.plist).
inline constexpr char kDefaultSocket[] = "/Library/Application Support/Custos/run/custosd.sock";
#else
inline constexpr char kDefaultSocket[] = "/run/custos/custosd.sock";
#endif
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

// The undelivered backlog (records, seconds) above which custosd refuses
// new PHI actions until delivery to the collector catches up; 0: no ceiling
// of that kind. It comes from the site policy alone
// (auditCollector.backlogCeiling, schema v2), beside the collector it is
// about, so IT sets both in one place and the policy's deployment carries
// it (POLICYFILE for the MSI, the profile or install-policy.sh on macOS,
// configuration management on Linux). A
// service.json that still names maxBacklogRecords or maxBacklogHours (the
// place before the schema had it) is an error saying where the setting
// went: a ceiling IT believes in is never silently dropped.
struct BacklogCeiling
{
    qint64 records = 0;
    qint64 seconds = 0;
};
Result<BacklogCeiling> backlogCeiling(const policy::Policy& policy);

// The sentence shown when the service cannot be reached in site mode.
QString serviceDownMessage(const QString& detail);

} // namespace custos::service
