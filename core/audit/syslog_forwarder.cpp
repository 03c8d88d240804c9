// SPDX-License-Identifier: Apache-2.0
// SyslogForwarder: connecting, sending records in order and confirming
// their delivery. What failures mean for a person is in syslog_errors.cpp.

#include "core/audit/syslog_forwarder_p.h"

#include "core/crypto/key_manager.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

#ifdef Q_OS_LINUX
#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#endif

namespace custos::audit {

namespace {

constexpr int kMaxReconnectMs = 10'000;
constexpr int kHandshakeTimeoutMs = 15'000;
// A collector that vanished without closing (cable, crash of its host)
// leaves our data unacknowledged; after this long the kernel gives up on
// the connection and we reconnect, instead of after TCP's ~15 minutes.
constexpr unsigned kUnacknowledgedTimeoutMs = 30'000;
constexpr qint64 kMaxBufferedBytes = 256 * 1024; // plaintext + ciphertext waiting in Qt's buffers
constexpr quint64 kReadBatch = 256;

QString progressPath(const RecordSource& log)
{
    return QDir(log.folder()).filePath(QStringLiteral("forwarded.seq"));
}

// Bytes the kernel still holds for this socket because the peer has not
// acknowledged them; nullopt where the platform cannot tell.
std::optional<qint64> unacknowledgedBytes(const QSslSocket& socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket.socketDescriptor();
    if (fd < 0) return std::nullopt;
    int pending = 0;
    if (::ioctl(int(fd), SIOCOUTQ, &pending) != 0) return std::nullopt;
    return pending;
#else
    Q_UNUSED(socket);
    return std::nullopt;
#endif
}

void limitUnacknowledgedTime(const QSslSocket& socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket.socketDescriptor();
    const unsigned timeout = kUnacknowledgedTimeoutMs;
    if (fd >= 0) ::setsockopt(int(fd), IPPROTO_TCP, TCP_USER_TIMEOUT, &timeout, sizeof timeout);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

quint64 SyslogForwarder::Impl::readProgress() const
{
    QFile file(progressPath(*log));
    if (!file.exists()) return 0;
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Audit forwarding: %s cannot be read (%s); sending the whole log again.",
                 qPrintable(file.fileName()), qPrintable(file.errorString()));
        return 0;
    }
    bool ok = false;
    const quint64 seq = file.readAll().trimmed().toULongLong(&ok);
    if (!ok) {
        qWarning("Audit forwarding: %s is damaged; sending the whole log again.",
                 qPrintable(file.fileName()));
        return 0;
    }
    const quint64 last = log->lastSeq();
    if (seq > last) {
        qWarning("Audit forwarding: %s says record %llu was delivered but the log ends at %llu; "
                 "sending the whole log again.",
                 qPrintable(file.fileName()), static_cast<unsigned long long>(seq),
                 static_cast<unsigned long long>(last));
        return 0;
    }
    return seq;
}

void SyslogForwarder::Impl::resetConnectionState()
{
    const quint64 base = delivered.load();
    queuedSeq = base;
    writtenSeq = base;
    queuedBytes = 0;
    writtenBytes = 0;
    pending.clear();
    candidate.reset();
    holding = false;
    drainTimer->stop();
    handshakeDone = false;
    confirmedOnThisConnection = false;
    attemptError.clear();
}

void SyslogForwarder::Impl::connectNow()
{
    if (!running) return;
    releaseSocket();
    resetConnectionState();

    socket = new QSslSocket(q);
    socket->setSslConfiguration(ssl);
    QSslSocket* s = socket;
    QObject::connect(s, &QSslSocket::encrypted, q, [this, s] {
        if (s == socket) onEncrypted();
    });
    QObject::connect(s, &QSslSocket::bytesWritten, q, [this, s](qint64 bytes) {
        if (s == socket) onBytesWritten(bytes);
    });
    QObject::connect(s, &QSslSocket::sslErrors, q, [this, s](const QList<QSslError>& errors) {
        if (s == socket) onSslErrors(errors);
    });
    QObject::connect(s, &QSslSocket::errorOccurred, q,
                     [this, s](QAbstractSocket::SocketError error) {
                         if (s == socket) onSocketError(error);
                     });
    QObject::connect(s, &QSslSocket::disconnected, q, [this, s] {
        if (s == socket) onDisconnected();
    });
    // A syslog receiver does not talk back; whatever it sends is discarded
    // so it cannot pile up.
    QObject::connect(s, &QSslSocket::readyRead, q, [s] { s->readAll(); });

    handshakeTimer->start(std::max(kHandshakeTimeoutMs, 2 * config.reconnectMs));
    socket->connectToHostEncrypted(config.host, config.port);
}

void SyslogForwarder::Impl::onEncrypted()
{
    handshakeTimer->stop();
    handshakeDone = true;
    isConnected = true;
    limitUnacknowledgedTime(*socket);
    encryptedSince.start();
    pump();
}

void SyslogForwarder::Impl::onBytesWritten(qint64 bytes)
{
    writtenBytes += bytes;
    while (!pending.empty() && pending.front().endOffset <= writtenBytes) {
        writtenSeq = pending.front().seq;
        pending.pop_front();
    }
    pump();
}

void SyslogForwarder::Impl::onSocketError(QAbstractSocket::SocketError error)
{
    // sslErrors() came first and says more than "handshake failed".
    dropConnection(attemptError.isEmpty() ? describe(error, socket->errorString()) : attemptError);
}

void SyslogForwarder::Impl::onDisconnected()
{
    dropConnection(QObject::tr("The audit repository at %1 closed the connection; records "
                               "it may not have received will be sent again.")
                       .arg(where()));
}

void SyslogForwarder::Impl::dropConnection(QString reason)
{
    handshakeTimer->stop();
    isConnected = false;
    releaseSocket();
    resetConnectionState();
    if (!running) return;
    report(reason);
    if (!running) return; // stopped by a slot connected to connectionError()
    reconnectTimer->start(backoffMs);
    backoffMs = std::min(backoffMs * 2, std::max(kMaxReconnectMs, config.reconnectMs));
}

void SyslogForwarder::Impl::releaseSocket()
{
    if (!socket) return;
    QSslSocket* s = socket;
    socket = nullptr;
    QObject::disconnect(s, nullptr, q, nullptr);
    s->abort();
    s->deleteLater(); // we may be inside one of its signals
}

void SyslogForwarder::Impl::report(const QString& message)
{
    if (message.isEmpty() || message == lastEmittedError)
        return; // the same failure again on a retry says nothing new
    lastEmittedError = message;
    emit q->connectionError(message);
}

void SyslogForwarder::Impl::poll()
{
    if (!socket || !isConnected) return;
    confirm();
    pump();
    if (encryptedSince.elapsed() >= settleMs())
        backoffMs = config.reconnectMs; // this connection held; the next failure starts afresh
}

void SyslogForwarder::Impl::pump()
{
    if (!socket || !isConnected || holding) return;
    while (socket->bytesToWrite() + socket->encryptedBytesToWrite() < kMaxBufferedBytes &&
           queuedSeq < log->lastSeq()) {
        Result<std::vector<Record>> batch = log->read(queuedSeq + 1, kReadBatch);
        if (!batch) {
            report(QObject::tr("Audit records from %1 on cannot be forwarded: %2")
                       .arg(queuedSeq + 1)
                       .arg(batch.errorMessage()));
            return; // tried again on the next poll
        }
        if (batch.value().empty()) return;
        for (const Record& record : batch.value()) {
            const QByteArray message = toSyslogMessage(record, config.appName);
            // RFC 5425 section 4.3: octet counting, "MSG-LEN SP SYSLOG-MSG".
            const QByteArray frame = QByteArray::number(message.size()) + ' ' + message;
            if (socket->write(frame) != frame.size()) {
                dropConnection(QObject::tr("Audit record %1 could not be handed to the "
                                           "connection to %2: %3.")
                                   .arg(record.seq)
                                   .arg(where(), socket->errorString()));
                return;
            }
            queuedBytes += frame.size();
            pending.push_back({queuedBytes, record.seq});
            queuedSeq = record.seq;
        }
    }
}

void SyslogForwarder::Impl::confirm()
{
    if (candidate && candidate->since.elapsed() >= settleMs()) {
        const quint64 seq = candidate->seq;
        candidate.reset();
        commit(seq);
        if (!socket) return; // stopped by a slot connected to delivered()
    }
    if (candidate || writtenSeq <= delivered.load()) return;
    holding = true;
    checkDrained();
    if (holding) drainTimer->start(2);
}

// Everything Qt wrote must also have left our kernel, acknowledged by the
// peer's TCP: otherwise "written" only means "in a buffer here".
bool SyslogForwarder::Impl::drained() const
{
    if (socket->bytesToWrite() != 0 || socket->encryptedBytesToWrite() != 0) return false;
    const std::optional<qint64> unacknowledged = unacknowledgedBytes(*socket);
    return !unacknowledged || *unacknowledged == 0;
}

void SyslogForwarder::Impl::checkDrained()
{
    if (!socket || !isConnected || !holding) return;
    if (!drained()) {
        // Loopback drains in microseconds, a WAN in a round trip or two.
        drainTimer->start(std::min(drainTimer->interval() * 2, config.pollMs));
        return;
    }
    drainTimer->stop();
    holding = false;
    candidate = Candidate{writtenSeq, {}};
    candidate->since.start();
    pump();
}

void SyslogForwarder::Impl::commit(quint64 seq)
{
    if (seq <= delivered.load()) return;
    const Result<void> saved =
        crypto::writeFileAtomically(progressPath(*log), QByteArray::number(seq) + '\n');
    delivered = seq;
    confirmedOnThisConnection = true;
    lastEmittedError.clear();
    if (!saved)
        report(QObject::tr("Audit records up to %1 were delivered, but the progress file %2 "
                           "could not be written (%3); they will be sent again after a "
                           "restart.")
                   .arg(seq)
                   .arg(progressPath(*log), saved.errorMessage()));
    emit q->delivered(seq);
}

namespace {

class AuditLogSource final : public RecordSource
{
public:
    explicit AuditLogSource(std::shared_ptr<AuditLog> log) : m_log(std::move(log)) {}
    QString folder() const override { return m_log->folder(); }
    quint64 lastSeq() const override { return m_log->lastSeq(); }
    Result<std::vector<Record>> read(quint64 from, quint64 max) override { return m_log->read(from, max); }

private:
    std::shared_ptr<AuditLog> m_log;
};

} // namespace

SyslogForwarder::SyslogForwarder(std::shared_ptr<AuditLog> log, ForwarderConfig config,
                                 QObject* parent)
    : SyslogForwarder(log ? std::make_shared<AuditLogSource>(std::move(log)) : std::shared_ptr<RecordSource>(),
                      std::move(config), parent)
{
}

SyslogForwarder::SyslogForwarder(std::shared_ptr<RecordSource> log, ForwarderConfig config,
                                 QObject* parent)
    : QObject(parent), d(std::make_unique<Impl>())
{
    d->q = this;
    d->log = std::move(log);
    d->config = std::move(config);
    d->config.pollMs = std::max(d->config.pollMs, 10);
    d->config.reconnectMs = std::max(d->config.reconnectMs, 10);
    d->backoffMs = d->config.reconnectMs;

    d->pollTimer = new QTimer(this);
    connect(d->pollTimer, &QTimer::timeout, this, [this] { d->poll(); });
    d->reconnectTimer = new QTimer(this);
    d->reconnectTimer->setSingleShot(true);
    connect(d->reconnectTimer, &QTimer::timeout, this, [this] { d->connectNow(); });
    d->drainTimer = new QTimer(this);
    connect(d->drainTimer, &QTimer::timeout, this, [this] { d->checkDrained(); });
    d->handshakeTimer = new QTimer(this);
    d->handshakeTimer->setSingleShot(true);
    connect(d->handshakeTimer, &QTimer::timeout, this, [this] {
        d->dropConnection(QObject::tr("The audit repository at %1 did not complete the TLS "
                                      "handshake within %2 seconds.")
                              .arg(d->where())
                              .arg(d->handshakeTimer->interval() / 1000));
    });
}

SyslogForwarder::~SyslogForwarder()
{
    stop();
}

void SyslogForwarder::start()
{
    if (d->running) return;
    d->lastEmittedError.clear(); // a new start reports even a known problem again
    if (!d->log) {
        d->report(QObject::tr("Audit records cannot be forwarded: no audit log."));
        return;
    }
    if (const std::optional<QString> problem = d->prepareTls()) {
        d->report(*problem);
        return;
    }
    d->delivered = d->readProgress();
    d->running = true;
    d->backoffMs = d->config.reconnectMs;
    d->pollTimer->start(d->config.pollMs);
    d->connectNow();
}

void SyslogForwarder::stop()
{
    d->running = false;
    d->pollTimer->stop();
    d->reconnectTimer->stop();
    d->handshakeTimer->stop();
    d->drainTimer->stop();
    d->isConnected = false;
    // Unconfirmed records are simply sent again next time.
    d->releaseSocket();
    d->resetConnectionState();
}

quint64 SyslogForwarder::deliveredSeq() const
{
    return d->delivered.load();
}

bool SyslogForwarder::connected() const
{
    return d->isConnected.load();
}

} // namespace custos::audit
