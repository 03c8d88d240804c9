// SPDX-License-Identifier: Apache-2.0
#include "core/audit/audit_log_p.h"
#include "core/common/parallel.h"

#include <QObject>

#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace custos::audit::detail {

namespace {

QString range(quint64 from, quint64 to)
{
    return from == to ? QStringLiteral("record %1").arg(from)
                      : QStringLiteral("records %1 to %2").arg(from).arg(to);
}

// Walks every frame of every segment in order and names the first problem.
// Rules (the first that applies):
//  - a segment or frame that cannot be parsed            → Unreadable
//  - a frame that fails AES-GCM or its MAC: Inserted if the next frame is
//    the expected record and links to the previous one (an extra frame),
//    else Modified
//  - the expected seq with the wrong previous hash       → Modified (the record before it)
//  - a seq ahead of the expected one: Truncated if open() recorded that cut,
//    Reordered if the missing record appears later, else Deleted
//  - a seq behind the expected one                       → Inserted (a replayed copy, or a forked
//  record)
//  - the log ends before, or disagrees with, the keychain checkpoint → Truncated
class Verifier
{
public:
    Verifier(const std::vector<SegmentRef>& refs, crypto::DekStore& deks, QByteArray macKey,
             std::vector<Incident> incidents)
        : m_macKey(std::move(macKey)), m_incidents(std::move(incidents))
    {
        std::map<QByteArray, QByteArray> keys;
        for (const SegmentRef& ref : refs) {
            auto s = std::make_unique<Segment>();
            s->number = ref.number;
            s->name = segmentFileName(ref.number);
            if (!s->file.map(ref.path, ref.limit)) {
                s->problem = QStringLiteral("%1 cannot be read (%2)")
                                 .arg(s->name, s->file.file.errorString());
            } else {
                const Header h = decodeHeader(s->file.data, s->file.size);
                s->headerSize = h.size;
                if (h.state != Header::State::Ok)
                    s->problem = QStringLiteral("%1 does not start with a valid segment header")
                                     .arg(s->name);
                else if (h.number != ref.number)
                    s->problem = QStringLiteral("%1 holds the header of segment %2")
                                     .arg(s->name)
                                     .arg(h.number);
                else if (auto it = keys.find(h.dekId); it != keys.end())
                    s->key = it->second;
                else if (auto key = deks.key(h.dekId))
                    s->key = keys[h.dekId] = key.value();
                else
                    s->problem = QStringLiteral("the data key of %1 cannot be loaded (%2)")
                                     .arg(s->name, key.errorMessage());
            }
            m_segments.push_back(std::move(s));
        }
    }

    VerifyReport run(const Result<std::optional<QByteArray>>& checkpoint)
    {
        if (checkpoint && checkpoint.value()) m_checkpoint = decodeCheckpoint(*checkpoint.value());
        // Frames are authenticated in parallel, a batch at a time (AES-GCM,
        // HMAC and SHA-256 are nearly all the work); the chain is walked in
        // order over the results.
        constexpr std::size_t kBatch = 4096;
        Cursor c;
        std::vector<Item> items;
        std::vector<Cursor> after; // the cursor after each item, for looking ahead
        std::vector<Authenticated> results;
        for (bool more = true; more;) {
            items.clear();
            after.clear();
            for (Item it = next(c); it.kind != Item::Kind::End; it = next(c)) {
                items.push_back(std::move(it));
                after.push_back(c);
                if (items.size() == kBatch || items.back().kind == Item::Kind::Problem) break;
            }
            more = !items.empty();
            checkAll(items, results);
            for (std::size_t i = 0; i < items.size(); ++i)
                if (std::optional<VerifyReport> problem = step(items[i], results[i], after[i]))
                    return *problem;
        }
        return atEnd(checkpoint);
    }

private:
    struct Segment
    {
        quint32 number = 0;
        QString name;
        MappedFile file;
        qint64 headerSize = 0;
        QByteArray key;
        QString problem;
    };
    struct Cursor
    {
        std::size_t segment = 0;
        qint64 pos = -1; // < 0: the segment's header is next
    };
    struct Item
    {
        enum class Kind { Frame, Problem, End } kind = Kind::End;
        std::size_t segment = 0;
        Frame frame;
        QString problem;
    };

    Item next(Cursor& c) const
    {
        while (c.segment < m_segments.size()) {
            const Segment& s = *m_segments[c.segment];
            Item it;
            it.segment = c.segment;
            if (c.pos < 0) {
                if (!s.problem.isEmpty()) {
                    it.kind = Item::Kind::Problem;
                    it.problem = s.problem;
                    ++c.segment;
                    return it;
                }
                c.pos = s.headerSize;
            }
            QString why;
            const qint64 at = c.pos;
            switch (nextFrame(s.file.data, s.file.size, c.pos, it.frame, why)) {
            case Step::Frame:
                it.kind = Item::Kind::Frame;
                return it;
            case Step::Broken:
                it.kind = Item::Kind::Problem;
                it.problem =
                    QStringLiteral("%1 is damaged at byte %2 (%3)").arg(s.name).arg(at).arg(why);
                [[fallthrough]];
            case Step::End:
                ++c.segment;
                c.pos = -1;
                if (it.kind == Item::Kind::Problem) return it;
            }
        }
        return {};
    }

    Authenticated check(const Item& it) const
    {
        const Segment& s = *m_segments[it.segment];
        return authenticate(s.file.data, it.frame, s.number, s.key, m_macKey);
    }

    void checkAll(const std::vector<Item>& items, std::vector<Authenticated>& results) const
    {
        results.assign(items.size(), {});
        // On the shared pool (core/common/parallel.h), in blocks taken in
        // turn: a verify that runs while a series loads does not add a second
        // set of threads to the cores.
        constexpr std::size_t kBlock = 64;
        std::atomic<std::size_t> next{0};
        const auto work = [&] {
            for (std::size_t first = next.fetch_add(kBlock); first < items.size(); first = next.fetch_add(kBlock))
                for (std::size_t i = first; i < std::min(items.size(), first + kBlock); ++i)
                    if (items[i].kind == Item::Kind::Frame) results[i] = check(items[i]);
        };
        runOnWorkers(items.size() < 256 ? 1 : workerCount(0, int((items.size() + kBlock - 1) / kBlock)), work);
    }

    // One item of the walk: nullopt while the chain holds.
    std::optional<VerifyReport> step(const Item& it, const Authenticated& a, const Cursor& after)
    {
        if (it.kind == Item::Kind::Problem)
            return report(
                VerifyReport::Problem::Unreadable, m_expected,
                QObject::tr("Record %1 cannot be read: %2.").arg(m_expected).arg(it.problem));
        if (!a.ok()) return unauthentic(after, a);
        if (a.seq > m_expected) return gap(after, a.seq);
        if (a.seq < m_expected) return duplicate(a);
        if (a.previousHash != m_previous) {
            if (m_expected == 1)
                return report(VerifyReport::Problem::Modified, 1,
                              QObject::tr("Record 1 was modified: it does not start the chain."));
            return report(
                VerifyReport::Problem::Modified, m_expected - 1,
                QObject::tr(
                    "Record %1 was modified: record %2's previous-record hash does not match it.")
                    .arg(m_expected - 1)
                    .arg(m_expected));
        }
        if (m_checkpoint && m_checkpoint->seq == a.seq) m_checkpointRecordHash = a.hash;
        m_previous = a.hash;
        ++m_expected;
        return std::nullopt;
    }

    VerifyReport report(VerifyReport::Problem problem, quint64 bad, QString message) const
    {
        VerifyReport r;
        r.problem = problem;
        r.records = m_expected - 1;
        r.badRecord = bad;
        r.message = std::move(message);
        return r;
    }

    QString after() const
    {
        return m_expected == 1 ? QStringLiteral("at the start of the log")
                               : QStringLiteral("after record %1").arg(m_expected - 1);
    }

    VerifyReport unauthentic(Cursor c, const Authenticated& a) const
    {
        const Item following = next(c);
        if (following.kind == Item::Kind::Frame && following.frame.seq == m_expected) {
            const Authenticated b = check(following);
            if (b.ok() && b.previousHash == m_previous)
                return report(
                    VerifyReport::Problem::Inserted, m_expected,
                    QStringLiteral("A record that cannot be authenticated was inserted %1 "
                                   "(forged, or written with other keys).")
                        .arg(m_expected == 1 ? QStringLiteral("before record 1")
                                             : QStringLiteral("between records %1 and %2")
                                                   .arg(m_expected - 1)
                                                   .arg(m_expected)));
        }
        QString why = QStringLiteral("its contents are not a valid audit record");
        if (a.failure == Authenticated::Failure::Mac)
            why = QStringLiteral("its MAC does not match");
        else if (a.failure == Authenticated::Failure::Decrypt)
            why = QStringLiteral("it cannot be decrypted with the log's keys (the authentication "
                                 "tag does not match)");
        return report(VerifyReport::Problem::Modified, m_expected,
                      QObject::tr("Record %1 was modified: %2.").arg(m_expected).arg(why));
    }

    VerifyReport gap(Cursor c, quint64 found) const
    {
        const quint64 missingTo = found - 1;
        for (const Incident& i : m_incidents) {
            if (i.kind == QLatin1String("cut") && i.from == m_expected && i.to == missingTo)
                return report(
                    VerifyReport::Problem::Truncated, m_expected,
                    QStringLiteral(
                        "%1 removed from the end of the log: the keychain checkpoint showed "
                        "record %2, but the log ended at record %3 when it was opened (%4).")
                        .arg(rangeWas(m_expected, missingTo))
                        .arg(missingTo)
                        .arg(m_expected - 1)
                        .arg(i.found));
        }
        quint64 before = found;
        for (Item it = next(c); it.kind != Item::Kind::End; it = next(c)) {
            if (it.kind != Item::Kind::Frame) continue;
            if (it.frame.seq == m_expected && check(it).ok())
                return report(
                    VerifyReport::Problem::Reordered, m_expected,
                    QObject::tr("Record %1 is out of order: it was found after record %2.")
                        .arg(m_expected)
                        .arg(before));
            before = it.frame.seq;
        }
        const QString from =
            m_expected == 1
                ? QStringLiteral("starts at record %1").arg(found)
                : QStringLiteral("goes from record %1 to record %2").arg(m_expected - 1).arg(found);
        return report(VerifyReport::Problem::Deleted, m_expected,
                      QStringLiteral("%1 deleted: the log %2.")
                          .arg(rangeWas(m_expected, missingTo))
                          .arg(from));
    }

    VerifyReport duplicate(const Authenticated& a) const
    {
        // The walk already passed the original: the first authentic frame
        // with this seq. Looked up again rather than keeping every hash, so
        // that verify() needs the same memory for any length of log.
        bool copy = false;
        Cursor c;
        for (Item it = next(c); it.kind != Item::Kind::End; it = next(c)) {
            if (it.kind != Item::Kind::Frame || it.frame.seq != a.seq) continue;
            if (const Authenticated original = check(it); original.ok()) {
                copy = original.hash == a.hash;
                break;
            }
        }
        return report(
            VerifyReport::Problem::Inserted, a.seq,
            copy ? QStringLiteral("A copy of record %1 was inserted %2 (a replayed record).")
                       .arg(a.seq)
                       .arg(after())
                 : QStringLiteral("A second, different record %1 was inserted %2.")
                       .arg(a.seq)
                       .arg(after()));
    }

    VerifyReport atEnd(const Result<std::optional<QByteArray>>& stored) const
    {
        const quint64 last = m_expected - 1;
        if (!stored)
            return report(
                VerifyReport::Problem::Unreadable, last + 1,
                QObject::tr(
                    "The keychain could not be read (%1), so the end of the log cannot be checked "
                    "against its checkpoint.")
                    .arg(stored.errorMessage()));
        const std::optional<Checkpoint>& cp = m_checkpoint;
        if (cp && cp->seq > last)
            return report(
                VerifyReport::Problem::Truncated, last + 1,
                QStringLiteral(
                    "%1 removed from the end of the log: it ends at record %2, but the keychain "
                    "checkpoint shows that record %3 existed.")
                    .arg(rangeWas(last + 1, cp->seq))
                    .arg(last)
                    .arg(cp->seq));
        quint64 rewritten = 0;
        if (cp && cp->seq > 0 && m_checkpointRecordHash != cp->hash) rewritten = cp->seq;
        for (const Incident& i : m_incidents)
            if (i.kind == QLatin1String("rewritten") && (rewritten == 0 || i.to < rewritten))
                rewritten = i.to;
        if (rewritten > 0)
            return report(
                VerifyReport::Problem::Truncated, rewritten,
                QObject::tr(
                    "Record %1 does not match the keychain checkpoint: the log was cut back to "
                    "record %1 or earlier and written again.")
                    .arg(rewritten));
        return report(VerifyReport::Problem::None, 0,
                      QStringLiteral("OK: %1 records, chain intact").arg(last));
    }

    std::vector<std::unique_ptr<Segment>> m_segments;
    QByteArray m_macKey;
    std::vector<Incident> m_incidents;
    quint64 m_expected = 1;
    QByteArray m_previous = QByteArray(32, '\0');
    std::optional<Checkpoint> m_checkpoint;
    QByteArray m_checkpointRecordHash; // of the record the checkpoint names, once passed
};

} // namespace

QString rangeWas(quint64 from, quint64 to, bool startsSentence)
{
    QString s = range(from, to) + (from == to ? QStringLiteral(" was") : QStringLiteral(" were"));
    if (startsSentence) s[0] = s[0].toUpper();
    return s;
}

VerifyReport verifySegments(const std::vector<SegmentRef>& refs, crypto::DekStore& deks,
                            QByteArray macKey, std::vector<Incident> incidents,
                            const Result<std::optional<QByteArray>>& checkpoint)
{
    Verifier verifier(refs, deks, std::move(macKey), std::move(incidents));
    return verifier.run(checkpoint);
}

} // namespace custos::audit::detail
