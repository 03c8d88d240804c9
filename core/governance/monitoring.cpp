// SPDX-License-Identifier: Apache-2.0
#include "core/governance/monitoring.h"

#include <QHash>
#include <QRegularExpression>
#include <QSysInfo>

#include <algorithm>
#include <cmath>
#include <limits>

namespace custos::governance {

namespace {

bool inPeriod(const QDateTime& t, const QDateTime& from, const QDateTime& to)
{
    return (!from.isValid() || t >= from) && (!to.isValid() || t <= to);
}

void add(Counts& c, const DecisionRecord& d)
{
    switch (d.decision) {
    case Decision::Accepted: ++c.accepted; break;
    case Decision::Rejected:
        ++c.rejected;
        ++c.rejectedByReason[d.rejectReason.isEmpty() ? QStringLiteral("none") : d.rejectReason];
        break;
    case Decision::Corrected: ++c.corrected; break;
    }
}

} // namespace

std::vector<DecisionRecord> decisionsFromTrail(const std::vector<audit::Record>& records, const QDateTime& from, const QDateTime& to)
{
    // "AI object <uid>: <decision...> <finding id> model=... " (audit_event.cpp aiReviewAction)
    static const QRegularExpression head(QStringLiteral("^AI object ([^:]*): (accepted|rejected|corrected|reset to pending)(?: \\(([^)]*)\\))?"));
    struct Slot
    {
        DecisionRecord record;
        bool live = false;
    };
    std::vector<Slot> order;
    QHash<QString, size_t> slotOf; // object UID + finding id -> its place; only while reading
    for (const audit::Record& r : records) {
        if (r.event.id.code != QLatin1String("110110") || r.event.action != QLatin1Char('U'))
            continue;
        if (!inPeriod(r.time, from, to))
            continue;
        for (const audit::ParticipantObject& o : r.event.objects) {
            const auto m = head.match(o.detail);
            if (!m.hasMatch())
                continue;
            const TaggedModel tag = parseModelTag(o.detail);
            if (!tag.valid)
                continue; // a decision recorded before the tag existed names no model
            const int tagAt = o.detail.indexOf(QStringLiteral(" model=\""));
            const QString beforeTag = o.detail.left(tagAt);
            const QString findingId = beforeTag.section(QLatin1Char(' '), -1);
            const QString key = m.captured(1) + QLatin1Char('\n') + findingId;
            DecisionRecord d;
            d.time = r.time;
            d.seq = r.seq;
            d.manufacturer = tag.manufacturer;
            d.modelName = tag.modelName;
            d.version = tag.version;
            d.findingType = tag.findingType;
            const QString what = m.captured(2);
            d.decision = what == QLatin1String("accepted") ? Decision::Accepted
                         : what == QLatin1String("rejected") ? Decision::Rejected
                                                             : Decision::Corrected;
            if (d.decision == Decision::Rejected)
                d.rejectReason = m.captured(3);
            auto found = slotOf.find(key);
            if (found != slotOf.end())
                order[*found].live = false; // changed: the earlier state no longer counts
            if (what == QLatin1String("reset to pending")) {
                slotOf.remove(key);
                continue;
            }
            slotOf.insert(key, order.size());
            order.push_back({d, true});
        }
    }
    std::vector<DecisionRecord> out;
    for (Slot& s : order)
        if (s.live)
            out.push_back(std::move(s.record));
    return out;
}

Interval wilson(int k, int n, double z)
{
    if (n <= 0)
        return {0, 1};
    const double p = double(k) / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

DriftParameters driftParameters(double baselineAcceptance, double alpha)
{
    DriftParameters p;
    // A baseline of 100 % acceptance would make any rejection infinitely
    // unlikely: keep p0 inside (0.005, 0.9).
    p.p0 = std::clamp(1.0 - baselineAcceptance, 0.005, 0.9);
    p.p1 = std::min(0.95, std::max(1.5 * p.p0, p.p0 + 0.10));
    p.alpha = alpha;
    p.horizon = kDriftHorizon;
    p.h = std::log(double(p.horizon) / alpha);
    return p;
}

double driftExpectedDelay(const DriftParameters& p, double shiftedRate)
{
    const double q = shiftedRate < 0 ? p.p1 : shiftedRate;
    const double drift = q * std::log(p.p1 / p.p0) + (1 - q) * std::log((1 - p.p1) / (1 - p.p0));
    return drift > 0 ? p.h / drift : std::numeric_limits<double>::infinity();
}

int driftStatedDelay(const DriftParameters& p, double shiftedRate)
{
    const double expected = driftExpectedDelay(p, shiftedRate);
    return std::isfinite(expected) ? int(std::ceil(3 * expected)) : std::numeric_limits<int>::max();
}

Cusum::Cusum(const DriftParameters& p)
    : m_p(p), m_up(std::log(p.p1 / p.p0)), m_down(std::log((1 - p.p1) / (1 - p.p0)))
{
}

bool Cusum::add(bool notAccepted)
{
    ++m_n;
    m_s = std::max(0.0, m_s + (notAccepted ? m_up : m_down));
    if (!m_alarmAt && m_s >= m_p.h) {
        m_alarmAt = m_n;
        return true;
    }
    return false;
}

std::vector<StreamReport> monitor(const Registry& registry, const std::vector<DecisionRecord>& decisions, const QDateTime& from,
                                  const QDateTime& to)
{
    std::map<StreamKey, StreamReport> streams;
    std::map<StreamKey, Cusum> cusums;
    QDateTime end = to;
    if (!end.isValid())
        for (const DecisionRecord& d : decisions)
            end = std::max(end, d.time);
    std::map<StreamKey, std::map<QDateTime, std::pair<int, int>>> weeks;
    for (const DecisionRecord& d : decisions) {
        const StreamKey key{d.manufacturer, d.modelName, d.version, d.findingType};
        auto [it, fresh] = streams.try_emplace(key);
        StreamReport& s = it->second;
        if (fresh) {
            s.key = key;
            if (const RegisteredModel* m = registry.find(d.manufacturer, d.modelName)) {
                if (auto b = m->baseline.find(d.findingType); b != m->baseline.end()) {
                    s.baseline = b->second;
                    s.drift = driftParameters(b->second.acceptanceRate, registry.driftFalseAlarmRate);
                    cusums.emplace(key, Cusum(*s.drift));
                }
            }
        }
        if (auto c = cusums.find(key); c != cusums.end()) {
            if (c->second.add(d.decision != Decision::Accepted)) {
                s.alarmAtDecision = c->second.alarmAt();
                s.alarmTime = d.time;
            }
        }
        if (!inPeriod(d.time, from, to))
            continue;
        add(s.total, d);
        if (end.isValid() && d.time > end.addDays(-30))
            add(s.last30Days, d);
        if (end.isValid() && d.time > end.addDays(-90))
            add(s.last90Days, d);
        const QDate day = d.time.toUTC().date();
        const QDateTime week(day.addDays(1 - day.dayOfWeek()), QTime(0, 0), Qt::UTC);
        auto& w = weeks[key][week];
        w.second += 1;
        w.first += d.decision == Decision::Accepted ? 1 : 0;
    }
    std::vector<StreamReport> out;
    for (auto& [key, s] : streams) {
        if (s.total.decided() == 0 && !s.alarmAtDecision)
            continue;
        for (const auto& [week, counts] : weeks[key])
            s.weeklyAcceptance.emplace_back(week, double(counts.first) / counts.second);
        out.push_back(std::move(s));
    }
    return out;
}

audit::Event driftAlarmEvent(const QString& user, const StreamReport& s)
{
    audit::Event e;
    e.id = {QStringLiteral("110113"), QStringLiteral("DCM"), QStringLiteral("Security Alert")};
    e.type = {QStringLiteral("110129"), QStringLiteral("DCM"), QStringLiteral("Security Configuration")};
    e.action = QLatin1Char('E');
    e.outcome = audit::Outcome::MinorFailure;
    ai::Source source{s.key.modelName, s.key.version, s.key.manufacturer};
    e.outcomeDescription = QStringLiteral("AI drift alarm at decision %1 (baseline rejection %2, CUSUM h %3, false-alarm rate %4 per %5 decisions)%6")
                               .arg(s.alarmAtDecision.value_or(0))
                               .arg(s.drift ? s.drift->p0 : 0, 0, 'f', 3)
                               .arg(s.drift ? s.drift->h : 0, 0, 'f', 2)
                               .arg(s.drift ? s.drift->alpha : 0)
                               .arg(s.drift ? s.drift->horizon : 0)
                               .arg(modelTag(source, s.key.findingType));
    e.purposeOfUse = QStringLiteral("administration");
    audit::ActiveParticipant p;
    p.userId = user;
    p.userName = user;
    p.requestor = true;
    p.networkAccessPoint = QSysInfo::machineHostName();
    e.participants = {p};
    return e;
}

bool driftAlarmRecorded(const std::vector<audit::Record>& records, const StreamReport& s)
{
    const QString tag = modelTag(ai::Source{s.key.modelName, s.key.version, s.key.manufacturer}, s.key.findingType);
    for (const audit::Record& r : records)
        if (r.event.id.code == QLatin1String("110113") && r.event.outcomeDescription.startsWith(QLatin1String("AI drift alarm"))
            && r.event.outcomeDescription.endsWith(tag))
            return true;
    return false;
}

} // namespace custos::governance
