// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to SyslogForwarder: its private state, shared by
// syslog_forwarder.cpp (connections and delivery) and syslog_errors.cpp
// (TLS configuration checks and the wording of connection failures).

#include "core/audit/syslog_forwarder.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSslSocket;
class QTimer;
QT_END_NAMESPACE

namespace custos::audit {

namespace detail {

// A record counts as delivered only after it left this machine (the peer's
// TCP acknowledged it) and the connection stayed up this long afterwards:
// a collector that read it and then failed gets that long to drop the
// connection, which makes us send the record again.
inline constexpr int kMinSettleMs = 250;

} // namespace detail

struct SyslogForwarder::Impl
{
    SyslogForwarder* q = nullptr;
    std::shared_ptr<RecordSource> log;
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
    int settleMs() const { return std::max(config.pollMs, detail::kMinSettleMs); }

    // prepareTls(), onSslErrors() and describe*() are in syslog_errors.cpp.
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

} // namespace custos::audit
