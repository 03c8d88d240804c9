// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/dicom/catalog.h"

#include <QStringList>

#include <QByteArray>

#include <atomic>
#include <memory>
#include <vector>
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

// The same for instances held in memory (Part 10 byte streams retrieved from
// a PACS): nothing is read from or written to disk; each Instance keeps its bytes.
Catalog scanMemory(const std::vector<std::shared_ptr<const QByteArray>>& objects, const ScanOptions& options = {});
// Groups instances into studies, series and geometrically sorted stacks.
std::vector<Study> buildStudies(const std::vector<Instance>& instances);

} // namespace custos::dicom
