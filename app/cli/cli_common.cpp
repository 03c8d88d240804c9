// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_common.h"

#include "app/common/services.h"

#include <QCommandLineParser>

#include <cstdio>

namespace custos::cli {

void printOut(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

std::shared_ptr<app::Services> openServices(const GlobalOptions& global, bool withCache)
{
    auto services = app::Services::open({global.dataDir, withCache, QStringLiteral("custos-cli")});
    if (!services->protectedStorage())
        printErr(services->problem() + QLatin1Char('\n'));
    return services;
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& args)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("custos-cli ") + command} + args)) {
        printErr(parser.errorText() + QLatin1Char('\n'));
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    return std::nullopt;
}

} // namespace custos::cli
