// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli keys rotate [--data]
int runKeys(const QStringList& args, const GlobalOptions& global);
// custos-cli cache stats|verify|purge [--json]
int runCache(const QStringList& args, const GlobalOptions& global);
// custos-cli audit verify | show [--since T] [--json] | export --format atna-xml [--output FILE]
int runAudit(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
