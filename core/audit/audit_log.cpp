// SPDX-License-Identifier: Apache-2.0
// AuditLog's public methods, appending (segments, group commit, keychain
// checkpoints) and reading records back. The on-disk format is described in
// audit_format_p.h; open()'s recovery is in audit_recovery.cpp, verify()'s
// walk in audit_verifier.cpp.
//
// Checkpoint failures never fail an append (the record is already durable):
// they are logged without PHI and retried on the next append and on close.

#include "core/audit/audit_log_p.h"
#include "core/crypto/atomic_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <utility>

#ifndef Q_OS_UNIX
#error                                                                                             \
    "audit_log.cpp: port the POSIX file layer (open/write/fdatasync) before building on this platform"
#endif
#include <fcntl.h>
#include <unistd.h>

namespace custos::audit {

namespace detail {

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

} // namespace detail

using namespace detail;

namespace {

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


} // namespace

// Called with `mutex` held: makes sure the last segment can take a record.
Result<void> AuditLog::Impl::ensureSegment(std::unique_lock<std::mutex>& lock)
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
        return Error{
            QStringLiteral("A new audit segment %1 could not be created (%2).").arg(s.path, why)};
    }
    (void)crypto::syncFolder(folder);
    segments.push_back(std::move(s));
    fd = nfd;
    return {};
}

// Group commit: the first appender to find no sync running syncs every
// record written so far; the others wait for it, then check again.
Result<void> AuditLog::Impl::waitDurable(std::unique_lock<std::mutex>& lock, quint64 seq)
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

void AuditLog::Impl::checkpoint(quint64 seq, const QByteArray& hash)
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
quint64 AuditLog::Impl::predecessor(quint64 seq) const
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
Result<Authenticated> AuditLog::Impl::fetch(quint64 seq,
                                            std::map<QString, std::unique_ptr<MappedFile>>& maps)
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
    if (candidates.size() == 1) { // the usual case; if it fails, a forged frame may be in the way
        if (auto a = authenticateIn(candidates.front(), maps); a && a.value().ok())
            return std::move(a).value();
        candidates = candidatesFor(true);
    }
    if (candidates.empty())
        return Error{
            QObject::tr("Audit record %1 is missing; verify() tells what happened.").arg(seq)};
    for (const Candidate& c : candidates) {
        auto a = authenticateIn(c, maps);
        if (!a)
            return Error{
                QObject::tr("Audit record %1 cannot be read (%2).").arg(seq).arg(a.errorMessage())};
        if (a.value().ok()) return std::move(a).value();
    }
    return Error{
        QObject::tr("Audit record %1 cannot be authenticated; verify() tells what happened.")
            .arg(seq)};
}

Result<Authenticated>
AuditLog::Impl::authenticateIn(const Candidate& c,
                               std::map<QString, std::unique_ptr<MappedFile>>& maps) const
{
    std::unique_ptr<MappedFile>& m = maps[c.path];
    if (!m || m->size < c.frame.end()) { // not mapped yet, or grown since
        m = std::make_unique<MappedFile>();
        if (!m->map(c.path, c.size) || m->size < c.frame.end()) return Error{m->file.errorString()};
    }
    return authenticate(m->data, c.frame, c.number, c.key, macKey);
}

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
        return Error{
            QObject::tr("The audit log in %1 cannot be opened without a key manager.").arg(folder)};
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
    record.note = d->options.recordNote;
    Impl::Segment& s = d->segments.back();
    auto sealed = sealRecord(record, s.number, s.key, d->macKey);
    if (!sealed) return sealed.error();
    const QByteArray& frame = sealed.value().frame;
    if (!writeAll(d->fd, frame.constData(), frame.size())) {
        const QString why = errnoText(errno);
        // Take back a partial frame so the next record does not follow garbage.
        if (::ftruncate(d->fd, s.size) != 0)
            d->failure = QObject::tr("The audit log could not be written to disk (%1).").arg(why);
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
    return verifySegments(refs, *d->deks, d->macKey, d->incidents, checkpoint);
}

} // namespace custos::audit
