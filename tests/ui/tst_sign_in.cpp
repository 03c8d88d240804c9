// SPDX-License-Identifier: Apache-2.0
// Sign-in, the idle and operating-system lock, unlock, switch user — the
// real window (AuthShell + MainWindow on the demo study) under Xvfb, a real
// keychain, real local accounts; and the real viewer binary signing in
// through a real OpenID provider and with a scripted local sign-in.

#include "app/common/services.h"
#include "core/auth/demo_accounts.h"
#include "core/auth/local_accounts.h"
#include "core/auth/session.h"
#include "core/dicom/demo_study.h"
#include "oidc_provider_peer.h"
#include "test_data.h"
#include "ui/auth/auth_shell.h"
#include "ui/auth/lock_page.h"
#include "ui/auth/os_lock_monitor.h"
#include "ui/auth/sign_in_page.h"
#include "ui/auth/step_up_page.h"
#include "core/auth/oidc_client.h"
#include "core/auth/totp.h"
#include "ui/shell/dark_theme.h"
#include "ui/shell/main_window.h"
#include "ui/viewport/vtk_viewport.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QFrame>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QUrlQuery>
#include <QtTest>

#include <algorithm>
#include <cmath>

#include "audit_reader.h"
#include "test_support.h"

using namespace custos;
using namespace custos::ui;

namespace {

const QString kPatientName = QStringLiteral("DEMO^CUSTOS");

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(2000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

// Pixels a CT image puts on screen and the user interface does not: neutral
// greys (r == g == b) in the range the soft tissue of the demo phantom takes
// at the default window. The interface's colours are all tinted.
int imageLikePixels(const QImage& shot)
{
    int n = 0;
    const QImage img = shot.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const QRgb* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int r = qRed(line[x]), g = qGreen(line[x]), b = qBlue(line[x]);
            if (r == g && g == b && r >= 60 && r <= 200)
                ++n;
        }
    }
    return n;
}

// What the X server shows of the window: the truth, not what Qt would paint.
QImage onScreen(QWidget& window)
{
    QApplication::processEvents();
    QTest::qWait(150);
    return window.screen()->grabWindow(window.winId()).toImage();
}

// Every word visible in the window's widgets.
QStringList visibleTexts(QWidget& root)
{
    QStringList texts{root.windowTitle()};
    for (QWidget* w : root.findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            texts << edit->text();
        if (auto* list = qobject_cast<QListWidget*>(w))
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text() << list->item(i)->toolTip();
    }
    return texts;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `c` as painted over `under` (placeholders are often half transparent).
QColor over(const QColor& c, const QColor& under)
{
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + under.redF() * (1 - a)), float(c.greenF() * a + under.greenF() * (1 - a)),
                            float(c.blueF() * a + under.blueF() * (1 - a)));
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void idleLockHidesEveryPixelAndWordOfTheStudy();
    void unlockNeedsTheSamePersonAndSwitchUserClosesTheStudies();
    void screenLockOfTheOperatingSystemLocksTheSession();
    void viewerSignsInThroughARealOpenIdProvider();
    void singleSignOnWithoutSecondFactorStepsUpWithTotp();
    void viewerSignsInWithALocalAccountFromAScript();
    void fileQuitEndsTheViewerProcess();
    void personalModeIsSaidOnTheSignInScreen();
    void demoButtonsAreWholeAt1024x700_data();
    void demoButtonsAreWholeAt1024x700();
    void placeholdersAreReadableOnTheDarkFields();
    void useWaitsForTheNextCodeWhenTheCurrentOneIsAboutToExpire();

private:
    QString code(const QString& user, int stepsAhead = 0) const;
    MainWindow* signIn(const QString& user, int stepsAhead = 0, bool waitForStudy = true);

    QTemporaryDir m_dir;
    QString m_study;
    std::shared_ptr<app::Services> m_services;
    std::shared_ptr<auth::LocalAccountStore> m_accounts;
    std::vector<auth::DemoUser> m_demo;
    std::vector<audit::Event> m_events;
    std::unique_ptr<auth::Session> m_session;
    std::unique_ptr<AuthShell> m_shell;
    std::unique_ptr<OsLockMonitor> m_osLock;
    QTemporaryDir m_policyDir;
};

void TestSignIn::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    QVERIFY(m_dir.isValid());
    dicom::DemoStudyOptions demo;
    demo.slices = 40;
    demo.size = 192;
    m_study = m_dir.filePath(QStringLiteral("study"));
    // The viewer runs below take --screenshot, an ExportImage: under a site
    // policy that allows images into the temporary folder (CUSTOS_POLICY_FILE
    // is inherited by every child process).
    const QString policyFile = testsupport::writeProtectedPolicy(
        m_policyDir.path(), testsupport::examplePolicyExportingTo(QStringLiteral(CUSTOS_CLI_PATH), {QDir::tempPath()}));
    QVERIFY(!policyFile.isEmpty());
    qputenv("CUSTOS_POLICY_FILE", QFile::encodeName(policyFile));
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));

    m_services = app::Services::open({m_dir.filePath(QStringLiteral("data")), true, QStringLiteral("custos")});
    QVERIFY2(m_services->keys(), qPrintable(m_services->problem()));
    auth::LocalAccountOptions options;
    options.audit = [this](const audit::Event& e) { m_events.push_back(e); };
    auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(m_services->dataDir()), m_services->keys(), options);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.errorMessage()));
    m_accounts = store.value();
    auto demoUsers = auth::provisionDemoUsers(*m_accounts, m_services->dataDir());
    QVERIFY2(demoUsers.ok(), qPrintable(demoUsers.ok() ? QString() : demoUsers.errorMessage()));
    m_demo = demoUsers.value();
    QCOMPARE(int(m_demo.size()), 5);
    // A second provisioning finds everything in place and changes nothing.
    auto again = auth::provisionDemoUsers(*m_accounts, m_services->dataDir());
    QVERIFY(again.ok());
    QCOMPARE(again.value().front().secret, m_demo.front().secret);
}

void TestSignIn::init()
{
    m_events.clear();
    auth::SessionPolicy policy;
    policy.idleTimeout = std::chrono::seconds(3);
    m_session = std::make_unique<auth::Session>(policy, [this](const audit::Event& e) { m_events.push_back(e); });
    AuthShellOptions options;
    options.session = m_session.get();
    options.accounts = m_accounts;
    options.demoUsers = m_demo;
    options.createViewer = [this](const auth::Identity& who) -> QWidget* {
        ViewerOptions viewer;
        viewer.paths = {m_study};
        viewer.protection.user = who.userName;
        return new MainWindow(viewer);
    };
    m_shell = std::make_unique<AuthShell>(std::move(options));
    m_osLock = std::make_unique<OsLockMonitor>();
    connect(m_osLock.get(), &OsLockMonitor::lockRequested, m_shell.get(), &AuthShell::lockNow);
    m_shell->resize(1100, 800);
    m_shell->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell.get()));
}

void TestSignIn::cleanup()
{
    m_osLock.reset();
    m_shell.reset();
    m_session.reset();
}

QString TestSignIn::code(const QString& user, int stepsAhead) const
{
    for (const auth::DemoUser& u : m_demo)
        if (u.name == user)
            return u.currentCode(QDateTime::currentSecsSinceEpoch() + qint64(stepsAhead) * u.totp.period);
    return {};
}

// Signs `user` in through the sign-in page and waits for the study on screen.
MainWindow* TestSignIn::signIn(const QString& user, int stepsAhead, bool waitForStudy)
{
    QSignalSpy created(m_shell.get(), &AuthShell::viewerCreated);
    SignInPage* page = m_shell->signInPage();
    page->userField()->setText(user);
    page->passwordField()->setText(QStringLiteral("demo-") + user);
    page->codeField()->setText(code(user, stepsAhead));
    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    if (!created.wait(30000))
        return nullptr;
    auto* window = qobject_cast<MainWindow*>(m_shell->viewer());
    if (!window || !waitForStudy)
        return window;
    QSignalSpy loaded(window, &MainWindow::seriesLoaded);
    if (!loaded.wait(60000))
        return nullptr;
    QTest::qWait(200);
    return window;
}

void TestSignIn::idleLockHidesEveryPixelAndWordOfTheStudy()
{
    // Before signing in: no study, no patient.
    QVERIFY(!m_shell->viewer());
    QVERIFY(!visibleTexts(*m_shell).join(QLatin1Char('\n')).contains(kPatientName));
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
        onScreen(*m_shell).save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/sign-in.png"));
    QCOMPARE(imageLikePixels(onScreen(*m_shell)), 0);

    MainWindow* window = signIn(QStringLiteral("radiologist"));
    QVERIFY(window);
    QVERIFY(m_shell->showingViewer());
    const QImage before = onScreen(*m_shell);
    const int imagePixels = imageLikePixels(before);
    QVERIFY2(imagePixels > 5000, qPrintable(QStringLiteral("the study is not on screen (%1 image pixels)").arg(imagePixels)));

    // Nobody touches anything: after the idle time the window locks by itself.
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->showingLock(), 10000);
    QCOMPARE(m_session->state(), auth::SessionState::Locked);
    const QImage after = onScreen(*m_shell);
    after.save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS", m_dir.path()) + QStringLiteral("/locked.png"));
    QCOMPARE(imageLikePixels(after), 0);
    QVERIFY(!window->isVisible());
    const QString words = visibleTexts(*m_shell).join(QLatin1Char('\n'));
    QVERIFY2(!words.contains(QStringLiteral("DEMO^CUSTOS")) && !words.contains(QStringLiteral("DEMO, CUSTOS"))
                 && !words.contains(QStringLiteral("CUSTOS-DEMO")), qPrintable(words));
    QVERIFY(words.contains(QStringLiteral("Dr. Ana Rivera"))); // who may unlock: the clinician, not the patient
    QVERIFY(m_shell->windowTitle().contains(QStringLiteral("locked")));

    // The sign-in and the lock are in the audit trail (110114).
    int signIns = 0, locks = 0;
    for (const audit::Event& e : m_events) {
        if (e.id.code != QLatin1String("110114"))
            continue;
        signIns += e.outcomeDescription.contains(QStringLiteral("session started")) ? 1 : 0;
        locks += e.outcomeDescription.contains(QStringLiteral("session locked")) ? 1 : 0;
    }
    QCOMPARE(signIns, 1);
    QCOMPARE(locks, 1);
}

void TestSignIn::unlockNeedsTheSamePersonAndSwitchUserClosesTheStudies()
{
    // Each test signs in a user of its own: a code is accepted only once.
    QPointer<MainWindow> window = signIn(QStringLiteral("technologist"));
    QVERIFY(window);
    // A window of its own (as the administration view is) and an image Custos copied.
    auto* admin = new QWidget(window, Qt::Window);
    admin->setWindowTitle(QStringLiteral("Administration"));
    admin->resize(300, 200);
    admin->show();
    QVERIFY(QTest::qWaitForWindowExposed(admin));
    QImage copied(64, 64, QImage::Format_RGB32);
    copied.fill(Qt::gray);
    QApplication::clipboard()->setImage(copied);
    QTRY_VERIFY(!QApplication::clipboard()->image().isNull());
    m_shell->lockNow(QStringLiteral("test"));
    QVERIFY(m_shell->showingLock());
    // Issue 13: "The administration window stays visible when the session locks."
    QVERIFY(!admin->isVisible());
    QVERIFY(QApplication::clipboard()->image().isNull()); // what Custos copied is gone
    LockPage* lock = m_shell->lockPage();

    // A wrong code: refused, still locked.
    lock->passwordField()->setText(QStringLiteral("demo-technologist"));
    lock->codeField()->setText(QStringLiteral("000000") == code(QStringLiteral("technologist"), 1) ? QStringLiteral("111111") : QStringLiteral("000000"));
    QTest::mouseClick(lock->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(lock->unlockButton()->isEnabled(), 20000);
    QVERIFY(m_shell->showingLock());
    QVERIFY(lock->passwordField()->text().isEmpty()); // nothing typed stays in memory on screen

    // The next code of the authenticator: unlocked, the same study still open.
    lock->passwordField()->setText(QStringLiteral("demo-technologist"));
    lock->codeField()->setText(code(QStringLiteral("technologist"), 1));
    QTest::mouseClick(lock->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->showingViewer(), 20000);
    QCOMPARE(m_session->state(), auth::SessionState::Active);
    QVERIFY(window && window->isVisible());
    QVERIFY(admin->isVisible()); // back for the same person

    // Someone else at the keyboard must switch user: the studies close.
    m_shell->lockNow(QStringLiteral("test"));
    QTest::mouseClick(lock->switchUserButton(), Qt::LeftButton);
    QCOMPARE(m_session->state(), auth::SessionState::SignedOut);
    QTRY_VERIFY_WITH_TIMEOUT(!window, 5000); // the viewer and its volumes are gone
    QVERIFY(!m_shell->showingLock() && !m_shell->showingViewer());
    QVERIFY(!visibleTexts(*m_shell).join(QLatin1Char('\n')).contains(kPatientName));

    QStringList trail;
    for (const audit::Event& e : m_events)
        if (e.id.code == QLatin1String("110114"))
            trail << QStringLiteral("%1 %2").arg(int(e.outcome)).arg(e.outcomeDescription);
    const QString all = trail.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("session unlocked")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("session ended: switch user")), qPrintable(all));
    QVERIFY2(std::any_of(m_events.begin(), m_events.end(), [](const audit::Event& e) {
                 return e.id.code == QLatin1String("110114") && e.outcome != audit::Outcome::Success;
             }),
             qPrintable(all)); // the wrong code
}

void TestSignIn::screenLockOfTheOperatingSystemLocksTheSession()
{
    QVERIFY2(!m_osLock->sources().isEmpty(), "no session bus to watch");
    // Another user than the tests before, whose codes are unused.
    QVERIFY(signIn(QStringLiteral("compliance-officer"), 0, false));
    const Run sent = run(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--type=signal"),
                                                       QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                       QStringLiteral("org.freedesktop.ScreenSaver.ActiveChanged"),
                                                       QStringLiteral("boolean:true")});
    QCOMPARE(sent.code, 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_shell->showingLock(), 5000);
    QCOMPARE(m_session->state(), auth::SessionState::Locked);
}

void TestSignIn::viewerSignsInThroughARealOpenIdProvider()
{
    QVERIFY2(testpeers::oidcPeerMissing().isEmpty(), qPrintable(testpeers::oidcPeerMissing()));
    testpeers::OidcProviderPeer provider;
    const QString failure = provider.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + provider.diagnostics()));
    QTemporaryDir data;
    auto viewer = [&](const QString& user, const QString& password, const QString& shot) {
        const QString browser = QStringLiteral("%1 %2/login.mjs {url} %3 %4").arg(testpeers::nodePath(), testpeers::oidcPeerDir(), user, password);
        return run(QStringLiteral(CUSTOS_VIEWER_PATH),
                   {m_study, QStringLiteral("--data-dir"), data.path(), QStringLiteral("--sso"), QStringLiteral("--issuer"), provider.issuer(),
                    QStringLiteral("--client-id"), QStringLiteral("custos-rs256"), QStringLiteral("--role-map"),
                    QStringLiteral("radiology-attendings=radiologist"), QStringLiteral("--browser-command"), browser,
                    QStringLiteral("--screenshot"), shot});
    };
    // alice: password and code at the provider: in, and the study is drawn.
    const QString shot = data.filePath(QStringLiteral("alice.png"));
    const Run alice = viewer(QStringLiteral("alice"), QStringLiteral("alice-password"), shot);
    QVERIFY2(alice.code == 0, alice.err.constData());
    QVERIFY(imageLikePixels(QImage(shot)) > 5000);
    // bob: no second factor at the provider; the site requires one, and a
    // script cannot type Custos's own code: refused, nothing shown.
    const QString bobShot = data.filePath(QStringLiteral("bob.png"));
    const Run bob = viewer(QStringLiteral("bob"), QStringLiteral("bob-password"), bobShot);
    QCOMPARE(bob.code, 4); // a failed sign-in (3 is a refusal by the Guard)
    QVERIFY2(bob.err.contains("second factor"), bob.err.constData());
    QVERIFY(!QFileInfo::exists(bobShot));
    provider.stop();

    // Both attempts are in the viewer's durable audit trail.
    const Run trail{0, testsupport::auditTrail(data.path()), {}};
    QVERIFY2(trail.out.contains("session started"), trail.out.constData());
    // No trust-on-first-use: bob's password-only sign-in did not enrol a code of its own.
    QVERIFY2(!trail.out.contains("Second factor enrolled"), trail.out.constData());
}

void TestSignIn::singleSignOnWithoutSecondFactorStepsUpWithTotp()
{
    QVERIFY2(testpeers::oidcPeerMissing().isEmpty(), qPrintable(testpeers::oidcPeerMissing()));
    testpeers::OidcProviderPeer provider;
    const QString failure = provider.start();
    QVERIFY2(failure.isEmpty(), qPrintable(failure + provider.diagnostics()));
    auth::OidcConfig config;
    config.issuer = QUrl(provider.issuer());
    config.clientId = QStringLiteral("custos-rs256");
    config.scopes << QStringLiteral("groups");
    config.roleMapping[QStringLiteral("ct-technologists")] << QStringLiteral("technologist");
    // bob signs in at the provider with a password only (amr: pwd).
    config.browserCommand = testpeers::scriptedLogin(QStringLiteral("bob"), QStringLiteral("bob-password"));
    auth::OidcClient oidc(config, &m_services->keys()->store());

    auth::Session session(auth::SessionPolicy{}, [this](const audit::Event& e) { m_events.push_back(e); });
    AuthShellOptions options;
    options.session = &session;
    options.accounts = m_accounts;
    options.oidc = &oidc;
    options.createViewer = [](const auth::Identity&) -> QWidget* { return new QLabel(QStringLiteral("viewer")); };
    AuthShell shell(std::move(options));
    shell.resize(900, 760);
    shell.show();

    // First sign-in: the provider gave no second factor and no administrator
    // issued an enrolment code: refused, no code is set up (no trust-on-first-use).
    QSignalSpy refused(&shell, &AuthShell::signInFailed);
    shell.signInSso();
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() == 1, 30000);
    QVERIFY(!shell.showingStepUp());
    QCOMPARE(session.state(), auth::SessionState::SignedOut);
    QVERIFY2(refused.at(0).at(0).toString().contains(QStringLiteral("issue-enrolment")), qPrintable(refused.at(0).at(0).toString()));
    auth::Identity bob;
    bob.subject = QStringLiteral("bob");
    bob.userName = QStringLiteral("bob");
    bob.issuer = provider.issuer();
    bob.method = auth::AuthMethod::OpenIdConnect;
    QVERIFY(!m_accounts->hasStepUp(bob).value());
    // A made-up enrolment code does not do either.
    QVERIFY(!m_accounts->enrolStepUp(bob, QStringLiteral("aaaa-bbbb-cccc")).ok());
    // The administrator issues bob's one-time code; bob enrols with it.
    auto permit = m_accounts->issueStepUpEnrolment(QStringLiteral("bob"));
    QVERIFY(permit.ok());
    auto enrolment = m_accounts->enrolStepUp(bob, permit.value());
    QVERIFY2(enrolment.ok(), qPrintable(enrolment.ok() ? QString() : enrolment.errorMessage()));
    QVERIFY(!m_accounts->enrolStepUp(bob, permit.value()).ok()); // once only
    const QString secret = QUrlQuery(QUrl(enrolment.value().otpauthUri).query()).queryItemValue(QStringLiteral("secret"));
    QVERIFY(!secret.isEmpty());
    shell.signInSso();
    QTRY_VERIFY_WITH_TIMEOUT(shell.showingStepUp(), 30000);
    QCOMPARE(session.state(), auth::SessionState::SignedOut);
    // A wrong code is refused and the enrolment waits.
    StepUpPage* page = shell.stepUpPage();
    page->codeField()->setText(QStringLiteral("12345"));
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->continueButton()->isEnabled(), 20000);
    QVERIFY(shell.showingStepUp());
    // The code of the reference implementation (oathtool) is accepted.
    const Run reference = run(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"), secret});
    QCOMPARE(reference.code, 0);
    page->codeField()->setText(QString::fromLatin1(reference.out.trimmed()));
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.showingViewer(), 20000);
    QCOMPARE(session.identity().method, auth::AuthMethod::OpenIdConnect);
    QCOMPARE(session.identity().mfa, auth::MfaMethod::Totp);
    QCOMPARE(session.identity().roles, QStringList{QStringLiteral("technologist")});
    session.end(QStringLiteral("test"));

    // Next time: no QR code, just the next code.
    shell.signInSso();
    QTRY_VERIFY_WITH_TIMEOUT(shell.showingStepUp(), 30000);
    const auto key = auth::totp::base32Decode(secret);
    QVERIFY(key);
    page->codeField()->setText(auth::totp::totp(*key, QDateTime::currentSecsSinceEpoch() + 30, {}));
    QTest::mouseClick(page->continueButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(shell.showingViewer(), 20000);
    QCOMPARE(session.identity().mfa, auth::MfaMethod::Totp);
    session.end(QStringLiteral("test"));
    provider.stop();

    // Every step-up attempt is a 110114 User Authentication with its outcome.
    // The refused enrolments (a made-up code, the used-up one) are recorded too.
    int stepUps = 0, failures = 0, refusedEnrolments = 0;
    for (const audit::Event& e : m_events)
        if (e.id.code == QLatin1String("110114") && e.outcomeDescription.contains(QStringLiteral("Custos TOTP step-up"))) {
            if (e.outcomeDescription.contains(QStringLiteral("enrolment refused")))
                ++refusedEnrolments;
            else
                ++(e.outcome == audit::Outcome::Success ? stepUps : failures);
        }
    QCOMPARE(stepUps, 2);
    QCOMPARE(failures, 1);
    QCOMPARE(refusedEnrolments, 2);
}

void TestSignIn::viewerSignsInWithALocalAccountFromAScript()
{
    // A data folder of its own with the demo users, released before the
    // viewer process opens it (the audit trail has one writer at a time).
    const QString data = m_dir.filePath(QStringLiteral("script-data"));
    std::vector<auth::DemoUser> users;
    {
        auto services = app::Services::open({data, true, QStringLiteral("custos")});
        QVERIFY2(services->keys(), qPrintable(services->problem()));
        auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(data), services->keys());
        QVERIFY(store.ok());
        auto provisioned = auth::provisionDemoUsers(*store.value(), data);
        QVERIFY(provisioned.ok());
        users = provisioned.value();
    }
    const auth::DemoUser& radiologist = users.front();
    QCOMPARE(radiologist.role, QStringLiteral("radiologist"));
    const QString shot = m_dir.filePath(QStringLiteral("script.png"));
    auto viewer = [&](const QByteArray& password, int stepsAhead) {
        const QString otp = radiologist.currentCode(QDateTime::currentSecsSinceEpoch() + qint64(stepsAhead) * radiologist.totp.period);
        return run(QStringLiteral(CUSTOS_VIEWER_PATH),
                   {m_study, QStringLiteral("--data-dir"), data, QStringLiteral("--local"), radiologist.name,
                    QStringLiteral("--password-stdin"), QStringLiteral("--otp"), otp, QStringLiteral("--screenshot"), shot},
                   password + '\n');
    };
    const Run wrong = viewer("not-the-password", 0);
    QCOMPARE(wrong.code, 4); // a failed sign-in (3 is a refusal by the Guard)
    QVERIFY2(wrong.err.contains("sign-in failed"), wrong.err.constData());
    QVERIFY(!QFileInfo::exists(shot));
    const Run right = viewer(radiologist.password.toUtf8(), 0);
    QVERIFY2(right.code == 0, right.err.constData());
    QVERIFY(imageLikePixels(QImage(shot)) > 5000);
}

// The real viewer, signed in, with a study on screen: File → Quit (its
// shortcut, typed into the window through the X server) ends the process.
// A hang test, not a speed test: 15 s is generous.
void TestSignIn::fileQuitEndsTheViewerProcess()
{
    const QString data = m_dir.filePath(QStringLiteral("quit-data"));
    std::vector<auth::DemoUser> users;
    {
        auto services = app::Services::open({data, true, QStringLiteral("custos")});
        QVERIFY2(services->keys(), qPrintable(services->problem()));
        auto store = auth::LocalAccountStore::open(auth::LocalAccountStore::defaultFolder(data), services->keys());
        QVERIFY(store.ok());
        auto provisioned = auth::provisionDemoUsers(*store.value(), data);
        QVERIFY(provisioned.ok());
        users = provisioned.value();
    }
    const auth::DemoUser& radiologist = users.front();
    QProcess viewer;
    viewer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    viewer.start(QStringLiteral(CUSTOS_VIEWER_PATH),
                 {m_study, QStringLiteral("--data-dir"), data, QStringLiteral("--local"), radiologist.name, QStringLiteral("--password-stdin"),
                  QStringLiteral("--otp"), radiologist.currentCode(QDateTime::currentSecsSinceEpoch())});
    QVERIFY(viewer.waitForStarted());
    viewer.write(radiologist.password.toUtf8() + '\n');
    viewer.closeWriteChannel();
    auto xdotool = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral("xdotool"), args);
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    // Signed in and the study on screen: the image's greys on the X server's screen.
    QString window;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60000 && viewer.state() == QProcess::Running) {
        // The viewer's own window (this test process shows one called Custos too).
        window = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--pid"), QString::number(viewer.processId())})
                     .section(QLatin1Char('\n'), 0, 0);
        if (!window.isEmpty() && imageLikePixels(QGuiApplication::primaryScreen()->grabWindow(0).toImage()) > 5000)
            break;
        QTest::qWait(300);
    }
    QVERIFY2(!window.isEmpty(), "the viewer's window never appeared");
    QVERIFY2(viewer.state() == QProcess::Running, "the viewer ended before Quit");
    QTest::qWait(500);
    // Typed as a person would (XTEST into the focused window, not a synthetic event to it).
    xdotool({QStringLiteral("windowfocus"), QStringLiteral("--sync"), window});
    xdotool({QStringLiteral("key"), QStringLiteral("ctrl+q")});
    const bool ended = viewer.waitForFinished(15000);
    if (!ended) {
        viewer.kill();
        viewer.waitForFinished(5000);
    }
    QVERIFY2(ended, "File → Quit left the viewer running after 15 s");
    QCOMPARE(viewer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(viewer.exitCode(), 0);
}

// Without a site policy the sign-in screen says what the audit records and
// About say: this is not for patient data in production (site mode: silent).
void TestSignIn::personalModeIsSaidOnTheSignInScreen()
{
    SignInPage page(QString(), {});
    page.resize(900, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* label = page.findChild<QLabel*>(QStringLiteral("personalMode"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    page.setPersonalMode(true);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("personal mode: not for patient data in production"));
    if (!qEnvironmentVariableIsEmpty("CUSTOS_SCREENSHOT_DIR"))
        page.grab().save(QDir(qEnvironmentVariable("CUSTOS_SCREENSHOT_DIR")).filePath(QStringLiteral("sign-in-personal.png")));
    page.setPersonalMode(false);
    QVERIFY(!label->isVisible());
}

// The sign-in card as a person sees it at 1024 x 700, in English and in
// German: every "Use" button of the demo table ("Verwenden" in German) is
// whole, inside the table and as wide as its text needs with the page's
// style (padding and border come from the style sheet, applied only once the
// card is shown).
void TestSignIn::demoButtonsAreWholeAt1024x700_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("use");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Verwenden");
    QTest::newRow("en") << QString() << QStringLiteral("Use");
}

void TestSignIn::demoButtonsAreWholeAt1024x700()
{
    QFETCH(QString, language);
    QFETCH(QString, use);
    m_shell.reset();
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(CUSTOS_QM_DIR "/custos_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    auto restore = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    AuthShellOptions options;
    options.session = m_session.get();
    options.accounts = m_accounts;
    options.demoUsers = m_demo;
    options.personalMode = true;
    options.createViewer = [](const auth::Identity&) -> QWidget* { return new QWidget; };
    AuthShell shell(std::move(options));
    shell.resize(1024, 700);
    shell.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shell));
    QTest::qWait(200);
    auto* table = shell.findChild<QTableWidget*>(QStringLiteral("demoUsers"));
    QVERIFY(table);
    const QList<QPushButton*> buttons = table->findChildren<QPushButton*>();
    QCOMPARE(int(buttons.size()), int(m_demo.size()));
    if (!qEnvironmentVariableIsEmpty("CUSTOS_SCREENSHOT_DIR"))
        onScreen(shell).save(QDir(qEnvironmentVariable("CUSTOS_SCREENSHOT_DIR")).filePath(QStringLiteral("sign-in-%1-1024x700.png").arg(QTest::currentDataTag())));
    // Every half minute the seconds of the codes have two digits, then one
    // again: the buttons stay whole either way.
    for (const QString& seconds : {QStringLiteral("(29 s)"), QStringLiteral("(3 s)"), QStringLiteral("(30 s)")}) {
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 3)->setText(table->item(row, 3)->text().replace(QRegularExpression(QStringLiteral("\\(\\d+ s\\)")), seconds));
    QTest::qWait(50);
    for (QPushButton* button : buttons) {
        QCOMPARE(button->text(), use);
        QVERIFY(button->isVisible());
        // Where the button sits in what the table shows of its cells.
        const QRect shown = QRect(button->mapTo(table->viewport(), QPoint(0, 0)), button->size());
        QVERIFY2(table->viewport()->rect().contains(shown),
                 qPrintable(QStringLiteral("%1 is cut off: at %2,%3 %4 px wide, the table shows %5 px (its column: %6 px at %7)")
                                .arg(button->objectName()).arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(table->viewport()->width())
                                .arg(table->columnWidth(4)).arg(table->columnViewportPosition(4))));
        QVERIFY2(button->width() >= button->sizeHint().width(),
                 qPrintable(QStringLiteral("%1 is %2 px wide, its text needs %3").arg(button->objectName()).arg(button->width()).arg(button->sizeHint().width())));
    }
    }
    // And the card itself fits the window.
    auto* card = shell.signInPage()->findChild<QFrame*>(QStringLiteral("authCard"));
    QVERIFY(card);
    QVERIFY2(QRect(QPoint(0, 0), shell.size()).contains(QRect(card->mapTo(&shell, QPoint(0, 0)), card->size())), "the card is wider or taller than the window");
}

// The hints in the empty fields of the sign-in and step-up cards can be
// read, in the application's own theme: the placeholder colour the field's palette has, painted over the
// background the field really has on screen, reaches 3:1 (WCAG for text that
// is not body text), and so do the glyphs the field paints.
void TestSignIn::placeholdersAreReadableOnTheDarkFields()
{
    // The theme the application applies (Fusion and its dark palette).
    const QString style = QApplication::style()->name();
    const QPalette palette = QApplication::palette();
    auto restore = qScopeGuard([&] {
        QApplication::setStyle(QStyleFactory::create(style));
        QApplication::setPalette(palette);
    });
    applyDarkTheme(*qApp);
    SignInPage signIn(QString(), m_demo);
    StepUpPage stepUp;
    int checked = 0;
    for (QWidget* page : {static_cast<QWidget*>(&signIn), static_cast<QWidget*>(&stepUp)}) {
        page->resize(1024, 700);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
        for (QLineEdit* field : page->findChildren<QLineEdit*>()) {
            if (field->placeholderText().isEmpty() || !field->isVisible())
                continue;
            field->clear();
            field->clearFocus(); // no text cursor among the glyphs
            QTest::qWait(20);
            const QImage img = field->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const double dpr = img.devicePixelRatio();
            // Inside the border, in the padding above the text.
            const QColor background = img.pixelColor(img.width() / 2, int(3 * dpr));
            const QColor placeholder = over(field->palette().color(QPalette::PlaceholderText), background);
            const QString where = QStringLiteral("%1 \"%2\": placeholder %3 on %4")
                                      .arg(field->objectName(), field->placeholderText(), placeholder.name(), background.name());
            QVERIFY2(contrast(placeholder, background) >= 3.0,
                     qPrintable(where + QStringLiteral(", %1:1").arg(contrast(placeholder, background), 0, 'f', 2)));
            double painted = 0;
            for (int y = 0; y < img.height(); ++y)
                for (int x = 0; x < img.width(); ++x)
                    painted = std::max(painted, contrast(img.pixelColor(x, y), background));
            QVERIFY2(painted >= 3.0, qPrintable(where + QStringLiteral(", the painted text reaches %1:1").arg(painted, 0, 'f', 2)));
            ++checked;
        }
        page->hide();
    }
    QVERIFY(checked >= 2); // the sign-in code field and the step-up code field
}

// "Use" on the demo table fills in the current code, unless it is about to
// expire (it would be refused by the time it is sent): then the field waits
// for the next one. The page's clock is set to 2 s before a period's end.
void TestSignIn::useWaitsForTheNextCodeWhenTheCurrentOneIsAboutToExpire()
{
    SignInPage page(QString(), m_demo);
    const auth::DemoUser& u = m_demo.front();
    const qint64 period = u.totp.period;
    const qint64 start = (QDateTime::currentSecsSinceEpoch() / period + 10) * period; // a period's first second
    qint64 now = start + period - 2;
    page.setClock([&now] { return now; });
    page.resize(1024, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* use = page.findChild<QPushButton*>(QStringLiteral("useDemo_%1").arg(u.name));
    QVERIFY(use);
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(page.userField()->text(), u.name);
    QCOMPARE(page.passwordField()->text(), u.password);
    QVERIFY2(page.codeField()->text().isEmpty(), qPrintable(QStringLiteral("the expiring code was filled in: ") + page.codeField()->text()));
    QVERIFY2(page.codeField()->placeholderText().contains(QStringLiteral("next code")), qPrintable(page.codeField()->placeholderText()));
    // Sign in pressed meanwhile: nothing is sent, and the page says it is
    // waiting for the code (it said "Enter your user name, your password and
    // the code" beside filled fields, seen in the demo walk).
    QSignalSpy requested(&page, &SignInPage::localSignInRequested);
    QTest::mouseClick(page.signInButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 0);
    auto* note = page.findChild<QLabel*>(QStringLiteral("authMessage"));
    QVERIFY2(note && note->isVisible() && note->text().contains(QStringLiteral("next code")), note ? qPrintable(note->text()) : "no message");
    now = start + period; // the next period has begun
    QTRY_COMPARE_WITH_TIMEOUT(page.codeField()->text(), u.currentCode(start + period), 5000);
    QVERIFY(!page.codeField()->placeholderText().contains(QStringLiteral("next code")));
    QVERIFY(!note->isVisible()); // the code is there: nothing left to wait for
    // With time to spare: the current code at once.
    page.codeField()->clear();
    now = start + period + 10;
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(page.codeField()->text(), u.currentCode(now));
}

int main(int argc, char** argv)
{
    VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sign_in.moc"
