// SPDX-License-Identifier: Apache-2.0
#include "core/study/pacs_access.h"

#include "core/pacs/dicomweb_client.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/retrieved_study.h"

#include <QCoreApplication>

namespace custos::study {

namespace {
// lupdate extracts Text::tr("...") under "custos::study", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::study)
};
} // namespace

QString pacsProtocolName(bool dicomweb) { return dicomweb ? QStringLiteral("DICOMweb") : QStringLiteral("DICOM TLS"); }

namespace {
// The record says how the study came: C-MOVE names the destination it was sent to.
QString retrieveProtocol(const policy::PacsNode& node, bool dicomweb)
{
    if (!dicomweb && node.retrieve == policy::PacsRetrieve::Move)
        return QStringLiteral("DICOM TLS, C-MOVE to %1").arg(node.moveDestination.aeTitle);
    return pacsProtocolName(dicomweb);
}
} // namespace

policy::Subject querySubject(const policy::PacsNode& node, const pacs::QueryKeys& keys, bool dicomweb)
{
    policy::Subject subject;
    subject.patientId = keys.patientId;
    subject.patientName = keys.patientName;
    subject.description = QStringLiteral("PACS %1 (%2); query: %3").arg(node.name, pacsProtocolName(dicomweb), keys.describe());
    return subject;
}

policy::Subject retrieveSubject(const policy::PacsNode& node, const QString& studyInstanceUid, bool dicomweb)
{
    policy::Subject subject;
    subject.studyUid = studyInstanceUid;
    subject.description = QStringLiteral("from PACS %1 (%2)").arg(node.name, retrieveProtocol(node, dicomweb));
    return subject;
}

Result<std::vector<pacs::StudyMatch>> queryPacs(const policy::PacsNode& node, const pacs::QueryKeys& keys, bool dicomweb, pacs::PacsError* error,
                                                const pacs::BasicCredentials& basic)
{
    if (dicomweb) {
        pacs::DicomwebClient c(node);
        c.setBasicCredentials(basic);
        auto r = c.searchStudies(keys);
        if (error)
            *error = c.lastError();
        return r;
    }
    pacs::DimseClient c(node);
    auto r = c.findStudies(keys);
    if (error)
        *error = c.lastError();
    return r;
}

Result<std::vector<pacs::SeriesMatch>> querySeries(const policy::PacsNode& node, const QString& studyInstanceUid, bool dicomweb,
                                                   const pacs::BasicCredentials& basic)
{
    if (dicomweb) {
        pacs::DicomwebClient c(node);
        c.setBasicCredentials(basic);
        return c.searchSeries(studyInstanceUid);
    }
    return pacs::DimseClient(node).findSeries(studyInstanceUid);
}

PacsRetrieval retrieveFromPacs(const RetrieveRequest& request)
{
    PacsRetrieval out;
    out.subject = retrieveSubject(request.node, request.studyInstanceUid, request.dicomweb);
    if (!request.cache) {
        out.error = {pacs::Failure::Configuration, Text::tr("The encrypted cache is not available, and a retrieved study is kept nowhere else.")};
        out.outcome = QStringLiteral("retrieve failed: ") + out.error.message;
        return out;
    }
    pacs::RetrievedStudyWriter writer(request.cache, request.node.name, request.studyInstanceUid);
    QString keepProblem;
    auto sink = [&](pacs::RetrievedInstance&& i) {
        if (out.subject.patientId.isEmpty())
            if (auto info = pacs::inspectPart10(i.part10))
                out.subject.patientId = info.value().patientId, out.subject.patientName = info.value().patientName;
        if (auto added = writer.add(i); !added) {
            keepProblem = added.errorMessage();
            return false;
        }
        if (request.arrived)
            request.arrived(i);
        if (request.keepInMemory)
            out.kept.push_back(std::make_shared<const QByteArray>(std::move(i.part10)));
        return true;
    };
    Result<int> got = Error{QString()};
    if (request.dicomweb) {
        pacs::DicomwebClient c(request.node, request.timeoutSeconds);
        c.setBasicCredentials(request.basic);
        got = c.retrieveStudy(request.studyInstanceUid, sink, request.options);
        out.error = c.lastError();
    } else if (request.node.retrieve == policy::PacsRetrieve::Move) {
        // Where the site requires it: C-MOVE to Custos's own receiving SCP, into the same sink as C-GET.
        pacs::DimseClient c(request.node, request.timeoutSeconds);
        got = c.moveStudy(request.studyInstanceUid, sink, request.options);
        out.error = c.lastError();
        out.strayInstances = c.lastMoveReport().strayInstances;
        out.refusedAssociations = c.lastMoveReport().refusedAssociations;
    } else {
        pacs::DimseClient c(request.node, request.timeoutSeconds);
        got = c.getStudy(request.studyInstanceUid, sink, request.options);
        out.error = c.lastError();
    }
    // What Custos's receiving SCP turned away is part of the record (never kept).
    QString refusals;
    if (out.strayInstances > 0 || out.refusedAssociations > 0)
        refusals = QStringLiteral("; refused by the receiving SCP: %1 instances of another study, %2 associations from elsewhere")
                       .arg(out.strayInstances)
                       .arg(out.refusedAssociations);
    if (!keepProblem.isEmpty())
        out.error = {pacs::Failure::BadAnswer, keepProblem};
    else if (got && got.value() == 0)
        out.error = {pacs::Failure::Refused, Text::tr("The PACS \"%1\" has no instances of study %2.").arg(request.node.name, request.studyInstanceUid)};
    else if (got) {
        if (auto committed = writer.commit(); !committed)
            out.error = {pacs::Failure::BadAnswer, committed.errorMessage()};
        else
            out.ok = true;
    } else if (out.error.kind == pacs::Failure::None)
        out.error = {pacs::Failure::BadAnswer, got.errorMessage()};
    const QString protocol = retrieveProtocol(request.node, request.dicomweb);
    if (!out.ok) {
        out.kept.clear(); // nothing partial is shown as if it were the study
        out.instances = writer.count();
        out.subject.description = QStringLiteral("from PACS %1 (%2); failed after %3 instances, nothing kept as retrieved")
                                      .arg(request.node.name, protocol)
                                      .arg(writer.count());
        out.outcome = QStringLiteral("retrieve failed: ") + out.error.message + refusals;
        return out;
    }
    out.instances = got.value();
    out.error = {};
    out.subject.description = QStringLiteral("from PACS %1 (%2); %3 instances retrieved into the encrypted cache")
                                  .arg(request.node.name, protocol)
                                  .arg(out.instances);
    out.outcome = QStringLiteral("RetrieveStudy completed: %1 instances").arg(out.instances) + refusals;
    return out;
}

Result<std::vector<std::shared_ptr<const QByteArray>>> openRetrievedFromCache(cache::StudyCache& cache, const QString& node,
                                                                              const QString& studyInstanceUid)
{
    auto loaded = pacs::loadRetrievedStudy(cache, node, studyInstanceUid);
    if (!loaded)
        return loaded.error();
    std::vector<std::shared_ptr<const QByteArray>> out;
    for (pacs::RetrievedInstance& i : loaded.value())
        out.push_back(std::make_shared<const QByteArray>(std::move(i.part10)));
    return out;
}

audit::Event pacsOutcomeEvent(policy::Action action, const policy::Subject& subject, const policy::Requester& who,
                              const policy::Decision& decision, bool ok, const QString& what)
{
    audit::Event e = policy::decisionEvent(action, subject, {}, who, decision);
    e.outcome = ok ? audit::Outcome::Success : audit::Outcome::SeriousFailure;
    e.outcomeDescription = what;
    return e;
}

} // namespace custos::study
