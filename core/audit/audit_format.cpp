// SPDX-License-Identifier: Apache-2.0
#include "core/audit/audit_format_p.h"

#include "core/crypto/aead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>

namespace custos::audit::detail {

namespace {

constexpr char kMagic[] = "CUSTOSAUD";
constexpr qsizetype kMagicSize = sizeof kMagic - 1;
constexpr quint8 kFormatVersion = 1;
constexpr quint32 kSeqBytes = 8;
constexpr quint32 kMinBody = kSeqBytes + crypto::kNonceBytes + crypto::kTagBytes;
constexpr quint32 kMaxBody = quint32(1) << 20;
constexpr char kMacPrefix[] = ",\"mac\":\"";
constexpr qsizetype kMacSuffixSize = sizeof kMacPrefix - 1 + 64 + 2; // ,"mac":"<64 hex>"}

QByteArray aadFor(quint32 segment, quint64 seq)
{
    char aad[64];
    const int size = std::snprintf(aad, sizeof aad, "custos/audit/v1/%u/%llu", unsigned(segment),
                                   static_cast<unsigned long long>(seq));
    return QByteArray(aad, size);
}

// 64 lowercase hex digits into 32 bytes, through a table: hex digits of
// hashes are random, so a branch per digit mispredicts half the time, and
// verify() decodes 128 of them per record.
bool decodeHex32(const char* hex, char* out)
{
    static constexpr auto table = [] {
        std::array<signed char, 256> t{};
        t.fill(-1);
        for (int i = 0; i < 10; ++i)
            t[std::size_t('0' + i)] = static_cast<signed char>(i);
        for (int i = 0; i < 6; ++i)
            t[std::size_t('a' + i)] = static_cast<signed char>(10 + i);
        return t;
    }();
    int bad = 0;
    for (int i = 0; i < 32; ++i) {
        const int hi = table[static_cast<unsigned char>(hex[2 * i])];
        const int lo = table[static_cast<unsigned char>(hex[2 * i + 1])];
        bad |= hi | lo; // negative if either is not a digit
        out[i] = char(hi << 4 | (lo & 0xF));
    }
    return bad >= 0;
}

bool constantTimeEqual(const char* a, const char* b, qsizetype size)
{
    unsigned char diff = 0;
    for (qsizetype i = 0; i < size; ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

// The top-level "seq" and "previousHash" of canonical bytes, without a JSON
// parser: keys are sorted, and nothing after "previousHash" is free text
// ("seq" is a number, "time" an ISO date), so the last occurrence of each
// key is the record's own, whatever an event's strings contain.
bool parseLink(const QByteArray& canonical, quint64& seq, QByteArray& previousHash)
{
    const QByteArrayView seqKey("\"seq\":");
    const QByteArrayView hashKey("\"previousHash\":\"");
    const qsizetype s = canonical.lastIndexOf(seqKey);
    const qsizetype p = canonical.lastIndexOf(hashKey);
    if (s < 0 || p < 0 || canonical.size() < p + hashKey.size() + 64) return false;
    seq = 0;
    qsizetype digits = 0;
    for (qsizetype i = s + seqKey.size();
         i < canonical.size() && canonical.at(i) >= '0' && canonical.at(i) <= '9'; ++i) {
        if (++digits > 19) return false;
        seq = seq * 10 + quint64(canonical.at(i) - '0');
    }
    previousHash.resize(32);
    return digits > 0 &&
           decodeHex32(canonical.constData() + p + hashKey.size(), previousHash.data());
}

} // namespace

// ------------------------------------------------------------ segment files

QString segmentFileName(quint32 number)
{
    return QStringLiteral("segment-%1.log").arg(number, 6, 10, QLatin1Char('0'));
}

QByteArray encodeHeader(quint32 number, const QByteArray& dekId)
{
    QByteArray h(kMagic, kMagicSize);
    h.append(char(kFormatVersion));
    char n[4];
    qToLittleEndian(number, n);
    h.append(n, 4);
    h.append(char(quint8(dekId.size())));
    h.append(dekId);
    return h;
}

Header decodeHeader(const char* data, qint64 size)
{
    Header h;
    constexpr qint64 fixed = kMagicSize + 1 + 4 + 1;
    const qint64 prefix = std::min<qint64>(size, kMagicSize);
    if (size > 0 && std::memcmp(data, kMagic, size_t(prefix)) != 0) return h;
    if (size < fixed) {
        h.state = Header::State::Incomplete;
        return h;
    }
    if (quint8(data[kMagicSize]) != kFormatVersion) return h;
    h.number = qFromLittleEndian<quint32>(data + kMagicSize + 1);
    const int idSize = quint8(data[fixed - 1]);
    if (idSize == 0) return h;
    if (size < fixed + idSize) {
        h.state = Header::State::Incomplete;
        return h;
    }
    h.dekId = QByteArray(data + fixed, idSize);
    h.size = fixed + idSize;
    h.state = Header::State::Ok;
    return h;
}

Step nextFrame(const char* data, qint64 size, qint64& pos, Frame& out, QString& why)
{
    if (pos >= size) return Step::End;
    if (size - pos < 4) {
        why = QStringLiteral("a frame's length is cut short");
        return Step::Broken;
    }
    const quint32 body = qFromLittleEndian<quint32>(data + pos);
    if (body < kMinBody || body > kMaxBody) {
        why = QStringLiteral("a frame claims an impossible length (%1 bytes)").arg(body);
        return Step::Broken;
    }
    if (size - pos - 4 < qint64(body)) {
        why = QStringLiteral("a frame runs past the end of the file");
        return Step::Broken;
    }
    out = {pos, body, qFromLittleEndian<quint64>(data + pos + 4)};
    pos = out.end();
    return Step::Frame;
}

// ------------------------------------------------------------ records

Authenticated authenticate(const char* data, const Frame& f, quint32 segment, const QByteArray& key,
                           const QByteArray& macKey)
{
    Authenticated a;
    const QByteArray sealed =
        QByteArray::fromRawData(data + f.offset + 4 + kSeqBytes, f.body - kSeqBytes);
    auto plain = crypto::open(key, sealed, aadFor(segment, f.seq));
    if (!plain) {
        a.failure = Authenticated::Failure::Decrypt;
        return a;
    }
    QByteArray& p = plain.value();
    const qsizetype body = p.size() - kMacSuffixSize;
    if (body < 2 || !p.endsWith("\"}") ||
        std::memcmp(p.constData() + body, kMacPrefix, sizeof kMacPrefix - 1) != 0) {
        a.failure = Authenticated::Failure::Format;
        return a;
    }
    char stored[32];
    const bool hexOk = decodeHex32(p.constData() + body + sizeof kMacPrefix - 1, stored);
    const QByteArray hash = crypto::sha256(p); // over the plaintext, "mac" included
    p.resize(body + 1);                        // in place: now the canonical bytes the MAC covers
    p[body] = '}';
    const QByteArray mac = crypto::hmacSha256(macKey, p);
    if (!hexOk || mac.size() != 32 || !constantTimeEqual(mac.constData(), stored, 32)) {
        a.failure = Authenticated::Failure::Mac;
        return a;
    }
    if (!parseLink(p, a.seq, a.previousHash) || a.seq != f.seq) {
        a.failure = Authenticated::Failure::Format;
        return a;
    }
    a.hash = hash;
    a.canonical = std::move(p);
    return a;
}

Result<SealedRecord> sealRecord(const Record& record, quint32 segment, const QByteArray& key,
                                const QByteArray& macKey)
{
    const QByteArray canonical = QJsonDocument(toJson(record)).toJson(QJsonDocument::Compact);
    const QByteArray plain =
        canonical.chopped(1) + kMacPrefix + crypto::hmacSha256(macKey, canonical).toHex() + "\"}";
    auto sealed = crypto::seal(key, plain, aadFor(segment, record.seq));
    if (!sealed)
        return Error{QObject::tr("Audit record %1 could not be encrypted: %2")
                         .arg(record.seq)
                         .arg(sealed.errorMessage())};
    const qint64 body = kSeqBytes + sealed.value().size();
    if (body > kMaxBody)
        return Error{QObject::tr("Audit record %1 is too large (%2 bytes; at most %3).")
                         .arg(record.seq)
                         .arg(body)
                         .arg(kMaxBody)};
    SealedRecord out;
    out.frame.resize(4 + kSeqBytes);
    qToLittleEndian(quint32(body), out.frame.data());
    qToLittleEndian(record.seq, out.frame.data() + 4);
    out.frame += sealed.value();
    out.hash = crypto::sha256(plain);
    return out;
}

// ------------------------------------------------------------ keychain entries

std::optional<Checkpoint> decodeCheckpoint(const QByteArray& bytes)
{
    const qsizetype colon = bytes.indexOf(':');
    bool ok = false;
    Checkpoint c{bytes.left(colon).toULongLong(&ok), QByteArray::fromHex(bytes.mid(colon + 1))};
    if (colon < 0 || !ok || c.hash.size() != 32) return std::nullopt;
    return c;
}

std::vector<Incident> decodeIncidents(const QByteArray& bytes)
{
    std::vector<Incident> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(bytes).array()) {
        const QJsonObject o = v.toObject();
        out.push_back({o.value(QLatin1String("kind")).toString(),
                       quint64(o.value(QLatin1String("from")).toInteger()),
                       quint64(o.value(QLatin1String("to")).toInteger()),
                       o.value(QLatin1String("found")).toString()});
    }
    return out;
}

} // namespace custos::audit::detail
