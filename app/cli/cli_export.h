// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli export --format dicom|deid|png PATH... --out DIR [--purpose TEXT]
int runExport(const QStringList& args, const GlobalOptions& global);

// custos-cli project destroy-key NAME --confirm NAME: destroys a research
// project's pseudonymisation key (personal mode: in the keychain), audited.
int runProject(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
