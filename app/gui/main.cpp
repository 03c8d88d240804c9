// SPDX-License-Identifier: Apache-2.0
// custos: the reading workstation. Thin: parse arguments, wire core into ui.

#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "app/gui/sign_in_setup.h"
#include "core/service/service_client.h"
#include "core/audit/syslog_forwarder.h"
#include "core/auth/oidc_client.h"
#include "core/auth/session.h"
#include "core/common/data_directory.h"
#include "core/policy/policy_loader.h"
#include "core/policy/policy_state.h"
#include "ui/admin/admin_view.h"
#include "ui/auth/auth_shell.h"
#include "ui/auth/os_lock_monitor.h"
#include "ui/compliance/capture_protection.h"
#include "ui/compliance/compliance_controller.h"
#include "ui/shell/dark_theme.h"
#include "ui/shell/main_window.h"
#include "ui/viewport/vtk_viewport.h"

#include <QApplication>
#include <QCborMap>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QTranslator>

#include <cstdio>

namespace {

// The language chosen in the settings, or the system's.
void installTranslators(QApplication& app, const QString& dataDir)
{
    const QSettings settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const QString chosen = settings.value(QStringLiteral("ui/language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    // Dates, numbers and the training modules follow the chosen language too.
    QLocale::setDefault(locale);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("custos"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char** argv)
{
    const qint64 startedMs = QDateTime::currentMSecsSinceEpoch();
    // VTK needs an OpenGL 3.2 core context: the default format must be set
    // before the application object exists.
    custos::ui::VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Custos"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));
    custos::ui::applyDarkTheme(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Custos radiology viewer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QApplication::translate("main", "DICOM files, folders or DICOMDIRs to open."), QStringLiteral("[PATH...]"));
    const QCommandLineOption preset(QStringLiteral("preset"), QApplication::translate("main", "Initial window preset (brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone)."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Render once everything is loaded, save the window as PNG, and exit."), QStringLiteral("FILE.png"));
    const QCommandLineOption layout(QStringLiteral("layout"), QApplication::translate("main", "Viewport layout: 1x1, 1x2, 2x1, 2x2 or 1x3."), QStringLiteral("LAYOUT"));
    const QCommandLineOption mpr(QStringLiteral("mpr"), QApplication::translate("main", "Show axial, coronal and sagittal views of the largest series."));
    const QCommandLineOption view3d(QStringLiteral("3d"), QApplication::translate("main", "Show the 3D view (volume rendering and AI segment surfaces) beside the layout."));
    const QCommandLineOption volumePreset(QStringLiteral("volume-preset"), QApplication::translate("main", "Initial 3D preset (soft, bone, lung, angio, mip)."), QStringLiteral("NAME"));
    const QCommandLineOption timing(QStringLiteral("timing"), QApplication::translate("main", "Print the time to the first image and to the full load (for benchmarks)."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QApplication::translate("main", "Where Custos keeps its state."), QStringLiteral("DIR"));
    parser.addOptions({preset, screenshot, layout, mpr, view3d, volumePreset, timing, dataDir});
    custos::app::SignInOptions::addTo(parser);
    parser.process(app);

    // Site mode (a policy installed machine-wide): what would let a person
    // pick their own accounts, audit trail, policy or identity provider is
    // refused before anything is opened, with the reason.
    {
        custos::policy::SiteModeChoices choices;
        choices.demo = parser.isSet(QStringLiteral("demo"));
        choices.dataDirOption = parser.isSet(dataDir);
        for (const char* name : {"issuer", "client-id", "role-map"})
            if (parser.isSet(QLatin1String(name)))
                choices.identityOptions << QStringLiteral("--") + QLatin1String(name);
        choices.identitySettings = custos::app::SignInOptions::identitySettingsIn(custos::resolveDataDirectory(parser.value(dataDir)));
        if (auto allowed = custos::policy::checkSiteModeChoices(choices); !allowed) {
            std::fprintf(stderr, "custos: %s\n", qPrintable(allowed.errorMessage()));
            if (parser.value(screenshot).isEmpty())
                QMessageBox::critical(nullptr, QApplication::translate("main", "Custos cannot start"), allowed.errorMessage());
            return 3;
        }
    }

    custos::ui::ViewerOptions options;
    options.paths = parser.positionalArguments();
    options.preset = parser.value(preset);
    options.screenshotFile = parser.value(screenshot);
    options.layout = parser.value(layout);
    options.mpr = parser.isSet(mpr);
    options.view3d = parser.isSet(view3d);
    options.volumePreset = parser.value(volumePreset);
    options.timing = parser.isSet(timing);
    options.startedMs = startedMs;
    options.dataDir = custos::resolveDataDirectory(parser.value(dataDir));
    installTranslators(app, options.dataDir);

    // Keychain, audit trail and encrypted cache. Without a keychain the
    // viewer still works, from memory only, and says so.
    auto services = custos::app::Services::open({options.dataDir, true, QStringLiteral("custos")});
    options.protection.user = services->user();
    options.protection.cache = services->cache();
    if (services->keyStore())
        options.protection.pacsCredentials = std::make_shared<custos::pacs::CredentialStore>(services->keyStore());
    options.protection.problem = services->problem();
    options.protection.record = [services](const custos::audit::Event& e) { services->record(e); };
    services->record(custos::audit::events::applicationStart(services->user(), QStringLiteral("custos")));

    // Shipping the audit trail to the hospital's repository (syslog over
    // TLS), when configured in settings.ini [audit] (later: the site policy).
    std::unique_ptr<custos::audit::SyslogForwarder> forwarder;
    {
        const QSettings settings(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString host = settings.value(QStringLiteral("audit/collectorHost")).toString();
        if (!host.isEmpty() && services->auditLog()) {
            custos::audit::ForwarderConfig config;
            config.host = host;
            config.port = quint16(settings.value(QStringLiteral("audit/collectorPort"), 6514).toUInt());
            config.caFile = settings.value(QStringLiteral("audit/caFile")).toString();
            config.clientCertFile = settings.value(QStringLiteral("audit/clientCertFile")).toString();
            config.clientKeyFile = settings.value(QStringLiteral("audit/clientKeyFile")).toString();
            forwarder = std::make_unique<custos::audit::SyslogForwarder>(services->auditLog(), config);
            forwarder->start();
        }
    }

    // The site policy decides every PHI action. A policy file that exists
    // but is unprotected or invalid stops the viewer with the error: running
    // under the built-in default instead would quietly change who may do
    // what (the loader never falls back by itself, and neither do we).
    auto sitePolicy = custos::policy::loadSitePolicy();
    if (!sitePolicy) {
        services->record(custos::audit::events::securityAlert(services->user(), QStringLiteral("site policy refused: ") + sitePolicy.errorMessage()));
        std::fprintf(stderr, "custos: %s\n", qPrintable(sitePolicy.errorMessage()));
        if (parser.value(screenshot).isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Custos cannot start"),
                                  QApplication::translate("main", "The site policy could not be used, so Custos does not start:\n\n%1\n\n"
                                                                  "Ask your IT department to correct or reinstall the policy file.")
                                      .arg(sitePolicy.errorMessage()));
        return 3;
    }
    const auto signInOptions = custos::app::SignInOptions::from(parser);
    auto policy = sitePolicy.value();
    // The demo shows the whole workflow (exports, training, break-glass),
    // which the safe built-in default forbids. On a machine without a site
    // policy it runs under the example site policy; where IT installed one,
    // the demo obeys it like everything else.
    const auto source = custos::policy::policySource();
    bool exampleInUse = false;
    if (signInOptions.demo && !source.fromEnvironment && !custos::policy::siteMode()) {
        auto example = custos::policy::parsePolicy(custos::policy::exampleSitePolicyJson(), QStringLiteral("example-site-policy.json"));
        if (example) {
            example.value().source = QApplication::translate("main", "the example site policy (demo; no site policy is installed)");
            // Its identity provider is a placeholder (idp.example.org): the
            // demo offers no sign-in button that leads nowhere.
            example.value().identityProvider = {};
            policy = std::make_shared<const custos::policy::Policy>(std::move(example).value());
            exampleInUse = true;
        }
    }

    // Nobody sees a study before signing in: the viewer is built for the
    // person the session belongs to, and destroyed when the session ends.
    auto signIn = custos::app::SignInSetup::create(signInOptions, services, policy, custos::policy::siteMode());
    if (!signIn) {
        std::fprintf(stderr, "custos: %s\n", qPrintable(signIn.errorMessage()));
        return 2;
    }
    // The policy's session rules win over settings.ini; --idle-timeout may only shorten them.
    custos::auth::SessionPolicy sessionRules = policy->session;
    if (signInOptions.idleTimeoutSeconds > 0)
        sessionRules.idleTimeout = std::min(sessionRules.idleTimeout, std::chrono::seconds(signInOptions.idleTimeoutSeconds));
    custos::auth::Session session(sessionRules, [services](const custos::audit::Event& e) { services->record(e); });

    // The Guard over this session, with the training records and
    // break-glass grants of the data folder. Without them (a damaged file)
    // training and emergency access are unavailable: exports stay closed.
    auto record = [services](const custos::audit::Event& e) { services->record(e); };
    // Site mode: custosd's machine-wide grants and acknowledgements.
    std::shared_ptr<custos::app::SiteCompliance> siteCompliance;
    auto state = custos::app::openPolicyStateFor(services, policy, record, &siteCompliance);
    if (!state)
        std::fprintf(stderr, "custos: %s\n", qPrintable(state.errorMessage()));
    custos::policy::PolicyState policyState = state ? std::move(state.value()) : custos::policy::PolicyState{policy, nullptr, nullptr};
    // Site mode: who asks is the service's ticket (verified once, then only
    // its uid and expiry per decision); the session still locks and ends it.
    custos::policy::RequesterSource requester = custos::policy::sessionRequester(session);
    if (auto verifier = signIn.value()->ticketVerifier())
        requester = custos::service::ticketRequester(verifier, [services] { return services->ticket(); }, requester);
    QObject::connect(&session, &custos::auth::Session::ended, &app, [services] {
        const QByteArray ticket = services->ticket();
        if (ticket.isEmpty() || !services->serviceClient())
            return;
        services->setTicket({});
        QCborMap logout; // the service forgets it at once: a copy is worthless
        logout.insert(QStringLiteral("op"), QStringLiteral("logout"));
        logout.insert(QStringLiteral("ticket"), ticket);
        (void)services->serviceClient()->call(logout);
    });
    custos::policy::Guard guard({policy, requester, record, policyState.breakGlass.get(),
                                 policyState.training.get(), {}, services->durableSink(), services->phiGate()});
    // Every window, dialogs included, protected from screen capture where the system allows.
    custos::ui::CaptureProtection capture;
    capture.install();
    auto compliance = std::make_shared<custos::ui::ComplianceContext>();
    compliance->guard = &guard;
    compliance->breakGlass = policyState.breakGlass.get();
    compliance->training = policyState.training.get();
    compliance->session = &session;
    compliance->accounts = signIn.value()->shellOptions().accounts;
    if (siteCompliance)
        compliance->reauthenticateLocal = [siteCompliance](const QString& user, const QString& password, const QString& code) {
            return siteCompliance->reauthenticateLocal(user, password, code);
        };
    if (custos::auth::OidcClient* oidc = signIn.value()->shellOptions().oidc; oidc && siteCompliance) {
        // Site mode: the provider asks again (prompt=login, max_age=0) and
        // custosd checks the answer, and the second factor (the provider's
        // or Custos's own code), itself; its fresh ticket is the proof the
        // grant request carries. The session's ticket stays.
        compliance->signInAgainThroughService =
            custos::app::SiteCompliance::singleSignOnConfirmation(siteCompliance, oidc, [&session] { return session.identity().subject; });
    } else if (oidc) {
        // Break-glass confirmation: the provider asks again (prompt=login, max_age=0, fresh auth_time).
        compliance->signInAgain = [oidc, &session, site = custos::policy::siteMode()](std::function<void(custos::Result<custos::auth::Identity>)> done) {
            oidc->reauthenticate(session.identity().subject, site && session.policy().requireMfa, std::move(done));
        };
    }
    compliance->audit = record;
    compliance->auditLog = services->auditLog();
    compliance->capture = &capture;
    compliance->policyOrigin = policy->source;
    // What the administration view shows: the text of the policy in force.
    if (exampleInUse)
        compliance->policyJson = custos::policy::exampleSitePolicyJson();
    else if (QFile in(policy->source); QFileInfo::exists(policy->source) && in.open(QIODevice::ReadOnly))
        compliance->policyJson = in.readAll();
    if (!services->siteMode()) // About and the administration view say it, as every audit record does
        compliance->policyOrigin += QApplication::translate("main", "; personal mode: not for patient data in production");
    compliance->showAdministration = [weak = std::weak_ptr<const custos::ui::ComplianceContext>(compliance)](QWidget* parent) {
        if (auto context = weak.lock())
            custos::ui::AdminView::show(context, parent);
    };
    custos::ui::AuthShellOptions shellOptions = signIn.value()->shellOptions();
    shellOptions.session = &session;
    shellOptions.createViewer = [&options, &app, compliance](const custos::auth::Identity& who) -> QWidget* {
        custos::ui::ViewerOptions forUser = options;
        forUser.protection.user = who.userName;
        auto* window = custos::ui::ComplianceController::createViewer(forUser, compliance);
        if (!forUser.screenshotFile.isEmpty()) {
            QObject::connect(window, &custos::ui::MainWindow::screenshotDone, &app, [file = forUser.screenshotFile](int code) {
                if (code != 0 && code != 3) // 3: refused by the Guard, which said why
                    std::fprintf(stderr, "custos: the screenshot could not be written to %s\n", qPrintable(file));
                QApplication::exit(code);
            });
        }
        return window;
    };
    custos::ui::AuthShell shell(std::move(shellOptions));
    custos::ui::OsLockMonitor osLock;
    QObject::connect(&osLock, &custos::ui::OsLockMonitor::lockRequested, &shell, &custos::ui::AuthShell::lockNow);
    // Never larger than the screen: at 1024 x 700 the viewer's panels must fit.
    shell.resize(QSize(1400, 900).boundedTo(QGuiApplication::primaryScreen()->availableGeometry().size()));
    shell.show();
    signIn.value()->startAutomatic(shell);
    const int code = app.exec();
    services->record(custos::audit::events::applicationStop(services->user(), QStringLiteral("custos")));
    if (forwarder)
        forwarder->stop();
    return code;
}
