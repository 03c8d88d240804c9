// SPDX-License-Identifier: Apache-2.0
#include "app/gui/sign_in_setup.h"

#include "core/auth/local_accounts.h"
#include "core/auth/oidc_client.h"
#include "core/policy/policy_loader.h"
#include "app/common/site_compliance.h"
#include "core/service/service_client.h"

#include <QCborMap>

#include <unistd.h>

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

#include <cstdio>

namespace custos::app {

namespace {

// lupdate extracts Text::tr("...") under "main", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

const QCommandLineOption& opt(const char* name)
{
    static const QCommandLineOption options[] = {
        {QStringLiteral("demo"), Text::tr("Demo: the demo users (one per role, public passwords) and their codes on the sign-in screen.")},
        {QStringLiteral("local"), Text::tr("Sign in with this local account at start (password from --password-stdin, code from --otp)."), QStringLiteral("USER")},
        {QStringLiteral("password-stdin"), Text::tr("Read the local account's password from standard input.")},
        {QStringLiteral("otp"), Text::tr("The one-time code for --local."), QStringLiteral("CODE")},
        {QStringLiteral("sso"), Text::tr("Start single sign-on at once.")},
        {QStringLiteral("issuer"), Text::tr("OpenID provider (issuer URL) for single sign-on."), QStringLiteral("URL")},
        {QStringLiteral("client-id"), Text::tr("Client ID registered for Custos at the provider."), QStringLiteral("ID")},
        {QStringLiteral("browser-command"), Text::tr("Open the sign-in page with CMD ({url} is replaced) instead of the system browser."), QStringLiteral("CMD")},
        {QStringLiteral("role-map"), Text::tr("Map an identity-provider group to a Custos role (repeatable)."), QStringLiteral("GROUP=ROLE")},
        {QStringLiteral("idle-timeout"), Text::tr("Lock after this many idle seconds (only shorter than the site's limit)."), QStringLiteral("SECONDS")},
    };
    for (const QCommandLineOption& o : options)
        if (o.names().constFirst() == QLatin1String(name))
            return o;
    Q_UNREACHABLE();
}

} // namespace

void SignInOptions::addTo(QCommandLineParser& parser)
{
    for (const char* name : {"demo", "local", "password-stdin", "otp", "sso", "issuer", "client-id", "browser-command", "role-map", "idle-timeout"})
        parser.addOption(opt(name));
}

SignInOptions SignInOptions::from(const QCommandLineParser& parser)
{
    SignInOptions o;
    o.demo = parser.isSet(opt("demo"));
    o.localUser = parser.value(opt("local"));
    o.passwordStdin = parser.isSet(opt("password-stdin"));
    o.otp = parser.value(opt("otp"));
    o.sso = parser.isSet(opt("sso"));
    o.issuer = parser.value(opt("issuer"));
    o.clientId = parser.value(opt("client-id"));
    o.browserCommand = parser.value(opt("browser-command"));
    o.roleMap = parser.values(opt("role-map"));
    o.idleTimeoutSeconds = parser.value(opt("idle-timeout")).toInt();
    o.screenshot = parser.isSet(QStringLiteral("screenshot"));
    return o;
}

QStringList SignInOptions::identitySettingsIn(const QString& dataDir)
{
    const QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QStringList present;
    for (const char* key : {"issuer", "clientId", "rolesClaim", "roleMap"})
        if (settings.contains(QStringLiteral("sso/") + QLatin1String(key)))
            present << QLatin1String(key);
    return present;
}

SignInSetup::~SignInSetup() = default;

Result<std::unique_ptr<SignInSetup>> SignInSetup::create(SignInOptions options, std::shared_ptr<Services> services,
                                                         std::shared_ptr<const policy::Policy> policy, bool siteMode)
{
    std::unique_ptr<SignInSetup> s(new SignInSetup);
    s->m_options = std::move(options);
    s->m_services = services;
    s->m_sitePolicy = std::move(policy);
    s->m_siteMode = siteMode;
    const QSettings settings(QDir(services->dataDir()).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    // The site's limits; a person may shorten the idle time, never lengthen it.
    const int idleMinutes = settings.value(QStringLiteral("session/idleMinutes"), 15).toInt();
    const int maxHours = settings.value(QStringLiteral("session/maxHours"), 12).toInt();
    s->m_policy.idleTimeout = std::chrono::seconds(qBound(60, idleMinutes * 60, 24 * 3600));
    s->m_policy.maxLength = std::chrono::seconds(qBound(3600, maxHours * 3600, 7 * 24 * 3600));
    if (s->m_options.idleTimeoutSeconds > 0)
        s->m_policy.idleTimeout = std::min(s->m_policy.idleTimeout, std::chrono::seconds(s->m_options.idleTimeoutSeconds));

    if (siteMode) {
        // The accounts are the service's: credentials go to custosd, which
        // answers with a ticket signed by the key IT pinned.
        auto key = service::loadPinnedTicketKey();
        if (!key)
            s->m_accountsProblem = key.errorMessage();
        else if (!services->serviceClient())
            s->m_accountsProblem = services->serviceProblem();
        else
            s->m_verifier = std::make_shared<service::TicketVerifier>(key.value(), quint32(::getuid()));
    } else if (services->keys()) {
        auth::LocalAccountOptions accountOptions;
        accountOptions.audit = [services](const audit::Event& e) { services->record(e); };
        auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(services->dataDir()), services->keys(),
                                                   accountOptions);
        if (store)
            s->m_accounts = store.value();
        else
            s->m_accountsProblem = store.errorMessage();
    } else {
        s->m_accountsProblem = Text::tr("Local accounts need the system keychain, which is not available: %1").arg(services->problem());
    }

    if (s->m_options.demo) {
        if (!s->m_accounts)
            return Error{Text::tr("The demo needs local accounts. %1").arg(s->m_accountsProblem)};
        auto demo = auth::provisionDemoUsers(*s->m_accounts, services->dataDir());
        if (!demo)
            return demo.error();
        s->m_demoUsers = demo.value();
    }
    if (auto sso = s->m_siteMode ? s->configureSsoFromPolicy() : s->configureSso(settings); !sso) {
        if (!s->m_siteMode)
            return sso.error();
        // The site's provider cannot be used (e.g. an http issuer): single
        // sign-on is not offered, local accounts still are.
        std::fprintf(stderr, "custos: %s\n", qPrintable(sso.errorMessage()));
    }
    return s;
}

// Site mode: the identity provider, its scopes, roles claim, role map and
// required acr/amr come from the site policy alone (https only).
Result<void> SignInSetup::configureSsoFromPolicy()
{
    if (!m_sitePolicy || !m_sitePolicy->identityProvider.configured())
        return {}; // local accounts only at this site
    auto config = policy::identityProviderConfig(*m_sitePolicy, m_siteMode);
    if (!config)
        return config.error();
    if (!m_options.browserCommand.isEmpty())
        config.value().browserCommand = QProcess::splitCommand(m_options.browserCommand); // which browser shows the page decides nothing
    // Tokens stay in memory for the session: no refresh token store.
    m_oidc = std::make_unique<auth::OidcClient>(config.value(), nullptr);
    return {};
}

Result<void> SignInSetup::configureSso(const QSettings& settings)
{
    auth::OidcConfig config;
    config.issuer = QUrl(m_options.issuer.isEmpty() ? settings.value(QStringLiteral("sso/issuer")).toString() : m_options.issuer);
    config.clientId = m_options.clientId.isEmpty() ? settings.value(QStringLiteral("sso/clientId")).toString() : m_options.clientId;
    if (config.issuer.isEmpty() && config.clientId.isEmpty())
        return configureSsoFromPolicy(); // the policy's provider, if it names one
    if (settings.contains(QStringLiteral("sso/rolesClaim")))
        config.rolesClaim = settings.value(QStringLiteral("sso/rolesClaim")).toString();
    // Providers send the groups claim only when its scope is asked for; without
    // it the person has no role and the site policy lets them see nothing.
    if (config.rolesClaim == QLatin1String("groups") && !config.scopes.contains(QStringLiteral("groups")))
        config.scopes << QStringLiteral("groups");
    QStringList roleMap = m_options.roleMap;
    if (roleMap.isEmpty())
        roleMap = settings.value(QStringLiteral("sso/roleMap")).toStringList();
    for (const QString& m : roleMap) {
        const QString group = m.section(QLatin1Char('='), 0, 0), role = m.section(QLatin1Char('='), 1);
        if (group.isEmpty() || !auth::defaultRoles().contains(role))
            return Error{Text::tr("The role mapping \"%1\" needs GROUP=ROLE with one of the roles: %2.")
                             .arg(m, auth::defaultRoles().join(QStringLiteral(", ")))};
        config.roleMapping[group] << role;
    }
    if (config.roleMapping.isEmpty())
        for (const QString& r : auth::defaultRoles())
            config.roleMapping[r] << r; // groups named like the roles
    const QString browser = m_options.browserCommand.isEmpty() ? settings.value(QStringLiteral("sso/browserCommand")).toString()
                                                               : m_options.browserCommand;
    if (!browser.isEmpty())
        config.browserCommand = QProcess::splitCommand(browser);
    // Tokens stay in memory for the session: no offline_access, no refresh token store.
    config.scopes.removeAll(QStringLiteral("offline_access"));
    if (auto valid = config.validate(); !valid)
        return Error{Text::tr("Single sign-on is not configured correctly: %1").arg(valid.errorMessage())};
    m_oidc = std::make_unique<auth::OidcClient>(config, nullptr);
    return {};
}

ui::AuthShellOptions SignInSetup::shellOptions() const
{
    ui::AuthShellOptions o;
    o.accounts = m_accounts;
    o.accountsProblem = m_accountsProblem;
    o.oidc = m_oidc.get();
    o.demoUsers = m_demoUsers;
    o.secondFactorFromProvider = m_siteMode;
    o.personalMode = !m_siteMode;
    if (m_verifier) {
        o.localSignIn = [services = m_services, verifier = m_verifier](const QString& user, const QString& password,
                                                                       const QString& code) -> Result<auth::Identity> {
            auto ticket = services->serviceClient()->signIn(user, password, code);
            if (!ticket)
                return ticket.error();
            auto checked = verifier->check(ticket.value());
            if (!checked)
                return checked.error();
            // An unlock issues a new ticket: the one it replaces ends now in
            // the service (a copy of it is worthless), not when it expires.
            const QByteArray previous = services->ticket();
            services->setTicket(ticket.value());
            if (auto revoked = app::revokeReplacedTicket(*services, previous, ticket.value()); !revoked)
                std::fprintf(stderr, "custos: %s\n", qPrintable(revoked.errorMessage()));
            return checked.value().identity();
        };
    }
    if (m_verifier && m_oidc) {
        // Single sign-on in site mode: the service checks the ID token itself.
        o.ssoRedeem = [services = m_services, verifier = m_verifier](const auth::SignInProof& proof) -> Result<auth::Identity> {
            QCborMap ask;
            ask.insert(QStringLiteral("op"), QStringLiteral("ssoSignIn"));
            ask.insert(QStringLiteral("idToken"), proof.idToken);
            ask.insert(QStringLiteral("nonce"), proof.nonce);
            const QByteArray previous = services->ticket();
            if (proof.reauthentication) {
                ask.insert(QStringLiteral("reauthSince"), proof.requestedAt.toSecsSinceEpoch());
                ask.insert(QStringLiteral("ticket"), previous); // the same person only
            }
            auto reply = services->serviceClient()->call(ask);
            if (!reply)
                return reply.error();
            const QByteArray ticket = reply.value().value(QStringLiteral("ticket")).toByteArray();
            auto checked = verifier->check(ticket);
            if (!checked)
                return checked.error();
            services->setTicket(ticket);
            if (proof.reauthentication && !previous.isEmpty()) { // the unlocked session's old ticket ends now
                QCborMap logout;
                logout.insert(QStringLiteral("op"), QStringLiteral("logout"));
                logout.insert(QStringLiteral("ticket"), previous);
                (void)services->serviceClient()->call(logout);
            }
            return checked.value().identity();
        };
    }
    return o;
}

void SignInSetup::startAutomatic(ui::AuthShell& shell)
{
    const bool scripted = m_options.sso || !m_options.localUser.isEmpty() || (m_options.demo && m_options.screenshot);
    if (!scripted && m_options.screenshot) {
        // Nobody is there to sign in: say so rather than wait for ever.
        std::fprintf(stderr, "custos: --screenshot needs a sign-in without a person: --demo, --local USER or --sso\n");
        QMetaObject::invokeMethod(qApp, [] { QApplication::exit(2); }, Qt::QueuedConnection);
        return;
    }
    if (!scripted)
        return;
    if (m_options.sso || !m_options.localUser.isEmpty()) {
        // A script waits for an exit code: a failed sign-in ends the program.
        QObject::connect(&shell, &ui::AuthShell::signInFailed, qApp, [](const QString& message) {
            std::fprintf(stderr, "custos: sign-in failed: %s\n", qPrintable(message));
            QApplication::exit(4); // a failed sign-in; 3 is a refusal by the Guard
        });
        // A script cannot type a one-time code.
        QObject::connect(&shell, &ui::AuthShell::stepUpRequired, qApp, [](const QString& message) {
            std::fprintf(stderr, "custos: sign-in failed: %s Sign in interactively to enter the code.\n", qPrintable(message));
            QApplication::exit(4); // a failed sign-in; 3 is a refusal by the Guard
        });
    }
    if (m_options.sso) {
        shell.signInSso();
        return;
    }
    if (!m_options.localUser.isEmpty()) {
        QString password;
        if (m_options.passwordStdin)
            password = QTextStream(stdin).readLine();
        shell.signInLocal(m_options.localUser, password, m_options.otp);
        password.fill(QLatin1Char('\0'));
        return;
    }
    // The demo's screenshot: as the demo radiologist, with the demo
    // authenticator's code. A code is accepted once, so a second run within
    // the same 30 seconds uses the next code, and a third waits for it.
    const auto radiologist = std::find_if(m_demoUsers.begin(), m_demoUsers.end(),
                                          [](const auth::DemoUser& u) { return u.role == QLatin1String("radiologist"); });
    if (radiologist == m_demoUsers.end())
        return;
    const auth::DemoUser user = *radiologist;
    auto attempt = std::make_shared<int>(0);
    auto tryOnce = std::make_shared<std::function<void()>>();
    *tryOnce = [&shell, user, attempt] {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const qint64 at = *attempt == 1 ? now + user.totp.period : now;
        shell.signInLocal(user.name, user.password, user.currentCode(at));
    };
    QObject::connect(&shell, &ui::AuthShell::signInFailed, qApp, [&shell, user, attempt, tryOnce](const QString& message) {
        if (++*attempt > 2) {
            std::fprintf(stderr, "custos: sign-in failed: %s\n", qPrintable(message));
            QApplication::exit(4); // a failed sign-in; 3 is a refusal by the Guard
            return;
        }
        const int wait = *attempt == 2 ? int(user.totp.period - QDateTime::currentSecsSinceEpoch() % user.totp.period) + 1 : 0;
        QTimer::singleShot(wait * 1000, &shell, [tryOnce] { (*tryOnce)(); });
    });
    (*tryOnce)();
}

} // namespace custos::app
