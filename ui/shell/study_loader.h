// SPDX-License-Identifier: Apache-2.0
#pragma once
// Scans and loads off the UI thread; reports back through queued signals.
// Every step with patient data is core/study's (scan, AI set aside,
// ViewStudy per study, withhold, mask, encrypted cache): the loader only
// moves them off the UI thread.
// Volumes are kept per stack, so switching back to a series (or showing it
// in two views) does not read it again, within a memory budget: past it,
// the volumes used longest ago are let go (never one on screen, never one
// still loading), and read again (from the encrypted cache) when shown.

#include "core/dicom/catalog.h"
#include "core/dicom/volume.h"
#include "core/study/study_access.h"
#include "ui/shell/protection.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace custos::ui {

struct StackRef
{
    std::size_t study = 0, series = 0, stack = 0;
};

class StudyLoader : public QObject
{
    Q_OBJECT
public:
    explicit StudyLoader(QObject* parent = nullptr);
    // The cache and audit sink used for every load (set before scanning).
    void setProtection(Protection protection) { m_protection = std::move(protection); }
    ~StudyLoader() override;

    void scan(const QStringList& paths);
    // A study retrieved from a PACS, held in memory (Part 10 byte streams):
    // read, admitted and loaded as a scan is, without a file on disk.
    void openInstances(std::vector<std::shared_ptr<const QByteArray>> instances);
    // The last scan or opened instances once more (the Guard is asked again).
    void reopen();
    QStringList scannedPaths() const { return m_paths; } // of the last scan (to ask the Guard again)
    std::shared_ptr<const dicom::Catalog> catalog() const { return m_catalog; }
    bool scanning() const { return m_scanWatcher.isRunning(); }
    // Milliseconds since the last scan or open began (for --timing).
    qint64 msSinceOpen() const { return m_opened.isValid() ? m_opened.elapsed() : -1; }

    const dicom::Stack& stack(const StackRef& ref) const;
    study::StackId stackId(const StackRef& ref) const { return study::StackId::of(stack(ref)); }
    QString key(const StackRef& ref) const { return stackId(ref).key(); }
    // The studies of the last scan that the Guard withheld, with its decisions.
    const std::vector<study::Withheld>& withheld() const { return m_withheld; }
    // The stack's volume, loading it first if this is the first request.
    std::shared_ptr<const dicom::Volume> volume(const StackRef& ref);
    // The key of the stack a volume was loaded for; empty if none.
    QString keyOf(const dicom::Volume* volume) const;
    bool isLoading(const dicom::Volume* volume) const;
    bool anyLoading() const;
    QStringList errors(const dicom::Volume* volume) const;
    void cancel(const dicom::Volume* volume);

    // The memory budget for loaded volumes, in bytes (0: none). `onScreen`
    // says whether a volume is shown anywhere (it is never let go).
    void setMemoryBudget(qint64 bytes, std::function<bool(const dicom::Volume*)> onScreen);
    qint64 memoryBudget() const { return m_budget; }
    // The bytes of the volumes the loader holds now.
    qint64 residentBytes() const;

signals:
    void scanStarted(); // a scan or an in-memory open has begun; scanFinished follows
    void scanProgress(int done, int total);
    void scanFinished();
    void thumbnailReady(const QString& key, const QImage& image);
    void sliceReady(const dicom::Volume* volume, int k);
    void loadProgress(const dicom::Volume* volume, int done, int total);
    void loadFinished(const dicom::Volume* volume, const QStringList& errors);
    // The volume came from the encrypted cache (true) or from its files.
    void loadedFrom(const dicom::Volume* volume, bool fromCache);
    // Let go under the memory budget: the stack's volume is no longer held
    // (everyone holding it for the stack should let go too).
    void volumeReleased(const QString& key);

private:
    struct Job
    {
        std::shared_ptr<dicom::Volume> volume;
        std::shared_ptr<std::atomic_bool> cancel;
        QFuture<void> future;
        bool running = true;
        bool cancelled = false;
        QStringList errors;
        quint64 lastUsed = 0;
    };
    void keepWithinBudget(const QString& keep);
    void makeThumbnails();
    Job* jobFor(const dicom::Volume* volume);
    const Job* jobFor(const dicom::Volume* volume) const;

    std::shared_ptr<const dicom::Catalog> m_catalog;
    std::vector<study::Withheld> m_withheld;
    QStringList m_paths;
    QElapsedTimer m_opened;
    std::vector<std::shared_ptr<const QByteArray>> m_memory; // what openInstances was given
    Protection m_protection;
    QFutureWatcher<dicom::Catalog> m_scanWatcher;
    QHash<QString, std::shared_ptr<Job>> m_jobs;
    qint64 m_budget = 0;
    std::function<bool(const dicom::Volume*)> m_onScreen;
    quint64 m_useCounter = 0;
    std::shared_ptr<std::atomic_bool> m_thumbnailsCancel;
    QFuture<void> m_thumbnails;
};

} // namespace custos::ui
