// SPDX-License-Identifier: Apache-2.0
#include "core/study/view_decisions.h"

namespace custos::study {

policy::Decision ViewDecisions::decide(policy::Guard& guard, const policy::Subject& subject, const QString& purpose)
{
    const auto known = m_decisions.constFind(subject.studyUid);
    if (known != m_decisions.constEnd() && known->allowed() && !known->underBreakGlass)
        return *known; // decided (and recorded) once per study and window
    const policy::Decision d = guard.request(policy::Action::ViewStudy, subject, purpose);
    m_decisions.insert(subject.studyUid, d);
    return d;
}

ViewDecider ViewDecisions::decider(policy::Guard& guard, const QString& purpose)
{
    return [this, &guard, purpose](const policy::Subject& subject) { return decide(guard, subject, purpose); };
}

bool ViewDecisions::allowed(const QString& studyUid) const
{
    const auto known = m_decisions.constFind(studyUid);
    return known != m_decisions.constEnd() && known->allowed();
}

void ViewDecisions::forgetRefusedAndEmergency()
{
    for (auto it = m_decisions.begin(); it != m_decisions.end();)
        it = it->underBreakGlass || !it->allowed() ? m_decisions.erase(it) : std::next(it);
}

std::vector<policy::Subject> ViewDecisions::shown(const dicom::Catalog& catalog) const
{
    std::vector<policy::Subject> out;
    for (const dicom::Study& study : catalog.studies) {
        if (!allowed(study.studyInstanceUid))
            continue;
        policy::Subject s;
        s.studyUid = study.studyInstanceUid;
        for (const dicom::Instance& i : catalog.instances)
            if (i.studyInstanceUid == study.studyInstanceUid) {
                s.patientId = i.patientId; // the instances are never masked
                s.patientName = i.patientName;
                break;
            }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace custos::study
