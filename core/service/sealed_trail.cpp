// SPDX-License-Identifier: Apache-2.0
// The sealed trail's format and its writer. Format and reasoning:
// sealed_trail.h.

#include "core/service/sealed_trail_p.h"

#include "core/crypto/aead.h"
#include "core/crypto/atomic_file.h"
#include "core/crypto/key_manager.h"
#include "core/service/peer_credentials.h"
#include "core/service/service_protocol.h"

#include <QCborValue>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QObject>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace custos::service {

using namespace detail;

namespace {

QString errnoText(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

int syncData(int fd)
{
#ifdef Q_OS_MACOS
    return ::fcntl(fd, F_FULLFSYNC) == -1 ? -1 : 0;
#else
    return ::fdatasync(fd);
#endif
}

bool writeAll(int fd, const char* data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}


template <class T>
void put(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <class T>
T get(const char* p)
{
    return qFromLittleEndian<T>(p);
}

QByteArray fixedPart(const TrailEntry& e)
{
    QByteArray out;
    out.reserve(kFixedBytes + 4 + e.payload.size());
    out.append(char(e.kind));
    put<quint64>(out, e.seq);
    put<qint64>(out, e.timeMs);
    put<quint64>(out, e.epoch);
    put<quint32>(out, e.uid);
    put<qint64>(out, e.pid);
    out.append(e.previousMac.leftJustified(32, '\0', true));
    put<quint32>(out, quint32(e.payload.size()));
    out.append(e.payload);
    return out;
}

QByteArray encodeKeyFile(const SealingKey& k)
{
    QByteArray out(kKeyMagic, 8);
    put<quint64>(out, k.epoch);
    put<qint64>(out, k.t0Ms);
    put<quint32>(out, quint32(k.epochSeconds));
    put<quint32>(out, 0);
    out.append(k.key);
    out.append(k.keyId);
    return out;
}

} // namespace

// ------------------------------------------------------------ format

namespace detail {

QByteArray evolve(const QByteArray& key) { return crypto::sha256(QByteArrayLiteral("custos/fss/v1/evolve") + key); }

QByteArray macKey(const QByteArray& key) { return crypto::sha256(QByteArrayLiteral("custos/fss/v1/mac") + key); }

namespace {
QByteArray macOfFixedPart(const QByteArray& mk, const QByteArray& keyId, const QByteArray& fixed)
{
    return crypto::hmacSha256(mk, QByteArrayLiteral("custos/fss/v1") + keyId + fixed);
}

// The frame of an entry whose fixed part is already built, appended to `out`.
void appendFrame(QByteArray& out, const QByteArray& fixed, const QByteArray& mac)
{
    put<quint32>(out, quint32(fixed.size() + mac.size()));
    out += fixed;
    out += mac;
}
} // namespace

QByteArray frameMac(const QByteArray& mk, const QByteArray& keyId, const TrailEntry& e)
{
    return macOfFixedPart(mk, keyId, fixedPart(e));
}

QByteArray encodeFrame(const TrailEntry& e)
{
    QByteArray out;
    appendFrame(out, fixedPart(e), e.mac);
    return out;
}

Parse parseFrame(const char* data, qint64 size, qint64 pos, TrailEntry& out)
{
    if (pos == size)
        return Parse::End;
    if (size - pos < 4)
        return Parse::Torn;
    const quint32 body = get<quint32>(data + pos);
    if (body < quint32(kMinFrameBody) || body > quint32(kMaxFrameBody))
        return Parse::Broken;
    if (size - pos - 4 < qint64(body))
        return Parse::Torn;
    const char* p = data + pos + 4;
    out.kind = TrailEntry::Kind(quint8(p[0]));
    if (out.kind != TrailEntry::Kind::Record && out.kind != TrailEntry::Kind::Seal)
        return Parse::Broken;
    out.seq = get<quint64>(p + 1);
    out.timeMs = get<qint64>(p + 9);
    out.epoch = get<quint64>(p + 17);
    out.uid = get<quint32>(p + 25);
    out.pid = get<qint64>(p + 29);
    out.previousMac = QByteArray(p + 37, 32);
    const quint32 n = get<quint32>(p + kFixedBytes);
    if (qint64(n) + kMinFrameBody != qint64(body))
        return Parse::Broken;
    out.payload = QByteArray(p + kFixedBytes + 4, n);
    out.mac = QByteArray(p + kFixedBytes + 4 + n, 32);
    out.offset = pos;
    out.size = 4 + qint64(body);
    return Parse::Frame;
}

Result<SealingKey> readSealingKey(const QString& stateDir)
{
    QFile f(sealingKeyPath(stateDir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The sealing key %1 cannot be read (%2). Was custosd --init run?").arg(f.fileName(), f.errorString())};
    const QByteArray b = f.read(kKeyFileBytes);
    if (b.size() != kKeyFileBytes || !b.startsWith(QByteArray(kKeyMagic, 8)))
        return Error{QObject::tr("The sealing key %1 is damaged.").arg(f.fileName())};
    SealingKey k;
    k.epoch = get<quint64>(b.constData() + 8);
    k.t0Ms = get<qint64>(b.constData() + 16);
    k.epochSeconds = get<quint32>(b.constData() + 24);
    k.key = b.mid(32, 32);
    k.keyId = b.mid(64, 8);
    if (k.epochSeconds <= 0)
        return Error{QObject::tr("The sealing key %1 is damaged.").arg(f.fileName())};
    return k;
}

} // namespace detail

QByteArray VerificationKey::keyId() const { return crypto::sha256(QByteArrayLiteral("custos/fss/v1/id") + k0).left(8); }

QByteArray VerificationKey::encode() const
{
    return "custos-fss-v1:" + k0.toHex() + ':' + QByteArray::number(t0Ms) + ':' + QByteArray::number(epochSeconds) + '\n';
}

Result<VerificationKey> decodeVerificationKey(const QByteArray& text)
{
    const QList<QByteArray> parts = text.trimmed().split(':');
    VerificationKey k;
    bool okT = false, okL = false;
    if (parts.size() == 4 && parts[0] == "custos-fss-v1") {
        k.k0 = QByteArray::fromHex(parts[1]);
        k.t0Ms = parts[2].toLongLong(&okT);
        k.epochSeconds = parts[3].toLongLong(&okL);
    }
    if (k.k0.size() != 32 || !okT || !okL || k.epochSeconds <= 0)
        return Error{QObject::tr("This is not a Custos verification key (expected one line \"custos-fss-v1:...\" as custosd --init wrote it).")};
    return k;
}

Result<VerificationKey> readVerificationKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The verification key file %1 cannot be read (%2).").arg(path, f.errorString())};
    auto k = decodeVerificationKey(f.read(4096));
    if (!k)
        return Error{path + QStringLiteral(": ") + k.errorMessage()};
    return k;
}

QString trailPath(const QString& stateDir) { return QDir(stateDir).filePath(QStringLiteral("audit/trail.log")); }
QString sealingKeyPath(const QString& stateDir) { return QDir(stateDir).filePath(QStringLiteral("audit/sealing.key")); }

QCborMap TrailEntry::payloadMap() const { return QCborValue::fromCbor(payload).toMap(); }

audit::Record TrailEntry::toRecord() const
{
    audit::Record r;
    r.seq = seq;
    r.time = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    r.processId = pid;
    r.previousHash = previousMac;
    r.hash = mac;
    const QCborMap p = payloadMap();
    r.host = p.value(QStringLiteral("host")).toString();
    if (kind == Kind::Seal) {
        r.event = audit::events::securityAlert(QStringLiteral("custosd"),
                                               QStringLiteral("audit epoch %1 sealed; next epoch %2").arg(epoch).arg(integerOf(p.value(QStringLiteral("next")))),
                                               audit::Outcome::Success);
        return r;
    }
    if (auto e = eventFromCbor(p.value(QStringLiteral("event"))))
        r.event = std::move(e).value();
    audit::ActiveParticipant os;
    os.userId = QStringLiteral("os-uid:%1").arg(uid);
    os.userName = p.value(QStringLiteral("user")).toString();
    os.role = {QStringLiteral("os-user"), QStringLiteral("99CUSTOS"), QStringLiteral("Operating-system account observed by custosd")};
    os.networkAccessPoint = r.host;
    r.event.participants.push_back(os);
    return r;
}

// ------------------------------------------------------------ init

Result<void> initializeTrail(const QString& stateDir, const QString& keyFile, qint64 epochSeconds, int owner)
{
    if (epochSeconds < 1)
        return Error{QObject::tr("The epoch length must be at least one second.")};
    const QString folder = QDir(stateDir).filePath(QStringLiteral("audit"));
    if (QFileInfo::exists(sealingKeyPath(stateDir)) || QFileInfo::exists(trailPath(stateDir)))
        return Error{QObject::tr("%1 already holds an audit trail; custosd --init runs once.").arg(stateDir)};
    const mode_t old = ::umask(077);
    const bool made = QDir().mkpath(folder);
    ::umask(old);
    if (!made || ::chmod(QFile::encodeName(stateDir).constData(), 0700) != 0 || ::chmod(QFile::encodeName(folder).constData(), 0700) != 0)
        return Error{QObject::tr("The state folder %1 could not be created.").arg(stateDir)};

    auto k0 = crypto::randomBytes(32);
    if (!k0)
        return k0.error();
    VerificationKey vk;
    vk.k0 = k0.value();
    vk.t0Ms = QDateTime::currentMSecsSinceEpoch();
    vk.epochSeconds = epochSeconds;

    // The verification key first, and only once: O_EXCL, readable by its owner alone.
    const QByteArray keyPath = QFile::encodeName(keyFile);
    const int kfd = ::open(keyPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0400);
    if (kfd < 0)
        return Error{errno == EEXIST ? QObject::tr("The verification key file %1 already exists; it is written once and never replaced.").arg(keyFile)
                                     : QObject::tr("The verification key file %1 could not be created (%2).").arg(keyFile, errnoText(errno))};
    const QByteArray text = vk.encode();
    const bool written = writeAll(kfd, text.constData(), text.size()) && ::fsync(kfd) == 0;
    ::close(kfd);
    if (!written)
        return Error{QObject::tr("The verification key file %1 could not be written.").arg(keyFile)};

    SealingKey sk{0, vk.t0Ms, epochSeconds, vk.k0, vk.keyId()};
    QByteArray header(kTrailMagic, 12);
    header.append(sk.keyId);
    for (const auto& [path, bytes] : {std::pair{sealingKeyPath(stateDir), encodeKeyFile(sk)}, std::pair{trailPath(stateDir), header}}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 || !writeAll(fd, bytes.constData(), bytes.size()) || ::fsync(fd) != 0) {
            const QString why = errnoText(errno);
            if (fd >= 0)
                ::close(fd);
            return Error{QObject::tr("%1 could not be written (%2).").arg(path, why)};
        }
        if (owner >= 0 && ::fchown(fd, uid_t(owner), gid_t(-1)) != 0) {
            ::close(fd);
            return Error{QObject::tr("%1 could not be given to the service account (%2).").arg(path, errnoText(errno))};
        }
        ::close(fd);
    }
    if (owner >= 0) {
        for (const QString& dir : {folder, stateDir})
            if (::chown(QFile::encodeName(dir).constData(), uid_t(owner), gid_t(-1)) != 0)
                return Error{QObject::tr("%1 could not be given to the service account (%2).").arg(dir, errnoText(errno))};
    }
    (void)crypto::syncFolder(folder);
    (void)crypto::syncFolder(stateDir);
    return {};
}

// ------------------------------------------------------------ writer

struct SealedTrail::Impl
{
    QString stateDir;
    Options options;
    int fd = -1;
    int keyFd = -1;
    SealingKey key;
    QByteArray mk; // MAC key of the current epoch
    quint64 lastSeq = 0;
    QByteArray lastMac = QByteArray(32, '\0');
    qint64 lastTimeMs = 0;
    qint64 size = 0;
    QString failure;
    QString recoveryNote;

    qint64 epochStartMs(quint64 e) const { return key.t0Ms + qint64(e) * key.epochSeconds * 1000; }

    Result<void> write(const QByteArray& bytes)
    {
        if (!writeAll(fd, bytes.constData(), bytes.size())) {
            const QString why = errnoText(errno);
            if (::ftruncate(fd, size) != 0)
                failure = QObject::tr("The audit trail could not be written to disk (%1).").arg(why);
            return Error{QObject::tr("The audit trail could not be written to disk (%1).").arg(why)};
        }
        if (syncData(fd) != 0) {
            // After a failed fdatasync the kernel may have dropped the data: never trust this file again.
            failure = QObject::tr("The audit trail could not be written to disk (%1).").arg(errnoText(errno));
            return Error{failure};
        }
        size += bytes.size();
        return {};
    }

    // Moves the key from its epoch to `target`, erasing the old one. The
    // seal (when `seal`) is durable before the old key is gone.
    Result<void> moveTo(quint64 target, bool seal)
    {
        if (seal) {
            TrailEntry e;
            e.kind = TrailEntry::Kind::Seal;
            e.seq = lastSeq + 1;
            // The seal belongs to the epoch it closes: its time is that epoch's last millisecond.
            e.timeMs = std::max(lastTimeMs, epochStartMs(key.epoch + 1) - 1);
            e.epoch = key.epoch;
            e.uid = quint32(::geteuid());
            e.pid = qint64(::getpid());
            e.previousMac = lastMac;
            QCborMap p;
            p.insert(QStringLiteral("next"), qint64(target));
            p.insert(QStringLiteral("sealedAt"), QDateTime::currentMSecsSinceEpoch());
            p.insert(QStringLiteral("host"), options.host);
            e.payload = p.toCborValue().toCbor();
            e.mac = frameMac(mk, key.keyId, e);
            if (auto w = write(detail::encodeFrame(e)); !w)
                return w;
            lastSeq = e.seq;
            lastMac = e.mac;
            lastTimeMs = e.timeMs;
        }
        QByteArray k = key.key;
        for (quint64 e = key.epoch; e < target; ++e) {
            QByteArray next = evolve(k);
            crypto::wipe(k);
            k = next;
        }
        crypto::wipe(key.key);
        crypto::wipe(mk);
        key.key = k;
        key.epoch = target;
        mk = macKey(key.key);
        // Overwritten in place (same blocks), so the old key does not
        // survive in a replaced file's free blocks.
        const QByteArray bytes = encodeKeyFile(key);
        if (::pwrite(keyFd, bytes.constData(), size_t(bytes.size()), 0) != bytes.size() || syncData(keyFd) != 0) {
            failure = QObject::tr("The sealing key could not be moved to the next epoch (%1).").arg(errnoText(errno));
            return Error{failure};
        }
        return {};
    }
};

SealedTrail::SealedTrail() : d(std::make_unique<Impl>()) {}

SealedTrail::~SealedTrail()
{
    crypto::wipe(d->key.key);
    crypto::wipe(d->mk);
    if (d->fd >= 0)
        ::close(d->fd);
    if (d->keyFd >= 0)
        ::close(d->keyFd);
}

Result<std::unique_ptr<SealedTrail>> SealedTrail::open(const QString& stateDir, Options options)
{
    std::unique_ptr<SealedTrail> t(new SealedTrail());
    Impl& d = *t->d;
    d.stateDir = stateDir;
    d.options = std::move(options);
    if (d.options.host.isEmpty())
        d.options.host = QSysInfo::machineHostName();

    // The state is the service account's alone.
    struct stat st{};
    if (::stat(QFile::encodeName(stateDir).constData(), &st) != 0)
        return Error{QObject::tr("The state folder %1 does not exist; run custosd --init first.").arg(stateDir)};
    if (st.st_uid != ::geteuid() || (st.st_mode & 077) != 0)
        return Error{QObject::tr("The state folder %1 must belong to the account custosd runs as (%2) and be closed to everyone else (mode 0700).")
                         .arg(stateDir, userName(quint32(::geteuid())))};

    auto key = readSealingKey(stateDir);
    if (!key)
        return key.error();
    d.key = key.value();
    d.keyFd = ::open(QFile::encodeName(sealingKeyPath(stateDir)).constData(), O_RDWR | O_CLOEXEC);
    if (d.keyFd < 0)
        return Error{QObject::tr("The sealing key %1 cannot be opened for writing (%2).").arg(sealingKeyPath(stateDir), errnoText(errno))};
    // One writer: a second custosd on the same state would interleave frames
    // (the lock is taken before anything is repaired or written).
    if (::flock(d.keyFd, LOCK_EX | LOCK_NB) != 0)
        return Error{QObject::tr("Another custosd is already keeping the audit trail in %1.").arg(stateDir)};

    const QString path = trailPath(stateDir);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The audit trail %1 cannot be read (%2).").arg(path, f.errorString())};
    const QByteArray all = f.readAll();
    f.close();
    if (all.size() < kHeaderBytes || !all.startsWith(QByteArray(kTrailMagic, 12)) || all.mid(12, 8) != d.key.keyId)
        return Error{QObject::tr("The audit trail %1 does not belong to this sealing key.").arg(path)};

    // Walk every frame; a tail that does not parse, or whose frames of the
    // current epoch do not authenticate, is a write cut short by a crash:
    // it was never acknowledged. It is cut (and kept beside the trail).
    d.mk = macKey(d.key.key);
    qint64 pos = kHeaderBytes;
    qint64 goodEnd = pos;
    TrailEntry last;
    bool any = false;
    for (;;) {
        TrailEntry e;
        const Parse r = parseFrame(all.constData(), all.size(), pos, e);
        if (r != Parse::Frame)
            break;
        if (e.epoch == d.key.epoch && frameMac(d.mk, d.key.keyId, e) != e.mac) {
            // Torn only if nothing after it authenticates either.
            bool laterGood = false;
            qint64 p2 = pos + e.size;
            for (TrailEntry e2; parseFrame(all.constData(), all.size(), p2, e2) == Parse::Frame; p2 += e2.size)
                if (e2.epoch == d.key.epoch && frameMac(d.mk, d.key.keyId, e2) == e2.mac)
                    laterGood = true;
            if (!laterGood)
                break;
        }
        if (e.epoch > d.key.epoch)
            return Error{QObject::tr("The audit trail %1 holds a record of epoch %2, later than its sealing key (epoch %3): the state was tampered with.")
                             .arg(path)
                             .arg(e.epoch)
                             .arg(d.key.epoch)};
        last = e;
        any = true;
        pos += e.size;
        goodEnd = pos;
    }
    if (goodEnd < all.size()) {
        const QString torn = path + QStringLiteral(".torn-%1").arg(QDateTime::currentMSecsSinceEpoch());
        QFile keep(torn);
        if (keep.open(QIODevice::WriteOnly))
            keep.write(all.mid(goodEnd));
        keep.close();
        if (::truncate(QFile::encodeName(path).constData(), goodEnd) != 0)
            return Error{QObject::tr("The torn end of the audit trail %1 could not be cut (%2).").arg(path, errnoText(errno))};
        d.recoveryNote = QStringLiteral("custosd found %1 bytes of an unfinished write at the end of its audit trail (never acknowledged to anyone) and kept them in %2.")
                             .arg(all.size() - goodEnd)
                             .arg(QFileInfo(torn).fileName());
    }
    d.size = goodEnd;
    if (any) {
        d.lastSeq = last.seq;
        d.lastMac = last.mac;
        d.lastTimeMs = last.timeMs;
    }
    d.fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (d.fd < 0)
        return Error{QObject::tr("The audit trail %1 cannot be opened for writing (%2).").arg(path, errnoText(errno))};

    // A crash between a seal and the key's move: finish the move.
    if (any && last.kind == TrailEntry::Kind::Seal && last.epoch == d.key.epoch) {
        const qint64 next = integerOf(last.payloadMap().value(QStringLiteral("next")));
        if (next <= qint64(d.key.epoch))
            return Error{QObject::tr("The last seal of the audit trail %1 is damaged.").arg(path)};
        if (auto moved = d.moveTo(quint64(next), false); !moved)
            return moved.error();
    }
    if (auto due = t->evolveIfDue(); !due)
        return due.error();
    return t;
}

Result<void> SealedTrail::evolveIfDue()
{
    if (!d->failure.isEmpty())
        return Error{d->failure};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 e = epochOf(now, d->key.t0Ms, d->key.epochSeconds);
    if (e <= qint64(d->key.epoch))
        return {};
    return d->moveTo(quint64(e), true);
}

qint64 SealedTrail::msUntilNextEpoch() const
{
    return std::max<qint64>(0, d->epochStartMs(d->key.epoch + 1) - QDateTime::currentMSecsSinceEpoch());
}

quint64 SealedTrail::lastSeq() const { return d->lastSeq; }
quint64 SealedTrail::epoch() const { return d->key.epoch; }
QString SealedTrail::recoveryNote() const { return d->recoveryNote; }

Result<std::vector<quint64>> SealedTrail::append(const std::vector<Pending>& batch)
{
    if (auto due = evolveIfDue(); !due)
        return due.error();
    QByteArray bytes;
    std::vector<quint64> seqs;
    seqs.reserve(batch.size());
    quint64 seq = d->lastSeq;
    QByteArray mac = d->lastMac;
    qint64 time = d->lastTimeMs;
    for (const Pending& p : batch) {
        TrailEntry e;
        e.kind = TrailEntry::Kind::Record;
        e.seq = ++seq;
        // Never before the record ahead of it, never outside its epoch (a clock set back).
        e.timeMs = std::max({QDateTime::currentMSecsSinceEpoch(), time, d->epochStartMs(d->key.epoch)});
        e.timeMs = std::min(e.timeMs, d->epochStartMs(d->key.epoch + 1) - 1);
        e.epoch = d->key.epoch;
        e.uid = p.uid;
        e.pid = p.pid;
        e.previousMac = mac;
        QCborMap payload;
        payload.insert(QStringLiteral("event"), eventToCbor(p.event));
        payload.insert(QStringLiteral("user"), p.user.isEmpty() ? userName(p.uid) : p.user);
        payload.insert(QStringLiteral("host"), d->options.host);
        e.payload.reserve(1024);
        appendCbor(e.payload, payload.toCborValue());
        // frameMac and encodeFrame, with the fixed part built once.
        const QByteArray fixed = fixedPart(e);
        e.mac = detail::macOfFixedPart(d->mk, d->key.keyId, fixed);
        detail::appendFrame(bytes, fixed, e.mac);
        mac = e.mac;
        time = e.timeMs;
        seqs.push_back(e.seq);
    }
    if (auto w = d->write(bytes); !w)
        return w.error();
    d->lastSeq = seq;
    d->lastMac = mac;
    d->lastTimeMs = time;
    return seqs;
}

} // namespace custos::service
