#pragma once

#include <QString>
#include <QStringList>

namespace custos::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, PartialFailure = 1, UsageError = 2 };

void printOut(const QString& text);
void printErr(const QString& text);

struct GlobalOptions
{
    QString dataDir; // resolved: --data-dir > CUSTOS_DATA_DIR > platform default
};

} // namespace custos::cli
