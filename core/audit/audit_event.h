// SPDX-License-Identifier: Apache-2.0
#pragma once
// An audit event with the fields of DICOM PS3.15 A.5 / IHE ATNA audit
// messages: who (active participants), did what (event ID/type, action),
// to what (participant objects: patient, study), when, from where, why
// (purpose of use), with what outcome.

#include <QDateTime>
#include <QString>

#include <vector>

namespace custos::audit {

// DICOM EventOutcomeIndicator.
enum class Outcome { Success = 0, MinorFailure = 4, SeriousFailure = 8, MajorFailure = 12 };

struct Code
{
    QString code;           // e.g. "110100"
    QString codingScheme;   // e.g. "DCM"
    QString meaning;        // e.g. "Application Activity"
};

struct ActiveParticipant
{
    QString userId;
    QString userName;
    Code role;               // e.g. 110153 Source Role ID, 110152 Destination; or a Custos role later
    bool requestor = false;
    QString networkAccessPoint; // host name or address
};

struct ParticipantObject
{
    int typeCode = 2;        // 1 person, 2 system object
    int typeCodeRole = 0;    // 1 patient, 3 report, 4 master file, ... (DICOM table A.5-3)
    Code idType;             // e.g. 2 "Patient Number" (RFC-3881), 110180 "Study Instance UID" (DCM)
    QString id;              // patient ID, study UID (PHI: encrypted at rest)
    QString name;            // patient name, if any
    QString detail;          // free text, e.g. number of instances
};

struct Event
{
    Code id;                 // EventID
    Code type;               // EventTypeCode (optional: empty code)
    QChar action = QLatin1Char('E'); // C create, R read, U update, D delete, E execute
    Outcome outcome = Outcome::Success;
    QString outcomeDescription;
    QString purposeOfUse;    // free text until the policy issue defines codes
    bool breakGlass = false;
    std::vector<ActiveParticipant> participants;
    std::vector<ParticipantObject> objects;
};

// Factories for the events Custos records. `user` is the acting user (the
// operating-system user until sign-in exists).
namespace events {
QString operatingSystemUser();
Event applicationStart(const QString& user, const QString& application);
Event applicationStop(const QString& user, const QString& application);
// 110103 DICOM Instances Accessed, one object per patient and per study.
Event studyOpened(const QString& user, const QString& patientId, const QString& patientName, const QString& studyUid,
                  int instances, const QString& purpose);
// 110113 Security Alert with a description (tamper found, keychain missing...).
Event securityAlert(const QString& user, const QString& description, Outcome outcome = Outcome::MinorFailure);
Event cachePurged(const QString& user, int objects);
Event keyRotation(const QString& user, bool dataReencrypted);
// The log itself: recovered after a crash, verified.
Event auditLogRecovered(const QString& description);

// 110114 User Authentication (PS3.15 A.5.3.14 / IHE ATNA "User
// Authentication"): one event for every sign-in attempt, successful or not,
// and for sign-out. `method` says how ("local account, password + TOTP",
// "OpenID Connect https://idp.example"), `detail` what happened ("TOTP
// SHA-1 6 digits", "wrong password or code", "account locked"). Failures
// are MinorFailure. Never put a password or code into either.
enum class AuthenticationType { Login, Logout };
Event userAuthentication(const QString& user, const QString& method, bool success, const QString& detail,
                         AuthenticationType type = AuthenticationType::Login);

// 110110 Patient Record, action U (C when the review SR is written): a
// radiologist's decision on an AI finding (accept, reject, correct, comment,
// sign). `objectUid` is the AI object's SOP Instance UID; `detail` says what
// was decided ("accepted seg:3", "rejected sr:…: false positive"), never
// free text the reviewer typed.
Event aiReviewAction(const QString& user, const QString& patientId, const QString& studyUid, const QString& objectUid,
                     const QString& detail, QChar action = QLatin1Char('U'));
} // namespace events

} // namespace custos::audit
