// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/export: the one way DICOM files leave Custos. It takes the Guard's
// ExportPermit (only Guard::request() makes one), de-identifies as the
// permit says (a de-identified-only role gets de-identified files whatever
// was asked), writes all or nothing, holds back images with pixel PHI from
// a de-identified export, and records a failure after the permission.
//
// Images, clipboard, print, drag-out and --screenshot leave through
// image_writer.h.

#include "core/common/result.h"
#include "core/deid/export_files.h"
#include "core/dicom/catalog.h"
#include "core/policy/guard.h"

#include <QDir>
#include <QStringList>

#include <functional>
#include <vector>

namespace custos::exports {

// The files of one study with the permit the Guard gave for that study.
struct PermittedFiles
{
    const policy::ExportPermit* permit = nullptr; // a permit only the Guard can make
    QStringList files;
};

// The files of one study and what the Guard is asked about them: the Guard
// decides per study, so a grant or a refusal names exactly what it covers.
struct StudyFiles
{
    policy::Subject subject;
    QStringList files;
};
// Every instance of the catalog grouped by study, each subject aimed at
// `destination` and described as "<n> files as <how>" (no patient data).
std::vector<StudyFiles> groupByStudy(const dicom::Catalog& catalog, const QString& destination, const QString& how);

// Asks the Guard for `action` on each study (each decision recorded) and
// stops at the first one not allowed: nothing is written when any is refused.
struct StudyDecisions
{
    std::vector<policy::Decision> decisions; // in the order of the studies, up to the refusal
    bool allowed() const { return !decisions.empty() && decisions.back().allowed(); }
    // The batch for DicomWriter::write (allowed() only).
    std::vector<PermittedFiles> batch(const std::vector<StudyFiles>& studies) const;
};
StudyDecisions requestEach(policy::Guard& guard, policy::Action action, const std::vector<StudyFiles>& studies, const QString& purpose);

class DicomWriter
{
public:
    // `deidentifyAsked`: the person chose de-identified files; a permit can
    // only make it stricter. All or nothing across the batch, one UID
    // mapping for it all. `record` receives the failure event.
    static Result<deid::ExportedFiles> write(const std::vector<PermittedFiles>& batch, bool deidentifyAsked, const QDir& out,
                                             const policy::AuditSink& record = {}, const std::function<void()>& afterEach = {});
    // The same with a research project's key and options, the risk
    // threshold and the provenance details (deid::ExportSettings). The
    // person and purpose of the manifest are taken from the permits.
    static Result<deid::ExportedFiles> write(const std::vector<PermittedFiles>& batch, bool deidentifyAsked, const QDir& out,
                                             deid::ExportSettings settings, const policy::AuditSink& record = {},
                                             const std::function<void()>& afterEach = {});
};

} // namespace custos::exports
