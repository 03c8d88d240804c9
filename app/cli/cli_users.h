// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"
#include "core/auth/local_accounts.h"

#include <optional>

namespace custos::cli {

// custos-cli users add NAME --role ROLE [--role ...] [--display-name X] [--password-stdin]
//                          [--digits 6|8] [--algorithm sha1|sha256]
//                | remove NAME | reset-mfa NAME | list [--json] | issue-enrolment PROVIDER-USER
// Local accounts (Argon2id password + TOTP). Needs the keychain; every change is audited.
int runUsers(const QStringList& args, const GlobalOptions& global);

// The QR code, secret and recovery codes of a new second factor.
void printEnrollment(const auth::Enrollment& e);

// A secret from standard input (one line) or typed at the terminal without echo.
std::optional<QString> readSecret(const QString& prompt, bool fromStdin);

} // namespace custos::cli
