// SPDX-License-Identifier: Apache-2.0
#pragma once
// How DICOM files leave Custos once the Guard allowed it: copied as they are
// or de-identified, under neutral names, all or nothing. Shared by the
// viewer's export dialog and custos-cli export.
//
// Layout: <destination>/<study>/<series>/IM000001.dcm. The folder names
// are the study's and series' UIDs (the de-identified UIDs of a
// de-identified export, so no original UID is left in a path). A series
// folder that exists already is never written into: exporting the same
// series twice is refused before a byte is written, instead of leaving two
// copies with the same SOP Instance UIDs side by side. Folders Custos makes
// are owner-only (0700) and files owner-only (0600): an export holds patient
// data, and a shared export folder must not make it readable by others.

#include "core/common/result.h"
#include "core/deid/deidentifier.h"
#include "core/deid/research.h"

#include <QDir>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace custos::exports {
class DicomWriter;
}

namespace custos::deid {

// Only core/export's DicomWriter can make one: writing DICOM out of Custos
// goes through the Guard's ExportPermit there, never straight to here.
class WriterKey
{
    friend class custos::exports::DicomWriter;
    WriterKey() = default;
};

// The next free "IM000001.<suffix>" in `dir` (counting on from `counter`):
// names carry no patient data and never overwrite what is there.
QString nextExportName(const QDir& dir, int& counter, const QString& suffix);

// A name a folder may carry: a UID as it is ("1.2.840…"), anything else
// (a hostile header's "../../x", an empty UID) as "x" + hash, so no header
// can choose where a file lands.
QString folderNameFor(const QString& uid);

// <root>/<study>/<series> for a new export of one series, made owner-only
// (0700). Refused when the series folder exists (`mustBeNew`: DICOM exports)
// or when the study folder is a symbolic link or belongs to another user.
// `created` receives every folder made (for an all-or-nothing cleanup).
Result<QString> makeSeriesFolder(const QDir& root, const QString& studyName, const QString& seriesName, bool mustBeNew,
                                 QStringList* created = nullptr);

// Creates `path` (it must not exist: never overwrites) with `bytes`, owner-only (0600).
Result<void> writeNewOwnerOnly(const QString& path, const QByteArray& bytes);

// Makes a written file owner-only (0600).
bool makeOwnerOnly(const QString& path);

struct ExportFile
{
    QString path;
    bool deidentify = false;
};

// A file a de-identified export did not write, and why (pixelPhiRisk).
struct HeldBack
{
    QString source;
    QString reason;
};

// Every input of an export, by name, and what became of it: the manifest's
// and the summary's accounting.
struct AccountedInput
{
    enum class Status { Exported, Duplicate, AlreadyExported, HeldBack, Unreadable };
    QString input;
    Status status = Status::Exported;
    QString output; // Exported: the file written; Duplicate/AlreadyExported: the file it duplicates
    QString detail; // why (held back, unreadable), never patient data
};
QString statusName(AccountedInput::Status status); // "exported", "duplicate", ...

// How a de-identified export is made beyond the Guard's permit: the
// project's key and options, the risk threshold, and who asked why (for
// the provenance manifest).
struct ExportSettings
{
    Options options;           // Annex E options of the de-identified files
    QByteArray projectKey;     // empty: a fresh random key for this export alone
    QString project;           // the project's name (empty: none)
    QString keyHolder;         // a sentence: where the project key lives (e.g. "personal mode: ...")
    int minimumK = 0;          // refuse below this (0: report only)
    QString riskOverrideReason; // set only by core/export with an OverrideDeidRisk permit
    bool intoExisting = false; // add to existing series folders; skip SOP Instance UIDs already there
    QString person, purpose, application; // for the manifest
    // What the scan found before the export: unreadable inputs and inputs
    // that repeat another's SOP Instance UID (file, the file it repeats).
    std::vector<AccountedInput> scanned;
};

struct ExportedFiles
{
    QStringList files;
    QStringList folders; // the series folders written, <root>/<study>/<series>
    int burnedIn = 0; // de-identified files written although the de-identifier flagged their pixels
    // De-identified exports hold back images whose pixels carry patient data
    // (Burned In Annotation YES, secondary/screen captures, ultrasound):
    // nothing of them is written.
    std::vector<HeldBack> heldBack;
    std::vector<AccountedInput> accounting; // every input, in order
    bool deidentified = false;
    RiskReport risk;           // de-identified exports: over the files that would be written
    // Non-empty: the risk check refused the export; nothing was written.
    QString riskRefusal;
    QString manifestPath, summaryPath; // de-identified exports: the provenance
    QMap<QString, std::pair<FileReport::AttributeAction, int>> attributes; // "tag|action|why" -> action, files
};

// Writes every file into its series folder under `out`, except de-identified files with a pixel
// risk (held back, listed). De-identified files share one UID mapping
// for the whole export (the project's key, or a fresh one), so references
// between them stay intact. On the first failure everything written is
// removed (folders included). A series folder that exists already refuses
// the whole export up front, unless settings.intoExisting. De-identified
// exports are checked for residual risk before anything is written and
// leave a provenance manifest (JSON and a readable summary) in `out`.
// `afterEach` (optional, on the calling thread) after every file.
Result<ExportedFiles> exportDicomFiles(const WriterKey& key, const std::vector<ExportFile>& files, const QDir& out,
                                       const ExportSettings& settings, const std::function<void()>& afterEach = {});
Result<ExportedFiles> exportDicomFiles(const WriterKey& key, const std::vector<ExportFile>& files, const QDir& out,
                                       const std::function<void()>& afterEach = {});

// The provenance manifest of a de-identified export (manifest.cpp): JSON
// following resources/deid/provenance-manifest.schema.json, and the same
// for people to read.
QJsonObject provenanceManifest(const ExportSettings& settings, const ExportedFiles& written, const QDir& out);
QString provenanceSummary(const QJsonObject& manifest);

} // namespace custos::deid
