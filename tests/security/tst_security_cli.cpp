// SPDX-License-Identifier: Apache-2.0
// The command line's side doors and site mode, replayed against the real
// `custos-cli` and `custos` binaries with a real keychain, real local
// accounts with TOTP, real DICOM files and the real audit trail. Site mode
// runs inside a private mount namespace (in_site_mode.sh), so no other
// test ever sees a machine-wide policy. Each test plays the person who
// tries the door and expects the refusal, and its record where there is one.

#include "core/dicom/demo_study.h"
#include "cli_sign_in.h"
#include "security_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace custos;
using namespace custos::securitytest;

namespace {

int dicomFiles(const QString& dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        n += it.next().endsWith(QLatin1String(".dcm")) ? 1 : 0;
    return n;
}

} // namespace

class TestSecurityCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // Site mode (a policy installed machine-wide).
    void siteModeRefusesADataFolderOrPolicyOfThePersonsChoosing();
    void siteModeRefusesAnIdentityProviderChosenByFlagOrSettings();
    void siteModeRefusesThePlainHttpProviderOfAPolicy();
    // The policy file itself.
    void symbolicLinkedPolicyLoadsNothing();
    // Every command with PHI or administration needs a session and the Guard.
    void infoWithoutASessionShowsNoPatientData();
    void findingsWithoutASessionShowNothing();
    void administrationIsRefusedAndRecorded();
    // Pixel PHI.
    void burnedInAnnotationIsHeldBackFromDeidentifiedExport();

private:
    Run cli(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = {}) const;
    Run siteMode(const QString& policyFile, const QString& program, const QStringList& args, const QProcessEnvironment& env = {}) const;
    QString signIn(const QString& user, const QString& role);
    QProcessEnvironment m_env;
    QTemporaryDir m_root;
    QString m_data, m_study, m_exports, m_policy, m_sitePolicy, m_httpPolicy;
};

Run TestSecurityCli::cli(const QStringList& args, const QByteArray& input, const QProcessEnvironment& env) const
{
    return run(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_data} + args, env.isEmpty() ? m_env : env, input);
}

Run TestSecurityCli::siteMode(const QString& policyFile, const QString& program, const QStringList& args, const QProcessEnvironment& env) const
{
    QProcessEnvironment e = env.isEmpty() ? QProcessEnvironment::systemEnvironment() : env;
    e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // the viewer refuses before it opens a window
    return run(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/security/in_site_mode.sh"), QStringList{policyFile, program} + args, e);
}

QString TestSecurityCli::signIn(const QString& user, const QString& role)
{
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), user, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                        "correct horse battery 1\n");
    if (add.code != 0)
        return QString::fromUtf8(add.err);
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--local"), user, QStringLiteral("--password-stdin"), QStringLiteral("--otp"),
                           totpNow(totpSecret(add.out))},
                          "correct horse battery 1\n");
    return login.code == 0 ? QString() : QString::fromUtf8(login.err);
}

void TestSecurityCli::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(::geteuid() == 0, "site mode and protected policies need root: run the tests as root (as CI does)");
    QCOMPARE(::chmod(QFile::encodeName(m_root.path()).constData(), 0755), 0);
    m_data = m_root.filePath(QStringLiteral("data"));
    m_study = m_root.filePath(QStringLiteral("study"));
    m_exports = m_root.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(m_exports));
    dicom::DemoStudyOptions demo;
    demo.slices = 6;
    demo.size = 64;
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    // Personal mode with a protected policy: the example, exporting into m_exports, no training.
    const QByteArray example = testsupport::examplePolicyExportingTo(QStringLiteral(CUSTOS_CLI_PATH), {m_exports});
    QVERIFY(!example.isEmpty());
    QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("policy"))));
    m_policy = testsupport::writeProtectedPolicy(m_root.filePath(QStringLiteral("policy")), example);
    QVERIFY(!m_policy.isEmpty());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_policy);
    // What IT installs in site mode: the example policy (an https provider).
    m_sitePolicy = m_policy;
    // A site policy whose provider is plain http on loopback.
    QJsonObject http = QJsonDocument::fromJson(example).object();
    QJsonObject idp = http[QStringLiteral("identityProvider")].toObject();
    idp[QStringLiteral("issuer")] = QStringLiteral("http://127.0.0.1:9/realms/mine");
    http[QStringLiteral("identityProvider")] = idp;
    QVERIFY(QDir().mkpath(m_root.filePath(QStringLiteral("http-policy"))));
    m_httpPolicy = testsupport::writeProtectedPolicy(m_root.filePath(QStringLiteral("http-policy")), QJsonDocument(http).toJson());
    QVERIFY(!m_httpPolicy.isEmpty());
}

// Issue 13: "--data-dir and CUSTOS_DATA_DIR give a fresh account store and
// audit trail. CUSTOS_POLICY_FILE picks any root-owned policy file."
void TestSecurityCli::siteModeRefusesADataFolderOrPolicyOfThePersonsChoosing()
{
    QTemporaryDir fresh;
    const Run dataDir = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("--data-dir"), fresh.path(), QStringLiteral("whoami")});
    QCOMPARE(dataDir.code, 3);
    QVERIFY2(dataDir.err.contains("--data-dir is refused: a site policy is installed"), dataDir.err.constData());
    QVERIFY(QDir(fresh.path()).isEmpty()); // no account store, no audit trail was made there

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_DATA_DIR"), fresh.path());
    const Run envDir = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("whoami")}, env);
    QCOMPARE(envDir.code, 3);
    QVERIFY2(envDir.err.contains("CUSTOS_DATA_DIR is refused"), envDir.err.constData());

    env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_httpPolicy); // root-owned, protected: still not the site's
    const Run policy = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("policy"), QStringLiteral("show")}, env);
    QCOMPARE(policy.code, 3);
    QVERIFY2(policy.err.contains("CUSTOS_POLICY_FILE is refused"), policy.err.constData());

    // The viewer: --demo (public passwords) and --data-dir.
    const QString shot = m_root.filePath(QStringLiteral("demo.png"));
    const Run demo = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_VIEWER_PATH), {QStringLiteral("--demo"), m_study, QStringLiteral("--screenshot"), shot});
    QCOMPARE(demo.code, 3);
    QVERIFY2(demo.err.contains("--demo is refused"), demo.err.constData());
    QVERIFY(!QFileInfo::exists(shot));
    // Without a site policy (personal mode) the same options are honoured.
    const Run personal = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("--data-dir"), fresh.path(), QStringLiteral("whoami")},
                             QProcessEnvironment::systemEnvironment());
    QCOMPARE(personal.code, 1);
    QVERIFY2(personal.err.contains("Not signed in"), personal.err.constData());
}

// Issue 13: "--issuer/--client-id/--role-map and settings.ini [sso] pick the
// identity provider and how its groups become roles ... A person can run a
// small provider on 127.0.0.1 and mint any groups and amr=mfa."
void TestSecurityCli::siteModeRefusesAnIdentityProviderChosenByFlagOrSettings()
{
    const Run login = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_CLI_PATH),
                               {QStringLiteral("login"), QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:9/mine"), QStringLiteral("--client-id"),
                                QStringLiteral("custos"), QStringLiteral("--role-map"), QStringLiteral("mine=administrator")});
    QCOMPARE(login.code, 3);
    QVERIFY2(login.err.contains("--issuer is refused") && login.err.contains("--role-map is refused")
                 && login.err.contains("come only from the site policy"),
             login.err.constData());
    const Run viewer = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_VIEWER_PATH),
                                {QStringLiteral("--sso"), QStringLiteral("--issuer"), QStringLiteral("http://127.0.0.1:9/mine"),
                                 QStringLiteral("--client-id"), QStringLiteral("custos"), m_study, QStringLiteral("--screenshot"),
                                 m_root.filePath(QStringLiteral("sso.png"))});
    QCOMPARE(viewer.code, 3);
    QVERIFY2(viewer.err.contains("--issuer is refused"), viewer.err.constData());
    // settings.ini [sso] in the person's own data folder.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    QVERIFY(QDir().mkpath(home.filePath(QStringLiteral("Custos"))));
    QFile settings(home.filePath(QStringLiteral("Custos/settings.ini")));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[sso]\nissuer=http://127.0.0.1:9/mine\nclientId=custos\nroleMap=mine=administrator\n");
    settings.close();
    const Run fromSettings = siteMode(m_sitePolicy, QStringLiteral(CUSTOS_VIEWER_PATH),
                                      {m_study, QStringLiteral("--screenshot"), m_root.filePath(QStringLiteral("settings.png"))}, env);
    QCOMPARE(fromSettings.code, 3);
    QVERIFY2(fromSettings.err.contains("settings.ini [sso] issuer is refused") && fromSettings.err.contains("remove the setting"),
             fromSettings.err.constData());
}

void TestSecurityCli::siteModeRefusesThePlainHttpProviderOfAPolicy()
{
    const Run login = siteMode(m_httpPolicy, QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("login"), QStringLiteral("--sso")});
    QCOMPARE(login.code, 3);
    QVERIFY2(login.err.contains("https only"), login.err.constData());
}

// Issue 13: "flipping a symlink between the two loads a user-written file":
// at the command line, a policy reached through a link is refused outright
// (the race itself: tst_policy_loader symbolicLinkFlippedDuringLoadLoadsNothing).
void TestSecurityCli::symbolicLinkedPolicyLoadsNothing()
{
    const QString link = m_root.filePath(QStringLiteral("linked-policy.json"));
    QVERIFY(QFile::link(m_policy, link));
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), link);
    const Run show = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("policy"), QStringLiteral("show")}, env);
    QVERIFY(show.code != 0);
    QVERIFY2(show.err.contains("symbolic link"), show.err.constData());
    QVERIFY(!show.out.contains("Example Radiology"));
}

// Issue 13: "custos-cli info prints study dates, descriptions and UIDs" without a session.
void TestSecurityCli::infoWithoutASessionShowsNoPatientData()
{
    QTemporaryDir data;
    const Run info = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("--data-dir"), data.path(), QStringLiteral("info"), QStringLiteral("--json"), m_study},
                         m_env);
    QCOMPARE(info.code, 0);
    const QJsonObject study = QJsonDocument::fromJson(info.out).object()[QStringLiteral("studies")].toArray()[0].toObject();
    QVERIFY(!study.contains(QStringLiteral("studyInstanceUid")));
    QVERIFY(!study.contains(QStringLiteral("studyDate")));
    QVERIFY(!study.contains(QStringLiteral("studyDescription")));
    QCOMPARE(study[QStringLiteral("series")].toArray()[0].toObject()[QStringLiteral("frames")].toInt(), 6); // sizes and counts stay
    QVERIFY(!info.out.contains("1.2.826.0.1.3680043") && !info.out.contains("2.25."));
    QVERIFY(info.err.contains("Not signed in"));
}

// Issue 13: "custos-cli findings prints labels, measurements and UIDs".
void TestSecurityCli::findingsWithoutASessionShowNothing()
{
    QTemporaryDir data;
    QTemporaryDir withAi;
    const Run demo = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("make-demo"), withAi.path(), QStringLiteral("--slices"), QStringLiteral("6"),
                                                           QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--quiet")},
                         m_env);
    QCOMPARE(demo.code, 0);
    const Run findings = run(QStringLiteral(CUSTOS_CLI_PATH),
                             {QStringLiteral("--data-dir"), data.path(), QStringLiteral("findings"), QStringLiteral("--json"), withAi.path()}, m_env);
    QCOMPARE(findings.code, 3);
    QVERIFY(!findings.out.contains("\"findings\""));
    QVERIFY2(testsupport::auditTrail(data.path()).contains("ViewStudy denied"), testsupport::auditTrail(data.path()).constData());
}

// Issue 13: "audit show prints patient IDs ... audit export writes ATNA XML
// holding PHI to any --output. cache purge and keys rotate run for anyone.
// ManageUsers ... never requested."
void TestSecurityCli::administrationIsRefusedAndRecorded()
{
    // The site's first administrator, then a technologist signed in.
    const Run admin = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("adam"), QStringLiteral("--role"), QStringLiteral("administrator"),
                           QStringLiteral("--password-stdin")},
                          "correct horse battery 1\n");
    QVERIFY2(admin.code == 0, admin.err.constData());
    const Run sneaky = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("mallory"), QStringLiteral("--role"), QStringLiteral("radiologist"),
                            QStringLiteral("--password-stdin")},
                           "correct horse battery 1\n");
    QCOMPARE(sneaky.code, 3); // nobody signed in: no new accounts once an administrator exists
    QVERIFY(!sneaky.out.contains("secret="));
    // The technologist's account comes from the administrator.
    const Run adminLogin = cli({QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("adam"), QStringLiteral("--password-stdin"),
                                QStringLiteral("--otp"), totpNow(totpSecret(admin.out))},
                               "correct horse battery 1\n");
    QVERIFY2(adminLogin.code == 0, adminLogin.err.constData());
    const QString tom = signIn(QStringLiteral("tom"), QStringLiteral("technologist"));
    QVERIFY2(tom.isEmpty(), qPrintable(tom));

    const Run show = cli({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(show.code, 3);
    QVERIFY(!show.out.contains("records"));
    const QString xml = m_exports + QStringLiteral("/trail.xml");
    const Run exported = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), xml});
    QCOMPARE(exported.code, 3);
    QVERIFY(!QFileInfo::exists(xml));
    QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("purge")}).code, 3);
    QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("rotate")}).code, 3);
    const Run addUser = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("administrator"),
                             QStringLiteral("--password-stdin")},
                            "correct horse battery 1\n");
    QCOMPARE(addUser.code, 3);
    const QByteArray trail = auditTrail(m_data);
    for (const char* denied : {"ViewAuditTrail denied", "ExportAuditTrail denied", "ManageCache denied", "ManageUsers denied"})
        QVERIFY2(trail.contains(denied), denied);
}

// Issue 13: "Files flagged with Burned In Annotation are counted but still
// written, also for roles that may only export de-identified data."
void TestSecurityCli::burnedInAnnotationIsHeldBackFromDeidentifiedExport()
{
    QTemporaryDir study;
    const QStringList files = QDir(m_study).entryList({QStringLiteral("*.dcm")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 6);
    for (const QString& f : files)
        QVERIFY(QFile::copy(QDir(m_study).filePath(f), study.filePath(f)));
    // One image says its pixels carry text (a scanner that burns in the name).
    const Run flag = run(QStringLiteral("dcmodify"), {QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(0028,0301)=YES"), study.filePath(files.front())},
                         QProcessEnvironment::systemEnvironment());
    QVERIFY2(flag.code == 0, flag.err.constData());
    QTemporaryDir data; // a store without an administrator: dana's account needs nobody's session
    const QString signedIn = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), data.path(), QStringLiteral("dana"), QStringLiteral("data-scientist"), m_env);
    QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
    auto inData = [&](const QStringList& args) { return run(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("--data-dir"), data.path()} + args, m_env); };
    const QString out = m_exports + QStringLiteral("/dana");
    const Run r = inData({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("deid"), study.path(), QStringLiteral("--out"), out,
                       QStringLiteral("--purpose"), QStringLiteral("research set")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(dicomFiles(out), int(files.size()) - 1); // held back, not written
    QVERIFY2(r.out.contains("held back") && r.out.contains(files.front().toUtf8()) && r.out.contains("Burned In Annotation is YES"),
             r.out.constData());
    // A secondary capture (a screen capture) is held back too, whatever its flag says.
    QTemporaryDir capture;
    QVERIFY(QFile::copy(study.filePath(files.back()), capture.filePath(QStringLiteral("sc.dcm"))));
    const Run asCapture = run(QStringLiteral("dcmodify"),
                              {QStringLiteral("-nb"), QStringLiteral("-m"), QStringLiteral("(0008,0016)=1.2.840.10008.5.1.4.1.1.7"), QStringLiteral("-m"),
                               QStringLiteral("(0008,0060)=OT"), capture.filePath(QStringLiteral("sc.dcm"))},
                              QProcessEnvironment::systemEnvironment()); // Secondary Capture Image Storage, Burned In Annotation absent
    QVERIFY2(asCapture.code == 0, asCapture.err.constData());
    const QString scOut = m_exports + QStringLiteral("/dana-sc");
    const Run sc = inData({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("deid"), capture.path(), QStringLiteral("--out"), scOut});
    QVERIFY2(sc.code == 0, sc.err.constData());
    QCOMPARE(dicomFiles(scOut), 0);
    QVERIFY2(sc.out.contains("secondary capture"), sc.out.constData());
}

QTEST_MAIN(TestSecurityCli)
#include "tst_security_cli.moc"
