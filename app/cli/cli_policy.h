// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli policy show [--json]     the policy in force and where it came from
// custos-cli policy validate FILE     check a draft before IT deploys it
// custos-cli policy example           print the example site policy to start from
int runPolicy(const QStringList& args, const GlobalOptions& global);

// custos-cli training list                       modules, and whether the signed-in person is current
// custos-cli training show MODULE                the questions (the text to read is in the viewer)
// custos-cli training take MODULE --answers 2,3,1  acknowledge (1-based answers, audited)
int runTraining(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
