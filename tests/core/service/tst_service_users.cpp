// SPDX-License-Identifier: Apache-2.0
// custosd with real OS users and real processes (CI runs as root):
//   custos_t12_svc  the service account (not the real _custos, so a DEB
//                   test installing _custos is unaffected)
//   custos_t12_a/b  two people
// Site mode is made inside a private mount namespace (this process and its
// children only): /etc/custos and /run/custos are bind-mounted from this
// test's folders, so no machine-wide policy ever appears on the host.
// The users are created if missing and removed afterwards.

#include "../../peers/rsyslog/rsyslog_collector.h"
#include "core/auth/totp.h"
#include "core/service/peer_credentials.h"
#include "core/service/sealed_trail.h"
#include "core/service/session_ticket.h"
#include "test_support.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace custos;

namespace {

const QString kSvc = QStringLiteral("custos_t12_svc");
const QString kUserA = QStringLiteral("custos_t12_a");
const QString kUserB = QStringLiteral("custos_t12_b");

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run run(const QString& program, const QStringList& args, const QByteArray& input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

quint32 gidOf(const QString& user)
{
    const Run r = run(QStringLiteral("id"), {QStringLiteral("-g"), user});
    return r.out.trimmed().toUInt();
}

// The command, run as `user` (real uid, gid and groups of that account).
QStringList as(const QString& user, const QString& program, const QStringList& args)
{
    const quint32 uid = service::userId(user).value();
    return QStringList{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(uid == 0 ? 0 : int(gidOf(user))),
                       QStringLiteral("--init-groups"), QStringLiteral("--"), program} +
           args;
}

} // namespace

class TestServiceUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void stateAndKeysAreClosedToUsers();
    void recordsCarryTheObservedUidAndPid();
    void concurrentClientsLoseAndDuplicateNothing();
    void sigkillLosesNoAcknowledgedRecord();
    void serviceDownRefusesPhiActions();
    void fakeServerOfWrongAccountIsRefused();
    void verifyWithTheVerificationKey();
    void collectorBacklogRefusesPhiThenEverythingArrivesInOrder();
    // Step 2: accounts and session tickets in custosd.
    void accountStoreAndTicketKeyAreClosedToUsers();
    void usersCannotAdministerAccountsRootCan();
    void changedReplayedAndExpiredTicketsAreRefused();
    void removingAnAccountRevokesItsLiveSession();
    void viewerSignsInThroughTheService();

private:
    bool startService();
    void stopService(bool kill);
    Run asUser(const QString& user, const QString& program, const QStringList& args) const;
    Run cli(const QStringList& args, const QByteArray& input = {}) const;
    // custos-cli as `user`, with a data folder of that user's own.
    Run cliAs(const QString& user, const QStringList& args, const QByteArray& input = {});
    // A PHI record through custos-t12-client as `user`, carrying the ticket in `ticketFile`.
    Run phiAppend(const QString& user, const QString& ticketFile, const QString& tag) const;
    // root adds a local account in custosd; its TOTP secret.
    QByteArray addAccount(const QString& name, const QString& role);
    static QString codeFor(const QByteArray& secret, qint64 offset = 0);
    QString dataOf(const QString& user) const { return m_root.filePath(QStringLiteral("data-") + user); }
    void writeSiteFiles(const QJsonObject& collector, qint64 maxBacklogRecords);
    QJsonObject m_policy;
    std::vector<service::TrailEntry> trail() const;
    // "ack SEQ TAG" lines of a client's output: tag -> seq.
    static std::map<QString, quint64> acks(const QByteArray& out);

    QTemporaryDir m_root;
    QString m_state, m_key, m_etc, m_run, m_data, m_study, m_exports;
    std::unique_ptr<QProcess> m_service;
    QStringList m_createdUsers;
};

Run TestServiceUsers::asUser(const QString& user, const QString& program, const QStringList& args) const
{
    return run(QStringLiteral("setpriv"), as(user, program, args));
}

Run TestServiceUsers::cli(const QStringList& args, const QByteArray& input) const
{
    // Site mode comes from /etc/custos (this namespace), never from the
    // environment; site mode refuses --data-dir, so the test's own data
    // folder is the default one under a private XDG_DATA_HOME.
    return run(QStringLiteral("env"),
               QStringList{QStringLiteral("XDG_DATA_HOME=") + m_data, QStringLiteral(CUSTOS_CLI_PATH)} + args, input);
}

Run TestServiceUsers::cliAs(const QString& user, const QStringList& args, const QByteArray& input)
{
    const QString data = dataOf(user);
    if (!QFileInfo::exists(data)) {
        QDir().mkpath(data);
        [[maybe_unused]] const int r = ::chown(QFile::encodeName(data).constData(), service::userId(user).value(), gidOf(user));
    }
    return run(QStringLiteral("setpriv"),
               as(user, QStringLiteral("env"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("HOME=") + data,
                              QStringLiteral("XDG_DATA_HOME=") + data, QStringLiteral(CUSTOS_CLI_PATH)} +
                      args),
               input);
}

Run TestServiceUsers::phiAppend(const QString& user, const QString& ticketFile, const QString& tag) const
{
    return asUser(user, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                  {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"), kSvc, QStringLiteral("--tag"), tag,
                   QStringLiteral("--phi"), QStringLiteral("--ticket-file"), ticketFile});
}

QByteArray TestServiceUsers::addAccount(const QString& name, const QString& role)
{
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")},
                        "correct horse battery 1\n");
    if (add.code != 0) {
        qWarning("users add %s: %s", qPrintable(name), add.err.constData());
        return {};
    }
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(add.out));
    return m.hasMatch() ? auth::totp::base32Decode(m.captured(1)).value() : QByteArray();
}

QString TestServiceUsers::codeFor(const QByteArray& secret, qint64 offset)
{
    return auth::totp::totp(secret, QDateTime::currentSecsSinceEpoch() + offset, {});
}

std::vector<service::TrailEntry> TestServiceUsers::trail() const
{
    auto t = service::readTrail(service::trailPath(m_state));
    return t ? t.value() : std::vector<service::TrailEntry>{};
}

std::map<QString, quint64> TestServiceUsers::acks(const QByteArray& out)
{
    std::map<QString, quint64> m;
    for (const QByteArray& line : out.split('\n'))
        if (line.startsWith("ack ")) {
            const QList<QByteArray> parts = line.split(' ');
            m[QString::fromUtf8(parts.value(2))] = parts.value(1).toULongLong();
        }
    return m;
}

bool TestServiceUsers::startService()
{
    m_service = std::make_unique<QProcess>();
    m_service->setProcessChannelMode(QProcess::MergedChannels);
    m_service->start(QStringLiteral("setpriv"), as(kSvc, QStringLiteral(CUSTOSD_PATH),
                                                   {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), m_state, QStringLiteral("--socket"),
                                                    QStringLiteral("/run/custos/custosd.sock")}));
    QByteArray seen;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_service->state() != QProcess::NotRunning) {
        m_service->waitForReadyRead(200);
        seen += m_service->readAll();
        if (seen.contains("listening"))
            return true;
    }
    qWarning("custosd did not start: %s", seen.constData());
    return false;
}

void TestServiceUsers::stopService(bool kill)
{
    if (!m_service)
        return;
    if (kill)
        m_service->kill(); // SIGKILL: setpriv exec'd custosd, same pid
    else
        m_service->terminate();
    m_service->waitForFinished(20000);
    m_service.reset();
}

void TestServiceUsers::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "tst_service_users needs root (as CI runs it): it creates OS users and a private mount namespace");
    QVERIFY(m_root.isValid());
    QCOMPARE(::chmod(QFile::encodeName(m_root.path()).constData(), 0755), 0);
    for (const QString& user : {kSvc, kUserA, kUserB}) {
        if (run(QStringLiteral("id"), {QStringLiteral("-u"), user}).code == 0)
            continue;
        const Run add = run(QStringLiteral("useradd"), {QStringLiteral("--system"), QStringLiteral("--no-create-home"), QStringLiteral("--shell"),
                                                        QStringLiteral("/usr/sbin/nologin"), QStringLiteral("--user-group"), user});
        QVERIFY2(add.code == 0 || run(QStringLiteral("id"), {QStringLiteral("-u"), user}).code == 0, add.err.constData());
        m_createdUsers << user;
    }

    // Site mode, in this namespace only.
    m_etc = m_root.filePath(QStringLiteral("etc"));
    m_run = m_root.filePath(QStringLiteral("run"));
    m_state = m_root.filePath(QStringLiteral("state"));
    m_key = m_root.filePath(QStringLiteral("verification.key"));
    m_data = m_root.filePath(QStringLiteral("data"));
    m_study = m_root.filePath(QStringLiteral("study"));
    m_exports = m_root.filePath(QStringLiteral("exports"));
    for (const QString& d : {m_etc, m_run, m_data, m_study, m_exports})
        QVERIFY(QDir().mkpath(d));
    QCOMPARE(::chmod(QFile::encodeName(m_etc).constData(), 0755), 0);
    QCOMPARE(::chown(QFile::encodeName(m_run).constData(), service::userId(kSvc).value(), gidOf(kSvc)), 0);
    QCOMPARE(::chmod(QFile::encodeName(m_run).constData(), 0755), 0);

    QJsonObject policy = QJsonDocument::fromJson(run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("policy"), QStringLiteral("example")}).out).object();
    QVERIFY(!policy.isEmpty());
    policy[QStringLiteral("exportDestinations")] = QJsonArray{m_exports};
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray();
    policy[QStringLiteral("training")] = training;
    policy.remove(QStringLiteral("auditCollector")); // until the test that starts one
    m_policy = policy;
    writeSiteFiles({}, 0);

    // The mount points exist on the host as empty folders (an empty
    // /etc/custos is no site policy); what is mounted on them is seen here only.
    QVERIFY(QDir().mkpath(QStringLiteral("/etc/custos")) && QDir().mkpath(QStringLiteral("/run/custos")));
    QCOMPARE(::mount(QFile::encodeName(m_etc).constData(), "/etc/custos", nullptr, MS_BIND, nullptr), 0);
    QCOMPARE(::mount(QFile::encodeName(m_run).constData(), "/run/custos", nullptr, MS_BIND, nullptr), 0);

    const Run demo = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("make-demo"), m_study, QStringLiteral("--slices"), QStringLiteral("4"),
                                                           QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--quiet")});
    QVERIFY2(demo.code == 0, demo.err.constData());

    const Run init = run(QStringLiteral(CUSTOSD_PATH), {QStringLiteral("--init"), QStringLiteral("--state-dir"), m_state, QStringLiteral("--verification-key-file"),
                                                        m_key, QStringLiteral("--service-account"), kSvc, QStringLiteral("--epoch-seconds"), QStringLiteral("2")});
    QVERIFY2(init.code == 0, init.err.constData());
    QVERIFY(startService());
}

// The site policy and service.json, root-owned as IT deploys them.
void TestServiceUsers::writeSiteFiles(const QJsonObject& collector, qint64 maxBacklogRecords)
{
    QJsonObject policy = m_policy;
    QJsonObject auditCollector = collector;
    // The ceiling is the site policy's (schema version 2), beside its collector.
    if (maxBacklogRecords > 0) {
        auditCollector[QStringLiteral("backlogCeiling")] = QJsonObject{{QStringLiteral("records"), maxBacklogRecords}};
        policy[QStringLiteral("version")] = 2;
    }
    if (!auditCollector.isEmpty())
        policy[QStringLiteral("auditCollector")] = auditCollector;
    QJsonObject service{{QStringLiteral("account"), kSvc}, {QStringLiteral("socket"), QStringLiteral("/run/custos/custosd.sock")}};
    for (const auto& [name, json] : {std::pair{QStringLiteral("policy.json"), policy}, std::pair{QStringLiteral("service.json"), service}}) {
        QFile f(QDir(m_etc).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(json).toJson());
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(f.fileName()).constData(), 0644), 0);
    }
}

// A test that failed half-way may have left the service stopped.
void TestServiceUsers::init()
{
    if (!m_service || m_service->state() == QProcess::NotRunning)
        QVERIFY(startService());
}

void TestServiceUsers::cleanupTestCase()
{
    stopService(false);
    ::umount2("/etc/custos", MNT_DETACH);
    ::umount2("/run/custos", MNT_DETACH);
    for (const QString& user : m_createdUsers)
        run(QStringLiteral("userdel"), {user});
}

void TestServiceUsers::stateAndKeysAreClosedToUsers()
{
    const QString sealingKey = service::sealingKeyPath(m_state);
    for (const QString& user : {kUserA, kUserB}) {
        QVERIFY(asUser(user, QStringLiteral("cat"), {sealingKey}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("cat"), {service::trailPath(m_state)}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("ls"), {m_state}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("cat"), {m_key}).code != 0);
        // Nor can they put their own socket where the service listens.
        QVERIFY(asUser(user, QStringLiteral("touch"), {QStringLiteral("/run/custos/other.sock")}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("rm"), {QStringLiteral("-f"), QStringLiteral("/run/custos/custosd.sock")}).code != 0);
    }
    // The service account itself can read its key (the checks above can fail).
    QCOMPARE(asUser(kSvc, QStringLiteral("cat"), {sealingKey}).code, 0);
    struct stat st{};
    QCOMPARE(::stat(QFile::encodeName(m_state).constData(), &st), 0);
    QCOMPARE(st.st_uid, service::userId(kSvc).value());
    QCOMPARE(int(st.st_mode & 0777), 0700);
    QCOMPARE(::stat(QFile::encodeName(m_key).constData(), &st), 0);
    QCOMPARE(st.st_uid, 0u);
    QCOMPARE(int(st.st_mode & 0777), 0400);
}

void TestServiceUsers::recordsCarryTheObservedUidAndPid()
{
    const Run r = asUser(kUserA, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                         {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"), kSvc, QStringLiteral("--count"),
                          QStringLiteral("3"), QStringLiteral("--tag"), QStringLiteral("observed")});
    QVERIFY2(r.code == 0, r.err.constData());
    const qint64 pid = QRegularExpression(QStringLiteral("pid (\\d+)")).match(QString::fromUtf8(r.out)).captured(1).toLongLong();
    QVERIFY(pid > 1);
    const auto acked = acks(r.out);
    QCOMPARE(acked.size(), std::size_t(3));
    int found = 0;
    for (const service::TrailEntry& e : trail()) {
        const audit::Record rec = e.toRecord();
        if (!rec.event.outcomeDescription.startsWith(QStringLiteral("observed-")))
            continue;
        ++found;
        QCOMPARE(e.uid, service::userId(kUserA).value());
        QCOMPARE(e.pid, pid);
        QCOMPARE(acked.at(rec.event.outcomeDescription), e.seq);
        // The event claims "root"; the service adds whom it saw.
        QCOMPARE(rec.event.participants.front().userId, QStringLiteral("root"));
        QCOMPARE(rec.event.participants.back().userId, QStringLiteral("os-uid:%1").arg(service::userId(kUserA).value()));
        QCOMPARE(rec.event.participants.back().userName, kUserA);
    }
    QCOMPARE(found, 3);
}

void TestServiceUsers::concurrentClientsLoseAndDuplicateNothing()
{
    const int n = 150;
    struct Client
    {
        QString user, tag;
        std::unique_ptr<QProcess> process;
    };
    std::vector<Client> clients;
    for (const auto& [user, tag] : {std::pair{kUserA, QStringLiteral("gui")}, std::pair{kUserB, QStringLiteral("cli1")}, std::pair{kUserB, QStringLiteral("cli2")}})
        clients.push_back({user, tag, std::make_unique<QProcess>()});
    for (Client& c : clients)
        c.process->start(QStringLiteral("setpriv"), as(c.user, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                                                       {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"), kSvc,
                                                        QStringLiteral("--count"), QString::number(n), QStringLiteral("--tag"), c.tag}));
    std::map<QString, quint64> all;
    for (Client& c : clients) {
        QVERIFY(c.process->waitForFinished(120000));
        QVERIFY2(c.process->exitCode() == 0, c.process->readAllStandardError().constData());
        const auto a = acks(c.process->readAllStandardOutput());
        QCOMPARE(a.size(), std::size_t(n));
        all.insert(a.begin(), a.end());
    }
    std::map<QString, int> seen;
    std::set<quint64> seqs;
    for (const service::TrailEntry& e : trail()) {
        QVERIFY(seqs.insert(e.seq).second);
        const QString what = e.toRecord().event.outcomeDescription;
        if (!all.count(what))
            continue;
        ++seen[what];
        QCOMPARE(e.seq, all.at(what));
        const QString user = what.startsWith(QStringLiteral("gui")) ? kUserA : kUserB;
        QCOMPARE(e.uid, service::userId(user).value());
    }
    QCOMPARE(seen.size(), all.size());
    for (const auto& [what, count] : seen)
        QVERIFY2(count == 1, qPrintable(what));
}

void TestServiceUsers::sigkillLosesNoAcknowledgedRecord()
{
    std::vector<std::unique_ptr<QProcess>> clients;
    for (const QString& user : {kUserA, kUserB, kUserA}) {
        clients.push_back(std::make_unique<QProcess>());
        clients.back()->start(QStringLiteral("setpriv"), as(user, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                                                            {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"),
                                                             kSvc, QStringLiteral("--count"), QStringLiteral("1000000"), QStringLiteral("--tag"),
                                                             QStringLiteral("kill%1").arg(clients.size())}));
    }
    // Let them append for a while, then kill the service without warning.
    const std::size_t before = trail().size();
    QDeadlineTimer warmup(30000);
    while (!warmup.hasExpired() && trail().size() < before + 300)
        QTest::qWait(50);
    stopService(true);
    std::map<QString, quint64> acked;
    for (auto& c : clients) {
        QVERIFY(c->waitForFinished(60000));
        QCOMPARE(c->exitCode(), 1); // the service went away under them
        QVERIFY(c->readAllStandardError().contains("not running"));
        const auto a = acks(c->readAllStandardOutput());
        acked.insert(a.begin(), a.end());
    }
    QVERIFY(acked.size() >= 100);
    QVERIFY(startService());
    std::map<QString, quint64> found;
    for (const service::TrailEntry& e : trail())
        if (e.kind == service::TrailEntry::Kind::Record)
            found[e.toRecord().event.outcomeDescription] = e.seq;
    for (const auto& [what, seq] : acked) {
        QVERIFY2(found.count(what), qPrintable(what + QStringLiteral(" was acknowledged and lost")));
        QCOMPARE(found.at(what), seq);
    }
    const service::TrailReport report = service::verifyTrail(service::trailPath(m_state), service::readVerificationKeyFile(m_key).value());
    QVERIFY2(report.ok, qPrintable(report.message));
}

void TestServiceUsers::serviceDownRefusesPhiActions()
{
    // A radiologist signs in (root's own keychain, this test's) and exports while the service runs.
    const QByteArray password = "correct horse battery 1\n";
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("ada"), QStringLiteral("--role"), QStringLiteral("radiologist"),
                         QStringLiteral("--password-stdin")},
                        password);
    QVERIFY2(add.code == 0, add.err.constData());
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(add.out));
    QVERIFY(m.hasMatch());
    const QString code = auth::totp::totp(auth::totp::base32Decode(m.captured(1)).value(), QDateTime::currentSecsSinceEpoch(), {});
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("ada"), QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code},
                          password);
    QVERIFY2(login.code == 0, login.err.constData());

    const auto exportRecords = [this] {
        int n = 0;
        for (const service::TrailEntry& e : trail())
            if (e.toRecord().event.outcomeDescription.contains(QStringLiteral("ExportDicom allowed")))
                ++n;
        return n;
    };
    const QString out = QDir(m_exports).filePath(QStringLiteral("up"));
    const Run allowed = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), out,
                             QStringLiteral("--purpose"), QStringLiteral("tumour board")});
    QVERIFY2(allowed.code == 0, allowed.err.constData());
    QCOMPARE(exportRecords(), 1);
    for (const service::TrailEntry& e : trail())
        if (e.toRecord().event.outcomeDescription.contains(QStringLiteral("ExportDicom allowed")))
            QCOMPARE(e.uid, 0u); // root ran this custos-cli
    // Site mode writes no per-user audit trail.
    QVERIFY(!QFileInfo::exists(QDir(m_data).filePath(QStringLiteral("Custos/audit"))));

    stopService(false);
    const QString down = QDir(m_exports).filePath(QStringLiteral("down"));
    const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), down,
                             QStringLiteral("--purpose"), QStringLiteral("tumour board")});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("The Custos service is not running, so nothing can be recorded; ask IT"), refused.err.constData());
    QVERIFY(refused.err.contains("Nothing was exported"));
    QVERIFY(!QFileInfo::exists(down));
    QVERIFY(startService());
    QCOMPARE(exportRecords(), 1); // the refused export left no "allowed" record
}

void TestServiceUsers::fakeServerOfWrongAccountIsRefused()
{
    // custos_t12_a runs their own custosd, on a socket of their own.
    const QString home = m_root.filePath(QStringLiteral("home-a"));
    QVERIFY(QDir().mkpath(home));
    QCOMPARE(::chown(QFile::encodeName(home).constData(), service::userId(kUserA).value(), gidOf(kUserA)), 0);
    const Run init = asUser(kUserA, QStringLiteral(CUSTOSD_PATH),
                            {QStringLiteral("--init"), QStringLiteral("--state-dir"), home + QStringLiteral("/state"), QStringLiteral("--verification-key-file"),
                             home + QStringLiteral("/key")});
    QVERIFY2(init.code == 0, init.err.constData());
    QProcess fake;
    fake.start(QStringLiteral("setpriv"), as(kUserA, QStringLiteral(CUSTOSD_PATH),
                                             {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), home + QStringLiteral("/state"),
                                              QStringLiteral("--socket"), home + QStringLiteral("/fake.sock")}));
    const auto stopFake = qScopeGuard([&fake] {
        fake.terminate();
        fake.waitForFinished(20000);
    });
    QVERIFY(fake.waitForReadyRead(20000));
    // A client expecting the service account refuses to talk to it.
    const Run r = asUser(kUserB, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                         {QStringLiteral("--socket"), home + QStringLiteral("/fake.sock"), QStringLiteral("--account"), kSvc, QStringLiteral("--tag"),
                          QStringLiteral("leak")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("runs as custos_t12_a, not as the Custos service account custos_t12_svc"), r.err.constData());
    QVERIFY(!r.out.contains("ack"));
    // The same client to the real service works (the check can pass).
    const Run real = asUser(kUserB, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                            {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"), kSvc, QStringLiteral("--tag"),
                             QStringLiteral("real")});
    QVERIFY2(real.code == 0, real.err.constData());
}

void TestServiceUsers::verifyWithTheVerificationKey()
{
    QTest::qWait(2200); // at least one epoch is sealed
    const Run ok = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--verification-key-file"), m_key, QStringLiteral("--state-dir"), m_state});
    QVERIFY2(ok.code == 0, ok.err.constData());
    QVERIFY2(ok.out.startsWith("OK:"), ok.out.constData());
    // Without the key, in site mode, the person is told where the trail is.
    const Run local = cli({QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(local.code, 1);
    QVERIFY2(local.err.contains("kept by the Custos service"), local.err.constData());
    // A copy of the trail with one byte of the first record changed.
    const QString copy = m_root.filePath(QStringLiteral("copy"));
    QVERIFY(QDir().mkpath(copy + QStringLiteral("/audit")));
    QFile f(service::trailPath(m_state));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    bytes[service::detail::kHeaderBytes + 4 + 80] = char(bytes[service::detail::kHeaderBytes + 4 + 80] ^ 1);
    QFile g(service::trailPath(copy));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(bytes);
    g.close();
    const Run bad = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--verification-key-file"), m_key, QStringLiteral("--state-dir"), copy});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.out.contains("Record 1 "), bad.out.constData());
}

// policy.auditCollector: the service forwards every frame over syslog-TLS.
// While the collector is down and the backlog is over the ceiling, a PHI
// action is refused with a sentence naming the collector (and that refusal
// is itself recorded); when it comes back everything arrives, in order.
void TestServiceUsers::collectorBacklogRefusesPhiThenEverythingArrivesInOrder()
{
    QVERIFY2(!testpeers::rsyslogdPath().isEmpty(), "rsyslogd is required (packages rsyslog rsyslog-gnutls)");
    const QString pki = m_root.filePath(QStringLiteral("pki"));
    const QString problem = testpeers::makeTestPki(pki);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The service's client certificate lives in its own state folder.
    const quint32 svc = service::userId(kSvc).value();
    for (const QString& ext : {QStringLiteral("pem"), QStringLiteral("key")}) {
        const QString target = QDir(m_state).filePath(QStringLiteral("collector-client.") + ext);
        QFile::remove(target);
        QVERIFY(QFile::copy(pki + QStringLiteral("/client.") + ext, target));
        QCOMPARE(::chown(QFile::encodeName(target).constData(), svc, gidOf(kSvc)), 0);
        QCOMPARE(::chmod(QFile::encodeName(target).constData(), 0600), 0);
    }
    testpeers::RsyslogCollector::Options options;
    options.folder = m_root.filePath(QStringLiteral("collector"));
    QVERIFY(QDir().mkpath(options.folder));
    options.caFile = pki + QStringLiteral("/ca.pem");
    options.certFile = pki + QStringLiteral("/server.pem");
    options.keyFile = pki + QStringLiteral("/server.key");
    testpeers::RsyslogCollector collector(options);
    const QString where = QStringLiteral("127.0.0.1:%1").arg(collector.port());

    stopService(false);
    const QJsonObject collectorPolicy{{QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), collector.port()},
                                      {QStringLiteral("caFile"), options.caFile}};
    writeSiteFiles(collectorPolicy, 20);
    {
        // A ceiling left in service.json (where it lived before the policy
        // had it) is not silently dropped: custosd will not start, and says where it went.
        const QString serviceJson = QDir(m_etc).filePath(QStringLiteral("service.json"));
        QFile f(serviceJson);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject old = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        const QJsonObject good = old;
        old[QStringLiteral("maxBacklogRecords")] = 20;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(old).toJson());
        f.close();
        const Run leftover = asUser(kSvc, QStringLiteral(CUSTOSD_PATH), {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), m_state,
                                                                          QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock")});
        QCOMPARE(leftover.code, 1);
        QVERIFY2(leftover.err.contains("auditCollector") && leftover.err.contains("backlogCeiling"), leftover.err.constData());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(good).toJson());
        f.close();
    }
    QVERIFY(startService());
    // The collector is down: records pile up beyond the ceiling of 20.
    const Run filler = asUser(kUserA, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                              {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"), kSvc,
                               QStringLiteral("--count"), QStringLiteral("25"), QStringLiteral("--tag"), QStringLiteral("backlog")});
    QVERIFY2(filler.code == 0, filler.err.constData());
    const QString out = QDir(m_exports).filePath(QStringLiteral("backlog"));
    const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), out});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("The audit collector %1 has not received").arg(where).toUtf8()), refused.err.constData());
    QVERIFY(!QFileInfo::exists(out));
    bool refusalRecorded = false;
    for (const service::TrailEntry& e : trail())
        refusalRecorded = refusalRecorded || e.toRecord().event.outcomeDescription.contains(QStringLiteral("ExportDicom denied: The audit collector"));
    QVERIFY(refusalRecorded);

    // The collector comes back: every frame arrives, in order, and PHI actions resume.
    QString started = collector.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const quint64 last = trail().back().seq;
    QRegularExpression seqPattern(QStringLiteral("seq=\"(\\d+)\""));
    std::vector<quint64> firstSeen;
    std::set<quint64> seen;
    QDeadlineTimer deadline(90000);
    while (!deadline.hasExpired()) {
        firstSeen.clear();
        seen.clear();
        for (const QByteArray& line : collector.receivedLines()) {
            const auto m = seqPattern.match(QString::fromUtf8(line));
            if (m.hasMatch() && seen.insert(m.captured(1).toULongLong()).second)
                firstSeen.push_back(m.captured(1).toULongLong());
        }
        if (!seen.empty() && *seen.rbegin() >= last && seen.size() >= last)
            break;
        QTest::qWait(250);
    }
    QVERIFY2(seen.size() >= last, qPrintable(QStringLiteral("%1 of %2 records arrived").arg(seen.size()).arg(last)));
    for (std::size_t i = 0; i < firstSeen.size(); ++i)
        QCOMPARE(firstSeen[i], quint64(i + 1)); // 1, 2, 3, ... in order, none missing
    QDeadlineTimer settle(30000);
    Run allowed;
    do {
        allowed = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), out});
    } while (allowed.code == 3 && !settle.hasExpired() && (QTest::qWait(500), true));
    QVERIFY2(allowed.code == 0, allowed.err.constData());
    collector.stop();
    stopService(false);
    writeSiteFiles({}, 0);
    QVERIFY(startService());
}

// The account store, its keys and the ticket signing key are the service
// account's alone; the pinned public key is for everyone.
void TestServiceUsers::accountStoreAndTicketKeyAreClosedToUsers()
{
    QVERIFY(!addAccount(QStringLiteral("erin"), QStringLiteral("radiologist")).isEmpty()); // the store exists
    const QString signing = service::ticketSigningKeyPath(m_state);
    QVERIFY(QFileInfo::exists(signing));
    QVERIFY(QFileInfo::exists(QDir(m_state).filePath(QStringLiteral("accounts/accounts.dat"))));
    for (const QString& user : {kUserA, kUserB}) {
        QVERIFY(asUser(user, QStringLiteral("cat"), {signing}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("cat"), {QDir(m_state).filePath(QStringLiteral("accounts/accounts.dat"))}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("ls"), {QDir(m_state).filePath(QStringLiteral("keys"))}).code != 0);
        QVERIFY(asUser(user, QStringLiteral("cat"), {QDir(m_state).filePath(QStringLiteral("tickets.json"))}).code != 0);
        const Run pub = asUser(user, QStringLiteral("cat"), {QStringLiteral("/etc/custos/service-key.pub")});
        QCOMPARE(pub.code, 0);
        QVERIFY(pub.out.startsWith("-----BEGIN PUBLIC KEY-----"));
    }
    // The service's own files are 0600 in a 0700 folder.
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(signing).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
    QCOMPARE(st.st_uid, service::userId(kSvc).value());
    struct stat pin {};
    QCOMPARE(::stat("/etc/custos/service-key.pub", &pin), 0);
    QCOMPARE(pin.st_uid, 0u);
    QCOMPARE(int(pin.st_mode & 0777), 0644);
}

// custos_t12_a is nobody's administrator: adding an account, or raising
// their own roles with their own (valid) radiologist ticket, is refused and
// recorded; root may do both, and the change is recorded with the Custos
// and the OS identity.
void TestServiceUsers::usersCannotAdministerAccountsRootCan()
{
    const QByteArray password = "correct horse battery 1\n";
    (void)cliAs(kUserA, {QStringLiteral("logout")}); // no ticket at all: only the OS identity counts
    const Run evil = cliAs(kUserA, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("evil"), QStringLiteral("--role"),
                                    QStringLiteral("administrator"), QStringLiteral("--password-stdin")},
                           password);
    QCOMPARE(evil.code, 3);
    QVERIFY2(evil.err.contains("Only an operating-system administrator"), evil.err.constData());
    QVERIFY(evil.err.contains("Nothing was changed"));
    const Run list = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(list.code == 0, list.err.constData());
    QVERIFY(!list.out.contains("\"evil\""));

    // A signs in as a radiologist and asks for administrator.
    const QByteArray secret = addAccount(QStringLiteral("frank"), QStringLiteral("radiologist"));
    QVERIFY(!secret.isEmpty());
    const Run login = cliAs(kUserA, {QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("frank"), QStringLiteral("--password-stdin"),
                                     QStringLiteral("--otp"), codeFor(secret)},
                            password);
    QVERIFY2(login.code == 0, login.err.constData());
    QVERIFY2(login.out.contains("roles: radiologist"), login.out.constData());
    const Run raise = cliAs(kUserA, {QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("frank"), QStringLiteral("--role"),
                                     QStringLiteral("administrator")});
    QCOMPARE(raise.code, 3);
    QVERIFY2(raise.err.contains("may not"), raise.err.constData());
    const Run still = cli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonArray users = QJsonDocument::fromJson(still.out).object().value(QStringLiteral("users")).toArray();
    bool checked = false;
    for (const QJsonValue& u : users)
        if (u[QStringLiteral("name")].toString() == QLatin1String("frank")) {
            QCOMPARE(u[QStringLiteral("roles")].toArray(), QJsonArray{QStringLiteral("radiologist")});
            checked = true;
        }
    QVERIFY(checked);
    // The refused attempts are in the trail, with A's uid as the service saw it.
    bool refusedRecorded = false;
    for (const service::TrailEntry& e : trail())
        refusedRecorded = refusedRecorded || (e.uid == service::userId(kUserA).value() &&
                                              e.toRecord().event.outcomeDescription.contains(QStringLiteral("ManageUsers denied")));
    QVERIFY(refusedRecorded);

    // root may; the record names the Custos side and the OS side.
    const Run root = cli({QStringLiteral("users"), QStringLiteral("set-roles"), QStringLiteral("frank"), QStringLiteral("--role"),
                          QStringLiteral("technologist")});
    QVERIFY2(root.code == 0, root.err.constData());
    bool audited = false;
    for (const service::TrailEntry& e : trail()) {
        const audit::Event ev = e.toRecord().event;
        if (!ev.outcomeDescription.contains(QStringLiteral("Roles of local account frank changed from radiologist to technologist")))
            continue;
        QCOMPARE(e.uid, 0u);
        QVERIFY(e.pid > 0);
        QVERIFY(!ev.participants.empty());
        QVERIFY2(ev.participants.front().userId.contains(QStringLiteral("OS administrator: OS user root (uid 0")), qPrintable(ev.participants.front().userId));
        audited = true;
    }
    QVERIFY(audited);
    // ... and A's live radiologist session ended with the change.
    const Run who = cliAs(kUserA, {QStringLiteral("whoami")});
    QCOMPARE(who.code, 1);
    QVERIFY2(who.err.contains("changed or removed by an administrator"), who.err.constData());
}

// A ticket changed by one bit, used by another OS user, or past its expiry
// is refused by the service (records of patient data) and by the Guard.
void TestServiceUsers::changedReplayedAndExpiredTicketsAreRefused()
{
    const QByteArray password = "correct horse battery 1\n";
    const QByteArray secret = addAccount(QStringLiteral("grace"), QStringLiteral("radiologist"));
    QVERIFY(!secret.isEmpty());
    const Run login = cliAs(kUserA, {QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("grace"), QStringLiteral("--password-stdin"),
                                     QStringLiteral("--otp"), codeFor(secret)},
                            password);
    QVERIFY2(login.code == 0, login.err.constData());
    const QString ticketA = QDir(dataOf(kUserA)).filePath(QStringLiteral("custos/session/cli.ticket"));
    QString found = ticketA;
    QDirIterator it(dataOf(kUserA), {QStringLiteral("cli.ticket")}, QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        found = it.next();
    QVERIFY2(QFileInfo::exists(found), qPrintable(found));
    // Not readable by B.
    QVERIFY(asUser(kUserB, QStringLiteral("cat"), {found}).code != 0);
    // The owner's own ticket works (so each refusal below is the ticket's fault).
    const Run own = phiAppend(kUserA, found, QStringLiteral("own"));
    QVERIFY2(own.code == 0, own.err.constData());
    // Without any ticket, a record of patient data is refused.
    const Run none = asUser(kUserA, QStringLiteral(CUSTOS_T12_CLIENT_PATH),
                            {QStringLiteral("--socket"), QStringLiteral("/run/custos/custosd.sock"), QStringLiteral("--account"), kSvc,
                             QStringLiteral("--tag"), QStringLiteral("none"), QStringLiteral("--phi")});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains("carried no sign-in ticket"), none.err.constData());

    // Replayed by B (a copy handed over).
    QFile in(found);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray saved = in.readAll();
    const QString copy = m_root.filePath(QStringLiteral("stolen.ticket"));
    QFile out(copy);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(saved);
    out.close();
    QCOMPARE(::chmod(QFile::encodeName(copy).constData(), 0644), 0);
    const Run replay = phiAppend(kUserB, copy, QStringLiteral("replay"));
    QCOMPARE(replay.code, 1);
    QVERIFY2(replay.err.contains("belongs to another operating-system user"), replay.err.constData());
    // The Guard refuses it too: root's custos-cli holding A's ticket.
    QDirIterator rootTicket(m_data, {QStringLiteral("session")}, QDir::Dirs, QDirIterator::Subdirectories);
    QVERIFY(rootTicket.hasNext());
    const QString rootSession = rootTicket.next();
    const QString rootTicketFile = QDir(rootSession).filePath(QStringLiteral("cli.ticket"));
    QFile::remove(rootTicketFile + QStringLiteral(".kept"));
    QFile::rename(rootTicketFile, rootTicketFile + QStringLiteral(".kept"));
    QVERIFY(QFile::copy(copy, rootTicketFile));
    const Run stolenExport = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"),
                                  QDir(m_exports).filePath(QStringLiteral("stolen"))});
    QFile::remove(rootTicketFile);
    QFile::rename(rootTicketFile + QStringLiteral(".kept"), rootTicketFile);
    QCOMPARE(stolenExport.code, 3);
    QVERIFY2(stolenExport.err.contains("another operating-system user"), stolenExport.err.constData());
    QVERIFY(!QFileInfo::exists(QDir(m_exports).filePath(QStringLiteral("stolen"))));

    // One bit of the payload changed (a role, a uid, an expiry...).
    QByteArray cose = QByteArray::fromBase64(saved.split('\n').value(1));
    QVERIFY(cose.size() > 100);
    cose[cose.size() - 90] = char(cose[cose.size() - 90] ^ 0x01);
    const QString flipped = m_root.filePath(QStringLiteral("flipped.ticket"));
    QFile f(flipped);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("CUSTOS-TICKET-1\n" + cose.toBase64() + "\n");
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(flipped).constData(), 0644), 0);
    const Run changed = phiAppend(kUserA, flipped, QStringLiteral("flipped"));
    QCOMPARE(changed.code, 1);
    QVERIFY2(changed.err.contains("it was changed"), changed.err.constData());

    // Expired: a ticket of two seconds.
    const QByteArray secret2 = addAccount(QStringLiteral("heidi"), QStringLiteral("radiologist"));
    const Run shortLogin = cliAs(kUserA, {QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("heidi"), QStringLiteral("--password-stdin"),
                                          QStringLiteral("--otp"), codeFor(secret2), QStringLiteral("--lifetime"), QStringLiteral("2")},
                                 password);
    QVERIFY2(shortLogin.code == 0, shortLogin.err.constData());
    const Run fresh = phiAppend(kUserA, found, QStringLiteral("fresh"));
    QVERIFY2(fresh.code == 0, fresh.err.constData());
    QTest::qWait(3100);
    const Run expired = phiAppend(kUserA, found, QStringLiteral("expired"));
    QCOMPARE(expired.code, 1);
    QVERIFY2(expired.err.contains("expired"), expired.err.constData());
    const Run who = cliAs(kUserA, {QStringLiteral("whoami")});
    QCOMPARE(who.code, 1);
    QVERIFY2(who.err.contains("expired"), who.err.constData());
    // None of the refused records is in the trail; each refusal is.
    int refusals = 0;
    for (const service::TrailEntry& e : trail()) {
        const QString what = e.toRecord().event.outcomeDescription;
        QVERIFY2(what != QLatin1String("replay-0") && what != QLatin1String("flipped-0") && what != QLatin1String("expired-0"), qPrintable(what));
        refusals += what.startsWith(QStringLiteral("custosd refused a record of")) ? 1 : 0;
    }
    QVERIFY(refusals >= 4);
}

// A live session (root's custos-cli signed in as ivan) exports; the account
// is removed; the next action on patient data is refused (exit 3).
void TestServiceUsers::removingAnAccountRevokesItsLiveSession()
{
    const QByteArray secret = addAccount(QStringLiteral("ivan"), QStringLiteral("radiologist"));
    QVERIFY(!secret.isEmpty());
    const Run login = cli({QStringLiteral("login"), QStringLiteral("--local"), QStringLiteral("ivan"), QStringLiteral("--password-stdin"),
                           QStringLiteral("--otp"), codeFor(secret)},
                          "correct horse battery 1\n");
    QVERIFY2(login.code == 0, login.err.constData());
    const QString before = QDir(m_exports).filePath(QStringLiteral("ivan-before"));
    const Run allowed = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), before});
    QVERIFY2(allowed.code == 0, allowed.err.constData());
    const Run removed = cli({QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("ivan")});
    QVERIFY2(removed.code == 0, removed.err.constData());
    const QString after = QDir(m_exports).filePath(QStringLiteral("ivan-after"));
    const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), after});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("changed or removed by an administrator"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(after));
}

// The viewer in site mode: credentials to custosd, its ticket on every
// record (the screenshot is an ExportImage, allowed by the ticket's role);
// a removed account cannot sign in.
void TestServiceUsers::viewerSignsInThroughTheService()
{
    const QByteArray secret = addAccount(QStringLiteral("judy"), QStringLiteral("radiologist"));
    QVERIFY(!secret.isEmpty());
    const QString shot = QDir(m_exports).filePath(QStringLiteral("viewer.png"));
    const auto viewer = [&](const QString& code) {
        return run(QStringLiteral("xvfb-run"),
                   {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1280x1024x24"), QStringLiteral("env"),
                    QStringLiteral("XDG_DATA_HOME=") + m_data, QStringLiteral(CUSTOS_VIEWER_PATH), QStringLiteral("--local"), QStringLiteral("judy"),
                    QStringLiteral("--password-stdin"), QStringLiteral("--otp"), code, m_study, QStringLiteral("--screenshot"), shot},
                   "correct horse battery 1\n", 180000);
    };
    const Run shown = viewer(codeFor(secret));
    QVERIFY2(shown.code == 0, shown.err.constData());
    QVERIFY(QFileInfo(shot).size() > 10000);
    bool recorded = false;
    for (const service::TrailEntry& e : trail()) {
        const audit::Event ev = e.toRecord().event;
        if (ev.outcomeDescription.startsWith(QStringLiteral("ExportImage allowed")) && !ev.participants.empty()
            && ev.participants.front().userId == QLatin1String("local:judy"))
            recorded = recorded || e.uid == 0u;
    }
    QVERIFY(recorded);
    QVERIFY(cli({QStringLiteral("users"), QStringLiteral("remove"), QStringLiteral("judy")}).code == 0);
    QFile::remove(shot);
    const Run gone = viewer(codeFor(secret, 30));
    QCOMPARE(gone.code, 4);
    QVERIFY2(gone.err.contains("Wrong user name, password or code"), gone.err.constData());
    QVERIFY(!QFileInfo::exists(shot));
}

int main(int argc, char** argv)
{
    // A private mount namespace for this process and its children, before
    // any thread exists: site mode never leaks to the host or other tests.
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            std::perror("tst_service_users: private mount namespace");
            return 1;
        }
    }
    QCoreApplication app(argc, argv);
    TestServiceUsers t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_service_users.moc"
