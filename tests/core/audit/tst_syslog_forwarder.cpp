// SPDX-License-Identifier: Apache-2.0
// SyslogForwarder against a real audit repository: rsyslogd with imtcp and
// the GnuTLS driver (RFC 5425), started in the foreground for each case with
// a throw-away PKI made by tests/peers/rsyslog/make-certs.sh.

#include "test_support.h"
#include "../../peers/rsyslog/rsyslog_collector.h"

#include "core/audit/audit_log.h"
#include "core/audit/syslog_forwarder.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <map>
#include <memory>
#include <optional>
#include <set>

using namespace custos;
using custos::testpeers::RsyslogCollector;

namespace {

const QString kAppName = QStringLiteral("custos-test");

// The sequence number in the message's structured data, [custos@N ... seq="42" ...].
std::optional<quint64> seqOf(const QByteArray& line)
{
    static const QRegularExpression sd(QStringLiteral(R"re(\[custos@\d+[^\]]*?\sseq="(\d+)")re"));
    const QRegularExpressionMatch match = sd.match(QString::fromUtf8(line));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toULongLong();
}

// What rsyslog writes for a received message (checked against rsyslogd
// 8.2302 here): control characters become "#" and three octal digits, a
// trailing LF is dropped, everything else is kept byte for byte.
QByteArray asWrittenByRsyslog(QByteArray message)
{
    if (message.endsWith('\n'))
        message.chop(1);
    QByteArray out;
    for (const char c : message) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20)
            out += '#' + QByteArray::number(byte, 8).rightJustified(3, '0');
        else
            out += c;
    }
    return out;
}

QStringList messagesOf(const QSignalSpy& spy)
{
    QStringList messages;
    for (const QList<QVariant>& arguments : spy)
        messages << arguments.at(0).toString();
    return messages;
}

} // namespace

class tst_SyslogForwarder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void deliversEveryRecordExactlyOnceInOrder();
    void resumesFromPersistedSeqWithoutResending();
    void resendsAfterCollectorCrashWithoutGaps();
    void confirmsProgressWhileSendingABacklog();
    void refusesCollectorSignedByAnotherCa();
    void refusesCollectorCertificateForAnotherHostName();
    void refusesCollectorOfferingOnlyTls11();
    void presentsClientCertificateWhenConfigured_data();
    void presentsClientCertificateWhenConfigured();
    void reportsUnusableCaFileWithoutConnecting();

private:
    QString pki(const QString& name) const { return m_pki.filePath(name); }
    QString auditFolder() const { return m_dir->filePath(QStringLiteral("audit")); }
    QString progressFile() const { return auditFolder() + QStringLiteral("/forwarded.seq"); }
    QString openLog();
    QString appendEvents(int count);
    RsyslogCollector& startCollector(const QString& serverCert = QStringLiteral("server"),
                                     const QString& priority = {});
    audit::ForwarderConfig forwarderConfig(const QString& clientCert = QStringLiteral("client"),
                                           const QString& caFile = {}) const;
    audit::SyslogForwarder& makeForwarder(const audit::ForwarderConfig& config);
    // The sequence numbers received, in file order; a line without one fails the test.
    std::vector<quint64> receivedSeqs();

    QTemporaryDir m_pki;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<audit::AuditLog> m_log;
    std::unique_ptr<RsyslogCollector> m_collector;
    std::unique_ptr<audit::SyslogForwarder> m_forwarder;
    int m_appended = 0;
};

void tst_SyslogForwarder::initTestCase()
{
    if (testpeers::rsyslogdPath().isEmpty())
        CUSTOS_SKIP_UNLESS_CI("rsyslogd is not installed (packages rsyslog rsyslog-gnutls)");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        CUSTOS_SKIP_UNLESS_CI("openssl is not installed");
    QVERIFY(m_pki.isValid());
    const QString problem = testpeers::makeTestPki(m_pki.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_SyslogForwarder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_appended = 0;
    const QString problem = openLog();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_SyslogForwarder::cleanup()
{
    m_forwarder.reset();
    if (m_collector) {
        m_collector->stop();
        if (QTest::currentTestFailed())
            qWarning().noquote() << "rsyslogd said:\n" << m_collector->log();
    }
    m_collector.reset();
    m_log.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_SyslogForwarder::openLog()
{
    if (!QDir().mkpath(auditFolder()))
        return QStringLiteral("cannot create %1").arg(auditFolder());
    m_store = crypto::makeMemoryKeyStore();
    Result<std::shared_ptr<crypto::KeyManager>> keys = crypto::KeyManager::open(*m_store);
    if (!keys)
        return keys.errorMessage();
    audit::AuditLogOptions options;
    options.durable = false;
    Result<std::shared_ptr<audit::AuditLog>> log =
        audit::AuditLog::open(auditFolder(), keys.value(), options);
    if (!log)
        return log.errorMessage();
    m_log = log.value();
    return {};
}

QString tst_SyslogForwarder::appendEvents(int count)
{
    for (int i = 0; i < count; ++i) {
        ++m_appended;
        const Result<quint64> seq = m_log->append(audit::events::securityAlert(
            QStringLiteral("tester"), QStringLiteral("forwarding test event %1").arg(m_appended)));
        if (!seq)
            return seq.errorMessage();
    }
    return {};
}

RsyslogCollector& tst_SyslogForwarder::startCollector(const QString& serverCert,
                                                      const QString& priority)
{
    RsyslogCollector::Options options;
    options.folder = m_dir->filePath(QStringLiteral("collector"));
    QDir().mkpath(options.folder);
    options.caFile = pki(QStringLiteral("ca.pem"));
    options.certFile = pki(serverCert + QStringLiteral(".pem"));
    options.keyFile = pki(serverCert + QStringLiteral(".key"));
    if (!priority.isEmpty())
        options.priority = priority;
    m_collector = std::make_unique<RsyslogCollector>(options);
    const QString problem = m_collector->start();
    if (!problem.isEmpty())
        QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
    return *m_collector;
}

audit::ForwarderConfig tst_SyslogForwarder::forwarderConfig(const QString& clientCert,
                                                            const QString& caFile) const
{
    audit::ForwarderConfig config;
    config.host = QStringLiteral("127.0.0.1");
    config.port = m_collector ? m_collector->port() : 0;
    config.caFile = caFile.isEmpty() ? pki(QStringLiteral("ca.pem")) : caFile;
    if (!clientCert.isEmpty()) {
        config.clientCertFile = pki(clientCert + QStringLiteral(".pem"));
        config.clientKeyFile = pki(clientCert + QStringLiteral(".key"));
    }
    config.appName = kAppName;
    config.reconnectMs = 200;
    config.pollMs = 100;
    return config;
}

audit::SyslogForwarder& tst_SyslogForwarder::makeForwarder(const audit::ForwarderConfig& config)
{
    m_forwarder = std::make_unique<audit::SyslogForwarder>(m_log, config);
    return *m_forwarder;
}

std::vector<quint64> tst_SyslogForwarder::receivedSeqs()
{
    std::vector<quint64> seqs;
    for (const QByteArray& line : m_collector->receivedLines()) {
        const std::optional<quint64> seq = seqOf(line);
        if (!seq) {
            QTest::qFail(qPrintable(QStringLiteral("a received line has no sequence number: %1")
                                        .arg(QString::fromUtf8(line.left(300)))),
                         __FILE__, __LINE__);
            return {};
        }
        seqs.push_back(*seq);
    }
    return seqs;
}

void tst_SyslogForwarder::deliversEveryRecordExactlyOnceInOrder()
{
    const int count = 200;
    QString problem = appendEvents(count);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    RsyslogCollector& collector = startCollector();
    QVERIFY(!QTest::currentTestFailed());

    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig());
    QSignalSpy delivered(&forwarder, &audit::SyslogForwarder::delivered);
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    forwarder.start();

    QTRY_COMPARE_WITH_TIMEOUT(forwarder.deliveredSeq(), quint64(count), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(collector.receivedLines().size(), qsizetype(count), 10'000);
    QVERIFY(forwarder.connected());
    QVERIFY2(errors.isEmpty(), qPrintable(messagesOf(errors).join(QLatin1Char('\n'))));

    // delivered() reports progress, strictly increasing, ending at the last record.
    QVERIFY(!delivered.isEmpty());
    quint64 previous = 0;
    for (const QList<QVariant>& arguments : delivered) {
        QVERIFY(arguments.at(0).toULongLong() > previous);
        previous = arguments.at(0).toULongLong();
    }
    QCOMPARE(previous, quint64(count));
    QFile progress(progressFile());
    QVERIFY(progress.open(QIODevice::ReadOnly));
    QCOMPARE(progress.readAll().trimmed(), QByteArray::number(count));

    // Nothing more arrives once everything was delivered.
    QTest::qWait(600);
    forwarder.stop();
    collector.stop();

    const QList<QByteArray> lines = collector.receivedLines();
    QCOMPARE(lines.size(), qsizetype(count));
    Result<std::vector<audit::Record>> records = m_log->read(1, count);
    QVERIFY2(records.ok(), records.ok() ? "" : qPrintable(records.errorMessage()));
    QCOMPARE(records.value().size(), std::size_t(count));
    for (int i = 0; i < count; ++i) {
        const std::optional<quint64> seq = seqOf(lines[i]);
        QVERIFY2(seq.has_value(), lines[i].constData());
        QCOMPARE(*seq, quint64(i + 1));
        // Byte for byte the RFC 5424 message, so the framing lost nothing.
        QCOMPARE(lines[i],
                 asWrittenByRsyslog(audit::toSyslogMessage(records.value()[i], kAppName)));
    }
}

void tst_SyslogForwarder::resumesFromPersistedSeqWithoutResending()
{
    QString problem = appendEvents(50);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    RsyslogCollector& collector = startCollector();
    QVERIFY(!QTest::currentTestFailed());

    makeForwarder(forwarderConfig()).start();
    QTRY_COMPARE_WITH_TIMEOUT(m_forwarder->deliveredSeq(), quint64(50), 30'000);
    m_forwarder.reset(); // the application quits

    problem = appendEvents(30);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    audit::SyslogForwarder& next = makeForwarder(forwarderConfig());
    next.start();
    QCOMPARE(next.deliveredSeq(), quint64(50)); // read from forwarded.seq
    QTRY_COMPARE_WITH_TIMEOUT(next.deliveredSeq(), quint64(80), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(collector.receivedLines().size(), qsizetype(80), 10'000);
    QTest::qWait(300);
    next.stop();
    collector.stop();

    const std::vector<quint64> seqs = receivedSeqs();
    QCOMPARE(seqs.size(), std::size_t(80));
    for (std::size_t i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs[i], quint64(i + 1));
}

void tst_SyslogForwarder::resendsAfterCollectorCrashWithoutGaps()
{
    RsyslogCollector& collector = startCollector();
    QVERIFY(!QTest::currentTestFailed());
    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig());
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    forwarder.start();

    // A steady stream of 200 events, 80 a second, kept at most 60 ahead of
    // what was confirmed so that records are in flight whenever it stops.
    QString problem;
    QTimer appender;
    appender.setInterval(25);
    connect(&appender, &QTimer::timeout, this, [&] {
        if (m_appended >= 200 || !problem.isEmpty())
            appender.stop();
        else if (quint64(m_appended) < m_forwarder->deliveredSeq() + 60)
            problem = appendEvents(2);
    });
    appender.start();

    QTRY_VERIFY_WITH_TIMEOUT(forwarder.deliveredSeq() >= 100 || !problem.isEmpty(), 30'000);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    collector.kill(); // about half delivered: SIGKILL, mid-stream, without warning
    appender.stop();
    const quint64 appendedAtCrash = m_log->lastSeq();
    const qsizetype linesBeforeCrash = collector.receivedLines().size();
    QTRY_VERIFY_WITH_TIMEOUT(!forwarder.connected(), 10'000);
    const quint64 deliveredAtCrash = forwarder.deliveredSeq();
    qInfo("crash: %llu appended, %lld received, %llu confirmed",
          static_cast<unsigned long long>(appendedAtCrash),
          static_cast<long long>(linesBeforeCrash),
          static_cast<unsigned long long>(deliveredAtCrash));
    QVERIFY2(deliveredAtCrash < appendedAtCrash, "the collector should have died mid-stream");

    // The log keeps growing while the collector is down: the rest of the
    // stream and then 100 more.
    problem = appendEvents(200 - m_appended);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = appendEvents(100);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const quint64 total = m_log->lastSeq();
    QCOMPARE(total, quint64(300));

    auto refused = [&] {
        return messagesOf(errors).filter(QStringLiteral("refused the connection")).size() > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(refused(), 15'000);
    QCOMPARE(forwarder.deliveredSeq(), deliveredAtCrash); // nothing confirmed while down
    QFile progress(progressFile());
    QVERIFY(progress.open(QIODevice::ReadOnly));
    QCOMPARE(progress.readAll().trimmed(), QByteArray::number(deliveredAtCrash));
    progress.close();

    // The collector returns on the same port and appends to the same file.
    problem = collector.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.deliveredSeq(), total, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(!collector.receivedLines().isEmpty() &&
                                 seqOf(collector.receivedLines().last()) == total,
                             10'000);
    QTest::qWait(300);
    forwarder.stop();
    collector.stop();

    const std::vector<quint64> seqs = receivedSeqs();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(qsizetype(seqs.size()) >= linesBeforeCrash);
    const std::vector<quint64> before(seqs.begin(), seqs.begin() + linesBeforeCrash);
    const std::vector<quint64> after(seqs.begin() + linesBeforeCrash, seqs.end());

    // Before the crash: 1, 2, ..., a.
    for (std::size_t i = 0; i < before.size(); ++i)
        QCOMPARE(before[i], quint64(i + 1));
    const quint64 lastBefore = before.size();
    // Every record confirmed before the crash had really arrived.
    QVERIFY2(deliveredAtCrash <= lastBefore,
             qPrintable(QStringLiteral("record %1 was confirmed, but only %2 arrived")
                            .arg(deliveredAtCrash)
                            .arg(lastBefore)));
    // After it: the unconfirmed rest, from the persisted seq + 1 to the end.
    QVERIFY(!after.empty());
    for (std::size_t i = 0; i < after.size(); ++i)
        QCOMPARE(after[i], deliveredAtCrash + 1 + i);
    QCOMPARE(after.back(), total);

    // Every record at least once; twice only if it was sent again after the
    // break; after de-duplication by seq, strictly increasing.
    std::map<quint64, int> count;
    for (const quint64 seq : seqs)
        ++count[seq];
    for (quint64 seq = 1; seq <= total; ++seq) {
        const bool resent = seq > deliveredAtCrash && seq <= lastBefore;
        QVERIFY2(count[seq] == (resent ? 2 : 1),
                 qPrintable(QStringLiteral("record %1 arrived %2 times").arg(seq).arg(count[seq])));
    }
    QCOMPARE(count.size(), std::size_t(total));
    std::set<quint64> seen;
    quint64 previous = 0;
    for (const quint64 seq : seqs) {
        if (!seen.insert(seq).second)
            continue;
        QVERIFY(seq > previous);
        previous = seq;
    }
}

void tst_SyslogForwarder::confirmsProgressWhileSendingABacklog()
{
    // A day's worth of records piled up while the collector was away: the
    // forwarder must confirm (and persist) progress along the way, or a
    // connection that breaks now and then would resend the pile forever.
    const int count = 20000;
    QElapsedTimer timer;
    timer.start();
    QString problem = appendEvents(count);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    qInfo("appended %d records in %lld ms", count, static_cast<long long>(timer.elapsed()));
    RsyslogCollector& collector = startCollector();
    QVERIFY(!QTest::currentTestFailed());

    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig());
    QSignalSpy delivered(&forwarder, &audit::SyslogForwarder::delivered);
    timer.restart();
    forwarder.start();
    QTRY_COMPARE_WITH_TIMEOUT(forwarder.deliveredSeq(), quint64(count), 120'000);
    qInfo("delivered %d records in %lld ms, confirmed in %lld steps", count,
          static_cast<long long>(timer.elapsed()), static_cast<long long>(delivered.size()));
    QVERIFY2(delivered.size() >= 3, "progress should be confirmed while the backlog drains");
    QTRY_COMPARE_WITH_TIMEOUT(collector.receivedLines().size(), qsizetype(count), 10'000);
}

void tst_SyslogForwarder::refusesCollectorSignedByAnotherCa()
{
    QString problem = appendEvents(10);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    RsyslogCollector& collector = startCollector(QStringLiteral("rogue-server"));
    QVERIFY(!QTest::currentTestFailed());

    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig());
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    QSignalSpy delivered(&forwarder, &audit::SyslogForwarder::delivered);
    forwarder.start();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10'000);
    const QString message = errors.first().at(0).toString();
    qInfo("connectionError: %s", qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("certificate")) &&
                 message.contains(QLatin1String("not trusted")),
             qPrintable(message));
    QTest::qWait(1500); // a few reconnect attempts
    QCOMPARE(forwarder.deliveredSeq(), quint64(0));
    QVERIFY(delivered.isEmpty());
    QVERIFY(!forwarder.connected());
    QVERIFY(!QFile::exists(progressFile()));
    QCOMPARE(collector.receivedLines().size(), qsizetype(0));

    // The control: the same collector is fine for a client that trusts its CA.
    forwarder.stop();
    audit::SyslogForwarder& trusting = makeForwarder(
        forwarderConfig(QStringLiteral("client"), pki(QStringLiteral("rogue-ca.pem"))));
    trusting.start();
    QTRY_COMPARE_WITH_TIMEOUT(trusting.deliveredSeq(), quint64(10), 30'000);
}

void tst_SyslogForwarder::refusesCollectorCertificateForAnotherHostName()
{
    QString problem = appendEvents(10);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    RsyslogCollector& collector = startCollector(QStringLiteral("wrong-name"));
    QVERIFY(!QTest::currentTestFailed());

    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig());
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    forwarder.start();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10'000);
    const QString message = errors.first().at(0).toString();
    qInfo("connectionError: %s", qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("certificate")) &&
                 message.contains(QLatin1String("host name \"127.0.0.1\"")),
             qPrintable(message));
    QTest::qWait(1000);
    QCOMPARE(forwarder.deliveredSeq(), quint64(0));
    QCOMPARE(collector.receivedLines().size(), qsizetype(0));
}

void tst_SyslogForwarder::refusesCollectorOfferingOnlyTls11()
{
    QString problem = appendEvents(10);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    RsyslogCollector& collector =
        startCollector(QStringLiteral("server"), QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.1"));
    QVERIFY(!QTest::currentTestFailed());

    // The collector really speaks TLS 1.1 (and is otherwise healthy): a
    // client that allows TLS 1.1 completes the handshake.
    const QString gnutlsCli = QStandardPaths::findExecutable(QStringLiteral("gnutls-cli"));
    if (!gnutlsCli.isEmpty()) {
        QByteArray output;
        problem = testpeers::runTool(
            gnutlsCli,
            {QStringLiteral("--x509cafile=") + pki(QStringLiteral("ca.pem")),
             QStringLiteral("--x509certfile=") + pki(QStringLiteral("client.pem")),
             QStringLiteral("--x509keyfile=") + pki(QStringLiteral("client.key")),
             QStringLiteral("--priority=NORMAL:-VERS-ALL:+VERS-TLS1.1"),
             QStringLiteral("--port=%1").arg(collector.port()), QStringLiteral("127.0.0.1")},
            20'000, &output);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(output.contains("(TLS1.1-"), output.constData());
    }

    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig());
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    forwarder.start();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10'000);
    const QString message = errors.first().at(0).toString();
    qInfo("connectionError: %s", qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("TLS 1.2 or newer")), qPrintable(message));
    QTest::qWait(1000);
    QCOMPARE(forwarder.deliveredSeq(), quint64(0));
    QVERIFY(!forwarder.connected());
    QCOMPARE(collector.receivedLines().size(), qsizetype(0));
}

void tst_SyslogForwarder::presentsClientCertificateWhenConfigured_data()
{
    QTest::addColumn<QString>("clientCert");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no client certificate") << QString() << false;
    QTest::newRow("EC client certificate") << QStringLiteral("client") << true;
    QTest::newRow("RSA client certificate") << QStringLiteral("client-rsa") << true;
}

void tst_SyslogForwarder::presentsClientCertificateWhenConfigured()
{
    QFETCH(QString, clientCert);
    QFETCH(bool, accepted);
    const int count = 20;
    QString problem = appendEvents(count);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    RsyslogCollector& collector = startCollector(); // x509/certvalid: a certificate from our CA
    QVERIFY(!QTest::currentTestFailed());

    audit::SyslogForwarder& forwarder = makeForwarder(forwarderConfig(clientCert));
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    forwarder.start();
    if (accepted) {
        QTRY_COMPARE_WITH_TIMEOUT(forwarder.deliveredSeq(), quint64(count), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(collector.receivedLines().size(), qsizetype(count), 10'000);
        QVERIFY2(errors.isEmpty(), qPrintable(messagesOf(errors).join(QLatin1Char('\n'))));
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10'000);
    const QString message = errors.first().at(0).toString();
    qInfo("connectionError: %s", qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("client certificate")), qPrintable(message));
    QTest::qWait(2000); // several attempts, each written and then dropped
    QCOMPARE(forwarder.deliveredSeq(), quint64(0));
    QVERIFY(!QFile::exists(progressFile()));
    QCOMPARE(collector.receivedLines().size(), qsizetype(0));
    collector.stop();
    QVERIFY2(collector.log().contains(QLatin1String("did not provide a certificate")),
             qPrintable(collector.log()));
}

void tst_SyslogForwarder::reportsUnusableCaFileWithoutConnecting()
{
    QString problem = appendEvents(5);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    audit::ForwarderConfig config = forwarderConfig();
    config.port = testpeers::freeLoopbackPort();
    config.caFile = m_dir->filePath(QStringLiteral("missing-ca.pem"));
    audit::SyslogForwarder& forwarder = makeForwarder(config);
    QSignalSpy errors(&forwarder, &audit::SyslogForwarder::connectionError);
    forwarder.start();
    QCOMPARE(errors.size(), 1); // at once, not after a connection attempt
    const QString message = errors.first().at(0).toString();
    qInfo("connectionError: %s", qPrintable(message));
    QVERIFY2(message.contains(config.caFile), qPrintable(message));
    QTest::qWait(500);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!forwarder.connected());
    QCOMPARE(forwarder.deliveredSeq(), quint64(0));
}

QTEST_GUILESS_MAIN(tst_SyslogForwarder)
#include "tst_syslog_forwarder.moc"
