// SPDX-License-Identifier: Apache-2.0
#pragma once
// What a PACS conversation is about: the query keys a person types, the
// matches a PACS answers, the retrieved instances, and why a conversation
// failed, said so that the person knows which of the usual causes it was.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace custos::pacs {

// Why talking to a PACS failed. The sentence says which; the kind lets the
// viewer pick its banner and tests check the cause, not the wording.
enum class Failure {
    None,
    PlainRefused,          // no TLS on a node that is not a test node
    Down,                  // nothing answers at the address (refused, unreachable)
    Timeout,               // it answered too slowly, or stopped answering
    OldTlsOnly,            // the PACS offers only TLS older than the policy's minimum
    HandshakeRefused,      // the TLS handshake failed for another reason (ciphers, client certificate)
    UntrustedCertificate,  // its certificate does not chain to the policy's CA
    WrongHostName,         // its certificate names another host
    ExpiredCertificate,    // its certificate is outside its validity period
    AssociationRejected,   // DICOM said no (AE titles, no common SOP class)
    Refused,               // the PACS refused the request (status), or HTTP 4xx/5xx
    Interrupted,           // the connection broke in the middle
    Cancelled,             // the person cancelled
    BadAnswer,             // an answer Custos cannot read
    Configuration,         // the node's files (CA, certificate, key) cannot be used
    CredentialsMissing,    // the node wants a user name and password, and none were given
    CredentialsRefused,    // HTTP 401/403: the PACS refused the person's credentials
};
QString failureName(Failure failure); // "pacs-down", "untrusted-certificate", ...

struct PacsError
{
    Failure kind = Failure::None;
    QString message; // a sentence for the person at the screen; no PHI
};

// A person's user name and password for a PACS's DICOMweb (HTTP basic
// authentication). Held in memory only; never logged or audited.
struct BasicCredentials
{
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty() || password.isEmpty(); }
};

struct QueryKeys
{
    QString patientId;
    QString patientName; // DICOM wildcards * and ? allowed
    QString studyDate;   // YYYYMMDD or YYYYMMDD-YYYYMMDD
    QString modality;
    QString accessionNumber;
    QString studyInstanceUid;

    bool isEmpty() const;
    // "PatientName=DOE*; StudyDate=20200101-20201231" (for the audit trail only: may hold PHI).
    QString describe() const;
};

// Checks the keys a person typed; the error says which one and why.
QString checkQueryKeys(const QueryKeys& keys);

struct StudyMatch
{
    QString studyInstanceUid;
    QString patientName;
    QString patientId;
    QString patientBirthDate;
    QString studyDate;
    QString studyTime;
    QString studyDescription;
    QString accessionNumber;
    QStringList modalities;
    int numberOfSeries = -1;    // -1: the PACS did not say
    int numberOfInstances = -1;
};

struct SeriesMatch
{
    QString studyInstanceUid;
    QString seriesInstanceUid;
    QString modality;
    QString seriesDescription;
    int seriesNumber = 0;
    int numberOfInstances = -1;
};

// One received instance as a DICOM Part 10 byte stream (meta header and
// dataset, in the transfer syntax the PACS sent). Held in memory only.
struct RetrievedInstance
{
    QString sopInstanceUid;
    QString seriesInstanceUid;
    QString transferSyntax;
    QByteArray part10;
};

// Called for each instance as it arrives (frames can go into the volume at
// once); returning false stops the retrieval (as a cancel does).
using InstanceSink = std::function<bool(RetrievedInstance&&)>;

struct RetrieveOptions
{
    const std::atomic_bool* cancel = nullptr;
    std::function<void(int received, int expected)> progress; // expected -1 when unknown
};

} // namespace custos::pacs
