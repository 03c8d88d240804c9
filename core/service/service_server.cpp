// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_server.h"

#include "core/audit/audit_event.h"
#include "core/service/peer_credentials.h"
#include "core/policy/policy_loader.h"
#include "core/service/sealed_trail.h"
#include "core/service/service_accounts.h"
#include "core/service/service_compliance.h"
#include "core/service/service_protocol.h"
#include "core/service/trail_source.h"

#include <QCborArray>
#include <QDateTime>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <deque>

#include <sys/stat.h>
#include <unistd.h>

namespace custos::service {

namespace {

struct Request
{
    SealedTrail::Pending record;
    QPointer<QLocalSocket> socket;
    qint64 id = 0;
    std::optional<QCborMap> reply; // sent once the record is durable (account operations)
};

// A record that says patient data was allowed to be read or to leave: it
// needs a signed-in person's valid ticket (DICOM 110103 accessed, 110104
// transferred, 110106 export, 110101 audit log used; action R). Other
// records (sign-in attempts, refusals, a cache purge) need none.
bool recordsPhiAction(const audit::Event& e)
{
    static const QStringList ids{QStringLiteral("110103"), QStringLiteral("110104"), QStringLiteral("110106"), QStringLiteral("110101")};
    return e.outcome == audit::Outcome::Success && e.action == QLatin1Char('R') && ids.contains(e.id.code);
}

// The longest a commit waits for the other clients of the last batch.
constexpr int kGroupCommitWaitMs = 1;

struct Connection
{
    FrameReader reader;
    PeerCredentials peer;
    QString user; // the account name of peer.uid, looked up once (not per record)
};

} // namespace

struct Server::Impl
{
    Server* q = nullptr;
    ServerOptions options;
    std::unique_ptr<SealedTrail> trail;
    QLocalServer server;

    // Requests waiting for the next commit. Only the socket thread touches
    // them (account operations hand their events over through it).
    std::deque<Request> queue;
    QTimer commitTimer; // 0 ms: fires once the events waiting now are handled
    // How many connections the last batch answered: while fewer than that
    // have sent their next request, the commit waits for them (at most
    // kGroupCommitWaitMs), so that several clients share one fdatasync.
    std::size_t lastBatchClients = 1;
    QTimer epochTimer;
    quint64 timedEpoch = 0; // the epoch whose end epochTimer waits for
    std::atomic<quint64> lastSeq{0};
    std::shared_ptr<TrailSource> source;
    std::unique_ptr<audit::SyslogForwarder> forwarder;
    QString collectorName;
    QString forwardError;
    std::unique_ptr<ServiceAccounts> accounts;
    std::unique_ptr<ServiceCompliance> compliance; // break-glass, training, audit queries (service_compliance.h)
    QThreadPool slowWork; // Argon2id and the account file, off the socket thread, one at a time

    void enqueue(std::vector<audit::Event> events, const PeerCredentials& peer, QLocalSocket* socket, qint64 id, std::optional<QCborMap> reply);
    void runAccountOp(QLocalSocket* socket, const PeerCredentials& peer, qint64 id, const QCborMap& m, const QString& op);

    // A sentence when new PHI actions must wait for the collector; empty otherwise.
    QString backlogRefusal();

    void accept();
    void read(QLocalSocket* socket, Connection& c);
    void handle(QLocalSocket* socket, Connection& c, const QCborMap& message);
    void postCommit();
    void commit();
    void armEpochTimer(bool failed = false);
};

Server::Server() : d(std::make_unique<Impl>()) { d->q = this; }

Server::~Server()
{
    d->slowWork.waitForDone();
    if (d->forwarder)
        d->forwarder->stop();
    d->commit(); // what was accepted is written (and answered, where the socket still listens)
    d->server.close();
}

quint64 Server::lastSeq() const { return d->lastSeq; }

quint64 Server::backlog() const
{
    if (!d->forwarder)
        return 0;
    const quint64 delivered = d->forwarder->deliveredSeq();
    return d->lastSeq > delivered ? d->lastSeq - delivered : 0;
}

QString Server::Impl::backlogRefusal()
{
    if (!forwarder || (options.maxBacklogRecords <= 0 && options.maxBacklogSeconds <= 0))
        return {};
    const quint64 delivered = forwarder->deliveredSeq();
    const quint64 last = lastSeq;
    if (last <= delivered)
        return {};
    const quint64 waiting = last - delivered;
    qint64 ageSeconds = 0;
    if (auto oldest = source->read(delivered + 1, 1); oldest && !oldest.value().empty())
        ageSeconds = oldest.value().front().time.secsTo(QDateTime::currentDateTimeUtc());
    const bool tooMany = options.maxBacklogRecords > 0 && qint64(waiting) > options.maxBacklogRecords;
    const bool tooOld = options.maxBacklogSeconds > 0 && ageSeconds > options.maxBacklogSeconds;
    if (!tooMany && !tooOld)
        return {};
    return QObject::tr("The audit collector %1 has not received %2 audit records (the oldest is %3 minutes old), more than this site allows; "
                       "new actions on patient data are refused until delivery catches up. Tell IT.%4")
        .arg(collectorName)
        .arg(waiting)
        .arg(ageSeconds / 60)
        .arg(forwardError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(forwardError));
}

Result<std::unique_ptr<Server>> Server::start(const ServerOptions& options)
{
    std::unique_ptr<Server> s(new Server());
    Impl& d = *s->d;
    d.options = options;
    auto trail = SealedTrail::open(options.stateDir);
    if (!trail)
        return trail.error();
    d.trail = std::move(trail).value();
    d.lastSeq = d.trail->lastSeq();
    auto policy = options.policy ? options.policy : policy::builtInDefaultPolicy();
    auto accounts = ServiceAccounts::open(options.stateDir, policy);
    if (!accounts)
        return accounts.error();
    d.accounts = std::move(accounts).value();
    auto compliance = ServiceCompliance::open(options.stateDir, policy, *d.accounts, [&d] { return d.lastSeq.load(); });
    if (!compliance)
        return compliance.error();
    d.compliance = std::move(compliance).value();
    d.slowWork.setMaxThreadCount(1);
    if (const QString note = d.trail->recoveryNote(); !note.isEmpty()) {
        SealedTrail::Pending p{audit::events::auditLogRecovered(note), quint32(::geteuid()), qint64(::getpid())};
        if (auto r = d.trail->append({p}); !r)
            return r.error();
        d.lastSeq = d.trail->lastSeq();
    }

    // Anyone may connect (the kernel names them); only custosd may listen
    // there, which the client checks through the socket's peer credentials.
    QLocalServer::removeServer(options.socketPath);
    d.server.setSocketOptions(QLocalServer::WorldAccessOption);
    if (!d.server.listen(options.socketPath))
        return Error{QObject::tr("custosd cannot listen on %1 (%2).").arg(options.socketPath, d.server.errorString())};
    ::chmod(QFile::encodeName(options.socketPath).constData(), 0666);
    QObject::connect(&d.server, &QLocalServer::newConnection, s.get(), [&d] { d.accept(); });
    d.commitTimer.setSingleShot(true);
    d.commitTimer.setTimerType(Qt::PreciseTimer); // its wait is 1 ms; a coarse timer may make it 5 % of a second
    d.commitTimer.setInterval(0);
    QObject::connect(&d.commitTimer, &QTimer::timeout, s.get(), [&d] { d.commit(); });
    // Each epoch is sealed when its time is over, idle or not.
    d.epochTimer.setSingleShot(true);
    d.epochTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may be 5 % (45 s of 15 min) late
    QObject::connect(&d.epochTimer, &QTimer::timeout, s.get(), [&d] {
        const auto sealed = d.trail->evolveIfDue();
        if (!sealed)
            qWarning("custosd: %s", qUtf8Printable(sealed.errorMessage()));
        d.lastSeq = d.trail->lastSeq(); // a seal is a frame too (the forwarder ships it)
        d.armEpochTimer(!sealed);
    });
    d.armEpochTimer();

    // The site's collector: every frame, in order, from where it stopped.
    if (!options.collector.host.isEmpty()) {
        d.collectorName = QStringLiteral("%1:%2").arg(options.collector.host).arg(options.collector.port);
        d.source = std::make_shared<TrailSource>(options.stateDir, [&d] { return d.lastSeq.load(); });
        audit::ForwarderConfig config = options.collector;
        config.appName = QStringLiteral("custosd");
        d.forwarder = std::make_unique<audit::SyslogForwarder>(d.source, config);
        QObject::connect(d.forwarder.get(), &audit::SyslogForwarder::connectionError, s.get(), [&d](const QString& why) {
            d.forwardError = why;
            qWarning("custosd: %s", qUtf8Printable(why));
        });
        QObject::connect(d.forwarder.get(), &audit::SyslogForwarder::delivered, s.get(), [&d](quint64) { d.forwardError.clear(); });
        d.forwarder->start();
    }
    return s;
}

void Server::Impl::accept()
{
    while (QLocalSocket* socket = server.nextPendingConnection()) {
        auto peer = peerCredentials(socket->socketDescriptor());
        if (!peer) { // never record an event without knowing who sent it
            socket->write(encodeFrame(errorReply(0, peer.errorMessage())));
            socket->disconnectFromServer();
            socket->deleteLater();
            continue;
        }
        auto c = std::make_shared<Connection>();
        c->peer = peer.value();
        c->peer.gid = peer.value().gid;
        c->user = userName(c->peer.uid);
        QObject::connect(socket, &QLocalSocket::readyRead, q, [this, socket, c] { read(socket, *c); });
        QObject::connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        read(socket, *c);
    }
}

void Server::Impl::read(QLocalSocket* socket, Connection& c)
{
    c.reader.feed(socket->readAll());
    while (auto item = c.reader.next()) {
        if (!item->message) {
            socket->write(encodeFrame(errorReply(0, item->error)));
            if (c.reader.fatal()) {
                socket->flush();
                socket->disconnectFromServer();
                return;
            }
            continue;
        }
        handle(socket, c, *item->message);
    }
    // Answers given at once (status, errors) leave now, not one event-loop turn later.
    socket->flush();
}

void Server::Impl::handle(QLocalSocket* socket, Connection& c, const QCborMap& m)
{
    const qint64 id = integerOf(m.value(QStringLiteral("id")), 0);
    if (integerOf(m.value(QStringLiteral("v")), 0) != kProtocolVersion) {
        socket->write(encodeFrame(errorReply(id, QObject::tr("This custosd speaks protocol version %1; the program asking speaks another. Install matching versions.")
                                                     .arg(kProtocolVersion))));
        return;
    }
    const QString op = m.value(QStringLiteral("op")).toString();
    if (op == QLatin1String("append")) {
        auto event = eventFromCbor(m.value(QStringLiteral("event")));
        if (!event) {
            socket->write(encodeFrame(errorReply(id, event.errorMessage())));
            return;
        }
        // The person behind a record of patient data: a valid ticket of
        // this very OS user, not revoked. A refused one is itself recorded.
        const QByteArray ticket = m.value(QStringLiteral("ticket")).toByteArray();
        QString refusal;
        if (!ticket.isEmpty()) {
            if (auto t = accounts->checkTicket(ticket, c.peer.uid); !t)
                refusal = t.errorMessage();
        } else if (recordsPhiAction(event.value())) {
            refusal = QObject::tr("An action on patient data needs a signed-in person, and this request carried no sign-in ticket. Sign in first.");
        }
        if (!refusal.isEmpty()) {
            audit::Event alert = audit::events::securityAlert(
                c.user, QStringLiteral("custosd refused a record of \"%1\": %2").arg(event.value().outcomeDescription, refusal),
                audit::Outcome::MinorFailure);
            enqueue({alert}, c.peer, socket, id, errorReply(id, refusal));
            return;
        }
        queue.push_back({{std::move(event).value(), c.peer.uid, c.peer.pid, c.user}, socket, id, std::nullopt});
        postCommit();
        return;
    }
    if (op == QLatin1String("signIn") || op == QLatin1String("users") || op == QLatin1String("logout") || op == QLatin1String("ssoSignIn") || ServiceCompliance::handles(op)) {
        runAccountOp(socket, c.peer, id, m, op);
        return;
    }
    if (op == QLatin1String("checkTicket")) {
        auto t = accounts->checkTicket(m.value(QStringLiteral("ticket")).toByteArray(), c.peer.uid);
        if (!t) {
            socket->write(encodeFrame(errorReply(id, t.errorMessage())));
            return;
        }
        QCborMap reply;
        reply.insert(QStringLiteral("id"), id);
        reply.insert(QStringLiteral("ok"), true);
        reply.insert(QStringLiteral("subject"), t.value().subject);
        socket->write(encodeFrame(reply));
        return;
    }
    if (op == QLatin1String("status")) {
        QCborMap reply;
        reply.insert(QStringLiteral("id"), id);
        reply.insert(QStringLiteral("ok"), true);
        reply.insert(QStringLiteral("lastSeq"), qint64(lastSeq.load()));
        reply.insert(QStringLiteral("uid"), qint64(c.peer.uid));
        reply.insert(QStringLiteral("pid"), c.peer.pid);
        if (forwarder) {
            reply.insert(QStringLiteral("collector"), collectorName);
            reply.insert(QStringLiteral("delivered"), qint64(forwarder->deliveredSeq()));
        }
        if (const QString refusal = backlogRefusal(); !refusal.isEmpty())
            reply.insert(QStringLiteral("refusePhi"), refusal);
        socket->write(encodeFrame(reply));
        return;
    }
    socket->write(encodeFrame(errorReply(id, QObject::tr("custosd does not know the request \"%1\".").arg(op))));
}

void Server::Impl::enqueue(std::vector<audit::Event> events, const PeerCredentials& peer, QLocalSocket* socket, qint64 id,
                           std::optional<QCborMap> reply)
{
    if (events.empty()) {
        if (socket && reply) {
            socket->write(encodeFrame(*reply));
            socket->flush();
        }
        return;
    }
    for (std::size_t i = 0; i < events.size(); ++i) {
        const bool last = i + 1 == events.size();
        // Only the last answers: the commit answers after the whole batch is durable.
        queue.push_back({{std::move(events[i]), peer.uid, peer.pid}, last ? QPointer<QLocalSocket>(socket) : QPointer<QLocalSocket>(), id,
                         last ? reply : std::nullopt});
    }
    postCommit();
}

void Server::Impl::runAccountOp(QLocalSocket* socket, const PeerCredentials& peer, qint64 id, const QCborMap& m, const QString& op)
{
    QPointer<QLocalSocket> guarded(socket);
    slowWork.start([this, guarded, peer, id, m, op] {
        Caller caller{peer.uid, peer.gid, peer.pid};
        ServiceAccounts::Events events;
        QCborMap reply;
        QString error;
        if (op == QLatin1String("signIn")) {
            auto ticket = accounts->signIn(m.value(QStringLiteral("user")).toString(), m.value(QStringLiteral("password")).toString(),
                                           m.value(QStringLiteral("code")).toString(), integerOf(m.value(QStringLiteral("lifetime")), 0), caller, events);
            if (ticket)
                reply.insert(QStringLiteral("ticket"), ticket.value());
            else
                error = ticket.errorMessage();
        } else if (ServiceCompliance::handles(op)) {
            auto r = compliance->handle(op, m, caller, events);
            if (r)
                reply = r.value();
            else
                error = r.errorMessage();
        } else if (op == QLatin1String("ssoSignIn")) {
            auto r = accounts->ssoSignIn(m, caller, events);
            if (r)
                reply = r.value();
            else
                error = r.errorMessage();
        } else if (op == QLatin1String("logout")) {
            if (auto r = accounts->logout(m.value(QStringLiteral("ticket")).toByteArray(), caller, events); !r)
                error = r.errorMessage();
        } else {
            auto r = accounts->manage(m, caller, events);
            if (r)
                reply = r.value();
            else
                error = r.errorMessage();
        }
        if (error.isEmpty()) {
            reply.insert(QStringLiteral("id"), id);
            reply.insert(QStringLiteral("ok"), true);
        } else {
            reply = errorReply(id, error);
        }
        QMetaObject::invokeMethod(q, [this, guarded, peer, id, events = std::move(events), reply]() mutable {
            enqueue(std::move(events), peer, guarded, id, reply);
        }, Qt::QueuedConnection);
    });
}

// Group commit, on the socket thread. The first request of a batch starts
// a 0 ms timer; Qt fires timers only after it has handled every socket that
// one poll found readable, so the commit takes everything that arrived
// meanwhile (and everything that arrived during the previous fdatasync,
// while this thread was blocked in it), writes it, makes it durable with
// one fdatasync, and only then answers each request. (A timer rather than
// a posted event: posting wakes the loop through its eventfd, two more
// system calls per batch.)
//
// It used to be a writer thread of its own, woken per batch, handing the
// answers back to this thread: for one client that was two thread switches
// and three event-loop turns per record on top of the fdatasync (on this
// VM a switch costs tens of microseconds), a third of the disk's rate.
//
// With several clients and a fast disk the batches came out small: the
// answers of one batch wake its clients, and the first of them to send
// again started the next commit alone (an fdatasync took 0.3 ms, about what
// the clients need to be scheduled and build their next record on two
// cores). So the commit now waits until as many connections have sent as
// the last batch answered, or kGroupCommitWaitMs, whichever comes first:
// PostgreSQL's commit_delay/commit_siblings and MySQL's
// binlog_group_commit_sync_delay, bounded by who is actually there. One
// client never waits (it is the whole last batch).
void Server::Impl::postCommit()
{
    std::size_t clients = 0;
    std::vector<const QLocalSocket*> seen;
    for (const Request& r : queue) {
        const QLocalSocket* s = r.socket.data();
        if (s && std::find(seen.begin(), seen.end(), s) == seen.end()) {
            seen.push_back(s);
            ++clients;
        }
    }
    if (clients >= lastBatchClients) {
        if (!commitTimer.isActive() || commitTimer.interval() != 0)
            commitTimer.start(0);
    } else if (!commitTimer.isActive()) {
        commitTimer.start(kGroupCommitWaitMs);
    }
}

void Server::Impl::commit()
{
    commitTimer.stop();
    if (queue.empty())
        return;
    std::deque<Request> batch;
    batch.swap(queue);
    std::vector<SealedTrail::Pending> records;
    records.reserve(batch.size());
    for (Request& r : batch)
        records.push_back(std::move(r.record)); // the answers below need only the socket, id and reply
    const auto seqs = trail->append(records);
    if (seqs)
        lastSeq = trail->lastSeq();
    std::vector<QLocalSocket*> answered;
    std::vector<const QLocalSocket*> senders;
    for (const Request& r : batch)
        if (r.socket && std::find(senders.begin(), senders.end(), r.socket.data()) == senders.end())
            senders.push_back(r.socket.data());
    lastBatchClients = std::max<std::size_t>(1, senders.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
        QLocalSocket* socket = batch[i].socket;
        if (!socket)
            continue;
        if (seqs && batch[i].reply) {
            socket->write(encodeFrame(*batch[i].reply));
        } else if (seqs) {
            QCborMap reply;
            reply.insert(QStringLiteral("id"), batch[i].id);
            reply.insert(QStringLiteral("ok"), true);
            reply.insert(QStringLiteral("seq"), qint64(seqs.value()[i]));
            socket->write(encodeFrame(reply));
        } else {
            socket->write(encodeFrame(errorReply(batch[i].id, seqs.errorMessage())));
        }
        if (std::find(answered.begin(), answered.end(), socket) == answered.end())
            answered.push_back(socket);
    }
    // Into the kernel now, without waiting for the next event-loop turn.
    for (QLocalSocket* socket : answered)
        socket->flush();
    if (trail->epoch() != timedEpoch)
        armEpochTimer(); // the append moved the epoch on
}

void Server::Impl::armEpochTimer(bool failed)
{
    // After a failed write the trail refuses everything: try again in a
    // second rather than spinning. A QTimer takes int milliseconds.
    timedEpoch = trail->epoch();
    const qint64 ms = failed ? 1000 : std::clamp<qint64>(trail->msUntilNextEpoch() + 1, 1, 3600 * 1000);
    epochTimer.start(int(ms));
}

} // namespace custos::service
