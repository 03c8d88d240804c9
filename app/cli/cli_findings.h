// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli findings PATH... [--json]: the AI results in files or folders
// (SEG, parametric maps, SR, presentation states, Custos JSON), without
// patient names or IDs.
int runFindings(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
