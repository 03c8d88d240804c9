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
// Recovery (open): bytes that do not parse as frames at the end of the last
// segment, and trailing frames there that fail authentication, are a torn
// write (a crash) and are cut off, unless the keychain checkpoint says the
// records there were durable: then they are evidence and stay for verify().
// When the log ends before its checkpoint, the cut is recorded in the
// keychain ("audit-truncation"), numbering continues after the checkpoint
// (so a seq is never reused and the gap stays visible), a security alert is
// appended, and verify() reports Truncated for as long as the log exists.
// A bad record in the middle is never repaired: appends continue after the
// last authentic record and verify() keeps naming the break.
//
// Checkpoint failures never fail an append (the record is already durable):
// they are logged without PHI and retried on the next append and on close.

#include <QObject>
#include "core/audit/audit_log.h"

#include "core/crypto/aead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

#ifndef Q_OS_UNIX
#error                                                                                             \
    "audit_log.cpp: port the POSIX file layer (open/write/fdatasync/flock) before building on this platform"
#endif
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace custos::audit {

namespace {

constexpr char kMagic[] = "CUSTOSAUD";
constexpr qsizetype kMagicSize = sizeof kMagic - 1;
constexpr quint8 kFormatVersion = 1;
constexpr quint32 kSeqBytes = 8;
constexpr quint32 kMinBody = kSeqBytes + crypto::kNonceBytes + crypto::kTagBytes;
constexpr quint32 kMaxBody = quint32(1) << 20;
constexpr char kMacPrefix[] = ",\"mac\":\"";
constexpr qsizetype kMacSuffixSize = sizeof kMacPrefix - 1 + 64 + 2; // ,"mac":"<64 hex>"}
const QString kMacKeyName = QStringLiteral("audit-mac");
const QString kCheckpointName = QStringLiteral("audit-checkpoint");
const QString kTruncationName = QStringLiteral("audit-truncation");

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

int syncData(int fd)
{
#ifdef Q_OS_MACOS
    return ::fcntl(fd, F_FULLFSYNC) == -1 ? -1
                                          : 0; // fsync() alone stops at the drive's cache there
#else
    return ::fdatasync(fd);
#endif
}

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        data += n;
        size -= n;
    }
    return true;
}

// A new file's name is durable only once its folder is synced.
void syncFolder(const QString& folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString segmentFileName(quint32 number)
{
    return QStringLiteral("segment-%1.log").arg(number, 6, 10, QLatin1Char('0'));
}

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

// ------------------------------------------------------------ segment files

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

struct Frame
{
    qint64 offset = 0; // of the length field
    quint32 body = 0;
    quint64 seq = 0; // in clear, authenticated as part of the aad
    qint64 end() const { return offset + 4 + body; }
};

enum class Step { Frame, End, Broken };

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

struct Authenticated
{
    enum class Failure { None, Decrypt, Mac, Format } failure = Failure::None;
    quint64 seq = 0;
    QByteArray previousHash;
    QByteArray hash;
    QByteArray canonical; // the JSON without "mac"
    bool ok() const { return failure == Failure::None; }
};

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

struct SealedRecord
{
    QByteArray frame;
    QByteArray hash;
};

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

struct Checkpoint
{
    quint64 seq = 0;
    QByteArray hash;
};

// "seq:hexhash"
std::optional<Checkpoint> decodeCheckpoint(const QByteArray& bytes)
{
    const qsizetype colon = bytes.indexOf(':');
    bool ok = false;
    Checkpoint c{bytes.left(colon).toULongLong(&ok), QByteArray::fromHex(bytes.mid(colon + 1))};
    if (colon < 0 || !ok || c.hash.size() != 32) return std::nullopt;
    return c;
}

// Truncations found by open(): records [from, to] were cut ("cut"), or the
// record `to` no longer matched its checkpoint ("rewritten").
struct Incident
{
    QString kind;
    quint64 from = 0;
    quint64 to = 0;
    QString found;
};

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

QString range(quint64 from, quint64 to)
{
    return from == to ? QStringLiteral("record %1").arg(from)
                      : QStringLiteral("records %1 to %2").arg(from).arg(to);
}

// "Record 5 was" / "records 5 to 7 were".
QString rangeWas(quint64 from, quint64 to, bool startsSentence = true)
{
    QString s = range(from, to) + (from == to ? QStringLiteral(" was") : QStringLiteral(" were"));
    if (startsSentence) s[0] = s[0].toUpper();
    return s;
}

// ------------------------------------------------------------ verification

struct SegmentRef
{
    quint32 number = 0;
    QString path;
    qint64 limit = -1; // bytes to read; < 0: the whole file
};

// Walks every frame of every segment in order and names the first problem.
// Rules (the first that applies):
//  - a segment or frame that cannot be parsed            → Unreadable
//  - a frame that fails AES-GCM or its MAC: Inserted if the next frame is
//    the expected record and links to the previous one (an extra frame),
//    else Modified
//  - the expected seq with the wrong previous hash       → Modified (the record before it)
//  - a seq ahead of the expected one: Truncated if open() recorded that cut,
//    Reordered if the missing record appears later, else Deleted
//  - a seq behind the expected one                       → Inserted (a replayed copy, or a forked
//  record)
//  - the log ends before, or disagrees with, the keychain checkpoint → Truncated
class Verifier
{
public:
    Verifier(const std::vector<SegmentRef>& refs, crypto::DekStore& deks, QByteArray macKey,
             std::vector<Incident> incidents)
        : m_macKey(std::move(macKey)), m_incidents(std::move(incidents))
    {
        std::map<QByteArray, QByteArray> keys;
        for (const SegmentRef& ref : refs) {
            auto s = std::make_unique<Segment>();
            s->number = ref.number;
            s->name = segmentFileName(ref.number);
            if (!s->file.map(ref.path, ref.limit)) {
                s->problem = QStringLiteral("%1 cannot be read (%2)")
                                 .arg(s->name, s->file.file.errorString());
            } else {
                const Header h = decodeHeader(s->file.data, s->file.size);
                s->headerSize = h.size;
                if (h.state != Header::State::Ok)
                    s->problem = QStringLiteral("%1 does not start with a valid segment header")
                                     .arg(s->name);
                else if (h.number != ref.number)
                    s->problem = QStringLiteral("%1 holds the header of segment %2")
                                     .arg(s->name)
                                     .arg(h.number);
                else if (auto it = keys.find(h.dekId); it != keys.end())
                    s->key = it->second;
                else if (auto key = deks.key(h.dekId))
                    s->key = keys[h.dekId] = key.value();
                else
                    s->problem = QStringLiteral("the data key of %1 cannot be loaded (%2)")
                                     .arg(s->name, key.errorMessage());
            }
            m_segments.push_back(std::move(s));
        }
    }

    VerifyReport run(const Result<std::optional<QByteArray>>& checkpoint)
    {
        if (checkpoint && checkpoint.value()) m_checkpoint = decodeCheckpoint(*checkpoint.value());
        // Frames are authenticated in parallel, a batch at a time (AES-GCM,
        // HMAC and SHA-256 are nearly all the work); the chain is walked in
        // order over the results.
        constexpr std::size_t kBatch = 4096;
        Cursor c;
        std::vector<Item> items;
        std::vector<Cursor> after; // the cursor after each item, for looking ahead
        std::vector<Authenticated> results;
        for (bool more = true; more;) {
            items.clear();
            after.clear();
            for (Item it = next(c); it.kind != Item::Kind::End; it = next(c)) {
                items.push_back(std::move(it));
                after.push_back(c);
                if (items.size() == kBatch || items.back().kind == Item::Kind::Problem) break;
            }
            more = !items.empty();
            checkAll(items, results);
            for (std::size_t i = 0; i < items.size(); ++i)
                if (std::optional<VerifyReport> problem = step(items[i], results[i], after[i]))
                    return *problem;
        }
        return atEnd(checkpoint);
    }

private:
    struct Segment
    {
        quint32 number = 0;
        QString name;
        MappedFile file;
        qint64 headerSize = 0;
        QByteArray key;
        QString problem;
    };
    struct Cursor
    {
        std::size_t segment = 0;
        qint64 pos = -1; // < 0: the segment's header is next
    };
    struct Item
    {
        enum class Kind { Frame, Problem, End } kind = Kind::End;
        std::size_t segment = 0;
        Frame frame;
        QString problem;
    };

    Item next(Cursor& c) const
    {
        while (c.segment < m_segments.size()) {
            const Segment& s = *m_segments[c.segment];
            Item it;
            it.segment = c.segment;
            if (c.pos < 0) {
                if (!s.problem.isEmpty()) {
                    it.kind = Item::Kind::Problem;
                    it.problem = s.problem;
                    ++c.segment;
                    return it;
                }
                c.pos = s.headerSize;
            }
            QString why;
            const qint64 at = c.pos;
            switch (nextFrame(s.file.data, s.file.size, c.pos, it.frame, why)) {
            case Step::Frame:
                it.kind = Item::Kind::Frame;
                return it;
            case Step::Broken:
                it.kind = Item::Kind::Problem;
                it.problem =
                    QStringLiteral("%1 is damaged at byte %2 (%3)").arg(s.name).arg(at).arg(why);
                [[fallthrough]];
            case Step::End:
                ++c.segment;
                c.pos = -1;
                if (it.kind == Item::Kind::Problem) return it;
            }
        }
        return {};
    }

    Authenticated check(const Item& it) const
    {
        const Segment& s = *m_segments[it.segment];
        return authenticate(s.file.data, it.frame, s.number, s.key, m_macKey);
    }

    void checkAll(const std::vector<Item>& items, std::vector<Authenticated>& results) const
    {
        results.assign(items.size(), {});
        const std::size_t threads =
            items.size() < 256 ? 1
                               : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
        const auto work = [&](std::size_t part) {
            const std::size_t end = items.size() * (part + 1) / threads;
            for (std::size_t i = items.size() * part / threads; i < end; ++i)
                if (items[i].kind == Item::Kind::Frame) results[i] = check(items[i]);
        };
        std::vector<std::thread> helpers;
        for (std::size_t part = 1; part < threads; ++part)
            helpers.emplace_back(work, part);
        work(0);
        for (std::thread& helper : helpers)
            helper.join();
    }

    // One item of the walk: nullopt while the chain holds.
    std::optional<VerifyReport> step(const Item& it, const Authenticated& a, const Cursor& after)
    {
        if (it.kind == Item::Kind::Problem)
            return report(
                VerifyReport::Problem::Unreadable, m_expected,
                QObject::tr("Record %1 cannot be read: %2.").arg(m_expected).arg(it.problem));
        if (!a.ok()) return unauthentic(after, a);
        if (a.seq > m_expected) return gap(after, a.seq);
        if (a.seq < m_expected) return duplicate(a);
        if (a.previousHash != m_previous) {
            if (m_expected == 1)
                return report(
                    VerifyReport::Problem::Modified, 1,
                    QObject::tr("Record 1 was modified: it does not start the chain."));
            return report(
                VerifyReport::Problem::Modified, m_expected - 1,
                QObject::tr(
                    "Record %1 was modified: record %2's previous-record hash does not match it.")
                    .arg(m_expected - 1)
                    .arg(m_expected));
        }
        if (m_checkpoint && m_checkpoint->seq == a.seq) m_checkpointRecordHash = a.hash;
        m_previous = a.hash;
        ++m_expected;
        return std::nullopt;
    }

    VerifyReport report(VerifyReport::Problem problem, quint64 bad, QString message) const
    {
        VerifyReport r;
        r.problem = problem;
        r.records = m_expected - 1;
        r.badRecord = bad;
        r.message = std::move(message);
        return r;
    }

    QString after() const
    {
        return m_expected == 1 ? QStringLiteral("at the start of the log")
                               : QStringLiteral("after record %1").arg(m_expected - 1);
    }

    VerifyReport unauthentic(Cursor c, const Authenticated& a) const
    {
        const Item following = next(c);
        if (following.kind == Item::Kind::Frame && following.frame.seq == m_expected) {
            const Authenticated b = check(following);
            if (b.ok() && b.previousHash == m_previous)
                return report(
                    VerifyReport::Problem::Inserted, m_expected,
                    QStringLiteral("A record that cannot be authenticated was inserted %1 "
                                   "(forged, or written with other keys).")
                        .arg(m_expected == 1 ? QStringLiteral("before record 1")
                                             : QStringLiteral("between records %1 and %2")
                                                   .arg(m_expected - 1)
                                                   .arg(m_expected)));
        }
        QString why = QStringLiteral("its contents are not a valid audit record");
        if (a.failure == Authenticated::Failure::Mac)
            why = QStringLiteral("its MAC does not match");
        else if (a.failure == Authenticated::Failure::Decrypt)
            why = QStringLiteral("it cannot be decrypted with the log's keys (the authentication "
                                 "tag does not match)");
        return report(VerifyReport::Problem::Modified, m_expected,
                      QObject::tr("Record %1 was modified: %2.").arg(m_expected).arg(why));
    }

    VerifyReport gap(Cursor c, quint64 found) const
    {
        const quint64 missingTo = found - 1;
        for (const Incident& i : m_incidents) {
            if (i.kind == QLatin1String("cut") && i.from == m_expected && i.to == missingTo)
                return report(
                    VerifyReport::Problem::Truncated, m_expected,
                    QStringLiteral(
                        "%1 removed from the end of the log: the keychain checkpoint showed "
                        "record %2, but the log ended at record %3 when it was opened (%4).")
                        .arg(rangeWas(m_expected, missingTo))
                        .arg(missingTo)
                        .arg(m_expected - 1)
                        .arg(i.found));
        }
        quint64 before = found;
        for (Item it = next(c); it.kind != Item::Kind::End; it = next(c)) {
            if (it.kind != Item::Kind::Frame) continue;
            if (it.frame.seq == m_expected && check(it).ok())
                return report(
                    VerifyReport::Problem::Reordered, m_expected,
                    QObject::tr("Record %1 is out of order: it was found after record %2.")
                        .arg(m_expected)
                        .arg(before));
            before = it.frame.seq;
        }
        const QString from =
            m_expected == 1
                ? QStringLiteral("starts at record %1").arg(found)
                : QStringLiteral("goes from record %1 to record %2").arg(m_expected - 1).arg(found);
        return report(VerifyReport::Problem::Deleted, m_expected,
                      QStringLiteral("%1 deleted: the log %2.")
                          .arg(rangeWas(m_expected, missingTo))
                          .arg(from));
    }

    VerifyReport duplicate(const Authenticated& a) const
    {
        // The walk already passed the original: the first authentic frame
        // with this seq. Looked up again rather than keeping every hash, so
        // that verify() needs the same memory for any length of log.
        bool copy = false;
        Cursor c;
        for (Item it = next(c); it.kind != Item::Kind::End; it = next(c)) {
            if (it.kind != Item::Kind::Frame || it.frame.seq != a.seq) continue;
            if (const Authenticated original = check(it); original.ok()) {
                copy = original.hash == a.hash;
                break;
            }
        }
        return report(
            VerifyReport::Problem::Inserted, a.seq,
            copy ? QStringLiteral("A copy of record %1 was inserted %2 (a replayed record).")
                       .arg(a.seq)
                       .arg(after())
                 : QStringLiteral("A second, different record %1 was inserted %2.")
                       .arg(a.seq)
                       .arg(after()));
    }

    VerifyReport atEnd(const Result<std::optional<QByteArray>>& stored) const
    {
        const quint64 last = m_expected - 1;
        if (!stored)
            return report(
                VerifyReport::Problem::Unreadable, last + 1,
                QObject::tr(
                    "The keychain could not be read (%1), so the end of the log cannot be checked "
                    "against its checkpoint.")
                    .arg(stored.errorMessage()));
        const std::optional<Checkpoint>& cp = m_checkpoint;
        if (cp && cp->seq > last)
            return report(
                VerifyReport::Problem::Truncated, last + 1,
                QStringLiteral(
                    "%1 removed from the end of the log: it ends at record %2, but the keychain "
                    "checkpoint shows that record %3 existed.")
                    .arg(rangeWas(last + 1, cp->seq))
                    .arg(last)
                    .arg(cp->seq));
        quint64 rewritten = 0;
        if (cp && cp->seq > 0 && m_checkpointRecordHash != cp->hash) rewritten = cp->seq;
        for (const Incident& i : m_incidents)
            if (i.kind == QLatin1String("rewritten") && (rewritten == 0 || i.to < rewritten))
                rewritten = i.to;
        if (rewritten > 0)
            return report(
                VerifyReport::Problem::Truncated, rewritten,
                QObject::tr(
                    "Record %1 does not match the keychain checkpoint: the log was cut back to "
                    "record %1 or earlier and written again.")
                    .arg(rewritten));
        return report(VerifyReport::Problem::None, 0,
                      QStringLiteral("OK: %1 records, chain intact").arg(last));
    }

    std::vector<std::unique_ptr<Segment>> m_segments;
    QByteArray m_macKey;
    std::vector<Incident> m_incidents;
    quint64 m_expected = 1;
    QByteArray m_previous = QByteArray(32, '\0');
    std::optional<Checkpoint> m_checkpoint;
    QByteArray m_checkpointRecordHash; // of the record the checkpoint names, once passed
};

} // namespace

// ------------------------------------------------------------ the log

struct AuditLog::Impl
{
    struct Segment
    {
        quint32 number = 0;
        QString path;
        QByteArray dekId;
        QByteArray key;  // loaded on first use
        QString problem; // why it is not used (verify() reports it)
        bool incompleteHeader = false;
        qint64 headerSize = 0;
        qint64 size = 0;      // bytes of frames known (the whole file for closed segments)
        quint64 firstSeq = 0; // clear seq of its first frame (0: none), to find records
        bool indexed = false;
        std::vector<Frame> frames;
        qint64 brokenAt = -1; // where frames stop parsing, if before the end
    };
    struct Point
    {
        quint64 seq = 0;
        QByteArray hash = QByteArray(32, '\0');
    };

    QString folder;
    std::shared_ptr<crypto::KeyManager> keys;
    AuditLogOptions options;
    std::unique_ptr<crypto::DekStore> deks;
    QByteArray macKey;
    QString host = QSysInfo::machineHostName();
    qint64 pid = QCoreApplication::applicationPid();
    int lockFd = -1;
    std::vector<Incident> incidents; // fixed after open()
    std::vector<Event> openEvents;   // what open() found, appended once it is open

    mutable std::mutex mutex; // guards everything below
    std::condition_variable syncDone;
    std::vector<Segment> segments;
    int fd = -1; // the last segment, O_APPEND; -1: the next append starts a segment
    quint64 lastSeq = 0;
    QByteArray lastHash = QByteArray(32, '\0');
    quint64 durableSeq = 0;
    QByteArray durableHash = QByteArray(32, '\0');
    bool syncing = false;
    QString failure; // sticky after a failed write or sync: the disk can no longer be trusted
    QString recoveryNote;

    std::mutex checkpointMutex;
    quint64 checkpointedSeq = 0;
    std::atomic<bool> checkpointPending = false;

    QString describe(const QString& what) const
    {
        return QObject::tr("The audit log in %1 cannot be opened: %2").arg(folder, what);
    }

    Result<void> lockFolder()
    {
        const QByteArray path =
            QFile::encodeName(QDir(folder).filePath(QStringLiteral("audit.lock")));
        lockFd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (lockFd < 0)
            return Error{describe(
                QStringLiteral("its lock file cannot be created (%1).").arg(errnoText(errno)))};
        if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
            return Error{describe(QStringLiteral(
                "it is already open in another Custos process (or twice in this one); "
                "only one writer may append to it."))};
        return {};
    }

    void loadSegments()
    {
        static const QRegularExpression pattern(QStringLiteral("^segment-(\\d{6,9})\\.log$"));
        const QDir dir(folder);
        for (const QString& name : dir.entryList({QStringLiteral("segment-*.log")}, QDir::Files)) {
            const QRegularExpressionMatch m = pattern.match(name);
            if (!m.hasMatch()) continue;
            Segment s;
            s.number = m.captured(1).toUInt();
            s.path = dir.filePath(name);
            QFile file(s.path);
            if (!file.open(QIODevice::ReadOnly)) {
                s.problem = QStringLiteral("%1 cannot be read (%2)").arg(name, file.errorString());
            } else {
                s.size = file.size();
                const QByteArray head = file.read(512);
                const Header h = decodeHeader(head.constData(), head.size());
                s.incompleteHeader = h.state == Header::State::Incomplete;
                if (h.state != Header::State::Ok)
                    s.problem =
                        QStringLiteral("%1 does not start with a valid segment header").arg(name);
                else if (h.number != s.number)
                    s.problem =
                        QStringLiteral("%1 holds the header of segment %2").arg(name).arg(h.number);
                s.dekId = h.dekId;
                s.headerSize = h.size;
                if (s.problem.isEmpty() && head.size() >= h.size + 12)
                    s.firstSeq = qFromLittleEndian<quint64>(head.constData() + h.size + 4);
            }
            segments.push_back(std::move(s));
        }
        std::sort(segments.begin(), segments.end(),
                  [](const Segment& a, const Segment& b) { return a.number < b.number; });
    }

    bool loadKey(Segment& s)
    {
        if (!s.problem.isEmpty()) return false;
        if (!s.key.isEmpty()) return true;
        auto key = deks->key(s.dekId);
        if (!key)
            s.problem = QStringLiteral("the data key of %1 cannot be loaded (%2)")
                            .arg(QFileInfo(s.path).fileName(), key.errorMessage());
        else
            s.key = key.value();
        return key.ok();
    }

    void index(Segment& s)
    {
        if (s.indexed || !s.problem.isEmpty()) return;
        MappedFile m;
        if (!m.map(s.path, s.size)) {
            s.problem = QStringLiteral("%1 cannot be read (%2)")
                            .arg(QFileInfo(s.path).fileName(), m.file.errorString());
            return;
        }
        qint64 pos = s.headerSize;
        Frame f;
        QString why;
        while (nextFrame(m.data, m.size, pos, f, why) == Step::Frame)
            s.frames.push_back(f);
        s.brokenAt = pos < m.size ? pos : -1;
        s.indexed = true;
    }

    // The authentic record with the highest seq in the first `count`
    // segments, looking from the end (a replayed old record at the end
    // must not become the place to continue from).
    Point appendPoint(std::size_t count)
    {
        for (std::size_t i = count; i-- > 0;) {
            Segment& s = segments[i];
            if (!loadKey(s)) continue;
            index(s);
            MappedFile m;
            if (s.frames.empty() || !m.map(s.path, s.size)) continue;
            std::vector<std::size_t> order(s.frames.size());
            for (std::size_t k = 0; k < order.size(); ++k)
                order[k] = order.size() - 1 - k;
            const auto bySeq = [&](std::size_t a, std::size_t b) {
                return s.frames[a].seq > s.frames[b].seq;
            };
            if (!std::is_sorted(order.begin(), order.end(), bySeq))
                std::stable_sort(order.begin(), order.end(), bySeq);
            for (std::size_t k : order) {
                const Authenticated a = authenticate(m.data, s.frames[k], s.number, s.key, macKey);
                if (a.ok()) return {a.seq, a.hash};
            }
        }
        return {};
    }

    QString tornSuffix() const
    {
        return QStringLiteral(".torn-") +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    }

    // Cuts a torn tail off the last segment (see the top of this file).
    // Returns what happened, for a person; empty if nothing was cut.
    Result<QString> recoverTail(const std::optional<Checkpoint>& cp)
    {
        QStringList notes;
        while (!segments.empty() && segments.back().incompleteHeader) {
            const QString aside = segments.back().path + tornSuffix();
            if (!QFile::rename(segments.back().path, aside))
                return Error{
                    describe(QStringLiteral("%1 has an incomplete header and cannot be set aside.")
                                 .arg(segments.back().path))};
            notes << QStringLiteral("A segment whose start was interrupted (it held no records) "
                                    "was set aside as %1.")
                         .arg(QFileInfo(aside).fileName());
            segments.pop_back();
        }
        const auto done = [&]() -> Result<QString> {
            const QString note = notes.join(QLatin1Char(' '));
            if (!note.isEmpty()) openEvents.push_back(events::auditLogRecovered(note));
            return note;
        };
        if (segments.empty() || !loadKey(segments.back())) return done();
        Segment& s = segments.back();
        index(s);
        MappedFile m;
        if (!m.map(s.path, s.size))
            return Error{describe(
                QStringLiteral("%1 cannot be read (%2).").arg(s.path, m.file.errorString()))};
        std::size_t keep = s.frames.size();
        while (keep > 0 && !authenticate(m.data, s.frames[keep - 1], s.number, s.key, macKey).ok())
            --keep;
        qint64 cutAt = s.brokenAt;
        const quint64 lastGood =
            keep > 0 ? s.frames[keep - 1].seq : appendPoint(segments.size() - 1).seq;
        if (keep < s.frames.size() && (!cp || lastGood >= cp->seq)) cutAt = s.frames[keep].offset;
        if (cutAt < 0) return done();

        const QString aside = s.path + tornSuffix();
        auto kept = crypto::writeFileAtomically(aside, QByteArray(m.data + cutAt, m.size - cutAt));
        const qint64 cutBytes = m.size - cutAt;
        m.file.unmap(reinterpret_cast<uchar*>(const_cast<char*>(m.data)));
        const int tfd = ::open(QFile::encodeName(s.path).constData(), O_WRONLY | O_CLOEXEC);
        if (!kept || tfd < 0 || ::ftruncate(tfd, cutAt) != 0 || syncData(tfd) != 0) {
            const QString why = kept ? errnoText(errno) : kept.errorMessage();
            if (tfd >= 0) ::close(tfd);
            return Error{
                describe(QStringLiteral("its torn end could not be cut off (%1).").arg(why))};
        }
        ::close(tfd);
        while (!s.frames.empty() && s.frames.back().offset >= cutAt)
            s.frames.pop_back();
        s.size = cutAt;
        s.brokenAt = -1;
        s.firstSeq = s.frames.empty() ? 0 : s.frames.front().seq;
        notes
            << QObject::tr(
                   "The end of %1 (%2 bytes after record %3) was incomplete or unreadable after an "
                   "interruption (crash or power loss) and was cut off; the bytes were kept as %4.")
                   .arg(QFileInfo(s.path).fileName())
                   .arg(cutBytes)
                   .arg(lastGood)
                   .arg(QFileInfo(aside).fileName());
        return done();
    }

    // The frames whose clear seq is `seq`, as (segment, frame): normally
    // one, found by position; after tampering (a forged or replayed frame
    // claiming the same seq) all of them, in file order.
    std::vector<std::pair<std::size_t, std::size_t>> locate(quint64 seq, bool exhaustive = false)
    {
        for (std::size_t i = segments.size(); i-- > 0 && !exhaustive;) {
            Segment& s = segments[i];
            if (!s.problem.isEmpty() || s.firstSeq == 0 || s.firstSeq > seq) continue;
            index(s);
            const quint64 k = seq - s.firstSeq;
            if (k < s.frames.size() && s.frames[k].seq == seq) return {{i, std::size_t(k)}};
            break;
        }
        std::vector<std::pair<std::size_t, std::size_t>>
            found; // an unusual layout: search everything
        for (std::size_t i = 0; i < segments.size(); ++i) {
            index(segments[i]);
            for (std::size_t k = 0; k < segments[i].frames.size(); ++k)
                if (segments[i].frames[k].seq == seq) found.emplace_back(i, k);
        }
        return found;
    }

    std::optional<QByteArray> hashOf(quint64 seq)
    {
        for (const auto& [segment, frame] : locate(seq, true)) {
            Segment& s = segments[segment];
            MappedFile m;
            if (!loadKey(s) || !m.map(s.path, s.size)) continue;
            if (const Authenticated a =
                    authenticate(m.data, s.frames[frame], s.number, s.key, macKey);
                a.ok())
                return a.hash;
        }
        return std::nullopt;
    }

    // When the log lost records its checkpoint vouched for: keep the
    // evidence, continue numbering after the checkpoint, raise an alert.
    Result<QString> checkAgainstCheckpoint(const std::optional<Checkpoint>& cp, const Point& point)
    {
        if (!cp || cp->seq == 0) return QString();
        Incident incident{QStringLiteral("cut"), point.seq + 1, cp->seq,
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
        QString what;
        if (cp->seq > point.seq) {
            what =
                QStringLiteral(
                    "%1, but the keychain checkpoint shows that record %2 existed: %3 missing or "
                    "altered. New records are numbered from %4.")
                    .arg(point.seq == 0
                             ? QObject::tr("No audit record can be authenticated")
                             : QObject::tr("The audit log's last authentic record is %1")
                                   .arg(point.seq))
                    .arg(cp->seq)
                    .arg(rangeWas(point.seq + 1, cp->seq, false))
                    .arg(cp->seq + 1);
            lastSeq = cp->seq;
        } else {
            const std::optional<QByteArray> hash =
                cp->seq == point.seq ? point.hash : hashOf(cp->seq);
            if (!hash || *hash == cp->hash)
                return QString(); // matches, or verify() reports that record
            incident.kind = QStringLiteral("rewritten");
            incident.from = incident.to = cp->seq;
            what = QObject::tr("Audit record %1 does not match the keychain checkpoint: the log "
                                  "was cut back and "
                                  "written again.")
                       .arg(cp->seq);
        }
        incidents.push_back(incident);
        QJsonArray all;
        for (const Incident& i : incidents)
            all.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                   {QStringLiteral("from"), qint64(i.from)},
                                   {QStringLiteral("to"), qint64(i.to)},
                                   {QStringLiteral("found"), i.found}});
        auto stored =
            keys->store().write(kTruncationName, QJsonDocument(all).toJson(QJsonDocument::Compact));
        if (!stored)
            return Error{describe(
                QStringLiteral(
                    "it was truncated, and the evidence could not be kept in the keychain (%1).")
                    .arg(stored.errorMessage()))};
        openEvents.push_back(
            events::securityAlert(events::operatingSystemUser(), what, Outcome::SeriousFailure));
        return what;
    }

    Result<void> prepare()
    {
        if (!QDir().mkpath(folder))
            return Error{describe(QStringLiteral("the folder cannot be created."))};
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (auto locked = lockFolder(); !locked) return locked;
        auto mac = keys->macKey(kMacKeyName);
        if (!mac)
            return Error{describe(
                QStringLiteral("its MAC key is not available (%1).").arg(mac.errorMessage()))};
        macKey = mac.value();
        deks = std::make_unique<crypto::DekStore>(keys, folder, options.recordsPerDek);
        auto storedCp = keys->store().read(kCheckpointName);
        auto storedIncidents = keys->store().read(kTruncationName);
        if (!storedCp || !storedIncidents)
            return Error{describe(
                QStringLiteral("the keychain cannot be read (%1).")
                    .arg((storedCp ? storedIncidents.errorMessage() : storedCp.errorMessage())))};
        const std::optional<Checkpoint> cp =
            storedCp.value() ? decodeCheckpoint(*storedCp.value()) : std::nullopt;
        if (storedIncidents.value()) incidents = decodeIncidents(*storedIncidents.value());

        loadSegments();
        auto torn = recoverTail(cp);
        if (!torn) return torn.error();
        QStringList notes;
        if (!torn.value().isEmpty()) notes << torn.value();
        const Point point = appendPoint(segments.size());
        lastSeq = point.seq;
        lastHash = point.hash;
        auto truncated = checkAgainstCheckpoint(cp, point);
        if (!truncated) return truncated.error();
        if (!truncated.value().isEmpty()) notes << truncated.value();
        if (!segments.empty() && !segments.back().problem.isEmpty()) {
            const QString what =
                QObject::tr(
                    "The last audit segment cannot be used (%1); new records go to a new "
                    "segment.")
                    .arg(segments.back().problem);
            notes << what;
            openEvents.push_back(events::securityAlert(events::operatingSystemUser(), what,
                                                       Outcome::SeriousFailure));
        } else if (!segments.empty() && segments.back().frames.size() < options.recordsPerDek) {
            fd = ::open(QFile::encodeName(segments.back().path).constData(),
                        O_WRONLY | O_APPEND | O_CLOEXEC);
            if (fd < 0 || syncData(fd) != 0)
                return Error{describe(QStringLiteral("%1 cannot be opened for appending (%2).")
                                          .arg(segments.back().path, errnoText(errno)))};
        }
        durableSeq = lastSeq;
        durableHash = lastHash;
        checkpointedSeq = cp ? cp->seq : 0;
        recoveryNote = notes.join(QLatin1Char(' '));
        return {};
    }

    // Called with `mutex` held: makes sure the last segment can take a record.
    Result<void> ensureSegment(std::unique_lock<std::mutex>& lock)
    {
        if (fd >= 0 && segments.back().frames.size() < options.recordsPerDek) return {};
        if (fd >= 0) { // full: everything in it becomes durable before it is closed
            syncDone.wait(lock, [this] { return !syncing; });
            if (syncData(fd) != 0) {
                failure = QObject::tr("The audit log could not be written to disk (%1).")
                              .arg(errnoText(errno));
                return Error{failure};
            }
            durableSeq = lastSeq;
            durableHash = lastHash;
            syncDone.notify_all();
            ::close(fd);
            fd = -1;
        }
        // One DEK per segment: its whole budget is taken at once, so the
        // next segment gets a new key.
        auto dek = deks->current(options.recordsPerDek);
        if (!dek)
            return Error{
                QObject::tr("No data key for a new audit segment: %1").arg(dek.errorMessage())};
        Segment s;
        s.number = segments.empty() ? 1 : segments.back().number + 1;
        s.path = QDir(folder).filePath(segmentFileName(s.number));
        s.dekId = dek.value().id;
        s.key = dek.value().key;
        const QByteArray header = encodeHeader(s.number, s.dekId);
        s.headerSize = s.size = header.size();
        s.indexed = true;
        const QByteArray path = QFile::encodeName(s.path);
        const int nfd =
            ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
        if (nfd < 0 || !writeAll(nfd, header.constData(), header.size()) || syncData(nfd) != 0) {
            const QString why = errnoText(errno);
            if (nfd >= 0) {
                ::close(nfd);
                ::unlink(path.constData());
            }
            return Error{QStringLiteral("A new audit segment %1 could not be created (%2).")
                             .arg(s.path, why)};
        }
        syncFolder(folder);
        segments.push_back(std::move(s));
        fd = nfd;
        return {};
    }

    // Group commit: the first appender to find no sync running syncs every
    // record written so far; the others wait for it, then check again.
    Result<void> waitDurable(std::unique_lock<std::mutex>& lock, quint64 seq)
    {
        while (durableSeq < seq) {
            if (!failure.isEmpty()) return Error{failure};
            if (syncing) {
                syncDone.wait(lock);
                continue;
            }
            syncing = true;
            const quint64 target = lastSeq;
            const QByteArray targetHash = lastHash;
            const int syncFd = fd;
            lock.unlock();
            const int rc = syncData(syncFd);
            const int error = errno;
            lock.lock();
            syncing = false;
            if (rc == 0 && target > durableSeq) {
                durableSeq = target;
                durableHash = targetHash;
            } else if (rc != 0) {
                // After a failed fdatasync the kernel may have dropped the
                // data and a retry can "succeed": never trust this file again.
                failure = QObject::tr("The audit log could not be written to disk (%1).")
                              .arg(errnoText(error));
            }
            syncDone.notify_all();
        }
        return {};
    }

    void checkpoint(quint64 seq, const QByteArray& hash)
    {
        std::lock_guard guard(checkpointMutex);
        if (seq <= checkpointedSeq) return;
        auto stored =
            keys->store().write(kCheckpointName, QByteArray::number(seq) + ':' + hash.toHex());
        checkpointPending = !stored;
        if (stored)
            checkpointedSeq = seq;
        else // no PHI in this message: it is about the keychain
            qWarning("Audit checkpoint at record %llu could not be stored in the keychain (will "
                     "retry): %s",
                     static_cast<unsigned long long>(seq), qUtf8Printable(stored.errorMessage()));
    }

    // The seq before `seq` that should exist (skipping cuts open() recorded).
    quint64 predecessor(quint64 seq) const
    {
        quint64 p = seq - 1;
        for (bool moved = true; moved && p > 0;) {
            moved = false;
            for (const Incident& i : incidents)
                if (i.kind == QLatin1String("cut") && p >= i.from && p <= i.to) {
                    p = i.from - 1;
                    moved = true;
                }
        }
        return p;
    }

    // Decrypts and authenticates the record `seq` (for read()).
    Result<Authenticated> fetch(quint64 seq, std::map<QString, std::unique_ptr<MappedFile>>& maps)
    {
        const auto candidatesFor = [&](bool exhaustive) {
            std::vector<Candidate> out;
            std::lock_guard lock(mutex);
            for (const auto& [segment, frame] : locate(seq, exhaustive))
                if (Segment& s = segments[segment]; loadKey(s))
                    out.push_back({s.frames[frame], s.number, s.key, s.path, s.size});
            return out;
        };
        std::vector<Candidate> candidates = candidatesFor(false);
        if (candidates.size() ==
            1) { // the usual case; if it fails, a forged frame may be in the way
            if (auto a = authenticateIn(candidates.front(), maps); a && a.value().ok())
                return std::move(a).value();
            candidates = candidatesFor(true);
        }
        if (candidates.empty())
            return Error{QObject::tr("Audit record %1 is missing; verify() tells what happened.")
                             .arg(seq)};
        for (const Candidate& c : candidates) {
            auto a = authenticateIn(c, maps);
            if (!a)
                return Error{QObject::tr("Audit record %1 cannot be read (%2).")
                                 .arg(seq)
                                 .arg(a.errorMessage())};
            if (a.value().ok()) return std::move(a).value();
        }
        return Error{
            QObject::tr("Audit record %1 cannot be authenticated; verify() tells what happened.")
                .arg(seq)};
    }

    struct Candidate
    {
        Frame frame;
        quint32 number = 0;
        QByteArray key;
        QString path;
        qint64 size = 0;
    };

    Result<Authenticated> authenticateIn(const Candidate& c,
                                         std::map<QString, std::unique_ptr<MappedFile>>& maps) const
    {
        std::unique_ptr<MappedFile>& m = maps[c.path];
        if (!m || m->size < c.frame.end()) { // not mapped yet, or grown since
            m = std::make_unique<MappedFile>();
            if (!m->map(c.path, c.size) || m->size < c.frame.end())
                return Error{m->file.errorString()};
        }
        return authenticate(m->data, c.frame, c.number, c.key, macKey);
    }
};

AuditLog::AuditLog() : d(std::make_unique<Impl>()) {}

AuditLog::~AuditLog()
{
    std::unique_lock lock(d->mutex);
    if (d->fd >= 0) {
        if (syncData(d->fd) == 0 && d->failure.isEmpty()) {
            d->durableSeq = d->lastSeq;
            d->durableHash = d->lastHash;
        }
        ::close(d->fd);
        d->fd = -1;
    }
    const quint64 seq = d->durableSeq;
    const QByteArray hash = d->durableHash;
    lock.unlock();
    if (seq > 0) d->checkpoint(seq, hash);
    if (d->lockFd >= 0) ::close(d->lockFd); // releases the flock
}

Result<std::shared_ptr<AuditLog>> AuditLog::open(const QString& folder,
                                                 std::shared_ptr<crypto::KeyManager> keys,
                                                 const AuditLogOptions& options)
{
    if (!keys)
        return Error{QObject::tr("The audit log in %1 cannot be opened without a key manager.")
                         .arg(folder)};
    if (options.checkpointEvery < 1 || options.recordsPerDek < 1)
        return Error{QObject::tr("The audit log options are invalid: checkpointEvery and "
                                    "recordsPerDek must be at least 1.")};
    std::shared_ptr<AuditLog> log(new AuditLog());
    Impl& d = *log->d;
    d.folder = QDir(folder).absolutePath();
    d.keys = std::move(keys);
    d.options = options;
    if (auto prepared = d.prepare(); !prepared) return prepared.error();
    for (const Event& event : std::exchange(d.openEvents, {})) {
        auto appended = log->append(event);
        if (!appended)
            return Error{d.describe(
                QStringLiteral("what was found on opening it could not be recorded (%1).")
                    .arg(appended.errorMessage()))};
    }
    return log;
}

Result<quint64> AuditLog::append(const Event& event)
{
    std::unique_lock lock(d->mutex);
    if (!d->failure.isEmpty()) return Error{d->failure};
    if (auto ready = d->ensureSegment(lock); !ready) return ready.error();
    Record record;
    record.seq = d->lastSeq + 1;
    record.time = QDateTime::currentDateTimeUtc();
    record.host = d->host;
    record.processId = d->pid;
    record.event = event;
    record.previousHash = d->lastHash;
    Impl::Segment& s = d->segments.back();
    auto sealed = sealRecord(record, s.number, s.key, d->macKey);
    if (!sealed) return sealed.error();
    const QByteArray& frame = sealed.value().frame;
    if (!writeAll(d->fd, frame.constData(), frame.size())) {
        const QString why = errnoText(errno);
        // Take back a partial frame so the next record does not follow garbage.
        if (::ftruncate(d->fd, s.size) != 0)
            d->failure =
                QObject::tr("The audit log could not be written to disk (%1).").arg(why);
        return Error{
            QObject::tr("Audit record %1 could not be written (%2).").arg(record.seq).arg(why)};
    }
    s.frames.push_back({s.size, quint32(frame.size() - 4), record.seq});
    if (s.firstSeq == 0) s.firstSeq = record.seq;
    s.size += frame.size();
    d->lastSeq = record.seq;
    d->lastHash = sealed.value().hash;
    if (d->options.durable) {
        if (auto durable = d->waitDurable(lock, record.seq); !durable) return durable.error();
    } else {
        d->durableSeq = d->lastSeq;
        d->durableHash = d->lastHash;
    }
    lock.unlock();
    if (record.seq % quint64(d->options.checkpointEvery) == 0 || d->checkpointPending)
        d->checkpoint(record.seq, sealed.value().hash);
    return record.seq;
}

quint64 AuditLog::lastSeq() const
{
    std::lock_guard lock(d->mutex);
    return d->durableSeq;
}

QString AuditLog::recoveryNote() const
{
    std::lock_guard lock(d->mutex);
    return d->recoveryNote;
}

QString AuditLog::folder() const
{
    return d->folder;
}

Result<void> AuditLog::rewrapKeys()
{
    return d->deks->rewrapAll();
}

Result<std::vector<Record>> AuditLog::read(quint64 from, quint64 max)
{
    std::vector<Record> out;
    from = std::max<quint64>(from, 1);
    const quint64 last = lastSeq();
    std::map<QString, std::unique_ptr<MappedFile>> maps;
    QByteArray previous(32, '\0');
    if (const quint64 before = d->predecessor(from); before > 0 && from <= last) {
        auto a = d->fetch(before, maps);
        if (!a) return a.error();
        previous = a.value().hash;
    }
    // Returns what was read before a problem; the problem itself if nothing was.
    const auto stop = [&out](QString why) -> Result<std::vector<Record>> {
        if (out.empty()) return Error{std::move(why)};
        return std::move(out);
    };
    for (quint64 seq = from; seq <= last && out.size() < max; seq = seq + 1) {
        if (d->predecessor(seq + 1) != seq) continue; // inside a cut open() recorded
        auto a = d->fetch(seq, maps);
        if (!a) return stop(a.errorMessage());
        if (a.value().previousHash != previous)
            return stop(
                QObject::tr(
                    "Audit record %1 does not link to the record before it; verify() tells what "
                    "happened.")
                    .arg(seq));
        auto record = recordFromJson(QJsonDocument::fromJson(a.value().canonical).object());
        if (!record) return stop(record.errorMessage());
        record.value().hash = a.value().hash;
        previous = a.value().hash;
        out.push_back(std::move(record).value());
    }
    return out;
}

VerifyReport AuditLog::verify()
{
    // The checkpoint is read before the snapshot of the files: a checkpoint
    // written meanwhile could name a record the snapshot does not hold.
    auto checkpoint = d->keys->store().read(kCheckpointName);
    std::vector<SegmentRef> refs;
    {
        std::lock_guard lock(d->mutex);
        for (const Impl::Segment& s : d->segments)
            refs.push_back({s.number, s.path, -1});
        if (d->fd >= 0)
            refs.back().limit =
                d->segments.back().size; // records being written now are not there yet
    }
    Verifier verifier(refs, *d->deks, d->macKey, d->incidents);
    return verifier.run(checkpoint);
}

} // namespace custos::audit
