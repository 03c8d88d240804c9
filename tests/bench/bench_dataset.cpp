// SPDX-License-Identifier: Apache-2.0
#include "bench_dataset.h"

#include "bench_child.h"

#include "core/dicom/demo_study.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace custos::bench {

namespace {

QString readStamp(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeStamp(const QString& path, const QString& text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) == text.toUtf8().size();
}

// The files below root, which must all sit in one folder: vtkDICOMImageReader
// reads a single folder, not a tree.
Result<DatasetFiles> describe(const QString& root)
{
    DatasetFiles d;
    for (const std::string& f : listFiles(root.toStdString())) {
        const QFileInfo info(QString::fromStdString(f));
        if (d.dir.isEmpty())
            d.dir = info.absolutePath();
        else if (info.absolutePath() != d.dir)
            return Error{QStringLiteral("%1: the files are spread over several folders").arg(root)};
        ++d.files;
        d.bytes += info.size();
    }
    if (d.files == 0)
        return Error{QStringLiteral("%1 holds no file").arg(root)};
    return d;
}

void progressLine(const char* what, int done, int total)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    if (done == total || done % std::max(1, total / 10) == 0) {
        std::fprintf(stderr, "\r%s: %d/%d", what, done, total);
        if (done == total)
            std::fprintf(stderr, "\n");
        std::fflush(stderr);
    }
}

} // namespace

Result<DatasetFiles> ensureUncompressed(const QString& base, int slices, int size)
{
    const QString dir = base + QStringLiteral("/uncompressed");
    const QString stampPath = base + QStringLiteral("/uncompressed.stamp");
    const QString stamp = QStringLiteral("writeDemoStudy slices=%1 size=%2\n").arg(slices).arg(size);
    if (readStamp(stampPath) == stamp && QFileInfo(dir).isDir())
        return describe(dir);

    QFile::remove(stampPath);
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("cannot create %1").arg(dir)};
    dicom::DemoStudyOptions options;
    options.slices = slices;
    options.size = size;
    options.progress = [](int done, int total) { progressLine("writing the demo series", done, total); };
    const auto written = dicom::writeDemoStudy(dir, options);
    if (!written)
        return Error{QStringLiteral("writeDemoStudy: %1").arg(written.errorMessage())};
    if (!writeStamp(stampPath, stamp))
        return Error{QStringLiteral("cannot write %1").arg(stampPath)};
    return describe(dir);
}

Result<DatasetFiles> ensureJpegLs(const QString& base, const DatasetFiles& source)
{
    const QString dir = base + QStringLiteral("/jpegls");
    const QString stampPath = base + QStringLiteral("/jpegls.stamp");
    // The copy is only as current as its source: the source stamp is part of it.
    const QString stamp = QStringLiteral("dcmcjpls lossless of: ") + readStamp(base + QStringLiteral("/uncompressed.stamp"));
    if (readStamp(stampPath) == stamp && QFileInfo(dir).isDir())
        return describe(dir);

    QFile::remove(stampPath);
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("cannot create %1").arg(dir)};
    const QStringList names = QDir(source.dir).entryList(QDir::Files, QDir::Name);
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::mutex errorMutex;
    QString error;
    auto work = [&] {
        for (int i = next.fetch_add(1); i < names.size(); i = next.fetch_add(1)) {
            QProcess p;
            // +el: JPEG-LS lossless (the default, spelled out).
            p.start(QStringLiteral("dcmcjpls"),
                    {QStringLiteral("+el"), source.dir + u'/' + names[i], dir + u'/' + names[i]});
            const bool ok = p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (!ok) {
                const std::lock_guard lock(errorMutex);
                if (error.isEmpty())
                    error = QStringLiteral("dcmcjpls failed on %1: %2 %3")
                                .arg(names[i], p.errorString(), QString::fromUtf8(p.readAllStandardError()));
                next.store(int(names.size())); // stop the other worker too
                return;
            }
            progressLine("making the JPEG-LS copy with dcmcjpls", done.fetch_add(1) + 1, int(names.size()));
        }
    };
    std::thread second(work);
    work();
    second.join();
    if (!error.isEmpty())
        return Error{error};
    if (!writeStamp(stampPath, stamp))
        return Error{QStringLiteral("cannot write %1").arg(stampPath)};
    return describe(dir);
}

void warmPageCache(const DatasetFiles& data)
{
    for (const QString& name : QDir(data.dir).entryList(QDir::Files)) {
        QFile f(data.dir + u'/' + name);
        if (f.open(QIODevice::ReadOnly))
            while (!f.read(1 << 20).isEmpty()) {
            }
    }
}

} // namespace custos::bench
