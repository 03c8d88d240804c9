// SPDX-License-Identifier: Apache-2.0
// custos-bench-ai: load time and peak memory of a large SEG — our reader
// (laid onto the 600-slice CT's grid) against a plain DCMTK dcmseg loop
// (DcmSegmentation::loadFile + getFrame for every frame). Each reader runs in
// its own child process so that their memory peaks are separable.
//
//   custos-bench-ai [--slices 600] [--size 512] [--segments 20] [--dir DIR]

#include "core/ai/segmentation_reader.h"
#include "core/ai/segmentation_writer.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmseg/segdoc.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <map>

using namespace custos;

namespace {

double nowS()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Peak and current resident set (MiB) from /proc/self/status.
double statusMiB(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').front().toDouble() / 1024.0;
    return -1;
}

const dicom::Stack* ctStack(const dicom::Catalog& catalog)
{
    for (const auto& study : catalog.studies)
        for (const auto& series : study.series)
            for (const auto& stack : series.stacks)
                if (series.modality == QLatin1String("CT"))
                    return &stack;
    return nullptr;
}

int childOurs(const QString& seg, const QString& ctDir)
{
    const dicom::Catalog catalog = dicom::scanPaths({ctDir});
    const dicom::Stack* stack = ctStack(catalog);
    if (!stack)
        return std::printf("error=no CT series\n"), 1;
    const ai::TargetGrid grid = ai::targetGridOf(catalog, *stack);
    const double before = statusMiB("VmRSS:");
    const double t0 = nowS();
    auto result = ai::readSegmentation(seg, grid);
    const double t1 = nowS();
    if (!result)
        return std::printf("error=%s\n", qPrintable(result.errorMessage())), 1;
    long long voxels = 0;
    for (const ai::Finding& f : result.value().object.findings)
        voxels += f.voxelCount;
    std::printf("seconds=%.3f\nbaseline_mib=%.1f\npeak_mib=%.1f\nframes=%d\nplanes=%d\nreserved_mib=%.1f\nvoxels=%lld\n",
                t1 - t0, before, statusMiB("VmHWM:"), result.value().frames, result.value().labels->planeCount(),
                double(result.value().labels->reservedBytes()) / 1048576.0, voxels);
    return 0;
}

int childDcmseg(const QString& seg)
{
    dicom::silenceDcmtkLogging();
    const double before = statusMiB("VmRSS:");
    const double t0 = nowS();
    DcmSegmentation* raw = nullptr;
    const OFCondition c = DcmSegmentation::loadFile(OFString(QFile::encodeName(seg).constData()), raw);
    std::unique_ptr<DcmSegmentation> s(raw);
    if (c.bad() || !s)
        return std::printf("error=%s\n", c.text()), 1;
    std::size_t frames = s->getNumberOfFrames(), bytes = 0;
    for (std::size_t f = 0; f < frames; ++f)
        if (const DcmIODTypes::Frame* frame = s->getFrame(f))
            bytes += frame->length;
    const double t1 = nowS();
    std::printf("seconds=%.3f\nbaseline_mib=%.1f\npeak_mib=%.1f\nframes=%zu\nframe_bytes=%zu\n", t1 - t0, before,
                statusMiB("VmHWM:"), frames, bytes);
    return 0;
}

// The part of our reader that parses: DCMTK's dataset, every per-frame
// functional group (segment, position, source image) and the pixel bytes.
int childDataset(const QString& seg)
{
    dicom::silenceDcmtkLogging();
    const double before = statusMiB("VmRSS:");
    const double t0 = nowS();
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(seg).constData()).bad())
        return std::printf("error=load\n"), 1;
    DcmDataset& d = *file.getDataset();
    DcmSequenceOfItems* perFrame = nullptr;
    d.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame);
    std::size_t frames = perFrame ? perFrame->card() : 0, checksum = 0;
    for (std::size_t f = 0; f < frames; ++f) {
        DcmItem* item = perFrame->getItem(f);
        DcmItem *id = nullptr, *pos = nullptr, *der = nullptr, *src = nullptr;
        Uint16 segment = 0;
        Float64 z = 0;
        OFString uid;
        if (item->findAndGetSequenceItem(DCM_SegmentIdentificationSequence, id).good())
            id->findAndGetUint16(DCM_ReferencedSegmentNumber, segment);
        if (item->findAndGetSequenceItem(DCM_PlanePositionSequence, pos).good())
            pos->findAndGetFloat64(DCM_ImagePositionPatient, z, 2);
        if (item->findAndGetSequenceItem(DCM_DerivationImageSequence, der).good() &&
            der->findAndGetSequenceItem(DCM_SourceImageSequence, src).good())
            src->findAndGetOFString(DCM_ReferencedSOPInstanceUID, uid);
        checksum += segment + uid.size() + std::size_t(z != 0);
    }
    const Uint8* pixels = nullptr;
    d.findAndGetUint8Array(DCM_PixelData, pixels);
    const double t1 = nowS();
    std::printf("seconds=%.3f\nbaseline_mib=%.1f\npeak_mib=%.1f\nframes=%zu\nchecksum=%zu\n", t1 - t0, before,
                statusMiB("VmHWM:"), frames, checksum + (pixels ? 1 : 0));
    return 0;
}

std::map<QString, QString> runChild(const QStringList& args)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), args);
    p.waitForFinished(-1);
    std::map<QString, QString> out;
    for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
        if (const int eq = line.indexOf('='); eq > 0)
            out[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
    return out;
}

Result<void> writeBenchSeg(const QString& path, const QString& ctDir, int segments)
{
    const dicom::Catalog catalog = dicom::scanPaths({ctDir});
    const dicom::Stack* stack = ctStack(catalog);
    if (!stack)
        return Error{QStringLiteral("no CT series in %1").arg(ctDir)};
    ai::SegmentationSpec spec;
    spec.grid = ai::targetGridOf(catalog, *stack);
    spec.sourceImageFile = catalog.instanceOf(stack->frames.front()).filePath;
    spec.sourceSopClassUid = catalog.instanceOf(stack->frames.front()).sopClassUid;
    const dicom::VolumeGeometry& g = spec.grid.geometry;
    for (int s = 0; s < segments; ++s) {
        ai::SegmentSpec segment;
        segment.label = QStringLiteral("Structure %1").arg(s + 1);
        segment.algorithmName = QStringLiteral("custos-bench-ai");
        spec.segments.push_back(segment);
    }
    // Segment s: a disc on a band of slices; neighbouring bands overlap by a
    // third, so the reader needs its overlap plane.
    const int band = std::max(1, g.slices * 3 / (2 * segments + 1));
    spec.fillFrame = [&g, band](int s, int k, std::uint8_t* frame) {
        const int k0 = s * band * 2 / 3;
        if (k < k0 || k >= k0 + band)
            return;
        const int cx = g.columns / 2 + (s % 5 - 2) * g.columns / 10, cy = g.rows / 2 + (s / 5 - 2) * g.rows / 10;
        const int r = g.columns / 6;
        for (int j = std::max(0, cy - r); j < std::min(g.rows, cy + r); ++j)
            for (int i = std::max(0, cx - r); i < std::min(g.columns, cx + r); ++i)
                if ((i - cx) * (i - cx) + (j - cy) * (j - cy) <= r * r)
                    frame[std::size_t(j) * std::size_t(g.columns) + std::size_t(i)] = 1;
    };
    return ai::writeSegmentation(path, spec);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 4 && args[0] == QLatin1String("--child") && args[1] == QLatin1String("ours"))
        return childOurs(args[2], args[3]);
    if (args.size() == 3 && args[0] == QLatin1String("--child") && args[1] == QLatin1String("dcmseg"))
        return childDcmseg(args[2]);
    if (args.size() == 3 && args[0] == QLatin1String("--child") && args[1] == QLatin1String("dataset"))
        return childDataset(args[2]);

    int slices = 600, size = 512, segments = 20;
    QString dir;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--slices")) slices = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--size")) size = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--segments")) segments = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--dir")) dir = args[i + 1];
    }
    QTemporaryDir tmp;
    if (dir.isEmpty())
        dir = tmp.path();
    const QString ctDir = QDir(dir).filePath(QStringLiteral("ct-%1x%2").arg(slices).arg(size));
    const QString seg = QDir(dir).filePath(QStringLiteral("seg-%1x%2-%3.dcm").arg(slices).arg(size).arg(segments));
    if (!QFileInfo::exists(ctDir)) {
        std::printf("writing the %d-slice %d² demo CT to %s...\n", slices, size, qPrintable(ctDir));
        dicom::DemoStudyOptions options;
        options.slices = slices;
        options.size = size;
        if (auto r = dicom::writeDemoStudy(ctDir, options); !r)
            return std::printf("error: %s\n", qPrintable(r.errorMessage())), 1;
    }
    if (!QFileInfo::exists(seg)) {
        std::printf("writing a %d-segment SEG over it (dcmseg)...\n", segments);
        const double t0 = nowS();
        if (auto r = writeBenchSeg(seg, ctDir, segments); !r)
            return std::printf("error: %s\n", qPrintable(r.errorMessage())), 1;
        std::printf("  written in %.1f s, %.1f MiB\n", nowS() - t0, double(QFileInfo(seg).size()) / 1048576.0);
    }
    auto ours = runChild({QStringLiteral("--child"), QStringLiteral("ours"), seg, ctDir});
    auto base = runChild({QStringLiteral("--child"), QStringLiteral("dcmseg"), seg});
    auto parse = runChild({QStringLiteral("--child"), QStringLiteral("dataset"), seg});
    std::printf("\nSEG of %s frames (%d segments) over a %d-slice %d² CT, build type %s\n", qPrintable(ours["frames"]), segments,
                slices, size, CUSTOS_BENCH_BUILD_TYPE);
    std::printf("%-34s %10s %14s %14s\n", "reader", "load s", "peak RSS MiB", "above start");
    for (const auto& [name, r] : {std::pair{"custos readSegmentation (on grid)", ours},
                                  {"  of which DcmDataset parse", parse},
                                  {"dcmseg loadFile + getFrame", base}}) {
        if (r.count(QStringLiteral("error")) || !r.count(QStringLiteral("seconds"))) {
            std::printf("%-34s failed: %s\n", name, qPrintable(r.count(QStringLiteral("error")) ? r.at(QStringLiteral("error")) : QStringLiteral("no output")));
            continue;
        }
        std::printf("%-34s %10s %14s %14.1f\n", name, qPrintable(r.at(QStringLiteral("seconds"))),
                    qPrintable(r.at(QStringLiteral("peak_mib"))),
                    r.at(QStringLiteral("peak_mib")).toDouble() - r.at(QStringLiteral("baseline_mib")).toDouble());
    }
    if (base.count(QStringLiteral("frame_bytes")))
        std::printf("dcmseg: %s bytes of frames (packed bits: it does not unpack or place them)\n", qPrintable(base["frame_bytes"]));
    if (ours.count(QStringLiteral("planes")))
        std::printf("\nours: label planes %s (overlaps), label memory reserved %s MiB for %s voxels set\n",
                    qPrintable(ours["planes"]), qPrintable(ours["reserved_mib"]), qPrintable(ours["voxels"]));
    return 0;
}
