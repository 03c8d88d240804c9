// SPDX-License-Identifier: Apache-2.0
// The Guard: for every role and every action it decides what the site
// policy says (an expected table written out here, not derived from the
// policy), every decision is one audit event with the purpose, and a
// locked, idle, expired or absent session gets nothing.

#include "core/auth/session.h"
#include "core/policy/guard.h"
#include "core/policy/training.h"
#include "policy_test_support.h"

#include <QtTest>

#include <type_traits>

#include <algorithm>
#include <ranges>

using namespace custos;
using namespace custos::policy;
using namespace custos::policytest;

Q_DECLARE_METATYPE(custos::policy::Action)
Q_DECLARE_METATYPE(custos::policy::Decision::Kind)

namespace {

using Kind = Decision::Kind;

struct Expected
{
    QString role;
    QSet<Action> allowed;
    QSet<Action> deidentified; // allowed, with de-identification forced
    QSet<Action> breakGlass;   // NeedsBreakGlass
};

// The example site policy's roles, as a person reading it would list them.
std::vector<Expected> expectedTable()
{
    using A = Action;
    return {
        {QStringLiteral("radiologist"),
         {A::ViewStudy, A::ReviewAiFindings, A::ExportDicom, A::ExportDeidentified, A::ExportImage, A::CopyToClipboard, A::Print,
          A::DragOut, A::SendToPacs, A::UnlockSession},
         {A::ExportDeidentified},
         {}},
        {QStringLiteral("technologist"), {A::ViewStudy, A::StartBreakGlass, A::UnlockSession}, {}, {A::ReviewAiFindings, A::ExportDicom, A::SendToPacs}},
        {QStringLiteral("data-scientist"),
         {A::ViewStudy, A::ReviewAiFindings, A::ExportDicom, A::ExportDeidentified, A::ExportImage, A::UnlockSession},
         {A::ViewStudy, A::ReviewAiFindings, A::ExportDicom, A::ExportDeidentified, A::ExportImage},
         {}},
        {QStringLiteral("support-engineer"), {A::ManageCache, A::ViewPolicy, A::UnlockSession}, {}, {}},
        {QStringLiteral("compliance-officer"),
         {A::ViewAuditTrail, A::ExportAuditTrail, A::ReviewBreakGlass, A::ViewPolicy, A::UnlockSession, A::ComplianceReport,
          A::ComplianceReportIdentified},
         {},
         {}},
        {QStringLiteral("administrator"), {A::ViewPolicy, A::ManagePolicy, A::ManageUsers, A::UnlockSession}, {}, {}},
    };
}

QString expectedEventId(Action a, Kind kind)
{
    if (kind != Kind::Allowed)
        return QStringLiteral("110113");
    switch (a) {
    case Action::ViewStudy:
    case Action::ReviewAiFindings:
    case Action::ManageCache: return QStringLiteral("110103");
    case Action::SendToPacs: return QStringLiteral("110104");
    case Action::ViewAuditTrail:
    case Action::ExportAuditTrail:
    case Action::ReviewBreakGlass: return QStringLiteral("110101");
    case Action::UnlockSession: return QStringLiteral("110114");
    case Action::QueryPacs: return QStringLiteral("110112");
    case Action::RetrieveStudy: return QStringLiteral("110104");
    case Action::ComplianceReport:
    case Action::ComplianceReportIdentified: return QStringLiteral("110101");
    default: break;
    }
    return isExport(a) ? QStringLiteral("110106") : QStringLiteral("110113");
}

// Nobody but the Guard makes a permit, and nobody copies one into another export.
static_assert(!std::is_default_constructible_v<ExportPermit>);
static_assert(!std::is_copy_constructible_v<ExportPermit>);
static_assert(!std::is_constructible_v<ExportPermit, Action, Subject, bool, QString, QString>);

} // namespace

class TestGuard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roleActionMatrix_data();
    void roleActionMatrix();
    void reasonsAreSentencesThatSayWhatToDo();
    void builtInDefaultDeniesEveryExportToEveryone();
    void unknownRoleGetsNothing();
    void lockedIdleAndExpiredSessionsAreDenied();
    void savedSignInExpires();
    void missingSecondFactorIsDenied();
    void firstExportNeedsTraining();
    void previewRecordsNothing();
    void watermarkNamesTheUser();
    void exportOutsideTheAllowedDestinationsIsDenied();

private:
    QDateTime m_now;
    std::vector<audit::Event> m_events;
    std::unique_ptr<TrainingRecords> m_training;
    Guard makeGuard(std::shared_ptr<const Policy> policy, RequesterSource who, TrainingRecords* training);
    void trainEveryone(const Policy& policy, const QString& subject);
};

void TestGuard::init()
{
    m_now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    m_events.clear();
    m_training = TrainingRecords::open(nullptr, QString()).value();
}

Guard TestGuard::makeGuard(std::shared_ptr<const Policy> policy, RequesterSource who, TrainingRecords* training)
{
    return Guard(GuardParts{std::move(policy), std::move(who), [this](const audit::Event& e) { m_events.push_back(e); }, nullptr,
                            training, [this] { return m_now; }});
}

void TestGuard::trainEveryone(const Policy& policy, const QString& subject)
{
    for (const TrainingRequirement& m : policy.training.modules)
        QVERIFY(m_training->record({subject, m.moduleId, m.version, m_now.addDays(-1)}).ok());
}

void TestGuard::roleActionMatrix_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<Action>("action");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("deidentified");
    for (const Expected& e : expectedTable())
        for (Action a : allActions()) {
            const Kind kind = e.allowed.contains(a) ? Kind::Allowed : e.breakGlass.contains(a) ? Kind::NeedsBreakGlass : Kind::Denied;
            QTest::addRow("%s %s", qPrintable(e.role), qPrintable(actionName(a))) << e.role << a << kind << e.deidentified.contains(a);
        }
}

void TestGuard::roleActionMatrix()
{
    QFETCH(QString, role);
    QFETCH(Action, action);
    QFETCH(Kind, kind);
    QFETCH(bool, deidentified);
    const auto policy = examplePolicy();
    const auth::Identity id = person(QStringLiteral("pat"), {role}, m_now);
    trainEveryone(*policy, id.subject);
    Guard guard = makeGuard(policy, signInRequester(id, [this] { return m_now; }), m_training.get());

    const QString purpose = QStringLiteral("treatment: matrix row");
    const Decision d = guard.request(action, study(), purpose);
    QCOMPARE(decisionKindName(d.kind), decisionKindName(kind));
    QCOMPARE(d.forceDeidentify, deidentified);
    QCOMPARE(d.underBreakGlass, false);
    QCOMPARE(d.reason.isEmpty(), kind == Kind::Allowed);
    // Only an allowed export carries the Guard's permit, the one thing
    // core/export's writer accepts; it says what the Guard decided.
    QCOMPARE(bool(d.permit), kind == Kind::Allowed && isExport(action));
    if (d.permit) {
        QCOMPARE(d.permit->action(), action);
        QCOMPARE(d.permit->deidentify(), deidentified);
        QCOMPARE(d.permit->subject().studyUid, study().studyUid);
        QCOMPARE(d.permit->purpose(), purpose);
        QVERIFY(!guard.preview(action, study()).permit); // a preview authorizes nothing
    }

    QCOMPARE(m_events.size(), std::size_t(1));
    const audit::Event& e = m_events.front();
    QCOMPARE(e.purposeOfUse, purpose);
    QCOMPARE(e.id.code, expectedEventId(action, kind));
    QCOMPARE(e.outcome, kind == Kind::Allowed ? audit::Outcome::Success : audit::Outcome::MinorFailure);
    if (kind != Kind::Allowed)
        QCOMPARE(e.type.code, QStringLiteral("110132")); // Use of Restricted Function
    QCOMPARE(e.participants.front().userId, id.subject);
    QVERIFY(e.outcomeDescription.startsWith(actionName(action)));
    // The study (and patient) are named in the event: the trail says what was touched.
    QVERIFY(std::any_of(e.objects.begin(), e.objects.end(), [](const audit::ParticipantObject& o) { return o.id == study().studyUid; }));
}

void TestGuard::reasonsAreSentencesThatSayWhatToDo()
{
    const auto policy = examplePolicy();
    const auth::Identity tech = person(QStringLiteral("tom"), {QStringLiteral("support-engineer")}, m_now);
    Guard guard = makeGuard(policy, signInRequester(tech, [this] { return m_now; }), m_training.get());
    const Decision d = guard.request(Action::ExportDicom, study(), QStringLiteral("curiosity"));
    QCOMPARE(d.reason, QStringLiteral("Your role (support-engineer) may not export DICOM files. Ask someone with the role radiologist, "
                                      "or your administrator."));
    // No patient data in the reason, ever.
    QVERIFY(!d.reason.contains(QStringLiteral("PAT-0042")) && !d.reason.contains(QStringLiteral("DOE")));
}

void TestGuard::builtInDefaultDeniesEveryExportToEveryone()
{
    const auto policy = builtInDefaultPolicy();
    for (const QString& role : policy->roles | std::views::keys) {
        const auth::Identity id = person(QStringLiteral("u"), {role}, m_now);
        trainEveryone(*policy, id.subject);
        Guard guard = makeGuard(policy, signInRequester(id, [this] { return m_now; }), m_training.get());
        for (Action a : allActions())
            if (isExport(a))
                QVERIFY2(!guard.request(a, study(), QStringLiteral("p")).allowed(), qPrintable(role + QLatin1Char(' ') + actionName(a)));
    }
}

void TestGuard::unknownRoleGetsNothing()
{
    const auth::Identity id = person(QStringLiteral("eve"), {QStringLiteral("superuser")}, m_now);
    Guard guard = makeGuard(examplePolicy(), signInRequester(id, [this] { return m_now; }), m_training.get());
    for (Action a : allActions())
        QVERIFY(!guard.request(a, study(), QStringLiteral("p")).allowed());
    QCOMPARE(m_events.size(), allActions().size());
}

void TestGuard::lockedIdleAndExpiredSessionsAreDenied()
{
    const auto policy = examplePolicy();
    auth::Session session(policy->session, {}, [this] { return m_now; });
    const auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now);
    trainEveryone(*policy, id.subject);
    Guard guard = makeGuard(policy, sessionRequester(session, [this] { return m_now; }), m_training.get());

    QVERIFY(!guard.request(Action::ViewStudy, study(), QStringLiteral("p")).allowed()); // not signed in
    QVERIFY(session.begin(id).ok());
    QVERIFY(guard.request(Action::ViewStudy, study(), QStringLiteral("p")).allowed());

    // Idle past the timeout, before the session's own timer noticed: locked.
    m_now = m_now.addSecs(16 * 60);
    Decision d = guard.request(Action::ViewStudy, study(), QStringLiteral("p"));
    QVERIFY(!d.allowed());
    QVERIFY2(d.reason.contains(QStringLiteral("locked")), qPrintable(d.reason));
    session.check();
    QCOMPARE(session.state(), auth::SessionState::Locked);
    QVERIFY(!guard.request(Action::ExportDicom, study(), QStringLiteral("p")).allowed());
    // The one request a locked session may make: to be unlocked.
    QVERIFY(guard.request(Action::UnlockSession, {}, QStringLiteral("unlock")).allowed());
    QVERIFY(session.unlock(id).ok());
    QVERIFY(guard.request(Action::ExportDicom, study(), QStringLiteral("p")).allowed());

    // Past the maximum length (12 h), even with activity: expired.
    for (int i = 0; i < 12 * 6; ++i) {
        m_now = m_now.addSecs(10 * 60);
        session.touch();
    }
    d = guard.request(Action::ViewStudy, study(), QStringLiteral("p"));
    QVERIFY(!d.allowed());
    QVERIFY2(d.reason.contains(QStringLiteral("expired")), qPrintable(d.reason));
    QCOMPARE(m_events.size(), std::size_t(7)); // every decision, allowed or not
    QCOMPARE(m_events.back().id.code, QStringLiteral("110113"));
}

void TestGuard::savedSignInExpires()
{
    const auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now);
    Guard guard = makeGuard(examplePolicy(), signInRequester(id, [this] { return m_now; }), m_training.get());
    QVERIFY(guard.request(Action::ViewStudy, study(), QStringLiteral("p")).allowed());
    m_now = id.expiresAt;
    QVERIFY(!guard.request(Action::ViewStudy, study(), QStringLiteral("p")).allowed());
    Guard nobody = makeGuard(examplePolicy(), signInRequester(auth::Identity{}, [this] { return m_now; }), m_training.get());
    const Decision d = nobody.request(Action::ViewStudy, study(), QStringLiteral("p"));
    QVERIFY(d.reason.contains(QStringLiteral("not signed in")));
}

void TestGuard::missingSecondFactorIsDenied()
{
    const auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now, auth::MfaMethod::None);
    Guard guard = makeGuard(examplePolicy(), signInRequester(id, [this] { return m_now; }), m_training.get());
    const Decision d = guard.request(Action::ViewStudy, study(), QStringLiteral("p"));
    QVERIFY(!d.allowed());
    QVERIFY(d.reason.contains(QStringLiteral("second factor")));
}

void TestGuard::firstExportNeedsTraining()
{
    const auto policy = examplePolicy();
    auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now);
    id.expiresAt = m_now.addDays(400); // this test is about training, not the sign-in's lifetime
    Guard guard = makeGuard(policy, signInRequester(id, [this] { return m_now; }), m_training.get());
    Decision d = guard.request(Action::ExportDicom, study(), QStringLiteral("referral"));
    QCOMPARE(d.kind, Kind::NeedsTraining);
    QCOMPARE(d.trainingModule, QStringLiteral("phi-handling"));
    QVERIFY(d.reason.contains(QStringLiteral("Handling patient data outside the viewer")));
    QCOMPARE(guard.request(Action::ExportDeidentified, study(), QStringLiteral("teaching")).trainingModule,
             QStringLiteral("deidentification"));
    QCOMPARE(guard.request(Action::ReviewAiFindings, study(), QStringLiteral("read")).trainingModule,
             QStringLiteral("ai-automation-bias"));
    QVERIFY(guard.request(Action::ViewStudy, study(), QStringLiteral("read")).allowed()); // viewing needs none

    QVERIFY(m_training->record({id.subject, QStringLiteral("phi-handling"), QStringLiteral("1"), m_now}).ok());
    QVERIFY(guard.request(Action::ExportDicom, study(), QStringLiteral("referral")).allowed());
    // A year later the acknowledgement has lapsed.
    m_now = m_now.addDays(365);
    QCOMPARE(guard.request(Action::ExportDicom, study(), QStringLiteral("referral")).kind, Kind::NeedsTraining);
    QCOMPARE(m_events.size(), std::size_t(6));
    QCOMPARE(m_events.front().outcomeDescription.left(31), QStringLiteral("ExportDicom needs-training (phi"));
}

void TestGuard::previewRecordsNothing()
{
    const auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("technologist")}, m_now);
    Guard guard = makeGuard(examplePolicy(), signInRequester(id, [this] { return m_now; }), m_training.get());
    QVERIFY(!guard.preview(Action::ExportDicom, study()).allowed());
    QVERIFY(guard.preview(Action::ViewStudy, study()).allowed());
    QVERIFY(m_events.empty());
}

void TestGuard::watermarkNamesTheUser()
{
    const auto policy = examplePolicy();
    const auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now);
    trainEveryone(*policy, id.subject);
    Guard guard = makeGuard(policy, signInRequester(id, [this] { return m_now; }), m_training.get());
    QCOMPARE(guard.request(Action::ExportImage, study(), QStringLiteral("p")).watermark,
             QStringLiteral("CONFIDENTIAL - ada - 2026-11-30T09:00:00Z"));
    QVERIFY(guard.request(Action::ExportDicom, study(), QStringLiteral("p")).watermark.isEmpty());
}

void TestGuard::exportOutsideTheAllowedDestinationsIsDenied()
{
    const auto policy = examplePolicy();
    const auth::Identity id = person(QStringLiteral("ada"), {QStringLiteral("radiologist")}, m_now);
    trainEveryone(*policy, id.subject);
    Guard guard = makeGuard(policy, signInRequester(id, [this] { return m_now; }), m_training.get());
    Subject s = study();
    s.destination = QStringLiteral("/srv/custos/exports/referrals");
    QVERIFY(guard.request(Action::ExportDicom, s, QStringLiteral("p")).allowed());
    s.destination = QStringLiteral("/media/usb-stick");
    const Decision d = guard.request(Action::ExportDicom, s, QStringLiteral("p"));
    QVERIFY(!d.allowed());
    QVERIFY2(d.reason.contains(QStringLiteral("not an allowed export destination")), qPrintable(d.reason));
    QVERIFY(m_events.back().objects.back().detail.contains(QStringLiteral("to /media/usb-stick")));
    // A role that may not export at all hears about its role, not the folder.
    const auth::Identity tech = person(QStringLiteral("tom"), {QStringLiteral("support-engineer")}, m_now);
    Guard other = makeGuard(policy, signInRequester(tech, [this] { return m_now; }), m_training.get());
    QVERIFY(other.request(Action::ExportDicom, s, QStringLiteral("p")).reason.startsWith(QStringLiteral("Your role")));
}

QTEST_GUILESS_MAIN(TestGuard)
#include "tst_guard.moc"
