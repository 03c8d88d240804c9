// SPDX-License-Identifier: Apache-2.0
// Heatmaps (parametric maps, probability volumes), the vendor JSON format,
// the AI object reader and series matcher, and the demo's AI results.

#include "ai_test_support.h"
#include "core/ai/ai_reader.h"
#include "core/ai/demo_findings.h"
#include "core/ai/parametric_map_reader.h"
#include "core/ai/parametric_map_writer.h"
#include "core/ai/segmentation_reader.h"
#include "core/ai/vendor_json.h"
#include "core/dicom/volume_loader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>

using namespace custos;

namespace {

QString docsExample()
{
    QFile f(QStringLiteral(CUSTOS_SOURCE_DIR "/docs/ai-json-format.md"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const auto m = QRegularExpression(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption).match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QJsonObject exampleObject()
{
    return QJsonDocument::fromJson(docsExample().toUtf8()).object();
}

// The document after `edit`, as the vendor would send it.
template <class Edit>
QJsonObject edited(Edit&& edit)
{
    QJsonObject d = exampleObject();
    edit(d);
    return d;
}

QJsonObject withFinding(QJsonObject d, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray findings = d[QStringLiteral("findings")].toArray();
    while (findings.size() <= index)
        findings.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("extra-%1").arg(findings.size())},
                                    {QStringLiteral("label"), QStringLiteral("Extra")}});
    QJsonObject f = findings[index].toObject();
    f[key] = value;
    findings[index] = f;
    d[QStringLiteral("findings")] = findings;
    return d;
}

// Python's jsonschema (the reference validator) on a document: "" or the error.
QString schemaError(const QJsonObject& document)
{
    QProcess p;
    p.start(QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import json,sys,jsonschema\n"
                            "schema=json.load(open(sys.argv[1]))\n"
                            "jsonschema.Draft202012Validator.check_schema(schema)\n"
                            "errs=list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))\n"
                            "print('\\n'.join(e.message for e in errs))"),
             QStringLiteral(CUSTOS_SOURCE_DIR "/resources/ai/findings.schema.json")});
    p.write(QJsonDocument(document).toJson());
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        return QStringLiteral("validator failed: ") + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace

class TestAiResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parametricMapValuesLandOnTheSourceGrid();
    void probabilityVolumeBecomesAHeatmap();
    void docsExampleIsValid();
    void invalidJsonNamesTheField_data();
    void invalidJsonNamesTheField();
    void jsonBecomesFindings();
    void readerDispatchesBySopClass();
    void objectsInMemoryReadAsTheirFiles();
    void matcherFindsTheSeries();
    void demoFindingsMarkLungsAndLesion();

private:
    std::unique_ptr<testsupport::SourceSeries> m_mr;
    QTemporaryDir m_dir;
};

void TestAiResults::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    m_mr = testsupport::loadMr();
    QVERIFY(m_mr);
    QVERIFY2(!docsExample().isEmpty(), "docs/ai-json-format.md has no JSON example");
}

void TestAiResults::parametricMapValuesLandOnTheSourceGrid()
{
    const dicom::VolumeGeometry& g = m_mr->grid.geometry;
    ai::ParametricMapSpec spec;
    spec.grid = m_mr->grid;
    spec.sourceImageFile = m_mr->firstFile;
    spec.sourceSopClassUid = m_mr->sopClassUid;
    const auto value = [](int i, int j, int k) { return float(i) * 0.001f + float(j) * 0.5f - float(k) * 3.0f; };
    spec.fillFrame = [&](int k, float* frame) {
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i)
                frame[j * g.columns + i] = value(i, j, k);
    };
    const QString path = m_dir.filePath(QStringLiteral("map.dcm"));
    const auto written = ai::writeParametricMap(path, spec);
    QVERIFY2(written, qPrintable(written ? QString() : written.errorMessage()));
    const auto map = ai::readParametricMap(path, m_mr->grid);
    QVERIFY2(map, qPrintable(map ? QString() : map.errorMessage()));
    const ai::HeatmapVolume& h = *map.value().heatmap;
    long long wrong = 0;
    for (int k = 0; k < g.slices; ++k)
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i)
                wrong += h.value(i, j, k) != value(i, j, k);
    QCOMPARE(wrong, 0LL);
    QCOMPARE(h.minimum, value(0, 0, g.slices - 1));
    QCOMPARE(h.maximum, value(g.columns - 1, g.rows - 1, 0));
    QCOMPARE(h.coveredVoxels, (long long)h.voxels());
    QCOMPARE(h.unit, QStringLiteral("{probability}"));
    const ai::AiObject& o = map.value().object;
    QCOMPARE(o.kind, ai::AiObjectKind::ParametricMap);
    QCOMPARE(o.findings.size(), std::size_t(1));
    QCOMPARE(o.findings.front().kind, ai::FindingKind::Heatmap);
    QCOMPARE(o.findings.front().label, QStringLiteral("AI heatmap"));
    QCOMPARE(o.referencedSeriesUid, m_mr->grid.seriesInstanceUid);
    QVERIFY(o.warnings.isEmpty());
}

void TestAiResults::probabilityVolumeBecomesAHeatmap()
{
    auto volume = dicom::loadStack(m_mr->catalog, *m_mr->stack);
    QVERIFY(volume);
    const dicom::Volume& v = *volume.value();
    const auto map = ai::heatmapFromVolume(v, m_mr->grid, m_mr->grid, QStringLiteral("MR as heatmap"));
    const ai::HeatmapVolume& h = *map.heatmap;
    QCOMPARE(h.coveredVoxels, (long long)h.voxels());
    for (const auto& [i, j, k] : {std::tuple{0, 0, 0}, {128, 100, 10}, {255, 255, 19}, {37, 201, 4}})
        QCOMPARE(double(h.value(i, j, k)), v.modalityValue(dicom::sampleValue(v.sliceData(k), v.sampleType(), std::size_t(j) * 256 + std::size_t(i))));
    QCOMPARE(map.object.findings.front().label, QStringLiteral("MR as heatmap"));
}

void TestAiResults::docsExampleIsValid()
{
    const auto object = ai::parseVendorJson(docsExample().toUtf8());
    QVERIFY2(object, qPrintable(object ? QString() : object.errorMessage()));
    QCOMPARE(schemaError(exampleObject()), QString());
}

void TestAiResults::invalidJsonNamesTheField_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QString>("message");
    QTest::newRow("confidence") << withFinding(exampleObject(), 2, QStringLiteral("confidence"), 1.5)
                                << QStringLiteral("findings[2].confidence: must be between 0 and 1");
    QTest::newRow("model version") << edited([](QJsonObject& d) {
        QJsonObject m = d[QStringLiteral("model")].toObject();
        m.remove(QStringLiteral("version"));
        d[QStringLiteral("model")] = m;
    }) << QStringLiteral("model.version: is required");
    QTest::newRow("misspelt field") << withFinding(exampleObject(), 0, QStringLiteral("confidance"), 0.5)
                                    << QStringLiteral("findings[0].confidance: is not a field of this format");
    QTest::newRow("box with three corners")
        << withFinding(exampleObject(), 1, QStringLiteral("regions"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("box2d")},
                                              {QStringLiteral("sopInstanceUid"), QStringLiteral("1.2.3")},
                                              {QStringLiteral("points"), QJsonArray{QJsonArray{1, 2}, QJsonArray{3, 4}, QJsonArray{5, 6}}}}})
        << QStringLiteral("findings[1].regions[0].points: must hold 2 corners");
    QTest::newRow("negative pixel")
        << withFinding(exampleObject(), 1, QStringLiteral("regions"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("polygon2d")},
                                              {QStringLiteral("sopInstanceUid"), QStringLiteral("1.2.3")},
                                              {QStringLiteral("points"), QJsonArray{QJsonArray{1, 2}, QJsonArray{-3, 4}, QJsonArray{5, 6}}}}})
        << QStringLiteral("findings[1].regions[0].points[1]: must be [column, row] with numbers >= 0");
    QTest::newRow("no series") << edited([](QJsonObject& d) { d.remove(QStringLiteral("series")); })
                               << QStringLiteral("series: is required");
    QTest::newRow("label empty") << withFinding(exampleObject(), 0, QStringLiteral("label"), QString())
                                 << QStringLiteral("findings[0].label: must be a non-empty string");
    QTest::newRow("unknown region") << withFinding(exampleObject(), 0, QStringLiteral("regions"),
                                                   QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("circle")}}})
                                    << QStringLiteral("findings[0].regions[0].type: must be");
    QTest::newRow("wrong version") << edited([](QJsonObject& d) { d[QStringLiteral("version")] = 2; })
                                   << QStringLiteral("version: must be 1");
}

void TestAiResults::invalidJsonNamesTheField()
{
    QFETCH(QJsonObject, document);
    QFETCH(QString, message);
    const auto object = ai::parseVendorJson(QJsonDocument(document).toJson(), QStringLiteral("vendor.json"));
    QVERIFY(!object);
    QVERIFY2(object.errorMessage().contains(message), qPrintable(object.errorMessage()));
    QVERIFY(object.errorMessage().startsWith(QLatin1String("vendor.json")));
    // The published schema rejects it too.
    QVERIFY2(!schemaError(document).isEmpty(), "the schema accepts a document Custos rejects");
}

void TestAiResults::jsonBecomesFindings()
{
    const auto object = ai::parseVendorJson(docsExample().toUtf8());
    QVERIFY(object);
    const ai::AiObject& o = object.value();
    QCOMPARE(o.kind, ai::AiObjectKind::VendorJson);
    QCOMPARE(o.source.modelName, QStringLiteral("LungNet"));
    QCOMPARE(o.source.modelVersion, QStringLiteral("2.3.1"));
    QCOMPARE(o.referencedSeriesUid, QStringLiteral("1.2.826.0.1.3680043.8.498.1"));
    QCOMPARE(o.findings.size(), std::size_t(2));
    const ai::Finding& nodule = o.findings[0];
    QCOMPARE(nodule.id, QStringLiteral("json:nodule-1"));
    QCOMPARE(*nodule.confidence, 0.93);
    QCOMPARE(nodule.regions2D.size(), std::size_t(1));
    QCOMPARE(nodule.regions2D[0].type, ai::GraphicType::Box);
    QCOMPARE(nodule.regions2D[0].points[1].first, 122.0);
    QCOMPARE(nodule.regions3D.size(), std::size_t(1));
    QCOMPARE(nodule.regions3D[0].points[0].z, 12.5);
    QCOMPARE(nodule.regions3D[0].frameOfReferenceUid, QStringLiteral("1.2.826.0.1.3680043.8.498.2"));
    QCOMPARE(nodule.measurements.front().name.meaning, QStringLiteral("Long axis"));
    QCOMPARE(o.findings[1].regions2D[0].type, ai::GraphicType::Polygon);
    QCOMPARE(o.findings[1].regions2D[0].referencedFrame, 1);
    QCOMPARE(o.referencedInstanceUids.size(), 2);
}

void TestAiResults::readerDispatchesBySopClass()
{
    ai::SegmentationSpec spec = testsupport::specOver(*m_mr);
    spec.segments = {testsupport::segment(QStringLiteral("Block"))};
    spec.fillFrame = [](int, int k, std::uint8_t* frame) {
        if (k == 4)
            std::fill(frame, frame + 100, std::uint8_t(1));
    };
    const QString seg = m_dir.filePath(QStringLiteral("reader-seg.dcm"));
    QVERIFY(ai::writeSegmentation(seg, spec));
    auto o = ai::readAiObject(seg);
    QVERIFY2(o, qPrintable(o ? QString() : o.errorMessage()));
    QCOMPARE(o.value().kind, ai::AiObjectKind::Segmentation);
    QCOMPARE(o.value().findings.front().voxelCount, 100LL);

    const QString json = m_dir.filePath(QStringLiteral("vendor.json"));
    {
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(docsExample().toUtf8());
    }
    o = ai::readAiObject(json);
    QVERIFY(o);
    QCOMPARE(o.value().kind, ai::AiObjectKind::VendorJson);

    o = ai::readAiObject(m_mr->firstFile);
    QVERIFY(!o);
    QVERIFY2(o.errorMessage().contains(QLatin1String("not an AI result")), qPrintable(o.errorMessage()));

    o = ai::readAiObject(testdata::path(QStringLiteral("pydicom/test-SR.dcm")));
    QVERIFY2(o, qPrintable(o ? QString() : o.errorMessage()));
    o = ai::readAiObject(m_dir.filePath(QStringLiteral("missing.dcm")));
    QVERIFY(!o);
    QVERIFY(o.errorMessage().contains(QLatin1String("does not exist")));
}

// An AI object retrieved from a PACS never is a file: read from its bytes,
// it is the same object as from the file, remembers its bytes for the
// overlay, and damaged bytes are a sentence, not a crash.
void TestAiResults::objectsInMemoryReadAsTheirFiles()
{
    ai::SegmentationSpec spec = testsupport::specOver(*m_mr);
    spec.segments = {testsupport::segment(QStringLiteral("Block"))};
    spec.fillFrame = [](int, int k, std::uint8_t* frame) {
        if (k == 3)
            std::fill(frame, frame + 64, std::uint8_t(1));
    };
    const QString seg = m_dir.filePath(QStringLiteral("memory-seg.dcm"));
    QVERIFY(ai::writeSegmentation(seg, spec));
    QFile f(seg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    auto bytes = std::make_shared<const QByteArray>(f.readAll());
    f.close();
    QVERIFY(QFile::remove(seg)); // nothing on disk from here on

    auto o = ai::readAiObject(dicom::Source(QStringLiteral("1.2.3.4"), bytes));
    QVERIFY2(o, qPrintable(o ? QString() : o.errorMessage()));
    QCOMPARE(o.value().kind, ai::AiObjectKind::Segmentation);
    QCOMPARE(o.value().findings.front().voxelCount, 64LL);
    QCOMPARE(o.value().path, QStringLiteral("1.2.3.4"));
    QVERIFY(o.value().memory == bytes);
    QVERIFY(o.value().input().inMemory());
    // Laid onto the series' grid again from the bytes it kept (as the overlay is built).
    auto grid = ai::segmentationGrid(o.value().input());
    QVERIFY2(grid, qPrintable(grid ? QString() : grid.errorMessage()));
    auto laid = ai::readSegmentation(o.value().input(), grid.value());
    QVERIFY2(laid, qPrintable(laid ? QString() : laid.errorMessage()));
    QCOMPARE(laid.value().object.findings.front().voxelCount, 64LL);

    // Damaged in memory: cut short, and not DICOM at all.
    auto cut = std::make_shared<const QByteArray>(bytes->left(bytes->size() / 2));
    auto broken = ai::readAiObject(dicom::Source(QStringLiteral("1.2.3.5"), cut));
    QVERIFY(!broken);
    QVERIFY2(broken.errorMessage().contains(QLatin1String("1.2.3.5")), qPrintable(broken.errorMessage()));
    auto junk = ai::readAiObject(dicom::Source(QStringLiteral("1.2.3.6"), std::make_shared<const QByteArray>(QByteArray(4096, 'x'))));
    QVERIFY(!junk);
    QVERIFY2(junk.errorMessage().contains(QLatin1String("DICM")), qPrintable(junk.errorMessage()));
}

void TestAiResults::matcherFindsTheSeries()
{
    const QString series = m_mr->grid.seriesInstanceUid;
    ai::AiObject bySeries;
    bySeries.referencedSeriesUid = series;
    ai::AiObject byInstance;
    byInstance.referencedSeriesUid = QStringLiteral("1.2.3.4.5.6"); // not loaded
    byInstance.findings.push_back({});
    byInstance.findings.back().regions2D.push_back({ai::GraphicType::Box, m_mr->grid.sopInstanceUids[3], {}, 0, {{1, 1}, {5, 5}}});
    byInstance.findings.back().regions2D.push_back({ai::GraphicType::Box, QStringLiteral("1.2.3.4.5.7"), {}, 0, {{1, 1}, {5, 5}}});
    ai::AiObject byFrame;
    byFrame.frameOfReferenceUid = m_mr->grid.frameOfReferenceUid;
    ai::AiObject nothing;
    nothing.referencedSeriesUid = QStringLiteral("1.2.3.4.5.8");
    const auto matches = ai::matchToSeries({bySeries, byInstance, byFrame, nothing}, m_mr->catalog);
    QCOMPARE(matches.size(), std::size_t(4));
    QCOMPARE(matches[0].by, ai::MatchedBy::ReferencedSeries);
    QCOMPARE(matches[0].seriesInstanceUid, series);
    QCOMPARE(matches[1].by, ai::MatchedBy::ReferencedInstances);
    QCOMPARE(matches[1].seriesInstanceUid, series);
    QCOMPARE(matches[1].missingInstanceUids, QStringList{QStringLiteral("1.2.3.4.5.7")});
    QVERIFY(!matches[1].problem.isEmpty());
    QCOMPARE(matches[2].by, ai::MatchedBy::FrameOfReference);
    QCOMPARE(matches[2].seriesInstanceUid, series);
    QCOMPARE(matches[3].by, ai::MatchedBy::None);
    QVERIFY(matches[3].seriesInstanceUid.isEmpty());
    QVERIFY(!matches[3].problem.isEmpty());
}

void TestAiResults::demoFindingsMarkLungsAndLesion()
{
    dicom::DemoStudyOptions options;
    options.slices = 60;
    options.size = 160;
    const QString dir = m_dir.filePath(QStringLiteral("demo"));
    QVERIFY(dicom::writeDemoStudy(dir, options));
    const auto files = ai::writeDemoFindings(dir, options);
    QVERIFY2(files, qPrintable(files ? QString() : files.errorMessage()));
    QCOMPARE(testsupport::dciodvfyErrors(files.value().segmentation), QStringList());

    const auto geometry = ai::demoGeometry(dir, options);
    QVERIFY(geometry);
    const ai::TargetGrid& grid = geometry.value().ct;
    const auto seg = ai::readSegmentation(files.value().segmentation, grid);
    QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
    const ai::AiObject& o = seg.value().object;
    QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join(QLatin1Char('\n'))));
    QStringList labels;
    for (const ai::Finding& f : o.findings) {
        labels << f.label;
        QCOMPARE(f.source.modelName, QStringLiteral("Custos Demo AI"));
        QCOMPARE(f.source.modelVersion, QStringLiteral("1.0"));
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Right lung"), QStringLiteral("Left lung"), QStringLiteral("Lesion")}));
    const dicom::DemoLandmarks l = dicom::demoLandmarks(options);
    const double sphereMl = 4.0 / 3.0 * std::numbers::pi * std::pow(l.lesionRadius, 3) / 1000;
    QVERIFY2(std::abs(o.findings[2].volumeMl - sphereMl) < 0.15 * sphereMl, qPrintable(QString::number(o.findings[2].volumeMl)));
    QVERIFY(o.findings[0].volumeMl > 100 && o.findings[1].volumeMl > 100);

    const ai::LabelVolume& lv = *seg.value().labels;
    const dicom::VolumeGeometry& g = grid.geometry;
    const auto voxelAt = [&](const dicom::Vec3& p) {
        int best = 0;
        double d = 1e300;
        for (int k = 0; k < g.slices; ++k)
            if (std::abs((grid.slicePosition(k) - p).dot(g.normal)) < d)
                d = std::abs((grid.slicePosition(k) - p).dot(g.normal)), best = k;
        const dicom::Vec3 r = p - grid.slicePosition(best);
        return lv.index(int(std::lround(r.dot(g.rowDir) / g.spacing[0])), int(std::lround(r.dot(g.colDir) / g.spacing[1])), best);
    };
    QVERIFY(lv.contains(1, voxelAt(l.rightLung)));
    QVERIFY(lv.contains(2, voxelAt({-l.rightLung.x, l.rightLung.y, l.rightLung.z})));
    QVERIFY(lv.contains(3, voxelAt(l.lesion)));
    QVERIFY(!lv.contains(1, voxelAt(l.lesion)));
    QVERIFY(lv.segmentsAt(voxelAt(l.softTissue)).empty());

    const auto map = ai::readParametricMap(files.value().heatmap, grid);
    QVERIFY2(map, qPrintable(map ? QString() : map.errorMessage()));
    const ai::HeatmapVolume& h = *map.value().heatmap;
    QVERIFY(h.maximum <= 1.0f && h.maximum > 0.9f);
    QVERIFY2(h.data()[voxelAt(l.lesion)] > 0.85f, qPrintable(QString::number(h.data()[voxelAt(l.lesion)])));
    QCOMPARE(h.data()[voxelAt(l.rightLung)], 0.0f);
    QCOMPARE(map.value().object.findings.front().label, QStringLiteral("Lesion probability"));
    QCOMPARE(map.value().object.referencedSeriesUid, grid.seriesInstanceUid);
}

QTEST_GUILESS_MAIN(TestAiResults)
#include "tst_ai_results.moc"
