// SPDX-License-Identifier: Apache-2.0
// custos-cli export through the Guard, end to end: real local accounts with
// TOTP, the real keychain (run under tests/run-with-keyring.sh), a site
// policy file given through CUSTOS_POLICY_FILE, the synthetic demo study,
// the real de-identifier and the real audit trail.

#include "core/auth/totp.h"
#include "audit_reader.h"
#include "test_support.h"

#include <QDirIterator>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace custos;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

int fileCount(const QString& dir, const QStringList& filter = {})
{
    int n = 0;
    QDirIterator it(dir, filter, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void withoutASignInNothingIsExported();
    void technologistIsRefusedAndNothingIsWritten();
    void radiologistExportsDicomAndItIsAudited();
    void dataScientistGetsDeidentifiedFilesWhateverTheFormat();
    void radiologistExportsWatermarkedImages();
    void policyShowAndValidate();
    void trainingComesBeforeTheFirstExport();
    void projectExportsJoinAndTheRiskCheckRefuses();

private:
    Run cli(const QStringList& args, const QByteArray& input = {}) const;
    void signIn(const QString& user, const QString& role);
    QTemporaryDir m_data, m_policyDir, m_exports, m_study;
    QString m_policyFile;
    QByteArray m_policyJson; // the test policy, before its training modules were removed
    QString m_signedIn;
};

Run TestCliExport::cli(const QStringList& args, const QByteArray& input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_policyFile);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_data.path()} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCliExport::signIn(const QString& user, const QString& role)
{
    const QByteArray password = "correct horse battery 1\n";
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), user, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")}, password);
    QVERIFY2(add.code == 0, add.err.constData());
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(add.out));
    QVERIFY(m.hasMatch());
    const QString code = auth::totp::totp(auth::totp::base32Decode(m.captured(1)).value(), QDateTime::currentSecsSinceEpoch(), {});
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--local"), user, QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code}, password);
    QVERIFY2(login.code == 0, login.err.constData());
    m_signedIn = user;
}

void TestCliExport::initTestCase()
{
    QVERIFY(m_data.isValid() && m_policyDir.isValid() && m_exports.isValid() && m_study.isValid());
    // The site policy: the example, exporting only below m_exports, with no
    // training required (the command line cannot take training).
    QJsonObject policy = QJsonDocument::fromJson(cli({QStringLiteral("policy"), QStringLiteral("example")}).out).object();
    QVERIFY(!policy.isEmpty());
    policy[QStringLiteral("exportDestinations")] = QJsonArray{m_exports.path()};
    // Version 2: two research projects and a lead who may override the risk check.
    policy[QStringLiteral("version")] = 2;
    policy[QStringLiteral("deidentification")] = QJsonObject{{QStringLiteral("projects"), QJsonArray{
        QJsonObject{{QStringLiteral("name"), QStringLiteral("lung-nodule-study-2026")}, {QStringLiteral("minimumK"), 1}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("strict")}, {QStringLiteral("minimumK"), 3},
                    {QStringLiteral("options"), QJsonArray{QStringLiteral("retainPatientCharacteristics")}}},
        QJsonObject{{QStringLiteral("name"), QStringLiteral("leads-only")}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("compliance-officer")}}},
    }}};
    QJsonObject roles = policy[QStringLiteral("roles")].toObject();
    // Local accounts know the built-in role names only: the compliance
    // officer stands for a research lead here.
    QJsonObject lead = roles[QStringLiteral("compliance-officer")].toObject();
    QJsonArray permissions = lead[QStringLiteral("permissions")].toArray();
    permissions << QStringLiteral("ExportDeidentified") << QStringLiteral("OverrideDeidRisk");
    lead[QStringLiteral("permissions")] = permissions;
    roles[QStringLiteral("compliance-officer")] = lead;
    policy[QStringLiteral("roles")] = roles;
    m_policyJson = QJsonDocument(policy).toJson();
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray();
    policy[QStringLiteral("training")] = training;
    m_policyFile = m_policyDir.filePath(QStringLiteral("policy.json"));
    QFile f(m_policyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(policy).toJson());
    f.close();
    // Protected as IT would deploy it (root-owned when the tests run as root, as in CI).
    QCOMPARE(::chmod(QFile::encodeName(m_policyDir.path()).constData(), 0755), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_policyFile).constData(), 0644), 0);
    QVERIFY2(::geteuid() == 0, "the policy file must be root-owned: run the tests as root (as CI does)");

    const Run demo = cli({QStringLiteral("make-demo"), m_study.path(), QStringLiteral("--slices"), QStringLiteral("4"),
                          QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--quiet")});
    QVERIFY2(demo.code == 0, demo.err.constData());
    QVERIFY(fileCount(m_study.path()) >= 4);
}

void TestCliExport::withoutASignInNothingIsExported()
{
    const QString out = m_exports.filePath(QStringLiteral("nobody"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), out});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("not signed in"), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExport::technologistIsRefusedAndNothingIsWritten()
{
    signIn(QStringLiteral("tom"), QStringLiteral("technologist"));
    const QString out = m_exports.filePath(QStringLiteral("tom"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), out,
                       QStringLiteral("--purpose"), QStringLiteral("curiosity")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("Your role (technologist) may not export DICOM files"), r.err.constData());
    QVERIFY(r.err.contains("Nothing was exported"));
    QVERIFY(!r.err.contains("DEMO") && !r.err.contains("CUSTOS-DEMO-0001")); // no patient data in the reason
    QVERIFY(!QFileInfo::exists(out));
    const Run deid = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("deid"), m_study.path(), QStringLiteral("--out"), out});
    QCOMPARE(deid.code, 3);
    QVERIFY(!QFileInfo::exists(out));
    // Both refusals are in the audit trail as security alerts, with the purpose.
    const Run audit = Run{0, testsupport::auditTrail(m_data.path()), {}};
    QCOMPARE(audit.code, 0);
    QVERIFY(audit.out.contains("110132"));
    QVERIFY(audit.out.contains("curiosity"));
}

void TestCliExport::radiologistExportsDicomAndItIsAudited()
{
    signIn(QStringLiteral("ada"), QStringLiteral("radiologist"));
    const QString out = m_exports.filePath(QStringLiteral("ada"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), out,
                       QStringLiteral("--purpose"), QStringLiteral("referral to oncology")});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(fileCount(out), fileCount(m_study.path()));
    // Identified export: the files are the originals, byte for byte.
    QVERIFY(!testsupport::filesContaining(out, "CUSTOS-DEMO-0001").isEmpty());
    // The same study again into the same folder: refused with a sentence, nothing added or overwritten.
    const Run again = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), out,
                           QStringLiteral("--purpose"), QStringLiteral("referral to oncology")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("exported to") && again.err.contains("nothing was overwritten"), again.err.constData());
    QCOMPARE(fileCount(out), fileCount(m_study.path()));
    // Outside the allowed destinations: refused, nothing written.
    QTemporaryDir elsewhere;
    const QString bad = elsewhere.filePath(QStringLiteral("out"));
    const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), bad});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("not an allowed export destination"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(bad));

    const Run audit = Run{0, testsupport::auditTrail(m_data.path()), {}};
    QCOMPARE(audit.code, 0);
    QVERIFY(audit.out.contains("110106"));
    QVERIFY(audit.out.contains("referral to oncology"));
    QVERIFY(audit.out.contains("ExportDicom allowed"));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
}

void TestCliExport::dataScientistGetsDeidentifiedFilesWhateverTheFormat()
{
    signIn(QStringLiteral("dana"), QStringLiteral("data-scientist"));
    const QString out = m_exports.filePath(QStringLiteral("dana"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), out,
                       QStringLiteral("--purpose"), QStringLiteral("model validation set")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("de-identified data only"), r.out.constData());
    QCOMPARE(fileCount(out, {QStringLiteral("*.dcm")}), fileCount(m_study.path()));
    QCOMPARE(fileCount(out, {QStringLiteral("custos-deid-provenance-*")}), 2); // the manifest and its summary
    QVERIFY2(r.out.contains("Residual risk: k = 1"), r.out.constData());
    QVERIFY(testsupport::filesContaining(out, "CUSTOS-DEMO-0001").isEmpty());
    QVERIFY(testsupport::filesContaining(out, "DEMO^CUSTOS").isEmpty());
    QVERIFY(!testsupport::filesContaining(out, "DICM").isEmpty()); // still DICOM
    const Run audit = Run{0, testsupport::auditTrail(m_data.path()), {}};
    QVERIFY(audit.out.contains("de-identification forced"));
}

void TestCliExport::radiologistExportsWatermarkedImages()
{
    signIn(QStringLiteral("ines"), QStringLiteral("radiologist"));
    const QString out = m_exports.filePath(QStringLiteral("ines"));
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("png"), m_study.path(), QStringLiteral("--out"), out,
                       QStringLiteral("--purpose"), QStringLiteral("tumour board slides")});
    QVERIFY2(r.code == 0, r.err.constData());
    // Into a folder per study and series, owner-only.
    QStringList pngs;
    for (QDirIterator it(out, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        pngs << it.next();
    // The demo study's CT, its middle image; its AI objects (SEG, heatmap) are no images to export.
    QCOMPARE(pngs.size(), 1);
    QCOMPARE(QDir(out).relativeFilePath(pngs.front()).count(QLatin1Char('/')), 2); // <study>/<series>/IM000001.png
    QVERIFY(!(QFile::permissions(pngs.front()) & (QFile::ReadGroup | QFile::ReadOther)));
    for (const QString& png : pngs) {
        const QImage image(png);
        QVERIFY(!image.isNull());
        // The watermark's words are burned into the pixels (amber on a dark
        // band along the bottom): no grey-scale image has that colour.
        int amber = 0;
        for (int y = image.height() * 3 / 4; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb c = image.pixel(x, y);
                amber += qRed(c) > 200 && qGreen(c) > 150 && qBlue(c) < 140 && qRed(c) - qBlue(c) > 100 ? 1 : 0;
            }
        QVERIFY2(amber > 20, qPrintable(QStringLiteral("%1: %2 watermark pixels").arg(png).arg(amber)));
    }
    // No patient data in the file: the PNG carries pixels and the watermark only.
    QVERIFY(testsupport::filesContaining(out, "CUSTOS-DEMO-0001").isEmpty());
    QVERIFY(testsupport::filesContaining(out, "DEMO^CUSTOS").isEmpty());
    const Run audit = Run{0, testsupport::auditTrail(m_data.path()), {}};
    QVERIFY(audit.out.contains("ExportImage allowed"));
    QVERIFY(audit.out.contains("tumour board slides"));
}

void TestCliExport::policyShowAndValidate()
{
    const Run show = cli({QStringLiteral("policy"), QStringLiteral("show")});
    QVERIFY2(show.code == 0, show.err.constData());
    QVERIFY(show.out.contains(m_policyFile.toUtf8()));
    QVERIFY(show.out.contains("data-scientist (de-identified data only)"));
    QTemporaryDir dir;
    const QString draft = dir.filePath(QStringLiteral("draft.json"));
    QFile f(draft);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cli({QStringLiteral("policy"), QStringLiteral("example")}).out.replace("\"StartBreakGlass\"", "\"StartBreakGlas\""));
    f.close();
    const Run bad = cli({QStringLiteral("policy"), QStringLiteral("validate"), draft});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("draft.json line 12: roles.technologist.permissions[1]: \"StartBreakGlas\" is not a known action"), bad.err.constData());
}

void TestCliExport::trainingComesBeforeTheFirstExport()
{
    // The same policy, with its training catalogue.
    const QString withTraining = m_policyDir.filePath(QStringLiteral("with-training.json"));
    QFile f(withTraining);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_policyJson);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(withTraining).constData(), 0644), 0);
    const QString previous = m_policyFile;
    m_policyFile = withTraining;
    signIn(QStringLiteral("rita"), QStringLiteral("radiologist"));
    const QString out = m_exports.filePath(QStringLiteral("rita"));
    const QStringList exportArgs{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study.path(), QStringLiteral("--out"), out};
    Run r = cli(exportArgs);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("complete the short training \"Handling patient data outside the viewer\""), r.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(cli({QStringLiteral("training"), QStringLiteral("list")}).out.contains("phi-handling v1: required"));
    const Run show = cli({QStringLiteral("training"), QStringLiteral("show"), QStringLiteral("phi-handling")});
    QVERIFY(show.out.contains("1. A referring physician asks"));
    const Run wrong = cli({QStringLiteral("training"), QStringLiteral("take"), QStringLiteral("phi-handling"), QStringLiteral("--answers"), QStringLiteral("1,3,2")});
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains("question 1"), wrong.err.constData());
    QCOMPARE(cli(exportArgs).code, 3);
    const Run right = cli({QStringLiteral("training"), QStringLiteral("take"), QStringLiteral("phi-handling"), QStringLiteral("--answers"), QStringLiteral("2,3,2")});
    QVERIFY2(right.code == 0, right.err.constData());
    r = cli(exportArgs);
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(fileCount(out), fileCount(m_study.path()));
    const Run audit = Run{0, testsupport::auditTrail(m_data.path()), {}};
    QVERIFY(audit.out.contains("training phi-handling version 1 acknowledged"));
    m_policyFile = previous;
}

void TestCliExport::projectExportsJoinAndTheRiskCheckRefuses()
{
    signIn(QStringLiteral("dora"), QStringLiteral("data-scientist"));
    auto exportTo = [this](const QString& folder, const QStringList& extra) {
        return cli(QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("deid"), m_study.path(), QStringLiteral("--out"),
                               m_exports.filePath(folder), QStringLiteral("--purpose"), QStringLiteral("nodule model training")} + extra);
    };
    auto sopUids = [this](const QString& folder) {
        QStringList uids;
        QDirIterator it(m_exports.filePath(folder), {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            uids << it.fileInfo().absolutePath().section(QLatin1Char('/'), -2); // <study>/<series>: the mapped UIDs
        }
        uids.sort();
        return uids;
    };
    const QStringList lung{QStringLiteral("--project"), QStringLiteral("lung-nodule-study-2026")};
    const Run first = exportTo(QStringLiteral("month1"), lung);
    QVERIFY2(first.code == 0, first.err.constData());
    QVERIFY2(first.out.contains("personal mode"), first.out.constData());
    const Run second = exportTo(QStringLiteral("month2"), lung);
    QVERIFY2(second.code == 0, second.err.constData());
    QVERIFY(!sopUids(QStringLiteral("month1")).isEmpty());
    QCOMPARE(sopUids(QStringLiteral("month2")), sopUids(QStringLiteral("month1"))); // they join
    const Run once = exportTo(QStringLiteral("once"), {});
    QVERIFY2(once.code == 0, once.err.constData());
    QVERIFY(sopUids(QStringLiteral("once")) != sopUids(QStringLiteral("month1")));
    // The same folder again: refused unless added to, then nothing twice.
    const Run again = exportTo(QStringLiteral("month1"), lung);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains("--into-existing"), again.err.constData());
    // Added to within the same second as the manifest already there (CI once
    // did): the new manifest takes the next free name, nothing is refused.
    const QDir month1(m_exports.filePath(QStringLiteral("month1")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int s = 0; s < 60; ++s) {
        QFile planted(month1.filePath(QStringLiteral("custos-deid-provenance-")
                                      + now.addSecs(s).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")) + QStringLiteral(".json")));
        QVERIFY(planted.exists() || planted.open(QIODevice::WriteOnly));
    }
    const int manifestsBefore = fileCount(month1.path(), {QStringLiteral("custos-deid-provenance-*.json")});
    const Run added = exportTo(QStringLiteral("month1"), lung + QStringList{QStringLiteral("--into-existing")});
    QVERIFY2(added.code == 0, added.err.constData());
    QCOMPARE(fileCount(month1.path(), {QStringLiteral("custos-deid-provenance-*-2.json")}), 1);
    QCOMPARE(fileCount(month1.path(), {QStringLiteral("custos-deid-provenance-*.json")}), manifestsBefore + 1);
    QVERIFY2(added.out.contains("already exported as"), added.out.constData());
    QCOMPARE(fileCount(m_exports.filePath(QStringLiteral("month1")), {QStringLiteral("*.dcm")}), fileCount(m_study.path()));

    // An unknown project, a project of other roles: refused, nothing written.
    QCOMPARE(exportTo(QStringLiteral("x1"), {QStringLiteral("--project"), QStringLiteral("no-such")}).code, 3);
    const Run notMine = exportTo(QStringLiteral("x2"), {QStringLiteral("--project"), QStringLiteral("leads-only")});
    QCOMPARE(notMine.code, 3);
    QVERIFY(!QFileInfo::exists(m_exports.filePath(QStringLiteral("x2"))) || fileCount(m_exports.filePath(QStringLiteral("x2"))) == 0);

    // One patient keeping age and sex is a class of one: below k = 3, refused.
    const QStringList strict{QStringLiteral("--project"), QStringLiteral("strict")};
    const Run risky = exportTo(QStringLiteral("strict"), strict);
    QCOMPARE(risky.code, 3);
    QVERIFY2(risky.err.contains("Residual-risk check") && risky.err.contains("at least 3"), risky.err.constData());
    QCOMPARE(fileCount(m_exports.filePath(QStringLiteral("strict"))), 0);
    // The data scientist may not override it, even with a reason.
    const Run notAllowed = exportTo(QStringLiteral("strict"), strict + QStringList{QStringLiteral("--override-risk"),
                                                                                  QStringLiteral("I want this patient anyway")});
    QCOMPARE(notAllowed.code, 3);
    QCOMPARE(fileCount(m_exports.filePath(QStringLiteral("strict"))), 0);
    // A research lead may, and it is recorded with the reason.
    signIn(QStringLiteral("lena"), QStringLiteral("compliance-officer"));
    const QString reason = QStringLiteral("ethics board approval EB-2026-14 covers this case");
    const Run overridden = exportTo(QStringLiteral("strict"), strict + QStringList{QStringLiteral("--override-risk"), reason});
    QVERIFY2(overridden.code == 0, overridden.err.constData());
    QCOMPARE(fileCount(m_exports.filePath(QStringLiteral("strict")), {QStringLiteral("*.dcm")}), fileCount(m_study.path()));
    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY(audit.contains("OverrideDeidRisk allowed"));
    QVERIFY(audit.contains(reason.toUtf8()));
    QVERIFY(audit.contains("for project strict"));
    for (const char* folder : {"month1", "month2", "once", "strict"}) {
        QVERIFY(testsupport::filesContaining(m_exports.filePath(QLatin1String(folder)), "CUSTOS-DEMO-0001").isEmpty());
        QVERIFY(testsupport::filesContaining(m_exports.filePath(QLatin1String(folder)), "DEMO^CUSTOS").isEmpty());
    }

    // Destroying a project key: refused to a research lead (ManagePolicy), never silent.
    const Run destroy = cli({QStringLiteral("project"), QStringLiteral("destroy-key"), QStringLiteral("strict"), QStringLiteral("--confirm"),
                             QStringLiteral("strict")});
    QCOMPARE(destroy.code, 3);
    // An administrator may: audited, and the next export no longer joins.
    signIn(QStringLiteral("alba"), QStringLiteral("administrator"));
    const Run destroyed = cli({QStringLiteral("project"), QStringLiteral("destroy-key"), QStringLiteral("lung-nodule-study-2026"),
                               QStringLiteral("--confirm"), QStringLiteral("lung-nodule-study-2026")});
    QVERIFY2(destroyed.code == 0, destroyed.err.constData());
    QVERIFY(testsupport::auditTrail(m_data.path()).contains("pseudonymisation key of research project lung-nodule-study-2026 destroyed"));
    signIn(QStringLiteral("dora2"), QStringLiteral("data-scientist"));
    const Run after = exportTo(QStringLiteral("month3"), lung);
    QVERIFY2(after.code == 0, after.err.constData());
    QVERIFY(sopUids(QStringLiteral("month3")) != sopUids(QStringLiteral("month1")));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
