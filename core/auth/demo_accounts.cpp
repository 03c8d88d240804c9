// SPDX-License-Identifier: Apache-2.0
#include "core/auth/demo_accounts.h"

#include "core/crypto/key_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <map>

namespace custos::auth {

namespace {

// lupdate extracts Text::tr("...") under "custos::auth", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::auth)
};

// The secret an enrolment hands to the authenticator, read back from its
// otpauth:// URI.
std::optional<QByteArray> secretOf(const Enrollment& enrollment)
{
    const QUrlQuery query(QUrl(enrollment.otpauthUri).query());
    return totp::base32Decode(query.queryItemValue(QStringLiteral("secret")));
}

std::map<QString, QByteArray> readAuthenticator(const QString& path)
{
    std::map<QString, QByteArray> secrets;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return secrets;
    const QJsonArray users = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("users")).toArray();
    for (const auto& value : users) {
        const QJsonObject user = value.toObject();
        if (auto secret = totp::base32Decode(user.value(QStringLiteral("secret")).toString()); secret && !secret->isEmpty())
            secrets[user.value(QStringLiteral("name")).toString()] = *secret;
    }
    return secrets;
}

Result<void> writeAuthenticator(const QString& path, const std::vector<DemoUser>& users)
{
    QJsonArray array;
    for (const DemoUser& u : users)
        array.append(QJsonObject{{QStringLiteral("name"), u.name},
                                 {QStringLiteral("secret"), totp::base32Encode(u.secret)},
                                 {QStringLiteral("algorithm"), totp::algorithmName(u.totp.algorithm)},
                                 {QStringLiteral("digits"), u.totp.digits},
                                 {QStringLiteral("period"), u.totp.period}});
    const QJsonObject root{{QStringLiteral("warning"), QStringLiteral("DEMO ONLY: TOTP secrets of the fictitious demo users")},
                           {QStringLiteral("users"), array}};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{Text::tr("The folder for the demo authenticator (%1) could not be created.").arg(QFileInfo(path).absolutePath())};
    return crypto::writeFileAtomically(path, QJsonDocument(root).toJson());
}

} // namespace

QString demoAuthenticatorPath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("demo/authenticator.json"));
}

std::vector<DemoUser> demoUserTemplates()
{
    struct Row { const char* name; const char* display; };
    static const Row rows[] = {
        {"radiologist", "Dr. Ana Rivera"},
        {"technologist", "Sam Kim"},
        {"data-scientist", "Dr. Kofi Osei"},
        {"support-engineer", "Lee Novak"},
        {"compliance-officer", "Maria Santos"},
    };
    std::vector<DemoUser> users;
    for (const Row& row : rows) {
        DemoUser u;
        u.name = QString::fromLatin1(row.name);
        u.role = u.name;
        u.displayName = Text::tr("%1 (demo)").arg(QString::fromUtf8(row.display));
        u.password = QStringLiteral("demo-") + u.name;
        users.push_back(u);
    }
    return users;
}

Result<std::vector<DemoUser>> provisionDemoUsers(LocalAccountStore& store, const QString& dataDir)
{
    std::vector<DemoUser> users = demoUserTemplates();
    auto existing = store.listUsers();
    if (!existing)
        return existing.error();
    std::map<QString, AccountSummary> present;
    for (const AccountSummary& a : existing.value()) {
        if (a.name.startsWith(QLatin1String("sso.")))
            continue; // second factors of single sign-on identities: no sign-in by themselves
        const bool isDemo = std::any_of(users.begin(), users.end(), [&](const DemoUser& u) { return u.name == a.name; });
        if (!isDemo)
            return Error{Text::tr("This data folder holds real accounts (for example \"%1\"): the demo users, whose passwords are "
                            "public, are only created in a folder of their own. Start the demo with another --data-dir.")
                             .arg(a.name)};
        present[a.name] = a;
    }
    const QString path = demoAuthenticatorPath(dataDir);
    std::map<QString, QByteArray> secrets = readAuthenticator(path);
    bool changed = false;
    for (DemoUser& u : users) {
        if (present.count(u.name) && secrets.count(u.name)) {
            u.secret = secrets[u.name];
            u.totp = present[u.name].totp;
            continue;
        }
        Result<Enrollment> enrolled = present.count(u.name) ? store.resetMfa(u.name)
                                                            : store.addUser(u.name, u.displayName, {u.role}, u.password);
        if (!enrolled)
            return enrolled.error();
        auto secret = secretOf(enrolled.value());
        if (!secret)
            return Error{Text::tr("The demo user %1 could not be enrolled.").arg(u.name)};
        u.secret = *secret;
        u.totp = enrolled.value().parameters;
        changed = true;
    }
    if (changed) {
        if (auto written = writeAuthenticator(path, users); !written)
            return written.error();
    }
    return users;
}

} // namespace custos::auth
