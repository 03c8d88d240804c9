// SPDX-License-Identifier: Apache-2.0
#include "core/ai/dicom_object.h"

#include "core/ai/ai_text.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFileInfo>

#include <mutex>

namespace custos::ai::detail {

using dicom::Vec3;

namespace {

std::optional<Vec3> vec3(DcmItem& item, const DcmTagKey& key, unsigned long first = 0)
{
    double v[3];
    for (unsigned long i = 0; i < 3; ++i) {
        const auto value = dicom::float64(item, key, first + i);
        if (!value)
            return std::nullopt;
        v[i] = *value;
    }
    return Vec3{v[0], v[1], v[2]};
}

DcmItem* itemIn(DcmItem& parent, const DcmTagKey& sequence, int index = 0)
{
    DcmItem* item = nullptr;
    return parent.findAndGetSequenceItem(sequence, item, index).good() ? item : nullptr;
}

// Reads what an item (top level or functional group) says about a frame;
// only fields present are overwritten.
void readPlane(DcmItem& item, FramePlane& f, bool functionalGroups)
{
    DcmItem* orientation = functionalGroups ? itemIn(item, DCM_PlaneOrientationSequence) : &item;
    if (orientation) {
        const auto r = vec3(*orientation, DCM_ImageOrientationPatient, 0);
        const auto c = vec3(*orientation, DCM_ImageOrientationPatient, 3);
        if (r && c) {
            f.rowDir = r->normalized();
            f.colDir = c->normalized();
        }
    }
    DcmItem* measures = functionalGroups ? itemIn(item, DCM_PixelMeasuresSequence) : &item;
    if (measures) {
        const auto rs = dicom::float64(*measures, DCM_PixelSpacing, 0);
        const auto cs = dicom::float64(*measures, DCM_PixelSpacing, 1);
        if (rs && cs && *rs > 0 && *cs > 0) {
            f.rowSpacing = *rs;
            f.columnSpacing = *cs;
        }
        const double thickness = dicom::float64(*measures, DCM_SliceThickness).value_or(0);
        const double spacing = dicom::float64(*measures, DCM_SpacingBetweenSlices).value_or(0);
        if (std::max(thickness, spacing) > 0)
            f.thickness = std::max(thickness, spacing);
        if (spacing > 0)
            f.spacingBetweenSlices = spacing;
    }
    DcmItem* position = functionalGroups ? itemIn(item, DCM_PlanePositionSequence) : &item;
    if (position)
        if (const auto p = vec3(*position, DCM_ImagePositionPatient))
            f.position = p;
    if (DcmItem* derivation = functionalGroups ? itemIn(item, DCM_DerivationImageSequence) : nullptr) {
        if (DcmItem* source = itemIn(*derivation, DCM_SourceImageSequence)) {
            f.referencedSopInstanceUid = dicom::string(*source, DCM_ReferencedSOPInstanceUID);
            f.referencedFrame = dicom::int32(*source, DCM_ReferencedFrameNumber).value_or(0);
        }
    }
}

} // namespace

Result<std::unique_ptr<DcmFileFormat>> loadDicom(const dicom::Source& source, bool withPixels)
{
    dicom::silenceDcmtkLogging();
    const QString& path = source.path();
    if (source.inMemory()) {
        // Retrieved from a PACS: the bytes were never a file. loadDicomBuffer
        // checks the nesting first and reads every value.
        auto file = std::make_unique<DcmFileFormat>();
        if (auto loaded = dicom::loadDicomBuffer(*file, *source.bytes()); !loaded)
            return Error{Text::tr("%1 could not be read as DICOM: %2").arg(path, loaded.errorMessage())};
        return file;
    }
    if (!QFileInfo(path).isFile())
        return Error{Text::tr("%1 does not exist or is not a file.").arg(path)};
    if (auto checked = dicom::checkDicomInput(path); !checked)
        return Error{Text::tr("%1 could not be read as DICOM: %2").arg(path, checked.errorMessage())};
    auto file = std::make_unique<DcmFileFormat>();
    OFCondition c = EC_IllegalCall;
    try {
        c = file->loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange,
                           withPixels ? DCM_MaxReadLength : 4096);
    } catch (const std::exception&) {
        // DCMTK 3.6.7 throws on some damaged values (see dicom::loadDicomFile).
        return Error{Text::tr("%1 is damaged: DCMTK failed while parsing it.").arg(path)};
    }
    if (c.bad()) {
        if (c == EC_StreamNotifyClient || c == EC_PrematureSequDelimitationItem || c == EC_ItemEnd)
            return Error{Text::tr("%1 is truncated: the file ends in the middle of its data (%2).").arg(path, dicom::explainCondition(c))};
        return Error{Text::tr("%1 could not be read as DICOM: %2").arg(path, dicom::explainLoadFailure(c))};
    }
    // DCMTK allocates a value's declared length when it loads it: pixel data
    // claiming more than the whole file is damage, refused before that.
    // (Deflated data was checked against its inflated size by the pre-scan.)
    if (file->getDataset()->getOriginalXfer() != EXS_DeflatedLittleEndianExplicit) {
        const qint64 fileSize = QFileInfo(path).size();
        for (const DcmTagKey& key : {DCM_PixelData, DCM_FloatPixelData, DCM_DoubleFloatPixelData}) {
            DcmElement* element = nullptr;
            if (file->getDataset()->findAndGetElement(key, element).good() && element &&
                element->getLength() != DCM_UndefinedLength && qint64(element->getLength()) > fileSize)
                return Error{Text::tr("%1 is truncated or damaged: its pixel data claims %2 bytes, more than the whole "
                                      "file holds.")
                                 .arg(path)
                                 .arg(element->getLength())};
        }
    }
    return file;
}

void readCommon(DcmItem& d, AiObject& o)
{
    o.sopClassUid = dicom::string(d, DCM_SOPClassUID);
    o.sopInstanceUid = dicom::string(d, DCM_SOPInstanceUID);
    o.seriesDescription = dicom::string(d, DCM_SeriesDescription);
    o.studyInstanceUid = dicom::string(d, DCM_StudyInstanceUID);
    o.frameOfReferenceUid = dicom::string(d, DCM_FrameOfReferenceUID);
    o.source.manufacturer = dicom::string(d, DCM_Manufacturer);
    if (o.source.modelName.isEmpty())
        o.source.modelName = dicom::string(d, DCM_ManufacturerModelName);
    if (o.source.modelVersion.isEmpty())
        o.source.modelVersion = dicom::string(d, DCM_SoftwareVersions, -1);
    const QString date = dicom::string(d, DCM_ContentDate), time = dicom::string(d, DCM_ContentTime);
    if (!date.isEmpty())
        o.contentDateTime = QDateTime::fromString(date + time.left(6).leftJustified(6, QLatin1Char('0')),
                                                  QStringLiteral("yyyyMMddHHmmss"));
    // Referenced Series Sequence: SEG's own, or the Common Instance Reference Module's.
    DcmSequenceOfItems* series = nullptr;
    if (d.findAndGetSequence(DCM_ReferencedSeriesSequence, series).good() && series) {
        for (unsigned long s = 0; s < series->card(); ++s) {
            DcmItem* item = series->getItem(s);
            if (o.referencedSeriesUid.isEmpty())
                o.referencedSeriesUid = dicom::string(*item, DCM_SeriesInstanceUID);
            DcmSequenceOfItems* instances = nullptr;
            if (item->findAndGetSequence(DCM_ReferencedInstanceSequence, instances).good() && instances)
                for (unsigned long i = 0; i < instances->card(); ++i)
                    o.referencedInstanceUids << dicom::string(*instances->getItem(i), DCM_ReferencedSOPInstanceUID);
        }
    }
    o.referencedInstanceUids.removeAll(QString());
}

std::optional<int> numberOfFrames(DcmItem& dataset)
{
    return dicom::int32(dataset, DCM_NumberOfFrames);
}

int perFrameItems(DcmItem& dataset)
{
    DcmSequenceOfItems* seq = nullptr;
    return dataset.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, seq).good() && seq ? int(seq->card()) : 0;
}

DcmItem* perFrameItem(DcmItem& dataset, int frame)
{
    return itemIn(dataset, DCM_PerFrameFunctionalGroupsSequence, frame);
}

DcmItem* sharedItem(DcmItem& dataset)
{
    return itemIn(dataset, DCM_SharedFunctionalGroupsSequence);
}

std::vector<FramePlane> readFramePlanes(DcmItem& dataset, int frames)
{
    FramePlane base;
    readPlane(dataset, base, false);
    if (DcmItem* shared = sharedItem(dataset))
        readPlane(*shared, base, true);
    std::vector<FramePlane> out(std::size_t(std::max(frames, 0)), base);
    DcmSequenceOfItems* perFrame = nullptr;
    if (dataset.findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame).good() && perFrame)
        for (unsigned long f = 0; f < perFrame->card() && f < out.size(); ++f)
            readPlane(*perFrame->getItem(f), out[f], true);
    return out;
}

Result<Bytes> elementBytes(DcmFileFormat& file, const DcmTagKey& key)
{
    DcmDataset& d = *file.getDataset();
    const E_TransferSyntax xfer = d.getOriginalXfer();
    if (key == DCM_PixelData && DcmXfer(xfer).isEncapsulated()) {
        static std::once_flag once;
        std::call_once(once, [] { DcmRLEDecoderRegistration::registerCodecs(); });
        if (d.chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
            return Error{Text::tr("Its pixel data is compressed (%1), which Custos cannot decode for this object.")
                             .arg(QString::fromLatin1(DcmXfer(xfer).getXferName()))};
    }
    DcmElement* element = nullptr;
    if (d.findAndGetElement(key, element).bad() || !element)
        return Error{Text::tr("It has no pixel data.")};
    // Loads the value from disk if it was left there; byte order is the host's.
    Uint8* data = nullptr;
    if (element->getUint8Array(data).bad() || (!data && element->getLength() > 0)) {
        Uint16* words = nullptr;
        if (element->getUint16Array(words).bad())
            return Error{Text::tr("Its pixel data could not be read: the file is truncated or damaged.")};
        data = reinterpret_cast<Uint8*>(words);
    }
    return Bytes{data, std::size_t(element->getLength())};
}

CodedConcept codeIn(DcmItem& item, const DcmTagKey& sequence)
{
    CodedConcept c;
    if (DcmItem* code = itemIn(item, sequence)) {
        c.value = dicom::string(*code, DCM_CodeValue);
        c.scheme = dicom::string(*code, DCM_CodingSchemeDesignator);
        c.meaning = dicom::string(*code, DCM_CodeMeaning);
    }
    return c;
}

bool differentFrameOfReference(const AiObject& object, const TargetGrid& target)
{
    return !object.frameOfReferenceUid.isEmpty() && !target.frameOfReferenceUid.isEmpty() &&
           object.frameOfReferenceUid != target.frameOfReferenceUid;
}

QString frameList(const std::vector<int>& frames)
{
    QStringList parts;
    for (std::size_t i = 0; i < frames.size() && i < 8; ++i)
        parts << QString::number(frames[i] + 1);
    QString text = parts.join(QStringLiteral(", "));
    if (frames.size() > 8)
        text += Text::tr(" and %1 more").arg(frames.size() - 8);
    return text;
}

} // namespace custos::ai::detail
