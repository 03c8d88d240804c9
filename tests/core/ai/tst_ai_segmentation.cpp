// SPDX-License-Identifier: Apache-2.0
// DICOM SEG: pydicom's real SEG, and SEGs written by DCMTK's dcmseg over the
// real 20-slice MR: binary, overlapping, fractional, on another grid, broken.

#include "ai_test_support.h"
#include "core/ai/segmentation_reader.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace custos;
using testsupport::SourceSeries;

namespace {

struct Box
{
    int i0, i1, j0, j1, k0, k1; // inclusive
    bool contains(int i, int j, int k) const { return i >= i0 && i <= i1 && j >= j0 && j <= j1 && k >= k0 && k <= k1; }
    long long voxels() const { return (long long)(i1 - i0 + 1) * (j1 - j0 + 1) * (k1 - k0 + 1); }
};

bool inSphere(int i, int j, int k)
{
    return (i - 180) * (i - 180) + (j - 180) * (j - 180) + (k - 10) * (k - 10) * 36 <= 15 * 15;
}

const Box kBoxA{40, 99, 50, 119, 3, 9};
const Box kBoxB{80, 139, 100, 149, 5, 12};

// Three binary segments: A and B overlap, the sphere stands alone.
ai::SegmentationSpec threeSegments(const SourceSeries& mr)
{
    ai::SegmentationSpec spec = testsupport::specOver(mr);
    spec.segments = {testsupport::segment(QStringLiteral("Box A")), testsupport::segment(QStringLiteral("Box B")),
                     testsupport::segment(QStringLiteral("Sphere"))};
    spec.segments[0].rgb = dicom::Vec3{1, 0, 0};
    const int columns = mr.grid.geometry.columns, rows = mr.grid.geometry.rows;
    spec.fillFrame = [columns, rows](int s, int k, std::uint8_t* frame) {
        for (int j = 0; j < rows; ++j)
            for (int i = 0; i < columns; ++i)
                frame[j * columns + i] = s == 0 ? kBoxA.contains(i, j, k) : s == 1 ? kBoxB.contains(i, j, k) : inSphere(i, j, k);
    };
    return spec;
}

long long sphereVoxels(const dicom::VolumeGeometry& g)
{
    long long n = 0;
    for (int k = 0; k < g.slices; ++k)
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i)
                n += inSphere(i, j, k);
    return n;
}

const ai::Finding* findingNamed(const ai::AiObject& o, const QString& label)
{
    for (const ai::Finding& f : o.findings)
        if (f.label == label)
            return &f;
    return nullptr;
}

Result<void> setNumberOfFrames(const QString& path, const char* value)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(path).constData()).bad())
        return Error{QStringLiteral("load")};
    if (value)
        file.getDataset()->putAndInsertString(DCM_NumberOfFrames, value);
    else
        delete file.getDataset()->remove(DCM_SegmentSequence);
    if (file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).bad())
        return Error{QStringLiteral("save")};
    return Ok{};
}

} // namespace

class TestAiSegmentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPydicomLiverSeg();
    void binarySegmentsLandOnTheirVoxels();
    void ownGridCountsMatchWithoutSource();
    void writtenSegPassesDciodvfy();
    void fractionalKeepsProbabilities();
    void resamplesSegOnAnotherGrid();
    void warnsAboutFramesReferencingForeignImages();
    void brokenSegsGiveClearErrors();
    void loadsFourHundredFramesInSeconds();

private:
    std::unique_ptr<SourceSeries> m_mr;
    QTemporaryDir m_dir;
    QString m_threeSegments;
};

void TestAiSegmentation::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    m_mr = testsupport::loadMr();
    QVERIFY2(m_mr, "the 20-slice MR was not found");
    QVERIFY(m_mr->grid.geometry.hasPatientGeometry);
    m_threeSegments = m_dir.filePath(QStringLiteral("three.dcm"));
    const auto written = ai::writeSegmentation(m_threeSegments, threeSegments(*m_mr));
    QVERIFY2(written, qPrintable(written ? QString() : written.errorMessage()));
}

void TestAiSegmentation::readsPydicomLiverSeg()
{
    for (const QString& name : {QStringLiteral("liver_1frame.dcm"), QStringLiteral("liver_expb_1frame.dcm")}) {
        const auto seg = ai::readSegmentation(testdata::path(QStringLiteral("pydicom/") + name));
        QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
        const ai::AiObject& o = seg.value().object;
        QCOMPARE(o.kind, ai::AiObjectKind::Segmentation);
        QCOMPARE(o.findings.size(), std::size_t(1));
        const ai::Finding& liver = o.findings.front();
        QCOMPARE(liver.label, QStringLiteral("Liver"));
        QCOMPARE(liver.id, QStringLiteral("seg:1"));
        QCOMPARE(liver.type.value, QStringLiteral("T-62000"));
        QCOMPARE(liver.category.meaning, QStringLiteral("Tissue"));
        QCOMPARE(liver.source.modelName, QStringLiteral("SlicerEditor"));
        QVERIFY(liver.displayRgb.has_value());
        // pydicom cut the file to one frame but kept three frames' groups and
        // dropped Number of Frames: one frame is read, and the reader says so.
        QCOMPARE(seg.value().frames, 1);
        QVERIFY(o.warnings.join(QLatin1Char(' ')).contains(QLatin1String("Number of Frames is missing")));
        QCOMPARE(liver.voxelCount, 36233LL); // set bits of its pixel data (pydicom)
        QVERIFY(std::abs(liver.volumeMl - 36233 * 0.810547 * 0.810547 * 1.0 / 1000) < 0.01);
        QCOMPARE(o.referencedSeriesUid, QStringLiteral("1.2.392.200103.20080913.113635.1.2009.6.22.21.43.10.23430.1"));
        QCOMPARE(o.referencedInstanceUids.size(), 3);
    }
}

void TestAiSegmentation::binarySegmentsLandOnTheirVoxels()
{
    const auto seg = ai::readSegmentation(m_threeSegments, m_mr->grid);
    QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
    const ai::AiObject& o = seg.value().object;
    QVERIFY2(o.warnings.isEmpty(), qPrintable(o.warnings.join(QLatin1Char('\n'))));
    const ai::LabelVolume& labels = *seg.value().labels;
    const dicom::VolumeGeometry& g = m_mr->grid.geometry;
    const double voxelMl = g.spacing[0] * g.spacing[1] * g.spacing[2] / 1000;

    const ai::Finding* a = findingNamed(o, QStringLiteral("Box A"));
    const ai::Finding* b = findingNamed(o, QStringLiteral("Box B"));
    const ai::Finding* sphere = findingNamed(o, QStringLiteral("Sphere"));
    QVERIFY(a && b && sphere);
    QCOMPARE(a->voxelCount, kBoxA.voxels());
    QCOMPARE(b->voxelCount, kBoxB.voxels());
    QCOMPARE(sphere->voxelCount, sphereVoxels(g));
    QVERIFY(std::abs(a->volumeMl - double(kBoxA.voxels()) * voxelMl) < 1e-9);
    QCOMPARE(a->source.modelName, QStringLiteral("Test AI"));
    QCOMPARE(a->source.modelVersion, QStringLiteral("2.1"));
    QCOMPARE(o.source.modelName, QStringLiteral("Test AI"));
    QVERIFY(a->displayRgb && a->displayRgb->x > 0.95 && a->displayRgb->y < 0.05 && a->displayRgb->z < 0.05);

    // Every voxel carries exactly the segments written there.
    long long mismatches = 0;
    for (int k = 0; k < g.slices; ++k)
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i) {
                const std::size_t v = labels.index(i, j, k);
                mismatches += labels.contains(1, v) != kBoxA.contains(i, j, k);
                mismatches += labels.contains(2, v) != kBoxB.contains(i, j, k);
                mismatches += labels.contains(3, v) != inSphere(i, j, k);
            }
    QCOMPARE(mismatches, 0LL);
    // One byte per voxel, a second plane only because A and B overlap.
    QCOMPARE(labels.planeCount(), 2);
    QCOMPARE(labels.segmentsAt(labels.index(85, 105, 6)), (std::vector<int>{1, 2}));
    QCOMPARE(labels.plane(0)[labels.index(180, 180, 10)], std::uint8_t(3));
}

void TestAiSegmentation::ownGridCountsMatchWithoutSource()
{
    const auto seg = ai::readSegmentation(m_threeSegments);
    QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
    const ai::AiObject& o = seg.value().object;
    QCOMPARE(findingNamed(o, QStringLiteral("Box A"))->voxelCount, kBoxA.voxels());
    QCOMPARE(findingNamed(o, QStringLiteral("Box B"))->voxelCount, kBoxB.voxels());
    QCOMPARE(findingNamed(o, QStringLiteral("Sphere"))->voxelCount, sphereVoxels(m_mr->grid.geometry));
    QVERIFY(findingNamed(o, QStringLiteral("Box A"))->volumeMl > 0);
    QCOMPARE(o.referencedSeriesUid, m_mr->grid.seriesInstanceUid);
    QCOMPARE(o.frameOfReferenceUid, m_mr->grid.frameOfReferenceUid);
}

void TestAiSegmentation::writtenSegPassesDciodvfy()
{
    const QStringList errors = testsupport::dciodvfyErrors(m_threeSegments);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestAiSegmentation::fractionalKeepsProbabilities()
{
    ai::SegmentationSpec spec = testsupport::specOver(*m_mr);
    spec.fractional = true;
    spec.maximumFractionalValue = 200;
    spec.segments = {testsupport::segment(QStringLiteral("Probability"))};
    const int columns = m_mr->grid.geometry.columns;
    const auto value = [](int i, int j, int k) { return (i < 100 && j < 100 && k < 2) ? (i + j) % 201 : 0; };
    spec.fillFrame = [&](int, int k, std::uint8_t* frame) {
        for (int j = 0; j < 100; ++j)
            for (int i = 0; i < 100; ++i)
                frame[j * columns + i] = std::uint8_t(value(i, j, k));
    };
    const QString path = m_dir.filePath(QStringLiteral("fractional.dcm"));
    QVERIFY(ai::writeSegmentation(path, spec));
    const auto seg = ai::readSegmentation(path, m_mr->grid);
    QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
    QVERIFY(seg.value().fractional);
    QCOMPARE(seg.value().fractionalType, QStringLiteral("PROBABILITY"));
    const ai::LabelVolume& labels = *seg.value().labels;
    QVERIFY(labels.isFractional(1));
    long long above = 0, wrong = 0;
    for (int k = 0; k < 2; ++k)
        for (int j = 0; j < 100; ++j)
            for (int i = 0; i < 100; ++i) {
                const int v = value(i, j, k);
                above += v * 2 > 200;
                const int expected = int(std::floor(v * 255.0 / 200 + 0.5 - 1e-9));
                wrong += labels.probability(1)[labels.index(i, j, k)] != expected;
            }
    QCOMPARE(wrong, 0LL);
    QCOMPARE(seg.value().object.findings.front().voxelCount, above);
    QCOMPARE(labels.planeCount(), 1);
    QCOMPARE(testsupport::dciodvfyErrors(path), QStringList());
}

void TestAiSegmentation::resamplesSegOnAnotherGrid()
{
    // Half the resolution in every direction, shifted by half a source voxel
    // so that no source voxel is equally near two SEG voxels.
    const ai::TargetGrid& src = m_mr->grid;
    const dicom::VolumeGeometry& g = src.geometry;
    ai::SegmentationSpec spec = testsupport::specOver(*m_mr);
    spec.referenceSources = false;
    spec.grid = {};
    dicom::VolumeGeometry& sg = spec.grid.geometry;
    sg = g;
    sg.columns = g.columns / 2;
    sg.rows = g.rows / 2;
    sg.slices = g.slices / 2;
    sg.spacing = {g.spacing[0] * 2, g.spacing[1] * 2, g.spacing[2] * 2};
    sg.origin = src.slicePosition(0) + g.rowDir * (0.5 * g.spacing[0]) + g.colDir * (0.5 * g.spacing[1]) +
                g.normal * (0.5 * g.spacing[2]);
    const Box box{10, 20, 15, 30, 2, 5}; // in SEG voxels
    spec.segments = {testsupport::segment(QStringLiteral("Coarse box"))};
    spec.fillFrame = [&](int, int w, std::uint8_t* frame) {
        for (int v = 0; v < sg.rows; ++v)
            for (int u = 0; u < sg.columns; ++u)
                frame[v * sg.columns + u] = box.contains(u, v, w);
    };
    const QString path = m_dir.filePath(QStringLiteral("coarse.dcm"));
    QVERIFY(ai::writeSegmentation(path, spec));

    const auto seg = ai::readSegmentation(path, src);
    QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
    const ai::LabelVolume& labels = *seg.value().labels;
    long long expected = 0, mismatches = 0;
    for (int k = 0; k < g.slices; ++k)
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i) {
                const bool in = box.contains(int(std::lround((i - 0.5) / 2)), int(std::lround((j - 0.5) / 2)),
                                             int(std::lround((k - 0.5) / 2)));
                expected += in;
                mismatches += labels.contains(1, labels.index(i, j, k)) != in;
            }
    QCOMPARE(mismatches, 0LL);
    QCOMPARE(seg.value().object.findings.front().voxelCount, expected);
    QCOMPARE(expected, box.voxels() * 8); // each SEG voxel covers 2×2×2 source voxels
    // On its own grid the same SEG counts its own (8× larger) voxels.
    const auto own = ai::readSegmentation(path);
    QVERIFY(own);
    QCOMPARE(own.value().object.findings.front().voxelCount, box.voxels());
    QVERIFY(std::abs(own.value().object.findings.front().volumeMl - seg.value().object.findings.front().volumeMl) < 1e-6);
}

void TestAiSegmentation::warnsAboutFramesReferencingForeignImages()
{
    ai::SegmentationSpec spec = threeSegments(*m_mr);
    spec.grid.sopInstanceUids[6] = QStringLiteral("1.2.826.0.1.3680043.2.1143.999.6"); // not in the series
    const QString path = m_dir.filePath(QStringLiteral("foreign.dcm"));
    QVERIFY(ai::writeSegmentation(path, spec));
    const auto seg = ai::readSegmentation(path, m_mr->grid);
    QVERIFY(seg);
    const QString warnings = seg.value().object.warnings.join(QLatin1Char('\n'));
    // Slice 7 holds frames of A and B: two frames name the foreign image.
    QVERIFY2(warnings.contains(QLatin1String("2 frames reference images that are not in the source series")),
             qPrintable(warnings));
    // Their plane positions still place them.
    QCOMPARE(findingNamed(seg.value().object, QStringLiteral("Box A"))->voxelCount, kBoxA.voxels());
}

void TestAiSegmentation::brokenSegsGiveClearErrors()
{
    QFile good(m_threeSegments);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();

    const QString truncated = m_dir.filePath(QStringLiteral("truncated.dcm"));
    {
        QFile f(truncated);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() - 3000));
    }
    auto r = ai::readSegmentation(truncated, m_mr->grid);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("truncated")), qPrintable(r.errorMessage()));

    const QString wrongCount = m_dir.filePath(QStringLiteral("wrong-count.dcm"));
    QVERIFY(QFile::copy(m_threeSegments, wrongCount));
    QVERIFY(setNumberOfFrames(wrongCount, "999"));
    r = ai::readSegmentation(wrongCount);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("Frame count mismatch: Number of Frames is 999")), qPrintable(r.errorMessage()));

    const QString noSegments = m_dir.filePath(QStringLiteral("no-segments.dcm"));
    QVERIFY(QFile::copy(m_threeSegments, noSegments));
    QVERIFY(setNumberOfFrames(noSegments, nullptr));
    r = ai::readSegmentation(noSegments);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("no Segment Sequence")), qPrintable(r.errorMessage()));

    r = ai::readSegmentation(m_mr->firstFile);
    QVERIFY(!r);
    QVERIFY2(r.errorMessage().contains(QLatin1String("not a DICOM Segmentation")), qPrintable(r.errorMessage()));
}

void TestAiSegmentation::loadsFourHundredFramesInSeconds()
{
    // 20 segments on all 20 slices: 400 frames of 256×256.
    ai::SegmentationSpec spec = testsupport::specOver(*m_mr);
    for (int s = 0; s < 20; ++s)
        spec.segments.push_back(testsupport::segment(QStringLiteral("Band %1").arg(s + 1)));
    const int columns = m_mr->grid.geometry.columns;
    spec.fillFrame = [columns](int s, int, std::uint8_t* frame) {
        for (int j = s * 12; j < s * 12 + 12; ++j)
            std::fill(frame + j * columns, frame + j * columns + columns, std::uint8_t(1));
    };
    const QString path = m_dir.filePath(QStringLiteral("twenty.dcm"));
    QVERIFY(ai::writeSegmentation(path, spec));
    QElapsedTimer timer;
    timer.start();
    const auto seg = ai::readSegmentation(path, m_mr->grid);
    const qint64 ms = timer.elapsed();
    QVERIFY2(seg, qPrintable(seg ? QString() : seg.errorMessage()));
    QCOMPARE(seg.value().frames, 400);
    QCOMPARE(seg.value().object.findings.size(), std::size_t(20));
    for (const ai::Finding& f : seg.value().object.findings)
        QCOMPARE(f.voxelCount, 12LL * columns * 20);
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
    qInfo("400-frame, 20-segment SEG read in %lld ms", ms);
}

QTEST_GUILESS_MAIN(TestAiSegmentation)
#include "tst_ai_segmentation.moc"
