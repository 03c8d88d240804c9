// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli pacs echo|find|get|send: a PACS of the site policy, through the Guard.
int runPacs(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
