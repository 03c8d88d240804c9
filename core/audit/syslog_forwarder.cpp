#include "core/audit/syslog_forwarder.h"

#include <QObject>

#include "core/crypto/key_manager.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QSslSocket>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <deque>
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
// A record counts as delivered only after it left this machine (the peer's
// TCP acknowledged it) and the connection stayed up this long afterwards:
// a collector that read it and then failed gets that long to drop the
// connection, which makes us send the record again.
constexpr int kMinSettleMs = 250;
constexpr int kHandshakeTimeoutMs = 15'000;
// A collector that vanished without closing (cable, crash of its host)
// leaves our data unacknowledged; after this long the kernel gives up on
// the connection and we reconnect, instead of after TCP's ~15 minutes.
constexpr unsigned kUnacknowledgedTimeoutMs = 30'000;
constexpr qint64 kMaxBufferedBytes = 256 * 1024; // plaintext + ciphertext waiting in Qt's buffers
constexpr quint64 kReadBatch = 256;

QString progressPath(const AuditLog& log)
{
    return QDir(log.folder()).filePath(QStringLiteral("forwarded.seq"));
}

// Bytes the kernel still holds for this socket because the peer has not
// acknowledged them; nullopt where the platform cannot tell.
std::optional<qint64> unacknowledgedBytes(const QSslSocket& socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket.socketDescriptor();
    if (fd < 0)
        return std::nullopt;
    int pending = 0;
    if (::ioctl(int(fd), SIOCOUTQ, &pending) != 0)
        return std::nullopt;
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
    if (fd >= 0)
        ::setsockopt(int(fd), IPPROTO_TCP, TCP_USER_TIMEOUT, &timeout, sizeof timeout);
#else
    Q_UNUSED(socket);
#endif
}

bool looksLikeVersionRefusal(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("unsupported protocol")) ||
           t.contains(QLatin1String("protocol version")) ||
           t.contains(QLatin1String("wrong version number")) ||
           t.contains(QLatin1String("version too low")) ||
           t.contains(QLatin1String("no protocols available"));
}

bool looksLikeClientCertificateRefusal(const QString& text)
{
    const QString t = text.toLower();
    return t.contains(QLatin1String("certificate required")) ||
           t.contains(QLatin1String("bad certificate")) ||
           t.contains(QLatin1String("unknown ca")) ||
           t.contains(QLatin1String("certificate unknown"));
}

} // namespace

struct SyslogForwarder::Impl
{
    SyslogForwarder* q = nullptr;
    std::shared_ptr<AuditLog> log;
    ForwarderConfig config;
    QSslConfiguration ssl;

    QTimer* pollTimer = nullptr;
    QTimer* reconnectTimer = nullptr;
    QTimer* handshakeTimer = nullptr;
    QTimer* drainTimer = nullptr; // while holding: has the peer acknowledged everything yet?
    QSslSocket* socket = nullptr; // child of q; one per connection attempt

    std::atomic<quint64> delivered{0};
    std::atomic<bool> isConnected{false};
    bool running = false;
    int backoffMs = 0;
    QString lastEmittedError;

    // Per connection.
    struct Pending
    {
        qint64 endOffset; // plaintext offset just after this record's frame
        quint64 seq;
    };
    quint64 queuedSeq = 0;  // highest seq handed to the socket
    quint64 writtenSeq = 0; // highest seq whose frame Qt reported written
    qint64 queuedBytes = 0;
    qint64 writtenBytes = 0;
    std::deque<Pending> pending;
    struct Candidate
    {
        quint64 seq;
        QElapsedTimer since;
    };
    std::optional<Candidate> candidate; // acknowledged by the peer's TCP, waiting to settle
    // Sending pauses until everything written so far is acknowledged, so
    // that a long backlog is confirmed piece by piece instead of only at
    // its end (a connection that breaks now and then would otherwise
    // resend the whole pile every time).
    bool holding = false;
    QElapsedTimer encryptedSince;
    bool handshakeDone = false;
    bool confirmedOnThisConnection = false;
    QString attemptError; // the first, most specific, error of this attempt

    QString where() const { return QStringLiteral("%1:%2").arg(config.host).arg(config.port); }
    int settleMs() const { return std::max(config.pollMs, kMinSettleMs); }

    std::optional<QString> prepareTls();
    quint64 readProgress() const;
    void connectNow();
    void onEncrypted();
    void onBytesWritten(qint64 bytes);
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError(QAbstractSocket::SocketError error);
    QString describe(QAbstractSocket::SocketError error, const QString& detail) const;
    QString describeHandshakeFailure(const QString& detail) const;
    QString describeClosedConnection(const QString& detail) const;
    void onDisconnected();
    void poll();
    void pump();
    void confirm();
    bool drained() const;
    void checkDrained();
    void commit(quint64 seq);
    void dropConnection(QString reason); // by value: it may be attemptError, which this clears
    void releaseSocket();
    void resetConnectionState();
    void report(const QString& message);
};

std::optional<QString> SyslogForwarder::Impl::prepareTls()
{
    if (!QSslSocket::supportsSsl())
        return QObject::tr("Audit records cannot be forwarded: TLS is not available on this "
                              "computer (the OpenSSL library could not be loaded).");
    if (config.host.isEmpty())
        return QObject::tr("Audit records cannot be forwarded: no audit repository host is "
                              "configured.");
    if (config.caFile.isEmpty())
        return QObject::tr("Audit records cannot be forwarded: no CA certificate file is "
                              "configured to verify the audit repository at %1.")
            .arg(where());

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(config.caFile, QSsl::Pem);
    if (ca.isEmpty())
        return QObject::tr("Audit records cannot be forwarded: the CA file %1 is missing, "
                              "unreadable or holds no PEM certificate.")
            .arg(config.caFile);

    ssl = QSslConfiguration::defaultConfiguration();
    // Only the configured CA: the audit repository is ours, never "any
    // public CA". setCaCertificates() also turns off on-demand loading of
    // the system's roots.
    ssl.setCaCertificates(ca);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);

    const bool hasCert = !config.clientCertFile.isEmpty();
    const bool hasKey = !config.clientKeyFile.isEmpty();
    if (hasCert != hasKey)
        return QObject::tr("Audit records cannot be forwarded: a client certificate needs "
                              "both a certificate file and a key file (certificate: \"%1\", "
                              "key: \"%2\").")
            .arg(config.clientCertFile, config.clientKeyFile);
    if (hasCert) {
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(config.clientCertFile, QSsl::Pem);
        if (chain.isEmpty())
            return QObject::tr("Audit records cannot be forwarded: the client certificate "
                                  "file %1 is missing, unreadable or holds no PEM certificate.")
                .arg(config.clientCertFile);
        QFile keyFile(config.clientKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return QObject::tr("Audit records cannot be forwarded: the client key file %1 "
                                  "cannot be read: %2.")
                .arg(config.clientKeyFile, keyFile.errorString());
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return QObject::tr("Audit records cannot be forwarded: the client key file %1 "
                                  "holds no unencrypted RSA or EC private key in PEM form.")
                .arg(config.clientKeyFile);
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
    }
    return std::nullopt;
}

quint64 SyslogForwarder::Impl::readProgress() const
{
    QFile file(progressPath(*log));
    if (!file.exists())
        return 0;
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
    if (!running)
        return;
    releaseSocket();
    resetConnectionState();

    socket = new QSslSocket(q);
    socket->setSslConfiguration(ssl);
    QSslSocket* s = socket;
    QObject::connect(s, &QSslSocket::encrypted, q, [this, s] {
        if (s == socket)
            onEncrypted();
    });
    QObject::connect(s, &QSslSocket::bytesWritten, q, [this, s](qint64 bytes) {
        if (s == socket)
            onBytesWritten(bytes);
    });
    QObject::connect(s, &QSslSocket::sslErrors, q, [this, s](const QList<QSslError>& errors) {
        if (s == socket)
            onSslErrors(errors);
    });
    QObject::connect(s, &QSslSocket::errorOccurred, q,
                     [this, s](QAbstractSocket::SocketError error) {
                         if (s == socket)
                             onSocketError(error);
                     });
    QObject::connect(s, &QSslSocket::disconnected, q, [this, s] {
        if (s == socket)
            onDisconnected();
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

void SyslogForwarder::Impl::onSslErrors(const QList<QSslError>& errors)
{
    QStringList details;
    bool nameMismatch = false;
    for (const QSslError& error : errors) {
        details << error.errorString();
        if (error.error() == QSslError::HostNameMismatch)
            nameMismatch = true;
    }
    const QString detail = details.join(QStringLiteral("; "));
    if (nameMismatch && errors.size() == 1)
        attemptError = QObject::tr("The audit repository at %1 presented a certificate that "
                                      "is not valid for the host name \"%2\" (%3). Nothing was "
                                      "sent.")
                           .arg(where(), config.host, detail);
    else
        attemptError = QObject::tr("The audit repository at %1 presented a certificate that "
                                      "is not trusted: %2. Its certificate must be issued by the "
                                      "CA in %3. Nothing was sent.")
                           .arg(where(), detail, config.caFile);
    // The errors are not ignored: Qt aborts the handshake and reports it.
}

void SyslogForwarder::Impl::onSocketError(QAbstractSocket::SocketError error)
{
    // sslErrors() came first and says more than "handshake failed".
    dropConnection(attemptError.isEmpty() ? describe(error, socket->errorString()) : attemptError);
}

QString SyslogForwarder::Impl::describe(QAbstractSocket::SocketError error,
                                        const QString& detail) const
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QObject::tr("The audit repository at %1 refused the connection; is the "
                              "collector running? Audit records stay in the local log and are "
                              "sent when it is reachable.")
            .arg(where());
    case QAbstractSocket::HostNotFoundError:
        return QObject::tr("The audit repository's host name \"%1\" could not be found (%2).")
            .arg(config.host, detail);
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return describeHandshakeFailure(detail);
    default:
        return describeClosedConnection(detail);
    }
}

QString SyslogForwarder::Impl::describeHandshakeFailure(const QString& detail) const
{
    if (looksLikeVersionRefusal(detail))
        return QObject::tr("The audit repository at %1 does not offer TLS 1.2 or newer, and "
                              "Custos refuses older TLS versions (%2). Nothing was sent.")
            .arg(where(), detail);
    if (looksLikeClientCertificateRefusal(detail)) {
        if (config.clientCertFile.isEmpty())
            return QObject::tr("The audit repository at %1 requires a client certificate, "
                                  "and none is configured (%2).")
                .arg(where(), detail);
        return QObject::tr("The audit repository at %1 refused the client certificate in %2 "
                              "(%3).")
            .arg(where(), config.clientCertFile, detail);
    }
    return QObject::tr("The TLS handshake with the audit repository at %1 failed: %2.")
        .arg(where(), detail);
}

QString SyslogForwarder::Impl::describeClosedConnection(const QString& detail) const
{
    if (!handshakeDone)
        return QObject::tr("The audit repository at %1 closed the connection during the TLS "
                              "handshake (%2).")
            .arg(where(), detail);
    // A collector that checks client certificates after the handshake (as
    // rsyslog does, and as TLS 1.3 allows) closes right away.
    if (!confirmedOnThisConnection && encryptedSince.elapsed() < settleMs()) {
        if (config.clientCertFile.isEmpty())
            return QObject::tr("The audit repository at %1 closed the connection right after "
                                  "the TLS handshake; it probably requires a client "
                                  "certificate, and none is configured (%2).")
                .arg(where(), detail);
        return QObject::tr("The audit repository at %1 closed the connection right after the "
                              "TLS handshake; it may not accept the client certificate in %2 "
                              "(%3).")
            .arg(where(), config.clientCertFile, detail);
    }
    return QObject::tr("The connection to the audit repository at %1 was lost (%2); records "
                          "it may not have received will be sent again.")
        .arg(where(), detail);
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
    if (!running)
        return;
    report(reason);
    if (!running)
        return; // stopped by a slot connected to connectionError()
    reconnectTimer->start(backoffMs);
    backoffMs = std::min(backoffMs * 2, std::max(kMaxReconnectMs, config.reconnectMs));
}

void SyslogForwarder::Impl::releaseSocket()
{
    if (!socket)
        return;
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
    if (!socket || !isConnected)
        return;
    confirm();
    pump();
    if (encryptedSince.elapsed() >= settleMs())
        backoffMs = config.reconnectMs; // this connection held; the next failure starts afresh
}

void SyslogForwarder::Impl::pump()
{
    if (!socket || !isConnected || holding)
        return;
    while (socket->bytesToWrite() + socket->encryptedBytesToWrite() < kMaxBufferedBytes &&
           queuedSeq < log->lastSeq()) {
        Result<std::vector<Record>> batch = log->read(queuedSeq + 1, kReadBatch);
        if (!batch) {
            report(QObject::tr("Audit records from %1 on cannot be forwarded: %2")
                       .arg(queuedSeq + 1)
                       .arg(batch.errorMessage()));
            return; // tried again on the next poll
        }
        if (batch.value().empty())
            return;
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
        if (!socket)
            return; // stopped by a slot connected to delivered()
    }
    if (candidate || writtenSeq <= delivered.load())
        return;
    holding = true;
    checkDrained();
    if (holding)
        drainTimer->start(2);
}

// Everything Qt wrote must also have left our kernel, acknowledged by the
// peer's TCP: otherwise "written" only means "in a buffer here".
bool SyslogForwarder::Impl::drained() const
{
    if (socket->bytesToWrite() != 0 || socket->encryptedBytesToWrite() != 0)
        return false;
    const std::optional<qint64> unacknowledged = unacknowledgedBytes(*socket);
    return !unacknowledged || *unacknowledged == 0;
}

void SyslogForwarder::Impl::checkDrained()
{
    if (!socket || !isConnected || !holding)
        return;
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
    if (seq <= delivered.load())
        return;
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

SyslogForwarder::SyslogForwarder(std::shared_ptr<AuditLog> log, ForwarderConfig config,
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
    if (d->running)
        return;
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
