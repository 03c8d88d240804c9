// SPDX-License-Identifier: Apache-2.0
#include "core/export/pacs_send.h"

#include "core/pacs/dicomweb_client.h"
#include "core/study/pacs_access.h"

#include <QCoreApplication>

#include <map>

namespace custos::exports {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::exports)
};
} // namespace

int PacsSend::count() const
{
    int n = 0;
    for (const PacsSendStudy& s : studies)
        n += int(s.items.size());
    return n;
}

Result<PacsSend> planPacsSend(const policy::PacsNode& node, bool dicomweb, std::vector<pacs::StoreItem> items)
{
    PacsSend send;
    send.node = node;
    send.dicomweb = dicomweb;
    if (items.empty())
        return Error{Text::tr("There is nothing to send.")};
    std::map<QString, std::size_t> indexOf; // study UID -> studies[i], in the order first seen
    for (pacs::StoreItem& item : items) {
        auto info = pacs::inspectPart10(item.part10);
        if (!info)
            return Error{Text::tr("%1 is not a DICOM object that can be sent: %2").arg(item.label, info.errorMessage())};
        if (info.value().studyInstanceUid.isEmpty())
            return Error{Text::tr("%1 names no study (Study Instance UID), so no PACS can file it.").arg(item.label)};
        auto [it, added] = indexOf.emplace(info.value().studyInstanceUid, send.studies.size());
        if (added) {
            PacsSendStudy study;
            study.subject.studyUid = info.value().studyInstanceUid;
            study.subject.patientId = info.value().patientId;
            study.subject.patientName = info.value().patientName;
            send.studies.push_back(std::move(study));
        }
        send.studies[it->second].items.push_back(std::move(item));
        send.studies[it->second].headers.push_back(std::move(info).value());
    }
    for (PacsSendStudy& s : send.studies)
        s.subject.description = QStringLiteral("%1 objects to PACS %2 (%3)")
                                    .arg(s.items.size())
                                    .arg(node.name, study::pacsProtocolName(dicomweb));
    return send;
}

PacsSendAuthorization authorizePacsSend(policy::Guard& guard, PacsSend& send, const QString& purpose, const CompleteTraining& train)
{
    PacsSendAuthorization out;
    // Every study is decided before anything is sent: one refusal, nothing leaves.
    for (PacsSendStudy& s : send.studies) {
        const TrainedDecision d = requestWithTraining(guard, policy::Action::SendToPacs, s.subject, purpose, train);
        s.decision = d.decision;
        if (d.trainingNotCompleted || !d.decision.allowed()) {
            out.trainingNotCompleted = d.trainingNotCompleted;
            out.reason = d.decision.reason.isEmpty() ? Text::tr("Sending to the PACS was not allowed.") : d.decision.reason;
            return out;
        }
        if (d.decision.forceDeidentify) {
            out.reason = Text::tr("Your role sends de-identified data only, and Custos cannot yet de-identify for a PACS; "
                                  "nothing was sent.");
            return out;
        }
    }
    out.allowed = true;
    return out;
}

PacsSendOutcome transmitPacsSend(const PacsSend& send, int timeoutSeconds)
{
    PacsSendOutcome out;
    out.studies.resize(send.studies.size());
    out.complete = true;
    for (std::size_t i = 0; i < send.studies.size(); ++i) {
        const PacsSendStudy& s = send.studies[i];
        PacsSendOutcome::Study& o = out.studies[i];
        o.attempted = true;
        auto sent = [&] {
            if (!send.dicomweb)
                return pacs::DimseClient(send.node, timeoutSeconds).store(s.items);
            pacs::DicomwebClient web(send.node, timeoutSeconds);
            web.setBasicCredentials(send.basic);
            return web.store(s.items);
        }();
        o.stored = sent ? sent.value().stored : 0;
        o.complete = sent && sent.value().failures.isEmpty() && o.stored == int(s.items.size());
        out.stored += o.stored;
        if (!o.complete) {
            out.complete = false;
            if (!sent)
                out.error = sent.errorMessage();
            else if (!sent.value().failures.isEmpty())
                out.error = sent.value().failures.join(QLatin1Char('\n'));
            else
                out.error = Text::tr("The PACS \"%1\" stored %2 of %3 objects.").arg(send.node.name).arg(o.stored).arg(s.items.size());
            break;
        }
    }
    return out;
}

std::vector<audit::Event> pacsSendEvents(const PacsSend& send, const PacsSendOutcome& outcome, const policy::Requester& who)
{
    std::vector<audit::Event> events;
    for (std::size_t i = 0; i < send.studies.size() && i < outcome.studies.size(); ++i) {
        const PacsSendOutcome::Study& o = outcome.studies[i];
        if (!o.attempted)
            continue;
        const PacsSendStudy& s = send.studies[i];
        events.push_back(study::pacsOutcomeEvent(policy::Action::SendToPacs, s.subject, who, s.decision, o.complete,
                                                 o.complete ? QStringLiteral("SendToPacs completed: %1 instances to %2").arg(o.stored).arg(send.node.name)
                                                            : QStringLiteral("send to %1 incomplete: %2 of %3 stored")
                                                                  .arg(send.node.name)
                                                                  .arg(o.stored)
                                                                  .arg(s.items.size())));
    }
    return events;
}

} // namespace custos::exports
