// SPDX-License-Identifier: Apache-2.0
#pragma once
// The test PACS (start-pacs.sh): Orthanc with DICOM TLS on 4242, DICOMweb
// over stunnel on 8443, a TLS 1.1-only stunnel on 4243; a CA, the server's
// and a client certificate, and a CA nobody trusts, in one folder. Only
// inside a private network namespace (netns-run.sh sets
// CUSTOS_PACS_NO_NETNS when it could not make one).

#include "core/policy/pacs_node.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace custos::testsupport {

class PacsPeer
{
public:
    explicit PacsPeer(QString folder) : m_dir(std::move(folder)) {}
    ~PacsPeer() { stop(); }

    // Empty on success; otherwise why the peer cannot run here.
    static QString unavailable()
    {
        if (qEnvironmentVariableIsSet("CUSTOS_PACS_NO_NETNS"))
            return QStringLiteral("no private network namespace (needs root): Orthanc would listen on every interface");
        for (const char* tool : {"Orthanc", "stunnel4", "openssl"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty()
                && QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty())
                return QStringLiteral("%1 is not installed (scripts/setup.sh installs orthanc, orthanc-dicomweb, stunnel4)").arg(QLatin1String(tool));
        return {};
    }

    // Before start(): DICOMweb and REST want this user name and password.
    void setBasicUser(const QString& user, const QString& password)
    {
        m_basicUser = user;
        m_basicPassword = password;
    }

    QString start()
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CUSTOS_PACS_BASIC_USER"));
        env.remove(QStringLiteral("CUSTOS_PACS_BASIC_PASSWORD"));
        if (!m_basicUser.isEmpty()) {
            env.insert(QStringLiteral("CUSTOS_PACS_BASIC_USER"), m_basicUser);
            env.insert(QStringLiteral("CUSTOS_PACS_BASIC_PASSWORD"), m_basicPassword);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/peers/pacs/start-pacs.sh"), {m_dir});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            QFile log(m_dir + QStringLiteral("/orthanc.log"));
            log.open(QIODevice::ReadOnly);
            return QString::fromUtf8(p.readAll() + log.readAll().right(2000));
        }
        m_running = true;
        return {};
    }

    void killOrthanc() { signal(QStringLiteral("orthanc.pid"), SIGKILL); }

    void stop()
    {
        if (!m_running)
            return;
        for (const char* f : {"orthanc.pid", "stunnel.pid", "stunnel-tls11.pid"})
            signal(QLatin1String(f), SIGTERM);
        // Gone before the next test counts on it (Orthanc takes a moment to close its database).
        for (int i = 0; i < 100 && (alive("orthanc.pid") || alive("stunnel.pid") || alive("stunnel-tls11.pid")); ++i)
            QThread::msleep(50);
        for (const char* f : {"orthanc.pid", "stunnel.pid", "stunnel-tls11.pid"})
            if (alive(f))
                signal(QLatin1String(f), SIGKILL);
        m_running = false;
    }

    QString file(const char* name) const { return m_dir + QLatin1Char('/') + QLatin1String(name); }

    // The node as the site policy would name it.
    policy::PacsNode node(const QString& name = QStringLiteral("test-pacs")) const
    {
        policy::PacsNode n;
        n.name = name;
        n.aeTitle = QStringLiteral("ORTHANC");
        n.callingAeTitle = QStringLiteral("CUSTOS");
        n.host = QStringLiteral("127.0.0.1");
        n.port = 4242;
        n.dicomweb = QStringLiteral("https://127.0.0.1:8443/dicom-web");
        n.tls = true;
        n.tlsSettings.caFile = file("ca.pem");
        n.tlsSettings.certFile = file("client.pem");
        n.tlsSettings.keyFile = file("client.key");
        return n;
    }

    // The same node retrieving by C-MOVE to Custos's receiving SCP, as Orthanc knows it ("custos-move").
    policy::PacsNode moveNode(const QString& name = QStringLiteral("test-pacs")) const
    {
        policy::PacsNode n = node(name);
        n.retrieve = policy::PacsRetrieve::Move;
        n.moveDestination = {QStringLiteral("CUSTOSMOVE"), 11113};
        return n;
    }

private:
    pid_t pidOf(const char* pidFile) const
    {
        QFile f(m_dir + QLatin1Char('/') + QLatin1String(pidFile));
        return f.open(QIODevice::ReadOnly) ? pid_t(f.readAll().trimmed().toLongLong()) : 0;
    }
    // Our own child's child: reaped by init once it exits, so kill(pid, 0) fails then.
    bool alive(const char* pidFile) const
    {
        const pid_t pid = pidOf(pidFile);
        if (pid <= 1 || ::kill(pid, 0) != 0)
            return false;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid)); // a zombie waiting for its reaper counts as gone
        return !(stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z "));
    }
    void signal(const QString& pidFile, int sig)
    {
        QFile f(m_dir + QLatin1Char('/') + pidFile);
        if (!f.open(QIODevice::ReadOnly))
            return;
        const pid_t pid = pid_t(f.readAll().trimmed().toLongLong());
        if (pid > 1)
            ::kill(pid, sig);
    }

    QString m_dir;
    QString m_basicUser, m_basicPassword;
    bool m_running = false;
};

} // namespace custos::testsupport
