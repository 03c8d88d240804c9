// SPDX-License-Identifier: Apache-2.0
#include "core/ai/segmentation_reader.h"

#include "core/ai/ai_text.h"
#include "core/ai/dicom_object.h"
#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmiod/cielabutil.h>

#include <array>
#include <bit>
#include <map>

namespace custos::ai {

using dicom::Vec3;

namespace {

struct SegFile
{
    std::unique_ptr<DcmFileFormat> file;
    AiObject object;
    bool fractional = false;
    QString fractionalType;
    int maxValue = 1;
    int rows = 0, columns = 0, frames = 0;
    std::vector<FramePlane> planes;
    std::vector<int> segmentOfFrame;
    detail::Bytes pixels;
    std::map<int, std::size_t> findingOfSegment; // segment number -> index in object.findings
    std::array<std::uint8_t, 256> scale{};        // fractional stored value -> 0..255

    std::size_t pixelsPerFrame() const { return std::size_t(rows) * std::size_t(columns); }
    bool bit(std::size_t index) const { return (pixels.data[index >> 3] >> (index & 7)) & 1; }
};

// Calls f(i) for every set bit i of [firstBit, firstBit + count), a byte at a
// time where the bits are byte-aligned (frames of odd sizes are not).
template <class F>
void forEachSetBit(const std::uint8_t* data, std::size_t firstBit, std::size_t count, F&& f)
{
    std::size_t b = 0;
    const auto single = [&](std::size_t i) {
        const std::size_t at = firstBit + i;
        if ((data[at >> 3] >> (at & 7)) & 1)
            f(i);
    };
    for (; b < count && ((firstBit + b) & 7) != 0; ++b)
        single(b);
    for (const std::uint8_t* p = data + ((firstBit + b) >> 3); b + 8 <= count; b += 8, ++p) {
        for (unsigned v = *p; v != 0; v &= v - 1)
            f(b + std::size_t(std::countr_zero(v)));
    }
    for (; b < count; ++b)
        single(b);
}

Finding readSegment(DcmItem& item, int number, const AiObject& object)
{
    Finding f;
    f.id = QStringLiteral("seg:%1").arg(number);
    f.kind = FindingKind::Segment;
    f.segmentNumber = number;
    f.category = detail::codeIn(item, DCM_SegmentedPropertyCategoryCodeSequence);
    f.type = detail::codeIn(item, DCM_SegmentedPropertyTypeCodeSequence);
    f.label = dicom::string(item, DCM_SegmentLabel);
    if (f.label.isEmpty())
        f.label = !f.type.meaning.isEmpty() ? f.type.meaning : Text::tr("Segment %1").arg(number);
    f.source.manufacturer = object.source.manufacturer;
    f.source.modelName = dicom::string(item, DCM_SegmentAlgorithmName);
    DcmItem* algorithm = nullptr;
    if (item.findAndGetSequenceItem(DCM_SegmentationAlgorithmIdentificationSequence, algorithm).good() && algorithm) {
        f.source.modelVersion = dicom::string(*algorithm, DCM_AlgorithmVersion);
        if (f.source.modelName.isEmpty())
            f.source.modelName = dicom::string(*algorithm, DCM_AlgorithmName);
    }
    f.trackingId = dicom::string(item, DCM_TrackingID);
    f.trackingUid = dicom::string(item, DCM_TrackingUID);
    Uint16 lab[3];
    bool hasLab = true;
    for (unsigned long i = 0; i < 3; ++i)
        hasLab = hasLab && item.findAndGetUint16(DCM_RecommendedDisplayCIELabValue, lab[i], i).good();
    if (hasLab)
        f.displayRgb = dicomLabToRgb(lab[0], lab[1], lab[2]);
    return f;
}

Result<void> readSegments(DcmItem& d, SegFile& s)
{
    DcmSequenceOfItems* segments = nullptr;
    if (d.findAndGetSequence(DCM_SegmentSequence, segments).bad() || !segments || segments->card() == 0)
        return Error{Text::tr("It has no Segment Sequence, so its segments are unknown.")};
    for (unsigned long i = 0; i < segments->card(); ++i) {
        DcmItem& item = *segments->getItem(i);
        const auto number = dicom::uint16(item, DCM_SegmentNumber);
        if (!number || *number < 1)
            return Error{Text::tr("Segment %1 of its Segment Sequence has no Segment Number.").arg(i + 1)};
        if (!s.fractional && *number > 255)
            return Error{Text::tr("It has segment number %1; Custos shows at most 255 binary segments.").arg(*number)};
        if (s.findingOfSegment.count(*number))
            return Error{Text::tr("Segment number %1 is defined twice.").arg(*number)};
        s.findingOfSegment[*number] = s.object.findings.size();
        s.object.findings.push_back(readSegment(item, *number, s.object));
    }
    // One algorithm for every segment: it is the object's model too.
    const Source& first = s.object.findings.front().source;
    const bool oneModel = std::all_of(s.object.findings.begin(), s.object.findings.end(), [&](const Finding& f) {
        return f.source.modelName == first.modelName && f.source.modelVersion == first.modelVersion;
    });
    if (oneModel && !first.modelName.isEmpty()) {
        s.object.source.modelName = first.modelName;
        s.object.source.modelVersion = first.modelVersion;
    }
    return Ok{};
}

Result<void> readFrames(DcmItem& d, SegFile& s)
{
    const auto declared = detail::numberOfFrames(d);
    const int items = detail::perFrameItems(d);
    const std::size_t bitsPerFrame = s.pixelsPerFrame() * (s.fractional ? 8 : 1);
    const auto needed = [&](std::size_t frames) { return (frames * bitsPerFrame + 7) / 8; };
    if (declared && *declared < 1)
        return Error{Text::tr("Its Number of Frames is %1.").arg(*declared)};
    if (declared && items != *declared)
        return Error{Text::tr("Frame count mismatch: Number of Frames is %1, but the Per-frame Functional Groups "
                              "Sequence describes %2 frames.")
                         .arg(*declared)
                         .arg(items)};
    if (items == 0)
        return Error{Text::tr("It has no Per-frame Functional Groups Sequence, so its frames cannot be tied to segments.")};
    s.frames = items;
    if (!declared) {
        // Number of Frames is required; without it, trust what the pixel data holds.
        const int available = int(std::min<std::size_t>(std::size_t(items), s.pixels.size * 8 / bitsPerFrame));
        if (available < items)
            s.object.warnings << Text::tr("Number of Frames is missing and the pixel data holds %1 of the %2 frames "
                                          "the functional groups describe; only those were read.")
                                     .arg(available)
                                     .arg(items);
        s.frames = available;
    }
    if (s.pixels.size < needed(std::size_t(s.frames)))
        return Error{Text::tr("Its pixel data is truncated: it holds %1 bytes, but %2 frames of %3×%4 need %5.")
                         .arg(s.pixels.size)
                         .arg(s.frames)
                         .arg(s.columns)
                         .arg(s.rows)
                         .arg(needed(std::size_t(s.frames)))};

    std::optional<int> sharedSegment;
    if (DcmItem* shared = detail::sharedItem(d)) {
        DcmItem* id = nullptr;
        if (shared->findAndGetSequenceItem(DCM_SegmentIdentificationSequence, id).good() && id)
            sharedSegment = dicom::uint16(*id, DCM_ReferencedSegmentNumber);
    }
    s.segmentOfFrame.assign(std::size_t(s.frames), 0);
    for (int f = 0; f < s.frames; ++f) {
        std::optional<int> segment = sharedSegment;
        DcmItem* id = nullptr;
        if (DcmItem* item = detail::perFrameItem(d, f))
            if (item->findAndGetSequenceItem(DCM_SegmentIdentificationSequence, id).good() && id)
                segment = dicom::uint16(*id, DCM_ReferencedSegmentNumber);
        if (!segment)
            return Error{Text::tr("Frame %1 does not say which segment it belongs to.").arg(f + 1)};
        if (!s.findingOfSegment.count(*segment))
            return Error{Text::tr("Frame %1 belongs to segment %2, which the Segment Sequence does not define.")
                             .arg(f + 1)
                             .arg(*segment)};
        s.segmentOfFrame[std::size_t(f)] = *segment;
    }
    s.planes = detail::readFramePlanes(d, s.frames);
    return Ok{};
}

Result<SegFile> parse(const dicom::Source& input)
{
    const QString& path = input.path();
    auto loaded = detail::loadDicom(input, true);
    if (!loaded)
        return loaded.error();
    SegFile s;
    s.file = std::move(loaded.value());
    DcmDataset& d = *s.file->getDataset();
    const auto fail = [&path](const QString& why) {
        return Error{Text::tr("The segmentation %1 cannot be shown. %2").arg(path, why)};
    };
    detail::readCommon(d, s.object);
    s.object.kind = AiObjectKind::Segmentation;
    s.object.path = path;
    s.object.memory = input.bytes();
    if (s.object.sopClassUid != QLatin1String(detail::kSegmentationStorage))
        return fail(Text::tr("It is not a DICOM Segmentation (SOP Class %1).").arg(s.object.sopClassUid));
    const QString type = dicom::string(d, DCM_SegmentationType);
    if (type != QLatin1String("BINARY") && type != QLatin1String("FRACTIONAL"))
        return fail(Text::tr("Its Segmentation Type is \"%1\"; Custos reads BINARY and FRACTIONAL.").arg(type));
    s.fractional = type == QLatin1String("FRACTIONAL");
    s.rows = dicom::uint16(d, DCM_Rows).value_or(0);
    s.columns = dicom::uint16(d, DCM_Columns).value_or(0);
    const int bits = dicom::uint16(d, DCM_BitsAllocated).value_or(0);
    if (s.rows < 1 || s.columns < 1)
        return fail(Text::tr("It has no Rows or Columns."));
    if (bits != (s.fractional ? 8 : 1))
        return fail(Text::tr("Its Bits Allocated is %1; a %2 segmentation needs %3.").arg(bits).arg(type).arg(s.fractional ? 8 : 1));
    if (s.fractional) {
        s.fractionalType = dicom::string(d, DCM_SegmentationFractionalType);
        s.maxValue = dicom::uint16(d, DCM_MaximumFractionalValue).value_or(0);
        if (s.maxValue < 1 || s.maxValue > 255)
            return fail(Text::tr("Its Maximum Fractional Value is missing or not 1..255."));
        // Rounded so that exactly half the maximum stays at the threshold
        // (127): voxels count as set only above half.
        for (int v = 0; v < 256; ++v)
            s.scale[std::size_t(v)] = std::uint8_t(std::clamp(std::floor(v * 255.0 / s.maxValue + 0.5 - 1e-9), 0.0, 255.0));
    }
    if (auto r = readSegments(d, s); !r)
        return fail(r.errorMessage());
    auto pixels = detail::elementBytes(*s.file, DCM_PixelData);
    if (!pixels)
        return fail(pixels.errorMessage());
    s.pixels = pixels.value();
    if (auto r = readFrames(d, s); !r)
        return fail(r.errorMessage());
    return s;
}

// Writes the frames onto the grid: slice[f] >= 0 pixel for pixel, the frames
// in `resample` by nearest neighbour.
void fill(const SegFile& s, const std::vector<int>& slice, const std::vector<int>& resample, const TargetGrid& grid,
          LabelVolume& labels)
{
    const std::size_t n = s.pixelsPerFrame();
    for (int f = 0; f < s.frames; ++f) {
        const int k = slice[std::size_t(f)];
        if (k < 0)
            continue;
        const int segment = s.segmentOfFrame[std::size_t(f)];
        const std::size_t base = std::size_t(k) * n;
        if (s.fractional) {
            const std::uint8_t* px = s.pixels.data + std::size_t(f) * n;
            for (std::size_t i = 0; i < n; ++i)
                if (px[i])
                    labels.setProbability(segment, base + i, s.scale[px[i]]);
        } else {
            forEachSetBit(s.pixels.data, std::size_t(f) * n, n, [&](std::size_t i) { labels.add(segment, base + i); });
        }
    }
    resampleFrames(s.planes, resample, s.rows, s.columns, grid, [&](int f, std::size_t pixel, std::size_t voxel) {
        const int segment = s.segmentOfFrame[std::size_t(f)];
        const std::size_t at = std::size_t(f) * n + pixel;
        if (s.fractional) {
            if (s.pixels.data[at])
                labels.setProbability(segment, voxel, s.scale[s.pixels.data[at]]);
        } else if (s.bit(at)) {
            labels.add(segment, voxel);
        }
    });
}

Segmentation finish(SegFile&& s, std::shared_ptr<LabelVolume> labels)
{
    for (Finding& f : s.object.findings) {
        f.voxelCount = labels->voxelCount(f.segmentNumber);
        f.volumeMl = labels->geometry().hasPatientGeometry ? labels->volumeMl(f.segmentNumber) : 0.0;
    }
    Segmentation out;
    out.object = std::move(s.object);
    out.labels = std::move(labels);
    out.fractional = s.fractional;
    out.fractionalType = s.fractionalType;
    out.maximumFractionalValue = s.fractional ? s.maxValue : 1;
    out.frames = s.frames;
    return out;
}

} // namespace

dicom::Vec3 dicomLabToRgb(int l, int a, int b)
{
    double r = 0, g = 0, bl = 0;
    IODCIELabUtil::dicomLab2RGB(r, g, bl, l, a, b);
    return {std::clamp(r, 0.0, 1.0), std::clamp(g, 0.0, 1.0), std::clamp(bl, 0.0, 1.0)};
}

Result<Segmentation> readSegmentation(const dicom::Source& path, const TargetGrid& source)
{
    auto parsed = parse(path);
    if (!parsed)
        return parsed.error();
    SegFile& s = parsed.value();
    const bool sameFrame = !detail::differentFrameOfReference(s.object, source);
    if (!sameFrame)
        s.object.warnings << Text::tr("The segmentation's frame of reference differs from the series': only frames "
                                      "that name the series' images are shown.");
    const Placement placement = placeFrames(s.planes, s.rows, s.columns, source, sameFrame);
    auto labels = std::make_shared<LabelVolume>(source.geometry);
    fill(s, placement.slice, placement.resample, source, *labels);
    if (!placement.foreignReferences.empty())
        s.object.warnings << Text::tr("%1 frames reference images that are not in the source series: frames %2.")
                                 .arg(placement.foreignReferences.size())
                                 .arg(detail::frameList(placement.foreignReferences));
    if (!placement.unplaced.empty())
        s.object.warnings << Text::tr("%1 frames could not be placed on the series (no matching image, no usable "
                                      "plane position): frames %2.")
                                 .arg(placement.unplaced.size())
                                 .arg(detail::frameList(placement.unplaced));
    return finish(std::move(s), std::move(labels));
}

Result<Segmentation> readSegmentation(const dicom::Source& path)
{
    auto parsed = parse(path);
    if (!parsed)
        return parsed.error();
    SegFile& s = parsed.value();
    const OwnGrid own = ownGridOf(s.planes, s.rows, s.columns, s.segmentOfFrame, s.object.frameOfReferenceUid);
    auto labels = std::make_shared<LabelVolume>(own.grid.geometry);
    fill(s, own.sliceOfFrame, {}, own.grid, *labels);
    std::vector<int> unplaced;
    for (int f = 0; f < s.frames; ++f)
        if (own.sliceOfFrame[std::size_t(f)] < 0)
            unplaced.push_back(f);
    if (!unplaced.empty())
        s.object.warnings << Text::tr("%1 frames have no plane position and were not counted: frames %2.")
                                 .arg(unplaced.size())
                                 .arg(detail::frameList(unplaced));
    return finish(std::move(s), std::move(labels));
}

Result<TargetGrid> segmentationGrid(const dicom::Source& path)
{
    auto parsed = parse(path);
    if (!parsed)
        return parsed.error();
    const SegFile& s = parsed.value();
    return ownGridOf(s.planes, s.rows, s.columns, s.segmentOfFrame, s.object.frameOfReferenceUid).grid;
}

} // namespace custos::ai
