// SPDX-License-Identifier: Apache-2.0
// The audit event of each Guard decision (DICOM PS3.15 A.5.3). Allowed
// actions are recorded as what they are (instances accessed, exported,
// transferred, audit log used, ...); anything refused is a 110113 Security
// Alert of type 110132 "Use of Restricted Function", so the collector sees
// every attempt that a role, a locked session or missing training stopped.

#include "core/policy/guard.h"

#include <QSysInfo>

namespace custos::policy {

namespace {

audit::Code dcm(const char* code, const char* meaning)
{
    return {QLatin1String(code), QStringLiteral("DCM"), QLatin1String(meaning)};
}

struct EventShape
{
    audit::Code id;
    audit::Code type;
    QChar action;
};

EventShape allowedShape(Action action)
{
    switch (action) {
    case Action::ViewStudy:
    case Action::ReviewAiFindings:
        return {dcm("110103", "DICOM Instances Accessed"), {}, QLatin1Char('R')};
    case Action::ExportDicom:
    case Action::ExportDeidentified:
    case Action::ExportImage:
    case Action::CopyToClipboard:
    case Action::Print:
    case Action::DragOut:
        return {dcm("110106", "Export"), {}, QLatin1Char('R')};
    case Action::SendToPacs:
        return {dcm("110104", "DICOM Instances Transferred"), {}, QLatin1Char('R')};
    case Action::RetrieveStudy: // DICOM's event for instances received from a peer (action C: created here)
        return {dcm("110104", "DICOM Instances Transferred"), {}, QLatin1Char('C')};
    case Action::ViewAuditTrail:
    case Action::ExportAuditTrail:
    case Action::ReviewBreakGlass:
        return {dcm("110101", "Audit Log Used"), {}, QLatin1Char('R')};
    case Action::UnlockSession:
        return {dcm("110114", "User Authentication"), dcm("110122", "Login"), QLatin1Char('E')};
    case Action::StartBreakGlass:
        return {dcm("110113", "Security Alert"), dcm("110127", "Emergency Override Started"), QLatin1Char('E')};
    case Action::ViewPolicy:
    case Action::ManagePolicy:
        return {dcm("110113", "Security Alert"), dcm("110129", "Security Configuration"), QLatin1Char('E')};
    case Action::ManageUsers:
        return {dcm("110113", "Security Alert"), dcm("110137", "User Security Attributes Changed"), QLatin1Char('E')};
    case Action::ManageCache:
        return {dcm("110103", "DICOM Instances Accessed"), {}, QLatin1Char('E')};
    case Action::QueryPacs:
        return {dcm("110112", "Query"), {}, QLatin1Char('E')};
    case Action::ComplianceReport:
    case Action::ComplianceReportIdentified:
        return {dcm("110101", "Audit Log Used"), {}, QLatin1Char('R')};
    case Action::OverrideDeidRisk:
        return {dcm("110113", "Security Alert"), dcm("110132", "Use of Restricted Function"), QLatin1Char('E')};
    }
    return {dcm("110113", "Security Alert"), dcm("110132", "Use of Restricted Function"), QLatin1Char('E')};
}

} // namespace

audit::Event decisionEvent(Action action, const Subject& subject, const QString& purpose, const Requester& who,
                           const Decision& decision)
{
    audit::Event e;
    if (decision.allowed()) {
        const EventShape shape = allowedShape(action);
        e.id = shape.id;
        e.type = shape.type;
        e.action = shape.action;
        e.outcome = audit::Outcome::Success;
        QStringList notes{actionName(action) + QStringLiteral(" allowed")};
        if (!decision.role.isEmpty())
            notes << QStringLiteral("role ") + decision.role;
        if (decision.forceDeidentify)
            notes << QStringLiteral("de-identification forced");
        if (decision.underBreakGlass)
            notes << QStringLiteral("under break-glass grant ") + decision.breakGlassGrantId;
        e.outcomeDescription = notes.join(QStringLiteral("; "));
    } else {
        e.id = dcm("110113", "Security Alert");
        e.type = dcm("110132", "Use of Restricted Function");
        e.action = QLatin1Char('E');
        e.outcome = audit::Outcome::MinorFailure;
        QString what = actionName(action) + QLatin1Char(' ') + decisionKindName(decision.kind);
        if (!decision.trainingModule.isEmpty())
            what += QStringLiteral(" (") + decision.trainingModule + QLatin1Char(')');
        e.outcomeDescription = what + QStringLiteral(": ") + decision.reason;
    }
    e.purposeOfUse = purpose;
    e.breakGlass = decision.underBreakGlass;

    audit::ActiveParticipant p;
    p.userId = who.identity.subject.isEmpty() ? audit::events::operatingSystemUser() : who.identity.subject;
    p.userName = who.identity.userName.isEmpty() ? p.userId : who.identity.userName;
    const QString roles = who.identity.roles.join(QLatin1Char(','));
    if (!roles.isEmpty())
        p.role = {roles, QStringLiteral("99CUSTOS"), QStringLiteral("Custos role")};
    p.requestor = true;
    p.networkAccessPoint = QSysInfo::machineHostName();
    e.participants = {p};

    if (!subject.patientId.isEmpty() || !subject.patientName.isEmpty()) {
        audit::ParticipantObject patient;
        patient.typeCode = 1;
        patient.typeCodeRole = 1;
        patient.idType = {QStringLiteral("2"), QStringLiteral("RFC-3881"), QStringLiteral("Patient Number")};
        patient.id = subject.patientId;
        patient.name = subject.patientName;
        e.objects.push_back(patient);
    }
    if (!subject.studyUid.isEmpty()) {
        audit::ParticipantObject study;
        study.typeCode = 2;
        study.typeCodeRole = 3;
        study.idType = dcm("110180", "Study Instance UID");
        study.id = subject.studyUid;
        QStringList detail;
        if (!subject.seriesUid.isEmpty())
            detail << QStringLiteral("series ") + subject.seriesUid;
        if (!subject.description.isEmpty())
            detail << subject.description;
        if (!subject.destination.isEmpty())
            detail << QStringLiteral("to ") + subject.destination;
        study.detail = detail.join(QStringLiteral("; "));
        e.objects.push_back(study);
    } else if (!subject.description.isEmpty()) {
        audit::ParticipantObject object;
        object.typeCode = 2;
        object.typeCodeRole = 4; // resource
        object.idType = {QStringLiteral("12"), QStringLiteral("RFC-3881"), QStringLiteral("URI")};
        object.id = QStringLiteral("custos:") + actionName(action);
        object.detail = subject.description;
        e.objects.push_back(object);
    }
    return e;
}

} // namespace custos::policy
