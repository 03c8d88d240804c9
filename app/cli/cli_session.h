// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"
#include "core/auth/identity.h"
#include "core/common/result.h"

#include <optional>

namespace custos::app {
class Services;
}

namespace custos::cli {

// custos-cli login --local USER [--password-stdin] [--otp CODE]
// custos-cli login --issuer URL --client-id ID [--browser-command CMD] [--scope S]... [--role-map GROUP=ROLE]...
int runLogin(const QStringList& args, const GlobalOptions& global);
// custos-cli whoami [--json]
int runWhoami(const QStringList& args, const GlobalOptions& global);
// custos-cli logout
int runLogout(const QStringList& args, const GlobalOptions& global);

// The identity of the saved sign-in (nullopt: not signed in), for commands
// that ask the Guard. Expiry is the caller's (the Guard's) to judge.
Result<std::optional<auth::Identity>> savedSignIn(const app::Services& services);

} // namespace custos::cli
