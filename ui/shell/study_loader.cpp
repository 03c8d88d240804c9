// SPDX-License-Identifier: Apache-2.0
#include "ui/shell/study_loader.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/pixel_decoder.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "core/dicom/windowing.h"

#include <QPointer>
#include <QtConcurrent>

#include <limits>

#include <mutex>

namespace custos::ui {

namespace {

// A small greyscale (or colour) picture of a stack's middle frame.
QImage thumbnailOf(const dicom::Catalog& catalog, const dicom::Stack& stack, int size)
{
    const dicom::FrameRef ref = stack.frames[stack.frames.size() / 2];
    const dicom::Instance& inst = catalog.instanceOf(ref);
    dicom::PixelDecoder decoder(inst);
    std::vector<std::byte> buffer(decoder.frameBytes());
    if (!decoder.decodeFrame(ref.frame, buffer.data()))
        return {};
    const int w = inst.columns, h = inst.rows;
    const dicom::SampleType type = dicom::decodedSampleType(inst);
    const int comps = dicom::decodedComponents(inst);
    auto sample = [&](std::size_t i) { return dicom::sampleValue(buffer.data(), type, i); };
    QImage img(w, h, QImage::Format_RGB32);
    if (comps == 3) {
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const std::size_t i = (std::size_t(y) * std::size_t(w) + std::size_t(x)) * 3;
                img.setPixel(x, y, qRgb(int(sample(i)), int(sample(i + 1)), int(sample(i + 2))));
            }
    } else {
        // The same window and grey levels as a PNG export of the slice.
        const dicom::FrameInfo& info = inst.frames[std::size_t(ref.frame)];
        dicom::GreyWindow window;
        if (!info.windows.empty()) {
            window = {info.windows.front().center, info.windows.front().width};
        } else {
            double lo = 1e300, hi = -1e300;
            for (std::size_t i = 0; i < std::size_t(w) * std::size_t(h); ++i) {
                const double v = sample(i) * info.rescaleSlope + info.rescaleIntercept;
                lo = std::min(lo, v), hi = std::max(hi, v);
            }
            window = dicom::windowSpanning(lo, hi);
        }
        const bool invert = inst.photometric == QLatin1String("MONOCHROME1");
        for (int y = 0; y < h; ++y) {
            auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
            for (int x = 0; x < w; ++x) {
                const double v = sample(std::size_t(y) * std::size_t(w) + std::size_t(x)) * info.rescaleSlope + info.rescaleIntercept;
                const int g = dicom::windowedGrey(v, window, invert);
                line[x] = qRgb(g, g, g);
            }
        }
    }
    return img.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

StudyLoader::StudyLoader(QObject* parent) : QObject(parent)
{
    // While the person signs in: the first study then opens without waiting
    // for DCMTK to parse its dictionary.
    static std::once_flag warm;
    std::call_once(warm, [] { (void)QtConcurrent::run(&dicom::warmUpDcmtk); });
    connect(&m_scanWatcher, &QFutureWatcher<dicom::Catalog>::finished, this, [this] {
        dicom::Catalog catalog = m_scanWatcher.result();
        // The Guard decides before any pixel is read (thumbnails included).
        m_withheld = m_protection.decideView ? study::admit(catalog, m_protection.decideView) : std::vector<study::Withheld>{};
        m_catalog = std::make_shared<const dicom::Catalog>(std::move(catalog));
        m_jobs.clear();
        emit scanFinished();
        makeThumbnails();
    });
}

StudyLoader::~StudyLoader()
{
    if (m_thumbnailsCancel)
        m_thumbnailsCancel->store(true);
    for (auto& job : m_jobs)
        job->cancel->store(true);
    for (auto& job : m_jobs)
        job->future.waitForFinished();
    m_thumbnails.waitForFinished();
    m_scanWatcher.waitForFinished();
}

void StudyLoader::reopen()
{
    if (!m_memory.empty())
        openInstances(m_memory);
    else
        scan(m_paths);
}

void StudyLoader::scan(const QStringList& paths)
{
    m_opened.start();
    m_paths = paths;
    m_memory.clear();
    for (auto& job : m_jobs)
        job->cancel->store(true);
    QPointer<StudyLoader> self(this);
    emit scanStarted();
    m_scanWatcher.setFuture(QtConcurrent::run([paths, self] {
        // SEG, parametric maps: set aside, shown over their images, not as series.
        return study::scanForViewing(paths, [self](int done, int total) {
            QMetaObject::invokeMethod(self, [self, done, total] { if (self) emit self->scanProgress(done, total); }, Qt::QueuedConnection);
        });
    }));
}

void StudyLoader::openInstances(std::vector<std::shared_ptr<const QByteArray>> instances)
{
    m_opened.start();
    m_paths.clear();
    m_memory = instances;
    for (auto& job : m_jobs)
        job->cancel->store(true);
    QPointer<StudyLoader> self(this);
    emit scanStarted();
    m_scanWatcher.setFuture(QtConcurrent::run([instances = std::move(instances), self] {
        dicom::ScanOptions options;
        options.progress = [self](int done, int total) {
            QMetaObject::invokeMethod(self, [self, done, total] { if (self) emit self->scanProgress(done, total); }, Qt::QueuedConnection);
        };
        dicom::Catalog catalog = dicom::scanMemory(instances, options);
        study::setAiAside(catalog);
        return catalog;
    }));
}

const dicom::Stack& StudyLoader::stack(const StackRef& ref) const
{
    return m_catalog->studies[ref.study].series[ref.series].stacks[ref.stack];
}

void StudyLoader::makeThumbnails()
{
    if (m_thumbnailsCancel)
        m_thumbnailsCancel->store(true);
    m_thumbnails.waitForFinished();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_thumbnailsCancel = cancel;
    auto catalog = m_catalog;
    QPointer<StudyLoader> self(this);
    std::vector<std::pair<QString, dicom::Stack>> stacks;
    for (std::size_t s = 0; s < catalog->studies.size(); ++s)
        for (std::size_t se = 0; se < catalog->studies[s].series.size(); ++se)
            for (std::size_t st = 0; st < catalog->studies[s].series[se].stacks.size(); ++st)
                stacks.emplace_back(key({s, se, st}), catalog->studies[s].series[se].stacks[st]);
    m_thumbnails = QtConcurrent::run([catalog, stacks, cancel, self] {
        dicom::PixelDecoder::registerCodecs();
        for (const auto& [k, stack] : stacks) {
            if (*cancel)
                return;
            const QImage img = thumbnailOf(*catalog, stack, 72);
            if (!img.isNull())
                QMetaObject::invokeMethod(self, [self, k = k, img] { if (self) emit self->thumbnailReady(k, img); }, Qt::QueuedConnection);
        }
    });
}

std::shared_ptr<const dicom::Volume> StudyLoader::volume(const StackRef& ref)
{
    const QString k = key(ref);
    if (auto it = m_jobs.find(k); it != m_jobs.end() && !(*it)->cancelled) {
        (*it)->lastUsed = ++m_useCounter;
        return (*it)->volume;
    }
    auto catalog = m_catalog;
    const dicom::Stack stackCopy = stack(ref);
    auto job = std::make_shared<Job>();
    job->volume = dicom::createVolume(*catalog, stackCopy);
    job->cancel = std::make_shared<std::atomic_bool>(false);
    job->lastUsed = ++m_useCounter;
    m_jobs.insert(k, job);
    keepWithinBudget(k);
    QPointer<StudyLoader> self(this);
    std::shared_ptr<dicom::Volume> volume = job->volume;
    std::shared_ptr<std::atomic_bool> cancel = job->cancel;
    const dicom::Volume* id = volume.get();
    const Protection protection = m_protection;
    job->future = QtConcurrent::run([catalog, stackCopy, volume, cancel, self, id, protection] {
        dicom::LoadOptions options;
        options.prioritySlice = volume->geometry().slices / 2; // what a view shows first
        options.cancel = cancel.get();
        options.sliceReady = [self, id](int slice) {
            QMetaObject::invokeMethod(self, [self, id, slice] { if (self) emit self->sliceReady(id, slice); }, Qt::QueuedConnection);
        };
        options.progress = [self, id](int done, int total) {
            QMetaObject::invokeMethod(self, [self, id, done, total] { if (self) emit self->loadProgress(id, done, total); }, Qt::QueuedConnection);
        };
        // core/study: the encrypted cache first, else the files (then into the cache).
        const study::PixelLoad load = study::loadPixels(*catalog, stackCopy, *volume, protection.cache.get(), options, protection.record,
                                                        protection.user, study::CacheWrite::ByCaller);
        const dicom::LoadReport& report = load.report;
        QStringList errors;
        for (const auto& e : report.errors)
            errors << e.message;
        if (report.cancelled)
            errors.prepend(StudyLoader::tr("Loading was cancelled."));
        QMetaObject::invokeMethod(self, [self, id, errors, cancelled = report.cancelled, fromCache = load.fromCache] {
            if (!self)
                return;
            if (Job* j = self->jobFor(id)) {
                j->running = false;
                j->cancelled = cancelled;
                j->errors = errors;
            }
            emit self->loadedFrom(id, fromCache);
            emit self->loadFinished(id, errors);
        }, Qt::QueuedConnection);
        // After "loaded", still on this worker: the person reads while the
        // volume is encrypted and synced into the cache (the window's
        // destructor waits for it).
        if (load.cachePending && protection.cache)
            study::storeInCache(*protection.cache, *catalog, stackCopy, *volume);
    });
    return volume;
}

void StudyLoader::setMemoryBudget(qint64 bytes, std::function<bool(const dicom::Volume*)> onScreen)
{
    m_budget = std::max<qint64>(0, bytes);
    m_onScreen = std::move(onScreen);
}

qint64 StudyLoader::residentBytes() const
{
    qint64 total = 0;
    for (const auto& job : m_jobs)
        total += qint64(job->volume->totalBytes());
    return total;
}

void StudyLoader::keepWithinBudget(const QString& keep)
{
    if (m_budget <= 0)
        return;
    // Oldest use first; only finished loads that no view shows. Whatever
    // cannot be let go stays (the budget is exceeded rather than a view emptied).
    while (residentBytes() > m_budget) {
        QString victim;
        quint64 oldest = std::numeric_limits<quint64>::max();
        for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
            const Job& j = **it;
            if (it.key() == keep || j.running || j.future.isRunning() || j.lastUsed >= oldest || (m_onScreen && m_onScreen(j.volume.get())))
                continue;
            victim = it.key();
            oldest = j.lastUsed;
        }
        if (victim.isEmpty())
            return;
        m_jobs.remove(victim);
        emit volumeReleased(victim);
    }
}

StudyLoader::Job* StudyLoader::jobFor(const dicom::Volume* volume)
{
    for (auto& job : m_jobs)
        if (job->volume.get() == volume)
            return job.get();
    return nullptr;
}

const StudyLoader::Job* StudyLoader::jobFor(const dicom::Volume* volume) const
{
    for (const auto& job : m_jobs)
        if (job->volume.get() == volume)
            return job.get();
    return nullptr;
}

QString StudyLoader::keyOf(const dicom::Volume* volume) const
{
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it)
        if (it.value()->volume.get() == volume)
            return it.key();
    return {};
}

bool StudyLoader::isLoading(const dicom::Volume* volume) const
{
    const Job* j = jobFor(volume);
    return j && j->running;
}

bool StudyLoader::anyLoading() const
{
    for (const auto& job : m_jobs)
        if (job->running)
            return true;
    return false;
}

QStringList StudyLoader::errors(const dicom::Volume* volume) const
{
    const Job* j = jobFor(volume);
    return j ? j->errors : QStringList();
}

void StudyLoader::cancel(const dicom::Volume* volume)
{
    if (Job* j = jobFor(volume))
        j->cancel->store(true);
}

} // namespace custos::ui
