// SPDX-License-Identifier: Apache-2.0
#include "core/audit/audit_event.h"

#include "core/audit/purpose.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace custos::audit {

namespace {

Code dcm(const char* code, const char* meaning)
{
    return {QLatin1String(code), QStringLiteral("DCM"), QLatin1String(meaning)};
}

Code rfc3881(const char* code, const char* meaning)
{
    return {QLatin1String(code), QStringLiteral("RFC-3881"), QLatin1String(meaning)};
}

// The person (or, before sign-in exists, the operating-system account) who
// asked for the action: UserIsRequestor, at this machine.
ActiveParticipant requestor(const QString& user)
{
    ActiveParticipant p;
    p.userId = user;
    p.userName = user;
    p.requestor = true;
    p.networkAccessPoint = QSysInfo::machineHostName();
    return p;
}

// PS3.15 A.5.3.1 Application Activity: the application itself (110150
// "Application") and the person who started or stopped it (110151
// "Application Launcher").
Event applicationActivity(const QString& user, const QString& application, Code type)
{
    Event e;
    e.id = dcm("110100", "Application Activity");
    e.type = std::move(type);
    e.action = QLatin1Char('E');
    ActiveParticipant app;
    app.userId = application;
    app.userName = application;
    app.role = dcm("110150", "Application");
    app.networkAccessPoint = QSysInfo::machineHostName();
    ActiveParticipant launcher = requestor(user);
    launcher.role = dcm("110151", "Application Launcher");
    e.participants = {app, launcher};
    return e;
}

// PS3.15 A.5.3.11 Security Alert. EventTypeCode is mandatory there and comes
// from CID 70 (Security Alert Type).
Event securityAlertOfType(const QString& user, Code type, const QString& description,
                          Outcome outcome)
{
    Event e;
    e.id = dcm("110113", "Security Alert");
    e.type = std::move(type);
    e.action = QLatin1Char('E');
    e.outcome = outcome;
    e.outcomeDescription = description;
    e.participants = {requestor(user)};
    return e;
}

} // namespace

namespace events {

QString operatingSystemUser()
{
#ifdef Q_OS_UNIX
    // The account the process really runs as comes first: $USER is only a
    // hint the person can set to anything ("USER=admin custos").
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty()) return value;
    }
    return QStringLiteral("unknown");
}

Event applicationStart(const QString& user, const QString& application)
{
    return applicationActivity(user, application, dcm("110120", "Application Start"));
}

Event applicationStop(const QString& user, const QString& application)
{
    return applicationActivity(user, application, dcm("110121", "Application Stop"));
}

Event studyOpened(const QString& user, const QString& patientId, const QString& patientName,
                  const QString& studyUid, int instances, const QString& purpose)
{
    // PS3.15 A.5.3.2 DICOM Instances Accessed, action R (read).
    Event e;
    e.id = dcm("110103", "DICOM Instances Accessed");
    e.action = QLatin1Char('R');
    e.purposeOfUse = purpose;
    e.participants = {requestor(user)};

    ParticipantObject patient;
    patient.typeCode = 1;     // person
    patient.typeCodeRole = 1; // patient
    patient.idType = rfc3881("2", "Patient Number");
    patient.id = patientId;
    patient.name = patientName;

    ParticipantObject study;
    study.typeCode = 2;     // system object
    study.typeCodeRole = 3; // report (DICOM uses it for the study)
    study.idType = dcm("110180", "Study Instance UID");
    study.id = studyUid;
    study.detail = QStringLiteral("%1 instances").arg(instances);

    e.objects = {patient, study};
    return e;
}

Event securityAlert(const QString& user, const QString& description, Outcome outcome)
{
    // A generic alert (tamper found, keychain missing, ...): the closest CID 70
    // type is 110129 "Security Configuration"; the description says what.
    return securityAlertOfType(user, dcm("110129", "Security Configuration"), description, outcome);
}

Event cachePurged(const QString& user, int objects)
{
    // PS3.15 A.5.3.2 defines 110103 "DICOM Instances Accessed" for instances
    // "created, read, updated, or deleted": a purge (crypto-shred) of cached
    // study data is action D (delete). The object is the cache itself, as a
    // data repository (RFC 3881 role 15), not a patient: a purge may cover
    // many patients and is not itself an access to PHI.
    Event e;
    e.id = dcm("110103", "DICOM Instances Accessed");
    e.action = QLatin1Char('D');
    e.participants = {requestor(user)};
    ParticipantObject cache;
    cache.typeCode = 2;
    cache.typeCodeRole = 15; // data repository
    cache.idType = rfc3881("12", "URI");
    cache.id = QStringLiteral("custos:study-cache");
    cache.detail = QStringLiteral("%1 objects purged (crypto-shredded)").arg(objects);
    e.objects = {cache};
    return e;
}

Event keyRotation(const QString& user, bool dataReencrypted)
{
    // CID 70 110135 "Object Security Attributes Changed": the keys that
    // protect stored objects changed. Reported as a security alert so the
    // collector sees every rotation.
    Event e = securityAlertOfType(
        user, dcm("110135", "Object Security Attributes Changed"),
        dataReencrypted ? QStringLiteral("Key-encryption key rotated; data re-encrypted.")
                        : QStringLiteral("Key-encryption key rotated; data keys re-wrapped."),
        Outcome::Success);
    ParticipantObject keys;
    keys.typeCode = 2;
    keys.typeCodeRole = 4; // resource
    keys.idType = rfc3881("12", "URI");
    keys.id = QStringLiteral("custos:key-encryption-key");
    keys.detail = dataReencrypted ? QStringLiteral("data re-encrypted")
                                  : QStringLiteral("data keys re-wrapped");
    e.objects = {keys};
    return e;
}

Event auditLogRecovered(const QString& description)
{
    // CID 70 110134 "Audit Recording Started": recording resumes after an
    // interruption (a crash or power loss cut the last write). MinorFailure
    // because the interrupted record (never acknowledged) is gone.
    return securityAlertOfType(operatingSystemUser(), dcm("110134", "Audit Recording Started"),
                               description, Outcome::MinorFailure);
}

Event userAuthentication(const QString& user, const QString& method, bool success, const QString& detail,
                         AuthenticationType type)
{
    // EventTypeCode (mandatory here): 110122 Login or 110123 Logout. The
    // person who signs in is the requestor, at this machine.
    Event e;
    e.id = dcm("110114", "User Authentication");
    e.type = type == AuthenticationType::Logout ? dcm("110123", "Logout") : dcm("110122", "Login");
    e.action = QLatin1Char('E');
    e.outcome = success ? Outcome::Success : Outcome::MinorFailure;
    e.outcomeDescription = detail.isEmpty() ? method : method + QStringLiteral("; ") + detail;
    e.participants = {requestor(user)};
    return e;
}

Event aiReviewAction(const QString& user, const QString& patientId, const QString& studyUid, const QString& objectUid,
                     const QString& detail, QChar action)
{
    // PS3.15 A.5.3.9 Patient Record: the review changes what the record says
    // about the AI's findings.
    Event e;
    e.id = dcm("110110", "Patient Record");
    e.action = action;
    e.purposeOfUse = purpose::aiFindingsReview;
    e.participants = {requestor(user)};

    ParticipantObject patient;
    patient.typeCode = 1;
    patient.typeCodeRole = 1;
    patient.idType = rfc3881("2", "Patient Number");
    patient.id = patientId;

    ParticipantObject study;
    study.typeCode = 2;
    study.typeCodeRole = 3;
    study.idType = dcm("110180", "Study Instance UID");
    study.id = studyUid;
    // A.5 has no object type for one SOP instance: the AI object's UID goes
    // with the study, in its description.
    study.detail = QStringLiteral("AI object %1: %2").arg(objectUid, detail);

    e.objects = {patient, study};
    return e;
}

} // namespace events

} // namespace custos::audit
