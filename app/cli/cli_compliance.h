// SPDX-License-Identifier: Apache-2.0
#pragma once
// custos-cli's compliance commands. In site mode they ask custosd, whose
// records are machine-wide and whose Guard decides every read; personal
// mode keeps the data folder's records.

#include "app/cli/cli_common.h"
#include "core/audit/audit_log.h"
#include "core/common/result.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace custos::cli {

// custos-cli break-glass start --study UID --category C --reason TEXT [--action A]... [--password-stdin] [--otp CODE]
//                                 emergency access to one study (site mode: the fresh sign-in is checked by custosd)
// custos-cli break-glass status [--json]         your own grants
// custos-cli break-glass end GRANT               end your grant early
// custos-cli break-glass queue [--json]          grants awaiting review (ReviewBreakGlass)
// custos-cli break-glass review GRANT --verdict justified|not-justified|follow-up --note TEXT
int runBreakGlass(const QStringList& args, const GlobalOptions& global);

// custos-cli training roster [--json]: every acknowledgement on this
// workstation (site mode; ViewAuditTrail, decided and recorded by custosd).
int runTrainingRoster(const QStringList& args, const GlobalOptions& global);

// audit show in site mode: the service's trail, through custosd's Guard
// (ViewAuditTrail; the read is recorded as Audit Log Used).
int runSiteAuditShow(const GlobalOptions& global, const QDateTime& since, bool json);
// The machine-wide trail, page by page, as custosd answers the signed-in
// person's audit query (its Guard decides, ViewAuditTrail, and records the read).
Result<std::vector<audit::Record>> readSiteTrail(const std::shared_ptr<app::Services>& services, const QDateTime& since = {});

} // namespace custos::cli
