#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli login --local USER [--password-stdin] [--otp CODE]
// custos-cli login --issuer URL --client-id ID [--browser-command CMD] [--scope S]... [--role-map GROUP=ROLE]...
int runLogin(const QStringList& args, const GlobalOptions& global);
// custos-cli whoami [--json]
int runWhoami(const QStringList& args, const GlobalOptions& global);
// custos-cli logout
int runLogout(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
