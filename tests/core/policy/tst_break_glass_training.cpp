// SPDX-License-Identifier: Apache-2.0
// Break-glass grants (reason rules, re-authentication, one study, expiry on
// an injected clock, start/end audited, review queue, persisted sealed) and
// training (wrong answers refused, acknowledgement expires after the
// renewal interval and on a new module version, persisted sealed).

#include "core/crypto/key_manager.h"
#include "core/policy/break_glass.h"
#include "core/policy/training.h"
#include "policy_test_support.h"
#include "test_support.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::policy;
using namespace custos::policytest;

class TestBreakGlassTraining : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shortOrMissingReasonIsRefused();
    void reauthenticationMustBeTheSamePersonAndFresh();
    void grantCoversOnlyItsStudyAndEndsOnTime();
    void emergencyViewIsOnlyAView();
    void startAndEndAreAudited();
    void endedEarlyAndReviewedByAnotherPerson();
    void grantsAreKeptSealed();
    void reviewVerdictIsKeptAndAudited();
    void breakGlassNeedsItsTrainingFirst();
    void wrongAnswersAreRefused();
    void acknowledgementExpiresAndFollowsTheVersion();
    void acknowledgementsAreKeptSealedAndCannotBeForged();
    void everyModuleInThePolicyIsInstalled();

private:
    QDateTime m_now;
    std::vector<audit::Event> m_events;
    std::unique_ptr<TrainingRecords> m_training;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<crypto::KeyManager> m_keys;
    std::shared_ptr<const Policy> m_policy;
    std::unique_ptr<BreakGlassRegistry> registry(const QString& folder = {});
    Guard guard(const auth::Identity& id, BreakGlassRegistry* bg);
    auth::Identity tech() const { return person(QStringLiteral("tom"), {QStringLiteral("technologist")}, m_now); }
    BreakGlassRequest request(const QString& uid = study().studyUid) const
    {
        return {QStringLiteral("urgent-clinical-care"), QStringLiteral("  Trauma patient in resus, radiologist unreachable  "), study(uid), {}};
    }
};

void TestBreakGlassTraining::init()
{
    m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    m_events.clear();
    m_training = TrainingRecords::open(nullptr, QString()).value();
    m_store = crypto::makeMemoryKeyStore();
    m_keys = crypto::KeyManager::open(*m_store).value();
    m_policy = examplePolicy();
    QVERIFY(m_training->record({tech().subject, QStringLiteral("break-glass"), QStringLiteral("1"), m_now}).ok());
}

std::unique_ptr<BreakGlassRegistry> TestBreakGlassTraining::registry(const QString& folder)
{
    BreakGlassParts parts{m_policy, [this](const audit::Event& e) { m_events.push_back(e); }, [this] { return m_now; },
                          m_training.get(), folder.isEmpty() ? nullptr : m_keys, folder};
    return BreakGlassRegistry::open(std::move(parts)).value();
}

Guard TestBreakGlassTraining::guard(const auth::Identity& id, BreakGlassRegistry* bg)
{
    return Guard(GuardParts{m_policy, signInRequester(id, [this] { return m_now; }), [this](const audit::Event& e) { m_events.push_back(e); },
                            bg, m_training.get(), [this] { return m_now; }});
}

void TestBreakGlassTraining::shortOrMissingReasonIsRefused()
{
    auto bg = registry();
    BreakGlassRequest r = request();
    r.reason = QStringLiteral("   emergency now      "); // 13 characters once trimmed
    auto g = bg->start(tech(), tech(), r);
    QVERIFY(!g.ok());
    QVERIFY2(g.errorMessage().contains(QStringLiteral("at least 20 characters (you wrote 13)")), qPrintable(g.errorMessage()));
    r = request();
    r.category = QStringLiteral("boredom");
    QVERIFY(!bg->start(tech(), tech(), r).ok());
    QVERIFY(bg->grants().empty());
    QVERIFY(m_events.empty());
}

void TestBreakGlassTraining::reauthenticationMustBeTheSamePersonAndFresh()
{
    auto bg = registry();
    const auth::Identity other = person(QStringLiteral("ann"), {QStringLiteral("technologist")}, m_now);
    auto g = bg->start(tech(), other, request());
    QVERIFY(!g.ok());
    QVERIFY2(g.errorMessage().contains(QStringLiteral("sign in again as yourself")), qPrintable(g.errorMessage()));
    auth::Identity stale = tech();
    stale.authenticatedAt = m_now.addSecs(-10 * 60);
    QVERIFY(!bg->start(tech(), stale, request()).ok());
    auth::Identity oneFactor = tech();
    oneFactor.mfa = auth::MfaMethod::None;
    QVERIFY(!bg->start(tech(), oneFactor, request()).ok());
    // A role without StartBreakGlass cannot ask at all.
    const auth::Identity support = person(QStringLiteral("sam"), {QStringLiteral("support-engineer")}, m_now);
    QVERIFY(!bg->start(support, support, request()).ok());
    QVERIFY(bg->grants().empty());
}

void TestBreakGlassTraining::grantCoversOnlyItsStudyAndEndsOnTime()
{
    auto bg = registry();
    Guard g = guard(tech(), bg.get());
    QCOMPARE(g.request(Action::ExportDicom, study(), QStringLiteral("p")).kind, Decision::Kind::NeedsBreakGlass);
    // An emergency export is asked for on its own, and its training rule (phi-handling) holds.
    BreakGlassRequest exportRequest = request();
    exportRequest.actions = {Action::ExportDicom};
    const auto untrained = bg->start(tech(), tech(), exportRequest);
    QVERIFY(!untrained.ok());
    QVERIFY2(untrained.errorMessage().contains(QStringLiteral("phi-handling")), qPrintable(untrained.errorMessage()));
    QVERIFY(m_training->record({tech().subject, QStringLiteral("phi-handling"), QStringLiteral("1"), m_now}).ok());
    auto grant = bg->start(tech(), tech(), exportRequest);
    QVERIFY2(grant.ok(), grant ? "" : qPrintable(grant.errorMessage()));
    QCOMPARE(grant.value().expiresAt, m_now.addSecs(60 * 60));
    QCOMPARE(grant.value().reason, QStringLiteral("Trauma patient in resus, radiologist unreachable"));

    Decision d = g.request(Action::ExportDicom, study(), QStringLiteral("emergency transfer"));
    QVERIFY(d.allowed());
    QVERIFY(d.underBreakGlass);
    QCOMPARE(d.breakGlassGrantId, grant.value().id);
    QVERIFY(m_events.back().breakGlass);
    QCOMPARE(m_events.back().id.code, QStringLiteral("110106"));
    // Another study: not covered. An action the policy does not make eligible: not covered.
    QCOMPARE(g.request(Action::ExportDicom, study(QStringLiteral("1.2.3.4")), QStringLiteral("p")).kind, Decision::Kind::NeedsBreakGlass);
    QVERIFY(!g.request(Action::Print, study(), QStringLiteral("p")).allowed());
    // Someone else on the same study: not covered.
    Guard other = guard(person(QStringLiteral("ann"), {QStringLiteral("technologist")}, m_now), bg.get());
    QVERIFY(!other.request(Action::ExportDicom, study(), QStringLiteral("p")).allowed());

    m_now = m_now.addSecs(59 * 60 + 59);
    QVERIFY(g.request(Action::ExportDicom, study(), QStringLiteral("p")).allowed());
    m_now = m_now.addSecs(1);
    QVERIFY(!g.request(Action::ExportDicom, study(), QStringLiteral("p")).allowed());
    QCOMPARE(bg->grants().front().endReason, QStringLiteral("expired"));
    QCOMPARE(bg->grants().front().endedAt, grant.value().expiresAt);
}

// Issue 13: "a grant gives every eligible action, so an emergency view also
// allows ExportDicom and SendToPacs and skips their training".
void TestBreakGlassTraining::emergencyViewIsOnlyAView()
{
    auto bg = registry();
    Guard g = guard(tech(), bg.get());
    auto grant = bg->start(tech(), tech(), request()); // nothing named: a view
    QVERIFY2(grant.ok(), grant ? "" : qPrintable(grant.errorMessage()));
    QCOMPARE(grant.value().actions, QSet<Action>{Action::ViewStudy});
    for (Action a : {Action::ExportDicom, Action::SendToPacs, Action::ReviewAiFindings}) {
        const Decision d = g.request(a, study(), QStringLiteral("p"));
        QVERIFY2(!d.allowed(), qPrintable(actionName(a)));
        QVERIFY(!d.underBreakGlass);
    }
    QVERIFY(!bg->covering(tech().subject, study().studyUid, Action::ExportDicom));
    // An action the policy does not make eligible cannot be asked for at all.
    BreakGlassRequest print = request();
    print.actions = {Action::Print};
    QVERIFY(!bg->start(tech(), tech(), print).ok());
}

void TestBreakGlassTraining::startAndEndAreAudited()
{
    auto bg = registry();
    auto grant = bg->start(tech(), tech(), request());
    QVERIFY(grant.ok());
    QCOMPARE(m_events.size(), std::size_t(1));
    const audit::Event& start = m_events.front();
    QCOMPARE(start.id.code, QStringLiteral("110113"));
    QCOMPARE(start.type.code, QStringLiteral("110127"));
    QCOMPARE(start.type.meaning, QStringLiteral("Emergency Override Started"));
    QVERIFY(start.breakGlass);
    QCOMPARE(start.purposeOfUse, QStringLiteral("urgent-clinical-care: Trauma patient in resus, radiologist unreachable"));
    QCOMPARE(start.participants.front().userId, tech().subject);
    m_now = m_now.addSecs(3600);
    bg->expireLapsed();
    bg->expireLapsed(); // only once
    QCOMPARE(m_events.size(), std::size_t(2));
    QCOMPARE(m_events.back().type.meaning, QStringLiteral("Emergency Override Stopped"));
    QCOMPARE(m_events.back().outcomeDescription, QStringLiteral("expired"));
}

void TestBreakGlassTraining::endedEarlyAndReviewedByAnotherPerson()
{
    auto bg = registry();
    auto grant = bg->start(tech(), tech(), request());
    QVERIFY(grant.ok());
    const auth::Identity officer = person(QStringLiteral("cora"), {QStringLiteral("compliance-officer")}, m_now);
    QVERIFY(!bg->recordReview(grant.value().id, officer, QStringLiteral("too early")).ok()); // still running
    m_now = m_now.addSecs(10 * 60);
    QVERIFY(bg->end(grant.value().id, QStringLiteral("patient handed over")).ok());
    QCOMPARE(m_events.back().type.code, QStringLiteral("110138"));
    QCOMPARE(bg->awaitingReview().size(), std::size_t(1));
    auth::Identity selfReview = tech();
    selfReview.roles << QStringLiteral("compliance-officer");
    QVERIFY(!bg->recordReview(grant.value().id, selfReview, QStringLiteral("fine")).ok());
    QVERIFY(!bg->recordReview(grant.value().id, tech(), QStringLiteral("fine")).ok()); // no ReviewBreakGlass
    QVERIFY(bg->recordReview(grant.value().id, officer, QStringLiteral("Justified: trauma call confirmed with ED log.")).ok());
    QVERIFY(bg->awaitingReview().empty());
    QCOMPARE(bg->grants().front().review->reviewerSubject, officer.subject);
}

// Issue 14: the break-glass queue had no verdict field. The verdict is kept
// as a language-neutral code with the grant, survives a restart, and is in
// the audit record of the review.
void TestBreakGlassTraining::reviewVerdictIsKeptAndAudited()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auth::Identity officer = person(QStringLiteral("cora"), {QStringLiteral("compliance-officer")}, m_now);
    {
        auto bg = registry(dir.path());
        auto grant = bg->start(tech(), tech(), request());
        QVERIFY(grant.ok());
        m_now = m_now.addSecs(10 * 60);
        QVERIFY(bg->end(grant.value().id, QStringLiteral("patient handed over")).ok());
        QVERIFY(bg->recordReview(grant.value().id, officer, QStringLiteral("Not confirmed by the ED log."), BreakGlassVerdict::NotJustified)
                    .ok());
        QCOMPARE(m_events.back().outcomeDescription, QStringLiteral("break-glass grant %1 reviewed: not-justified").arg(grant.value().id));
    }
    auto again = registry(dir.path());
    QCOMPARE(again->grants().size(), std::size_t(1));
    QVERIFY(again->grants().front().review);
    QCOMPARE(again->grants().front().review->verdict, BreakGlassVerdict::NotJustified);
    QCOMPARE(verdictFromCode(verdictCode(BreakGlassVerdict::FollowUp)), BreakGlassVerdict::FollowUp);
    QCOMPARE(verdictFromCode(QStringLiteral("nonsense")), BreakGlassVerdict::Unstated);
}

void TestBreakGlassTraining::grantsAreKeptSealed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString id;
    {
        auto bg = registry(dir.path());
        auto grant = bg->start(tech(), tech(), request());
        QVERIFY(grant.ok());
        id = grant.value().id;
    }
    auto again = registry(dir.path());
    QCOMPARE(again->grants().size(), std::size_t(1));
    QVERIFY(again->covering(tech().subject, study().studyUid, Action::ViewStudy).has_value());
    QVERIFY(!again->covering(tech().subject, study().studyUid, Action::ExportDicom).has_value());
    // The study UID and the reason are not readable on disk.
    QVERIFY(testsupport::filesContaining(dir.path(), study().studyUid.toUtf8()).isEmpty());
    QVERIFY(testsupport::filesContaining(dir.path(), "Trauma patient").isEmpty());
}

void TestBreakGlassTraining::breakGlassNeedsItsTrainingFirst()
{
    m_training = TrainingRecords::open(nullptr, QString()).value(); // nobody trained
    auto bg = registry();
    Guard g = guard(tech(), bg.get());
    const Decision d = g.request(Action::ExportDicom, study(), QStringLiteral("p"));
    QCOMPARE(d.kind, Decision::Kind::NeedsTraining);
    QCOMPARE(d.trainingModule, QStringLiteral("break-glass"));
    QVERIFY(!bg->start(tech(), tech(), request()).ok());
}

void TestBreakGlassTraining::wrongAnswersAreRefused()
{
    const TrainingModule m = trainingModule(QStringLiteral("phi-handling")).value();
    QCOMPARE(m.questions.size(), std::size_t(3));
    std::vector<int> answers;
    for (const TrainingQuestion& q : m.questions)
        answers.push_back(q.answer);
    std::vector<int> wrong = answers;
    wrong[1] = (wrong[1] + 1) % int(m.questions[1].choices.size());
    const auth::Identity ada = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now);
    auto sink = [this](const audit::Event& e) { m_events.push_back(e); };
    auto r = acknowledge(*m_training, m, ada, wrong, m_now, sink);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorMessage().contains(QStringLiteral("question 2")), qPrintable(r.errorMessage()));
    QVERIFY(!acknowledge(*m_training, m, ada, {answers[0]}, m_now, sink).ok()); // too few answers
    QVERIFY(!m_training->latest(ada.subject, m.id));
    QVERIFY(acknowledge(*m_training, m, ada, answers, m_now, sink).ok());
    QCOMPARE(m_training->latest(ada.subject, m.id)->version, m.version);
    QCOMPARE(m_events.size(), std::size_t(3));
    QCOMPARE(m_events[0].outcome, audit::Outcome::MinorFailure);
    QCOMPARE(m_events[2].outcome, audit::Outcome::Success);
    QCOMPARE(m_events[2].type.code, QStringLiteral("110137"));
}

void TestBreakGlassTraining::acknowledgementExpiresAndFollowsTheVersion()
{
    const QString who = QStringLiteral("local:ada");
    QVERIFY(m_training->record({who, QStringLiteral("phi-handling"), QStringLiteral("1"), m_now}).ok());
    const TrainingRequirement v1{QStringLiteral("phi-handling"), QStringLiteral("1"), {Action::ExportDicom}};
    const TrainingRequirement v2{QStringLiteral("phi-handling"), QStringLiteral("2"), {Action::ExportDicom}};
    QVERIFY(m_training->current(who, v1, 365, m_now));
    QVERIFY(m_training->current(who, v1, 365, m_now.addDays(364)));
    QVERIFY(!m_training->current(who, v1, 365, m_now.addDays(365)));
    QVERIFY(!m_training->current(who, v1, 30, m_now.addDays(31)));
    QVERIFY(!m_training->current(who, v2, 365, m_now)); // a new version must be read again
    QVERIFY(!m_training->current(QStringLiteral("local:bob"), v1, 365, m_now));
}

void TestBreakGlassTraining::acknowledgementsAreKeptSealedAndCannotBeForged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto records = TrainingRecords::open(m_keys, dir.path()).value();
        QVERIFY(records->record({QStringLiteral("local:ada"), QStringLiteral("phi-handling"), QStringLiteral("1"), m_now}).ok());
    }
    auto again = TrainingRecords::open(m_keys, dir.path());
    QVERIFY(again.ok());
    QCOMPARE(again.value()->latest(QStringLiteral("local:ada"), QStringLiteral("phi-handling"))->time, m_now);
    QVERIFY(testsupport::filesContaining(dir.path(), "local:ada").isEmpty());
    // Flip one byte of the sealed data: refused, not silently emptied.
    QFile f(dir.filePath(QStringLiteral("training.sealed")));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const int at = int(bytes.lastIndexOf('\n')) - 5;
    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
    QVERIFY(f.seek(0) && f.write(bytes) == bytes.size());
    f.close();
    auto forged = TrainingRecords::open(m_keys, dir.path());
    QVERIFY(!forged.ok());
    QVERIFY2(forged.errorMessage().contains(QStringLiteral("integrity check")), qPrintable(forged.errorMessage()));
}

void TestBreakGlassTraining::everyModuleInThePolicyIsInstalled()
{
    QCOMPARE(trainingModuleIds(), (QStringList{QStringLiteral("ai-automation-bias"), QStringLiteral("break-glass"),
                                               QStringLiteral("deidentification"), QStringLiteral("phi-handling")}));
    for (const QString& id : trainingModuleIds()) {
        const auto m = trainingModule(id);
        QVERIFY2(m.ok(), m ? "" : qPrintable(m.errorMessage()));
        QVERIFY(m.value().questions.size() >= 2);
    }
    QVERIFY(!trainingModule(QStringLiteral("astrology")).ok());
}

QTEST_GUILESS_MAIN(TestBreakGlassTraining)
#include "tst_break_glass_training.moc"
