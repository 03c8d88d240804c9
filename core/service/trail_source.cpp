// SPDX-License-Identifier: Apache-2.0
#include "core/service/trail_source.h"

#include "core/service/sealed_trail_p.h"

#include <QDir>
#include <QFile>
#include <QObject>

namespace custos::service {

TrailSource::TrailSource(QString stateDir, std::function<quint64()> durableSeq)
    : m_stateDir(std::move(stateDir)), m_durableSeq(std::move(durableSeq))
{
}

QString TrailSource::folder() const { return QDir(m_stateDir).filePath(QStringLiteral("audit")); }

quint64 TrailSource::lastSeq() const { return m_durableSeq(); }

// Finds where frames start, from the last indexed position, until `through` is known.
Result<void> TrailSource::index(quint64 through)
{
    if (m_offsets.size() >= through)
        return {};
    QFile f(trailPath(m_stateDir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The audit trail %1 cannot be read (%2).").arg(f.fileName(), f.errorString())};
    if (m_end == 0)
        m_end = detail::kHeaderBytes;
    const qint64 size = f.size();
    const QByteArray tail = f.readAll(); // the whole file: simple, and the forwarder reads in batches
    while (m_offsets.size() < through) {
        TrailEntry e;
        if (detail::parseFrame(tail.constData(), size, m_end, e) != detail::Parse::Frame)
            return Error{QObject::tr("The audit trail ends before record %1.").arg(m_offsets.size() + 1)};
        if (e.seq != m_offsets.size() + 1)
            return Error{QObject::tr("The audit trail holds record %1 where record %2 should be.").arg(e.seq).arg(m_offsets.size() + 1)};
        m_offsets.push_back(m_end);
        m_end += e.size;
    }
    return {};
}

Result<std::vector<audit::Record>> TrailSource::read(quint64 from, quint64 max)
{
    std::lock_guard lock(m_mutex);
    const quint64 last = m_durableSeq();
    std::vector<audit::Record> out;
    if (from < 1 || from > last)
        return out;
    const quint64 to = std::min(last, from + max - 1);
    if (auto indexed = index(to); !indexed)
        return indexed.error();
    QFile f(trailPath(m_stateDir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("The audit trail %1 cannot be read (%2).").arg(f.fileName(), f.errorString())};
    const qint64 start = m_offsets[from - 1];
    const qint64 end = to < m_offsets.size() ? m_offsets[to] : m_end;
    if (!f.seek(start))
        return Error{f.errorString()};
    const QByteArray bytes = f.read(end - start);
    qint64 pos = 0;
    for (quint64 seq = from; seq <= to; ++seq) {
        TrailEntry e;
        if (detail::parseFrame(bytes.constData(), bytes.size(), pos, e) != detail::Parse::Frame)
            return Error{QObject::tr("Audit record %1 cannot be read from the trail.").arg(seq)};
        pos += e.size;
        out.push_back(e.toRecord());
    }
    return out;
}

} // namespace custos::service
