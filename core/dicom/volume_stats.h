// SPDX-License-Identifier: Apache-2.0
#pragma once
// Minimum, maximum and mean of a volume in modality units, gathered slice by
// slice on the loader's threads while each slice is still in the CPU's cache
// (LoadOptions::sliceReady), instead of a second single-threaded pass over
// hundreds of MiB afterwards (issue 16: that pass was 39 % of
// `custos-cli info --stats`).

#include "core/dicom/volume.h"

#include <cstdint>
#include <vector>

namespace custos::dicom {

struct VolumeStats
{
    double min = 0, max = 0, mean = 0;
};

class VolumeStatsGatherer
{
public:
    explicit VolumeStatsGatherer(const Volume& volume);

    // Thread-safe for distinct slices: each slice has its own entry.
    void addSlice(int k);
    // Every slice added: the volume's statistics in modality units.
    VolumeStats result() const;

private:
    struct Slice
    {
        double min = 0, max = 0, sum = 0;
        bool done = false;
    };
    const Volume& m_volume;
    std::vector<Slice> m_slices;
};

// The same, for a volume already in memory, in one pass on the calling thread.
VolumeStats volumeStats(const Volume& volume);

} // namespace custos::dicom
