// SPDX-License-Identifier: Apache-2.0
// custosd's machine-wide compliance records with real OS users and real
// processes (CI runs as root), as tst_service_users sets them up:
//   custos_t12c_svc  the service account
//   custos_t12c_a/b  two people, each with their own data folder
// Site mode is made inside a private mount namespace (this process and its
// children only). Break-glass grants, their review queue and training
// acknowledgements live in the service: the compliance officer sees both
// users'; a user without the role is refused (and the refusal recorded);
// every read is recorded as DICOM 110101 "Audit Log Used"; deleting one's
// own files removes no grant; a new sign-in revokes the ticket it replaces.

#include "core/auth/totp.h"
#include "core/service/peer_credentials.h"
#include "core/service/sealed_trail.h"
#include "test_support.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace custos;

namespace {

const QString kSvc = QStringLiteral("custos_t12c_svc");
const QString kUserA = QStringLiteral("custos_t12c_a");
const QString kUserB = QStringLiteral("custos_t12c_b");
const QByteArray kPassword = "correct horse battery 1\n";
const QString kStudyA = QStringLiteral("1.2.826.0.1.3680043.2.1125.12.1");
const QString kStudyB = QStringLiteral("1.2.826.0.1.3680043.2.1125.12.2");
const QString kStudyC = QStringLiteral("1.2.826.0.1.3680043.2.1125.12.3");

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

quint32 gidOf(const QString& user) { return run(QStringLiteral("id"), {QStringLiteral("-g"), user}).out.trimmed().toUInt(); }

// The command, run as `user` (real uid, gid and groups of that account).
QStringList as(const QString& user, const QString& program, const QStringList& args)
{
    const quint32 uid = service::userId(user).value();
    return QStringList{QStringLiteral("--reuid=%1").arg(uid), QStringLiteral("--regid=%1").arg(int(gidOf(user))), QStringLiteral("--init-groups"),
                       QStringLiteral("--"), program} +
           args;
}

} // namespace

class TestServiceCompliance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rosterAndQueueShowBothOsUsers();
    void complianceReportReadsTheMachineWideTrail();
    void readsNeedTheRoleAndRefusalsAreRecorded();
    void deletingOwnFilesRemovesNoGrant();
    void newSignInRevokesTheTicketItReplaces();

private:
    bool startService();
    Run cli(const QStringList& args, const QByteArray& input = {}) const;
    Run cliAs(const QString& user, const QStringList& args, const QByteArray& input = {});
    QByteArray addAccount(const QString& name, const QString& role);
    Run loginAs(const QString& user, const QString& account);
    Run loginRoot(const QString& account);
    // `user` takes the break-glass training (answers from the module itself) and starts a grant.
    QString grantAs(const QString& user, const QString& account, const QString& study);
    // A one-time code of `account` the service has not seen yet (it refuses
    // a time step used before): this step's or the next, else wait.
    QString freshCode(const QString& account);
    QMap<QString, QByteArray> m_secrets;
    QMap<QString, qint64> m_lastStep;
    QString dataOf(const QString& user) const { return m_root.filePath(QStringLiteral("data-") + user); }
    std::vector<service::TrailEntry> trail() const;
    QString answers() const;

    QTemporaryDir m_root;
    QString m_state, m_etc, m_run, m_data, m_study, m_exports, m_key;
    std::unique_ptr<QProcess> m_service;
    QStringList m_createdUsers;
};

Run TestServiceCompliance::cli(const QStringList& args, const QByteArray& input) const
{
    return run(QStringLiteral("env"), QStringList{QStringLiteral("XDG_DATA_HOME=") + m_data, QStringLiteral(CUSTOS_CLI_PATH)} + args, input);
}

Run TestServiceCompliance::cliAs(const QString& user, const QStringList& args, const QByteArray& input)
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

QByteArray TestServiceCompliance::addAccount(const QString& name, const QString& role)
{
    const Run add = cli({QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--role"), role, QStringLiteral("--password-stdin")}, kPassword);
    if (add.code != 0) {
        qWarning("users add %s: %s", qPrintable(name), add.err.constData());
        return {};
    }
    const auto m = QRegularExpression(QStringLiteral("secret=([A-Z2-7]+)")).match(QString::fromUtf8(add.out));
    return m.hasMatch() ? auth::totp::base32Decode(m.captured(1)).value() : QByteArray();
}

QString TestServiceCompliance::freshCode(const QString& account)
{
    for (;;) {
        const qint64 step = QDateTime::currentSecsSinceEpoch() / 30;
        for (qint64 s : {step, step + 1})
            if (s > m_lastStep.value(account, -1)) {
                m_lastStep[account] = s;
                return auth::totp::totp(m_secrets.value(account), s * 30, {});
            }
        QTest::qWait(1000);
    }
}

Run TestServiceCompliance::loginAs(const QString& user, const QString& account)
{
    return cliAs(user, {QStringLiteral("login"), QStringLiteral("--local"), account, QStringLiteral("--password-stdin"), QStringLiteral("--otp"), freshCode(account)},
                 kPassword);
}

Run TestServiceCompliance::loginRoot(const QString& account)
{
    return cli({QStringLiteral("login"), QStringLiteral("--local"), account, QStringLiteral("--password-stdin"), QStringLiteral("--otp"), freshCode(account)},
               kPassword);
}

std::vector<service::TrailEntry> TestServiceCompliance::trail() const
{
    auto t = service::readTrail(service::trailPath(m_state));
    return t ? t.value() : std::vector<service::TrailEntry>{};
}

// The right answers, 1-based, read from the module Custos ships.
QString TestServiceCompliance::answers() const
{
    QFile f(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/training/break-glass.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QJsonValue& q : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("questions")).toArray())
        out << QString::number(q.toObject().value(QStringLiteral("answer")).toInt() + 1);
    return out.join(QLatin1Char(','));
}

QString TestServiceCompliance::grantAs(const QString& user, const QString& account, const QString& study)
{
    const Run login = loginAs(user, account);
    if (login.code != 0) {
        qWarning("login %s: %s", qPrintable(account), login.err.constData());
        return {};
    }
    const Run take = cliAs(user, {QStringLiteral("training"), QStringLiteral("take"), QStringLiteral("break-glass"), QStringLiteral("--answers"), answers()});
    if (take.code != 0) {
        qWarning("training take as %s: %s", qPrintable(account), take.err.constData());
        return {};
    }
    const Run start = cliAs(user,
                            {QStringLiteral("break-glass"), QStringLiteral("start"), QStringLiteral("--study"), study, QStringLiteral("--category"),
                             QStringLiteral("on-call-coverage"), QStringLiteral("--reason"), QStringLiteral("Night call, the radiologist is in theatre."),
                             QStringLiteral("--password-stdin"), QStringLiteral("--otp"), freshCode(account)},
                            kPassword);
    if (start.code != 0) {
        qWarning("break-glass start as %s: %s", qPrintable(account), start.err.constData());
        return {};
    }
    return QRegularExpression(QStringLiteral("Emergency access ([0-9a-f]+) granted")).match(QString::fromUtf8(start.out)).captured(1);
}

bool TestServiceCompliance::startService()
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

void TestServiceCompliance::initTestCase()
{
    QVERIFY2(::geteuid() == 0, "tst_service_compliance needs root (as CI runs it): it creates OS users and a private mount namespace");
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

    // The example site policy; break-glass needs its training first.
    QJsonObject policy = QJsonDocument::fromJson(run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("policy"), QStringLiteral("example")}).out).object();
    QVERIFY(!policy.isEmpty());
    policy[QStringLiteral("exportDestinations")] = QJsonArray{m_exports};
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    QJsonArray modules;
    for (const QJsonValue& m : training[QStringLiteral("modules")].toArray())
        if (m[QStringLiteral("id")].toString() == QLatin1String("break-glass"))
            modules.append(m);
    QCOMPARE(modules.size(), 1);
    training[QStringLiteral("modules")] = modules;
    policy[QStringLiteral("training")] = training;
    policy.remove(QStringLiteral("auditCollector"));
    const QJsonObject serviceJson{{QStringLiteral("account"), kSvc}, {QStringLiteral("socket"), QStringLiteral("/run/custos/custosd.sock")}};
    for (const auto& [name, json] : {std::pair{QStringLiteral("policy.json"), policy}, std::pair{QStringLiteral("service.json"), serviceJson}}) {
        QFile f(QDir(m_etc).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(json).toJson());
        f.close();
        QCOMPARE(::chmod(QFile::encodeName(f.fileName()).constData(), 0644), 0);
    }
    QVERIFY(QDir().mkpath(QStringLiteral("/etc/custos")) && QDir().mkpath(QStringLiteral("/run/custos")));
    QCOMPARE(::mount(QFile::encodeName(m_etc).constData(), "/etc/custos", nullptr, MS_BIND, nullptr), 0);
    QCOMPARE(::mount(QFile::encodeName(m_run).constData(), "/run/custos", nullptr, MS_BIND, nullptr), 0);

    const Run demo = run(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("make-demo"), m_study, QStringLiteral("--slices"), QStringLiteral("4"),
                                                           QStringLiteral("--size"), QStringLiteral("64"), QStringLiteral("--quiet")});
    QVERIFY2(demo.code == 0, demo.err.constData());
    const Run init = run(QStringLiteral(CUSTOSD_PATH), {QStringLiteral("--init"), QStringLiteral("--state-dir"), m_state, QStringLiteral("--verification-key-file"),
                                                        m_key, QStringLiteral("--service-account"), kSvc});
    QVERIFY2(init.code == 0, init.err.constData());
    QVERIFY(startService());

    for (const auto& [name, role] : {std::pair{QStringLiteral("tech_a"), QStringLiteral("technologist")},
                                     std::pair{QStringLiteral("tech_b"), QStringLiteral("technologist")},
                                     std::pair{QStringLiteral("officer"), QStringLiteral("compliance-officer")},
                                     std::pair{QStringLiteral("rad"), QStringLiteral("radiologist")}}) {
        m_secrets[name] = addAccount(name, role);
        QVERIFY2(!m_secrets[name].isEmpty(), qPrintable(name));
    }
    QVERIFY(!answers().isEmpty());
}

void TestServiceCompliance::cleanupTestCase()
{
    if (m_service) {
        m_service->terminate();
        m_service->waitForFinished(20000);
    }
    ::umount2("/etc/custos", MNT_DETACH);
    ::umount2("/run/custos", MNT_DETACH);
    for (const QString& user : m_createdUsers)
        run(QStringLiteral("userdel"), {user});
}

// A and B (two OS users, two Custos accounts) each acknowledge the
// break-glass training and use emergency access; the compliance officer
// (root's custos-cli) sees both in the roster and the review queue, with
// the OS user the service saw. Each read is an "Audit Log Used" record.
void TestServiceCompliance::rosterAndQueueShowBothOsUsers()
{
    const QString grantA = grantAs(kUserA, QStringLiteral("tech_a"), kStudyA);
    QVERIFY(!grantA.isEmpty());
    const QString grantB = grantAs(kUserB, QStringLiteral("tech_b"), kStudyB);
    QVERIFY(!grantB.isEmpty());
    // Each ends their own (a running grant is not reviewed yet) ...
    QVERIFY(cliAs(kUserA, {QStringLiteral("break-glass"), QStringLiteral("end"), grantA}).code == 0);
    // ... and cannot end another's.
    const Run other = cliAs(kUserA, {QStringLiteral("break-glass"), QStringLiteral("end"), grantB});
    QVERIFY(other.code != 0);
    QVERIFY2(other.err.contains("no emergency access of yours"), other.err.constData());
    QVERIFY(cliAs(kUserB, {QStringLiteral("break-glass"), QStringLiteral("end"), grantB}).code == 0);

    const Run login = loginRoot(QStringLiteral("officer"));
    QVERIFY2(login.code == 0, login.err.constData());
    const std::size_t before = trail().size();
    const Run roster = cli({QStringLiteral("training"), QStringLiteral("roster"), QStringLiteral("--json")});
    QVERIFY2(roster.code == 0, roster.err.constData());
    QStringList subjects;
    for (const QJsonValue& a : QJsonDocument::fromJson(roster.out).object().value(QStringLiteral("acknowledgements")).toArray())
        if (a[QStringLiteral("module")].toString() == QLatin1String("break-glass"))
            subjects << a[QStringLiteral("subject")].toString();
    QVERIFY2(subjects.contains(QStringLiteral("local:tech_a")) && subjects.contains(QStringLiteral("local:tech_b")), roster.out.constData());

    const Run queue = cli({QStringLiteral("break-glass"), QStringLiteral("queue"), QStringLiteral("--json")});
    QVERIFY2(queue.code == 0, queue.err.constData());
    QMap<QString, QJsonObject> grants;
    for (const QJsonValue& g : QJsonDocument::fromJson(queue.out).object().value(QStringLiteral("grants")).toArray())
        grants.insert(g[QStringLiteral("id")].toString(), g.toObject());
    QVERIFY2(grants.contains(grantA) && grants.contains(grantB), queue.out.constData());
    QCOMPARE(grants[grantA][QStringLiteral("userSubject")].toString(), QStringLiteral("local:tech_a"));
    QCOMPARE(grants[grantA][QStringLiteral("studyUid")].toString(), kStudyA);
    QVERIFY(grants[grantA][QStringLiteral("origin")].toString().contains(QStringLiteral("uid %1").arg(service::userId(kUserA).value())));
    QVERIFY(grants[grantB][QStringLiteral("origin")].toString().contains(QStringLiteral("uid %1").arg(service::userId(kUserB).value())));

    const Run shown = cli({QStringLiteral("audit"), QStringLiteral("show"), QStringLiteral("--json")});
    QVERIFY2(shown.code == 0, shown.err.constData());
    QVERIFY(shown.out.contains("Emergency Override Started"));

    // The three reads, each "Audit Log Used" (action R) by the officer, as root.
    QStringList reads;
    const auto entries = trail();
    for (std::size_t i = before; i < entries.size(); ++i) {
        const audit::Event e = entries[i].toRecord().event;
        if (e.id.code != QLatin1String("110101") || e.outcome != audit::Outcome::Success)
            continue;
        QCOMPARE(e.action, QLatin1Char('R'));
        QCOMPARE(e.participants.front().userId, QStringLiteral("local:officer"));
        QCOMPARE(entries[i].uid, 0u);
        // PS3.15 A.5.3.2: the object is the audit log, a security resource (13), by URI.
        QCOMPARE(e.objects.size(), std::size_t(1));
        QCOMPARE(e.objects.front().typeCodeRole, 13);
        QVERIFY(e.objects.front().id.startsWith(QStringLiteral("file://")));
        reads << e.purposeOfUse;
    }
    QVERIFY2(reads.size() >= 3, qPrintable(reads.join(QStringLiteral(" | "))));
    QVERIFY2(reads.join(QLatin1Char('\n')).contains(QStringLiteral("training roster")), qPrintable(reads.join(QStringLiteral(" | "))));
    QVERIFY(reads.join(QLatin1Char('\n')).contains(QStringLiteral("break-glass review queue")));
    QVERIFY(reads.join(QLatin1Char('\n')).contains(QStringLiteral("audit query")));

    // The verdict is recorded by the service, audited, and the grant leaves the queue.
    const Run review = cli({QStringLiteral("break-glass"), QStringLiteral("review"), grantA, QStringLiteral("--verdict"), QStringLiteral("justified"),
                            QStringLiteral("--note"), QStringLiteral("On-call log confirms it.")});
    QVERIFY2(review.code == 0, review.err.constData());
    bool verdictRecorded = false;
    for (const service::TrailEntry& e : trail())
        verdictRecorded = verdictRecorded || e.toRecord().event.outcomeDescription == QStringLiteral("break-glass grant %1 reviewed: justified").arg(grantA);
    QVERIFY(verdictRecorded);
    const Run after = cli({QStringLiteral("break-glass"), QStringLiteral("queue"), QStringLiteral("--json")});
    QVERIFY(after.code == 0);
    QVERIFY(!after.out.contains(grantA.toUtf8()));
    QVERIFY(after.out.contains(grantB.toUtf8()));
}

// In site mode the compliance report is made from the machine-wide trail
// that custosd keeps (it used to refuse: it could read only a personal
// data folder's): both OS users' emergency accesses are in it, the read is
// custosd's decision and record, the seal is proven with the verification
// key, and a technologist gets nothing (exit 3, no file).
void TestServiceCompliance::complianceReportReadsTheMachineWideTrail()
{
    const Run login = loginRoot(QStringLiteral("officer"));
    QVERIFY2(login.code == 0, login.err.constData());
    const QString out = m_root.filePath(QStringLiteral("report"));
    const std::size_t before = trail().size();
    const Run made = cli({QStringLiteral("compliance"), QStringLiteral("report"), QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--verification-key-file"), m_key, QStringLiteral("--state-dir"), m_state});
    QVERIFY2(made.code == 0, made.err.constData());
    QFile json(QDir(out).filePath(QStringLiteral("compliance-report.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY2(QJsonDocument(report).toJson().contains("\"trail\": \"service\""), "the report names the service's trail");
    QStringList users;
    for (const QJsonValue& g : report.value(QStringLiteral("breakGlass")).toObject().value(QStringLiteral("grants")).toArray())
        users << g[QStringLiteral("user")].toString();
    QVERIFY2(users.join(QLatin1Char(' ')).contains(QStringLiteral("tech_a")) && users.join(QLatin1Char(' ')).contains(QStringLiteral("tech_b")),
             qPrintable(users.join(QLatin1Char(' '))));
    const QByteArray all = QJsonDocument(report).toJson();
    QVERIFY2(all.contains("\"chainVerified\": true"), "the seal was proven with the verification key");
    bool readRecorded = false;
    const auto entries = trail();
    for (std::size_t i = before; i < entries.size(); ++i) {
        const audit::Event e = entries[i].toRecord().event;
        readRecorded = readRecorded || (e.id.code == QLatin1String("110101") && e.outcome == audit::Outcome::Success &&
                                        e.participants.front().userId == QLatin1String("local:officer") && e.purposeOfUse.contains(QStringLiteral("audit query")));
    }
    QVERIFY(readRecorded);

    const QString refusedOut = m_root.filePath(QStringLiteral("report-b"));
    QVERIFY(loginAs(kUserB, QStringLiteral("tech_b")).code == 0);
    const Run refused = cliAs(kUserB, {QStringLiteral("compliance"), QStringLiteral("report"), QStringLiteral("--out"), refusedOut});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("may not"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(refusedOut) || QDir(refusedOut).isEmpty());
}

// B, a technologist, may not read the queue, the roster or the trail, nor
// anyone else's grants; without a ticket, nothing either. Each refusal is
// in the trail with B's uid.
void TestServiceCompliance::readsNeedTheRoleAndRefusalsAreRecorded()
{
    const quint32 uidB = service::userId(kUserB).value();
    const Run login = loginAs(kUserB, QStringLiteral("tech_b"));
    QVERIFY2(login.code == 0, login.err.constData());
    const std::size_t before = trail().size();
    for (const QStringList& read : {QStringList{QStringLiteral("break-glass"), QStringLiteral("queue")},
                                    QStringList{QStringLiteral("training"), QStringLiteral("roster")},
                                    QStringList{QStringLiteral("audit"), QStringLiteral("show")}}) {
        const Run r = cliAs(kUserB, read);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("may not"), r.err.constData());
        QVERIFY(!r.out.contains("local:tech_a"));
    }
    // Own grants only.
    const Run status = cliAs(kUserB, {QStringLiteral("break-glass"), QStringLiteral("status"), QStringLiteral("--json")});
    QVERIFY2(status.code == 0, status.err.constData());
    QVERIFY2(!status.out.contains("local:tech_a"), status.out.constData());
    QVERIFY(status.out.contains("local:tech_b"));

    QStringList denied;
    auto entries = trail();
    for (std::size_t i = before; i < entries.size(); ++i) {
        const audit::Event e = entries[i].toRecord().event;
        if (e.id.code == QLatin1String("110113") && e.outcome != audit::Outcome::Success && entries[i].uid == uidB)
            denied << e.outcomeDescription;
        QVERIFY2(!(e.id.code == QLatin1String("110101") && e.outcome == audit::Outcome::Success), qPrintable(e.outcomeDescription));
    }
    const QString all = denied.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("ReviewBreakGlass denied")) && all.count(QStringLiteral("ViewAuditTrail denied")) >= 2, qPrintable(all));

    // Signed out: no ticket at all is refused too, and recorded.
    QVERIFY(cliAs(kUserB, {QStringLiteral("logout")}).code == 0);
    const std::size_t mark = trail().size();
    const Run none = cliAs(kUserB, {QStringLiteral("audit"), QStringLiteral("show")});
    QCOMPARE(none.code, 3);
    QVERIFY2(none.err.contains("no sign-in ticket"), none.err.constData());
    bool recorded = false;
    entries = trail();
    for (std::size_t i = mark; i < entries.size(); ++i)
        recorded = recorded || (entries[i].uid == uidB && entries[i].toRecord().event.outcomeDescription.startsWith(QStringLiteral("custosd refused audit query")));
    QVERIFY(recorded);
}

// A grant lives in the service: A deleting every file of their own (and
// failing to touch the service's) leaves it in the officer's queue.
void TestServiceCompliance::deletingOwnFilesRemovesNoGrant()
{
    const QString grant = grantAs(kUserA, QStringLiteral("tech_a"), kStudyC);
    QVERIFY(!grant.isEmpty());
    QVERIFY(cliAs(kUserA, {QStringLiteral("break-glass"), QStringLiteral("end"), grant}).code == 0);
    const Run wipe = run(QStringLiteral("setpriv"), as(kUserA, QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("rm -rf %1/* %1/.[!.]*").arg(dataOf(kUserA))}));
    QVERIFY2(wipe.code == 0, wipe.err.constData());
    QVERIFY(QDir(dataOf(kUserA)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    const Run serviceFiles = run(QStringLiteral("setpriv"), as(kUserA, QStringLiteral("rm"), {QStringLiteral("-rf"), QDir(m_state).filePath(QStringLiteral("policy"))}));
    QVERIFY(serviceFiles.code != 0);
    QVERIFY(QFileInfo::exists(QDir(m_state).filePath(QStringLiteral("policy/break-glass.sealed"))));

    const Run queue = cli({QStringLiteral("break-glass"), QStringLiteral("queue"), QStringLiteral("--json")});
    QVERIFY2(queue.code == 0, queue.err.constData());
    QVERIFY2(queue.out.contains(grant.toUtf8()), queue.out.constData());
}

// A second sign-in (as an unlock does) revokes the ticket it replaces: a
// kept copy of the old one cannot export any more (exit 3).
void TestServiceCompliance::newSignInRevokesTheTicketItReplaces()
{
    const Run first = loginRoot(QStringLiteral("rad"));
    QVERIFY2(first.code == 0, first.err.constData());
    QDirIterator it(m_data, {QStringLiteral("cli.ticket")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString ticketFile = it.next();
    QFile in(ticketFile);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray oldTicket = in.readAll();
    in.close();
    const QString out1 = QDir(m_exports).filePath(QStringLiteral("first"));
    const Run allowed = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), out1});
    QVERIFY2(allowed.code == 0, allowed.err.constData());

    const Run second = loginRoot(QStringLiteral("rad"));
    QVERIFY2(second.code == 0, second.err.constData());
    QFile back(ticketFile);
    QVERIFY(back.open(QIODevice::WriteOnly | QIODevice::Truncate));
    back.write(oldTicket);
    back.close();
    const QString out2 = QDir(m_exports).filePath(QStringLiteral("old-ticket"));
    const Run refused = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("dicom"), m_study, QStringLiteral("--out"), out2});
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains("signed out with this ticket"), refused.err.constData());
    QVERIFY(!QFileInfo::exists(out2));
}

int main(int argc, char** argv)
{
    // A private mount namespace, before any thread exists: site mode never leaks to the host or other tests.
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
            std::perror("tst_service_compliance: private mount namespace");
            return 1;
        }
    }
    QCoreApplication app(argc, argv);
    TestServiceCompliance t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_service_compliance.moc"
