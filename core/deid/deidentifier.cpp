// SPDX-License-Identifier: Apache-2.0
// One file: read, flag burned-in text, clean the data set with the profile,
// record what was done in the data set itself (PS3.15 E.1.1: Patient Identity
// Removed, De-identification Method and its Code Sequence), write it back in
// the same transfer syntax with a meta header that names the new instance.

#include "core/deid/dataset_cleaner_p.h"
#include "core/deid/deidentifier.h"
#include "core/dicom/dcmtk_util.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace custos::deid {
namespace {

// lupdate extracts Text::tr("...") under "custos::deid", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::deid)
};

QString stringOf(DcmItem& item, const DcmTagKey& key)
{
    OFString v;
    if (item.findAndGetOFStringArray(key, v).bad())
        return {};
    return QString::fromUtf8(v.c_str(), qsizetype(v.length())).trimmed();
}

// Burned In Annotation = YES, or not NO on a kind of image that usually
// carries text in its pixels. Clean Pixel Data is not offered: a person
// decides before release.
bool flagBurnedIn(DcmDataset& ds, QStringList& notes)
{
    const QString burnedIn = stringOf(ds, DCM_BurnedInAnnotation).toUpper();
    if (burnedIn == QLatin1String("YES")) {
        notes << Text::tr("Burned In Annotation is YES: the pixels carry text that was not removed.");
        return true;
    }
    if (burnedIn == QLatin1String("NO"))
        return false;
    if (!ds.tagExists(DCM_PixelData) && !ds.tagExists(DCM_EncapsulatedDocument))
        return false;
    static const QStringList kModalities{QStringLiteral("US"), QStringLiteral("SC"), QStringLiteral("OT"),
                                         QStringLiteral("XC"), QStringLiteral("ES"), QStringLiteral("GM"),
                                         QStringLiteral("DOC")};
    const QString modality = stringOf(ds, DCM_Modality).toUpper();
    const QString sopClass = stringOf(ds, DCM_SOPClassUID);
    const bool typical = kModalities.contains(modality) ||
                         sopClass.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.7")) ||    // secondary capture
                         sopClass.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.6")) ||    // ultrasound
                         sopClass == QLatin1String("1.2.840.10008.5.1.4.1.1.3.1") ||           // US multi-frame
                         sopClass.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.104"));    // PDF, CDA
    if (!typical)
        return false;
    notes << Text::tr("This kind of image (modality %1) often has text burned into the pixels and Burned In "
                "Annotation does not say NO: look at the pixels before release.")
                 .arg(modality.isEmpty() ? Text::tr("unknown") : modality);
    return true;
}

} // namespace

std::optional<QString> pixelPhiRisk(const QString& path)
{
    DcmFileFormat file;
    // The header is enough: stop before the pixels.
    if (file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect).bad())
        return std::nullopt; // unreadable: the de-identifier says so itself
    DcmDataset& ds = *file.getDataset();
    if (stringOf(ds, DCM_BurnedInAnnotation).toUpper() == QLatin1String("YES"))
        return Text::tr("Burned In Annotation is YES: the pixels show text, such as the patient's name, that de-identification cannot remove");
    const QString sopClass = stringOf(ds, DCM_SOPClassUID);
    const QString modality = stringOf(ds, DCM_Modality).toUpper();
    // A SOP class or one of its sub-classes ("…1.1.6" must not catch "…1.1.66.4", the segmentation).
    auto inClass = [&sopClass](const char* uid) {
        const QLatin1String root(uid);
        return sopClass == root || sopClass.startsWith(QString(root) + QLatin1Char('.'));
    };
    if (inClass("1.2.840.10008.5.1.4.1.1.7") || modality == QLatin1String("SC"))
        return Text::tr("a secondary capture or screen capture: such images usually show patient data burned into the pixels");
    if (inClass("1.2.840.10008.5.1.4.1.1.6") || inClass("1.2.840.10008.5.1.4.1.1.3.1") || modality == QLatin1String("US"))
        return Text::tr("an ultrasound image: ultrasound machines burn the patient's name and ID into the pixels");
    if (inClass("1.2.840.10008.5.1.4.1.1.104"))
        return Text::tr("an encapsulated document (PDF or CDA): its pages are not de-identified");
    return std::nullopt;
}

namespace {

struct MethodCode
{
    bool on;
    const char* value;
    const char* meaning;
};

void recordMethod(DcmDataset& ds, const Options& o)
{
    ds.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
    // LO allows 64 characters per value: one value per profile/option.
    ds.putAndInsertString(DCM_DeidentificationMethod, describe(o).replace(QStringLiteral(" + "), QStringLiteral("\\"))
                                                          .prepend(QStringLiteral("Custos PS3.15 E\\"))
                                                          .toUtf8()
                                                          .constData());
    const MethodCode codes[] = {
        {true, "113100", "Basic Application Confidentiality Profile"},
        {o.cleanDescriptors, "113105", "Clean Descriptors Option"},
        {o.retainLongitudinalFullDates, "113106", "Retain Longitudinal Temporal Information Full Dates Option"},
        {o.retainLongitudinalModifiedDates && !o.retainLongitudinalFullDates, "113107",
         "Retain Longitudinal Temporal Information Modified Dates Option"},
        {o.retainPatientCharacteristics, "113108", "Retain Patient Characteristics Option"},
        {o.retainDeviceIdentity, "113109", "Retain Device Identity Option"},
        {o.retainUids, "113110", "Retain UIDs Option"},
        {o.retainSafePrivate, "113111", "Retain Safe Private Option"},
        {o.retainInstitutionIdentity, "113112", "Retain Institution Identity Option"},
    };
    delete ds.remove(DCM_DeidentificationMethodCodeSequence);
    for (const MethodCode& c : codes) {
        if (!c.on)
            continue;
        DcmItem* item = nullptr;
        if (ds.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, item, -2).good() && item) {
            item->putAndInsertString(DCM_CodeValue, c.value);
            item->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
            item->putAndInsertString(DCM_CodeMeaning, c.meaning);
        }
    }
    const char* temporal = o.retainLongitudinalFullDates       ? "UNMODIFIED"
                           : o.retainLongitudinalModifiedDates ? "MODIFIED"
                                                               : "REMOVED";
    ds.putAndInsertString(DCM_LongitudinalTemporalInformationModified, temporal);
}

// The meta header names the instance and the sending system: it must name
// the new instance and nothing else.
void updateMeta(DcmMetaInfo* meta, DcmDataset& ds)
{
    if (!meta || meta->card() == 0)
        return; // written from the data set on save
    for (const DcmTagKey& key : {DCM_SourceApplicationEntityTitle, DCM_SendingApplicationEntityTitle,
                                 DCM_ReceivingApplicationEntityTitle, DCM_PrivateInformationCreatorUID,
                                 DCM_PrivateInformation})
        delete meta->remove(key);
    OFString sopInstance;
    if (ds.findAndGetOFString(DCM_SOPInstanceUID, sopInstance).good())
        meta->putAndInsertString(DCM_MediaStorageSOPInstanceUID, sopInstance.c_str());
}

} // namespace

Deidentifier::Deidentifier(Options options, UidMapper& uids) : m_options(options), m_uids(uids) {}

Result<FileReport> Deidentifier::deidentify(DcmFileFormat& file)
{
    DcmDataset* ds = file.getDataset();
    if (!ds || ds->card() == 0)
        return Error{Text::tr("The file holds no DICOM data set to de-identify.")};
    // A DICOMDIR lists patients by name, and its records point at byte
    // offsets that any change breaks: it is rebuilt, not de-identified.
    OFString mediaClass;
    if ((file.getMetaInfo() && file.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, mediaClass).good() &&
         mediaClass == UID_MediaStorageDirectoryStorage) ||
        ds->tagExists(DCM_DirectoryRecordSequence))
        return Error{Text::tr("The file is a DICOMDIR (a media directory), not an instance: de-identify the "
                        "instances it lists and write a new DICOMDIR for them.")};
    if (m_options.cleanPixelData)
        return Error{Text::tr("Clean Pixel Data is not available: images with burned-in text are flagged for a "
                        "person to review instead.")};

    FileReport report;
    if (!ds->tagExistsWithValue(DCM_SOPInstanceUID))
        report.notes << Text::tr("The data set has no SOP Instance UID; it was de-identified all the same.");
    report.burnedInAnnotation = flagBurnedIn(*ds, report.notes);

    QString patientKey = patientIdentityKey(stringOf(*ds, DCM_IssuerOfPatientID), stringOf(*ds, DCM_PatientID),
                                            stringOf(*ds, DCM_PatientName), stringOf(*ds, DCM_PatientBirthDate));
    if (patientKey.isEmpty())
        patientKey = QStringLiteral("study\x1f") + stringOf(*ds, DCM_StudyInstanceUID);
    const int shift = m_options.dateShiftDays != 0 ? m_options.dateShiftDays : m_uids.dateShiftDays(patientKey);

    DatasetCleaner cleaner(m_options, m_uids, report, identifyingTokens(*ds), shift);
    cleaner.pseudonym = patientPseudonym(m_uids, patientKey);
    cleaner.clean(*ds, true);
    report.patientPseudonym = cleaner.pseudonym;
    // Type 2 in every IOD: present even if the input lacked them.
    if (!ds->tagExists(DCM_PatientName))
        ds->putAndInsertString(DCM_PatientName, cleaner.pseudonym.toLatin1().constData());
    if (!ds->tagExists(DCM_PatientID))
        ds->putAndInsertString(DCM_PatientID, cleaner.pseudonym.toLatin1().constData());

    recordMethod(*ds, m_options);
    updateMeta(file.getMetaInfo(), *ds);
    return report;
}

Result<FileReport> Deidentifier::deidentifyFile(const QString& inputPath, const QString& outputPath)
{
    if (QFileInfo(inputPath).absoluteFilePath() == QFileInfo(outputPath).absoluteFilePath())
        return Error{Text::tr("The de-identified copy must not overwrite the original file.")};
    dicom::silenceDcmtkLogging();
    DcmFileFormat file;
    const OFCondition read = file.loadFile(OFFilename(QFile::encodeName(inputPath).constData()));
    // Messages name no file: a file name can carry a patient's name.
    if (read.bad())
        return Error{Text::tr("The file could not be read: %1").arg(dicom::explainLoadFailure(read))};

    E_TransferSyntax xfer = file.getDataset()->getOriginalXfer();
    auto result = deidentify(file);
    if (!result)
        return result.error();
    if (xfer == EXS_Unknown) {
        xfer = EXS_LittleEndianExplicit;
        result.value().notes << Text::tr("The original transfer syntax was unknown; written as Explicit VR Little Endian.");
    }
    // Everything must be read from the original before it is replaced.
    // Group lengths (retired) are dropped: they would only be recomputed.
    file.loadAllDataIntoMemory();
    const QByteArray out = QFile::encodeName(outputPath);
    const OFCondition written =
        file.saveFile(OFFilename(out.constData()), xfer, EET_ExplicitLength, EGL_withoutGL, EPD_noChange, 0, 0,
                      EWM_fileformat);
    if (written.bad()) {
        QFile::remove(outputPath);
        return Error{Text::tr("The de-identified copy could not be written to the folder %1: %2")
                         .arg(QDir::toNativeSeparators(QFileInfo(outputPath).absolutePath()),
                              dicom::explainCondition(written))};
    }
    result.value().outputPath = outputPath;
    return result;
}

QString patientIdentityKey(const QString& issuer, const QString& patientId, const QString& name, const QString& birthDate)
{
    // The unit separator cannot occur in DICOM text, so no two different
    // inputs join into the same key.
    const QChar sep(0x1f);
    if (!patientId.trimmed().isEmpty())
        return QStringLiteral("id") + sep + issuer.trimmed() + sep + patientId.trimmed();
    if (!name.trimmed().isEmpty() || !birthDate.trimmed().isEmpty())
        return QStringLiteral("name") + sep + name.trimmed().toUpper() + sep + birthDate.trimmed();
    return {};
}

QString patientPseudonym(UidMapper& uids, const QString& originalPatientId)
{
    return QStringLiteral("ANON-") + uids.pseudonym(originalPatientId);
}

} // namespace custos::deid
