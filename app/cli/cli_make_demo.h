// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli make-demo DIR [--slices N] [--size N]
int runMakeDemo(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
