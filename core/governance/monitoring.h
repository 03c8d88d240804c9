// SPDX-License-Identifier: Apache-2.0
#pragma once
// Performance monitoring of AI models from the radiologists' own decisions.
// The review's audit records (110110, action U) carry the decision and the
// model tag (model_registry.h modelTag); this file turns them into counts
// per model, version and finding type — never a patient identifier: the
// study and patient of a record are read only to tell findings apart and
// are not kept — with Wilson score intervals, and runs a drift alarm.
//
// The drift alarm is a one-sided Bernoulli CUSUM (Page 1954; Reynolds &
// Stoumbos 1999) on "not accepted" (rejected or corrected) decisions, in
// the order they were made, against the validated baseline p0 = 1 -
// acceptanceRate. It looks for a rise to p1 = min(0.95, max(1.5 p0, p0 +
// 0.10)). Each decision adds its log-likelihood ratio; the sum is kept at or
// above 0; the alarm is raised when it reaches h = ln(N / alpha), with N =
// kDriftHorizon decisions and alpha the policy's driftFalseAlarmRate.
// Stated bound: while the rejection rate stays at the baseline, the
// probability of any false alarm within the first N decisions of a stream
// is at most alpha. (Proof: the alarm at n means some start k <= n whose
// likelihood-ratio product from k reaches e^h; under p0 each such product
// is a non-negative martingale from 1, so by Ville's inequality it ever
// reaches e^h with probability <= e^-h; N starts give N e^-h = alpha.)
// Expected delay after a shift to p1: about h / KL(p1 || p0) decisions
// (driftExpectedDelay); the report states 3 times that, for 99 % of streams
// (driftStatedDelay).

#include "core/audit/audit_log.h"
#include "core/governance/model_registry.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace custos::governance {

inline constexpr int kDriftHorizon = 1000;

enum class Decision { Accepted, Rejected, Corrected };

struct DecisionRecord
{
    QDateTime time;
    quint64 seq = 0;
    QString manufacturer, modelName, version, findingType;
    Decision decision = Decision::Accepted;
    QString rejectReason; // "false positive", ... (from the list, never typed text)
};

// The final decision per finding, in the order the decisions were made
// (a decision changed later counts once, as its last state; a reset removes
// it). Records before `from` or after `to` (when valid) are left out.
std::vector<DecisionRecord> decisionsFromTrail(const std::vector<audit::Record>& records, const QDateTime& from = {},
                                               const QDateTime& to = {});

struct Interval
{
    double low = 0, high = 0;
};
// Wilson score interval for k successes in n trials at z (1.96: 95 %).
Interval wilson(int successes, int trials, double z = 1.959963984540054);

struct StreamKey
{
    QString manufacturer, modelName, version, findingType;
    bool operator<(const StreamKey& o) const
    {
        return std::tie(manufacturer, modelName, version, findingType) < std::tie(o.manufacturer, o.modelName, o.version, o.findingType);
    }
};

struct Counts
{
    int accepted = 0, rejected = 0, corrected = 0;
    std::map<QString, int> rejectedByReason;
    int decided() const { return accepted + rejected + corrected; }
};

struct DriftParameters
{
    double p0 = 0, p1 = 0, h = 0, alpha = 0;
    int horizon = kDriftHorizon;
};
DriftParameters driftParameters(double baselineAcceptance, double alpha);
// Expected number of decisions from a rise of the not-accepted rate to
// `shiftedRate` (default: p1) to the alarm: h / E[log-likelihood ratio].
double driftExpectedDelay(const DriftParameters& p, double shiftedRate = -1);
// The stated bound the report gives: after a rise to `shiftedRate` (at or
// beyond p1), the alarm comes within 3 times the expected delay in at least
// 99 % of streams (tst_governance checks it over 500 seeds per shift).
int driftStatedDelay(const DriftParameters& p, double shiftedRate = -1);

class Cusum
{
public:
    explicit Cusum(const DriftParameters& p);
    // Adds one decision (true: not accepted); true when this one raises the alarm.
    bool add(bool notAccepted);
    double statistic() const { return m_s; }
    int count() const { return m_n; }
    std::optional<int> alarmAt() const { return m_alarmAt; } // 1-based decision number

private:
    DriftParameters m_p;
    double m_up, m_down;
    double m_s = 0;
    int m_n = 0;
    std::optional<int> m_alarmAt;
};

struct StreamReport
{
    StreamKey key;
    Counts total;                  // the whole period
    Counts last30Days, last90Days; // rolling windows ending at the period's end
    std::optional<Baseline> baseline;
    std::optional<DriftParameters> drift;
    std::optional<int> alarmAtDecision;  // the decision number the alarm came at
    QDateTime alarmTime;
    std::vector<std::pair<QDateTime, double>> weeklyAcceptance; // for the plot: week start -> acceptance rate
};

// Counts over [from, to] (invalid: open); the drift alarm runs over every
// decision given, from the first, so its decision numbers do not depend on
// the period asked for.
std::vector<StreamReport> monitor(const Registry& registry, const std::vector<DecisionRecord>& decisions, const QDateTime& from,
                                  const QDateTime& to);

// 110113 Security Alert, type "Security Configuration": the drift alarm, for
// the compliance officer (the viewer never shows it to the reader).
audit::Event driftAlarmEvent(const QString& user, const StreamReport& stream);
// Is the alarm of this stream already in the trail? (raised once)
bool driftAlarmRecorded(const std::vector<audit::Record>& records, const StreamReport& stream);

} // namespace custos::governance
