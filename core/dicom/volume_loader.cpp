// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/volume_loader.h"

#include "core/common/parallel.h"
#include "core/dicom/input_guard.h"
#include "core/dicom/pixel_decoder.h"

#include <QObject>

#include <mutex>

namespace custos::dicom {

namespace {

bool uniformRescale(const Catalog& catalog, const Stack& stack)
{
    const FrameInfo& first = catalog.instanceOf(stack.frames.front()).frames[std::size_t(stack.frames.front().frame)];
    for (const FrameRef& f : stack.frames) {
        const FrameInfo& info = catalog.instanceOf(f).frames[std::size_t(f.frame)];
        if (info.rescaleSlope != first.rescaleSlope || info.rescaleIntercept != first.rescaleIntercept)
            return false;
    }
    return true;
}

template <class T>
void toModality(const T* in, float* out, std::size_t n, double slope, double intercept)
{
    for (std::size_t i = 0; i < n; ++i)
        out[i] = float(double(in[i]) * slope + intercept);
}

void storedToFloat(SampleType type, const std::byte* in, float* out, std::size_t n, double slope, double intercept)
{
    switch (type) {
    case SampleType::UInt8: toModality(reinterpret_cast<const std::uint8_t*>(in), out, n, slope, intercept); break;
    case SampleType::Int8: toModality(reinterpret_cast<const std::int8_t*>(in), out, n, slope, intercept); break;
    case SampleType::UInt16: toModality(reinterpret_cast<const std::uint16_t*>(in), out, n, slope, intercept); break;
    case SampleType::Int16: toModality(reinterpret_cast<const std::int16_t*>(in), out, n, slope, intercept); break;
    case SampleType::UInt32: toModality(reinterpret_cast<const std::uint32_t*>(in), out, n, slope, intercept); break;
    case SampleType::Int32: toModality(reinterpret_cast<const std::int32_t*>(in), out, n, slope, intercept); break;
    case SampleType::Float32: toModality(reinterpret_cast<const float*>(in), out, n, slope, intercept); break;
    }
}

} // namespace

std::shared_ptr<Volume> createVolume(const Catalog& catalog, const Stack& stack)
{
    VolumeGeometry g;
    g.columns = stack.columns;
    g.rows = stack.rows;
    g.slices = int(stack.frames.size());
    g.spacing = {stack.columnSpacing.value_or(1.0), stack.rowSpacing.value_or(1.0), stack.sliceSpacing.value_or(1.0)};
    if (!stack.sliceSpacing && stack.sliceThickness && *stack.sliceThickness > 0)
        g.spacing[2] = *stack.sliceThickness;
    if (stack.origin && stack.rowDir && stack.colDir) {
        g.origin = *stack.origin;
        g.rowDir = *stack.rowDir;
        g.colDir = *stack.colDir;
        g.normal = stack.normal.value_or(stack.rowDir->cross(*stack.colDir).normalized());
        g.hasPatientGeometry = true;
    }

    const bool uniform = stack.frames.empty() || uniformRescale(catalog, stack);
    const bool color = stack.components != 1;
    const SampleType type = (uniform || color) ? stack.sampleType : SampleType::Float32;
    auto volume = std::make_shared<Volume>(g, type, stack.components);

    if (!stack.frames.empty()) {
        const Instance& firstInst = catalog.instanceOf(stack.frames.front());
        const FrameInfo& first = firstInst.frames[std::size_t(stack.frames.front().frame)];
        if (type != SampleType::Float32 && !color) {
            volume->rescaleSlope = first.rescaleSlope;
            volume->rescaleIntercept = first.rescaleIntercept;
        }
        if (firstInst.modality == QLatin1String("CT"))
            volume->rescaleUnits = QStringLiteral("HU");
        volume->invertedGrayscale = firstInst.photometric == QLatin1String("MONOCHROME1");
        for (const FrameRef& f : stack.frames) {
            const FrameInfo& info = catalog.instanceOf(f).frames[std::size_t(f.frame)];
            volume->slicePositions.push_back(info.position.value_or(Vec3{}));
            for (const VoiWindow& window : info.windows) {
                const bool known = std::any_of(volume->windows.begin(), volume->windows.end(), [&](const VoiWindow& w) {
                    return w.center == window.center && w.width == window.width;
                });
                if (!known && volume->windows.size() < 16)
                    volume->windows.push_back(window);
            }
        }
    }
    return volume;
}

LoadReport fillVolume(const Catalog& catalog, const Stack& stack, Volume& volume, const LoadOptions& options)
{
    PixelDecoder::registerCodecs();
    LoadReport report;
    const int total = int(stack.frames.size());
    if (total == 0)
        return report;

    std::vector<int> order;
    order.reserve(std::size_t(total));
    const int priority = (options.prioritySlice >= 0 && options.prioritySlice < total) ? options.prioritySlice : 0;
    order.push_back(priority);
    for (int k = 0; k < total; ++k)
        if (k != priority)
            order.push_back(k);

    std::atomic_int next{0};
    std::atomic_int done{0};
    std::atomic_int decoded{0};
    std::mutex errorsMutex;
    const bool toFloat = volume.sampleType() == SampleType::Float32 && stack.sampleType != SampleType::Float32;
    std::optional<VolumeStatsGatherer> stats;
    if (options.gatherStats)
        stats.emplace(volume);

    auto work = [&] {
        int currentInstance = -1;
        std::unique_ptr<PixelDecoder> decoder;
        std::vector<std::byte> scratch;
        for (;;) {
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return;
            const int n = next.fetch_add(1);
            if (n >= total)
                return;
            const int k = order[std::size_t(n)];
            const FrameRef& ref = stack.frames[std::size_t(k)];
            const Instance& inst = catalog.instanceOf(ref);
            if (ref.instance != currentInstance) {
                decoder = std::make_unique<PixelDecoder>(inst);
                currentInstance = ref.instance;
            }
            Result<void> r;
            try {
                if (toFloat) {
                    scratch.resize(decoder->frameBytes());
                    r = decoder->decodeFrame(ref.frame, scratch.data());
                    if (r) {
                        const FrameInfo& info = inst.frames[std::size_t(ref.frame)];
                        storedToFloat(stack.sampleType, scratch.data(), reinterpret_cast<float*>(volume.sliceData(k)),
                                      volume.voxelsPerSlice() * std::size_t(volume.components()), info.rescaleSlope,
                                      info.rescaleIntercept);
                    }
                } else {
                    r = decoder->decodeFrame(ref.frame, volume.sliceData(k));
                }
            } catch (const std::bad_alloc&) {
                // The boundary of the worker: nothing a file does ends the process.
                r = Error{QObject::tr("Decoding the image needs more memory than Custos can give; the file is damaged or hostile.")};
                decoder.reset();
                currentInstance = -1;
            } catch (const std::exception& e) {
                r = Error{QObject::tr("The image could not be decoded: %1").arg(QString::fromLocal8Bit(e.what()))};
                decoder.reset();
                currentInstance = -1;
            } catch (...) {
                r = Error{QObject::tr("The image could not be decoded: an unexpected error occurred.")};
                decoder.reset();
                currentInstance = -1;
            }
            if (r) {
                decoded.fetch_add(1);
                if (stats)
                    stats->addSlice(k); // while the slice is still in this core's cache
            } else {
                // A frame that cannot be decoded shows as black, and says why.
                std::memset(volume.sliceData(k), 0, volume.sliceBytes());
                std::lock_guard lock(errorsMutex);
                report.errors.push_back({inst.filePath, r.errorMessage()});
            }
            volume.markSliceReady(k);
            if (options.sliceReady)
                options.sliceReady(k);
            const int d = done.fetch_add(1) + 1;
            if (options.progress)
                options.progress(d, total);
        }
    };

    runOnWorkers(workerCount(options.threads, total), work);

    report.decodedSlices = decoded.load();
    report.cancelled = options.cancel && options.cancel->load() && done.load() < total;
    if (stats && report.decodedSlices == total)
        report.stats = stats->result();
    return report;
}

Result<std::shared_ptr<Volume>> loadStack(const Catalog& catalog, const Stack& stack, const LoadOptions& options,
                                          LoadReport* reportOut)
{
    if (stack.frames.empty())
        return Error{QObject::tr("The series holds no images.")};
    const std::uint64_t bytes = std::uint64_t(stack.rows) * std::uint64_t(stack.columns) *
                                std::uint64_t(std::max(1, stack.components)) * 4u * std::uint64_t(stack.frames.size());
    if (bytes > kMaxVolumeBytes)
        return Error{QObject::tr("The series is too large to load: %1 images of %2 × %3 pixels need more than %4 GiB.")
                         .arg(stack.frames.size())
                         .arg(stack.columns)
                         .arg(stack.rows)
                         .arg(kMaxVolumeBytes >> 30)};
    std::shared_ptr<Volume> volume;
    try {
        volume = createVolume(catalog, stack);
    } catch (const std::bad_alloc&) {
        return Error{QObject::tr("There is not enough memory to load the series (%1 images of %2 × %3 pixels).")
                         .arg(stack.frames.size())
                         .arg(stack.columns)
                         .arg(stack.rows)};
    }
    LoadReport report = fillVolume(catalog, stack, *volume, options);
    if (reportOut)
        *reportOut = report;
    if (report.cancelled)
        return Error{QObject::tr("Loading was cancelled.")};
    if (report.decodedSlices == 0)
        return Error{report.errors.empty() ? QObject::tr("No image of the series could be decoded.")
                                           : report.errors.front().message};
    return volume;
}

} // namespace custos::dicom
