// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared by the libFuzzer targets (docs/fuzzing.md). DCMTK reads files by
// name, so each input is written to one file per process, in /dev/shm when
// there is one (memory, not disk).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

#include <unistd.h>

namespace custos::fuzz {

inline QString scratchDir()
{
    static const QString dir = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString d = base + QStringLiteral("/custos-fuzz-%1").arg(::getpid());
        QDir().mkpath(d);
        return d;
    }();
    return dir;
}

// Writes the input to `name` in this process's scratch folder.
inline QString writeInput(const std::uint8_t* data, std::size_t size, const QString& name = QStringLiteral("input.dcm"))
{
    const QString path = scratchDir() + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The same bytes as an instance retrieved from a PACS: a Part 10 stream in
// memory (a PACS always delivers Part 10), given a preamble when it lacks one.
inline std::shared_ptr<const QByteArray> retrieved(const std::uint8_t* data, std::size_t size)
{
    QByteArray b = bytes(data, size);
    if (b.size() < 132 || b.mid(128, 4) != "DICM")
        b.prepend(QByteArray(128, '\0') + "DICM");
    return std::make_shared<const QByteArray>(std::move(b));
}

// An empty folder `name` in the scratch folder (emptied on every call).
inline QString freshDir(const QString& name)
{
    const QString d = scratchDir() + QLatin1Char('/') + name;
    QDir(d).removeRecursively();
    QDir().mkpath(d);
    return d;
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

} // namespace custos::fuzz
