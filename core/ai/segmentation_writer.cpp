// SPDX-License-Identifier: Apache-2.0
#include "core/ai/segmentation_writer.h"

#include "core/ai/ai_text.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmfg/fgderimg.h>
#include <dcmtk/dcmfg/fgfracon.h>
#include <dcmtk/dcmfg/fgpixmsr.h>
#include <dcmtk/dcmfg/fgplanor.h>
#include <dcmtk/dcmfg/fgplanpo.h>
#include <dcmtk/dcmfg/fgseg.h>
#include <dcmtk/dcmiod/cielabutil.h>
#include <dcmtk/dcmseg/segdoc.h>
#include <dcmtk/dcmseg/segment.h>

#include <QFile>
#include <QUuid>

#include <algorithm>
#include <array>
#include <memory>

namespace custos::ai {

namespace {

OFString ofs(const QString& s)
{
    const QByteArray b = s.toUtf8();
    return OFString(b.constData(), std::size_t(b.size()));
}

OFString ds(double v)
{
    return ofs(QString::number(v == 0 ? 0.0 : v, 'g', 10));
}

Error failure(const QString& what, const OFCondition& c)
{
    return Error{Text::tr("The segmentation could not be written: %1 (%2).").arg(what, QString::fromLatin1(c.text()))};
}

Result<void> addSegments(DcmSegmentation& seg, const SegmentationSpec& spec)
{
    for (const SegmentSpec& s : spec.segments) {
        DcmSegment* segment = nullptr;
        OFCondition c = DcmSegment::create(segment, ofs(s.label),
                                           CodeSequenceMacro(ofs(s.category.value), ofs(s.category.scheme), ofs(s.category.meaning)),
                                           CodeSequenceMacro(ofs(s.type.value), ofs(s.type.scheme), ofs(s.type.meaning)),
                                           DcmSegTypes::SAT_AUTOMATIC, ofs(s.algorithmName));
        if (c.bad())
            return failure(Text::tr("segment \"%1\"").arg(s.label), c);
        std::unique_ptr<DcmSegment> owned(segment);
        AlgorithmIdentificationMacro algorithm;
        algorithm.getAlgorithmFamilyCode().set("123110", "DCM", "Artificial Intelligence");
        algorithm.setAlgorithmName(ofs(s.algorithmName));
        algorithm.setAlgorithmVersion(ofs(s.algorithmVersion.isEmpty() ? QStringLiteral("1") : s.algorithmVersion));
        segment->setSegmentationAlgorithmIdentification(algorithm);
        if (s.rgb) {
            double l = 0, a = 0, b = 0;
            IODCIELabUtil::rgb2DicomLab(l, a, b, s.rgb->x, s.rgb->y, s.rgb->z);
            segment->setRecommendedDisplayCIELabValue(Uint16(l + 0.5), Uint16(a + 0.5), Uint16(b + 0.5));
        }
        Uint16 number = 0;
        if ((c = seg.addSegment(owned.get(), number)).bad())
            return failure(Text::tr("segment \"%1\"").arg(s.label), c);
        owned.release(); // the segmentation owns it now
    }
    return Ok{};
}

Result<void> addSharedGroups(DcmSegmentation& seg, const SegmentationSpec& spec)
{
    const dicom::VolumeGeometry& g = spec.grid.geometry;
    FGPixelMeasures measures;
    measures.setPixelSpacing(ds(g.spacing[1]) + "\\" + ds(g.spacing[0]));
    measures.setSliceThickness(ds(g.spacing[2]));
    measures.setSpacingBetweenSlices(ds(g.spacing[2]));
    FGPlaneOrientationPatient orientation;
    orientation.setImageOrientationPatient(ds(g.rowDir.x), ds(g.rowDir.y), ds(g.rowDir.z), ds(g.colDir.x),
                                           ds(g.colDir.y), ds(g.colDir.z));
    OFCondition c = seg.addForAllFrames(measures);
    if (c.good())
        c = seg.addForAllFrames(orientation);
    if (c.bad())
        return failure(Text::tr("shared functional groups"), c);
    const OFString dimensionUid = ofs(uidFromName(QStringLiteral("custos-seg-dimensions")));
    IODMultiframeDimensionModule& dims = seg.getDimensions();
    c = dims.addDimensionIndex(DCM_ReferencedSegmentNumber, dimensionUid, DCM_SegmentIdentificationSequence,
                               "ReferencedSegmentNumber");
    if (c.good())
        c = dims.addDimensionIndex(DCM_ImagePositionPatient, dimensionUid, DCM_PlanePositionSequence,
                                   "ImagePositionPatient");
    if (c.bad())
        return failure(Text::tr("dimensions"), c);
    return Ok{};
}

Result<void> addFrames(DcmSegmentation& seg, const SegmentationSpec& spec)
{
    const dicom::VolumeGeometry& g = spec.grid.geometry;
    std::vector<std::uint8_t> frame(std::size_t(g.rows) * std::size_t(g.columns));
    for (int s = 0; s < int(spec.segments.size()); ++s) {
        for (int k = 0; k < g.slices; ++k) {
            std::fill(frame.begin(), frame.end(), std::uint8_t(0));
            spec.fillFrame(s, k, frame.data());
            if (std::all_of(frame.begin(), frame.end(), [](std::uint8_t v) { return v == 0; }))
                continue;
            const dicom::Vec3 p = spec.grid.slicePosition(k);
            FGPlanePosPatient position;
            position.setImagePositionPatient(ds(p.x), ds(p.y), ds(p.z));
            FGFrameContent content;
            content.setDimensionIndexValues(Uint32(s + 1), 0);
            content.setDimensionIndexValues(Uint32(k + 1), 1);
            FGSegmentation segment;
            segment.setReferencedSegmentNumber(Uint16(s + 1));
            OFVector<FGBase*> groups{&position, &content, &segment};
            std::unique_ptr<FGDerivationImage> derivation;
            if (spec.referenceSources && k < spec.grid.sopInstanceUids.size()) {
                ImageSOPInstanceReferenceMacro* ref = nullptr;
                if (ImageSOPInstanceReferenceMacro::create(ofs(spec.sourceSopClassUid), ofs(spec.grid.sopInstanceUids[k]), ref).good()) {
                    OFVector<ImageSOPInstanceReferenceMacro> refs{*ref};
                    delete ref;
                    derivation.reset(DcmSegmentation::createDerivationImageFG(refs, "Segmentation by an AI model"));
                    if (derivation)
                        groups.push_back(derivation.get());
                }
            }
            const OFCondition c = seg.addFrame(frame.data(), Uint16(s + 1), groups);
            if (c.bad())
                return failure(Text::tr("frame of segment %1 at slice %2").arg(s + 1).arg(k + 1), c);
        }
    }
    return Ok{};
}

// The Common Instance Reference Module: the source series and its images,
// which dcmseg leaves to the caller.
void addReferencedSeries(DcmDataset& d, const SegmentationSpec& spec)
{
    if (!spec.referenceSources || spec.grid.seriesInstanceUid.isEmpty())
        return;
    DcmItem* series = nullptr;
    if (d.findOrCreateSequenceItem(DCM_ReferencedSeriesSequence, series, 0).bad() || !series)
        return;
    series->putAndInsertOFStringArray(DCM_SeriesInstanceUID, ofs(spec.grid.seriesInstanceUid));
    for (int k = 0; k < spec.grid.sopInstanceUids.size(); ++k) {
        DcmItem* instance = nullptr;
        if (series->findOrCreateSequenceItem(DCM_ReferencedInstanceSequence, instance, -2).good() && instance) {
            instance->putAndInsertOFStringArray(DCM_ReferencedSOPClassUID, ofs(spec.sourceSopClassUid));
            instance->putAndInsertOFStringArray(DCM_ReferencedSOPInstanceUID, ofs(spec.grid.sopInstanceUids[k]));
        }
    }
}

} // namespace

QString uidFromName(const QString& name)
{
    static const QUuid ns(QStringLiteral("{0b8f6c1e-3a2d-4f5b-9c7e-1d2e3f4a5b6c}"));
    return dicom::uidFromName(ns, name);
}

Result<void> writeSegmentation(const QString& path, const SegmentationSpec& spec)
{
    dicom::silenceDcmtkLogging();
    const dicom::VolumeGeometry& g = spec.grid.geometry;
    if (g.rows < 1 || g.columns < 1 || g.slices < 1 || spec.segments.empty() || !spec.fillFrame)
        return Error{Text::tr("The segmentation could not be written: it has no grid or no segments.")};
    IODGeneralEquipmentModule::EquipmentInfo equipment(ofs(spec.manufacturer), ofs(spec.modelName), "1",
                                                        ofs(spec.softwareVersion));
    ContentIdentificationMacro content("1", "AI_SEGMENTATION", ofs(spec.seriesDescription), "");
    DcmSegmentation* raw = nullptr;
    OFCondition c = spec.fractional
                        ? DcmSegmentation::createFractionalSegmentation(
                              raw, Uint16(g.rows), Uint16(g.columns),
                              spec.probability ? DcmSegTypes::SFT_PROBABILITY : DcmSegTypes::SFT_OCCUPANCY,
                              Uint16(spec.maximumFractionalValue), equipment, content)
                        : DcmSegmentation::createBinarySegmentation(raw, Uint16(g.rows), Uint16(g.columns), equipment, content);
    std::unique_ptr<DcmSegmentation> seg(raw);
    if (c.bad() || !seg)
        return failure(Text::tr("creating the object"), c);
    if (!spec.sourceImageFile.isEmpty() &&
        (c = seg->importFromSourceImage(OFString(QFile::encodeName(spec.sourceImageFile).constData()))).bad())
        return failure(Text::tr("taking patient and study from the source image"), c);
    seg->getSeries().setSeriesDescription(ofs(spec.seriesDescription));
    seg->getSeries().setSeriesNumber("900");
    if (auto r = addSegments(*seg, spec); !r)
        return r;
    if (auto r = addSharedGroups(*seg, spec); !r)
        return r;
    if (auto r = addFrames(*seg, spec); !r)
        return r;
    // dcmseg checks every functional group of every frame on write; the
    // groups above are uniform by construction, and the check is quadratic.
    seg->setCheckFGOnWrite(OFFalse);
    seg->setCheckDimensionsOnWrite(OFFalse);
    DcmFileFormat file;
    if ((c = seg->writeDataset(*file.getDataset())).bad())
        return failure(Text::tr("encoding"), c);
    addReferencedSeries(*file.getDataset(), spec);
    if ((c = file.saveFile(OFFilename(QFile::encodeName(path).constData()), EXS_LittleEndianExplicit)).bad())
        return failure(path, c);
    return Ok{};
}

} // namespace custos::ai
