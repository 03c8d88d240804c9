// SPDX-License-Identifier: Apache-2.0
// What AuditLog::open() does before the first append (Impl::prepare()):
// lock the folder, index the segments, cut a torn tail, compare the log
// with the keychain checkpoint. The segment index built here also serves read().
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

#include "core/audit/audit_log_p.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <cerrno>

#ifndef Q_OS_UNIX
#error                                                                                             \
    "audit_recovery.cpp: port the POSIX file layer (open/ftruncate/flock) before building on this platform"
#endif
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace custos::audit {

using namespace detail;

QString AuditLog::Impl::describe(const QString& what) const
{
    return QObject::tr("The audit log in %1 cannot be opened: %2").arg(folder, what);
}

Result<void> AuditLog::Impl::lockFolder()
{
    const QByteArray path = QFile::encodeName(QDir(folder).filePath(QStringLiteral("audit.lock")));
    lockFd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0)
        return Error{describe(
            QStringLiteral("its lock file cannot be created (%1).").arg(errnoText(errno)))};
    if (::flock(lockFd, LOCK_EX | LOCK_NB) != 0)
        return Error{describe(
            QStringLiteral("it is already open in another Custos process (or twice in this one); "
                           "only one writer may append to it."))};
    return {};
}

void AuditLog::Impl::loadSegments()
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

bool AuditLog::Impl::loadKey(Segment& s)
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

void AuditLog::Impl::index(Segment& s)
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
AuditLog::Impl::Point AuditLog::Impl::appendPoint(std::size_t count)
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

QString AuditLog::Impl::tornSuffix() const
{
    return QStringLiteral(".torn-") +
           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
}

// Cuts a torn tail off the last segment (see the top of this file).
// Returns what happened, for a person; empty if nothing was cut.
Result<QString> AuditLog::Impl::recoverTail(const std::optional<Checkpoint>& cp)
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
        return Error{
            describe(QStringLiteral("%1 cannot be read (%2).").arg(s.path, m.file.errorString()))};
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
        return Error{describe(QStringLiteral("its torn end could not be cut off (%1).").arg(why))};
    }
    ::close(tfd);
    while (!s.frames.empty() && s.frames.back().offset >= cutAt)
        s.frames.pop_back();
    s.size = cutAt;
    s.brokenAt = -1;
    s.firstSeq = s.frames.empty() ? 0 : s.frames.front().seq;
    notes << QObject::tr(
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
std::vector<std::pair<std::size_t, std::size_t>> AuditLog::Impl::locate(quint64 seq,
                                                                        bool exhaustive)
{
    for (std::size_t i = segments.size(); i-- > 0 && !exhaustive;) {
        Segment& s = segments[i];
        if (!s.problem.isEmpty() || s.firstSeq == 0 || s.firstSeq > seq) continue;
        index(s);
        const quint64 k = seq - s.firstSeq;
        if (k < s.frames.size() && s.frames[k].seq == seq) return {{i, std::size_t(k)}};
        break;
    }
    std::vector<std::pair<std::size_t, std::size_t>> found; // an unusual layout: search everything
    for (std::size_t i = 0; i < segments.size(); ++i) {
        index(segments[i]);
        for (std::size_t k = 0; k < segments[i].frames.size(); ++k)
            if (segments[i].frames[k].seq == seq) found.emplace_back(i, k);
    }
    return found;
}

std::optional<QByteArray> AuditLog::Impl::hashOf(quint64 seq)
{
    for (const auto& [segment, frame] : locate(seq, true)) {
        Segment& s = segments[segment];
        MappedFile m;
        if (!loadKey(s) || !m.map(s.path, s.size)) continue;
        if (const Authenticated a = authenticate(m.data, s.frames[frame], s.number, s.key, macKey);
            a.ok())
            return a.hash;
    }
    return std::nullopt;
}

// When the log lost records its checkpoint vouched for: keep the
// evidence, continue numbering after the checkpoint, raise an alert.
Result<QString> AuditLog::Impl::checkAgainstCheckpoint(const std::optional<Checkpoint>& cp,
                                                       const Point& point)
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
                .arg(
                    point.seq == 0
                        ? QObject::tr("No audit record can be authenticated")
                        : QObject::tr("The audit log's last authentic record is %1").arg(point.seq))
                .arg(cp->seq)
                .arg(rangeWas(point.seq + 1, cp->seq, false))
                .arg(cp->seq + 1);
        lastSeq = cp->seq;
    } else {
        const std::optional<QByteArray> hash = cp->seq == point.seq ? point.hash : hashOf(cp->seq);
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

Result<void> AuditLog::Impl::prepare()
{
    if (!QDir().mkpath(folder))
        return Error{describe(QStringLiteral("the folder cannot be created."))};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (auto locked = lockFolder(); !locked) return locked;
    auto mac = keys->macKey(kMacKeyName);
    if (!mac)
        return Error{
            describe(QStringLiteral("its MAC key is not available (%1).").arg(mac.errorMessage()))};
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
            QObject::tr("The last audit segment cannot be used (%1); new records go to a new "
                        "segment.")
                .arg(segments.back().problem);
        notes << what;
        openEvents.push_back(
            events::securityAlert(events::operatingSystemUser(), what, Outcome::SeriousFailure));
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

} // namespace custos::audit
