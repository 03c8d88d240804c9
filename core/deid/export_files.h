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

namespace custos::deid {

// The next free "IM000001.<suffix>" in `dir` (counting on from `counter`):
// names carry no patient data and never overwrite what is there.
QString nextExportName(const QDir& dir, int& counter, const QString& suffix);

struct ExportFile
{
    QString path;
    bool deidentify = false;
};

struct ExportedFiles
{
    QStringList files;
    int burnedIn = 0; // de-identified files whose pixels may carry text
};

// Writes every file into `out`. De-identified files share one UID mapping
// for the whole export, so references between them stay intact. On the
// first failure everything written is removed. `afterEach` (optional, on
// the calling thread) after every file.
Result<ExportedFiles> exportDicomFiles(const std::vector<ExportFile>& files, const QDir& out,
                                       const std::function<void()>& afterEach = {});

} // namespace custos::deid
