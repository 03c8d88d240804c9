// SPDX-License-Identifier: Apache-2.0
#pragma once
// How DICOM files leave Custos once the Guard allowed it: copied as they are
// or de-identified, under neutral names, all or nothing. Shared by the
// viewer's export dialog and custos-cli export.

#include "core/common/result.h"

#include <QDir>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace custos::exports {
class DicomWriter;
}

namespace custos::deid {

// Only core/export's DicomWriter can make one: writing DICOM out of Custos
// goes through the Guard's ExportPermit there, never straight to here.
class WriterKey
{
    friend class custos::exports::DicomWriter;
    WriterKey() = default;
};

// The next free "IM000001.<suffix>" in `dir` (counting on from `counter`):
// names carry no patient data and never overwrite what is there.
QString nextExportName(const QDir& dir, int& counter, const QString& suffix);

struct ExportFile
{
    QString path;
    bool deidentify = false;
};

// A file a de-identified export did not write, and why (pixelPhiRisk).
struct HeldBack
{
    QString source;
    QString reason;
};

struct ExportedFiles
{
    QStringList files;
    int burnedIn = 0; // de-identified files written although the de-identifier flagged their pixels
    // De-identified exports hold back images whose pixels carry patient data
    // (Burned In Annotation YES, secondary/screen captures, ultrasound):
    // nothing of them is written.
    std::vector<HeldBack> heldBack;
};

// Writes every file into `out`, except de-identified files with a pixel
// risk (held back, listed). De-identified files share one UID mapping
// for the whole export, so references between them stay intact. On the
// first failure everything written is removed. `afterEach` (optional, on
// the calling thread) after every file.
Result<ExportedFiles> exportDicomFiles(const WriterKey& key, const std::vector<ExportFile>& files, const QDir& out,
                                       const std::function<void()>& afterEach = {});

} // namespace custos::deid
