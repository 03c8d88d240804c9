// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/scanner.h"

#include "core/common/parallel.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/header_reader.h"
#include "core/dicom/input_guard.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>


namespace custos::dicom {

namespace {

// Files named on the command line or in an open dialog (not found in a
// folder): when they are not DICOM the person hears why.
void collectFiles(const QString& path, QStringList& out, QSet<QString>& seen, QSet<QString>& named)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        // Walked from the folder's canonical path without following links to
        // folders, an entry's path is already canonical unless the entry is
        // itself a link: resolving only those saves a realpath() per file
        // (a readlink of every component), which on a 600-slice series was
        // a serial step before the first image.
        const QString root = info.canonicalFilePath();
        QDirIterator it(root.isEmpty() ? info.absoluteFilePath() : root,
                        QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList files;
        QSet<QString> links;
        while (it.hasNext()) {
            files << it.next();
            if (root.isEmpty() || it.fileInfo().isSymLink())
                links.insert(files.back());
        }
        files.sort(); // deterministic order whatever the file system returns
        for (const QString& f : files) {
            const QString canonical = links.contains(f) ? QFileInfo(f).canonicalFilePath() : f;
            if (!canonical.isEmpty() && !seen.contains(canonical)) {
                seen.insert(canonical);
                out << canonical;
            }
        }
        return;
    }
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty() && !seen.contains(canonical)) {
        seen.insert(canonical);
        named.insert(canonical);
        out << canonical;
    }
}

// Whatever escapes a reader (std::bad_alloc from a hostile header, any
// exception from DCMTK) becomes the file's error instead of ending the
// process, on a worker thread or not.
template <class T, class Read>
Result<T> guarded(const Read& read)
{
    try {
        return read();
    } catch (const std::bad_alloc&) {
        return Error{QObject::tr("The file asks for more memory than Custos can give; it is damaged or hostile.")};
    } catch (const std::exception& e) {
        return Error{QObject::tr("The file could not be read: %1").arg(QString::fromLocal8Bit(e.what()))};
    } catch (...) {
        return Error{QObject::tr("The file could not be read: an unexpected error occurred.")};
    }
}

Result<Instance> readHeaderGuarded(const QString& path)
{
    return guarded<Instance>([&] { return readInstanceHeader(path); });
}

Result<QStringList> readDicomdirGuarded(const QString& path)
{
    return guarded<QStringList>([&] { return readDicomdir(path); });
}

// each(i) for i in [0, count) on every core, each worker taking the next
// index, until done or cancelled; progress(done, count) after each item.
template <class Each>
void forEachIndex(int count, const ScanOptions& options, const Each& each, bool reportProgress)
{
    std::atomic_int next{0};
    std::atomic_int done{0};
    runOnWorkers(workerCount(options.threads, count), [&] {
        for (;;) {
            if (options.cancel && options.cancel->load())
                return;
            const int i = next.fetch_add(1);
            if (i >= count)
                return;
            each(i);
            const int d = done.fetch_add(1) + 1;
            if (reportProgress && options.progress)
                options.progress(d, count);
        }
    });
}

} // namespace

Catalog scanPaths(const QStringList& paths, const ScanOptions& options)
{
    silenceDcmtkLogging();
    Catalog catalog;
    QStringList files;
    QSet<QString> seen;
    QSet<QString> named;
    for (const QString& p : paths) {
        if (!QFileInfo::exists(p)) {
            catalog.errors.push_back({p, QObject::tr("No such file or folder.")});
            continue;
        }
        collectFiles(p, files, seen, named);
    }

    // DICOMDIRs name their files; a DICOMDIR found in a scanned folder adds
    // nothing new (its files are already there) but one given alone does.
    // Probing opens every file: done on every core, as the headers are.
    struct Probed {
        Probe kind = Probe::NotDicom;
        QString why;
    };
    std::vector<Probed> probed(std::size_t(files.size()));
    forEachIndex(int(files.size()), options, [&](int i) {
        Probed& p = probed[std::size_t(i)];
        p.kind = probeFile(files[i], &p.why);
    }, false);
    if (options.cancel && options.cancel->load())
        return catalog;
    QStringList candidates;
    const qsizetype listed = files.size(); // DICOMDIRs below append to files
    for (qsizetype fi = 0; fi < listed; ++fi) {
        const QString f = files[fi];
        const QString& why = probed[std::size_t(fi)].why;
        switch (probed[std::size_t(fi)].kind) {
        case Probe::NotDicom:
            // Named files, and files that call themselves DICOMDIR, are
            // meant to be DICOM: say why they are not read.
            if (named.contains(f) ||
                QFileInfo(f).fileName().compare(QLatin1String("DICOMDIR"), Qt::CaseInsensitive) == 0)
                catalog.errors.push_back({f, why});
            break;
        case Probe::Dicom: candidates << f; break;
        case Probe::Dicomdir: {
            auto referenced = readDicomdirGuarded(f);
            if (!referenced) {
                catalog.errors.push_back({f, referenced.errorMessage()});
                break;
            }
            for (const QString& r : referenced.value()) {
                const QString canonical = QFileInfo(r).canonicalFilePath();
                if (canonical.isEmpty()) {
                    catalog.errors.push_back({r, QObject::tr("The DICOMDIR names this file, but it does not exist.")});
                    continue;
                }
                if (!seen.contains(canonical)) {
                    seen.insert(canonical);
                    files << canonical; // keeps file order stable for later DICOMDIRs
                    if (probeFile(canonical) != Probe::NotDicom)
                        candidates << canonical;
                }
            }
            break;
        }
        }
    }

    // Parse headers on every core: each worker takes the next file.
    std::vector<std::optional<Result<Instance>>> parsed(std::size_t(candidates.size()));
    forEachIndex(int(candidates.size()), options, [&](int i) { parsed[std::size_t(i)].emplace(readHeaderGuarded(candidates[i])); }, true);

    QHash<QString, QString> sopSeen; // SOP Instance UID -> the file kept
    QStringList dicomdirs;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        if (!parsed[i])
            continue; // cancelled
        if (!parsed[i]->ok()) {
            catalog.errors.push_back({candidates[qsizetype(i)], parsed[i]->errorMessage()});
            continue;
        }
        Instance inst = std::move(*parsed[i]).value();
        if (inst.sopClassUid == QLatin1String(kDicomdirSopClass)) {
            dicomdirs << candidates[qsizetype(i)];
            continue;
        }
        // The same instance twice (copied files) would show twice in a stack.
        if (!inst.sopInstanceUid.isEmpty()) {
            if (sopSeen.contains(inst.sopInstanceUid)) {
                catalog.duplicates.push_back({candidates[qsizetype(i)], sopSeen.value(inst.sopInstanceUid)});
                continue;
            }
            sopSeen.insert(inst.sopInstanceUid, candidates[qsizetype(i)]);
        }
        catalog.instances.push_back(std::move(inst));
    }
    // DICOMDIRs not named DICOMDIR: follow them now (their files are usually
    // in the scanned folder already; only new ones are read).
    QStringList extra;
    for (const QString& dir : std::as_const(dicomdirs)) {
        auto referenced = readDicomdirGuarded(dir);
        if (!referenced) {
            catalog.errors.push_back({dir, referenced.errorMessage()});
            continue;
        }
        for (const QString& r : referenced.value()) {
            const QString canonical = QFileInfo(r).canonicalFilePath();
            if (canonical.isEmpty())
                catalog.errors.push_back({r, QObject::tr("The DICOMDIR names this file, but it does not exist.")});
            else if (!seen.contains(canonical) && probeFile(canonical) != Probe::NotDicom) {
                seen.insert(canonical);
                extra << canonical;
            }
        }
    }
    for (const QString& f : std::as_const(extra)) {
        auto r = readHeaderGuarded(f);
        if (!r)
            catalog.errors.push_back({f, r.errorMessage()});
        else if (sopSeen.contains(r.value().sopInstanceUid))
            catalog.duplicates.push_back({f, sopSeen.value(r.value().sopInstanceUid)});
        else {
            sopSeen.insert(r.value().sopInstanceUid, f);
            catalog.instances.push_back(std::move(r).value());
        }
    }
    catalog.studies = buildStudies(catalog.instances);
    // A stack whose volume could not be allocated is refused here, before a
    // viewer allocates it on its UI thread (each file passed its own limits,
    // thousands of them together may not).
    for (Study& study : catalog.studies)
        for (Series& series : study.series)
            for (auto it = series.stacks.begin(); it != series.stacks.end();) {
                const std::uint64_t bytes = std::uint64_t(it->rows) * std::uint64_t(it->columns) *
                                            std::uint64_t(std::max(1, it->components)) * 4u * std::uint64_t(it->frames.size());
                if (bytes <= kMaxVolumeBytes) {
                    ++it;
                    continue;
                }
                catalog.errors.push_back({catalog.instanceOf(it->frames.front()).filePath,
                                          QObject::tr("The series is too large to load: %1 images of %2 × %3 pixels need "
                                                      "more than %4 GiB.")
                                              .arg(it->frames.size())
                                              .arg(it->columns)
                                              .arg(it->rows)
                                              .arg(kMaxVolumeBytes >> 30)});
                it = series.stacks.erase(it);
            }
    return catalog;
}

Catalog scanMemory(const std::vector<std::shared_ptr<const QByteArray>>& objects, const ScanOptions& options)
{
    silenceDcmtkLogging();
    Catalog catalog;
    std::vector<std::optional<Result<Instance>>> parsed(objects.size());
    forEachIndex(int(objects.size()), options, [&](int i) {
        parsed[std::size_t(i)].emplace(guarded<Instance>([&] { return readInstanceHeader(objects[std::size_t(i)]); }));
    }, true);
    QSet<QString> sopSeen;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        if (!parsed[i])
            continue; // cancelled
        if (!parsed[i]->ok()) {
            catalog.errors.push_back({QObject::tr("received instance %1").arg(i + 1), parsed[i]->errorMessage()});
            continue;
        }
        Instance inst = std::move(*parsed[i]).value();
        if (!inst.sopInstanceUid.isEmpty()) {
            if (sopSeen.contains(inst.sopInstanceUid))
                continue;
            sopSeen.insert(inst.sopInstanceUid);
        }
        catalog.instances.push_back(std::move(inst));
    }
    catalog.studies = buildStudies(catalog.instances);
    return catalog;
}

} // namespace custos::dicom
