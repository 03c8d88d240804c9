// SPDX-License-Identifier: Apache-2.0
#include "core/ai/demo_findings.h"

#include "core/ai/ai_text.h"
#include "core/ai/parametric_map_writer.h"
#include "core/ai/segmentation_writer.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"

#include <QDir>

#include <cmath>
#include <numbers>

namespace custos::ai {

namespace {

dicom::Vec3 voxelCentre(const TargetGrid& g, int i, int j, int k)
{
    return g.slicePosition(k) + g.geometry.rowDir * (i * g.geometry.spacing[0]) + g.geometry.colDir * (j * g.geometry.spacing[1]);
}

} // namespace

Result<DemoGeometry> demoGeometry(const QString& studyDir, const dicom::DemoStudyOptions& options)
{
    const dicom::Catalog catalog = dicom::scanPaths({studyDir});
    const dicom::Stack* ct = nullptr;
    for (const auto& study : catalog.studies)
        for (const auto& series : study.series)
            for (const auto& stack : series.stacks)
                if (series.modality == QLatin1String("CT") && int(stack.frames.size()) == options.slices)
                    ct = &stack;
    if (!ct)
        return Error{Text::tr("No demo CT series of %1 slices was found in %2.").arg(options.slices).arg(studyDir)};
    DemoGeometry g;
    g.ct = targetGridOf(catalog, *ct);
    const dicom::Instance& first = catalog.instanceOf(ct->frames.front());
    g.ctFile = first.filePath;
    g.ctSopClassUid = first.sopClassUid;
    g.landmarks = dicom::demoLandmarks(options);
    const dicom::VolumeGeometry& v = g.ct.geometry;
    double best = 1e300;
    for (int k = 0; k < v.slices; ++k) {
        const double d = std::abs((g.ct.slicePosition(k) - g.landmarks.lesion).dot(v.normal));
        if (d < best)
            best = d, g.lesionSlice = k;
    }
    g.lesionSopInstanceUid = g.ct.sopInstanceUids.value(g.lesionSlice);
    const dicom::Vec3 r = g.landmarks.lesion - g.ct.slicePosition(g.lesionSlice);
    g.lesionColumn = r.dot(v.rowDir) / v.spacing[0];
    g.lesionRow = r.dot(v.colDir) / v.spacing[1];
    g.lesionDiameterMm = 2 * g.landmarks.lesionRadius;
    g.lesionVolumeMl = 4.0 / 3.0 * std::numbers::pi * std::pow(g.landmarks.lesionRadius, 3) / 1000;
    return g;
}

Result<DemoFindingsFiles> writeDemoFindings(const QString& studyDir, const dicom::DemoStudyOptions& options)
{
    auto geometry = demoGeometry(studyDir, options);
    if (!geometry)
        return geometry.error();
    const DemoGeometry& g = geometry.value();
    const QDir out(QDir(studyDir).filePath(QStringLiteral("ai")));
    if (!out.mkpath(QStringLiteral(".")))
        return Error{Text::tr("Could not create the folder %1.").arg(out.path())};

    // The lungs are found in the CT itself (lung HU, away from the air
    // outside the body); the lesion is the phantom's sphere.
    const dicom::Catalog catalog = dicom::scanPaths({studyDir});
    const dicom::Stack* stack = nullptr;
    for (const auto& study : catalog.studies)
        for (const auto& series : study.series)
            for (const auto& s : series.stacks)
                if (s.seriesInstanceUid == g.ct.seriesInstanceUid)
                    stack = &s;
    if (!stack)
        return Error{Text::tr("The demo CT series disappeared while its AI results were written.")};
    auto volume = dicom::loadStack(catalog, *stack);
    if (!volume)
        return volume.error();
    const dicom::Volume& ct = *volume.value();
    const dicom::VolumeGeometry& v = g.ct.geometry;

    SegmentationSpec seg;
    seg.grid = g.ct;
    seg.sourceImageFile = g.ctFile;
    seg.sourceSopClassUid = g.ctSopClassUid;
    seg.seriesDescription = QStringLiteral("Custos Demo AI segmentation");
    seg.manufacturer = QStringLiteral("Custos");
    seg.modelName = QString::fromLatin1(kDemoAlgorithmName);
    seg.softwareVersion = QString::fromLatin1(kDemoAlgorithmVersion);
    const CodedConcept anatomy{QStringLiteral("123037004"), QStringLiteral("SCT"), QStringLiteral("Anatomical Structure")};
    const auto spec = [&](const char* label, CodedConcept category, CodedConcept type, dicom::Vec3 rgb) {
        SegmentSpec s;
        s.label = QString::fromLatin1(label);
        s.category = std::move(category);
        s.type = std::move(type);
        s.algorithmName = QString::fromLatin1(kDemoAlgorithmName);
        s.algorithmVersion = QString::fromLatin1(kDemoAlgorithmVersion);
        s.rgb = rgb;
        return s;
    };
    seg.segments = {spec("Right lung", anatomy, {QStringLiteral("3341006"), QStringLiteral("SCT"), QStringLiteral("Right lung")}, {0.35, 0.6, 0.95}),
                    spec("Left lung", anatomy, {QStringLiteral("44029006"), QStringLiteral("SCT"), QStringLiteral("Left lung")}, {0.3, 0.85, 0.5}),
                    spec("Lesion", {QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Altered Structure")},
                         {QStringLiteral("108369006"), QStringLiteral("SCT"), QStringLiteral("Neoplasm")}, {1.0, 0.25, 0.2})};
    const dicom::Vec3 lesion = g.landmarks.lesion;
    const double r2 = g.landmarks.lesionRadius * g.landmarks.lesionRadius;
    seg.fillFrame = [&](int s, int k, std::uint8_t* frame) {
        for (int j = 0; j < v.rows; ++j)
            for (int i = 0; i < v.columns; ++i) {
                const dicom::Vec3 p = voxelCentre(g.ct, i, j, k);
                bool in = false;
                if (s == 2) {
                    const dicom::Vec3 d = p - lesion;
                    in = d.dot(d) <= r2;
                } else {
                    const double hu = ct.modalityValue(dicom::sampleValue(ct.sliceData(k), ct.sampleType(),
                                                                          std::size_t(j) * std::size_t(v.columns) + std::size_t(i)));
                    // Lung is -850 ± noise; the patient's right is -x (LPS).
                    in = hu > -900 && hu < -800 && (s == 0 ? p.x < 0 : p.x > 0);
                }
                frame[std::size_t(j) * std::size_t(v.columns) + std::size_t(i)] = in ? 1 : 0;
            }
    };
    DemoFindingsFiles files{out.filePath(QStringLiteral("demo-seg.dcm")), out.filePath(QStringLiteral("demo-heatmap.dcm"))};
    if (auto r = writeSegmentation(files.segmentation, seg); !r)
        return r.error();

    // The heatmap: a quarter of the CT's in-plane resolution over the slab
    // around the lesion, so the viewer resamples it like a real model's output.
    ParametricMapSpec map;
    // Each frame lies in the plane of a CT slice: it names that image.
    map.referenceSources = true;
    map.sourceImageFile = g.ctFile;
    map.sourceSopClassUid = g.ctSopClassUid;
    map.grid.seriesInstanceUid = g.ct.seriesInstanceUid;
    map.description = QStringLiteral("Lesion probability");
    map.label = QStringLiteral("LESION_PROB");
    map.modelName = QString::fromLatin1(kDemoAlgorithmName);
    map.softwareVersion = QString::fromLatin1(kDemoAlgorithmVersion);
    map.grid.frameOfReferenceUid = g.ct.frameOfReferenceUid;
    dicom::VolumeGeometry& mg = map.grid.geometry;
    mg = v;
    mg.columns = std::max(1, v.columns / 4);
    mg.rows = std::max(1, v.rows / 4);
    mg.spacing = {v.spacing[0] * v.columns / mg.columns, v.spacing[1] * v.rows / mg.rows, v.spacing[2]};
    const double sigma = g.landmarks.lesionRadius;
    const int halfSlab = int(std::ceil(3 * sigma / v.spacing[2]));
    const int k0 = std::max(0, g.lesionSlice - halfSlab), k1 = std::min(v.slices - 1, g.lesionSlice + halfSlab);
    mg.slices = k1 - k0 + 1;
    // Pixel centres of the coarse grid sit in the middle of each 4×4 block.
    mg.origin = g.ct.slicePosition(k0) + v.rowDir * (0.5 * (mg.spacing[0] - v.spacing[0])) +
                v.colDir * (0.5 * (mg.spacing[1] - v.spacing[1]));
    for (int k = 0; k < mg.slices; ++k) {
        map.grid.slicePositions.push_back(g.ct.slicePosition(k0 + k) + (mg.origin - g.ct.slicePosition(k0)));
        map.grid.sopInstanceUids << g.ct.sopInstanceUids.value(k0 + k);
    }
    map.fillFrame = [&](int k, float* frame) {
        for (int j = 0; j < mg.rows; ++j)
            for (int i = 0; i < mg.columns; ++i) {
                const dicom::Vec3 d = voxelCentre(map.grid, i, j, k) - lesion;
                const double p = std::exp(-d.dot(d) / (2 * sigma * sigma));
                frame[std::size_t(j) * std::size_t(mg.columns) + std::size_t(i)] = p < 0.01 ? 0.0f : float(p);
            }
    };
    if (auto r = writeParametricMap(files.heatmap, map); !r)
        return r.error();
    return files;
}

} // namespace custos::ai
