// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to AuditLog: its private state (AuditLog::Impl) and what the
// files implementing it share.
//   audit_log.cpp       the public methods, appending (segments, group
//                       commit, checkpoints) and reading records back
//   audit_recovery.cpp  open(): the segment index, torn-tail recovery, the
//                       comparison with the keychain checkpoint
//   audit_verifier.cpp  verify(): the walk over every segment
//   audit_format.cpp    the on-disk format (audit_format_p.h)

#include "core/audit/audit_format_p.h"
#include "core/audit/audit_log.h"
#include "core/crypto/key_manager.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QSysInfo>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace custos::audit {

namespace detail {

// The POSIX file layer (audit_log.cpp).
QString errnoText(int error);
int syncData(int fd);

// "Record 5 was" / "records 5 to 7 were".
QString rangeWas(quint64 from, quint64 to, bool startsSentence = true);

struct SegmentRef
{
    quint32 number = 0;
    QString path;
    qint64 limit = -1; // bytes to read; < 0: the whole file
};

// Walks every frame of every segment in order and names the first problem
// (the rules are in audit_verifier.cpp).
VerifyReport verifySegments(const std::vector<SegmentRef>& refs, crypto::DekStore& deks,
                            QByteArray macKey, std::vector<Incident> incidents,
                            const Result<std::optional<QByteArray>>& checkpoint);

} // namespace detail

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
        std::vector<detail::Frame> frames;
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
    std::vector<detail::Incident> incidents; // fixed after open()
    std::vector<Event> openEvents;           // what open() found, appended once it is open

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

    // Opening (audit_recovery.cpp).
    QString describe(const QString& what) const;
    Result<void> lockFolder();
    void loadSegments();
    bool loadKey(Segment& s);
    void index(Segment& s);
    Point appendPoint(std::size_t count);
    QString tornSuffix() const;
    Result<QString> recoverTail(const std::optional<detail::Checkpoint>& cp);
    std::vector<std::pair<std::size_t, std::size_t>> locate(quint64 seq, bool exhaustive = false);
    std::optional<QByteArray> hashOf(quint64 seq);
    Result<QString> checkAgainstCheckpoint(const std::optional<detail::Checkpoint>& cp,
                                           const Point& point);
    Result<void> prepare();

    // Appending and reading (audit_log.cpp).
    Result<void> ensureSegment(std::unique_lock<std::mutex>& lock);
    Result<void> waitDurable(std::unique_lock<std::mutex>& lock, quint64 seq);
    void checkpoint(quint64 seq, const QByteArray& hash);
    quint64 predecessor(quint64 seq) const;
    Result<detail::Authenticated>
    fetch(quint64 seq, std::map<QString, std::unique_ptr<detail::MappedFile>>& maps);

    struct Candidate
    {
        detail::Frame frame;
        quint32 number = 0;
        QByteArray key;
        QString path;
        qint64 size = 0;
    };

    Result<detail::Authenticated>
    authenticateIn(const Candidate& c,
                   std::map<QString, std::unique_ptr<detail::MappedFile>>& maps) const;
};

} // namespace custos::audit
