// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small helpers shared by the test suites.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace custos::testsupport {

// The process's peak virtual size (VmPeak), in KiB: an allocation of
// gigabytes shows here even when its pages are never touched. -1: unknown.
inline qint64 peakVirtualKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmPeak:"))
            return line.mid(7).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// CI sets CI=true. There a test that cannot reach its peer (a program, a
// service, root) fails: a skip would let the suite pass without testing.
inline bool underCi()
{
    const QByteArray ci = qgetenv("CI").toLower();
    return !ci.isEmpty() && ci != "0" && ci != "false";
}

} // namespace custos::testsupport

// A missing peer: a failure under CI, a skip on a developer's machine.
#define CUSTOS_SKIP_UNLESS_CI(reason)                                                              \
    do {                                                                                           \
        if (custos::testsupport::underCi())                                                        \
            QFAIL(qPrintable(QStringLiteral("CI=true, so this is a failure, not a skip: %1")      \
                                 .arg(QString::fromUtf8(reason))));                               \
        QSKIP(reason);                                                                             \
    } while (false)

#include <sys/stat.h>

namespace custos::testsupport {

// Every file below `root` (hidden ones too), sorted: what a writer left.
inline QStringList filesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// Every regular file below `root` whose bytes contain `needle`: how the tests
// prove that a secret or a patient's identity never reached the disk.
inline QStringList filesContaining(const QString& root, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << path;
    }
    return hits;
}

// Writes `json` as `folder`/policy.json, protected as IT deploys a site
// policy (0644 in a 0755 folder; root-owned because CI runs as root), and
// returns its path for CUSTOS_POLICY_FILE. Empty when it could not be written.
inline QString writeProtectedPolicy(const QString& folder, const QByteArray& json)
{
    const QString path = folder + QStringLiteral("/policy.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return {};
    f.close();
    if (::chmod(QFile::encodeName(folder).constData(), 0755) != 0 || ::chmod(QFile::encodeName(path).constData(), 0644) != 0)
        return {};
    return path;
}

// The example site policy (from `custos-cli policy example`) with exports
// allowed only into `exportDirs` and no training modules: for tests that
// render the viewer with --screenshot, which is an ExportImage like any other.
inline QByteArray examplePolicyExportingTo(const QString& cliPath, const QStringList& exportDirs)
{
    QProcess p;
    p.start(cliPath, {QStringLiteral("policy"), QStringLiteral("example")});
    p.waitForFinished(60000);
    QJsonObject policy = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    if (policy.isEmpty())
        return {};
    policy[QStringLiteral("exportDestinations")] = QJsonArray::fromStringList(exportDirs);
    QJsonObject training = policy[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray();
    policy[QStringLiteral("training")] = training;
    return QJsonDocument(policy).toJson();
}

} // namespace custos::testsupport
