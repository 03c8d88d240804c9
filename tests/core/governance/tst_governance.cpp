// SPDX-License-Identifier: Apache-2.0
// core/governance without a display: the model registry's verdicts, the
// review tag, decisions read back from audit records, Wilson intervals, the
// drift alarm's stated false-alarm bound and detection delay (many seeds),
// and the report's JSON against its own schema.

#include "core/governance/compliance_report.h"
#include "core/governance/model_registry.h"
#include "core/governance/monitoring.h"
#include "core/policy/policy_loader.h"
#include "core/policy/schema_validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <random>

using namespace custos;
using namespace custos::governance;

namespace {

QJsonObject registryJson(const QString& handling = QStringLiteral("grey"))
{
    return QJsonDocument::fromJson(QStringLiteral(R"({
      "unregisteredModels": "%1",
      "driftFalseAlarmRate": 0.01,
      "models": [
        {"manufacturer": "Acme AI", "modelName": "LungNet", "versions": {"minimum": "2.0", "maximum": "2.9"},
         "intendedUse": "lung nodule detection on chest CT", "findingTypes": ["Nodule"],
         "baa": {"reference": "BAA-2025-017", "expires": "2027-06-30"}, "vendorTier": "phi-on-premises",
         "validation": {"reference": "VAL-12", "date": "2026-01-15"},
         "baseline": {"Nodule": {"acceptanceRate": 0.8, "sampleSize": 400}}},
        {"manufacturer": "Beta", "modelName": "LiverSeg", "versions": {"exact": ["1.4.2"]},
         "baa": {"reference": "BAA-9", "expires": "2026-10-01"}},
        {"manufacturer": "Gamma", "modelName": "NoPaper", "versions": {"exact": ["1"]}}
      ]})").arg(handling).toUtf8()).object();
}

audit::Record reviewRecord(quint64 seq, const QDateTime& time, const QString& user, const QString& objectUid, const QString& findingId,
                           const QString& decision, const ai::Source& model, const QString& type)
{
    audit::Record r;
    r.seq = seq;
    r.time = time;
    r.event = audit::events::aiReviewAction(user, QStringLiteral("PAT-SECRET-77"), QStringLiteral("1.2.840.99.7.7"), objectUid,
                                            decision + QLatin1Char(' ') + findingId + modelTag(model, type));
    return r;
}

} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT

private slots:
    void versionsCompareAsNumbers()
    {
        QCOMPARE(compareVersions(QStringLiteral("2.10"), QStringLiteral("2.9")), 1);
        QCOMPARE(compareVersions(QStringLiteral("2.0"), QStringLiteral("2")), 0);
        QCOMPARE(compareVersions(QStringLiteral("1.4.1"), QStringLiteral("1.4.2")), -1);
    }

    void registryJudgesModelVersionAndBaa()
    {
        const Registry r = Registry::fromPolicy(registryJson());
        QVERIFY(r.configured);
        const QDate today(2026, 12, 6);
        QCOMPARE(evaluate(r, {QStringLiteral("LungNet"), QStringLiteral("2.3"), QStringLiteral("Acme AI")}, today).status, ModelStatus::Approved);
        // Matched by name case-insensitively; the manufacturer where both say it.
        QCOMPARE(evaluate(r, {QStringLiteral("lungnet"), QStringLiteral("2.9"), QString()}, today).status, ModelStatus::Approved);
        const Verdict tooNew = evaluate(r, {QStringLiteral("LungNet"), QStringLiteral("3.0"), QStringLiteral("Acme AI")}, today);
        QCOMPARE(tooNew.status, ModelStatus::VersionNotAllowed);
        QVERIFY2(tooNew.rule.contains(QLatin1String("3.0")) && tooNew.rule.contains(QLatin1String("2.0 to 2.9")), qPrintable(tooNew.rule));
        QVERIFY(!tooNew.hidden);
        QCOMPARE(evaluate(r, {QStringLiteral("LungNet"), QStringLiteral("2.3"), QStringLiteral("Other Corp")}, today).status, ModelStatus::Unregistered);
        QCOMPARE(evaluate(r, {QStringLiteral("Mystery"), QStringLiteral("1"), QString()}, today).status, ModelStatus::Unregistered);
        QCOMPARE(evaluate(r, {QString(), QString(), QString()}, today).status, ModelStatus::Unregistered);
        QCOMPARE(evaluate(r, {QStringLiteral("LiverSeg"), QStringLiteral("1.4.2"), QStringLiteral("Beta")}, QDate(2026, 9, 30)).status, ModelStatus::Approved);
        const Verdict lapsed = evaluate(r, {QStringLiteral("LiverSeg"), QStringLiteral("1.4.2"), QStringLiteral("Beta")}, today);
        QCOMPARE(lapsed.status, ModelStatus::BaaExpired);
        QVERIFY2(lapsed.rule.contains(QLatin1String("BAA-9")) && lapsed.rule.contains(QLatin1String("2026-10-01")), qPrintable(lapsed.rule));
        QCOMPARE(evaluate(r, {QStringLiteral("LiverSeg"), QStringLiteral("1.4.3"), QStringLiteral("Beta")}, QDate(2026, 9, 30)).status, ModelStatus::VersionNotAllowed);
        QCOMPARE(evaluate(r, {QStringLiteral("NoPaper"), QStringLiteral("1"), QStringLiteral("Gamma")}, today).status, ModelStatus::NoBaa);
        // Hide, as the policy may say.
        QVERIFY(evaluate(Registry::fromPolicy(registryJson(QStringLiteral("hide"))), {QStringLiteral("Mystery"), {}, {}}, today).hidden);
        // No governance block: nothing is judged.
        QCOMPARE(evaluate(Registry::fromPolicy({}), {QStringLiteral("Mystery"), {}, {}}, today).status, ModelStatus::NotGoverned);
    }

    void registryBlockNeedsSchemaVersion2AndIsChecked()
    {
        QJsonObject policy = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
        policy.insert(QStringLiteral("version"), 1);
        policy.insert(QStringLiteral("aiGovernance"), registryJson());
        auto v1 = policy::parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("test"));
        QVERIFY(!v1);
        QVERIFY2(v1.errorMessage().contains(QLatin1String("aiGovernance")), qPrintable(v1.errorMessage()));
        policy.insert(QStringLiteral("version"), 2);
        auto v2 = policy::parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("test"));
        QVERIFY2(v2, v2 ? "" : qPrintable(v2.errorMessage()));
        QCOMPARE(Registry::fromPolicy(v2.value().aiGovernance).models.size(), size_t(3));
        QJsonObject bad = registryJson();
        QJsonArray models = bad.value(QStringLiteral("models")).toArray();
        QJsonObject m = models.at(0).toObject();
        m.insert(QStringLiteral("baa"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("X")}, {QStringLiteral("expires"), QStringLiteral("next year")}});
        models.replace(0, m);
        bad.insert(QStringLiteral("models"), models);
        policy.insert(QStringLiteral("aiGovernance"), bad);
        auto refused = policy::parsePolicy(QJsonDocument(policy).toJson(), QStringLiteral("test"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("expires")), qPrintable(refused.errorMessage()));
    }

    void modelTagSurvivesQuotesAndIsReadBack()
    {
        const QString tag = modelTag({QStringLiteral("Lung\"Net"), QStringLiteral("2.1"), QStringLiteral("Acme")}, QStringLiteral("Nodule"));
        const TaggedModel back = parseModelTag(QStringLiteral("AI object 1.2.3: accepted seg:1") + tag);
        QVERIFY(back.valid);
        QCOMPARE(back.modelName, QStringLiteral("Lung'Net"));
        QCOMPARE(back.version, QStringLiteral("2.1"));
        QCOMPARE(back.findingType, QStringLiteral("Nodule"));
    }

    void decisionsCountTheLastStatePerFinding()
    {
        const ai::Source m{QStringLiteral("LungNet"), QStringLiteral("2.1"), QStringLiteral("Acme AI")};
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        std::vector<audit::Record> trail{
            reviewRecord(1, t0, QStringLiteral("rad1"), QStringLiteral("1.1"), QStringLiteral("seg:1"), QStringLiteral("rejected (false positive)"), m, QStringLiteral("Nodule")),
            reviewRecord(2, t0.addSecs(10), QStringLiteral("rad1"), QStringLiteral("1.1"), QStringLiteral("seg:1"), QStringLiteral("accepted"), m, QStringLiteral("Nodule")),
            reviewRecord(3, t0.addSecs(20), QStringLiteral("rad1"), QStringLiteral("1.1"), QStringLiteral("seg:2"), QStringLiteral("rejected (wrong location)"), m, QStringLiteral("Nodule")),
            reviewRecord(4, t0.addSecs(30), QStringLiteral("rad1"), QStringLiteral("1.1"), QStringLiteral("seg:3"), QStringLiteral("accepted"), m, QStringLiteral("Nodule")),
            reviewRecord(5, t0.addSecs(40), QStringLiteral("rad1"), QStringLiteral("1.1"), QStringLiteral("seg:3"), QStringLiteral("reset to pending"), m, QStringLiteral("Nodule")),
            reviewRecord(6, t0.addSecs(50), QStringLiteral("rad1"), QStringLiteral("1.1"), QStringLiteral("seg:4"), QStringLiteral("corrected (class Nodule -> Mass)"), m, QStringLiteral("Nodule")),
        };
        const auto d = decisionsFromTrail(trail);
        QCOMPARE(d.size(), size_t(3));
        QCOMPARE(d[0].decision, Decision::Accepted);
        QCOMPARE(d[1].decision, Decision::Rejected);
        QCOMPARE(d[1].rejectReason, QStringLiteral("wrong location"));
        QCOMPARE(d[2].decision, Decision::Corrected);
        // Only de-identified counts come out: nothing of the patient or study.
        const auto streams = monitor(Registry::fromPolicy(registryJson()), d, {}, {});
        QCOMPARE(streams.size(), size_t(1));
        QCOMPARE(streams[0].total.accepted, 1);
        QCOMPARE(streams[0].total.rejected, 1);
        QCOMPARE(streams[0].total.corrected, 1);
    }

    void wilsonMatchesTheReferenceValues()
    {
        // Wilson (1927) for 8/10 at 95 %: 0.4902 to 0.9433; 0/20: 0 to 0.1611.
        const Interval a = wilson(8, 10);
        QVERIFY(qAbs(a.low - 0.4902) < 5e-4 && qAbs(a.high - 0.9433) < 5e-4);
        const Interval b = wilson(0, 20);
        QVERIFY(b.low == 0 && qAbs(b.high - 0.1611) < 5e-4);
    }

    void driftFalseAlarmRateIsWithinTheStatedBound()
    {
        // Stable data at the baseline for the whole horizon, many seeds: the
        // share of streams with any alarm must stay within alpha (plus three
        // binomial standard errors of the estimate).
        for (const double baseline : {0.8, 0.95}) {
            const DriftParameters p = driftParameters(baseline, 0.05);
            const int seeds = 2000;
            int alarms = 0;
            for (int seed = 1; seed <= seeds; ++seed) {
                std::mt19937 rng(seed);
                std::bernoulli_distribution reject(p.p0);
                Cusum c(p);
                for (int i = 0; i < p.horizon && !c.alarmAt(); ++i)
                    c.add(reject(rng));
                alarms += c.alarmAt() ? 1 : 0;
            }
            const double rate = double(alarms) / seeds;
            const double bound = p.alpha + 3 * std::sqrt(p.alpha * (1 - p.alpha) / seeds);
            qInfo("baseline %.2f: %d false alarms in %d stable streams of %d decisions (%.4f; stated bound %.3f)", baseline, alarms, seeds,
                  p.horizon, rate, p.alpha);
            QVERIFY2(rate <= bound, qPrintable(QStringLiteral("false-alarm rate %1 > %2").arg(rate).arg(bound)));
        }
    }

    void driftAlarmFiresWithinTheStatedDelayAndNotBefore_data()
    {
        QTest::addColumn<double>("baselineAcceptance");
        QTest::addColumn<double>("rejectionAfter");
        QTest::newRow("0.2 -> 0.3 (the rise it is built for)") << 0.8 << 0.3;
        QTest::newRow("0.2 -> 0.4") << 0.8 << 0.4;
        QTest::newRow("0.2 -> 0.5") << 0.8 << 0.5;
        QTest::newRow("0.05 -> 0.15") << 0.95 << 0.15;
    }

    void driftAlarmFiresWithinTheStatedDelayAndNotBefore()
    {
        // 300 decisions at the baseline, then the rejection rate rises: for
        // every seed the alarm comes after the change (not before), and in at
        // least 99 % of seeds within the stated number of decisions
        // (driftStatedDelay) after it.
        QFETCH(double, baselineAcceptance);
        QFETCH(double, rejectionAfter);
        const DriftParameters p = driftParameters(baselineAcceptance, 0.01);
        const int stated = driftStatedDelay(p, rejectionAfter);
        const int change = 300;
        double meanDelay = 0;
        int worst = 0, late = 0;
        const int seeds = 500;
        for (int seed = 1; seed <= seeds; ++seed) {
            std::mt19937 rng(seed);
            std::bernoulli_distribution before(p.p0), after(rejectionAfter);
            Cusum c(p);
            int i = 0;
            for (; i < change; ++i)
                c.add(before(rng));
            QVERIFY2(!c.alarmAt(), qPrintable(QStringLiteral("seed %1: alarm before the change").arg(seed)));
            for (; i < change + 4 * stated && !c.alarmAt(); ++i)
                c.add(after(rng));
            QVERIFY2(c.alarmAt(), qPrintable(QStringLiteral("seed %1: no alarm").arg(seed)));
            const int delay = *c.alarmAt() - change;
            meanDelay += delay;
            worst = std::max(worst, delay);
            late += delay > stated ? 1 : 0;
        }
        qInfo("h %.2f, expected delay %.0f, stated %d, mean %.1f, worst %d, later than stated %d of %d seeds", p.h,
              driftExpectedDelay(p, rejectionAfter), stated, meanDelay / seeds, worst, late, seeds);
        QVERIFY2(late <= seeds / 100, qPrintable(QStringLiteral("%1 of %2 seeds later than the stated %3 decisions").arg(late).arg(seeds).arg(stated)));
        QVERIFY(meanDelay / seeds <= 1.2 * driftExpectedDelay(p, rejectionAfter));
    }

    void reportValidatesAgainstItsSchemaAndNamesNoPatient()
    {
        QJsonObject policyJson = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
        policyJson.insert(QStringLiteral("version"), 2);
        policyJson.insert(QStringLiteral("aiGovernance"), registryJson());
        auto parsed = policy::parsePolicy(QJsonDocument(policyJson).toJson(), QStringLiteral("test"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.errorMessage()));
        const ai::Source m{QStringLiteral("LungNet"), QStringLiteral("2.1"), QStringLiteral("Acme AI")};
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        ReportInputs in;
        in.policy = &parsed.value();
        for (int i = 0; i < 50; ++i)
            in.records.push_back(reviewRecord(quint64(i + 1), t0.addSecs(600 * i), QStringLiteral("rad1"), QStringLiteral("1.1"),
                                              QStringLiteral("seg:%1").arg(i), i % 4 ? QStringLiteral("accepted") : QStringLiteral("rejected (false positive)"), m,
                                              QStringLiteral("Nodule")));
        in.generatedAt = t0.addDays(2);
        in.generatedBy = QStringLiteral("officer");
        in.custosVersion = QStringLiteral("test");
        in.trailKind = QStringLiteral("personal");
        in.auditVerified = true;
        in.auditVerification = QStringLiteral("chain verified");
        const QJsonObject report = buildReport(in);
        auto validator = policy::SchemaValidator::create(QJsonDocument::fromJson(reportSchema()).object());
        QVERIFY2(validator, validator ? "" : qPrintable(validator.errorMessage()));
        for (const auto& e : validator.value().validate(report))
            QFAIL(qPrintable(e.path + QStringLiteral(": ") + e.message));
        const QByteArray bytes = QJsonDocument(report).toJson() + renderHtml(report, QString()).toUtf8();
        QVERIFY(!bytes.contains("PAT-SECRET-77"));
        QVERIFY(!bytes.contains("1.2.840.99.7.7"));
        const QJsonObject stream = report[QStringLiteral("ai")][QStringLiteral("monitoring")].toArray().at(0).toObject();
        QCOMPARE(stream[QStringLiteral("period")][QStringLiteral("decided")].toInt(), 50);
        QCOMPARE(stream[QStringLiteral("period")][QStringLiteral("rejected")].toInt(), 13);
        // A broken report is refused by the schema (the test can fail).
        QJsonObject broken = report;
        broken.remove(QStringLiteral("keys"));
        QVERIFY(!validator.value().validate(broken).empty());
    }
};

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
