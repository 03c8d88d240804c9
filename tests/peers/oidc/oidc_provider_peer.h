// SPDX-License-Identifier: Apache-2.0
#pragma once
// A real OpenID provider in tests: tests/peers/oidc/provider.mjs (npm
// oidc-provider) under node on 127.0.0.1, plus the scripted browser
// login.mjs that the sign-in runs as its browser command. Used by
// tst_oidc_provider. The npm packages come from `npm ci --prefix
// tests/peers/oidc`, which scripts/setup.sh runs.
//
// Errors are returned as sentences (empty means success) so a test can show
// them with QVERIFY2.

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <memory>

namespace custos::testpeers {

inline QString oidcPeerDir()
{
#ifdef CUSTOS_SOURCE_DIR
    // The source tree as CMake knows it: __FILE__ may be relative (ccache's
    // base_dir rewrites it), and then the peer is not found.
    return QStringLiteral(CUSTOS_SOURCE_DIR "/tests/peers/oidc");
#else
    return QFileInfo(QStringLiteral(__FILE__)).absolutePath();
#endif
}

inline QString nodePath()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

// Why the peer cannot run on this machine, or empty when it can.
inline QString oidcPeerMissing()
{
    if (nodePath().isEmpty()) return QStringLiteral("node is not installed: run scripts/setup.sh");
    if (!QFileInfo::exists(oidcPeerDir() +
                           QStringLiteral("/node_modules/oidc-provider/package.json")))
        return QStringLiteral("%1/node_modules is missing: run scripts/setup.sh (it runs "
                              "npm ci --prefix tests/peers/oidc)")
            .arg(oidcPeerDir());
    return {};
}

// The browser command for OidcConfig: login.mjs with the URL, user and
// password, and any extra options ("--state", "forged").
inline QStringList scriptedLogin(const QString& user, const QString& password,
                                 const QStringList& options = {})
{
    return QStringList{nodePath(), oidcPeerDir() + QStringLiteral("/login.mjs"),
                       QStringLiteral("{url}"), user, password} +
           options;
}

class OidcProviderPeer
{
public:
    OidcProviderPeer() = default;
    OidcProviderPeer(const OidcProviderPeer&) = delete;
    OidcProviderPeer& operator=(const OidcProviderPeer&) = delete;
    ~OidcProviderPeer() { stop(); }

    // Starts the provider on 127.0.0.1:`port` (0: the kernel picks) with
    // fresh signing keys, and waits until it prints its issuer (node may take
    // many seconds to start on a machine busy with parallel tests).
    // `extraArgs`: e.g. "--tls-cert", PEM, "--tls-key", PEM for an https issuer.
    //
    // A start that is not ready within half the time is stopped and tried
    // again, up to three times: four times today, on this shared machine
    // under two parallel suites, a node process printed its runtime warning
    // and then nothing for 60 s, while the same start normally takes 0.3-2 s
    // even with every core busy. Each retry is reported (qWarning) so that
    // how often it happens shows in the logs; a provider that never comes
    // up is still a failure.
    QString start(quint16 port = 0, int timeoutMs = 60000, const QStringList& extraArgs = {})
    {
        QString failures;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const QString failure = startOnce(port, qMax(20000, timeoutMs / 2), extraArgs);
            if (failure.isEmpty())
                return {};
            qWarning("OpenID provider peer, attempt %d: %s", attempt, qPrintable(failure));
            failures += QStringLiteral("attempt %1: %2\n").arg(attempt).arg(failure);
            stop();
        }
        return failures.trimmed();
    }

private:
    QString startOnce(quint16 port, int timeoutMs, const QStringList& extraArgs)
    {
        stop();
        m_errors.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setWorkingDirectory(oidcPeerDir());
        m_process->start(nodePath(), QStringList{oidcPeerDir() + QStringLiteral("/provider.mjs"),
                                                 QStringLiteral("--port"), QString::number(port)} +
                                         extraArgs);
        if (!m_process->waitForStarted(5000))
            return QStringLiteral("node could not be started: %1").arg(m_process->errorString());
        const QDeadlineTimer deadline(timeoutMs);
        QByteArray out;
        while (!deadline.hasExpired()) {
            m_process->waitForReadyRead(
                static_cast<int>(qMax<qint64>(1, qMin<qint64>(200, deadline.remainingTime()))));
            out += m_process->readAllStandardOutput();
            m_errors += m_process->readAllStandardError();
            parse(out);
            if (!m_issuer.isEmpty() && m_keyIds.size() >= 2) return {};
            if (m_process->state() == QProcess::NotRunning)
                return QStringLiteral(
                           "the OpenID provider exited (code %1) before it was ready: %2")
                    .arg(m_process->exitCode())
                    .arg(QString::fromLocal8Bit(m_errors + out).trimmed());
        }
        return QStringLiteral("the OpenID provider was not ready within %1 ms: %2")
            .arg(timeoutMs)
            .arg(QString::fromLocal8Bit(m_errors + out).trimmed());
    }

public:
    // SIGTERM, then SIGKILL if it lingers; bounded.
    void stop()
    {
        if (!m_process) return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(2000);
            }
        }
        m_process.reset();
        m_issuer.clear();
        m_keyIds.clear();
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    QString issuer() const { return m_issuer; }
    quint16 port() const { return m_port; }
    // The signing keys of this run (RSA, EC): new ones at every start.
    QStringList keyIds() const { return m_keyIds; }
    QString diagnostics() const { return QString::fromLocal8Bit(m_errors); }

private:
    void parse(const QByteArray& out)
    {
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> words = line.trimmed().split(' ');
            if (words.size() >= 2 && words[0] == "ready") {
                m_issuer = QString::fromLatin1(words[1]);
                m_port = static_cast<quint16>(m_issuer.section(QLatin1Char(':'), -1).toUInt());
            } else if (words.size() >= 2 && words[0] == "key" &&
                       !m_keyIds.contains(QString::fromLatin1(words[1]))) {
                m_keyIds << QString::fromLatin1(words[1]);
            }
        }
    }

    std::unique_ptr<QProcess> m_process;
    QString m_issuer;
    quint16 m_port = 0;
    QStringList m_keyIds;
    QByteArray m_errors;
};

} // namespace custos::testpeers
