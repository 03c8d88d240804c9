// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every benchmark child process shares: a stopwatch, the file list of a
// folder, peak RSS and CPU time, a voxel sum, and the line protocol the parent
// parses ("key=value", one per line, on stdout). Header-only and Qt-free, so
// the VTK helper executable can use it too.

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace custos::bench {

// User + system CPU time of every thread of this process.
inline double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    auto s = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return s(u.ru_utime) + s(u.ru_stime);
}

// Page faults of this process so far that needed no disk (the kernel handing
// out a fresh page): a figure the machine's load does not change.
inline long long minorFaults()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

// Wall and CPU time since construction (CPU: the whole process, all threads;
// so process start-up and library loading are not counted).
class Stopwatch
{
public:
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_start).count(); }
    double cpuSeconds() const { return processCpuSeconds() - m_cpuStart; }
    long long faults() const { return minorFaults() - m_faultStart; }

private:
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    double m_cpuStart = processCpuSeconds();
    long long m_faultStart = minorFaults();
};

// Every regular file below dir, sorted: what a naive reader starts from.
inline std::vector<std::string> listFiles(const std::string& dir)
{
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// Peak resident set of this process so far (Linux reports KiB).
inline double peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

template <class T>
std::int64_t sumOf(const void* data, std::size_t count)
{
    const T* p = static_cast<const T*>(data);
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < count; ++i)
        sum += std::int64_t(p[i]);
    return sum;
}

// The result of one child run. Times count from the start of the job (a folder
// path) to the event; the voxel sum proves the pixels were read and lets the
// parent check that every reader saw the same values.
struct ChildResult
{
    bool ok = false;
    std::string message;      // why not ok (or a remark)
    double firstSliceS = -1;  // first displayable slice
    double fullS = -1;        // whole volume in memory
    double scanS = -1;        // part of it spent finding and sorting files
    double cpuS = -1;         // CPU time (all threads) until fullS
    long long faults = -1;    // minor page faults until fullS
    std::int64_t voxelSum = 0;
    std::int64_t voxelBytes = 0;
    int slices = 0;
};

// Stamps the end of the load.
inline void finish(ChildResult& r, const Stopwatch& clock)
{
    r.fullS = clock.seconds();
    r.cpuS = clock.cpuSeconds();
    r.faults = clock.faults();
}

inline void printResult(const ChildResult& r)
{
    std::printf("status=%s\n", r.ok ? "ok" : "fail");
    if (!r.message.empty())
        std::printf("message=%s\n", r.message.c_str());
    std::printf("first_slice_s=%.6f\nfull_s=%.6f\nscan_s=%.6f\ncpu_s=%.6f\n", r.firstSliceS, r.fullS, r.scanS, r.cpuS);
    std::printf("faults=%lld\n", r.faults);
    std::printf("voxel_sum=%lld\nvoxel_bytes=%lld\nslices=%d\n", static_cast<long long>(r.voxelSum),
                static_cast<long long>(r.voxelBytes), r.slices);
    // Measured last, after everything the reader allocated.
    std::printf("peak_rss_mb=%.1f\n", peakRssMiB());
    std::fflush(stdout);
}

} // namespace custos::bench
