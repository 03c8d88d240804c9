// SPDX-License-Identifier: Apache-2.0
// The child-process readers of custos-bench-load that live in its own
// executable: ours, the naive DCMTK loop, the read-bandwidth floor, idle.

#include "bench_readers.h"

#include "core/common/large_buffer.h"
#include "core/dicom/dcmtk_util.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"

#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmimgle/dipixel.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <memory>
#include <thread>

namespace custos::bench {

namespace {

using namespace custos::dicom;

std::int64_t volumeSum(const Volume& v)
{
    const std::size_t n = v.voxelsPerSlice() * std::size_t(v.geometry().slices) * std::size_t(v.components());
    const void* p = v.data();
    switch (v.sampleType()) {
    case SampleType::UInt8: return sumOf<std::uint8_t>(p, n);
    case SampleType::Int8: return sumOf<std::int8_t>(p, n);
    case SampleType::UInt16: return sumOf<std::uint16_t>(p, n);
    case SampleType::Int16: return sumOf<std::int16_t>(p, n);
    case SampleType::UInt32: return sumOf<std::uint32_t>(p, n);
    case SampleType::Int32: return sumOf<std::int32_t>(p, n);
    case SampleType::Float32: return sumOf<float>(p, n);
    }
    return 0;
}

// Ours, the whole job the viewer does: scan the folder (headers on every
// core, grouping, geometric sort), then load the biggest stack with the
// middle slice first, which is the one the viewer shows.
ChildResult readCustos(const std::string& dir)
{
    ChildResult r;
    // As the viewer does at start (ui/shell/study_loader.cpp), before the clock.
    custos::dicom::warmUpDcmtk();
    const Stopwatch clock;
    const Catalog catalog = scanPaths({QString::fromStdString(dir)});
    const Stack* best = nullptr;
    for (const Study& study : catalog.studies)
        for (const Series& series : study.series)
            for (const Stack& stack : series.stacks)
                if (!best || stack.frames.size() > best->frames.size())
                    best = &stack;
    r.scanS = clock.seconds();
    if (!best) {
        r.message = "scanPaths found no image stack";
        return r;
    }

    const int priority = int(best->frames.size()) / 2;
    std::atomic<double> first{-1};
    LoadOptions options;
    options.prioritySlice = priority;
    options.sliceReady = [&](int k) {
        if (k == priority)
            first.store(clock.seconds());
    };
    LoadReport report;
    auto volume = loadStack(catalog, *best, options, &report);
    finish(r, clock);
    r.firstSliceS = first.load();
    if (!volume) {
        r.message = volume.errorMessage().toStdString();
        return r;
    }
    if (!report.errors.empty())
        r.message = std::to_string(report.errors.size()) + " frames failed: " + report.errors.front().message.toStdString();
    r.ok = report.errors.empty();
    r.voxelSum = volumeSum(*volume.value());
    r.voxelBytes = std::int64_t(volume.value()->totalBytes());
    r.slices = volume.value()->geometry().slices;
    return r;
}

// Two series loading at once, as when two viewer windows open two series:
// one scan, then two loads of the biggest stack side by side, each asking for
// a thread per core. Both share core/common/parallel.h's one pool (issue 16),
// so the machine runs its cores' worth of threads, not two sets.
ChildResult readCustosTwoAtOnce(const std::string& dir)
{
    ChildResult r;
    // As the viewer does at start (ui/shell/study_loader.cpp), before the clock.
    custos::dicom::warmUpDcmtk();
    const Stopwatch clock;
    const Catalog catalog = scanPaths({QString::fromStdString(dir)});
    const Stack* best = nullptr;
    for (const Study& study : catalog.studies)
        for (const Series& series : study.series)
            for (const Stack& stack : series.stacks)
                if (!best || stack.frames.size() > best->frames.size())
                    best = &stack;
    r.scanS = clock.seconds();
    if (!best) {
        r.message = "scanPaths found no image stack";
        return r;
    }
    const int priority = int(best->frames.size()) / 2;
    std::atomic<double> first{-1};
    LoadOptions options;
    options.prioritySlice = priority;
    options.sliceReady = [&](int k) {
        double none = -1;
        if (k == priority)
            first.compare_exchange_strong(none, clock.seconds()); // the first of the two
    };
    Result<std::shared_ptr<Volume>> volumes[2] = {Error{QString()}, Error{QString()}};
    std::thread second([&] { volumes[1] = loadStack(catalog, *best, options); });
    volumes[0] = loadStack(catalog, *best, options);
    second.join();
    finish(r, clock);
    r.firstSliceS = first.load();
    for (const auto& v : volumes)
        if (!v) {
            r.message = v.errorMessage().toStdString();
            return r;
        }
    r.ok = true;
    r.voxelSum = volumeSum(*volumes[0].value());
    if (volumeSum(*volumes[1].value()) != r.voxelSum) {
        r.ok = false;
        r.message = "the two loads disagree on the voxel sum";
    }
    r.voxelBytes = std::int64_t(volumes[0].value()->totalBytes());
    r.slices = volumes[0].value()->geometry().slices;
    return r;
}

std::size_t representationBytes(EP_Representation rep)
{
    switch (rep) {
    case EPR_Uint8:
    case EPR_Sint8: return 1;
    case EPR_Uint16:
    case EPR_Sint16: return 2;
    case EPR_Uint32:
    case EPR_Sint32: return 4;
    }
    return 0;
}

std::int64_t representationSum(EP_Representation rep, const void* p, std::size_t n)
{
    switch (rep) {
    case EPR_Uint8: return sumOf<std::uint8_t>(p, n);
    case EPR_Sint8: return sumOf<std::int8_t>(p, n);
    case EPR_Uint16: return sumOf<std::uint16_t>(p, n);
    case EPR_Sint16: return sumOf<std::int16_t>(p, n);
    case EPR_Uint32: return sumOf<std::uint32_t>(p, n);
    case EPR_Sint32: return sumOf<std::int32_t>(p, n);
    }
    return 0;
}

// The naive but fair loop: list the folder, then one DicomImage per file, in
// file order on one thread, its stored values (no modality transform, like
// ours) copied into a buffer allocated once. No sorting.
ChildResult readDcmtkLoop(const std::string& dir)
{
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    // Otherwise DCMTK logs one line per file to stderr; ours silences it too.
    custos::dicom::warmUpDcmtk(); // its dictionary too, as for ours
    OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    ChildResult r;
    const Stopwatch clock;
    const std::vector<std::string> files = listFiles(dir);
    r.scanS = clock.seconds();
    std::unique_ptr<std::byte[]> buffer;
    std::size_t sliceBytes = 0;
    EP_Representation rep = EPR_Uint16;
    for (std::size_t i = 0; i < files.size(); ++i) {
        DicomImage image(files[i].c_str(), CIF_IgnoreModalityTransformation);
        const DiPixel* pixels = image.getStatus() == EIS_Normal ? image.getInterData() : nullptr;
        if (!pixels) {
            r.message = files[i] + ": " + DicomImage::getString(image.getStatus());
            return r;
        }
        if (!buffer) {
            rep = pixels->getRepresentation();
            sliceBytes = pixels->getCount() * representationBytes(rep);
            buffer = std::make_unique<std::byte[]>(sliceBytes * files.size());
        }
        const std::size_t bytes = pixels->getCount() * representationBytes(pixels->getRepresentation());
        if (bytes != sliceBytes || pixels->getRepresentation() != rep) {
            r.message = files[i] + ": another size or pixel type than the first file";
            return r;
        }
        std::memcpy(buffer.get() + i * sliceBytes, pixels->getData(), sliceBytes);
        if (i == 0)
            r.firstSliceS = clock.seconds(); // slice 0 in file order: the loop has no notion of "middle"
    }
    finish(r, clock);
    r.ok = buffer != nullptr;
    r.slices = int(files.size());
    r.voxelBytes = std::int64_t(sliceBytes * files.size());
    if (buffer)
        r.voxelSum = representationSum(rep, buffer.get(), sliceBytes * files.size() / representationBytes(rep));
    return r;
}

// The read-bandwidth floor: what `cat files > /dev/null` does, in process
// (list the folder, read every file through one reused buffer).
ChildResult readFloor(const std::string& dir)
{
    ChildResult r;
    const Stopwatch clock;
    const std::vector<std::string> files = listFiles(dir);
    r.scanS = clock.seconds();
    std::vector<char> buffer(1 << 20);
    std::int64_t total = 0;
    unsigned char touch = 0;
    for (const std::string& f : files) {
        const int fd = ::open(f.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            r.message = "cannot open " + f;
            return r;
        }
        for (;;) {
            const ssize_t n = ::read(fd, buffer.data(), buffer.size());
            if (n <= 0)
                break;
            total += n;
            touch = static_cast<unsigned char>(touch ^ static_cast<unsigned char>(buffer[0]));
        }
        ::close(fd);
        if (r.firstSliceS < 0)
            r.firstSliceS = clock.seconds();
    }
    finish(r, clock);
    r.ok = true;
    r.message = "read " + std::to_string(total) + " bytes (touch " + std::to_string(touch) + ")";
    r.slices = int(files.size());
    return r;
}

// The physical floor of a load (issue 16): every file read, on one thread,
// into one freshly allocated buffer the size of them all, so the copy out of
// the page cache and the page faults of a destination that was never touched
// are paid, as they are by any loader; `cat` to /dev/null pays neither.
ChildResult readFreshFloor(const std::string& dir, bool hugePages)
{
    ChildResult r;
    const Stopwatch clock;
    const std::vector<std::string> files = listFiles(dir);
    std::vector<std::size_t> sizes;
    std::size_t total = 0;
    for (const std::string& f : files) {
        struct stat st{};
        if (::stat(f.c_str(), &st) != 0) {
            r.message = "cannot stat " + f;
            return r;
        }
        sizes.push_back(std::size_t(st.st_size));
        total += std::size_t(st.st_size);
    }
    r.scanS = clock.seconds();
    // hugePages: the same buffer as a Volume's (core/common/large_buffer.h),
    // the floor of what the loader can reach with its faults cut.
    LargeBuffer huge = hugePages ? allocateLargeBuffer(total) : LargeBuffer();
    auto plain = hugePages ? std::unique_ptr<char[]>() : std::make_unique_for_overwrite<char[]>(std::max<std::size_t>(total, 1));
    char* buffer = hugePages ? reinterpret_cast<char*>(huge.get()) : plain.get();
    std::size_t at = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const int fd = ::open(files[i].c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            r.message = "cannot open " + files[i];
            return r;
        }
        std::size_t got = 0;
        while (got < sizes[i]) {
            const ssize_t n = ::read(fd, buffer + at + got, sizes[i] - got);
            if (n <= 0)
                break;
            got += std::size_t(n);
        }
        ::close(fd);
        at += got;
        if (r.firstSliceS < 0)
            r.firstSliceS = clock.seconds();
    }
    finish(r, clock);
    unsigned char touch = 0;
    for (std::size_t i = 0; i < at; i += 4096)
        touch = static_cast<unsigned char>(touch ^ static_cast<unsigned char>(buffer[i]));
    r.ok = at == total;
    r.message = "read " + std::to_string(at) + " bytes (touch " + std::to_string(touch) + ")";
    r.slices = int(files.size());
    return r;
}

} // namespace

ChildResult runChildReader(const std::string& reader, const std::string& dir)
{
    if (reader == "custos")
        return readCustos(dir);
    if (reader == "dcmtk")
        return readDcmtkLoop(dir);
    if (reader == "cat")
        return readFloor(dir);
    if (reader == "custos2")
        return readCustosTwoAtOnce(dir);
    if (reader == "fresh")
        return readFreshFloor(dir, false);
    if (reader == "freshhuge")
        return readFreshFloor(dir, true);
    ChildResult r;
    if (reader == "idle")
        r.ok = true; // the bare process: its peak RSS is the baseline
    else
        r.message = "unknown reader " + reader;
    return r;
}

} // namespace custos::bench
