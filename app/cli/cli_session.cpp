// SPDX-License-Identifier: Apache-2.0
// The command line's sign-in, like other tools that keep a login: the
// identity is kept in "<data>/session/cli.session", sealed under a data key
// of that folder (wrapped by the keychain's KEK), bound to the operating-
// system user, and valid for at most eight hours. Logging out destroys the
// key (crypto-shredding) and the file. Every sign-in, failure and logout is
// a 110114 audit event.

#include "app/cli/cli_session.h"

#include "app/cli/cli_users.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/auth/local_accounts.h"
#include "core/auth/oidc_client.h"
#include "core/auth/qr_code.h"
#include "core/auth/session.h"
#include "core/crypto/aead.h"
#include "core/policy/policy_loader.h"
#include "core/service/service_client.h"
#include "core/service/session_ticket.h"

#include <QCommandLineParser>
#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <sys/stat.h>
#include <unistd.h>

namespace custos::cli {

namespace {

constexpr qint64 kCliSessionSeconds = 8 * 3600;

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

QString sessionFolder(const QString& dataDir) { return QDir(dataDir).filePath(QStringLiteral("session")); }
QString sessionFile(const QString& dataDir) { return QDir(sessionFolder(dataDir)).filePath(QStringLiteral("cli.session")); }

QByteArray aad(const app::Services& services)
{
    return QByteArrayLiteral("custos/cli-session/v1/") + services.user().toUtf8();
}

QString mfaName(auth::MfaMethod m)
{
    switch (m) {
    case auth::MfaMethod::IdentityProvider: return QStringLiteral("identity-provider");
    case auth::MfaMethod::Totp: return QStringLiteral("totp");
    case auth::MfaMethod::RecoveryCode: return QStringLiteral("recovery-code");
    case auth::MfaMethod::None: break;
    }
    return QStringLiteral("none");
}

QJsonObject toJson(const auth::Identity& id)
{
    return QJsonObject{{QStringLiteral("subject"), id.subject},
                       {QStringLiteral("userName"), id.userName},
                       {QStringLiteral("displayName"), id.displayName},
                       {QStringLiteral("issuer"), id.issuer},
                       {QStringLiteral("roles"), QJsonArray::fromStringList(id.roles)},
                       {QStringLiteral("method"), id.method == auth::AuthMethod::OpenIdConnect ? QStringLiteral("openid-connect")
                                                                                                : QStringLiteral("local-account")},
                       {QStringLiteral("mfa"), mfaName(id.mfa)},
                       {QStringLiteral("mfaDetail"), id.mfaDetail},
                       {QStringLiteral("authenticatedAt"), id.authenticatedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("expiresAt"), id.expiresAt.toUTC().toString(Qt::ISODate)}};
}

auth::Identity fromJson(const QJsonObject& o)
{
    auth::Identity id;
    id.subject = o[QStringLiteral("subject")].toString();
    id.userName = o[QStringLiteral("userName")].toString();
    id.displayName = o[QStringLiteral("displayName")].toString();
    id.issuer = o[QStringLiteral("issuer")].toString();
    for (const auto& r : o[QStringLiteral("roles")].toArray())
        id.roles << r.toString();
    id.method = o[QStringLiteral("method")].toString() == QLatin1String("openid-connect") ? auth::AuthMethod::OpenIdConnect
                                                                                         : auth::AuthMethod::LocalAccount;
    const QString mfa = o[QStringLiteral("mfa")].toString();
    id.mfa = mfa == QLatin1String("identity-provider") ? auth::MfaMethod::IdentityProvider
             : mfa == QLatin1String("totp")            ? auth::MfaMethod::Totp
             : mfa == QLatin1String("recovery-code")   ? auth::MfaMethod::RecoveryCode
                                                       : auth::MfaMethod::None;
    id.mfaDetail = o[QStringLiteral("mfaDetail")].toString();
    id.authenticatedAt = QDateTime::fromString(o[QStringLiteral("authenticatedAt")].toString(), Qt::ISODate);
    id.expiresAt = QDateTime::fromString(o[QStringLiteral("expiresAt")].toString(), Qt::ISODate);
    return id;
}

Result<void> saveSession(const app::Services& services, auth::Identity identity)
{
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(kCliSessionSeconds);
    if (!identity.expiresAt.isValid() || identity.expiresAt > limit)
        identity.expiresAt = limit;
    crypto::DekStore deks(services.keys(), sessionFolder(services.dataDir()));
    QDir().mkpath(sessionFolder(services.dataDir()));
    auto dek = deks.current(1);
    if (!dek)
        return dek.error();
    auto sealed = crypto::seal(dek.value().key, QJsonDocument(toJson(identity)).toJson(QJsonDocument::Compact), aad(services));
    if (!sealed)
        return sealed.error();
    return crypto::writeFileAtomically(sessionFile(services.dataDir()),
                                       QByteArrayLiteral("CUSTOS-CLI-SESSION-1\n") + dek.value().id.toHex() + '\n' + sealed.value().toBase64() + '\n');
}

// nullopt: not signed in.
Result<std::optional<auth::Identity>> loadSession(const app::Services& services)
{
    QFile f(sessionFile(services.dataDir()));
    if (!f.exists())
        return std::optional<auth::Identity>();
    if (!f.open(QIODevice::ReadOnly))
        return Error{t("The saved sign-in could not be read: %1").arg(f.errorString())};
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.size() < 3 || lines[0] != "CUSTOS-CLI-SESSION-1")
        return Error{t("The saved sign-in is damaged; sign in again.")};
    crypto::DekStore deks(services.keys(), sessionFolder(services.dataDir()));
    auto key = deks.key(QByteArray::fromHex(lines[1]));
    if (!key)
        return Error{t("The saved sign-in cannot be opened (%1); sign in again.").arg(key.errorMessage())};
    auto plain = crypto::open(key.value(), QByteArray::fromBase64(lines[2]), aad(services));
    if (!plain)
        return Error{t("The saved sign-in failed its integrity check; sign in again.")};
    return std::optional<auth::Identity>(fromJson(QJsonDocument::fromJson(plain.value()).object()));
}

Result<void> destroySession(const app::Services& services)
{
    crypto::DekStore deks(services.keys(), sessionFolder(services.dataDir()));
    auto r = deks.destroyAll(); // the key first: any copy of the file is unreadable
    QFile::remove(sessionFile(services.dataDir()));
    return r;
}

// Site mode: custosd's ticket, in "<data>/session/cli.ticket" (0600). A copy
// is useless to anyone else: the Guard and the service accept it only
// from the OS user it names, and only until it expires or is revoked.
QString ticketFile(const QString& dataDir) { return QDir(sessionFolder(dataDir)).filePath(QStringLiteral("cli.ticket")); }

Result<void> saveTicket(const app::Services& services, const QByteArray& ticket)
{
    const mode_t old = ::umask(077);
    QDir().mkpath(sessionFolder(services.dataDir()));
    auto r = crypto::writeFileAtomically(ticketFile(services.dataDir()), QByteArrayLiteral("CUSTOS-TICKET-1\n") + ticket.toBase64() + '\n');
    ::umask(old);
    return r;
}

Result<std::optional<QByteArray>> loadTicket(const app::Services& services)
{
    QFile f(ticketFile(services.dataDir()));
    if (!f.exists())
        return std::optional<QByteArray>();
    if (!f.open(QIODevice::ReadOnly))
        return Error{t("The saved sign-in could not be read: %1").arg(f.errorString())};
    const QList<QByteArray> lines = f.readAll().split('\n');
    if (lines.size() < 2 || lines[0] != "CUSTOS-TICKET-1")
        return Error{t("The saved sign-in is damaged; sign in again.")};
    return std::optional<QByteArray>(QByteArray::fromBase64(lines[1]));
}

QString describe(const auth::Identity& id)
{
    return t("Signed in as %1 (%2), roles: %3; second factor: %4; until %5.\n")
        .arg(id.displayName.isEmpty() ? id.userName : id.displayName, id.subject,
             id.roles.isEmpty() ? t("none") : id.roles.join(QStringLiteral(", ")), mfaName(id.mfa),
             id.expiresAt.toLocalTime().toString(Qt::ISODate));
}

// The browser flow, audited. Tokens are not kept (no refresh token store).
Result<auth::Identity> signInWithProvider(const auth::OidcConfig& config, app::Services& services, auth::SignInProof* proof = nullptr)
{
    Result<auth::Identity> identity = Error{};
    auth::OidcClient client(config, nullptr);
    announceSignInPage(client);
    QEventLoop loop;
    client.signIn([&](Result<auth::Identity> r) {
        identity = std::move(r);
        loop.quit();
    });
    loop.exec();
    if (proof)
        *proof = client.lastProof();
    const QString who = identity ? identity.value().userName : QStringLiteral("(unknown)");
    services.record(audit::events::userAuthentication(who, QStringLiteral("OpenID Connect"), identity.ok(),
                                                      identity ? QStringLiteral("command-line sign-in") : identity.errorMessage()));
    return identity;
}

} // namespace

Result<auth::OidcConfig> siteProviderConfig(const QString& browserCommand)
{
    auto sitePolicy = policy::loadSitePolicy();
    if (!sitePolicy)
        return sitePolicy.error();
    auto config = policy::identityProviderConfig(*sitePolicy.value(), true);
    if (!config)
        return config.error();
    if (!browserCommand.isEmpty())
        config.value().browserCommand = QProcess::splitCommand(browserCommand);
    return config;
}

void announceSignInPage(auth::OidcClient& client)
{
    QObject::connect(&client, &auth::OidcClient::authorizationUrlReady, [](const QUrl& url) {
        printErr(t("Opening the sign-in page; if no browser appears, open:\n%1\n").arg(url.toString()));
    });
}

Result<std::optional<SiteSignIn>> siteSignIn(app::Services& services)
{
    auto ticket = loadTicket(services);
    if (!ticket)
        return ticket.error();
    if (!ticket.value())
        return std::optional<SiteSignIn>();
    static std::shared_ptr<service::TicketVerifier> verifier; // one per process: the key is read and checked once
    if (!verifier) {
        auto key = service::loadPinnedTicketKey();
        if (!key)
            return key.error();
        verifier = std::make_shared<service::TicketVerifier>(key.value(), quint32(::getuid()));
    }
    services.setTicket(*ticket.value());
    return std::optional<SiteSignIn>(SiteSignIn{*ticket.value(), verifier});
}

Result<std::optional<auth::Identity>> savedSignIn(app::Services& services)
{
    if (!services.siteMode())
        return loadSession(services);
    auto site = siteSignIn(services);
    if (!site)
        return site.error();
    if (!site.value())
        return std::optional<auth::Identity>();
    auto checked = site.value()->verifier->check(site.value()->ticket);
    if (!checked)
        return checked.error();
    return std::optional<auth::Identity>(checked.value().identity());
}

namespace {

// Site mode: the credentials go to custosd, which checks them and signs a ticket.
int siteLogin(app::Services& services, const QString& user, const QString& password, const QString& code, qint64 lifetime)
{
    service::Client* client = services.serviceClient();
    if (!client) {
        printErr(services.serviceProblem() + QLatin1Char('\n'));
        return Refused;
    }
    auto ticket = client->signIn(user, password, code, lifetime);
    if (!ticket) {
        printErr(ticket.errorMessage() + QLatin1Char('\n'));
        return SignInFailed;
    }
    auto key = service::loadPinnedTicketKey();
    if (!key) {
        printErr(key.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    auto checked = service::TicketVerifier(key.value(), quint32(::getuid())).check(ticket.value());
    if (!checked) { // not the service whose key IT pinned
        printErr(checked.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    // The sign-in it replaces ends now, in the service: a copy of it is worthless.
    auto previous = loadTicket(services);
    if (auto saved = saveTicket(services, ticket.value()); !saved) {
        printErr(t("Signed in, but the sign-in could not be kept: %1\n").arg(saved.errorMessage()));
        return PartialFailure;
    }
    if (previous && previous.value())
        if (auto revoked = app::revokeReplacedTicket(services, *previous.value(), ticket.value()); !revoked)
            printErr(revoked.errorMessage() + QLatin1Char('\n'));
    printOut(describe(checked.value().identity()));
    return Success;
}

// Site mode, single sign-on: this process runs the browser flow; custosd
// checks the ID token itself (the policy's provider only), redeems it once
// and signs the ticket.
int siteSsoLogin(app::Services& services, const auth::OidcConfig& config, QString code, const QString& enrolmentCode, qint64 lifetime)
{
    service::Client* client = services.serviceClient();
    if (!client) {
        printErr(services.serviceProblem() + QLatin1Char('\n'));
        return Refused;
    }
    auth::SignInProof proof;
    auto identity = signInWithProvider(config, services, &proof);
    if (!identity) {
        printErr(identity.errorMessage() + QLatin1Char('\n'));
        return SignInFailed;
    }
    // The token counts once: Custos's own code goes with it.
    if (identity.value().mfa == auth::MfaMethod::None && code.isEmpty() && enrolmentCode.isEmpty())
        code = readSecret(t("The identity provider did not confirm a second factor. Custos one-time code: "), false).value_or(QString());
    QCborMap ask;
    ask.insert(QStringLiteral("op"), QStringLiteral("ssoSignIn"));
    ask.insert(QStringLiteral("idToken"), proof.idToken);
    ask.insert(QStringLiteral("nonce"), proof.nonce);
    if (!code.isEmpty())
        ask.insert(QStringLiteral("code"), code);
    if (!enrolmentCode.isEmpty())
        ask.insert(QStringLiteral("enrolmentCode"), enrolmentCode);
    if (lifetime > 0)
        ask.insert(QStringLiteral("lifetime"), lifetime);
    auto reply = client->call(ask);
    if (!reply) {
        printErr(reply.errorMessage() + QLatin1Char('\n'));
        return SignInFailed;
    }
    if (reply.value().value(QStringLiteral("enrolled")).toBool()) {
        auth::Enrollment e;
        e.userName = reply.value().value(QStringLiteral("user")).toString();
        e.otpauthUri = reply.value().value(QStringLiteral("uri")).toString();
        for (const QCborValue& c : reply.value().value(QStringLiteral("recovery")).toArray())
            e.recoveryCodes << c.toString();
        if (auto qr = auth::encodeQr(e.otpauthUri.toUtf8()))
            e.qr = qr.value();
        printOut(t("A Custos second factor is set up for %1. Add it to your authenticator app, then sign in again with: "
                   "custos-cli login --sso --otp CODE\n")
                     .arg(e.userName));
        printEnrollment(e);
        return Success;
    }
    const QByteArray ticket = reply.value().value(QStringLiteral("ticket")).toByteArray();
    auto key = service::loadPinnedTicketKey();
    if (!key) {
        printErr(key.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    auto checked = service::TicketVerifier(key.value(), quint32(::getuid())).check(ticket);
    if (!checked) { // not the service whose key IT pinned
        printErr(checked.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    if (auto saved = saveTicket(services, ticket); !saved) {
        printErr(t("Signed in, but the sign-in could not be kept: %1\n").arg(saved.errorMessage()));
        return PartialFailure;
    }
    printOut(describe(checked.value().identity()));
    return Success;
}

} // namespace

int runLogin(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    const QCommandLineOption local(QStringLiteral("local"), t("Sign in with a local account."), QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), t("Read the password from standard input (one line)."));
    const QCommandLineOption otp(QStringLiteral("otp"), t("The one-time code (or a recovery code)."), QStringLiteral("CODE"));
    const QCommandLineOption issuer(QStringLiteral("issuer"), t("Sign in through this OpenID Connect provider."), QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), t("The client ID registered for Custos."), QStringLiteral("ID"));
    const QCommandLineOption browser(QStringLiteral("browser-command"), t("Open the sign-in page with CMD ({url} is replaced) instead of the system browser."), QStringLiteral("CMD"));
    const QCommandLineOption scope(QStringLiteral("scope"), t("An extra scope to request (repeatable)."), QStringLiteral("SCOPE"));
    const QCommandLineOption roleMap(QStringLiteral("role-map"), t("Map an identity-provider group to a Custos role (repeatable)."), QStringLiteral("GROUP=ROLE"));
    const QCommandLineOption sso(QStringLiteral("sso"), t("Sign in through the identity provider of the site policy."));
    const QCommandLineOption lifetime(QStringLiteral("lifetime"), t("Site mode: ask for a sign-in valid for at most this many seconds."),
                                      QStringLiteral("SECONDS"));
    const QCommandLineOption enrolment(QStringLiteral("enrolment-code"),
                                       t("Single sign-on: set up a Custos second factor with this one-time code from an administrator."),
                                       QStringLiteral("CODE"));
    parser.addOptions({local, passwordStdin, otp, issuer, clientId, browser, scope, roleMap, sso, lifetime, enrolment});
    if (auto done = parseCommand(parser, QStringLiteral("login"), args))
        return *done;
    // Site mode: the identity provider and the role map are the policy's.
    policy::SiteModeChoices choices;
    for (const QCommandLineOption* o : {&issuer, &clientId, &roleMap, &scope})
        if (parser.isSet(*o))
            choices.identityOptions << QStringLiteral("--") + o->names().constFirst();
    if (auto allowed = policy::checkSiteModeChoices(choices); !allowed) {
        printErr(allowed.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    const bool useLocal = parser.isSet(local), useOidc = parser.isSet(issuer) || parser.isSet(clientId) || parser.isSet(sso);
    if (useLocal == useOidc || (useOidc && !parser.isSet(sso) && (!parser.isSet(issuer) || !parser.isSet(clientId)))) {
        printErr(t("Usage: custos-cli login --local USER [--password-stdin] [--otp CODE]\n"
                   "   or: custos-cli login --sso [--browser-command CMD]   (the site policy's identity provider)\n"
                   "   or: custos-cli login --issuer URL --client-id ID [--browser-command CMD] [--scope S] [--role-map GROUP=ROLE]\n"
                   "       (without a site policy only)\n"));
        return UsageError;
    }
    auto services = openServices(global, false);
    if (services->siteMode() && useLocal) {
        auto password = readSecret(t("Password: "), parser.isSet(passwordStdin));
        if (!password || password->isEmpty()) {
            printErr(t("No password given.\n"));
            return UsageError;
        }
        QString code = parser.value(otp);
        if (code.isEmpty() && !parser.isSet(passwordStdin))
            code = readSecret(t("One-time code: "), false).value_or(QString());
        const int done = siteLogin(*services, parser.value(local), *password, code, parser.value(lifetime).toLongLong());
        password->fill(QLatin1Char('\0'));
        return done;
    }
    if (services->siteMode()) {
        // The site's provider only (https, a named provider); custosd checks the ID token.
        auto config = siteProviderConfig(parser.value(browser));
        if (!config) {
            printErr(config.errorMessage() + QLatin1Char('\n'));
            return Refused;
        }
        return siteSsoLogin(*services, config.value(), parser.value(otp), parser.value(enrolment), parser.value(lifetime).toLongLong());
    }
    if (!services->keys())
        return PartialFailure;
    auto record = [services](const audit::Event& e) { services->record(e); };

    Result<auth::Identity> identity = Error{};
    if (useLocal) {
        auto password = readSecret(t("Password: "), parser.isSet(passwordStdin));
        if (!password || password->isEmpty()) {
            printErr(t("No password given.\n"));
            return UsageError;
        }
        QString code = parser.value(otp);
        if (code.isEmpty() && !parser.isSet(passwordStdin))
            code = readSecret(t("One-time code: "), false).value_or(QString());
        auth::LocalAccountOptions options;
        options.audit = record;
        auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(global.dataDir), services->keys(), options);
        if (!store) {
            printErr(store.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        identity = store.value()->authenticate(parser.value(local), *password, code); // audits each attempt
        password->fill(QLatin1Char('\0'));
    } else if (parser.isSet(sso)) {
        auto sitePolicy = policy::loadSitePolicy();
        if (!sitePolicy) {
            printErr(sitePolicy.errorMessage() + QLatin1Char('\n'));
            return Refused;
        }
        auto config = policy::identityProviderConfig(*sitePolicy.value(), policy::siteMode());
        if (!config) {
            printErr(config.errorMessage() + QLatin1Char('\n'));
            return Refused; // the site's rules (https only, a named provider) say no
        }
        if (parser.isSet(browser))
            config.value().browserCommand = QProcess::splitCommand(parser.value(browser));
        identity = signInWithProvider(config.value(), *services);
    } else {
        auth::OidcConfig config;
        config.issuer = QUrl(parser.value(issuer));
        config.clientId = parser.value(clientId);
        config.scopes += parser.values(scope);
        config.scopes.removeAll(QStringLiteral("offline_access")); // tokens are not kept: no refresh token is asked for
        for (const QString& m : parser.values(roleMap)) {
            const QString group = m.section(QLatin1Char('='), 0, 0), role = m.section(QLatin1Char('='), 1);
            if (group.isEmpty() || !auth::defaultRoles().contains(role)) {
                printErr(t("--role-map needs GROUP=ROLE with one of the roles: %1.\n").arg(auth::defaultRoles().join(QStringLiteral(", "))));
                return UsageError;
            }
            config.roleMapping[group] << role;
        }
        if (config.roleMapping.isEmpty())
            for (const QString& r : auth::defaultRoles())
                config.roleMapping[r] << r; // groups named like the roles
        if (parser.isSet(browser))
            config.browserCommand = QProcess::splitCommand(parser.value(browser));
        if (auto valid = config.validate(); !valid) {
            printErr(valid.errorMessage() + QLatin1Char('\n'));
            return UsageError;
        }
        identity = signInWithProvider(config, *services);
    }
    if (!identity) {
        printErr(identity.errorMessage() + QLatin1Char('\n'));
        return SignInFailed;
    }
    // AAL2: one factor is not enough for a session. After a single sign-on
    // without one, Custos's own code (enrolled once in the viewer) steps up.
    if (identity.value().mfa == auth::MfaMethod::None && identity.value().method == auth::AuthMethod::OpenIdConnect) {
        auth::LocalAccountOptions options;
        options.audit = record;
        auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(global.dataDir), services->keys(), options);
        auto enrolled = store ? store.value()->hasStepUp(identity.value()) : Result<bool>(store.error());
        if (enrolled && !enrolled.value() && parser.isSet(enrolment)) {
            // Only with an administrator's one-time code (no trust-on-first-use).
            auto e = store.value()->enrolStepUp(identity.value(), parser.value(enrolment));
            if (!e) {
                printErr(e.errorMessage() + QLatin1Char('\n'));
                return SignInFailed;
            }
            printOut(t("A Custos second factor is set up for %1. Add it to your authenticator app, then sign in again with --otp CODE.\n")
                         .arg(identity.value().userName));
            printEnrollment(e.value());
            return Success;
        }
        if (enrolled && enrolled.value()) {
            QString code = parser.value(otp);
            if (code.isEmpty())
                code = readSecret(t("The identity provider did not confirm a second factor. One-time code: "), false).value_or(QString());
            auto stepped = store.value()->stepUp(identity.value(), code); // audits the attempt
            if (!stepped) {
                printErr(stepped.errorMessage() + QLatin1Char('\n'));
                return SignInFailed;
            }
            identity = std::move(stepped);
        } else if (enrolled) {
            printErr(t("This site requires a second factor and the identity provider did not report one for %1. "
                       "Ask an administrator for a one-time enrolment code (custos-cli users issue-enrolment %1) and sign in with "
                       "--enrolment-code CODE to set up a code from an authenticator app.\n")
                         .arg(identity.value().userName));
        }
    }
    if (identity.value().mfa == auth::MfaMethod::None) {
        services->record(audit::events::userAuthentication(identity.value().userName, auth::methodName(identity.value().method), false,
                                                           QStringLiteral("second factor required")));
        printErr(t("This site requires a second factor, and the identity provider did not report one for %1.\n").arg(identity.value().userName));
        return SignInFailed;
    }
    if (auto saved = saveSession(*services, identity.value()); !saved) {
        printErr(t("Signed in, but the sign-in could not be kept: %1\n").arg(saved.errorMessage()));
        return PartialFailure;
    }
    printOut(describe(identity.value()));
    return Success;
}

int runWhoami(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), t("Print JSON."));
    parser.addOption(json);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("custos-cli whoami")} + args) || !parser.positionalArguments().isEmpty()) {
        printErr(t("Usage: custos-cli whoami [--json]\n"));
        return UsageError;
    }
    auto services = openServices(global, false);
    if (services->siteMode()) {
        auto site = savedSignIn(*services);
        if (!site) {
            printErr(site.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        if (!site.value()) {
            printErr(t("Not signed in. Sign in with custos-cli login.\n"));
            return PartialFailure;
        }
        // The service has the last word: a removed account or changed roles end the ticket.
        if (!services->serviceClient()) {
            printErr(services->serviceProblem() + QLatin1Char('\n'));
            return PartialFailure;
        }
        QCborMap ask;
        ask.insert(QStringLiteral("op"), QStringLiteral("checkTicket"));
        ask.insert(QStringLiteral("ticket"), services->ticket());
        if (auto live = services->serviceClient()->call(ask); !live) {
            printErr(live.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        if (parser.isSet(json))
            printOut(QString::fromUtf8(QJsonDocument(toJson(*site.value())).toJson()));
        else
            printOut(describe(*site.value()));
        return Success;
    }
    if (!services->keys())
        return PartialFailure;
    auto loaded = loadSession(*services);
    if (!loaded) {
        printErr(loaded.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    if (!loaded.value()) {
        printErr(t("Not signed in. Sign in with custos-cli login.\n"));
        return PartialFailure;
    }
    const auth::Identity& id = *loaded.value();
    if (id.expiresAt <= QDateTime::currentDateTimeUtc()) {
        (void)destroySession(*services);
        printErr(t("Your sign-in expired at %1; sign in again with custos-cli login.\n").arg(id.expiresAt.toLocalTime().toString(Qt::ISODate)));
        return PartialFailure;
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(toJson(id)).toJson()));
    else
        printOut(describe(id));
    return Success;
}

int runLogout(const QStringList& args, const GlobalOptions& global)
{
    if (!args.isEmpty()) {
        printErr(t("Usage: custos-cli logout\n"));
        return UsageError;
    }
    auto services = openServices(global, false);
    if (services->siteMode()) {
        auto site = siteSignIn(*services);
        QFile::remove(ticketFile(services->dataDir()));
        if (!site || !site.value() || !services->serviceClient()) {
            printOut(t("Not signed in.\n"));
            return Success;
        }
        QCborMap ask;
        ask.insert(QStringLiteral("op"), QStringLiteral("logout"));
        ask.insert(QStringLiteral("ticket"), site.value()->ticket);
        if (auto done = services->serviceClient()->call(ask); !done) {
            printErr(t("The saved sign-in was removed, but the Custos service could not be told: %1\n").arg(done.errorMessage()));
            return PartialFailure;
        }
        printOut(t("Signed out.\n"));
        return Success;
    }
    if (!services->keys())
        return PartialFailure;
    auto loaded = loadSession(*services);
    const QString who = loaded && loaded.value() ? loaded.value()->userName : QString();
    if (auto r = destroySession(*services); !r) {
        printErr(t("The saved sign-in could not be removed: %1\n").arg(r.errorMessage()));
        return PartialFailure;
    }
    if (who.isEmpty()) {
        printOut(t("Not signed in.\n"));
        return Success;
    }
    services->record(audit::events::userAuthentication(who, QStringLiteral("command line"), true, QStringLiteral("logout"),
                                                       audit::events::AuthenticationType::Logout));
    printOut(t("Signed out %1.\n").arg(who));
    return Success;
}

} // namespace custos::cli
