// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's audit trail with forward-secure sealing (after journald's
// Forward Secure Sealing and Bellare-Yee's forward-secure MACs).
//
// In "<state>/audit/":
//   trail.log    "CUSTOSTRAIL1" | key id (8) | frames...
//   sealing.key  the current epoch's sealing key (72 bytes, overwritten in place)
//
// Keys: k0 is random, made once by `custosd --init` and written to the
// verification key file (for the compliance officer, off the machine).
// k(e+1) = SHA-256("custos/fss/v1/evolve" | k(e)), one way: whoever holds
// k(e) can compute every later key and none before it. Epoch e covers the
// times [t0 + e*L, t0 + (e+1)*L). When an epoch ends the service writes a
// seal frame for it (MACed with k(e), naming the next epoch), makes it
// durable, then overwrites k(e) with the next key.
//
// Frame (integers little-endian):
//   u32 length of the rest
//   u8 kind (1 record, 2 seal) | u64 seq | i64 time (ms since 1970, UTC)
//   | u64 epoch | u32 uid | i64 pid | 32 bytes MAC of the previous frame
//   | u32 n | CBOR payload (n bytes) | 32 bytes MAC
//   MAC = HMAC-SHA-256(SHA-256("custos/fss/v1/mac" | k(epoch)),
//                      "custos/fss/v1" | key id | everything from kind to the payload)
//
// The uid and pid are those the service read from the kernel for the
// connection (SO_PEERCRED), never what the client said. The payload of a
// record is {"event": <audit event>, "user": <account name of uid>,
// "host": ...}; of a seal {"next": <next epoch>, "sealedAt": <ms>}.
//
// The verifier (verifyTrail) derives every epoch's key from k0 and accepts
// a frame only under the key of the epoch it claims, and only if that
// epoch is the one its position and its time give: the same epoch as the
// frame before it, or the epoch that frame's seal named. So a record of a
// past epoch re-sealed with the current key is refused (journald's
// CVE-2023-31439 accepted such entries), and so is a past epoch rewritten
// by someone who holds the current state. What the current epoch's key
// protects (records since the last seal) can be rewritten by whoever holds
// that key: the report says how many records that is.

#include "core/audit/audit_event.h"
#include "core/audit/audit_log.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <memory>
#include <vector>

namespace custos::service {

inline constexpr qint64 kDefaultEpochSeconds = 15 * 60;

struct VerificationKey
{
    QByteArray k0;    // 32 bytes
    qint64 t0Ms = 0;  // start of epoch 0
    qint64 epochSeconds = kDefaultEpochSeconds;
    QByteArray keyId() const; // 8 bytes, written into the trail's header
    QByteArray encode() const; // "custos-fss-v1:<hex k0>:<t0 ms>:<epoch seconds>\n"
};
Result<VerificationKey> decodeVerificationKey(const QByteArray& text);
Result<VerificationKey> readVerificationKeyFile(const QString& path);

QString trailPath(const QString& stateDir);
QString sealingKeyPath(const QString& stateDir);

// `custosd --init`: makes "<state>/audit" (0700), the sealing key at epoch 0
// and the trail's header, and writes the verification key to `keyFile`
// (created, never overwritten: mode 0400, owned by the caller, root in
// production). With `owner` (a uid), the state folder is handed to it.
Result<void> initializeTrail(const QString& stateDir, const QString& keyFile, qint64 epochSeconds, int owner = -1);

struct TrailEntry
{
    enum class Kind : quint8 { Record = 1, Seal = 2 };
    Kind kind = Kind::Record;
    quint64 seq = 0;
    qint64 timeMs = 0;
    quint64 epoch = 0;
    quint32 uid = 0;
    qint64 pid = 0;
    QByteArray previousMac; // 32
    QByteArray payload;     // CBOR
    QByteArray mac;         // 32
    qint64 offset = 0;      // of its length field in the file
    qint64 size = 0;        // bytes in the file, length field included

    QCborMap payloadMap() const;
    // The record as the rest of Custos shows, exports and forwards it: the
    // event, with the OS user the service observed added as a participant.
    audit::Record toRecord() const;
};

// The writer (custosd's group commit, on its socket thread, is its only user).
class SealedTrail
{
public:
    struct Options
    {
        QString host;
    };
    static Result<std::unique_ptr<SealedTrail>> open(const QString& stateDir, Options options = {});
    ~SealedTrail();

    struct Pending
    {
        audit::Event event;
        quint32 uid = 0;
        qint64 pid = 0;
        // The account name of uid, when the caller already knows it (the
        // server looks it up once per connection); empty: looked up here.
        QString user = {};
    };
    // Writes every record of the batch and makes them durable with one
    // fdatasync (group commit); returns their sequence numbers. After a
    // failed sync the trail refuses everything (the disk is not trusted).
    Result<std::vector<quint64>> append(const std::vector<Pending>& batch);
    // Seals the current epoch and moves the key on when its time is over.
    Result<void> evolveIfDue();
    qint64 msUntilNextEpoch() const;
    quint64 lastSeq() const;
    quint64 epoch() const;
    // What open() repaired (a torn tail), for an audit event; empty if nothing.
    QString recoveryNote() const;

private:
    SealedTrail();
    struct Impl;
    std::unique_ptr<Impl> d;
};

struct TrailReport
{
    bool ok = false;
    QString message;           // for a person: OK with figures, or the first problem
    quint64 records = 0;       // frames that verified (records and seals)
    quint64 sealedEpochs = 0;
    quint64 unsealedRecords = 0; // in the current epoch: protected by the current key only
    quint64 badSeq = 0;        // first frame that did not verify
};
TrailReport verifyTrail(const QString& trailFile, const VerificationKey& key);

// Every frame, structurally (no MAC check): for listing and for tests.
Result<std::vector<TrailEntry>> readTrail(const QString& trailFile);

// The format's parts, for the verifier, the benchmark and tests that play
// an attacker holding the machine's current state.
namespace detail {
QByteArray evolve(const QByteArray& key);
QByteArray macKey(const QByteArray& key);
QByteArray frameMac(const QByteArray& macKey, const QByteArray& keyId, const TrailEntry& e);
QByteArray encodeFrame(const TrailEntry& e); // with e.mac
struct SealingKey
{
    quint64 epoch = 0;
    qint64 t0Ms = 0;
    qint64 epochSeconds = 0;
    QByteArray key;
    QByteArray keyId;
};
Result<SealingKey> readSealingKey(const QString& stateDir);
inline constexpr int kHeaderBytes = 20;
} // namespace detail

} // namespace custos::service
