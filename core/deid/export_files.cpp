// SPDX-License-Identifier: Apache-2.0
#include "core/deid/export_files.h"

#include "core/crypto/aead.h"
#include "core/deid/deidentifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace custos::deid {

QString nextExportName(const QDir& dir, int& counter, const QString& suffix)
{
    QString path;
    do
        path = dir.filePath(QStringLiteral("IM%1.%2").arg(++counter, 6, 10, QLatin1Char('0')).arg(suffix));
    while (QFileInfo::exists(path));
    return path;
}

Result<ExportedFiles> exportDicomFiles(const WriterKey&, const std::vector<ExportFile>& files, const QDir& out, const std::function<void()>& afterEach)
{
    ExportedFiles written;
    auto fail = [&written](const QString& message) -> Result<ExportedFiles> {
        for (const QString& f : written.files)
            QFile::remove(f); // a failed export leaves nothing half-done
        return Error{message};
    };
    auto secret = crypto::randomBytes(32); // one UID mapping per export: references stay intact inside it
    if (!secret)
        return secret.error();
    UidMapper uids(secret.value());
    Deidentifier deidentifier(Options{}, uids);
    int counter = 0;
    for (const ExportFile& file : files) {
        if (file.deidentify) {
            if (auto risk = pixelPhiRisk(file.path)) {
                written.heldBack.push_back({file.path, *risk}); // cleaning the header would not make it anonymous
                if (afterEach)
                    afterEach();
                continue;
            }
        }
        const QString target = nextExportName(out, counter, QStringLiteral("dcm"));
        if (file.deidentify) {
            auto report = deidentifier.deidentifyFile(file.path, target);
            if (!report)
                return fail(QCoreApplication::translate("custos::deid", "File %1 of the export could not be de-identified: %2")
                                .arg(written.files.size() + 1)
                                .arg(report.errorMessage()));
            written.burnedIn += report.value().burnedInAnnotation ? 1 : 0;
        } else if (!QFile::copy(file.path, target)) {
            return fail(QCoreApplication::translate("custos::deid", "File %1 of the export could not be written to %2.")
                            .arg(written.files.size() + 1)
                            .arg(out.path()));
        }
        written.files << target;
        if (afterEach)
            afterEach();
    }
    return written;
}

} // namespace custos::deid
