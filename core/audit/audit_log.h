// SPDX-License-Identifier: Apache-2.0
#pragma once
// The append-only, hash-chained, encrypted audit trail in "<data>/audit/".
//
// Each record holds a sequence number, the time, the event, the SHA-256
// hash of the previous record and an HMAC-SHA-256 (key from the keychain)
// over all of it, so a person with file access alone can neither edit,
// insert, delete, reorder nor forge records. Records are encrypted at rest
// (AES-256-GCM under DEKs of the folder's DekStore, aad = segment id and
// sequence number) because they hold patient IDs. Checkpoints (sequence
// number and hash of the last record) are kept in the keychain every
// `checkpointEvery` records and on close, so truncating the tail is seen.
//
// Durability: append() returns only when the record is on disk (fdatasync);
// concurrent appenders share one sync (group commit). After a crash the
// log drops a torn last record, appends an "audit log recovered" event and
// reports it.

#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/crypto/key_manager.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace custos::audit {

struct Record
{
    quint64 seq = 0;         // 1, 2, 3, ...
    QDateTime time;          // UTC, milliseconds
    QString host;
    qint64 processId = 0;
    Event event;
    QByteArray previousHash; // SHA-256 of the previous record (32 zero bytes for seq 1)
    QByteArray hash;         // SHA-256 of this record's canonical bytes
    QString note;            // e.g. "personal mode: not for patient data in production"; empty: none
};

struct VerifyReport
{
    enum class Problem { None, Modified, Inserted, Deleted, Reordered, Truncated, Unreadable };
    Problem problem = Problem::None;
    quint64 records = 0;     // records that verified
    quint64 badRecord = 0;   // sequence number (or position) of the first bad record
    QString message;         // "OK: N records, chain intact" or what is wrong, for a person
    bool ok() const { return problem == Problem::None; }
};

struct AuditLogOptions
{
    int checkpointEvery = 100;
    quint64 recordsPerDek = quint64(1) << 20; // a new DEK (and segment) after this many records
    bool durable = true;                      // fdatasync before append() returns (tests of speed may turn it off)
    QString recordNote;                       // written into every record (Record::note)
};

class AuditLog
{
public:
    static Result<std::shared_ptr<AuditLog>> open(const QString& folder, std::shared_ptr<crypto::KeyManager> keys,
                                                  const AuditLogOptions& options = {});
    ~AuditLog();

    // Thread-safe. Returns the record's sequence number once it is durable.
    Result<quint64> append(const Event& event);
    quint64 lastSeq() const;
    // Set when open() found and repaired a torn tail.
    QString recoveryNote() const;

    // Reads and authenticates records [from, from + max).
    Result<std::vector<Record>> read(quint64 from, quint64 max = ~quint64(0));
    VerifyReport verify();
    QString folder() const;

    Result<void> rewrapKeys(); // after KeyManager::beginRotation()

private:
    AuditLog();
    struct Impl;
    std::unique_ptr<Impl> d;
};

QJsonObject toJson(const Record& record);
// The event alone, in the same JSON form as inside toJson() (custosd's
// protocol carries it as CBOR), and its inverse.
QJsonObject eventToJsonObject(const Event& event);
Result<Event> eventFromJsonObject(const QJsonObject& json);
// The inverse of toJson() ("hash" optional), for records read back from disk
// or exported; fails with a message naming the missing or malformed field.
Result<Record> recordFromJson(const QJsonObject& json);
// DICOM PS3.15 A.5 AuditMessage XML for one record.
QString toAtnaXml(const Record& record);
// An RFC 5424 syslog message (no framing): PRI 10 (authpriv.info... see .cpp),
// structured data [custos@32473 seq="N"] and the ATNA XML as the message.
QByteArray toSyslogMessage(const Record& record, const QString& appName);

} // namespace custos::audit
