// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/volume_stats.h"

#include <algorithm>
#include <limits>
#include <type_traits>

namespace custos::dicom {

namespace {

struct Partial
{
    double min, max, sum;
};

// Integers are summed exactly in 64 bits (a slice of 2^20 32-bit samples
// cannot overflow it); only floats are summed in double.
template <class T>
Partial partialOf(const T* p, std::size_t n)
{
    if (n == 0)
        return {0, 0, 0};
    T lo = p[0], hi = p[0];
    using Sum = std::conditional_t<std::is_floating_point_v<T>, double, std::int64_t>;
    Sum sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const T v = p[i];
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
        sum += Sum(v);
    }
    return {double(lo), double(hi), double(sum)};
}

Partial sliceOf(const Volume& v, int k)
{
    const std::size_t n = v.voxelsPerSlice() * std::size_t(v.components());
    const std::byte* p = v.sliceData(k);
    switch (v.sampleType()) {
    case SampleType::UInt8: return partialOf(reinterpret_cast<const std::uint8_t*>(p), n);
    case SampleType::Int8: return partialOf(reinterpret_cast<const std::int8_t*>(p), n);
    case SampleType::UInt16: return partialOf(reinterpret_cast<const std::uint16_t*>(p), n);
    case SampleType::Int16: return partialOf(reinterpret_cast<const std::int16_t*>(p), n);
    case SampleType::UInt32: return partialOf(reinterpret_cast<const std::uint32_t*>(p), n);
    case SampleType::Int32: return partialOf(reinterpret_cast<const std::int32_t*>(p), n);
    case SampleType::Float32: return partialOf(reinterpret_cast<const float*>(p), n);
    }
    return {0, 0, 0};
}

} // namespace

VolumeStatsGatherer::VolumeStatsGatherer(const Volume& volume)
    : m_volume(volume), m_slices(std::size_t(std::max(0, volume.geometry().slices)))
{
}

void VolumeStatsGatherer::addSlice(int k)
{
    if (k < 0 || std::size_t(k) >= m_slices.size())
        return;
    const Partial p = sliceOf(m_volume, k);
    m_slices[std::size_t(k)] = {p.min, p.max, p.sum, true};
}

VolumeStats VolumeStatsGatherer::result() const
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo, sum = 0;
    std::size_t count = 0;
    const std::size_t perSlice = m_volume.voxelsPerSlice() * std::size_t(m_volume.components());
    for (const Slice& s : m_slices) {
        if (!s.done)
            continue;
        lo = std::min(lo, s.min);
        hi = std::max(hi, s.max);
        sum += s.sum;
        count += perSlice;
    }
    if (count == 0)
        return {};
    // The modality LUT is linear: apply it to the stored statistics.
    const double a = m_volume.modalityValue(lo), b = m_volume.modalityValue(hi);
    return {std::min(a, b), std::max(a, b), m_volume.modalityValue(sum / double(count))};
}

VolumeStats volumeStats(const Volume& volume)
{
    VolumeStatsGatherer g(volume);
    for (int k = 0; k < volume.geometry().slices; ++k)
        g.addSlice(k);
    return g.result();
}

} // namespace custos::dicom
