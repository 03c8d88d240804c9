// SPDX-License-Identifier: Apache-2.0
#include "core/ai/parametric_map_writer.h"

#include "core/ai/ai_text.h"
#include "core/ai/segmentation_writer.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDateTime>
#include <QFile>

#include <limits>

namespace custos::ai {

namespace {

QByteArray ds(double v)
{
    return QString::number(v == 0 ? 0.0 : v, 'g', 10).toLatin1();
}

QByteArray triple(const dicom::Vec3& v)
{
    return ds(v.x) + '\\' + ds(v.y) + '\\' + ds(v.z);
}

void put(DcmItem& item, const DcmTagKey& key, const QByteArray& value)
{
    item.putAndInsertString(key, value.constData());
}

DcmItem* newItem(DcmItem& parent, const DcmTagKey& sequence)
{
    DcmItem* item = nullptr;
    parent.findOrCreateSequenceItem(sequence, item, -2);
    return item;
}

void putCode(DcmItem& parent, const DcmTagKey& sequence, const char* value, const char* scheme, const char* meaning)
{
    if (DcmItem* code = newItem(parent, sequence)) {
        code->putAndInsertString(DCM_CodeValue, value);
        code->putAndInsertString(DCM_CodingSchemeDesignator, scheme);
        code->putAndInsertString(DCM_CodeMeaning, meaning);
    }
}

// Patient, study and frame of reference of the source image.
Result<void> copySourceAttributes(DcmDataset& d, const QString& sourceFile)
{
    DcmFileFormat source;
    if (!dicom::loadDicomFile(source, sourceFile, 4096))
        return Error{Text::tr("The source image %1 could not be read.").arg(sourceFile)};
    for (const DcmTagKey& key : {DCM_PatientName, DCM_PatientID, DCM_PatientBirthDate, DCM_PatientSex,
                                 DCM_StudyInstanceUID, DCM_StudyDate, DCM_StudyTime, DCM_StudyID, DCM_AccessionNumber,
                                 DCM_ReferringPhysicianName, DCM_FrameOfReferenceUID, DCM_PositionReferenceIndicator,
                                 DCM_SpecificCharacterSet}) {
        OFString value;
        if (source.getDataset()->findAndGetOFStringArray(key, value).good() && !value.empty())
            d.putAndInsertOFStringArray(key, value);
        else if (key != DCM_SpecificCharacterSet) // Type 1C: absent, not empty
            d.putAndInsertString(key, "");
    }
    return Ok{};
}

void putSharedGroups(DcmDataset& d, const ParametricMapSpec& spec, float lo, float hi)
{
    const dicom::VolumeGeometry& g = spec.grid.geometry;
    DcmItem* shared = newItem(d, DCM_SharedFunctionalGroupsSequence);
    if (DcmItem* m = newItem(*shared, DCM_PixelMeasuresSequence)) {
        put(*m, DCM_PixelSpacing, ds(g.spacing[1]) + '\\' + ds(g.spacing[0]));
        put(*m, DCM_SliceThickness, ds(g.spacing[2]));
        put(*m, DCM_SpacingBetweenSlices, ds(g.spacing[2]));
    }
    if (DcmItem* o = newItem(*shared, DCM_PlaneOrientationSequence))
        put(*o, DCM_ImageOrientationPatient, triple(g.rowDir) + '\\' + triple(g.colDir));
    if (DcmItem* rwv = newItem(*shared, DCM_RealWorldValueMappingSequence)) {
        rwv->putAndInsertFloat64(DCM_DoubleFloatRealWorldValueFirstValueMapped, lo);
        rwv->putAndInsertFloat64(DCM_DoubleFloatRealWorldValueLastValueMapped, hi);
        rwv->putAndInsertFloat64(DCM_RealWorldValueIntercept, 0.0);
        rwv->putAndInsertFloat64(DCM_RealWorldValueSlope, 1.0);
        put(*rwv, DCM_LUTLabel, spec.label.left(16).toUtf8());
        put(*rwv, DCM_LUTExplanation, spec.description.toUtf8());
        const QByteArray code = spec.unitCode.toUtf8(), meaning = spec.unitMeaning.toUtf8();
        putCode(*rwv, DCM_MeasurementUnitsCodeSequence, code.constData(), "UCUM", meaning.constData());
    }
    if (DcmItem* identity = newItem(*shared, DCM_PixelValueTransformationSequence)) {
        put(*identity, DCM_RescaleIntercept, "0");
        put(*identity, DCM_RescaleSlope, "1");
        put(*identity, DCM_RescaleType, "US");
    }
    if (DcmItem* type = newItem(*shared, DCM_ParametricMapFrameTypeSequence))
        put(*type, DCM_FrameType, "DERIVED\\PRIMARY\\VOLUME\\NONE");
    if (DcmItem* voi = newItem(*shared, DCM_FrameVOILUTSequence)) {
        put(*voi, DCM_WindowCenter, ds((lo + hi) / 2));
        put(*voi, DCM_WindowWidth, ds(std::max(hi - lo, 1e-6f)));
        put(*voi, DCM_VOILUTFunction, "LINEAR_EXACT"); // widths below 1 are allowed only so
    }
}

void putFrame(DcmDataset& d, const ParametricMapSpec& spec, int k)
{
    DcmItem* frame = newItem(d, DCM_PerFrameFunctionalGroupsSequence);
    if (!frame)
        return;
    if (DcmItem* p = newItem(*frame, DCM_PlanePositionSequence))
        put(*p, DCM_ImagePositionPatient, triple(spec.grid.slicePosition(k)));
    if (DcmItem* c = newItem(*frame, DCM_FrameContentSequence)) {
        const Uint32 index = Uint32(k + 1);
        c->putAndInsertUint32Array(DCM_DimensionIndexValues, &index, 1);
    }
    if (spec.referenceSources && k < spec.grid.sopInstanceUids.size())
        if (DcmItem* derivation = newItem(*frame, DCM_DerivationImageSequence)) {
            putCode(*derivation, DCM_DerivationCodeSequence, "113085", "DCM", "Spatial resampling");
            if (DcmItem* src = newItem(*derivation, DCM_SourceImageSequence)) {
                put(*src, DCM_ReferencedSOPClassUID, spec.sourceSopClassUid.toLatin1());
                put(*src, DCM_ReferencedSOPInstanceUID, spec.grid.sopInstanceUids[k].toLatin1());
                putCode(*src, DCM_PurposeOfReferenceCodeSequence, "121322", "DCM",
                        "Source image for image processing operation");
            }
        }
}

} // namespace

Result<void> writeParametricMap(const QString& path, const ParametricMapSpec& spec)
{
    dicom::silenceDcmtkLogging();
    const dicom::VolumeGeometry& g = spec.grid.geometry;
    if (g.rows < 1 || g.columns < 1 || g.slices < 1 || !spec.fillFrame)
        return Error{Text::tr("The parametric map could not be written: it has no grid.")};
    const std::size_t n = std::size_t(g.rows) * std::size_t(g.columns);
    std::vector<Float32> pixels(n * std::size_t(g.slices), 0.0f);
    for (int k = 0; k < g.slices; ++k)
        spec.fillFrame(k, pixels.data() + std::size_t(k) * n);
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (const float v : pixels)
        lo = std::min(lo, v), hi = std::max(hi, v);

    DcmFileFormat file;
    DcmDataset& d = *file.getDataset();
    if (!spec.sourceImageFile.isEmpty())
        if (auto r = copySourceAttributes(d, spec.sourceImageFile); !r)
            return r;
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QByteArray series = uidFromName(QStringLiteral("pm-series|") + path + now).toLatin1();
    const std::pair<DcmTagKey, QByteArray> text[] = {
        {DCM_SOPClassUID, UID_ParametricMapStorage},
        {DCM_SOPInstanceUID, uidFromName(QStringLiteral("pm-instance|") + path + now).toLatin1()},
        {DCM_SeriesInstanceUID, series},
        {DCM_Modality, "RWV"},
        {DCM_Laterality, ""}, // Type 2C: the map may cover a paired organ
        {DCM_SeriesNumber, "901"},
        {DCM_InstanceNumber, "1"},
        {DCM_SeriesDescription, spec.description.toUtf8()},
        {DCM_ContentDate, now.left(8).toLatin1()},
        {DCM_ContentTime, now.mid(8).toLatin1()},
        {DCM_AcquisitionDateTime, now.toLatin1()},
        {DCM_ImageType, "DERIVED\\PRIMARY\\VOLUME\\NONE"},
        {DCM_ContentQualification, "RESEARCH"},
        {DCM_ContentLabel, spec.label.toUtf8()},
        {DCM_ContentDescription, spec.description.toUtf8()},
        {DCM_ContentCreatorName, ""},
        {DCM_Manufacturer, spec.manufacturer.toUtf8()},
        {DCM_ManufacturerModelName, spec.modelName.toUtf8()},
        {DCM_SoftwareVersions, spec.softwareVersion.toUtf8()},
        {DCM_DeviceSerialNumber, "1"},
        {DCM_PhotometricInterpretation, "MONOCHROME2"},
        {DCM_NumberOfFrames, QByteArray::number(g.slices)},
        {DCM_PresentationLUTShape, "IDENTITY"},
        {DCM_BurnedInAnnotation, "NO"},
        {DCM_LossyImageCompression, "00"},
    };
    for (const auto& [key, value] : text)
        put(d, key, value);
    for (const auto& [key, value] : {std::pair{DCM_SamplesPerPixel, 1}, {DCM_Rows, g.rows}, {DCM_Columns, g.columns},
                                     {DCM_BitsAllocated, 32}})
        d.putAndInsertUint16(key, Uint16(value));
    d.insertEmptyElement(DCM_AcquisitionContextSequence); // Type 2: present, no items
    put(d, DCM_RecognizableVisualFeatures, "NO");
    // One dimension: the plane position.
    const QByteArray dimensionUid = uidFromName(QStringLiteral("custos-pm-dimensions")).toLatin1();
    if (DcmItem* organization = newItem(d, DCM_DimensionOrganizationSequence))
        put(*organization, DCM_DimensionOrganizationUID, dimensionUid);
    if (DcmItem* index = newItem(d, DCM_DimensionIndexSequence)) {
        put(*index, DCM_DimensionOrganizationUID, dimensionUid);
        index->putAndInsertTagKey(DCM_DimensionIndexPointer, DCM_ImagePositionPatient);
        index->putAndInsertTagKey(DCM_FunctionalGroupPointer, DCM_PlanePositionSequence);
        put(*index, DCM_DimensionDescriptionLabel, "ImagePositionPatient");
    }
    putSharedGroups(d, spec, lo, hi);
    for (int k = 0; k < g.slices; ++k)
        putFrame(d, spec, k);
    const QString refSeries = spec.referencedSeriesUid.isEmpty() ? spec.grid.seriesInstanceUid : spec.referencedSeriesUid;
    const QStringList refInstances = spec.referencedInstanceUids.isEmpty() ? spec.grid.sopInstanceUids : spec.referencedInstanceUids;
    // Only with per-frame references: the Common Instance Reference Module
    // lists what the instance's frames reference.
    if (spec.referenceSources && !refSeries.isEmpty() && !refInstances.isEmpty())
        if (DcmItem* s = newItem(d, DCM_ReferencedSeriesSequence)) {
            put(*s, DCM_SeriesInstanceUID, refSeries.toLatin1());
            for (const QString& uid : refInstances)
                if (DcmItem* i = newItem(*s, DCM_ReferencedInstanceSequence)) {
                    put(*i, DCM_ReferencedSOPClassUID, spec.sourceSopClassUid.toLatin1());
                    put(*i, DCM_ReferencedSOPInstanceUID, uid.toLatin1());
                }
        }
    d.putAndInsertFloat32Array(DCM_FloatPixelData, pixels.data(), static_cast<unsigned long>(pixels.size()));
    const OFCondition c = file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit);
    if (c.bad())
        return Error{Text::tr("The parametric map could not be written to %1: %2").arg(path, QString::fromLatin1(c.text()))};
    return Ok{};
}

} // namespace custos::ai
