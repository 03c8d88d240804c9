#include "core/dicom/header_reader.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/pixel_convert.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace custos::dicom {

namespace {

bool plausibleGroup(quint16 group)
{
    // Datasets without a meta header start with one of these groups in practice.
    return group == 0x0002 || group == 0x0008 || group == 0x0010 || group == 0x0018 ||
           group == 0x0020 || group == 0x0028;
}

std::optional<Vec3> vec3At(DcmItem& item, const DcmTagKey& key, unsigned first = 0)
{
    double v[3];
    for (unsigned i = 0; i < 3; ++i) {
        if (item.findAndGetFloat64(key, v[i], first + i).bad())
            return std::nullopt;
    }
    return Vec3{v[0], v[1], v[2]};
}

// Every (center, width) pair, with its explanation when there is one.
void readWindows(DcmItem& item, FrameInfo& f)
{
    std::vector<VoiWindow> windows;
    for (unsigned long i = 0;; ++i) {
        auto c = float64(item, DCM_WindowCenter, i);
        auto w = float64(item, DCM_WindowWidth, i);
        if (!c || !w)
            break;
        if (*w > 0)
            windows.push_back(VoiWindow{*c, *w, string(item, DCM_WindowCenterWidthExplanation, long(i))});
    }
    if (!windows.empty())
        f.windows = std::move(windows);
}

// Reads the geometry/rescale/window attributes that may sit either at the top
// level or inside a functional group item; only fields present are overwritten.
void readFrameAttributes(DcmItem& item, FrameInfo& f)
{
    DcmItem* seq = nullptr;
    if (item.findAndGetSequenceItem(DCM_PlanePositionSequence, seq).good() && seq)
        if (auto p = vec3At(*seq, DCM_ImagePositionPatient)) f.position = p;
    if (item.findAndGetSequenceItem(DCM_PlaneOrientationSequence, seq).good() && seq) {
        auto r = vec3At(*seq, DCM_ImageOrientationPatient, 0);
        auto c = vec3At(*seq, DCM_ImageOrientationPatient, 3);
        if (r && c) {
            f.rowDir = r;
            f.colDir = c;
        }
    }
    if (item.findAndGetSequenceItem(DCM_PixelMeasuresSequence, seq).good() && seq) {
        if (auto v = float64(*seq, DCM_PixelSpacing, 0)) f.rowSpacing = v;
        if (auto v = float64(*seq, DCM_PixelSpacing, 1)) f.columnSpacing = v;
        if (auto v = float64(*seq, DCM_SliceThickness)) f.sliceThickness = v;
    }
    if (item.findAndGetSequenceItem(DCM_PixelValueTransformationSequence, seq).good() && seq) {
        if (auto v = float64(*seq, DCM_RescaleSlope)) f.rescaleSlope = *v;
        if (auto v = float64(*seq, DCM_RescaleIntercept)) f.rescaleIntercept = *v;
    }
    if (item.findAndGetSequenceItem(DCM_FrameVOILUTSequence, seq).good() && seq) {
        readWindows(*seq, f);
    }
}

void readTopLevelFrame(DcmItem& ds, FrameInfo& f)
{
    f.position = vec3At(ds, DCM_ImagePositionPatient);
    auto r = vec3At(ds, DCM_ImageOrientationPatient, 0);
    auto c = vec3At(ds, DCM_ImageOrientationPatient, 3);
    if (r && c) {
        f.rowDir = r;
        f.colDir = c;
    }
    if (auto v = float64(ds, DCM_PixelSpacing, 0)) f.rowSpacing = v;
    if (auto v = float64(ds, DCM_PixelSpacing, 1)) f.columnSpacing = v;
    if (!f.rowSpacing) { // projection radiography: imager plane spacing
        if (auto v = float64(ds, DCM_ImagerPixelSpacing, 0)) f.rowSpacing = v;
        if (auto v = float64(ds, DCM_ImagerPixelSpacing, 1)) f.columnSpacing = v;
    }
    f.sliceThickness = float64(ds, DCM_SliceThickness);
    if (auto v = float64(ds, DCM_RescaleSlope); v && *v != 0) f.rescaleSlope = *v;
    if (auto v = float64(ds, DCM_RescaleIntercept)) f.rescaleIntercept = *v;
    readWindows(ds, f);
}

void readFrames(DcmDataset& ds, Instance& inst)
{
    FrameInfo base;
    readTopLevelFrame(ds, base);

    DcmItem* shared = nullptr;
    const bool enhanced = ds.findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared).good() && shared;
    if (enhanced)
        readFrameAttributes(*shared, base);

    inst.frames.assign(std::size_t(std::max(1, inst.numberOfFrames)), base);
    if (enhanced) {
        for (int i = 0; i < inst.numberOfFrames; ++i) {
            DcmItem* perFrame = nullptr;
            if (ds.findAndGetSequenceItem(DCM_PerFrameFunctionalGroupsSequence, perFrame, i).good() && perFrame)
                readFrameAttributes(*perFrame, inst.frames[std::size_t(i)]);
        }
        return;
    }
    // RT Dose and similar multi-frame volumes: frame positions are offsets
    // along the normal from ImagePositionPatient.
    if (inst.numberOfFrames > 1 && base.position && base.rowDir && base.colDir) {
        const Vec3 normal = base.rowDir->cross(*base.colDir).normalized();
        bool allOffsets = true;
        std::vector<double> offsets(std::size_t(inst.numberOfFrames));
        for (int i = 0; i < inst.numberOfFrames && allOffsets; ++i) {
            auto v = float64(ds, DCM_GridFrameOffsetVector, unsigned(i));
            allOffsets = v.has_value();
            if (v) offsets[std::size_t(i)] = *v;
        }
        for (int i = 0; i < inst.numberOfFrames; ++i)
            inst.frames[std::size_t(i)].position =
                allOffsets ? std::optional<Vec3>(*base.position + normal * offsets[std::size_t(i)]) : std::nullopt;
    }
}

} // namespace

QString explainLoadFailure(const OFCondition& cond)
{
    if (cond == EC_StreamNotifyClient || cond == EC_EndOfStream)
        return QObject::tr("The file ends early: it is truncated or damaged.");
    if (cond == EC_InvalidStream || cond == EC_ItemEnd || cond == EC_SequEnd)
        return QObject::tr("The file is damaged: its DICOM structure cannot be parsed.");
    if (cond == EC_InvalidFilename || cond == EC_IllegalParameter)
        return QObject::tr("The file could not be opened.");
    return QObject::tr("The file could not be read as DICOM (%1).").arg(explainCondition(cond));
}

Probe probeFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Probe::NotDicom;
    std::array<char, 132> head{};
    const qint64 n = f.read(head.data(), qint64(head.size()));
    if (n >= 132 && head[128] == 'D' && head[129] == 'I' && head[130] == 'C' && head[131] == 'M')
        return QFileInfo(path).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0
                   ? Probe::Dicomdir
                   : Probe::Dicom;
    if (n < 8)
        return Probe::NotDicom;
    const auto b = [&](int i) { return quint8(head[std::size_t(i)]); };
    const quint16 groupLE = quint16(b(0) | (b(1) << 8));
    const quint16 groupBE = quint16((b(0) << 8) | b(1));
    const quint16 elemLE = quint16(b(2) | (b(3) << 8));
    const quint16 elemBE = quint16((b(2) << 8) | b(3));
    // A raw dataset: first element in a plausible group with a small element
    // number, followed by either a two-letter VR or a 32-bit length.
    const bool vrLetters = std::isupper(b(4)) && std::isupper(b(5));
    if (plausibleGroup(groupLE) && elemLE < 0x0200 && (vrLetters || b(7) == 0))
        return Probe::Dicom;
    if (plausibleGroup(groupBE) && elemBE < 0x0200 && (vrLetters || b(4) == 0))
        return Probe::Dicom;
    return Probe::NotDicom;
}

Result<Instance> readInstanceHeader(const QString& path)
{
    silenceDcmtkLogging();
    DcmFileFormat file;
    // Values longer than this stay in the file and are read on demand; the
    // pixel data is never loaded here.
    constexpr Uint32 kMaxReadLength = 4096;
    const OFCondition cond = file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                                           EGL_noChange, kMaxReadLength, ERM_autoDetect);
    if (cond.bad())
        return Error{explainLoadFailure(cond)};

    DcmDataset& ds = *file.getDataset();
    Instance inst;
    inst.filePath = path;

    const E_TransferSyntax xfer = ds.getOriginalXfer();
    const DcmXfer xferInfo(xfer);
    inst.transferSyntaxUid = QString::fromLatin1(xferInfo.getXferID());
    inst.pixelDataEncapsulated = xferInfo.isEncapsulated();
    inst.bigEndian = xferInfo.getByteOrder() == EBO_BigEndian;
    if (xfer == EXS_Unknown)
        return Error{QObject::tr("The file's transfer syntax could not be determined.")};

    // Convert the strings we keep to UTF-8 (international character sets).
    OFString charset;
    if (ds.findAndGetOFStringArray(DCM_SpecificCharacterSet, charset).good() && !charset.empty() &&
        charset != "ISO_IR 192" && charset != "ISO_IR 6")
        (void)ds.convertToUTF8(); // best effort: an unknown charset keeps the raw bytes

    inst.sopClassUid = string(ds, DCM_SOPClassUID);
    if (inst.sopClassUid.isEmpty())
        inst.sopClassUid = string(*file.getMetaInfo(), DCM_MediaStorageSOPClassUID);
    inst.sopInstanceUid = string(ds, DCM_SOPInstanceUID);
    inst.studyInstanceUid = string(ds, DCM_StudyInstanceUID);
    inst.seriesInstanceUid = string(ds, DCM_SeriesInstanceUID);
    inst.frameOfReferenceUid = string(ds, DCM_FrameOfReferenceUID);
    inst.patientName = string(ds, DCM_PatientName);
    inst.patientId = string(ds, DCM_PatientID);
    inst.patientBirthDate = string(ds, DCM_PatientBirthDate);
    inst.patientSex = string(ds, DCM_PatientSex);
    inst.accessionNumber = string(ds, DCM_AccessionNumber);
    inst.studyDate = string(ds, DCM_StudyDate);
    inst.studyTime = string(ds, DCM_StudyTime);
    inst.studyDescription = string(ds, DCM_StudyDescription);
    inst.institutionName = string(ds, DCM_InstitutionName);
    inst.modality = string(ds, DCM_Modality);
    inst.seriesDescription = string(ds, DCM_SeriesDescription);
    inst.bodyPartExamined = string(ds, DCM_BodyPartExamined);
    inst.seriesNumber = int32(ds, DCM_SeriesNumber).value_or(0);
    inst.instanceNumber = int32(ds, DCM_InstanceNumber).value_or(0);
    inst.acquisitionNumber = int32(ds, DCM_AcquisitionNumber);
    inst.echoNumber = int32(ds, DCM_EchoNumbers);
    inst.temporalPositionIdentifier = int32(ds, DCM_TemporalPositionIdentifier);
    inst.imageType = string(ds, DCM_ImageType, -1).split(QLatin1Char('\\'), Qt::SkipEmptyParts);

    if (inst.sopClassUid == QLatin1String(kDicomdirSopClass))
        return inst; // the scanner follows its records
    if (inst.seriesInstanceUid.isEmpty() && inst.studyInstanceUid.isEmpty() && inst.sopInstanceUid.isEmpty())
        return Error{QObject::tr("The file is DICOM but names no study, series or instance, so it cannot be placed in a study.")};

    DcmElement* pixelData = nullptr;
    inst.hasPixelData = ds.findAndGetElement(DCM_PixelData, pixelData).good() && pixelData;
    if (!inst.hasPixelData)
        return inst;

    inst.rows = uint16(ds, DCM_Rows).value_or(0);
    inst.columns = uint16(ds, DCM_Columns).value_or(0);
    inst.samplesPerPixel = uint16(ds, DCM_SamplesPerPixel).value_or(1);
    inst.bitsAllocated = uint16(ds, DCM_BitsAllocated).value_or(0);
    inst.bitsStored = uint16(ds, DCM_BitsStored).value_or(inst.bitsAllocated);
    inst.highBit = uint16(ds, DCM_HighBit).value_or(inst.bitsStored - 1);
    inst.pixelRepresentation = uint16(ds, DCM_PixelRepresentation).value_or(0);
    inst.planarConfiguration = uint16(ds, DCM_PlanarConfiguration).value_or(0);
    inst.photometric = string(ds, DCM_PhotometricInterpretation).trimmed().toUpper();
    inst.numberOfFrames = std::max(1, int32(ds, DCM_NumberOfFrames).value_or(1));
    if (inst.photometric.isEmpty())
        inst.photometric = inst.samplesPerPixel == 3 ? QStringLiteral("RGB") : QStringLiteral("MONOCHROME2");

    if (inst.rows <= 0 || inst.columns <= 0)
        return Error{QObject::tr("The image has no size (Rows or Columns is missing).")};
    if (inst.bitsAllocated != 1 && inst.bitsAllocated != 8 && inst.bitsAllocated != 16 && inst.bitsAllocated != 32)
        return Error{QObject::tr("Images with %1 bits per sample are not supported.").arg(inst.bitsAllocated)};
    if (inst.samplesPerPixel != 1 && inst.samplesPerPixel != 3)
        return Error{QObject::tr("Images with %1 samples per pixel are not supported.").arg(inst.samplesPerPixel)};
    if (inst.bitsStored <= 0 || inst.bitsStored > inst.bitsAllocated)
        inst.bitsStored = inst.bitsAllocated;
    if (inst.highBit < inst.bitsStored - 1 || inst.highBit >= inst.bitsAllocated)
        inst.highBit = inst.bitsStored - 1;

    readFrames(ds, inst);

    if (!inst.pixelDataEncapsulated) {
        const quint64 expected = inst.bitsAllocated == 1
                                     ? (quint64(inst.rows) * quint64(inst.columns) * quint64(inst.numberOfFrames) + 7) / 8
                                     : quint64(storedLayout(inst).frameBytes) * quint64(inst.numberOfFrames);
        const quint64 declared = pixelData->getLength();
        if (declared < expected)
            return Error{QObject::tr("The pixel data is shorter than the image size requires (%1 of %2 bytes).")
                             .arg(declared)
                             .arg(expected)};
        // Where the value sits in the file, for reading frames straight into
        // the volume buffer. Deflated files have no such offset.
        if (const auto* factory = dynamic_cast<const DcmInputFileStreamFactory*>(pixelData->getInputStream())) {
            const qint64 fileSize = QFileInfo(path).size();
            if (qint64(factory->getOffset()) + qint64(expected) > fileSize)
                return Error{QObject::tr("The file is truncated: its pixel data stops %1 bytes short.")
                                 .arg(qint64(factory->getOffset()) + qint64(expected) - fileSize)};
            inst.pixelDataOffset = qint64(factory->getOffset());
        }
    }
    return inst;
}

Result<QStringList> readDicomdir(const QString& path)
{
    silenceDcmtkLogging();
    DcmFileFormat file;
    const OFCondition cond = file.loadFile(OFFilename(QFile::encodeName(path).constData()));
    if (cond.bad())
        return Error{QObject::tr("The DICOMDIR could not be read. %1").arg(explainLoadFailure(cond))};
    const QDir base = QFileInfo(path).absoluteDir();
    QStringList files;
    DcmItem* record = nullptr;
    for (unsigned long i = 0;
         file.getDataset()->findAndGetSequenceItem(DCM_DirectoryRecordSequence, record, long(i)).good() && record;
         ++i) {
        const QString fileId = string(*record, DCM_ReferencedFileID, -1);
        if (fileId.isEmpty())
            continue;
        QString relative = fileId;
        relative.replace(QLatin1Char('\\'), QLatin1Char('/'));
        QString resolved = base.absoluteFilePath(relative);
        if (!QFileInfo::exists(resolved)) {
            // Media written on case-insensitive systems: try lower case.
            const QString lower = base.absoluteFilePath(relative.toLower());
            if (QFileInfo::exists(lower))
                resolved = lower;
        }
        files << resolved;
    }
    return files;
}

} // namespace custos::dicom
