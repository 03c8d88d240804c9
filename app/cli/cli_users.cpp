// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_users.h"

#include "app/cli/cli_guard.h"

#include "app/common/services.h"
#include "core/auth/local_accounts.h"
#include "core/crypto/aead.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#endif

namespace custos::cli {

namespace {

QString t(const char* s)
{
    return QCoreApplication::translate("cli", s);
}

const QString kUsage =
    QStringLiteral("Usage: custos-cli users add NAME --role ROLE [--role ROLE...] [--display-name "
                   "TEXT] [--password-stdin]\n"
                   "                            [--digits 6|8] [--algorithm sha1|sha256]\n"
                   "       custos-cli users remove NAME\n"
                   "       custos-cli users reset-mfa NAME\n"
                   "       custos-cli users list [--json]\n");

// One line from standard input, without its line end. The std::string is
// overwritten before it is released.
QString readLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

// Asks on the terminal without echo. Empty when standard input is no terminal.
QString askHidden(const QString& prompt)
{
#if defined(Q_OS_UNIX)
    if (!::isatty(STDIN_FILENO)) return {};
    printErr(prompt);
    termios old{};
    ::tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= tcflag_t(~ECHO);
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const QString text = readLine();
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    printErr(QStringLiteral("\n"));
    return text;
#else
    Q_UNUSED(prompt)
    return {};
#endif
}

// The new account's password: from standard input (one line) or asked twice.
std::optional<QString> newPassword(bool fromStdin)
{
    if (fromStdin) return readLine();
    const QString first = askHidden(t("Password for the new account: "));
    if (first.isEmpty()) {
        printErr(t("No password: type it at the terminal or pass --password-stdin and write it to "
                   "standard input.\n"));
        return std::nullopt;
    }
    if (askHidden(t("The same password again: ")) != first) {
        printErr(t("The two passwords differ; nothing was changed.\n"));
        return std::nullopt;
    }
    return first;
}

void printEnrollment(const auth::Enrollment& e)
{
    QString out = t("Second factor for %1: scan this QR code with an authenticator app, or enter "
                    "the URI below.\n\n")
                      .arg(e.userName);
    out += auth::qrToText(e.qr, 2);
    out += QLatin1Char('\n') + e.otpauthUri + QStringLiteral("\n\n");
    out += t("TOTP: %1, %2 digits, every %3 seconds.\n")
               .arg(auth::totp::algorithmName(e.parameters.algorithm))
               .arg(e.parameters.digits)
               .arg(e.parameters.period);
    out +=
        t("Recovery codes (each works once; they are shown only now, keep them somewhere safe):\n");
    for (const QString& code : e.recoveryCodes)
        out += QStringLiteral("  ") + code + QLatin1Char('\n');
    printOut(out);
}

int listUsers(auth::LocalAccountStore& store, bool json)
{
    auto users = store.listUsers();
    if (!users) {
        printErr(users.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    if (json) {
        QJsonArray array;
        for (const auto& u : users.value())
            array.append(QJsonObject{
                {QStringLiteral("name"), u.name},
                {QStringLiteral("displayName"), u.displayName},
                {QStringLiteral("roles"), QJsonArray::fromStringList(u.roles)},
                {QStringLiteral("mfaEnrolled"), u.mfaEnrolled},
                {QStringLiteral("totpAlgorithm"), auth::totp::algorithmName(u.totp.algorithm)},
                {QStringLiteral("totpDigits"), u.totp.digits},
                {QStringLiteral("recoveryCodesLeft"), u.recoveryCodesLeft},
                {QStringLiteral("failedAttempts"), u.failedAttempts},
                {QStringLiteral("locked"), u.lockedForSeconds > 0},
                {QStringLiteral("lockedForSeconds"), double(u.lockedForSeconds)},
                {QStringLiteral("created"), u.created.toString(Qt::ISODate)},
                {QStringLiteral("modified"), u.modified.toString(Qt::ISODate)},
                {QStringLiteral("lastSignIn"),
                 u.lastSignIn.isValid() ? u.lastSignIn.toString(Qt::ISODate) : QString()}});
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("users"), array}}).toJson()));
        return Success;
    }
    if (users.value().empty()) {
        printOut(t("No local accounts.\n"));
        return Success;
    }
    QString out;
    for (const auto& u : users.value()) {
        const QString mfa = u.mfaEnrolled ? t("TOTP %1/%2, %3 recovery codes")
                                                .arg(auth::totp::algorithmName(u.totp.algorithm))
                                                .arg(u.totp.digits)
                                                .arg(u.recoveryCodesLeft)
                                          : t("no second factor");
        const QString status =
            u.lockedForSeconds > 0 ? t("locked for %1 s").arg(u.lockedForSeconds) : t("active");
        // Concatenated: a display name may contain "%1", which chained arg() calls would replace.
        out += u.name.leftJustified(16) + QStringLiteral("  ") + u.displayName.leftJustified(24) +
               QStringLiteral("  ") + u.roles.join(QLatin1Char(',')).leftJustified(28) +
               QStringLiteral("  ") + mfa + QStringLiteral("  ") + status + QLatin1Char('\n');
    }
    printOut(out);
    return Success;
}

} // namespace

std::optional<QString> readSecret(const QString& prompt, bool fromStdin)
{
    const QString text = fromStdin ? readLine() : askHidden(prompt);
    return text;
}

int runUsers(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("command"), t("add, remove, reset-mfa or list"));
    parser.addPositionalArgument(QStringLiteral("name"), t("The account name"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  t("A role of the new account (repeat for several): %1.")
                                      .arg(auth::defaultRoles().join(QStringLiteral(", "))),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
                                         t("The name shown for the account."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        t("Read the password from the first line of standard input."));
    const QCommandLineOption digits(QStringLiteral("digits"),
                                    t("Digits of the one-time codes: 6 (default) or 8."),
                                    QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption algorithm(QStringLiteral("algorithm"),
                                       t("TOTP hash: sha1 (default, read by every app) or sha256."),
                                       QStringLiteral("ALG"), QStringLiteral("sha1"));
    const QCommandLineOption json(QStringLiteral("json"), t("Print JSON (list)."));
    parser.addOptions({role, displayName, passwordStdin, digits, algorithm, json});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("custos-cli users")} + args)) {
        printErr(parser.errorText() + QLatin1Char('\n') + kUsage);
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Our own usage lines instead of the parser's generic first line.
        printOut(kUsage + QLatin1Char('\n') + parser.helpText().section(QLatin1Char('\n'), 1));
        return Success;
    }
    const QStringList pos = parser.positionalArguments();
    const QString command = pos.value(0);
    const bool needsName = command == QLatin1String("add") || command == QLatin1String("remove") ||
                           command == QLatin1String("reset-mfa");
    if (!(needsName && pos.size() == 2) && !(command == QLatin1String("list") && pos.size() == 1)) {
        printErr(kUsage);
        return UsageError;
    }
    auth::totp::Parameters parameters;
    if (command == QLatin1String("add")) {
        const auto alg = auth::totp::algorithmFromName(parser.value(algorithm));
        parameters.digits = parser.value(digits).toInt();
        if (!alg || *alg == auth::totp::Algorithm::Sha512 ||
            (parameters.digits != 6 && parameters.digits != 8)) {
            printErr(t("--algorithm is sha1 or sha256 and --digits is 6 or 8.\n"));
            return UsageError;
        }
        parameters.algorithm = *alg;
        const QStringList roles = parser.values(role);
        const auto unknown = std::find_if(roles.begin(), roles.end(), [](const QString& r) {
            return !auth::defaultRoles().contains(r);
        });
        if (roles.isEmpty() || unknown != roles.end()) {
            const QString known = auth::defaultRoles().join(QStringLiteral(", "));
            printErr(roles.isEmpty()
                         ? t("A new account needs at least one --role: %1.\n").arg(known)
                         : t("Unknown role \"%1\"; the roles are: %2.\n").arg(*unknown, known));
            return UsageError;
        }
    }

    // Roles and secrets live behind the keychain's keys: without it, nothing.
    auto services = openServices(global, false);
    if (!services->keys())
        return PartialFailure;
    auth::LocalAccountOptions options;
    options.administrator = services->user();
    options.audit = [services](const audit::Event& event) { services->record(event); };
    auto opened = auth::LocalAccountStore::open(
        auth::LocalAccountStore::defaultFolder(global.dataDir), services->keys(), options);
    if (!opened) {
        printErr(opened.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    auth::LocalAccountStore& store = *opened.value();
    const QString name = pos.value(1);

    // Accounts are administration: a session whose role may ManageUsers.
    // The one exception is the first administrator of a new store: until an
    // account with ManageUsers exists, nobody could ever be allowed.
    {
        auto guard = openGuard(services);
        if (!guard) {
            printErr(guard.errorMessage() + QLatin1Char('\n'));
            return Refused;
        }
        bool administered = false;
        if (auto users = store.listUsers())
            for (const auto& u : users.value())
                administered = administered || guard.value()->policy->grants(u.roles, policy::Action::ManageUsers).granted;
        if (administered) {
            policy::Subject subject;
            subject.description = QStringLiteral("custos-cli users ") + command;
            if (auto refused = guard.value()->require(policy::Action::ManageUsers, subject, subject.description)) {
                printErr(t("Nothing was changed.\n"));
                return *refused;
            }
        }
    }

    if (command == QLatin1String("list")) return listUsers(store, parser.isSet(json));
    if (command == QLatin1String("remove")) {
        if (auto removed = store.removeUser(name); !removed) {
            printErr(removed.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printOut(t("Removed the local account %1.\n").arg(name.trimmed().toLower()));
        return Success;
    }
    Result<auth::Enrollment> enrolled = Error{};
    if (command == QLatin1String("reset-mfa")) {
        enrolled = store.resetMfa(name);
    } else {
        auto password = newPassword(parser.isSet(passwordStdin));
        if (!password) return UsageError;
        enrolled = store.addUser(name, parser.value(displayName), parser.values(role), *password,
                                 parameters);
        password->fill(QLatin1Char('\0'));
    }
    if (!enrolled) {
        printErr(enrolled.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    if (command == QLatin1String("add"))
        printOut(
            t("Added the local account %1 (%2).\n")
                .arg(enrolled.value().userName, parser.values(role).join(QStringLiteral(", "))));
    else
        printOut(t("New second factor for %1: the previous authenticator entry and recovery codes "
                   "no longer work.\n")
                     .arg(enrolled.value().userName));
    printEnrollment(enrolled.value());
    return Success;
}

} // namespace custos::cli
