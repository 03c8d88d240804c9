// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/study: the one way in to a study, for the viewer and the command
// line alike, in one order that neither can skip a step of:
//   1. scan the files (scanForViewing) and set the AI objects aside: their
//      stacks are not image series, their files are found by aiFilesOf;
//   2. ask ViewStudy for each study (admit; the decision is the Guard's,
//      recorded by it, allowed or not);
//   3. withhold the refused studies — and with them their AI objects:
//      aiFilesOf finds nothing of a study that is not admitted;
//   4. mask the demographics where the decision says de-identified only;
//   5. read pixels from the encrypted cache, or from the files and then
//      into the cache (loadPixels); a damaged cache entry is recorded.

#include "core/ai/ai_reader.h"
#include "core/cache/study_cache.h"
#include "core/dicom/catalog.h"
#include "core/dicom/source.h"
#include "core/dicom/volume.h"
#include "core/dicom/volume_loader.h"
#include "core/policy/guard.h"

#include <QHashFunctions>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace custos::study {

// One stack of one series of one study: what ui and core pass between them
// instead of a "study/series#n" string that each side would parse.
struct StackId
{
    QString studyUid;
    QString seriesUid;
    int stack = 0; // the stack's index within its series

    bool isValid() const { return !studyUid.isEmpty() && !seriesUid.isEmpty(); }
    bool operator==(const StackId&) const = default;
    static StackId of(const dicom::Stack& stack);
    // A string form for item data and hash keys inside ui; fromKey() is its only reader.
    QString key() const;
    static std::optional<StackId> fromKey(const QString& key);
};
inline size_t qHash(const StackId& id, size_t seed = 0) { return qHashMulti(seed, id.studyUid, id.seriesUid, id.stack); }

// Steps 1: the catalog of `paths` with the AI objects set aside. Runs on any thread.
dicom::Catalog scanForViewing(const QStringList& paths, const std::function<void(int done, int total)>& progress = {});
void setAiAside(dicom::Catalog& catalog);

// Who and what a ViewStudy decision is about (patient fields for the audit trail only).
policy::Subject subjectOf(const dicom::Study& study);

// A study the Guard did not let be seen, and its decision (the reason, and
// whether emergency access could open it).
struct Withheld
{
    policy::Subject subject;
    policy::Decision decision;
};
// Step 2's question: the Guard itself (guardDecider) or a caller that
// remembers decisions for a window; every decision must come from the Guard.
using ViewDecider = std::function<policy::Decision(const policy::Subject& subject)>;
ViewDecider guardDecider(policy::Guard& guard, const QString& purpose);

// Step 2 alone: the decision for each study of the catalog, in its order
// (the command line's info shows refused studies without what identifies them).
std::vector<Withheld> decideEach(const dicom::Catalog& catalog, const ViewDecider& decide);

// Steps 2 to 4 for every study of the catalog, on the thread that owns the
// Guard. Returns the withheld studies.
std::vector<Withheld> admit(dicom::Catalog& catalog, const ViewDecider& decide);
// A de-identified-only role sees the images, not who they belong to.
void maskDemographics(dicom::Study& study);

// The files of the AI objects of the admitted studies (SEG, SR, maps…),
// and the Custos/vendor JSON files in their folders. Nothing of a withheld
// study: an AI object is patient data of the study it belongs to.
QStringList aiFilesOf(const dicom::Catalog& catalog);
// The same, and the AI objects of the admitted studies held in memory
// (retrieved from a PACS: they never were files).
std::vector<dicom::Source> aiInputsOf(const dicom::Catalog& catalog);

// The reader's saved marks (measurements as presentation states, key images
// as a key object selection; core/export/reading_marks.h) live in this
// sub-folder of the study's folder. They are the person's own, not AI
// results: aiFilesOf never lists them.
inline constexpr const char* kSavedMarksFolder = "custos-marks";
// `<study folder>/custos-marks` of a study opened from files (the common
// parent of its images' folders); empty for a study held in memory (opened
// from a PACS: there is no folder of the study to write into).
QString savedMarksFolder(const dicom::Catalog& catalog, const QString& studyUid);
// The saved presentation states and key object selections of that folder
// (PS_*.dcm, KO_*.dcm), at most `limit` of them.
QStringList savedMarksFiles(const dicom::Catalog& catalog, const QString& studyUid, int limit = 1000);
// A study opened from a PACS keeps its marks on the PACS: there they are
// instances of the study, told apart by the series description Custos
// gives them (and their SOP class). Every save sends new objects, so the
// PACS holds each save; the reader takes the newest.
inline constexpr const char* kSavedMeasurementsSeries = "Custos measurements";
inline constexpr const char* kSavedKeyImagesSeries = "Custos key images";
bool isSavedMarks(const dicom::Instance& instance);
// The saved marks of a study held in memory (retrieved from a PACS).
struct SavedMarksObject
{
    dicom::Source source;
    bool keyImages = false; // a key object selection; else a presentation state
};
std::vector<SavedMarksObject> savedMarksInMemory(const dicom::Catalog& catalog, const QString& studyUid);

// AI objects read on their own, without their images (custos-cli
// findings): each is decided under its study — a vendor JSON that names
// only its series under "the study of series X" — one ViewStudy per study.
// `files`: the files the objects came from (their headers name the
// patient for the audit trail). Returns, per object, whether it may be shown.
std::vector<bool> admitAiObjects(const std::vector<ai::AiObject>& objects, const QStringList& files, const ViewDecider& decide);

// Step 5, on a worker thread. `cache` may be null (no keychain). A volume
// read from the files goes into the cache when it is complete and without
// errors: before loadPixels returns (CacheWrite::Now), or when the caller
// calls storeInCache (CacheWrite::ByCaller; `cachePending` says whether to),
// so that a viewer can show "loaded" without waiting for the encryption and
// fsync of the whole volume (0.8 s for 300 MB here).
enum class CacheWrite { Now, ByCaller };
struct PixelLoad
{
    dicom::LoadReport report;
    bool fromCache = false;
    bool cachePending = false; // CacheWrite::ByCaller: the volume should go into the cache
};
PixelLoad loadPixels(const dicom::Catalog& catalog, const dicom::Stack& stack, dicom::Volume& volume, cache::StudyCache* cache,
                     const dicom::LoadOptions& options, const policy::AuditSink& record, const QString& user,
                     CacheWrite write = CacheWrite::Now);
// The cache write loadPixels left to its caller (on a worker thread).
void storeInCache(cache::StudyCache& cache, const dicom::Catalog& catalog, const dicom::Stack& stack, const dicom::Volume& volume);

} // namespace custos::study
