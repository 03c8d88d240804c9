// SPDX-License-Identifier: Apache-2.0
// verifyTrail(): proves, with the verification key k0, that no frame of an
// epoch before the current one was changed, inserted, removed, reordered or
// re-sealed under a later epoch's key. The rules, for every frame in order:
//   1. its seq follows the previous one and it names the previous frame's MAC;
//   2. its epoch is the previous frame's epoch, or, right after a seal, the
//      epoch that seal named (a seal closes its epoch: nothing may follow
//      in it) — so epochs only move forward, and only through seals;
//   3. its time lies inside its epoch and not before the previous frame's;
//   4. its MAC verifies under the key of exactly that epoch.
// Rules 2 and 3 are what journald's verifier lacked (CVE-2023-31439): an
// old entry re-sealed with the current key claims the current epoch, which
// neither its position nor its time allows.

#include "core/service/sealed_trail_p.h"
#include "core/service/service_protocol.h"

#include <QDateTime>
#include <QFile>
#include <QObject>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <algorithm>
#include <cstring>

namespace custos::service {

using namespace detail;

namespace {

// HMAC-SHA-256 with the key's inner and outer states computed once per
// epoch (the verifier handles hundreds of thousands of frames a second).
class FastHmac
{
public:
    FastHmac() : m_inner(EVP_MD_CTX_new()), m_outer(EVP_MD_CTX_new()), m_work(EVP_MD_CTX_new()) {}
    ~FastHmac()
    {
        EVP_MD_CTX_free(m_inner);
        EVP_MD_CTX_free(m_outer);
        EVP_MD_CTX_free(m_work);
    }
    FastHmac(const FastHmac&) = delete;
    FastHmac& operator=(const FastHmac&) = delete;

    void setKey(const QByteArray& key, const QByteArray& prefix)
    {
        unsigned char pad[64];
        std::memset(pad, 0, sizeof pad);
        std::memcpy(pad, key.constData(), std::min<size_t>(size_t(key.size()), 64)); // 32-byte keys: no hashing
        unsigned char ipad[64], opad[64];
        for (int i = 0; i < 64; ++i) {
            ipad[i] = pad[i] ^ 0x36;
            opad[i] = pad[i] ^ 0x5c;
        }
        EVP_DigestInit_ex(m_inner, EVP_sha256(), nullptr);
        EVP_DigestUpdate(m_inner, ipad, 64);
        EVP_DigestUpdate(m_inner, prefix.constData(), size_t(prefix.size()));
        EVP_DigestInit_ex(m_outer, EVP_sha256(), nullptr);
        EVP_DigestUpdate(m_outer, opad, 64);
        OPENSSL_cleanse(pad, sizeof pad);
        OPENSSL_cleanse(ipad, sizeof ipad);
        OPENSSL_cleanse(opad, sizeof opad);
    }

    bool verify(const char* data, size_t size, const char* mac)
    {
        unsigned char inner[32], out[32];
        unsigned int n = 0;
        EVP_MD_CTX_copy_ex(m_work, m_inner);
        EVP_DigestUpdate(m_work, data, size);
        EVP_DigestFinal_ex(m_work, inner, &n);
        EVP_MD_CTX_copy_ex(m_work, m_outer);
        EVP_DigestUpdate(m_work, inner, 32);
        EVP_DigestFinal_ex(m_work, out, &n);
        return CRYPTO_memcmp(out, mac, 32) == 0;
    }

private:
    EVP_MD_CTX* m_inner;
    EVP_MD_CTX* m_outer;
    EVP_MD_CTX* m_work;
};

QString timeText(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); }

} // namespace

Result<std::vector<TrailEntry>> readTrail(const QString& trailFile)
{
    QFile f(trailFile);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The audit trail %1 cannot be read (%2).").arg(trailFile, f.errorString())};
    const QByteArray all = f.readAll();
    if (all.size() < kHeaderBytes || !all.startsWith(QByteArray(kTrailMagic, 12)))
        return Error{QObject::tr("%1 is not a Custos audit trail.").arg(trailFile)};
    std::vector<TrailEntry> out;
    qint64 pos = kHeaderBytes;
    for (;;) {
        TrailEntry e;
        const Parse r = parseFrame(all.constData(), all.size(), pos, e);
        if (r == Parse::End || r == Parse::Torn)
            break;
        if (r == Parse::Broken)
            return Error{QObject::tr("The audit trail %1 cannot be read past byte %2.").arg(trailFile).arg(pos)};
        pos += e.size;
        out.push_back(std::move(e));
    }
    return out;
}

TrailReport verifyTrail(const QString& trailFile, const VerificationKey& key)
{
    TrailReport report;
    const auto fail = [&report](quint64 seq, QString message) {
        report.ok = false;
        report.badSeq = seq;
        report.message = std::move(message);
        return report;
    };
    QFile f(trailFile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(0, QObject::tr("The audit trail %1 cannot be read (%2).").arg(trailFile, f.errorString()));
    const qint64 size = f.size();
    const char* data = size > 0 ? reinterpret_cast<const char*>(f.map(0, size)) : nullptr;
    if (!data || size < kHeaderBytes || std::memcmp(data, kTrailMagic, 12) != 0)
        return fail(0, QObject::tr("%1 is not a Custos audit trail.").arg(trailFile));
    const QByteArray keyId = key.keyId();
    if (QByteArray(data + 12, 8) != keyId)
        return fail(0, QObject::tr("This audit trail was not made with this verification key (it belongs to another custosd --init)."));

    FastHmac hmac;
    QByteArray k = key.k0;
    quint64 keyEpoch = 0;
    hmac.setKey(macKey(k), QByteArrayLiteral("custos/fss/v1") + keyId);

    quint64 expectedSeq = 1;
    QByteArray previousMac(32, '\0');
    quint64 epoch = 0;
    qint64 previousTime = key.t0Ms;
    bool sealed = false; // the previous frame sealed `epoch`
    quint64 next = 0;    // the epoch it named
    qint64 sealedThroughMs = -1;
    quint64 sinceSeal = 0;
    qint64 pos = kHeaderBytes;
    QString tornNote;
    for (;;) {
        TrailEntry e;
        const Parse r = parseFrame(data, size, pos, e);
        if (r == Parse::End)
            break;
        if (r == Parse::Torn) { // being written right now, or cut by a crash custosd repairs on start
            tornNote = QObject::tr(" The last %1 bytes are an unfinished write (never acknowledged).").arg(size - pos);
            break;
        }
        if (r == Parse::Broken)
            return fail(expectedSeq, QObject::tr("The audit trail cannot be read at byte %1 (after record %2): it was damaged or edited.").arg(pos).arg(expectedSeq - 1));
        const quint64 seq = e.seq;
        if (seq != expectedSeq)
            return fail(expectedSeq, seq > expectedSeq ? QObject::tr("Record %1 is missing: record %2 follows record %3.").arg(expectedSeq).arg(seq).arg(expectedSeq - 1)
                                                       : QObject::tr("Record %1 appears again (or out of order) after record %2.").arg(seq).arg(expectedSeq - 1));
        if (e.previousMac != previousMac)
            return fail(seq, QObject::tr("Record %1 does not link to the record before it: a record was removed, inserted or changed there.").arg(seq));
        const quint64 allowed = sealed ? next : epoch;
        if (e.epoch != allowed) {
            if (e.epoch > allowed)
                return fail(seq, QObject::tr("Record %1 is sealed with the key of epoch %2, but its place in the trail belongs to epoch %3 (epoch %3 was never sealed): "
                                             "a record of a past epoch was re-sealed with a later key, or records were removed.")
                                     .arg(seq)
                                     .arg(e.epoch)
                                     .arg(allowed));
            return fail(seq, QObject::tr("Record %1 claims epoch %2, which was already sealed before it: it was added afterwards.").arg(seq).arg(e.epoch));
        }
        const qint64 timeEpoch = epochOf(e.timeMs, key.t0Ms, key.epochSeconds);
        if (timeEpoch != qint64(e.epoch))
            return fail(seq, QObject::tr("Record %1 is dated %2, which belongs to epoch %3, but it is sealed with the key of epoch %4: it was re-sealed with another epoch's key.")
                                 .arg(seq)
                                 .arg(timeText(e.timeMs))
                                 .arg(timeEpoch)
                                 .arg(e.epoch));
        if (e.timeMs < previousTime)
            return fail(seq, QObject::tr("Record %1 is dated %2, before the record ahead of it.").arg(seq).arg(timeText(e.timeMs)));
        if (e.epoch != keyEpoch) {
            for (; keyEpoch < e.epoch; ++keyEpoch)
                k = evolve(k);
            hmac.setKey(macKey(k), QByteArrayLiteral("custos/fss/v1") + keyId);
        }
        const char* body = data + pos + 4;
        if (!hmac.verify(body, size_t(e.size - 4 - 32), body + e.size - 4 - 32))
            return fail(seq, QObject::tr("Record %1 (epoch %2, %3) was changed after it was sealed: its seal does not match the key of its epoch.")
                                 .arg(seq)
                                 .arg(e.epoch)
                                 .arg(timeText(e.timeMs)));
        if (e.kind == TrailEntry::Kind::Seal) {
            const qint64 n = integerOf(e.payloadMap().value(QStringLiteral("next")), -1);
            if (n <= qint64(e.epoch))
                return fail(seq, QObject::tr("The seal of epoch %1 (record %2) names no later epoch.").arg(e.epoch).arg(seq));
            sealed = true;
            next = quint64(n);
            ++report.sealedEpochs;
            sealedThroughMs = e.timeMs;
            sinceSeal = 0;
        } else {
            sealed = false;
            ++sinceSeal;
        }
        epoch = e.epoch;
        previousMac = e.mac;
        previousTime = e.timeMs;
        ++expectedSeq;
        ++report.records;
        pos += e.size;
    }
    k.fill('\0');
    report.ok = true;
    report.unsealedRecords = sinceSeal;
    report.message = QObject::tr("OK: %1 records, chain intact; %2 epochs sealed%3. %4 records since the last seal are protected by the current key only.%5")
                         .arg(report.records)
                         .arg(report.sealedEpochs)
                         .arg(sealedThroughMs >= 0 ? QObject::tr(" (through %1)").arg(timeText(sealedThroughMs)) : QString())
                         .arg(sinceSeal)
                         .arg(tornNote);
    return report;
}

} // namespace custos::service
