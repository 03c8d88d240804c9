// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli compliance report --out DIR [--since D] [--until D] [--format html,pdf,json] [--identified]
// custos-cli compliance monitor   (records due drift alarms; for a scheduled job)
int runCompliance(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
