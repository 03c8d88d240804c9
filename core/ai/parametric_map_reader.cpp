// SPDX-License-Identifier: Apache-2.0
#include "core/ai/parametric_map_reader.h"

#include "core/ai/ai_text.h"
#include "core/ai/dicom_object.h"
#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <cmath>
#include <limits>
#include <new>

namespace custos::ai {

HeatmapVolume::HeatmapVolume(const dicom::VolumeGeometry& geometry)
    : m_geometry(geometry),
      m_voxels(std::size_t(std::max(0, geometry.columns)) * std::size_t(std::max(0, geometry.rows)) *
               std::size_t(std::max(0, geometry.slices)))
{
    // calloc: all-zero bits are 0.0f, and untouched pages cost no memory.
    m_data.reset(static_cast<float*>(std::calloc(std::max<std::size_t>(m_voxels, 1), sizeof(float))));
    if (!m_data)
        throw std::bad_alloc();
}

namespace {

enum class Stored { Float32, Float64, UInt16, Int16, UInt8 };

struct MapFile
{
    std::unique_ptr<DcmFileFormat> file;
    AiObject object;
    int rows = 0, columns = 0, frames = 0;
    std::vector<FramePlane> planes;
    Stored stored = Stored::Float32;
    const void* data = nullptr;
    std::vector<double> slope, intercept; // per frame
    QString unit;

    std::size_t pixelsPerFrame() const { return std::size_t(rows) * std::size_t(columns); }
    double value(int f, std::size_t px) const
    {
        const std::size_t at = std::size_t(f) * pixelsPerFrame() + px;
        double raw = 0;
        switch (stored) {
        case Stored::Float32: raw = static_cast<const float*>(data)[at]; break;
        case Stored::Float64: raw = static_cast<const double*>(data)[at]; break;
        case Stored::UInt16: raw = static_cast<const Uint16*>(data)[at]; break;
        case Stored::Int16: raw = static_cast<const Sint16*>(data)[at]; break;
        case Stored::UInt8: raw = static_cast<const Uint8*>(data)[at]; break;
        }
        return raw * slope[std::size_t(f)] + intercept[std::size_t(f)];
    }
};

// Real World Value Mapping (or Pixel Value Transformation) of one functional
// group item; fields present overwrite.
void readMapping(DcmItem& item, double& slope, double& intercept, QString& unit, QString& label)
{
    DcmItem* rwv = nullptr;
    if (item.findAndGetSequenceItem(DCM_RealWorldValueMappingSequence, rwv).good() && rwv) {
        slope = dicom::float64(*rwv, DCM_RealWorldValueSlope).value_or(slope);
        intercept = dicom::float64(*rwv, DCM_RealWorldValueIntercept).value_or(intercept);
        const CodedConcept units = detail::codeIn(*rwv, DCM_MeasurementUnitsCodeSequence);
        if (!units.value.isEmpty())
            unit = units.value;
        if (const QString l = dicom::string(*rwv, DCM_LUTLabel); !l.isEmpty())
            label = l;
        return;
    }
    DcmItem* transform = nullptr;
    if (item.findAndGetSequenceItem(DCM_PixelValueTransformationSequence, transform).good() && transform) {
        slope = dicom::float64(*transform, DCM_RescaleSlope).value_or(slope);
        intercept = dicom::float64(*transform, DCM_RescaleIntercept).value_or(intercept);
    }
}

Result<void> readPixels(MapFile& m, DcmDataset& d)
{
    const std::size_t n = std::size_t(m.frames) * m.pixelsPerFrame();
    DcmElement* e = nullptr;
    std::size_t bytes = 0, need = 0;
    if (d.findAndGetElement(DCM_FloatPixelData, e).good() && e) {
        Float32* v = nullptr;
        if (e->getFloat32Array(v).bad())
            return Error{Text::tr("Its Float Pixel Data could not be read.")};
        m.stored = Stored::Float32, m.data = v, bytes = e->getLength(), need = n * 4;
    } else if (d.findAndGetElement(DCM_DoubleFloatPixelData, e).good() && e) {
        Float64* v = nullptr;
        if (e->getFloat64Array(v).bad())
            return Error{Text::tr("Its Double Float Pixel Data could not be read.")};
        m.stored = Stored::Float64, m.data = v, bytes = e->getLength(), need = n * 8;
    } else {
        auto px = detail::elementBytes(*m.file, DCM_PixelData);
        if (!px)
            return px.error();
        const int bits = dicom::uint16(d, DCM_BitsAllocated).value_or(0);
        const bool isSigned = dicom::uint16(d, DCM_PixelRepresentation).value_or(0) == 1;
        if (bits != 8 && bits != 16)
            return Error{Text::tr("Its integer pixel data has %1 bits allocated; Custos reads 8 and 16.").arg(bits)};
        m.stored = bits == 8 ? Stored::UInt8 : isSigned ? Stored::Int16 : Stored::UInt16;
        m.data = px.value().data, bytes = px.value().size, need = n * std::size_t(bits / 8);
    }
    if (bytes < need)
        return Error{Text::tr("Its pixel data is truncated: it holds %1 bytes, but %2 frames need %3.").arg(bytes).arg(m.frames).arg(need)};
    return Ok{};
}

Result<MapFile> parse(const dicom::Source& input)
{
    const QString& path = input.path();
    auto loaded = detail::loadDicom(input, true);
    if (!loaded)
        return loaded.error();
    MapFile m;
    m.file = std::move(loaded.value());
    DcmDataset& d = *m.file->getDataset();
    const auto fail = [&path](const QString& why) {
        return Error{Text::tr("The parametric map %1 cannot be shown. %2").arg(path, why)};
    };
    detail::readCommon(d, m.object);
    m.object.kind = AiObjectKind::ParametricMap;
    m.object.path = path;
    m.object.memory = input.bytes();
    if (m.object.sopClassUid != QLatin1String(detail::kParametricMapStorage))
        return fail(Text::tr("It is not a DICOM Parametric Map (SOP Class %1).").arg(m.object.sopClassUid));
    m.rows = dicom::uint16(d, DCM_Rows).value_or(0);
    m.columns = dicom::uint16(d, DCM_Columns).value_or(0);
    m.frames = detail::numberOfFrames(d).value_or(1);
    if (m.rows < 1 || m.columns < 1 || m.frames < 1)
        return fail(Text::tr("It has no Rows, Columns or frames."));
    const int items = detail::perFrameItems(d);
    if (items != 0 && items != m.frames)
        return fail(Text::tr("Frame count mismatch: Number of Frames is %1, but the Per-frame Functional Groups "
                             "Sequence describes %2 frames.").arg(m.frames).arg(items));
    if (auto r = readPixels(m, d); !r)
        return fail(r.errorMessage());
    double slope = 1, intercept = 0;
    QString label = dicom::string(d, DCM_ContentLabel);
    if (DcmItem* shared = detail::sharedItem(d))
        readMapping(*shared, slope, intercept, m.unit, label);
    m.slope.assign(std::size_t(m.frames), slope);
    m.intercept.assign(std::size_t(m.frames), intercept);
    for (int f = 0; f < items; ++f)
        if (DcmItem* item = detail::perFrameItem(d, f))
            readMapping(*item, m.slope[std::size_t(f)], m.intercept[std::size_t(f)], m.unit, label);
    m.planes = detail::readFramePlanes(d, m.frames);

    Finding f;
    f.id = QStringLiteral("map:1");
    f.kind = FindingKind::Heatmap;
    f.label = dicom::string(d, DCM_ContentDescription);
    if (f.label.isEmpty())
        f.label = label.isEmpty() ? Text::tr("Heatmap") : label;
    f.source = m.object.source;
    m.object.findings.push_back(f);
    return m;
}

template <class Value>
void fill(const std::vector<FramePlane>& planes, int rows, int columns, const std::vector<int>& slice,
          const std::vector<int>& resample, const TargetGrid& grid, HeatmapVolume& h, Value&& value)
{
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    const auto put = [&](std::size_t voxel, double v) {
        const auto x = float(v);
        h.data()[voxel] = x;
        lo = std::min(lo, x);
        hi = std::max(hi, x);
        ++h.coveredVoxels;
    };
    const std::size_t n = std::size_t(rows) * std::size_t(columns);
    for (std::size_t f = 0; f < slice.size(); ++f) {
        if (slice[f] < 0)
            continue;
        const std::size_t base = std::size_t(slice[f]) * n;
        for (std::size_t px = 0; px < n; ++px)
            put(base + px, value(int(f), px));
    }
    resampleFrames(planes, resample, rows, columns, grid,
                   [&](int f, std::size_t px, std::size_t voxel) { put(voxel, value(f, px)); });
    if (h.coveredVoxels > 0)
        h.minimum = lo, h.maximum = hi;
}

ParametricMap finish(MapFile&& m, std::shared_ptr<HeatmapVolume> heatmap)
{
    heatmap->unit = m.unit;
    ParametricMap out;
    out.object = std::move(m.object);
    out.heatmap = std::move(heatmap);
    out.frames = m.frames;
    return out;
}

} // namespace

Result<ParametricMap> readParametricMap(const dicom::Source& path, const TargetGrid& source)
{
    auto parsed = parse(path);
    if (!parsed)
        return parsed.error();
    MapFile& m = parsed.value();
    const bool sameFrame = !detail::differentFrameOfReference(m.object, source);
    const Placement p = placeFrames(m.planes, m.rows, m.columns, source, sameFrame);
    auto heatmap = std::make_shared<HeatmapVolume>(source.geometry);
    fill(m.planes, m.rows, m.columns, p.slice, p.resample, source, *heatmap,
         [&m](int f, std::size_t px) { return m.value(f, px); });
    if (!p.foreignReferences.empty())
        m.object.warnings << Text::tr("%1 frames reference images that are not in the source series: frames %2.")
                                 .arg(p.foreignReferences.size())
                                 .arg(detail::frameList(p.foreignReferences));
    if (!p.unplaced.empty())
        m.object.warnings << Text::tr("%1 frames could not be placed on the series: frames %2.")
                                 .arg(p.unplaced.size())
                                 .arg(detail::frameList(p.unplaced));
    return finish(std::move(m), std::move(heatmap));
}

Result<ParametricMap> readParametricMap(const dicom::Source& path)
{
    auto parsed = parse(path);
    if (!parsed)
        return parsed.error();
    MapFile& m = parsed.value();
    const OwnGrid own = ownGridOf(m.planes, m.rows, m.columns, {}, m.object.frameOfReferenceUid);
    auto heatmap = std::make_shared<HeatmapVolume>(own.grid.geometry);
    fill(m.planes, m.rows, m.columns, own.sliceOfFrame, {}, own.grid, *heatmap,
         [&m](int f, std::size_t px) { return m.value(f, px); });
    return finish(std::move(m), std::move(heatmap));
}

ParametricMap heatmapFromVolume(const dicom::Volume& values, const TargetGrid& valuesGrid, const TargetGrid& target,
                                const QString& label)
{
    const dicom::VolumeGeometry& g = values.geometry();
    std::vector<FramePlane> planes(std::size_t(g.slices));
    for (int k = 0; k < g.slices; ++k) {
        FramePlane& p = planes[std::size_t(k)];
        if (g.hasPatientGeometry) {
            p.position = valuesGrid.slicePosition(k);
            p.rowDir = g.rowDir;
            p.colDir = g.colDir;
            p.columnSpacing = g.spacing[0];
            p.rowSpacing = g.spacing[1];
            p.thickness = g.spacing[2];
        }
        if (k < valuesGrid.sopInstanceUids.size()) {
            p.referencedSopInstanceUid = valuesGrid.sopInstanceUids[k];
            p.referencedFrame = std::size_t(k) < valuesGrid.frameNumbers.size() ? valuesGrid.frameNumbers[std::size_t(k)] : 1;
        }
    }
    const bool sameFrame = valuesGrid.frameOfReferenceUid.isEmpty() || target.frameOfReferenceUid.isEmpty() ||
                           valuesGrid.frameOfReferenceUid == target.frameOfReferenceUid;
    const Placement p = placeFrames(planes, g.rows, g.columns, target, sameFrame);
    ParametricMap out;
    out.heatmap = std::make_shared<HeatmapVolume>(target.geometry);
    const std::size_t n = std::size_t(g.rows) * std::size_t(g.columns) * std::size_t(values.components());
    fill(planes, g.rows, g.columns, p.slice, p.resample, target, *out.heatmap, [&](int f, std::size_t px) {
        return values.modalityValue(dicom::sampleValue(values.data(), values.sampleType(), std::size_t(f) * n + px));
    });
    out.object.kind = AiObjectKind::ParametricMap;
    out.object.referencedSeriesUid = valuesGrid.seriesInstanceUid;
    out.object.frameOfReferenceUid = valuesGrid.frameOfReferenceUid;
    Finding f;
    f.id = QStringLiteral("map:1");
    f.kind = FindingKind::Heatmap;
    f.label = label;
    out.object.findings.push_back(f);
    out.frames = g.slices;
    return out;
}

} // namespace custos::ai
