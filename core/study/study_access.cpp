// SPDX-License-Identifier: Apache-2.0
#include "core/study/study_access.h"

#include "core/ai/ai_reader.h"
#include "core/audit/audit_event.h"
#include "core/dicom/header_reader.h"
#include "core/dicom/scanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <map>

namespace custos::study {

StackId StackId::of(const dicom::Stack& stack) { return {stack.studyInstanceUid, stack.seriesInstanceUid, stack.stackIndexInSeries}; }

QString StackId::key() const { return studyUid + QLatin1Char('/') + seriesUid + QLatin1Char('#') + QString::number(stack); }

std::optional<StackId> StackId::fromKey(const QString& key)
{
    // UIDs hold digits and dots only, so '/' and the last '#' separate them.
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const qsizetype hash = key.lastIndexOf(QLatin1Char('#'));
    if (slash <= 0 || hash <= slash + 1)
        return std::nullopt;
    bool ok = false;
    const int n = key.mid(hash + 1).toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return StackId{key.left(slash), key.mid(slash + 1, hash - slash - 1), n};
}

dicom::Catalog scanForViewing(const QStringList& paths, const std::function<void(int, int)>& progress)
{
    dicom::ScanOptions options;
    options.progress = progress;
    dicom::Catalog catalog = dicom::scanPaths(paths, options);
    setAiAside(catalog);
    return catalog;
}

void setAiAside(dicom::Catalog& catalog)
{
    for (dicom::Study& study : catalog.studies)
        for (dicom::Series& series : study.series)
            std::erase_if(series.stacks, [&](const dicom::Stack& stack) {
                return !stack.frames.empty() && ai::isAiSopClass(catalog.instanceOf(stack.frames.front()).sopClassUid);
            });
}

policy::Subject subjectOf(const dicom::Study& study)
{
    policy::Subject s;
    s.patientId = study.patientId;
    s.patientName = study.patientName;
    s.studyUid = study.studyInstanceUid;
    s.description = QCoreApplication::translate("custos::ui::ComplianceController", "%n series", nullptr, int(study.series.size()));
    return s;
}

ViewDecider guardDecider(policy::Guard& guard, const QString& purpose)
{
    return [&guard, purpose](const policy::Subject& subject) { return guard.request(policy::Action::ViewStudy, subject, purpose); };
}

void maskDemographics(dicom::Study& study)
{
    study.patientName = QCoreApplication::translate("custos::ui::ComplianceController", "De-identified");
    study.patientId.clear();
    study.patientBirthDate.clear();
    study.patientSex.clear();
    study.accessionNumber.clear();
    study.studyDate = study.studyDate.left(4); // HIPAA Safe Harbor keeps the year only
    study.studyTime.clear();
}

namespace {

policy::Decision decideOne(const policy::Subject& subject, const ViewDecider& decide)
{
    if (decide)
        return decide(subject);
    policy::Decision d; // nobody to ask: refused
    d.reason = QCoreApplication::translate("custos::study", "Nobody was asked whether this study may be shown, so it is not shown.");
    return d;
}

} // namespace

std::vector<Withheld> decideEach(const dicom::Catalog& catalog, const ViewDecider& decide)
{
    std::vector<Withheld> decisions;
    for (const dicom::Study& study : catalog.studies) {
        const policy::Subject subject = subjectOf(study);
        decisions.push_back({subject, decideOne(subject, decide)});
    }
    return decisions;
}

std::vector<Withheld> admit(dicom::Catalog& catalog, const ViewDecider& decide)
{
    std::vector<Withheld> withheld;
    std::erase_if(catalog.studies, [&](dicom::Study& study) {
        const policy::Subject subject = subjectOf(study);
        const policy::Decision d = decideOne(subject, decide);
        if (!d.allowed()) {
            withheld.push_back({subject, d});
            return true;
        }
        if (d.forceDeidentify)
            maskDemographics(study);
        return false;
    });
    return withheld;
}

namespace {

// Custos' vendor format says what it is near the top; other JSON files in a
// study folder (exports, tool settings) are not AI results.
bool looksLikeVendorJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    return head.contains("custos-ai-findings") || (head.contains("\"findings\"") && head.contains("\"model\""));
}

} // namespace

bool isSavedMarks(const dicom::Instance& instance)
{
    static const QLatin1String gsps("1.2.840.10008.5.1.4.1.1.11.1"), kos("1.2.840.10008.5.1.4.1.1.88.59");
    return (instance.sopClassUid == gsps && instance.seriesDescription == QLatin1String(kSavedMeasurementsSeries))
        || (instance.sopClassUid == kos && instance.seriesDescription == QLatin1String(kSavedKeyImagesSeries));
}

std::vector<SavedMarksObject> savedMarksInMemory(const dicom::Catalog& catalog, const QString& studyUid)
{
    std::vector<SavedMarksObject> out;
    for (const dicom::Instance& inst : catalog.instances)
        if (inst.memory && inst.studyInstanceUid == studyUid && isSavedMarks(inst))
            out.push_back({dicom::Source::of(inst), inst.seriesDescription == QLatin1String(kSavedKeyImagesSeries)});
    return out;
}

std::vector<dicom::Source> aiInputsOf(const dicom::Catalog& catalog)
{
    std::vector<dicom::Source> inputs;
    for (const QString& file : aiFilesOf(catalog))
        inputs.emplace_back(file);
    QSet<QString> admitted;
    for (const dicom::Study& study : catalog.studies)
        admitted.insert(study.studyInstanceUid);
    for (const dicom::Instance& inst : catalog.instances)
        if (inst.memory && admitted.contains(inst.studyInstanceUid) && ai::isAiSopClass(inst.sopClassUid) && !isSavedMarks(inst))
            inputs.push_back(dicom::Source::of(inst));
    return inputs;
}

QStringList aiFilesOf(const dicom::Catalog& catalog)
{
    QSet<QString> admitted;
    for (const dicom::Study& study : catalog.studies)
        admitted.insert(study.studyInstanceUid);
    QStringList files;
    QSet<QString> folders;
    for (const dicom::Instance& inst : catalog.instances) {
        if (!admitted.contains(inst.studyInstanceUid) || inst.memory)
            continue; // withheld: neither its AI objects nor its folders; in memory: no folder
        if (QFileInfo(inst.filePath).dir().dirName() == QLatin1String(kSavedMarksFolder))
            continue; // the reader's own marks, not AI results
        if (ai::isAiSopClass(inst.sopClassUid))
            files << inst.filePath;
        folders.insert(QFileInfo(inst.filePath).absolutePath());
    }
    // The study folder is the common parent of the image folders; JSON
    // results usually sit next to the images or one folder below.
    QStringList roots = folders.values();
    std::sort(roots.begin(), roots.end());
    QStringList top;
    for (const QString& r : std::as_const(roots))
        if (top.isEmpty() || !(r + QLatin1Char('/')).startsWith(top.back() + QLatin1Char('/')))
            top << r;
    QSet<QString> seen;
    for (const QString& root : std::as_const(top)) {
        QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        int visited = 0;
        while (it.hasNext() && ++visited < 5000) {
            const QString path = it.next();
            if (!seen.contains(path) && looksLikeVendorJson(path)) {
                seen.insert(path);
                files << path;
            }
        }
    }
    return files;
}

QString savedMarksFolder(const dicom::Catalog& catalog, const QString& studyUid)
{
    QStringList folders;
    for (const dicom::Instance& inst : catalog.instances) {
        if (inst.studyInstanceUid != studyUid || !inst.isImage())
            continue;
        if (inst.memory || inst.filePath.isEmpty())
            return {}; // from a PACS: no folder of the study
        folders << QFileInfo(inst.filePath).absolutePath();
    }
    if (folders.isEmpty())
        return {};
    // The common parent of the image folders.
    QString common = folders.front();
    for (const QString& f : std::as_const(folders))
        while (!(f + QLatin1Char('/')).startsWith(common + QLatin1Char('/')) && common.contains(QLatin1Char('/')))
            common = common.left(common.lastIndexOf(QLatin1Char('/')));
    if (common.isEmpty() || common == QLatin1String("/"))
        return {};
    if (QFileInfo(common).fileName() == QLatin1String(kSavedMarksFolder))
        common = QFileInfo(common).absolutePath();
    return QDir(common).filePath(QLatin1String(kSavedMarksFolder));
}

QStringList savedMarksFiles(const dicom::Catalog& catalog, const QString& studyUid, int limit)
{
    const QString folder = savedMarksFolder(catalog, studyUid);
    if (folder.isEmpty() || QFileInfo(folder).isSymLink())
        return {};
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("PS_*.dcm"), QStringLiteral("KO_*.dcm")}, QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        if (out.size() >= limit)
            break;
        out << dir.filePath(name);
    }
    return out;
}

std::vector<bool> admitAiObjects(const std::vector<ai::AiObject>& objects, const QStringList& files, const ViewDecider& decide)
{
    // The first header of each study names its patient for the audit trail.
    std::map<QString, dicom::Instance> headers;
    for (const QString& file : files) {
        const auto header = dicom::readInstanceHeader(file);
        if (header && !headers.count(header.value().studyInstanceUid))
            headers.emplace(header.value().studyInstanceUid, header.value());
    }
    auto studyOf = [](const ai::AiObject& object) {
        return !object.studyInstanceUid.isEmpty() ? object.studyInstanceUid
               : !object.referencedSeriesUid.isEmpty() ? QStringLiteral("study of series ") + object.referencedSeriesUid
                                                       : QString();
    };
    std::map<QString, bool> allowed; // study -> ViewStudy allowed
    std::vector<bool> shown;
    for (const ai::AiObject& object : objects) {
        const QString study = studyOf(object);
        if (!allowed.count(study)) {
            policy::Subject subject;
            subject.studyUid = study;
            if (auto h = headers.find(object.studyInstanceUid); h != headers.end()) {
                subject.patientId = h->second.patientId;
                subject.patientName = h->second.patientName;
            }
            subject.description = QStringLiteral("AI results (custos-cli findings)");
            allowed[study] = decideOne(subject, decide).allowed();
        }
        shown.push_back(allowed[study]);
    }
    return shown;
}

PixelLoad loadPixels(const dicom::Catalog& catalog, const dicom::Stack& stack, dicom::Volume& volume, cache::StudyCache* cache,
                     const dicom::LoadOptions& options, const policy::AuditSink& record, const QString& user, CacheWrite write)
{
    PixelLoad out;
    // The encrypted cache first: a reopened study is decrypted straight
    // into the volume, faster than decoding its files again.
    const QString cacheKey = cache ? cache::StudyCache::keyFor(catalog, stack) : QString();
    if (cache && cache->contains(cacheKey)) {
        const auto hit = cache->fillVolume(cacheKey, volume);
        if (hit.hit) {
            out.fromCache = true;
            out.report.decodedSlices = volume.geometry().slices;
            if (options.sliceReady)
                for (int slice = 0; slice < volume.geometry().slices; ++slice)
                    options.sliceReady(slice);
            return out;
        }
        if (hit.damaged && record)
            record(audit::events::securityAlert(user, hit.message));
    }
    out.report = dicom::fillVolume(catalog, stack, volume, options);
    // A complete, error-free volume goes into the encrypted cache.
    if (cache && !out.report.cancelled && out.report.errors.empty()) {
        if (write == CacheWrite::ByCaller)
            out.cachePending = true;
        else
            (void)cache->putVolume(cacheKey, volume);
    }
    return out;
}

void storeInCache(cache::StudyCache& cache, const dicom::Catalog& catalog, const dicom::Stack& stack, const dicom::Volume& volume)
{
    (void)cache.putVolume(cache::StudyCache::keyFor(catalog, stack), volume);
}

} // namespace custos::study
