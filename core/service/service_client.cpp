// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_client.h"

#include "core/service/peer_credentials.h"
#include "core/service/service_protocol.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QObject>
#include <QThread>

#include <mutex>

namespace custos::service {

struct Client::Impl
{
    Endpoint endpoint;
    int timeoutMs = 5000;
    std::mutex mutex;
    std::unique_ptr<QLocalSocket> socket;
    FrameReader reader;
    qint64 nextId = 1;
    mutable std::mutex ticketMutex;
    QByteArray ticket;

    Result<void> connect()
    {
        // A socket belongs to the thread that made it; the viewer also
        // records from worker threads (sign-in checks), so each thread
        // that finds another's socket makes its own connection.
        if (socket && socket->thread() != QThread::currentThread())
            socket.release()->deleteLater();
        if (socket && socket->state() == QLocalSocket::ConnectedState)
            return {};
        socket = std::make_unique<QLocalSocket>();
        reader = FrameReader();
        socket->connectToServer(endpoint.socketPath);
        if (!socket->waitForConnected(timeoutMs)) {
            const QString why = socket->errorString();
            socket.reset();
            return Error{serviceDownMessage(QObject::tr("%1: %2").arg(endpoint.socketPath, why))};
        }
        auto peer = peerCredentials(socket->socketDescriptor());
        if (!peer) {
            socket.reset();
            return peer.error();
        }
        if (peer.value().uid != endpoint.uid) {
            const QString who = userName(peer.value().uid);
            socket.reset();
            return Error{QObject::tr("The program listening on %1 runs as %2, not as the Custos service account %3: it is not the Custos service, "
                                     "so nothing is sent to it. Tell IT.")
                             .arg(endpoint.socketPath, who, endpoint.account)};
        }
        return {};
    }

    Result<QCborMap> exchange(const QByteArray& frame, int answerMs = 0)
    {
        const int waitMs = answerMs > 0 ? answerMs : timeoutMs;
        for (int attempt = 0; attempt < 2; ++attempt) { // one reconnect: custosd may have restarted
            if (auto c = connect(); !c)
                return c.error();
            // flush() hands the frame to the kernel at once; waitForBytesWritten
            // alone first polls for writability (one more system call per
            // request). It waits only for what the kernel did not take.
            if (socket->write(frame) != frame.size()) {
                socket.reset();
                continue;
            }
            socket->flush();
            if (socket->state() != QLocalSocket::ConnectedState || (socket->bytesToWrite() > 0 && !socket->waitForBytesWritten(timeoutMs))) {
                socket.reset();
                continue;
            }
            QElapsedTimer timer;
            timer.start();
            for (;;) {
                if (auto item = reader.next()) {
                    if (!item->message)
                        return Error{item->error};
                    return *item->message;
                }
                const qint64 left = waitMs - timer.elapsed();
                if (left <= 0 || !socket->waitForReadyRead(int(left))) {
                    const bool dropped = socket->state() != QLocalSocket::ConnectedState;
                    socket.reset();
                    // A write that reached a service which then died was never acknowledged: say so, never retry it silently twice.
                    return Error{serviceDownMessage(dropped ? QObject::tr("the service closed the connection before confirming the record")
                                                            : QObject::tr("no answer within %1 ms").arg(waitMs))};
                }
                reader.feed(socket->readAll());
            }
        }
        return Error{serviceDownMessage(QObject::tr("the request could not be sent to %1").arg(endpoint.socketPath))};
    }

    Result<QCborMap> request(QCborMap m, int answerMs = 0)
    {
        m.insert(QStringLiteral("v"), kProtocolVersion);
        const qint64 id = nextId++;
        m.insert(QStringLiteral("id"), id);
        auto reply = exchange(encodeFrame(m), answerMs);
        if (!reply)
            return reply;
        const QCborMap r = reply.value();
        if (!r.value(QStringLiteral("ok")).toBool())
            return Error{r.value(QStringLiteral("error")).toString()};
        if (r.value(QStringLiteral("id")).toInteger() != id)
            return Error{QObject::tr("The Custos service answered another request; the connection is reset.")};
        return r;
    }
};

Client::Client(Endpoint endpoint, int timeoutMs) : d(std::make_unique<Impl>())
{
    d->endpoint = std::move(endpoint);
    d->timeoutMs = timeoutMs;
}

Client::~Client() = default;

const Endpoint& Client::endpoint() const { return d->endpoint; }

void Client::setTicket(const QByteArray& ticket)
{
    std::lock_guard lock(d->ticketMutex);
    d->ticket = ticket;
}

QByteArray Client::ticket() const
{
    std::lock_guard lock(d->ticketMutex);
    return d->ticket;
}

Result<QByteArray> Client::signIn(const QString& user, const QString& password, const QString& code, qint64 lifetimeSeconds)
{
    QCborMap m;
    m.insert(QStringLiteral("op"), QStringLiteral("signIn"));
    m.insert(QStringLiteral("user"), user);
    m.insert(QStringLiteral("password"), password);
    m.insert(QStringLiteral("code"), code);
    if (lifetimeSeconds > 0)
        m.insert(QStringLiteral("lifetime"), lifetimeSeconds);
    std::lock_guard lock(d->mutex);
    auto r = d->request(m, 120000); // Argon2id, and others' sign-ins before this one
    if (!r)
        return r.error();
    const QByteArray ticket = r.value().value(QStringLiteral("ticket")).toByteArray();
    if (ticket.isEmpty())
        return Error{QObject::tr("The Custos service did not issue a sign-in ticket.")};
    return ticket;
}

Result<QCborMap> Client::call(QCborMap request)
{
    std::lock_guard lock(d->mutex);
    return d->request(request, 120000);
}

Result<quint64> Client::append(const audit::Event& event)
{
    std::lock_guard lock(d->mutex);
    QCborMap m;
    m.insert(QStringLiteral("op"), QStringLiteral("append"));
    m.insert(QStringLiteral("event"), eventToCbor(event));
    if (const QByteArray t = ticket(); !t.isEmpty())
        m.insert(QStringLiteral("ticket"), t);
    auto r = d->request(m);
    if (!r)
        return r.error();
    const qint64 seq = r.value().value(QStringLiteral("seq")).toInteger(0);
    if (seq <= 0)
        return Error{QObject::tr("The Custos service did not confirm the record.")};
    return quint64(seq);
}

Result<QCborMap> Client::status()
{
    std::lock_guard lock(d->mutex);
    QCborMap m;
    m.insert(QStringLiteral("op"), QStringLiteral("status"));
    return d->request(m);
}

Result<QCborMap> Client::exchangeRaw(const QByteArray& bytes)
{
    std::lock_guard lock(d->mutex);
    return d->exchange(bytes);
}

} // namespace custos::service
