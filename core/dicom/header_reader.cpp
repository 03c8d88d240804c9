// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/header_reader.h"

#include "core/common/read_at.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/input_guard.h"
#include "core/dicom/pixel_convert.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
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

// Walks up to four elements of a dataset without meta header, as implicit
// little, explicit little and explicit big endian. True when one encoding
// gives tags in ascending order with lengths that fit the file.
bool bareDatasetWalks(const quint8* p, std::size_t n, qint64 fileSize)
{
    for (int mode = 0; mode < 3; ++mode) {
        const bool explicitVr = mode != 0, be = mode == 2;
        const auto u16 = [&](std::size_t at) { return be ? quint16((p[at] << 8) | p[at + 1]) : quint16(p[at] | (p[at + 1] << 8)); };
        const auto u32 = [&](std::size_t at) {
            return be ? (quint32(p[at]) << 24) | (quint32(p[at + 1]) << 16) | (quint32(p[at + 2]) << 8) | p[at + 3]
                      : quint32(p[at]) | (quint32(p[at + 1]) << 8) | (quint32(p[at + 2]) << 16) | (quint32(p[at + 3]) << 24);
        };
        std::size_t pos = 0;
        quint32 lastTag = 0;
        int elements = 0;
        bool ok = true;
        bool stoppedAtSequence = false;
        while (ok && elements < 4 && pos + 8 <= n) {
            const quint32 tag = (quint32(u16(pos)) << 16) | u16(pos + 2);
            if (tag <= lastTag || (tag >> 16) == 0 || (tag >> 16) > 0x7FE0) {
                ok = false;
                break;
            }
            quint64 length = 0;
            std::size_t header = 8;
            if (explicitVr) {
                const char v0 = char(p[pos + 4]), v1 = char(p[pos + 5]);
                if (v0 < 'A' || v0 > 'Z' || v1 < 'A' || v1 > 'Z') {
                    ok = false;
                    break;
                }
                static const QByteArray kLong = QByteArrayLiteral("OBOWOFODOLOVSQUTUNUCURSVUV");
                bool longForm = false;
                for (int i = 0; i < kLong.size(); i += 2)
                    longForm = longForm || (kLong[i] == v0 && kLong[i + 1] == v1);
                if (longForm) {
                    if (pos + 12 > n)
                        break;
                    length = u32(pos + 8);
                    header = 12;
                } else {
                    length = u16(pos + 6);
                }
            } else {
                length = u32(pos + 4);
            }
            if (length == 0xFFFFFFFFu) { // a sequence: the walk stops here
                ++elements;
                stoppedAtSequence = true;
                break;
            }
            if (qint64(pos + header + length) > fileSize) {
                ok = false;
                break;
            }
            lastTag = tag;
            ++elements;
            pos += header + std::size_t(length);
            if (qint64(pos) == fileSize)
                break;
        }
        if (ok && (elements >= 3 || (stoppedAtSequence && elements >= 2) || (elements >= 1 && qint64(pos) == fileSize)))
            return true;
    }
    return false;
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

Probe probeFile(const QString& path, QString* why)
{
    // Never open a FIFO or device (a blocking open would hang the scan).
    std::int64_t fileSize = 0;
    auto opened = openRegularFile(path, &fileSize);
    if (!opened) {
        if (why)
            *why = opened.errorMessage();
        return Probe::NotDicom;
    }
    // One descriptor for the check and the read (every file of a folder is
    // probed before its header is parsed).
    std::array<char, 4096> head{};
    const qint64 n = qint64(readAt(opened.value(), head.data(), head.size(), 0));
    ::close(opened.value());
    if (why)
        *why = QObject::tr("The file is not DICOM: it has neither the DICM marker nor a recognisable DICOM dataset at its start.");
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
    // Any other bare dataset: its first elements walk cleanly, in ascending
    // tag order, in one of the encodings DCMTK reads without a meta header.
    if (bareDatasetWalks(reinterpret_cast<const quint8*>(head.data()), std::size_t(n), fileSize))
        return Probe::Dicom;
    return Probe::NotDicom;
}

namespace {

// The header of a loaded file or buffer; `path` is empty for an instance in
// memory of `memorySize` bytes.
Result<Instance> readLoadedHeader(DcmFileFormat& file, const QString& path, qint64 memorySize)
{
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

    // Resource limits before anything is allocated for the frames: what the
    // header claims must fit a sane ceiling and what the file can hold.
    const quint64 frameBytes = quint64(inst.rows) * quint64(inst.columns) * quint64(inst.samplesPerPixel) *
                               quint64(std::max(1, inst.bitsAllocated / 8));
    if (frameBytes > kMaxFrameBytes)
        return Error{QObject::tr("The image claims %1 × %2 pixels per frame, more than Custos reads (at most %3 MiB per "
                                 "frame); the file is damaged or hostile.")
                         .arg(inst.columns)
                         .arg(inst.rows)
                         .arg(kMaxFrameBytes >> 20)};
    if (frameBytes * quint64(inst.numberOfFrames) > kMaxInstanceBytes)
        return Error{QObject::tr("The image claims %1 frames of %2 × %3 pixels, more than Custos reads (at most %4 GiB "
                                 "per file); the file is damaged or hostile.")
                         .arg(inst.numberOfFrames)
                         .arg(inst.columns)
                         .arg(inst.rows)
                         .arg(kMaxInstanceBytes >> 30)};
    if (inst.pixelDataEncapsulated) {
        // Every frame has at least one fragment of its own (PS3.5 A.4), and
        // no codec Custos reads turns an empty fragment into a frame.
        DcmPixelSequence* seq = nullptr;
        auto* pixelElement = dynamic_cast<DcmPixelData*>(pixelData);
        if (!pixelElement || pixelElement->getEncapsulatedRepresentation(xfer, nullptr, seq).bad() || !seq)
            return Error{QObject::tr("The compressed pixel data is malformed: its fragments cannot be found.")};
        const unsigned long fragments = seq->card() > 0 ? seq->card() - 1 : 0; // the first item is the offset table
        if (fragments == 0)
            return Error{QObject::tr("The compressed pixel data holds no fragments, so there is no image to decode.")};
        for (unsigned long i = 1; i < seq->card(); ++i) {
            DcmPixelItem* item = nullptr;
            if (seq->getItem(item, i).bad() || !item || item->getLength() == 0)
                return Error{QObject::tr("Fragment %1 of the compressed pixel data is empty; the file is damaged.").arg(i)};
        }
        if (quint64(inst.numberOfFrames) > fragments)
            return Error{QObject::tr("The file claims %1 frames, but its compressed pixel data holds only %2 fragments.")
                             .arg(inst.numberOfFrames)
                             .arg(fragments)};
    }

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
        if (path.isEmpty()) {
            if (qint64(expected) > memorySize)
                return Error{QObject::tr("The received instance is shorter than its pixel data must be.")};
        } else if (const auto* factory = dynamic_cast<const DcmInputFileStreamFactory*>(pixelData->getInputStream())) {
            const qint64 fileSize = QFileInfo(path).size();
            if (qint64(factory->getOffset()) + qint64(expected) > fileSize)
                return Error{QObject::tr("The file is truncated: its pixel data stops %1 bytes short.")
                                 .arg(qint64(factory->getOffset()) + qint64(expected) - fileSize)};
            inst.pixelDataOffset = qint64(factory->getOffset());
        }
    }
    readFrames(ds, inst);
    return inst;
}

} // namespace

Result<Instance> readInstanceHeader(const QString& path)
{
    DcmFileFormat file;
    // Values longer than this stay in the file and are read on demand; the
    // pixel data is never loaded here.
    constexpr Uint32 kMaxReadLength = 4096;
    if (auto loaded = loadDicomFile(file, path, kMaxReadLength); !loaded)
        return loaded.error();
    return readLoadedHeader(file, path, 0);
}

Result<Instance> readInstanceHeader(std::shared_ptr<const QByteArray> bytes)
{
    if (!bytes)
        return Error{QObject::tr("No data was received for this instance.")};
    DcmFileFormat file;
    if (auto loaded = loadDicomBuffer(file, *bytes); !loaded)
        return loaded.error();
    auto inst = readLoadedHeader(file, QString(), bytes->size());
    if (inst)
        inst.value().memory = std::move(bytes);
    return inst;
}

Result<QStringList> readDicomdir(const QString& path)
{
    DcmFileFormat file;
    if (auto loaded = loadDicomFile(file, path, DCM_MaxReadLength); !loaded)
        return Error{QObject::tr("The DICOMDIR could not be read. %1").arg(loaded.errorMessage())};
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
