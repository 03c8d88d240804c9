// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli info PATH... [--stats] [--json]
int runInfo(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
