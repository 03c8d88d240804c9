// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_users.h"

#include "app/cli/cli_guard.h"
#include "app/cli/cli_session.h"

#include "app/common/services.h"
#include "core/auth/local_accounts.h"
#include "core/crypto/aead.h"
#include "core/service/service_client.h"

#include <QCborArray>
#include <QCborMap>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

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
                   "       custos-cli users set-roles NAME --role ROLE [--role ROLE...]\n"
                   "       custos-cli users list [--json]\n"
                   "       custos-cli users issue-enrolment PROVIDER-USER   (a one-time code to set up a Custos second factor for single sign-on)\n");

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

} // namespace

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

namespace {

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

void printEnrolmentCode(const QString& user, const QString& code, int hours)
{
    printOut(t("One-time enrolment code for %1 (valid %2 hours, once): %3\n"
               "Give it to that person in person. They set up their Custos code with:\n"
               "  custos-cli login --sso --enrolment-code %3\n")
                 .arg(user)
                 .arg(hours)
                 .arg(code));
}

// Site mode: one request to custosd, which checks who asks (root, an admin
// group of the site policy, or a ticket whose role may ManageUsers) and
// records the change with both identities.
int usersThroughService(app::Services& services, const QString& command, const QString& name, const QStringList& roles,
                        const QString& displayName, bool passwordFromStdin, const auth::totp::Parameters& parameters, bool json)
{
    service::Client* client = services.serviceClient();
    if (!client) {
        printErr(services.serviceProblem() + QLatin1Char('\n'));
        return Refused;
    }
    QCborMap m;
    m.insert(QStringLiteral("op"), QStringLiteral("users"));
    m.insert(QStringLiteral("action"), command);
    m.insert(QStringLiteral("name"), name);
    QCborArray roleList;
    for (const QString& r : roles)
        roleList.append(r);
    m.insert(QStringLiteral("roles"), roleList);
    m.insert(QStringLiteral("displayName"), displayName);
    if (auto site = siteSignIn(services); site && site.value())
        m.insert(QStringLiteral("ticket"), site.value()->ticket);
    if (command == QLatin1String("add")) {
        auto password = newPassword(passwordFromStdin);
        if (!password) return UsageError;
        m.insert(QStringLiteral("password"), *password);
        password->fill(QLatin1Char('\0'));
        m.insert(QStringLiteral("digits"), parameters.digits);
        m.insert(QStringLiteral("algorithm"), auth::totp::algorithmName(parameters.algorithm).toLower());
    }
    auto reply = client->call(m);
    if (!reply) {
        printErr(reply.errorMessage() + QLatin1Char('\n'));
        // The service's refusal of an administrator's rights is a refusal, like the Guard's.
        return reply.errorMessage().contains(QStringLiteral("Nothing was changed")) ? Refused : PartialFailure;
    }
    const QCborMap r = reply.value();
    const QString user = name.trimmed().toLower();
    if (command == QLatin1String("list")) {
        QJsonArray array;
        QString out;
        for (const QCborValue& v : r.value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = v.toMap().toJsonObject();
            array.append(o);
            QStringList rs;
            for (const auto& x : o[QStringLiteral("roles")].toArray()) rs << x.toString();
            out += o[QStringLiteral("name")].toString().leftJustified(16) + QStringLiteral("  ") +
                   o[QStringLiteral("displayName")].toString().leftJustified(24) + QStringLiteral("  ") + rs.join(QLatin1Char(',')) + QLatin1Char('\n');
        }
        if (json)
            printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("users"), array}}).toJson()));
        else
            printOut(out.isEmpty() ? t("No local accounts.\n") : out);
        return Success;
    }
    if (command == QLatin1String("issue-enrolment")) {
        printEnrolmentCode(user, r.value(QStringLiteral("code")).toString(), int(r.value(QStringLiteral("hours")).toInteger(0)));
        return Success;
    }
    if (command == QLatin1String("remove")) {
        printOut(t("Removed the local account %1; its sign-ins ended.\n").arg(user));
        return Success;
    }
    if (command == QLatin1String("set-roles")) {
        printOut(t("The roles of %1 are now: %2; its sign-ins ended.\n").arg(user, roles.join(QStringLiteral(", "))));
        return Success;
    }
    auth::Enrollment e;
    e.userName = r.value(QStringLiteral("user")).toString();
    e.otpauthUri = r.value(QStringLiteral("uri")).toString();
    e.parameters.digits = int(r.value(QStringLiteral("digits")).toInteger(6));
    e.parameters.period = int(r.value(QStringLiteral("period")).toInteger(30));
    e.parameters.algorithm = auth::totp::algorithmFromName(r.value(QStringLiteral("algorithm")).toString()).value_or(auth::totp::Algorithm::Sha1);
    for (const QCborValue& c : r.value(QStringLiteral("recovery")).toArray())
        e.recoveryCodes << c.toString();
    if (auto qr = auth::encodeQr(e.otpauthUri.toUtf8())) e.qr = qr.value();
    if (command == QLatin1String("add"))
        printOut(t("Added the local account %1 (%2).\n").arg(e.userName, roles.join(QStringLiteral(", "))));
    else
        printOut(t("New second factor for %1: the previous authenticator entry and recovery codes no longer work.\n").arg(e.userName));
    printEnrollment(e);
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
    parser.addPositionalArgument(QStringLiteral("command"), t("add, remove, reset-mfa, set-roles, list or issue-enrolment"));
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
                           command == QLatin1String("reset-mfa") || command == QLatin1String("set-roles") ||
                           command == QLatin1String("issue-enrolment");
    if (!(needsName && pos.size() == 2) && !(command == QLatin1String("list") && pos.size() == 1)) {
        printErr(kUsage);
        return UsageError;
    }
    auth::totp::Parameters parameters;
    if (command == QLatin1String("set-roles") && parser.values(role).isEmpty()) {
        printErr(t("set-roles needs at least one --role.\n"));
        return UsageError;
    }
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

    // Site mode: the accounts are custosd's, machine-wide; it decides who may change them.
    auto services = openServices(global, false);
    if (services->siteMode())
        return usersThroughService(*services, command, pos.value(1), parser.values(role), parser.value(displayName),
                                   parser.isSet(passwordStdin), parameters, parser.isSet(json));
    // Roles and secrets live behind the keychain's keys: without it, nothing.
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
    if (command == QLatin1String("issue-enrolment")) {
        auto code = store.issueStepUpEnrolment(name);
        if (!code) {
            printErr(code.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printEnrolmentCode(name.trimmed().toLower(), code.value(), auth::LocalAccountStore::kStepUpEnrolmentHours);
        return Success;
    }
    if (command == QLatin1String("set-roles")) {
        if (auto changed = store.setRoles(name, parser.values(role)); !changed) {
            printErr(changed.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printOut(t("The roles of %1 are now: %2.\n").arg(name.trimmed().toLower(), parser.values(role).join(QStringLiteral(", "))));
        return Success;
    }
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
