// SPDX-License-Identifier: Apache-2.0
#pragma once
// A real rsyslogd as the audit repository in tests: RFC 5425 syslog over
// TLS (imtcp, gtls driver) on 127.0.0.1, in the foreground, with a private
// config, work directory and pid file, writing each received message raw,
// one per line. Used by tst_syslog_forwarder; the config template and the
// certificate script live beside this file.
//
// Errors are returned as sentences (an empty string means success) so a
// test can show them with QVERIFY2.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace custos::testpeers {

inline QString rsyslogPeerDir()
{
#ifdef CUSTOS_SOURCE_DIR
    // The source tree as CMake knows it: __FILE__ may be relative (ccache's
    // base_dir rewrites it), and then the peer is not found.
    return QStringLiteral(CUSTOS_SOURCE_DIR "/tests/peers/rsyslog");
#else
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath();
#endif
}

// rsyslogd lives in /usr/sbin, which is not on every user's PATH; empty if missing.
inline QString rsyslogdPath()
{
    const QString name = QStringLiteral("rsyslogd");
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

// A port nobody listens on right now (the kernel's pick), so test runs can
// proceed in parallel instead of fighting over 6514.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Runs a program to completion with a time limit; returns its failure as a sentence.
inline QString runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                       QByteArray* output = nullptr, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000))
        return QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000);
    }
    const QByteArray text = process.readAll();
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed (exit code %3): %4")
            .arg(program, arguments.join(QLatin1Char(' ')))
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(text));
    return {};
}

// Makes the throw-away CA, server and client certificates in `folder`.
inline QString makeTestPki(const QString& folder)
{
    return runTool(QStringLiteral("sh"),
                   {rsyslogPeerDir() + QStringLiteral("/make-certs.sh"), folder}, 120'000);
}

class RsyslogCollector
{
public:
    struct Options
    {
        QString folder;   // private: config, work directory, pid file, output
        quint16 port = 0; // 0: pick a free one
        QString caFile;   // to verify client certificates
        QString certFile; // the collector's certificate
        QString keyFile;
        QString authMode = QStringLiteral("x509/certvalid"); // client certificate required
        QString priority = QStringLiteral("NORMAL:-VERS-ALL:+VERS-TLS1.3:+VERS-TLS1.2");
    };

    explicit RsyslogCollector(Options options) : m_options(std::move(options))
    {
        if (m_options.port == 0)
            m_options.port = freeLoopbackPort();
    }
    ~RsyslogCollector() { stop(); }
    RsyslogCollector(const RsyslogCollector&) = delete;
    RsyslogCollector& operator=(const RsyslogCollector&) = delete;

    quint16 port() const { return m_options.port; }
    QString outputFile() const { return m_options.folder + QStringLiteral("/received.log"); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }

    // Starts rsyslogd and waits (bounded) until the port accepts connections.
    QString start()
    {
        if (running())
            return QStringLiteral("rsyslogd is already running");
        if (m_options.port == 0)
            return QStringLiteral("no free loopback port was found");
        const QString workDir = m_options.folder + QStringLiteral("/work");
        if (!QDir().mkpath(workDir))
            return QStringLiteral("cannot create %1").arg(workDir);

        QFile templateFile(rsyslogPeerDir() + QStringLiteral("/rsyslog.conf.in"));
        if (!templateFile.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(templateFile.fileName());
        QString config = QString::fromUtf8(templateFile.readAll());
        config.replace(QLatin1String("@WORKDIR@"), workDir)
            .replace(QLatin1String("@CAFILE@"), m_options.caFile)
            .replace(QLatin1String("@CERTFILE@"), m_options.certFile)
            .replace(QLatin1String("@KEYFILE@"), m_options.keyFile)
            .replace(QLatin1String("@AUTHMODE@"), m_options.authMode)
            .replace(QLatin1String("@PRIORITY@"), m_options.priority)
            .replace(QLatin1String("@PORT@"), QString::number(m_options.port))
            .replace(QLatin1String("@OUTPUT@"), outputFile());
        const QRegularExpressionMatch left =
            QRegularExpression(QStringLiteral("^[^#\\n]*(@[A-Z]+@)"),
                               QRegularExpression::MultilineOption)
                .match(config);
        if (left.hasMatch())
            return QStringLiteral("rsyslog.conf.in has an unknown placeholder %1")
                .arg(left.captured(1));
        const QString configPath = m_options.folder + QStringLiteral("/rsyslog.conf");
        QFile configFile(configPath);
        if (!configFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            configFile.write(config.toUtf8()) < 0)
            return QStringLiteral("cannot write %1").arg(configPath);
        configFile.close();

        const QString pidFile = m_options.folder + QStringLiteral("/rsyslogd.pid");
        QFile::remove(pidFile); // a killed instance leaves it behind
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = rsyslogdPath();
        if (program.isEmpty())
            return QStringLiteral("rsyslogd is not installed (packages rsyslog rsyslog-gnutls)");
        m_process.start(program, {QStringLiteral("-n"), QStringLiteral("-f"), configPath,
                                  QStringLiteral("-i"), pidFile});
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("rsyslogd could not be started: %1").arg(m_process.errorString());

        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 15'000) {
            if (!running())
                return QStringLiteral("rsyslogd exited (code %1) before listening: %2")
                    .arg(m_process.exitCode())
                    .arg(log());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_options.port);
            if (probe.waitForConnected(500)) {
                probe.abort();
                return {};
            }
            QTest::qWait(50);
        }
        return QStringLiteral("rsyslogd did not listen on 127.0.0.1:%1 within 15 s: %2")
            .arg(m_options.port)
            .arg(log());
    }

    // A crash: SIGKILL, no chance to flush or say goodbye.
    void kill()
    {
        if (!running())
            return;
        collectLog();
        m_process.kill();
        m_process.waitForFinished(5000);
        collectLog();
    }

    // An orderly stop (SIGTERM: rsyslogd drains its queue), then SIGKILL if needed.
    void stop()
    {
        if (!running())
            return;
        collectLog();
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        collectLog();
    }

    // Each message received so far, as rsyslog wrote it (control characters
    // escaped as #ooo, a trailing LF dropped).
    QList<QByteArray> receivedLines() const
    {
        QFile file(outputFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    // rsyslogd's own messages (stderr and stdout), for failure reports.
    QString log()
    {
        collectLog();
        return QString::fromLocal8Bit(m_log);
    }

private:
    void collectLog()
    {
        if (m_process.isOpen())
            m_log += m_process.readAll();
    }

    Options m_options;
    QProcess m_process;
    QByteArray m_log;
};

} // namespace custos::testpeers
