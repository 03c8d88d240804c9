// SPDX-License-Identifier: Apache-2.0
// End to end, with the real executables, keychain and display: open a study
// whose patient has a distinctive name and ID with custos-cli and with the
// viewer (twice: the second time from the encrypted cache), then search
// every byte Custos wrote (data directory and temporary directory) for that
// identity in every encoding a DICOM file could carry it.

#include "test_data.h"
#include "audit_reader.h"
#include "test_support.h"

#include <QDirIterator>
#include <QProcess>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kFamily = QStringLiteral("Ærøskøbing");
const QString kGiven = QStringLiteral("Zoë Müller");
const QString kName = kFamily + QLatin1Char('^') + kGiven;
const QString kId = QStringLiteral("QX-7431-ZZ");

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(180000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QList<QByteArray> encodings(const QString& text)
{
    QList<QByteArray> out{text.toUtf8(), text.toLatin1()};
    for (auto enc : {QStringConverter::Utf16LE, QStringConverter::Utf16BE}) {
        QStringEncoder e(enc);
        out << QByteArray(e(text));
    }
    return out;
}

} // namespace

class TestNoPlaintext : public QObject
{
    Q_OBJECT

private slots:
    void noPatientIdentityReachesTheDisk();
};

void TestNoPlaintext::noPatientIdentityReachesTheDisk()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString demo = root.filePath(QStringLiteral("study"));
    const QString data = root.filePath(QStringLiteral("data"));
    const QString tmp = root.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(tmp));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp);
    // --screenshot is an ExportImage: a site policy that allows it into `root`.
    QTemporaryDir policyDir;
    const QString policyFile =
        custos::testsupport::writeProtectedPolicy(policyDir.path(), custos::testsupport::examplePolicyExportingTo(QStringLiteral(CUSTOS_CLI_PATH), {root.path()}));
    QVERIFY(!policyFile.isEmpty());
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), policyFile);

    // A small study, re-labelled (with DCMTK's dcmodify) for a patient whose
    // name needs UTF-8 in DICOM.
    QCOMPARE(run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("make-demo"), demo, QStringLiteral("--slices"), QStringLiteral("16"),
                                                   QStringLiteral("--size"), QStringLiteral("128"), QStringLiteral("--quiet")}, env).code, 0);
    QStringList files = QDir(demo).entryList(QDir::Files);
    QStringList args{QStringLiteral("-nb"), QStringLiteral("-i"), QStringLiteral("(0008,0005)=ISO_IR 192"), QStringLiteral("-m"),
                     QStringLiteral("(0010,0010)=") + kName, QStringLiteral("-m"), QStringLiteral("(0010,0020)=") + kId};
    for (const QString& f : files)
        args << QDir(demo).filePath(f);
    const Run modify = run(QStringLiteral("dcmodify"), args, env);
    QVERIFY2(modify.code == 0, modify.err.constData());
    // The source files do carry the identity (the test can fail).
    QFile probe(QDir(demo).filePath(files.front()));
    QVERIFY(probe.open(QIODevice::ReadOnly));
    QVERIFY(probe.readAll().contains(kName.toUtf8()));

    // Open it with the CLI and twice with the viewer.
    const Run info = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("--data-dir"), data, QStringLiteral("info"), demo}, env);
    QCOMPARE(info.code, 0);
    for (int i = 0; i < 2; ++i) {
        const Run viewer = run(QStringLiteral(CUSTOS_VIEWER_PATH), {demo, QStringLiteral("--data-dir"), data, QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                                                                    root.filePath(QStringLiteral("shot%1.png").arg(i))}, env);
        QVERIFY2(viewer.code == 0, viewer.err.constData());
    }

    // Something was written (else the search proves nothing): the audit
    // trail, and the cache holding the decoded volume.
    QStringList written;
    for (const QString& folder : {data, tmp}) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            written << it.next();
    }
    QVERIFY2(std::any_of(written.begin(), written.end(), [](const QString& f) { return f.contains(QLatin1String("/audit/")); }),
             qPrintable(written.join(QLatin1Char('\n'))));
    QVERIFY2(std::any_of(written.begin(), written.end(), [](const QString& f) { return f.endsWith(QLatin1String(".obj")); }),
             qPrintable(written.join(QLatin1Char('\n'))));

    // The audit trail did record the patient (readable through Custos only).
    // (Read in this process, as an auditor's tool would: `audit show` needs a role that may read the trail.)
    const Run show{0, custos::testsupport::auditTrail(data), {}};
    QVERIFY2(show.out.contains(kId.toUtf8()), show.out.constData());
    const Run verify = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("--data-dir"), data, QStringLiteral("audit"), QStringLiteral("verify")}, env);
    QCOMPARE(verify.code, 0);
    QVERIFY(verify.out.startsWith("OK: "));

    // Not one plaintext byte of the identity in anything Custos wrote.
    QList<QByteArray> needles;
    for (const QString& s : {kName, kFamily, kGiven, kId})
        needles << encodings(s);
    for (const QString& f : std::as_const(written)) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray& needle : std::as_const(needles))
            QVERIFY2(!bytes.contains(needle), qPrintable(QStringLiteral("%1 contains patient identity in plaintext").arg(f)));
    }
}

QTEST_GUILESS_MAIN(TestNoPlaintext)
#include "tst_no_plaintext.moc"
