// SPDX-License-Identifier: Apache-2.0
#include "core/export/dicom_writer.h"
#include "core/export/export_common_p.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <map>

namespace custos::exports {

using detail::sameFolder;

std::vector<StudyFiles> groupByStudy(const dicom::Catalog& catalog, const QString& destination, const QString& how)
{
    std::map<QString, StudyFiles> byStudy;
    for (const dicom::Instance& i : catalog.instances) {
        StudyFiles& s = byStudy[i.studyInstanceUid];
        s.subject.patientId = i.patientId;
        s.subject.patientName = i.patientName;
        s.subject.studyUid = i.studyInstanceUid;
        s.subject.destination = destination;
        s.files << i.filePath;
    }
    std::vector<StudyFiles> out;
    for (auto& [uid, s] : byStudy) {
        s.subject.description = QStringLiteral("%1 files as %2").arg(s.files.size()).arg(how);
        out.push_back(std::move(s));
    }
    return out;
}

StudyDecisions requestEach(policy::Guard& guard, policy::Action action, const std::vector<StudyFiles>& studies, const QString& purpose)
{
    StudyDecisions out;
    for (const StudyFiles& s : studies) {
        out.decisions.push_back(guard.request(action, s.subject, purpose));
        if (!out.decisions.back().allowed())
            break; // one reason is enough; nothing is written either way
    }
    return out;
}

std::vector<PermittedFiles> StudyDecisions::batch(const std::vector<StudyFiles>& studies) const
{
    std::vector<PermittedFiles> out;
    for (std::size_t i = 0; i < studies.size() && i < decisions.size(); ++i)
        out.push_back({decisions[i].permit.get(), studies[i].files});
    return out;
}

Result<deid::ExportedFiles> DicomWriter::write(const std::vector<PermittedFiles>& batch, bool deidentifyAsked, const QDir& out,
                                               const policy::AuditSink& record, const std::function<void()>& afterEach)
{
    return write(batch, deidentifyAsked, out, deid::ExportSettings{}, record, afterEach);
}

Result<deid::ExportedFiles> DicomWriter::write(const std::vector<PermittedFiles>& batch, bool deidentifyAsked, const QDir& out,
                                               deid::ExportSettings settings, const policy::AuditSink& record,
                                               const std::function<void()>& afterEach)
{
    using policy::Action;
    std::vector<deid::ExportFile> toWrite;
    QString purpose;
    for (const PermittedFiles& part : batch) {
        if (!part.permit || (part.permit->action() != Action::ExportDicom && part.permit->action() != Action::ExportDeidentified))
            return Error{QCoreApplication::translate("custos::exports", "No permission to export these DICOM files; nothing was written.")};
        // Only into the folder the Guard checked against the export destinations.
        if (!sameFolder(out.absolutePath(), part.permit->subject().destination))
            return Error{QCoreApplication::translate("custos::exports", "The files may be written only to the folder that was checked (%1); nothing was written.")
                             .arg(part.permit->subject().destination)};
        const bool deidentify = deidentifyAsked || part.permit->deidentify() || part.permit->action() == Action::ExportDeidentified;
        for (const QString& f : part.files)
            toWrite.push_back({f, deidentify});
        purpose = part.permit->purpose();
    }
    if (settings.purpose.isEmpty())
        settings.purpose = purpose;
    auto written = deid::exportDicomFiles(deid::WriterKey(), toWrite, out, settings, afterEach);
    if (!written && record)
        record(detail::failedExport(QStringLiteral("DICOM export failed after it was allowed; partial output removed"), purpose));
    return written;
}

} // namespace custos::exports
