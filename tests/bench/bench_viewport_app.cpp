// SPDX-License-Identifier: Apache-2.0
#include "bench_viewport_app.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>

#include <sys/stat.h>
#include <unistd.h>

namespace custos::bench {

double nowMs()
{
    static const auto t0 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    if (p == 50)
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    return v[std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(v.size())))) - 1];
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QStringLiteral("?");
}

QString writeScreenshotPolicy(const QString& program, const QString& scratch)
{
    // The policy loader takes only a root-owned file in folders nobody else
    // can write: as a site's IT would install it.
    if (::geteuid() != 0)
        return QStringLiteral("--screenshot is an export, and a policy that allows it must be root-owned: run as root");
    QProcess cli;
    const QString cliPath = QFileInfo(program).absolutePath() + QStringLiteral("/custos-cli");
    cli.start(cliPath, {QStringLiteral("policy"), QStringLiteral("example")});
    if (!cli.waitForFinished(60'000) || cli.exitCode() != 0)
        return QStringLiteral("%1 policy example failed").arg(cliPath);
    QJsonObject policy = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    if (policy.isEmpty())
        return QStringLiteral("%1 policy example printed no policy").arg(cliPath);
    policy[QStringLiteral("exportDestinations")] = QJsonArray{scratch};
    // No training prompt: nobody is there to acknowledge it.
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray();
    policy[QStringLiteral("training")] = training;
    const QString folder = scratch + QStringLiteral("/policy");
    QFile f(folder + QStringLiteral("/policy.json"));
    const QByteArray json = QJsonDocument(policy).toJson();
    if (!QDir().mkpath(folder) || !f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return QStringLiteral("the benchmark's policy could not be written to %1").arg(folder);
    f.close();
    if (::chmod(QFile::encodeName(scratch).constData(), 0755) != 0 || ::chmod(QFile::encodeName(folder).constData(), 0755) != 0 ||
        ::chmod(QFile::encodeName(f.fileName()).constData(), 0644) != 0)
        return QStringLiteral("the benchmark's policy folder %1 could not be protected").arg(folder);
    return {};
}

AppRun runApp(const QString& program, const QString& dir, const QString& scratch, bool keyring)
{
    AppRun r;
    if (const QString problem = writeScreenshotPolicy(program, scratch); !problem.isEmpty()) {
        r.error = problem;
        return r;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), scratch + QStringLiteral("/policy/policy.json"));
    QProcess p;
    QEventLoop loop;
    QByteArray err;
    double spawn = 0;
    const QRegularExpression firstRe(QStringLiteral("first image on screen after ([0-9.]+) s \\(([0-9.]+) s after the open\\)"));
    const QRegularExpression fullRe(QStringLiteral("all images loaded after ([0-9.]+) s \\(([0-9.]+) s after the open\\)"));
    QObject::connect(&p, &QProcess::readyReadStandardError, &loop, [&] {
        err += p.readAllStandardError();
        const QString text = QString::fromUtf8(err);
        if (auto m = firstRe.match(text); m.hasMatch() && r.firstSpawn < 0)
            r.firstSpawn = nowMs() - spawn, r.first = m.captured(1).toDouble() * 1000,
            r.firstOpen = m.captured(2).toDouble() * 1000;
        if (auto m = fullRe.match(text); m.hasMatch() && r.fullSpawn < 0)
            r.fullSpawn = nowMs() - spawn, r.full = m.captured(1).toDouble() * 1000,
            r.fullOpen = m.captured(2).toDouble() * 1000;
    });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(180'000, &loop, &QEventLoop::quit);
    // Sign-in is mandatory: the demo radiologist (--demo signs in by itself
    // with --screenshot), as a person at the demo would. --screenshot is an
    // ExportImage the Guard decides: the example site policy with `scratch`
    // as its one export destination allows it (writeScreenshotPolicy).
    QStringList args{QStringLiteral("--timing"), QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                     scratch + QStringLiteral("/shot.png"), QStringLiteral("--data-dir"), scratch + QStringLiteral("/data"), dir};
    QString exe = program;
    if (keyring) {
        env.insert(QStringLiteral("HOME"), scratch + QStringLiteral("/home"));
        QDir().mkpath(scratch + QStringLiteral("/home"));
        args = QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("echo -n bench | gnome-keyring-daemon --unlock --components=secrets "
                                          ">/dev/null && exec \"$0\" \"$@\""),
                           program} + args;
        exe = QStringLiteral("dbus-run-session");
    }
    p.setProcessEnvironment(env);
    spawn = nowMs();
    p.start(exe, args);
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        r.error = QStringLiteral("timed out after 180 s");
    } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || r.first < 0 || r.full < 0) {
        r.error = QStringLiteral("exit code %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(err).simplified().left(300));
    }
    return r;
}

} // namespace custos::bench
