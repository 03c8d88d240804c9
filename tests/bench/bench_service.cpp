// SPDX-License-Identifier: Apache-2.0
// custos-bench-service: what the Custos service costs, each figure beside
// the in-process one measured in the same run.
//   1. the disk's own fdatasync rate (append one record of the size custosd
//      writes + fdatasync, one file), measured again right before each
//      custosd throughput figure (a shared VM's disk drifts within a run);
//   2. durable appends/s through custosd (a real child process, its own
//      socket) from 1 client and from 8 clients (group commit), against the
//      in-process AuditLog from 1 and 8 threads;
//   3. a Guard decision including its durable record: p50 / p99, through
//      the service and in-process;
//   4. verification: the service's sealed trail with the verification key
//      (records/s) against AuditLog::verify();
//   5. session tickets: the first Ed25519 verification of a ticket, and
//      what the Guard's requester costs per decision once it is cached.
// Here custosd runs as the current user (the service account's checks are
// tst_service_users' business). A tool, not a test: never registered with CTest.
//
//   custos-bench-service [--seconds N] [--dir DIR]   (DIR: on the disk to measure)

#include "core/audit/audit_log.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/service/peer_credentials.h"
#include "core/service/sealed_trail.h"
#include "core/service/service_client.h"
#include "core/service/service_protocol.h"
#include "core/service/session_ticket.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QCborMap>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

using namespace custos;

namespace {

double seconds = 3.0;

double fdatasyncRate(const QString& dir, qsizetype recordBytes)
{
    const QByteArray path = QFile::encodeName(QDir(dir).filePath(QStringLiteral("fdatasync.probe")));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return 0;
    const QByteArray record(recordBytes, 'x');
    QElapsedTimer t;
    t.start();
    int n = 0;
    while (t.elapsed() < seconds * 1000) {
        if (::write(fd, record.constData(), size_t(record.size())) != record.size() || ::fdatasync(fd) != 0)
            break;
        ++n;
    }
    const double rate = n / (t.nsecsElapsed() / 1e9);
    ::close(fd);
    ::unlink(path.constData());
    return rate;
}

audit::Event sample(int i)
{
    return audit::events::studyOpened(QStringLiteral("ada"), QStringLiteral("BENCH-%1").arg(i % 100), QStringLiteral("Bench^Patient"),
                                      QStringLiteral("2.25.%1").arg(1000 + i % 100), 12, QStringLiteral("benchmark"));
}

// The bytes one sample record takes in custosd's trail (the frame as
// SealedTrail::append writes it), so the floor appends what the service does.
qsizetype trailFrameBytes()
{
    service::TrailEntry e;
    e.previousMac = QByteArray(32, '\0');
    e.mac = QByteArray(32, '\0');
    QCborMap payload;
    payload.insert(QStringLiteral("event"), service::eventToCbor(sample(1234)));
    payload.insert(QStringLiteral("user"), service::userName(quint32(::geteuid())));
    payload.insert(QStringLiteral("host"), QSysInfo::machineHostName());
    e.payload = payload.toCborValue().toCbor();
    return service::detail::encodeFrame(e).size();
}

// CPU time (user + system, all threads) a process has used so far, from
// /proc/PID/stat: what custosd itself costs per record, a figure that the
// load of other processes on this shared machine barely moves (a rate does).
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) in parentheses:
    // state is field 3, utime 14 and stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return (fields[11].toDouble() + fields[12].toDouble()) / double(::sysconf(_SC_CLK_TCK));
}

// Appends/s from `threads` threads, each calling `append` in a loop;
// `appended` (if given) gets how many there were.
template <class Append>
double appendRate(int threads, Append makeAppender, long* appended = nullptr)
{
    std::atomic<bool> stop = false;
    std::atomic<long> total = 0;
    std::atomic<bool> failed = false;
    std::vector<std::thread> workers;
    QElapsedTimer t;
    t.start();
    for (int w = 0; w < threads; ++w)
        workers.emplace_back([&, w] {
            auto append = makeAppender();
            long n = 0;
            while (!stop) {
                if (!append(sample(w * 100000 + int(n)))) {
                    failed = true;
                    break;
                }
                ++n;
            }
            total += n;
        });
    std::this_thread::sleep_for(std::chrono::milliseconds(qint64(seconds * 1000)));
    stop = true;
    for (auto& w : workers)
        w.join();
    if (failed)
        std::fprintf(stderr, "  (an append failed)\n");
    if (appended)
        *appended = total;
    return total / (t.nsecsElapsed() / 1e9);
}

struct Percentiles
{
    double p50 = 0, p99 = 0;
};

Percentiles guardLatency(policy::GuardParts parts, int n)
{
    policy::Guard guard(std::move(parts));
    policy::Subject subject;
    subject.patientId = QStringLiteral("BENCH-1");
    subject.studyUid = QStringLiteral("2.25.1234");
    std::vector<double> us;
    us.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        const policy::Decision d = guard.request(policy::Action::ViewStudy, subject, QStringLiteral("benchmark"));
        us.push_back(t.nsecsElapsed() / 1e3);
        if (!d.allowed()) {
            std::fprintf(stderr, "  the Guard refused: %s\n", qUtf8Printable(d.reason));
            return {};
        }
    }
    std::sort(us.begin(), us.end());
    return {us[us.size() / 2], us[std::min(us.size() - 1, us.size() * 99 / 100)]};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per throughput figure (default 3)."), QStringLiteral("N"),
                                           QStringLiteral("3"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("A folder on the disk to measure (default: a temporary folder)."),
                                       QStringLiteral("DIR"));
    parser.addHelpOption();
    parser.addOptions({secondsOption, dirOption});
    parser.process(app);
    seconds = parser.value(secondsOption).toDouble();
    QTemporaryDir tmp(parser.isSet(dirOption) ? QDir(parser.value(dirOption)).filePath(QStringLiteral("bench-XXXXXX")) : QString());
    if (!tmp.isValid())
        return 1;

    // The service, as a real process.
    const QString state = tmp.filePath(QStringLiteral("state"));
    const QString key = tmp.filePath(QStringLiteral("verification.key"));
    const QString socket = tmp.filePath(QStringLiteral("custosd.sock"));
    if (auto init = service::initializeTrail(state, key, service::kDefaultEpochSeconds); !init) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(init.errorMessage()));
        return 1;
    }
    QProcess custosd;
    custosd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    custosd.start(QStringLiteral(CUSTOSD_PATH), {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), state, QStringLiteral("--socket"), socket});
    if (!custosd.waitForReadyRead(20000)) {
        std::fprintf(stderr, "custosd did not start\n");
        return 1;
    }
    const service::Endpoint endpoint{socket, QStringLiteral("(this user)"), quint32(::geteuid())};

    // In-process: the audit log of a data folder, keys in memory.
    auto store = std::shared_ptr<crypto::KeyStore>(crypto::makeMemoryKeyStore());
    auto keys = crypto::KeyManager::open(*store).value();
    auto log = audit::AuditLog::open(tmp.filePath(QStringLiteral("inprocess-audit")), keys).value();

    std::printf("custos-bench-service (%s build), %.0f s per figure, folder %s\n", CUSTOS_BENCH_BUILD_TYPE, seconds, qUtf8Printable(tmp.path()));
    const qsizetype frameBytes = trailFrameBytes();
    const double disk = fdatasyncRate(tmp.path(), frameBytes);
    std::printf("\nDisk: append %lld B (one custosd record) + fdatasync, one file  %8.0f /s\n", static_cast<long long>(frameBytes), disk);

    auth::Identity ada;
    ada.subject = QStringLiteral("local:ada");
    ada.userName = QStringLiteral("ada");
    ada.issuer = QStringLiteral("local");
    ada.roles = {QStringLiteral("radiologist")};
    ada.method = auth::AuthMethod::LocalAccount;
    ada.mfa = auth::MfaMethod::Totp;
    ada.authenticatedAt = QDateTime::currentDateTimeUtc();
    ada.expiresAt = ada.authenticatedAt.addSecs(3600);
    // A ticket as custosd issues them (its own key, in its state folder):
    // records of patient data need one.
    auto signing = service::loadOrCreateSigningKey(state);
    if (!signing) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(signing.errorMessage()));
        return 1;
    }
    service::Ticket ticket;
    ticket.subject = ada.subject;
    ticket.userName = ada.userName;
    ticket.issuer = ada.issuer;
    ticket.roles = ada.roles;
    ticket.method = ada.method;
    ticket.mfa = ada.mfa;
    ticket.authTime = ticket.issuedAt = ada.authenticatedAt;
    ticket.expiresAt = ada.expiresAt;
    ticket.uid = quint32(::getuid());
    ticket.id = QByteArray(16, 'b');
    const QByteArray signedTicket = signing.value().sign(ticket).value();
    auto publicKey = service::TicketKey::fromPublicPem(signing.value().publicPem()).value();
    auto verifier = std::make_shared<service::TicketVerifier>(publicKey, quint32(::getuid()));
    auto requester = service::ticketRequester(verifier, [signedTicket] { return signedTicket; });
    std::printf("\nDurable appends/s               custosd      in-process   disk (just before)   custosd/disk   custosd CPU/record\n");
    for (int threads : {1, 8}) {
        const double floor = fdatasyncRate(tmp.path(), frameBytes);
        long appended = 0;
        const double cpuBefore = cpuSeconds(custosd.processId());
        const double viaService = appendRate(
            threads,
            [&] {
                auto client = std::make_shared<service::Client>(endpoint);
                client->setTicket(signedTicket); // the records say patient data was accessed
                return [client](const audit::Event& e) { return bool(client->append(e)); };
            },
            &appended);
        const double cpuPerRecordUs = appended > 0 ? (cpuSeconds(custosd.processId()) - cpuBefore) / double(appended) * 1e6 : 0;
        const double inProcess = appendRate(threads, [&] { return [&](const audit::Event& e) { return bool(log->append(e)); }; });
        std::printf("  %d client%s                     %10.0f   %10.0f   %10.0f /s        %5.2fx        %6.1f us\n", threads, threads == 1 ? " " : "s",
                    viaService, inProcess, floor, viaService / floor, cpuPerRecordUs);
    }

    auto policy = policy::parsePolicy(policy::exampleSitePolicyJson(), QStringLiteral("example")).value();
    auto shared = std::make_shared<const policy::Policy>(policy);
    const int decisions = 2000;
    service::Client guardClient(endpoint);
    guardClient.setTicket(signedTicket);
    const Percentiles viaService = guardLatency(
        {shared, requester, {}, nullptr, nullptr, {},
         [&guardClient](const audit::Event& e) -> Result<void> {
             if (auto r = guardClient.append(e); !r)
                 return r.error();
             return {};
         }},
        decisions);
    const Percentiles inProcess = guardLatency({shared, policy::signInRequester(ada), [&](const audit::Event& e) { (void)log->append(e); }, nullptr, nullptr, {}, {}}, decisions);
    std::printf("\nGuard decision + durable record (%d ViewStudy)\n", decisions);
    std::printf("  custosd      p50 %8.0f us   p99 %8.0f us\n", viaService.p50, viaService.p99);
    std::printf("  in-process   p50 %8.0f us   p99 %8.0f us\n", inProcess.p50, inProcess.p99);

    // Tickets: one full verification (a fresh verifier each time), then the
    // cached requester as the Guard asks it at every decision.
    const int firsts = 200;
    QElapsedTimer tv;
    tv.start();
    for (int i = 0; i < firsts; ++i) {
        service::TicketVerifier fresh(publicKey, quint32(::getuid()));
        if (!fresh.check(signedTicket)) {
            std::fprintf(stderr, "  the ticket was refused\n");
            return 1;
        }
    }
    const double firstUs = tv.nsecsElapsed() / 1e3 / firsts;
    const int cachedN = 200000;
    tv.restart();
    int active = 0;
    for (int i = 0; i < cachedN; ++i)
        active += requester().state == policy::Requester::State::Active ? 1 : 0;
    const double cachedUs = tv.nsecsElapsed() / 1e3 / cachedN;
    tv.restart();
    auto plain = policy::signInRequester(ada);
    for (int i = 0; i < cachedN; ++i)
        active += plain().state == policy::Requester::State::Active ? 1 : 0;
    const double plainUs = tv.nsecsElapsed() / 1e3 / cachedN;
    std::printf("\nSession ticket (COSE_Sign1, Ed25519)\n");
    std::printf("  first verification          %8.1f us\n", firstUs);
    std::printf("  per Guard decision, cached  %8.2f us   (in-process sign-in requester: %.2f us)%s\n", cachedUs, plainUs,
                active == 2 * cachedN ? "" : "  REFUSED");

    custosd.terminate();
    custosd.waitForFinished(20000);
    const auto vk = service::readVerificationKeyFile(key).value();
    QElapsedTimer t;
    t.start();
    const service::TrailReport report = service::verifyTrail(service::trailPath(state), vk);
    const double serviceVerify = report.records / (t.nsecsElapsed() / 1e9);
    t.restart();
    const audit::VerifyReport local = log->verify();
    const double localVerify = local.records / (t.nsecsElapsed() / 1e9);
    std::printf("\nVerification                    records    records/s\n");
    std::printf("  sealed trail (verification key) %8llu   %10.0f   %s\n", static_cast<unsigned long long>(report.records), serviceVerify,
                report.ok ? "ok" : qUtf8Printable(report.message));
    std::printf("  in-process AuditLog::verify()   %8llu   %10.0f   %s\n", static_cast<unsigned long long>(local.records), localVerify,
                local.ok() ? "ok" : qUtf8Printable(local.message));
    return 0;
}
