// SPDX-License-Identifier: Apache-2.0
// custos-cli pacs, end to end against a real Orthanc (DICOM TLS, and
// DICOMweb through stunnel) in a private network namespace: real local
// accounts with TOTP, the real keychain, a site policy naming the PACS, the
// synthetic demo study. Every action asks the Guard and is audited; a
// refusal is exit 3 and sends nothing; what is retrieved lands only in the
// encrypted cache.

#include "audit_reader.h"
#include "cli_sign_in.h"
#include "pacs_peer.h"
#include "test_support.h"

#include "core/pacs/dimse_client.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace custos;
using custos::testsupport::PacsPeer;

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

} // namespace

class TestCliPacs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void queryWithoutASessionIsRefused();
    void technologistCannotSend();
    void radiologistSendsFindsAndRetrieves();
    void unknownNodeIsAUsageError();
    void plainNodeThatIsNotATestNodeIsRefused();
    void getRetrievesByMoveWhenThePolicySaysSo();
    void basicAuthPasswordFromTheKeychain();
    void pacsDownIsSaidPlainly();

private:
    Run cli(const QStringList& args, const QString& policyFile = {}, const QByteArray& input = {}) const;
    QString writePolicy(const QString& folder, const QJsonArray& nodes);
    QTemporaryDir m_data, m_policyDir, m_study, m_work, m_tmp;
    QJsonObject m_node;
    QString m_policyFile;
    std::unique_ptr<PacsPeer> m_peer;
    QString m_studyUid;
    int m_files = 0; // the demo study's instances (images and its AI objects)
};

Run TestCliPacs::cli(const QStringList& args, const QString& policyFile, const QByteArray& input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), policyFile.isEmpty() ? m_policyFile : policyFile);
    env.insert(QStringLiteral("TMPDIR"), m_tmp.path()); // searched for passwords below
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_data.path()} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString TestCliPacs::writePolicy(const QString& folder, const QJsonArray& nodes)
{
    QJsonObject policy = QJsonDocument::fromJson(cli({QStringLiteral("policy"), QStringLiteral("example")}).out).object();
    if (policy.isEmpty())
        return {};
    policy[QStringLiteral("version")] = 2;
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray(); // the command line cannot take training
    policy[QStringLiteral("training")] = training;
    QJsonObject roles = policy[QStringLiteral("roles")].toObject();
    auto grant = [&roles](const char* role, QStringList actions) {
        QJsonObject r = roles[QLatin1String(role)].toObject();
        QJsonArray permissions = r[QStringLiteral("permissions")].toArray();
        for (const QString& a : actions)
            permissions.append(a);
        r[QStringLiteral("permissions")] = permissions;
        roles[QLatin1String(role)] = r;
    };
    grant("radiologist", {QStringLiteral("QueryPacs"), QStringLiteral("RetrieveStudy")});
    grant("technologist", {QStringLiteral("QueryPacs")}); // may search, may not send
    policy[QStringLiteral("roles")] = roles;
    policy[QStringLiteral("pacs")] = QJsonObject{{QStringLiteral("nodes"), nodes}};
    return testsupport::writeProtectedPolicy(folder, QJsonDocument(policy).toJson());
}

void TestCliPacs::initTestCase()
{
    if (const QString why = PacsPeer::unavailable(); !why.isEmpty())
        CUSTOS_SKIP_UNLESS_CI(qPrintable(why));
    QVERIFY2(::geteuid() == 0, "the policy file must be root-owned: run the tests as root (as CI does)");
    m_peer = std::make_unique<PacsPeer>(m_work.filePath(QStringLiteral("pacs")));
    const QString problem = m_peer->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const policy::PacsNode n = m_peer->node();
    const QJsonObject node{{QStringLiteral("name"), QStringLiteral("test-pacs")},
                           {QStringLiteral("aeTitle"), n.aeTitle},
                           {QStringLiteral("callingAeTitle"), n.callingAeTitle},
                           {QStringLiteral("host"), n.host},
                           {QStringLiteral("port"), n.port},
                           {QStringLiteral("dicomweb"), n.dicomweb},
                           {QStringLiteral("tls"), QJsonObject{{QStringLiteral("caFile"), n.tlsSettings.caFile},
                                                               {QStringLiteral("certFile"), n.tlsSettings.certFile},
                                                               {QStringLiteral("keyFile"), n.tlsSettings.keyFile}}}};
    m_node = node;
    m_policyFile = writePolicy(m_policyDir.path(), QJsonArray{node});
    QVERIFY(!m_policyFile.isEmpty());
    const Run demo = cli({QStringLiteral("make-demo"), m_study.path(), QStringLiteral("--slices"), QStringLiteral("4"), QStringLiteral("--size"),
                          QStringLiteral("64"), QStringLiteral("--quiet")});
    QVERIFY2(demo.code == 0, demo.err.constData());
    const QStringList files = QDir(m_study.path()).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    QFile first(QDir(m_study.path()).filePath(files.first()));
    QVERIFY(first.open(QIODevice::ReadOnly));
    auto info = pacs::inspectPart10(first.readAll());
    QVERIFY(info.ok());
    m_studyUid = info.value().studyInstanceUid;
    QDirIterator it(m_study.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            auto i = pacs::inspectPart10(f.readAll());
            QVERIFY2(i.ok() && i.value().studyInstanceUid == m_studyUid, qPrintable(f.fileName()));
            ++m_files;
        }
    }
    QVERIFY(m_files >= 4);
}

void TestCliPacs::cleanupTestCase()
{
    if (m_peer)
        m_peer->stop();
}

void TestCliPacs::queryWithoutASessionIsRefused()
{
    const Run r = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), QStringLiteral("test-pacs"),
                       QStringLiteral("--patient-name"), QStringLiteral("DEMO*")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("not signed in"), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was asked of the PACS"), r.err.constData());
    const Run echo = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("test-pacs")});
    QCOMPARE(echo.code, 3);
    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY(audit.contains("110132"));
    QVERIFY(audit.contains("QueryPacs"));
}

void TestCliPacs::technologistCannotSend()
{
    QString problem = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), m_data.path(), QStringLiteral("tom"), QStringLiteral("technologist"),
                                             [this] {
                                                 auto env = QProcessEnvironment::systemEnvironment();
                                                 env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_policyFile);
                                                 return env;
                                             }());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Run r = cli({QStringLiteral("pacs"), QStringLiteral("send"), QStringLiteral("--node"), QStringLiteral("test-pacs"), m_study.path()});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("Your role (technologist) may not send studies to a PACS"), r.err.constData());
    QVERIFY2(r.err.contains("Nothing was sent"), r.err.constData());
    QVERIFY(!r.err.contains("CUSTOS-DEMO-0001"));
    // Nothing reached the PACS.
    pacs::QueryKeys keys;
    keys.studyInstanceUid = m_studyUid;
    auto found = pacs::DimseClient(m_peer->node()).findStudies(keys);
    QVERIFY2(found.ok(), found ? "" : qPrintable(found.errorMessage()));
    QVERIFY(found.value().empty());
    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY(audit.contains("SendToPacs needs-break-glass") || audit.contains("SendToPacs denied"));
}

void TestCliPacs::radiologistSendsFindsAndRetrieves()
{
    QString problem = testsupport::cliSignIn(QStringLiteral(CUSTOS_CLI_PATH), m_data.path(), QStringLiteral("ada"), QStringLiteral("radiologist"),
                                             [this] {
                                                 auto env = QProcessEnvironment::systemEnvironment();
                                                 env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), m_policyFile);
                                                 return env;
                                             }());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QStringList node{QStringLiteral("--node"), QStringLiteral("test-pacs")};
    const Run echo = cli(QStringList{QStringLiteral("pacs"), QStringLiteral("echo")} + node);
    QVERIFY2(echo.code == 0, echo.err.constData());
    QVERIFY(echo.out.contains("answers over DICOM TLS"));

    const Run sent = cli(QStringList{QStringLiteral("pacs"), QStringLiteral("send")} + node + QStringList{m_study.path()});
    QVERIFY2(sent.code == 0, sent.err.constData());
    QVERIFY2(sent.out.contains(QStringLiteral("Sent %1 instances").arg(m_files).toUtf8()), sent.out.constData());

    for (const bool web : {false, true}) {
        QStringList args = QStringList{QStringLiteral("pacs"), QStringLiteral("find")} + node
                         + QStringList{QStringLiteral("--patient-name"), QStringLiteral("DEMO*"), QStringLiteral("--date"),
                                       QStringLiteral("20240301-20240331"), QStringLiteral("--modality"), QStringLiteral("CT"), QStringLiteral("--json")};
        if (web)
            args << QStringLiteral("--dicomweb");
        const Run found = cli(args);
        QVERIFY2(found.code == 0, found.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(found.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QStringLiteral("studyInstanceUid")].toString(), m_studyUid);
        QCOMPARE(list.first()[QStringLiteral("numberOfInstances")].toInt(), m_files);

        QStringList get = QStringList{QStringLiteral("pacs"), QStringLiteral("get")} + node + QStringList{QStringLiteral("--study"), m_studyUid};
        if (web)
            get << QStringLiteral("--dicomweb");
        const Run got = cli(get);
        QVERIFY2(got.code == 0, got.err.constData());
        QVERIFY2(got.out.contains(QStringLiteral("Retrieved %1 instances").arg(m_files).toUtf8()), got.out.constData());
    }
    // Retrieved into the encrypted cache: no byte of the patient's identity in the data folder.
    QVERIFY2(testsupport::filesContaining(m_data.path(), "CUSTOS-DEMO-0001").isEmpty(), "plaintext patient ID on disk");
    QVERIFY(testsupport::filesContaining(m_data.path(), "DEMO^CUSTOS").isEmpty());

    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY2(audit.contains("110112"), audit.constData());
    QVERIFY(audit.contains("QueryPacs allowed"));
    QVERIFY(audit.contains("PatientName=DEMO*; StudyDate=20240301-20240331; ModalitiesInStudy=CT"));
    QVERIFY(audit.contains("RetrieveStudy allowed"));
    QVERIFY(audit.contains(QStringLiteral("RetrieveStudy completed: %1 instances").arg(m_files).toUtf8()));
    QVERIFY(audit.contains("110104"));
    QVERIFY(audit.contains(QStringLiteral("SendToPacs completed: %1 instances to test-pacs").arg(m_files).toUtf8()));
    QVERIFY(audit.contains(m_studyUid.toUtf8()));
    QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
}

void TestCliPacs::unknownNodeIsAUsageError()
{
    const Run r = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("elsewhere")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("names no PACS \"elsewhere\"; it names: test-pacs"), r.err.constData());
    const Run bad = cli({QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--date"),
                         QStringLiteral("March")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains("is not YYYYMMDD"), bad.err.constData());
}

void TestCliPacs::plainNodeThatIsNotATestNodeIsRefused()
{
    QTemporaryDir folder;
    const QJsonObject plain{{QStringLiteral("name"), QStringLiteral("test-pacs")}, {QStringLiteral("aeTitle"), QStringLiteral("ORTHANC")},
                            {QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), 4242}};
    const QString policy = writePolicy(folder.path(), QJsonArray{plain});
    QVERIFY(!policy.isEmpty());
    const Run r = cli({QStringLiteral("pacs"), QStringLiteral("echo"), QStringLiteral("--node"), QStringLiteral("test-pacs")}, policy);
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("would travel as plain TCP"), r.err.constData());
    QVERIFY2(r.err.contains("only a node marked \"test\": true may be plain"), r.err.constData());
}

// "retrieve": "move": custos-cli pacs get retrieves through Custos's own
// receiving SCP (core/study, as the viewer does), into the encrypted cache,
// audited as RetrieveStudy exactly as C-GET is.
void TestCliPacs::getRetrievesByMoveWhenThePolicySaysSo()
{
    QJsonObject node = m_node;
    node[QStringLiteral("name")] = QStringLiteral("move-pacs");
    node[QStringLiteral("retrieve")] = QStringLiteral("move");
    const policy::PacsNode peer = m_peer->moveNode();
    node[QStringLiteral("moveDestination")] =
        QJsonObject{{QStringLiteral("aeTitle"), peer.moveDestination.aeTitle}, {QStringLiteral("port"), peer.moveDestination.port}};
    QTemporaryDir folder;
    const QString policy = writePolicy(folder.path(), QJsonArray{node});
    QVERIFY(!policy.isEmpty());
    const Run got = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), QStringLiteral("move-pacs"), QStringLiteral("--study"),
                         m_studyUid},
                        policy);
    QVERIFY2(got.code == 0, got.err.constData());
    QVERIFY2(got.out.contains(QStringLiteral("Retrieved %1 instances from \"move-pacs\"").arg(m_files).toUtf8()), got.out.constData());
    QVERIFY2(testsupport::filesContaining(m_data.path(), "CUSTOS-DEMO-0001").isEmpty(), "plaintext patient ID on disk");
    QVERIFY(testsupport::filesContaining(m_tmp.path(), "CUSTOS-DEMO-0001").isEmpty());
    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY2(audit.contains("from PACS move-pacs (DICOM TLS, C-MOVE to CUSTOSMOVE)"), audit.constData());
    QVERIFY(audit.contains(QStringLiteral("RetrieveStudy completed: %1 instances").arg(m_files).toUtf8()));
}

// A DICOMweb node with "auth": "basic": the person's own PACS password in
// their keychain (pacs login / logout), refused with a sentence that names
// the node when it is wrong or missing, and in no file Custos writes.
void TestCliPacs::basicAuthPasswordFromTheKeychain()
{
    const QByteArray user = "ada-at-pacs";
    const QByteArray password = "Zq7-heron-PACSPW-4410";
    const QByteArray wrong = "Zq7-heron-WRONGPW-0000";
    m_peer->stop();
    m_peer->setBasicUser(QString::fromLatin1(user), QString::fromLatin1(password));
    const QString started = m_peer->start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QJsonObject node = m_node;
    node[QStringLiteral("auth")] = QStringLiteral("basic");
    QTemporaryDir folder;
    const QString policy = writePolicy(folder.path(), QJsonArray{node});
    QVERIFY(!policy.isEmpty());
    const QStringList find{QStringLiteral("pacs"), QStringLiteral("find"), QStringLiteral("--node"), QStringLiteral("test-pacs"),
                           QStringLiteral("--patient-name"), QStringLiteral("DEMO*"), QStringLiteral("--dicomweb"), QStringLiteral("--json")};
    const QStringList login{QStringLiteral("pacs"), QStringLiteral("login"), QStringLiteral("--node"), QStringLiteral("test-pacs"),
                            QStringLiteral("--user"), QString::fromLatin1(user)};

    // Nothing stored: a sentence, and how to store them.
    const Run none = cli(find, policy);
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains("\"test-pacs\"") && none.err.contains("needs your PACS user name and password, and none are stored in your keychain"),
             none.err.constData());
    QVERIFY(none.err.contains("custos-cli pacs login --node test-pacs"));

    // A wrong password: the PACS refuses it, the sentence names the node and never the password.
    const Run storedWrong = cli(login, policy, wrong + '\n');
    QVERIFY2(storedWrong.code == 0, storedWrong.err.constData());
    const Run refused = cli(find, policy);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains("\"test-pacs\"") && refused.err.contains("refused the PACS user name and password from your keychain"),
             refused.err.constData());
    QVERIFY(refused.err.contains("HTTP 401"));
    QVERIFY(!refused.err.contains(wrong) && !refused.out.contains(wrong));

    // The right one, typed at a terminal (a pseudo-terminal from script(1)):
    // asked without echo, so what the terminal shows never holds it.
    QProcess tty;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), policy);
    env.insert(QStringLiteral("TMPDIR"), m_tmp.path());
    tty.setProcessEnvironment(env);
    tty.setProcessChannelMode(QProcess::MergedChannels);
    tty.start(QStringLiteral("script"), {QStringLiteral("-qec"),
                                         QStringLiteral("%1 --data-dir %2 ").arg(QStringLiteral(CUSTOS_CLI_PATH), m_data.path()) + login.join(QLatin1Char(' ')),
                                         QStringLiteral("/dev/null")});
    QByteArray shown;
    for (int i = 0; i < 200 && !shown.contains("PACS password for"); ++i)
        if (tty.waitForReadyRead(100))
            shown += tty.readAll();
    QVERIFY2(shown.contains("PACS password for ada-at-pacs on \"test-pacs\""), shown.constData());
    tty.write(password + '\n');
    QVERIFY(tty.waitForFinished(30000));
    shown += tty.readAll();
    QVERIFY2(tty.exitCode() == 0, shown.constData());
    QVERIFY2(shown.contains("are in your keychain"), shown.constData());
    QVERIFY2(!shown.contains(password), "the terminal echoed the password");

    // Search and retrieve over DICOMweb with it.
    const Run found = cli(find, policy);
    QVERIFY2(found.code == 0, found.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(found.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QStringLiteral("studyInstanceUid")].toString(), m_studyUid);
    const Run got = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--study"),
                         m_studyUid, QStringLiteral("--dicomweb")},
                        policy);
    QVERIFY2(got.code == 0, got.err.constData());
    QVERIFY2(got.out.contains(QStringLiteral("Retrieved %1 instances").arg(m_files).toUtf8()), got.out.constData());

    // The password, as typed or as it travels (base64 of user:password), is in no file Custos wrote.
    const QByteArray header = (user + ':' + password).toBase64();
    for (const QString& root : {m_data.path(), m_tmp.path()})
        for (const QByteArray& secret : {password, wrong, header}) {
            const QStringList hits = testsupport::filesContaining(root, secret);
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
        }
    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY2(audit.contains("PACS credentials stored in the keychain for node test-pacs"), audit.constData());
    QVERIFY(!audit.contains(password) && !audit.contains(wrong) && !audit.contains(header));

    // Logged out: nothing stored again.
    const Run out = cli({QStringLiteral("pacs"), QStringLiteral("logout"), QStringLiteral("--node"), QStringLiteral("test-pacs")}, policy);
    QVERIFY2(out.code == 0, out.err.constData());
    const Run after = cli(find, policy);
    QCOMPARE(after.code, 1);
    QVERIFY2(after.err.contains("none are stored in your keychain"), after.err.constData());
}

void TestCliPacs::pacsDownIsSaidPlainly()
{
    m_peer->stop(); // last: the PACS does not come back
    const Run r = cli({QStringLiteral("pacs"), QStringLiteral("get"), QStringLiteral("--node"), QStringLiteral("test-pacs"), QStringLiteral("--study"),
                       m_studyUid});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("The PACS is down or unreachable"), r.err.constData());
    const QByteArray audit = testsupport::auditTrail(m_data.path());
    QVERIFY(audit.contains("retrieve failed: The PACS is down"));
}

QTEST_GUILESS_MAIN(TestCliPacs)
#include "tst_cli_pacs.moc"
