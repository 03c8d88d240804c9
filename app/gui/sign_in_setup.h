// SPDX-License-Identifier: Apache-2.0
#pragma once
// How the viewer signs people in, from its command line and settings:
// local accounts (always, when the keychain works), single sign-on when an
// identity provider is configured, the demo users with --demo, and a
// non-interactive sign-in for scripts (--local USER --password-stdin --otp
// CODE, or --sso with a --browser-command that completes the login).

#include "app/common/services.h"
#include "core/auth/session.h"
#include "core/common/result.h"
#include "core/policy/policy.h"
#include "core/service/session_ticket.h"
#include "ui/auth/auth_shell.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class QSettings;

#include <memory>

namespace custos::app {

struct SignInOptions
{
    bool demo = false;
    QString localUser;
    bool passwordStdin = false;
    QString otp;
    bool sso = false;              // start single sign-on at once
    QString issuer;
    QString clientId;
    QString browserCommand;
    QStringList roleMap;           // GROUP=ROLE
    int idleTimeoutSeconds = 0;    // 0: the site's; otherwise only shorter than the site's
    bool screenshot = false;       // --screenshot: sign in without a person (demo: as the radiologist)

    static void addTo(QCommandLineParser& parser);
    static SignInOptions from(const QCommandLineParser& parser);
    // The settings.ini [sso] keys of `dataDir` that would pick the identity
    // provider or the roles (refused in site mode).
    static QStringList identitySettingsIn(const QString& dataDir);
};

class SignInSetup
{
public:
    // `policy`: its identityProvider is the single sign-on of the site; in
    // `siteMode` the only one (the command line and settings were refused).
    static Result<std::unique_ptr<SignInSetup>> create(SignInOptions options, std::shared_ptr<Services> services,
                                                       std::shared_ptr<const policy::Policy> policy, bool siteMode);
    ~SignInSetup();

    auth::SessionPolicy sessionPolicy() const { return m_policy; }
    // Everything but the session and the viewer factory.
    ui::AuthShellOptions shellOptions() const;
    // Site mode: checks the service's tickets with the pinned key (null
    // when the key is missing: then nobody can sign in, and the screen says why).
    std::shared_ptr<service::TicketVerifier> ticketVerifier() const { return m_verifier; }
    // Signs in at once when the command line asked for it.
    void startAutomatic(ui::AuthShell& shell);

private:
    SignInSetup() = default;
    Result<void> configureSso(const QSettings& settings);
    Result<void> configureSsoFromPolicy();

    SignInOptions m_options;
    std::shared_ptr<Services> m_services;
    auth::SessionPolicy m_policy;
    std::shared_ptr<auth::LocalAccountStore> m_accounts;
    QString m_accountsProblem;
    std::unique_ptr<auth::OidcClient> m_oidc;
    std::vector<auth::DemoUser> m_demoUsers;
    std::shared_ptr<const policy::Policy> m_sitePolicy;
    bool m_siteMode = false;
    std::shared_ptr<service::TicketVerifier> m_verifier;
};

} // namespace custos::app
