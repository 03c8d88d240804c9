// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/dicom/catalog.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace custos::dicom {

struct ScanOptions
{
    // Called from worker threads; must be thread-safe.
    std::function<void(int done, int total)> progress;
    const std::atomic_bool* cancel = nullptr;
    int threads = 0; // 0: one per core
};

// Scans files, folders (recursively) and DICOMDIRs. Files that are not DICOM
// are skipped silently; broken DICOM files are listed in Catalog::errors and
// never stop the others. The result is grouped and sorted (buildStudies).
Catalog scanPaths(const QStringList& paths, const ScanOptions& options = {});

// Groups instances into studies, series and geometrically sorted stacks.
std::vector<Study> buildStudies(const std::vector<Instance>& instances);

} // namespace custos::dicom
