// SPDX-License-Identifier: Apache-2.0
#pragma once
// DICOM PS3.15 Annex E de-identification: the Basic Application Level
// Confidentiality Profile with its options (Table E.1-1), consistent UID
// remapping across a study or export, and a report per file for the audit
// trail. Pixel data is never modified: files that may carry burned-in text
// are flagged so a person decides (Clean Pixel Data is not implemented).

#include "core/common/result.h"
#include "core/deid/uid_mapper.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

#include <optional>
#include <QStringList>

#include <mutex>

class DcmFileFormat; // DCMTK; callers of the in-memory API include dcfilefo.h

namespace custos::deid {

// PS3.15 Table E.1-1 options. All false = the Basic Profile alone.
struct Options
{
    bool retainLongitudinalFullDates = false;     // Retain Longitudinal Temporal Information, Full Dates
    bool retainLongitudinalModifiedDates = false; // ... Modified Dates (shifted by a per-patient offset)
    bool retainPatientCharacteristics = false;    // sex, age, size, weight, ...
    bool retainDeviceIdentity = false;            // station name, device serial number, ...
    bool retainInstitutionIdentity = false;       // institution name, address, department
    bool retainUids = false;
    bool retainSafePrivate = false;               // only the small list in private_tags.cpp
    bool cleanDescriptors = false;                // descriptions kept unless they contain an identifying value
    bool cleanPixelData = false;                  // never true here: burned-in text is flagged instead

    // Modified Dates: days added to every date (and date part of date-times)
    // of one patient. 0 = derive from the UidMapper's secret and the original
    // Patient ID, so the same patient always moves by the same offset within
    // one export. Never disclosed in the output.
    int dateShiftDays = 0;
};

struct FileReport
{
    QString outputPath;
    // Burned In Annotation = YES, or a modality / SOP class that typically
    // has text in the pixels (US, SC, secondary capture, ...) and not
    // explicitly NO: a person must look at the pixels before release.
    bool burnedInAnnotation = false;
    int attributesRemoved = 0;
    int attributesReplaced = 0;
    int uidsReplaced = 0;
    QStringList notes; // readable, never contain patient data
    // What happened to each top-level attribute and why, for the provenance
    // manifest: "(0010,0010) PatientName" -> {"replaced", "pseudonym of the
    // patient's identity"}. Names tags only, never values.
    struct AttributeAction
    {
        QString action; // removed, emptied, replaced, cleaned, shifted, kept
        QString why;    // the Table E.1-1 column or rule that decided it
    };
    QMap<QString, AttributeAction> attributes;
    QString patientPseudonym; // the value written to Patient's Name and ID
};

// The keyed input of a patient's pseudonym and date shift: Issuer of Patient
// ID with Patient ID, so two sites' "crlab" stay two people; without an ID,
// the full name with the birth date, so two "Anonymized" patients born on
// different days stay two people. Never the ID alone. Empty when the data
// set names neither (the study then stands for its patient).
QString patientIdentityKey(const QString& issuer, const QString& patientId, const QString& name, const QString& birthDate);

// Why a file must not leave as "de-identified" even after its header is
// cleaned: Burned In Annotation = YES, or a SOP class known to burn text
// into the pixels (secondary capture and screen captures, ultrasound,
// encapsulated documents). nullopt: no known pixel risk. The sentence
// names no patient data. (Clean Pixel Data, which would make such images
// usable, belongs to the research de-identification issue.)
std::optional<QString> pixelPhiRisk(const QString& path);

class Deidentifier
{
public:
    Deidentifier(Options options, UidMapper& uids);

    // Reads inputPath, de-identifies, writes outputPath with the same
    // transfer syntax and an updated meta header. outputPath may not equal
    // inputPath.
    Result<FileReport> deidentifyFile(const QString& inputPath, const QString& outputPath);
    // In memory; FileReport::outputPath stays empty.
    Result<FileReport> deidentify(DcmFileFormat& file);

    const Options& options() const { return m_options; }

private:
    Options m_options;
    UidMapper& m_uids;
};

// For the audit trail and the export dialog, e.g.
// "Basic Profile + Retain Patient Characteristics".
QString describe(const Options& options);

// The value written to Patient's Name and Patient ID: the pseudonym of the
// original Patient ID ("ANON-" + UidMapper::pseudonym), so one patient's
// studies stay linked within an export and nothing identifying remains.
QString patientPseudonym(UidMapper& uids, const QString& originalPatientId);

} // namespace custos::deid
