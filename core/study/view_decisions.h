// SPDX-License-Identifier: Apache-2.0
#pragma once
// The ViewStudy decisions of one viewer window, kept in core so that ui
// only presents them. Each decision is the Guard's (recorded by it); this
// object only remembers them for the window:
//   - an allowed decision (not one under emergency access) is reused, so a
//     study is decided and recorded once per window, not at every rescan;
//   - a refusal, or an emergency decision, is asked again every time: the
//     grant may have begun or ended since;
//   - the studies the window may show are those with an allowed decision,
//     and only they leave with a --screenshot (one ExportImage each).

#include "core/dicom/catalog.h"
#include "core/policy/guard.h"
#include "core/study/study_access.h"

#include <QHash>
#include <QString>

#include <vector>

namespace custos::study {

class ViewDecisions
{
public:
    // The decision for `subject`'s study (see above). The Guard must outlive the call only.
    policy::Decision decide(policy::Guard& guard, const policy::Subject& subject, const QString& purpose);
    // A ViewDecider for core/study's admit(), bound to this object and `guard` (both must outlive it).
    ViewDecider decider(policy::Guard& guard, const QString& purpose);

    bool allowed(const QString& studyUid) const;
    // Before the window scans again (emergency access began or ended):
    // refusals and emergency decisions are forgotten, so they are asked again.
    void forgetRefusedAndEmergency();
    // The studies of `catalog` this window was allowed to show, each with
    // the patient of its instances (never masked: the audit trail names the
    // real patient), in the catalog's order.
    std::vector<policy::Subject> shown(const dicom::Catalog& catalog) const;

private:
    QHash<QString, policy::Decision> m_decisions; // study UID -> its latest decision in this window
};

} // namespace custos::study
