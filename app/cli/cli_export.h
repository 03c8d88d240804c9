#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// Exit code of a refusal by the Guard (or of no usable site policy): the
// reason is printed and nothing is written.
inline constexpr int Refused = 3;

// custos-cli export --format dicom|deid|png PATH... --out DIR [--purpose TEXT]
int runExport(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
