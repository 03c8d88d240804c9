// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/export: the one way DICOM files leave Custos. It takes the Guard's
// ExportPermit (only Guard::request() makes one), de-identifies as the
// permit says (a de-identified-only role gets de-identified files whatever
// was asked), writes all or nothing, holds back images with pixel PHI from
// a de-identified export, and records a failure after the permission.
//
// Images, clipboard, print, drag-out and --screenshot still write in ui/
// (each after its own Guard decision, watermarked); moving them here is
// the rest of issue 13's "one door in core" (docs/threat-model.md).

#include "core/common/result.h"
#include "core/deid/export_files.h"
#include "core/policy/guard.h"

#include <QDir>
#include <QStringList>

#include <functional>

namespace custos::exports {

// The files of one study with the permit the Guard gave for that study.
struct PermittedFiles
{
    const policy::ExportPermit* permit = nullptr; // a permit only the Guard can make
    QStringList files;
};

class DicomWriter
{
public:
    // `deidentifyAsked`: the person chose de-identified files; a permit can
    // only make it stricter. All or nothing across the batch, one UID
    // mapping for it all. `record` receives the failure event.
    static Result<deid::ExportedFiles> write(const std::vector<PermittedFiles>& batch, bool deidentifyAsked, const QDir& out,
                                             const policy::AuditSink& record = {}, const std::function<void()>& afterEach = {});
};

} // namespace custos::exports
