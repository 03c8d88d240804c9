// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include <memory>

class QCommandLineParser;

namespace custos::app {
class Services;
}

namespace custos::cli {

// Exit codes shared by every command (and by the viewer for the same events):
// Refused: the Guard (or site mode, or no usable site policy) said no; the
// reason is printed, it is in the audit trail, and nothing was written.
// SignInFailed: the credentials were not accepted.
// TrailInUse: the audit trail is open in a running viewer, its one writer.
enum ExitCode { Success = 0, PartialFailure = 1, UsageError = 2, Refused = 3, SignInFailed = 4, TrailInUse = 5 };

void printOut(const QString& text);
void printErr(const QString& text);

// Parses a command's arguments (adding --help). Returns the exit code when the
// command is already finished — the usage error printed (UsageError) or the
// help printed (Success) — and nullopt when the command should run.
std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& args);

// One line from standard input, without its line end (the copy read is overwritten).
QString readLine();
// Asks on the terminal without echo. Empty when standard input is no terminal.
QString askHidden(const QString& prompt);
bool stdinIsTerminal();

struct GlobalOptions
{
    QString dataDir; // resolved: --data-dir > CUSTOS_DATA_DIR > platform default (site mode: the default only)
};

// The keychain, audit trail (and cache) of the data directory. Without a
// keychain, says why on stderr; callers check keys() before writing PHI.
std::shared_ptr<app::Services> openServices(const GlobalOptions& global, bool withCache);

} // namespace custos::cli
