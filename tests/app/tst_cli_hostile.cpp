// SPDX-License-Identifier: Apache-2.0
// custos-cli info and findings on hostile files (issue 15): every one gets a
// sentence and a non-zero exit, none crashes, none hangs. The files are
// generated here (hostile_dicom.h), never committed.

#include "hostile_dicom.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace custos;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CUSTOS_CLI_PATH), args);
    Run r;
    r.finished = p.waitForFinished(120000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray both(const Run& r)
{
    return r.out + r.err;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void infoReportsEveryHostileFileAndExitsOne_data();
    void infoReportsEveryHostileFileAndExitsOne();
    void findingsReportsAnEmptyFileAndExitsNonZero();

private:
    QTemporaryDir m_dir;
};

void TestCliHostile::infoReportsEveryHostileFileAndExitsOne_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // empty name + "fifo": a FIFO
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty file") << QStringLiteral("empty.dcm") << QByteArray() << QByteArray("empty");
    QTest::newRow("FIFO") << QStringLiteral("pipe.dcm") << QByteArray("fifo") << QByteArray("not a regular file");
    QTest::newRow("sequences 20,000 deep") << QStringLiteral("nested.dcm") << hostile::deeplyNestedUndefined(20000)
                                           << QByteArray("nested more than");
    QTest::newRow("RLE zero-length fragment") << QStringLiteral("rle0.dcm")
                                              << hostile::encapsulated(hostile::kRle, 8, 8, "1", {QByteArray()})
                                              << QByteArray("empty");
    QTest::newRow("2^31-1 frames") << QStringLiteral("frames.dcm") << hostile::native(8, 8, "2147483647", QByteArray(64, '\0'))
                                   << QByteArray("frames");
    QTest::newRow("65535 x 65535") << QStringLiteral("huge.dcm")
                                   << hostile::encapsulated(hostile::kRle, 65535, 65535, "1", {hostile::rleFragment(64, 1)}, 16)
                                   << QByteArray("65535");
}

void TestCliHostile::infoReportsEveryHostileFileAndExitsOne()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, expected);
    const QString path = m_dir.filePath(name);
    if (bytes == "fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else
        QVERIFY(hostile::write(path, bytes));
    const QString data = m_dir.filePath(QStringLiteral("data-") + name);
    for (const QStringList& mode : {QStringList{QStringLiteral("--json")}, QStringList{QStringLiteral("--stats")}}) {
        const Run r = cli(QStringList{QStringLiteral("--data-dir"), data, QStringLiteral("info")} + mode + QStringList{path});
        QVERIFY2(r.finished, "custos-cli info hung");
        QVERIFY2(!r.crashed, both(r).constData());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(both(r).contains(expected), both(r).constData());
    }
}

void TestCliHostile::findingsReportsAnEmptyFileAndExitsNonZero()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty-seg.dcm"));
    QVERIFY(hostile::write(empty, {}));
    const Run r = cli({QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data-findings")), QStringLiteral("findings"),
                       QStringLiteral("--json"), empty});
    QVERIFY(r.finished && !r.crashed);
    QVERIFY2(r.exitCode != 0, both(r).constData());
    QVERIFY2(both(r).contains("empty"), both(r).constData());
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
