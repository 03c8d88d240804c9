#pragma once

#include "app/cli/cli_common.h"

namespace custos::cli {

// custos-cli users add NAME --role ROLE [--role ...] [--display-name X] [--password-stdin]
//                          [--digits 6|8] [--algorithm sha1|sha256]
//                | remove NAME | reset-mfa NAME | list [--json]
// Local accounts (Argon2id password + TOTP). Needs the keychain; every change is audited.
int runUsers(const QStringList& args, const GlobalOptions& global);

} // namespace custos::cli
