// SPDX-License-Identifier: Apache-2.0
// The viewer's side doors, replayed against the real `custos` binary under
// Xvfb with a real keychain, real local accounts and TOTP codes, the
// synthetic demo study and the real audit trail. Each test plays the person
// who tries the door and expects the refusal (and its record).

#include "core/dicom/demo_study.h"
#include "security_support.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::securitytest;

class TestSecurityViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void technologistScreenshotIsRefusedAndNothingIsWritten();
    void screenshotOutsideTheExportDestinationsIsRefused();
    void radiologistScreenshotIsWatermarkedAndRecorded();
    void screenshotNeverOverwritesAFile();
    void screenshotOfAWindowShowingNoStudyIsRefused();

private:
    Run cli(const QStringList& args, const QByteArray& input = {}) const;
    Run viewer(const QString& user, const QByteArray& secret, const QString& shot, const QString& study = {}) const;
    QByteArray addUser(const QString& user, const QString& role);
    QProcessEnvironment m_env;
    QTemporaryDir m_root;
    QString m_data, m_study, m_exports, m_policyDir;
    QHash<QString, QByteArray> m_secrets;
};

Run TestSecurityViewer::cli(const QStringList& args, const QByteArray& input) const
{
    return run(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_data} + args, m_env, input);
}

QByteArray TestSecurityViewer::addUser(const QString& user, const QString& role)
{
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), user, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                        "correct horse battery 1\n");
    m_secrets[user] = totpSecret(add.out);
    return add.code == 0 ? m_secrets[user] : QByteArray(add.err);
}

Run TestSecurityViewer::viewer(const QString& user, const QByteArray& secret, const QString& shot, const QString& study) const
{
    return run(QStringLiteral(CUSTOS_VIEWER_PATH),
               {study.isEmpty() ? m_study : study, QStringLiteral("--data-dir"), m_data, QStringLiteral("--local"), user, QStringLiteral("--password-stdin"),
                QStringLiteral("--otp"), totpNow(secret), QStringLiteral("--screenshot"), shot},
               m_env, "correct horse battery 1\n");
}

void TestSecurityViewer::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(::geteuid() == 0, "the site policy must be root-owned: run the tests as root (as CI does)");
    m_data = m_root.filePath(QStringLiteral("data"));
    m_study = m_root.filePath(QStringLiteral("study"));
    m_exports = m_root.filePath(QStringLiteral("exports"));
    m_policyDir = m_root.filePath(QStringLiteral("policy"));
    QVERIFY(QDir().mkpath(m_exports) && QDir().mkpath(m_policyDir));
    QVERIFY(::chmod(QFile::encodeName(m_root.path()).constData(), 0755) == 0);
    dicom::DemoStudyOptions demo;
    demo.slices = 8;
    demo.size = 96;
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    m_env = QProcessEnvironment::systemEnvironment();
    const QString policy = testsupport::writeProtectedPolicy(m_policyDir, testsupport::examplePolicyExportingTo(QStringLiteral(CUSTOS_CLI_PATH), {m_exports}));
    QVERIFY(!policy.isEmpty());
    m_env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), policy);
    for (const auto& [user, role] : {std::pair{QStringLiteral("tom"), QStringLiteral("technologist")},
                                     std::pair{QStringLiteral("ada"), QStringLiteral("radiologist")},
                                     std::pair{QStringLiteral("rita"), QStringLiteral("radiologist")},
                                     std::pair{QStringLiteral("sam"), QStringLiteral("radiologist")},
                                     std::pair{QStringLiteral("sue"), QStringLiteral("support-engineer")}}) {
        const QByteArray secret = addUser(user, role);
        QVERIFY2(!secret.isEmpty() && !secret.contains(' '), secret.constData());
    }
}

// Issue 13, first bullet: `custos --local tom … --screenshot /media/usb/x.png STUDY`.
void TestSecurityViewer::technologistScreenshotIsRefusedAndNothingIsWritten()
{
    const QString shot = m_exports + QStringLiteral("/tom.png");
    const Run r = viewer(QStringLiteral("tom"), m_secrets[QStringLiteral("tom")], shot);
    QVERIFY2(r.code == 3, r.err.constData());
    QVERIFY2(r.err.contains("Your role (technologist) may not"), r.err.constData());
    QVERIFY(!QFileInfo::exists(shot));
    const QByteArray trail = auditTrail(m_data);
    QVERIFY2(trail.contains("ExportImage denied"), trail.constData());
    QVERIFY2(trail.contains("screenshot-option"), trail.constData()); // the purpose, as its language-neutral code
}

void TestSecurityViewer::screenshotOutsideTheExportDestinationsIsRefused()
{
    QTemporaryDir elsewhere; // the "USB stick": not an export destination of the site
    const QString shot = elsewhere.filePath(QStringLiteral("x.png"));
    const Run r = viewer(QStringLiteral("ada"), m_secrets[QStringLiteral("ada")], shot);
    QVERIFY2(r.code == 3, r.err.constData());
    QVERIFY2(r.err.contains("not an allowed export destination"), r.err.constData());
    QVERIFY(!QFileInfo::exists(shot));
    QVERIFY(auditTrail(m_data).contains("ExportImage denied"));
}

void TestSecurityViewer::radiologistScreenshotIsWatermarkedAndRecorded()
{
    const QString shot = m_exports + QStringLiteral("/ada.png");
    // A code is accepted once: the next time step's code (the window allows one step ahead).
    const Run r = run(QStringLiteral(CUSTOS_VIEWER_PATH),
                      {m_study, QStringLiteral("--data-dir"), m_data, QStringLiteral("--local"), QStringLiteral("ada"), QStringLiteral("--password-stdin"),
                       QStringLiteral("--otp"), totpNow(m_secrets[QStringLiteral("ada")], 1), QStringLiteral("--screenshot"), shot},
                      m_env, "correct horse battery 1\n");
    QVERIFY2(r.code == 0, r.err.constData());
    const QImage image(shot);
    QVERIFY(!image.isNull());
    // The watermark band: amber text on a dark band along the bottom edge.
    int amber = 0;
    for (int y = image.height() * 3 / 4; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            amber += qRed(c) > 200 && qGreen(c) > 150 && qBlue(c) < 140 && qRed(c) - qBlue(c) > 100 ? 1 : 0;
        }
    QVERIFY2(amber > 20, qPrintable(QString::number(amber)));
    const QByteArray trail = auditTrail(m_data);
    QVERIFY2(trail.contains("ExportImage allowed"), trail.constData());
    QVERIFY(trail.contains("110106"));
}

// Issue 14: a screenshot onto a file that is there (an earlier export, or a
// file someone planted for the next person) leaves it as it was.
void TestSecurityViewer::screenshotNeverOverwritesAFile()
{
    const QString shot = m_exports + QStringLiteral("/earlier.png");
    QFile earlier(shot);
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("EARLIER EXPORT");
    earlier.close();
    const Run r = viewer(QStringLiteral("rita"), m_secrets[QStringLiteral("rita")], shot);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("nothing was overwritten"), r.err.constData());
    QVERIFY(earlier.open(QIODevice::ReadOnly));
    QCOMPARE(earlier.readAll(), QByteArray("EARLIER EXPORT"));
    // Allowed, then not written: the failure is on record too.
    const QByteArray trail = auditTrail(m_data);
    QVERIFY2(trail.contains("image export failed after it was allowed"), trail.constData());
}

// A window that shows no study (an empty folder; a study the Guard
// refused, where only the refusal notice is on screen) used to be written
// as a screenshot without any decision, to any path. A screenshot is an
// image export of the studies on screen: with none, it is refused (exit 3)
// and nothing is written, even into an export destination.
void TestSecurityViewer::screenshotOfAWindowShowingNoStudyIsRefused()
{
    QTemporaryDir empty;
    const QString shot = m_exports + QStringLiteral("/empty.png");
    const Run none = viewer(QStringLiteral("sam"), m_secrets[QStringLiteral("sam")], shot, empty.path());
    QVERIFY2(none.code == 3, none.err.constData());
    QVERIFY2(none.err.contains("shows no study"), none.err.constData());
    QVERIFY(!QFileInfo::exists(shot));

    const QString refusedShot = m_exports + QStringLiteral("/refused.png");
    const Run refused = viewer(QStringLiteral("sue"), m_secrets[QStringLiteral("sue")], refusedShot);
    QVERIFY2(refused.code == 3, refused.err.constData());
    QVERIFY2(refused.err.contains("shows no study"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(refusedShot));
    QVERIFY(auditTrail(m_data).contains("ViewStudy denied")); // what kept the study off the screen
}

QTEST_MAIN(TestSecurityViewer)
#include "tst_security_viewer.moc"
