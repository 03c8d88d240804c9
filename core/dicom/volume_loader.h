// SPDX-License-Identifier: Apache-2.0
#pragma once
// Loads a stack into a Volume on worker threads: the priority slice first
// (what the viewer shows), then the rest; progress and cancellation. Frames
// are read or decoded straight into the volume buffer wherever the stored
// layout allows, so pixel data is not copied twice.

#include "core/common/result.h"
#include "core/dicom/catalog.h"
#include "core/dicom/volume.h"
#include "core/dicom/volume_stats.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace custos::dicom {

struct LoadOptions
{
    int threads = 0;         // 0: one per core
    int prioritySlice = -1;  // decoded first; -1: slice 0
    const std::atomic_bool* cancel = nullptr;
    // Both are called on worker threads and must be thread-safe.
    std::function<void(int slice)> sliceReady;
    std::function<void(int done, int total)> progress;
    // Gather min/max/mean on the loader's threads, each slice as it lands.
    bool gatherStats = false;
};

struct LoadReport
{
    std::vector<FileError> errors; // frames that could not be decoded
    bool cancelled = false;
    int decodedSlices = 0;
    // With LoadOptions::gatherStats and every frame decoded.
    std::optional<VolumeStats> stats;
};

// Allocates the volume for a stack and fills its geometry and modality LUT;
// no pixel is read. The UI can show it at once and watch slices arrive.
std::shared_ptr<Volume> createVolume(const Catalog& catalog, const Stack& stack);

// Decodes every frame of the stack into the volume.
LoadReport fillVolume(const Catalog& catalog, const Stack& stack, Volume& volume, const LoadOptions& options = {});

// createVolume + fillVolume; fails when the load was cancelled or no frame
// could be decoded.
Result<std::shared_ptr<Volume>> loadStack(const Catalog& catalog, const Stack& stack, const LoadOptions& options = {},
                                          LoadReport* report = nullptr);

} // namespace custos::dicom
