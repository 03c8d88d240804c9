// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_common.h"

#include "app/common/services.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace custos::cli {

QString readLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

bool stdinIsTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDIN_FILENO);
#else
    return false;
#endif
}

QString askHidden(const QString& prompt)
{
#if defined(Q_OS_UNIX)
    if (!::isatty(STDIN_FILENO))
        return {};
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= tcflag_t(~ECHO);
    // Echo off (and what was typed ahead dropped) before the prompt, as getpass does:
    // what is typed after the prompt is never flushed away.
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    printErr(prompt);
    const QString text = readLine();
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    printErr(QStringLiteral("\n"));
    return text;
#else
    Q_UNUSED(prompt)
    return {};
#endif
}

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
