// SPDX-License-Identifier: Apache-2.0
#pragma once
// The audit trail on disk. Format (version 1), in "<folder>/":
//
//   segment-000001.log, segment-000002.log, ...   one DEK per segment
//     header: "CUSTOSAUD" | u8 version | u32 segment number | u8 n | DEK id (n bytes)
//     frames: u32 body length | body = u64 seq | AES-256-GCM(nonce | ciphertext | tag)
//             aad "custos/audit/v1/<segment>/<seq>"   (integers little-endian)
//   keys.dek          the segments' DEKs, wrapped by the KEK (crypto::DekStore)
//   audit.lock        flock: one writer at a time
//   *.torn-<time>     bytes cut from a torn tail, kept for forensics (still sealed)
//
// The seq is in clear in front of the ciphertext (bound to it by the aad)
// so that records can be found and a reordered or replayed record named
// without trial decryption. The plaintext is the record's canonical JSON
// (toJson(), compact, keys sorted by QJsonDocument) with "mac" spliced in as
// the last member: MAC = HMAC-SHA-256(audit MAC key, canonical bytes),
// hash = SHA-256(plaintext). Verification works on the stored bytes and
// never re-serialises, so a future Qt that formats JSON differently cannot
// break old records.
//
// Internal to AuditLog (audit_log.cpp, audit_recovery.cpp, audit_verifier.cpp):
// this header declares the encoding and decoding of that format, the
// sealing and authentication of records, and the keychain entries the log
// keeps (audit_format.cpp). None of it does I/O beyond mapping a file.

#include "core/audit/audit_log.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <algorithm>
#include <optional>
#include <vector>

namespace custos::audit::detail {

// ------------------------------------------------------------ segment files

QString segmentFileName(quint32 number);

// A read-only memory map of (a prefix of) a segment file.
struct MappedFile
{
    QFile file;
    const char* data = nullptr;
    qint64 size = 0;

    // `limit` < 0: the whole file as it is now.
    bool map(const QString& path, qint64 limit = -1)
    {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) return false;
        size = limit < 0 ? file.size() : std::min(limit, file.size());
        if (size == 0) return true;
        data = reinterpret_cast<const char*>(file.map(0, size));
        return data != nullptr;
    }
};

struct Header
{
    enum class State { Ok, Incomplete, Invalid } state = State::Invalid;
    quint32 number = 0;
    QByteArray dekId;
    qint64 size = 0;
};

QByteArray encodeHeader(quint32 number, const QByteArray& dekId);
Header decodeHeader(const char* data, qint64 size);

struct Frame
{
    qint64 offset = 0; // of the length field
    quint32 body = 0;
    quint64 seq = 0; // in clear, authenticated as part of the aad
    qint64 end() const { return offset + 4 + body; }
};

enum class Step { Frame, End, Broken };

Step nextFrame(const char* data, qint64 size, qint64& pos, Frame& out, QString& why);

// ------------------------------------------------------------ records

struct Authenticated
{
    enum class Failure { None, Decrypt, Mac, Format } failure = Failure::None;
    quint64 seq = 0;
    QByteArray previousHash;
    QByteArray hash;
    QByteArray canonical; // the JSON without "mac"
    bool ok() const { return failure == Failure::None; }
};

Authenticated authenticate(const char* data, const Frame& f, quint32 segment, const QByteArray& key,
                           const QByteArray& macKey);

struct SealedRecord
{
    QByteArray frame;
    QByteArray hash;
};

Result<SealedRecord> sealRecord(const Record& record, quint32 segment, const QByteArray& key,
                                const QByteArray& macKey);

// ------------------------------------------------------------ keychain entries

inline const QString kMacKeyName = QStringLiteral("audit-mac");
inline const QString kCheckpointName = QStringLiteral("audit-checkpoint");
inline const QString kTruncationName = QStringLiteral("audit-truncation");

struct Checkpoint
{
    quint64 seq = 0;
    QByteArray hash;
};

// "seq:hexhash"
std::optional<Checkpoint> decodeCheckpoint(const QByteArray& bytes);

// Truncations found by open(): records [from, to] were cut ("cut"), or the
// record `to` no longer matched its checkpoint ("rewritten").
struct Incident
{
    QString kind;
    quint64 from = 0;
    quint64 to = 0;
    QString found;
};

std::vector<Incident> decodeIncidents(const QByteArray& bytes);

} // namespace custos::audit::detail
