// SPDX-License-Identifier: Apache-2.0
// The decisions ui used to make itself and now only presents, in core:
// core/export's training step, File → Export… refused outright and
// --screenshot (one ExportImage per study shown, none for an empty
// window); core/study's ViewStudy decisions of one window. Played as the
// person who tries to get past them: a training dialog that says "done"
// without an acknowledgement, a screenshot of a window showing no study,
// a refusal hoped to be remembered as an allowance.

#include "core/dicom/catalog.h"
#include "core/export/export_request.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/policy/training.h"
#include "core/study/view_decisions.h"
#include "identity_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using policy::Action;
using policy::Decision;

namespace {

using testsupport::person;

policy::Subject studySubject(const QString& uid)
{
    policy::Subject s;
    s.studyUid = uid;
    s.patientId = QStringLiteral("PAT-") + uid.right(1);
    s.patientName = QStringLiteral("Doe^") + uid.right(1);
    s.description = QStringLiteral("6 files");
    return s;
}

} // namespace

class TestExportRequest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void onlyACompletedTrainingLeadsToAskingAgain();
    void exportIsRefusedOutrightOnlyWhenNoFormIsPossible();
    void previewSaysWhenOnlyEmergencyAccessWouldAllowIt();
    void screenshotOfAWindowShowingNoStudyIsRefusedAndNothingIsAsked();
    void screenshotAsksForEveryStudyShownAndStopsAtTheFirstRefusal();
    void viewDecisionsAreRecordedOncePerWindowAndRefusalsAreAskedAgain();

private:
    std::unique_ptr<policy::Guard> guardFor(const QString& role);

    QTemporaryDir m_dir;
    QString m_exports;
    std::shared_ptr<const policy::Policy> m_policy;
    std::unique_ptr<policy::TrainingRecords> m_training;
    auth::Identity m_who;
    std::vector<audit::Event> m_events;
};

void TestExportRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The example policy (its training modules included), exports allowed below one folder.
    QJsonObject root = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
    m_exports = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(m_exports));
    root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_exports});
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("test-policy.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(std::move(parsed).value());
}

void TestExportRequest::init()
{
    m_events.clear();
    m_training = policy::TrainingRecords::open(nullptr, QString()).value(); // nobody trained
}

std::unique_ptr<policy::Guard> TestExportRequest::guardFor(const QString& role)
{
    m_who = person(role, role);
    const auth::Identity who = m_who;
    policy::GuardParts parts;
    parts.policy = m_policy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [this](const audit::Event& e) { m_events.push_back(e); };
    parts.training = m_training.get();
    return std::make_unique<policy::Guard>(std::move(parts));
}

void TestExportRequest::onlyACompletedTrainingLeadsToAskingAgain()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    policy::Subject s = studySubject(QStringLiteral("1.2.3.1"));
    s.destination = m_exports;
    const QString purpose = QStringLiteral("second opinion");

    // Declined (the dialog closed): nothing may leave, the one answer is recorded.
    QStringList offered;
    auto declined = exports::requestWithTraining(*guard, Action::ExportDicom, s, purpose, [&](const QString& m) {
        offered << m;
        return false;
    });
    QVERIFY(declined.trainingNotCompleted);
    QCOMPARE(declined.decision.kind, Decision::Kind::NeedsTraining);
    QVERIFY(!declined.decision.permit);
    QCOMPARE(offered, QStringList{QStringLiteral("phi-handling")});
    QCOMPARE(m_events.size(), std::size_t(1));
    // No training can be taken here (no dialog): the same.
    QVERIFY(exports::requestWithTraining(*guard, Action::ExportDicom, s, purpose, {}).trainingNotCompleted);

    // A dialog that says "done" without an acknowledgement: the Guard is
    // asked again and still says NeedsTraining; the "done" counts for nothing.
    m_events.clear();
    auto claimed = exports::requestWithTraining(*guard, Action::ExportDicom, s, purpose, [](const QString&) { return true; });
    QCOMPARE(claimed.decision.kind, Decision::Kind::NeedsTraining);
    QVERIFY(!claimed.decision.permit);
    QCOMPARE(m_events.size(), std::size_t(2)); // both answers recorded

    // Completed for real (every answer right): asked again, allowed with a permit.
    m_events.clear();
    auto trained = exports::requestWithTraining(*guard, Action::ExportDicom, s, purpose, [&](const QString& id) {
        const policy::TrainingModule module = policy::trainingModule(id).value();
        std::vector<int> answers;
        for (const policy::TrainingQuestion& q : module.questions)
            answers.push_back(q.answer);
        return policy::acknowledge(*m_training, module, m_who, answers, QDateTime::currentDateTimeUtc(),
                                   [this](const audit::Event& e) { m_events.push_back(e); })
            .ok();
    });
    QVERIFY(!trained.trainingNotCompleted);
    QVERIFY(trained.decision.allowed());
    QVERIFY(trained.decision.permit);
    QCOMPARE(trained.decision.permit->action(), Action::ExportDicom);
    QCOMPARE(m_events.size(), std::size_t(3)); // NeedsTraining, the acknowledgement, the allowance

    // The image path: trained once, the clipboard's image is released with its watermark line.
    auto image = exports::requestImageWithTraining(*guard, Action::CopyToClipboard, s, purpose, QStringLiteral("radiologist"),
                                                   QDateTime::currentDateTimeUtc(), {});
    QVERIFY(image.image);
    QVERIFY(image.image->watermark().contains(QStringLiteral("Contains PHI")));
}

void TestExportRequest::exportIsRefusedOutrightOnlyWhenNoFormIsPossible()
{
    const policy::Subject s = studySubject(QStringLiteral("1.2.3.1"));
    {
        // No export of any kind, and no emergency access either.
        auto guard = guardFor(QStringLiteral("support-engineer"));
        const auto refused = exports::refusedOutright(*guard, s, QStringLiteral("menu"));
        QVERIFY(refused);
        QCOMPARE(refused->kind, Decision::Kind::Denied);
        QVERIFY2(refused->reason.contains(QStringLiteral("support-engineer")), qPrintable(refused->reason));
        QCOMPARE(m_events.size(), std::size_t(1)); // the refusal is on record
        QVERIFY(m_events.front().outcomeDescription.contains(QStringLiteral("ExportDicom denied")));
    }
    m_events.clear();
    // A technologist could export through emergency access, so the dialog opens and says so.
    for (const QString& role : {QStringLiteral("radiologist"), QStringLiteral("data-scientist"), QStringLiteral("technologist")}) {
        auto guard = guardFor(role);
        QVERIFY(!exports::refusedOutright(*guard, s, QStringLiteral("menu"))); // the dialog opens and shows which form
    }
    QVERIFY(m_events.empty()); // previews record nothing
}

// The export dialog's rule line and buttons: shown from core's preview.
void TestExportRequest::previewSaysWhenOnlyEmergencyAccessWouldAllowIt()
{
    policy::Subject s = studySubject(QStringLiteral("1.2.3.1"));
    s.destination = m_exports;
    {
        // Training first, then allowed: the Export button stays (the training opens when pressed).
        auto guard = guardFor(QStringLiteral("radiologist"));
        const exports::ExportPreview p = exports::previewExport(*guard, Action::ExportDicom, s);
        QCOMPARE(p.decision.kind, Decision::Kind::NeedsTraining);
        QCOMPARE(p.decision.trainingModule, QStringLiteral("phi-handling"));
        QVERIFY(!p.emergencyOnly);
        QVERIFY(!p.refused());
    }
    {
        // The training asked for is break-glass's: only emergency access leads there.
        auto guard = guardFor(QStringLiteral("technologist"));
        const exports::ExportPreview p = exports::previewExport(*guard, Action::ExportDicom, s);
        QCOMPARE(p.decision.kind, Decision::Kind::NeedsTraining);
        QCOMPARE(p.decision.trainingModule, QStringLiteral("break-glass"));
        QVERIFY(p.emergencyOnly);
        QVERIFY(p.refused());
    }
    {
        auto guard = guardFor(QStringLiteral("support-engineer"));
        const exports::ExportPreview p = exports::previewExport(*guard, Action::ExportImage, s);
        QCOMPARE(p.decision.kind, Decision::Kind::Denied);
        QVERIFY(!p.emergencyOnly);
        QVERIFY(p.refused());
    }
    QVERIFY(m_events.empty()); // a preview records nothing
}

// Issue 13's --screenshot, the empty window: it used to be written
// without any decision, to any path, over any file.
void TestExportRequest::screenshotOfAWindowShowingNoStudyIsRefusedAndNothingIsAsked()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    const QString anywhere = m_dir.filePath(QStringLiteral("usb/x.png")); // not even an export destination
    const exports::ImageExit exit =
        exports::requestScreenshot(*guard, {}, anywhere, QStringLiteral("screenshot-option"), QStringLiteral("radiologist"), QDateTime::currentDateTimeUtc());
    QVERIFY(!exit.image);
    QCOMPARE(exit.decision.kind, Decision::Kind::Denied);
    QVERIFY2(exit.decision.reason.contains(QStringLiteral("shows no study")), qPrintable(exit.decision.reason));
    QVERIFY(m_events.empty());
}

void TestExportRequest::screenshotAsksForEveryStudyShownAndStopsAtTheFirstRefusal()
{
    const QString file = QDir(m_exports).filePath(QStringLiteral("shot.png"));
    const std::vector<policy::Subject> two{studySubject(QStringLiteral("1.2.3.1")), studySubject(QStringLiteral("1.2.3.2"))};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto guard = guardFor(QStringLiteral("technologist"));
        const exports::ImageExit exit = exports::requestScreenshot(*guard, two, file, QStringLiteral("screenshot-option"), QStringLiteral("tom"), now);
        QVERIFY(!exit.image);
        QVERIFY(exit.decision.reason.contains(QStringLiteral("technologist")));
        QCOMPARE(m_events.size(), std::size_t(1)); // the first refusal ends it
    }
    m_events.clear();
    // Trained radiologist: each study asked for this folder, recorded, released.
    auto guard = guardFor(QStringLiteral("radiologist"));
    const policy::TrainingModule module = policy::trainingModule(QStringLiteral("phi-handling")).value();
    std::vector<int> answers;
    for (const policy::TrainingQuestion& q : module.questions)
        answers.push_back(q.answer);
    QVERIFY(policy::acknowledge(*m_training, module, m_who, answers, now, [](const audit::Event&) {}).ok());
    const exports::ImageExit exit = exports::requestScreenshot(*guard, two, file, QStringLiteral("screenshot-option"), QStringLiteral("ada"), now);
    QVERIFY2(exit.image, qPrintable(exit.decision.reason));
    QCOMPARE(exit.image->action(), Action::ExportImage);
    QCOMPARE(exit.image->subject().studyUid, QStringLiteral("1.2.3.2"));
    QCOMPARE(exit.image->subject().destination, m_exports);
    QCOMPARE(m_events.size(), std::size_t(2));
    for (const audit::Event& e : m_events)
        QVERIFY2(e.outcomeDescription.contains(QStringLiteral("ExportImage allowed")), qPrintable(e.outcomeDescription));
    // Elsewhere than the site's destinations: refused, recorded.
    m_events.clear();
    const exports::ImageExit usb =
        exports::requestScreenshot(*guard, two, m_dir.filePath(QStringLiteral("usb/x.png")), QStringLiteral("screenshot-option"), QStringLiteral("ada"), now);
    QVERIFY(!usb.image);
    QVERIFY2(usb.decision.reason.contains(QStringLiteral("not an allowed export destination")), qPrintable(usb.decision.reason));
    QCOMPARE(m_events.size(), std::size_t(1));
}

void TestExportRequest::viewDecisionsAreRecordedOncePerWindowAndRefusalsAreAskedAgain()
{
    dicom::Catalog catalog;
    for (const QString& uid : {QStringLiteral("1.2.3.1"), QStringLiteral("1.2.3.2")}) {
        dicom::Study st;
        st.studyInstanceUid = uid;
        catalog.studies.push_back(st);
        dicom::Instance i;
        i.studyInstanceUid = uid;
        i.patientId = QStringLiteral("PAT-") + uid.right(1);
        i.patientName = QStringLiteral("Doe^") + uid.right(1);
        catalog.instances.push_back(i);
    }
    {
        auto guard = guardFor(QStringLiteral("radiologist"));
        study::ViewDecisions window;
        QVERIFY(window.shown(catalog).empty()); // nobody asked: nothing shown
        const study::ViewDecider decide = window.decider(*guard, QStringLiteral("image-review"));
        QVERIFY(decide(studySubject(QStringLiteral("1.2.3.1"))).allowed());
        QVERIFY(window.decide(*guard, studySubject(QStringLiteral("1.2.3.1")), QStringLiteral("image-review")).allowed());
        QCOMPARE(m_events.size(), std::size_t(1)); // decided and recorded once for this window
        window.forgetRefusedAndEmergency();
        QVERIFY(window.allowed(QStringLiteral("1.2.3.1")));
        QVERIFY(!window.allowed(QStringLiteral("1.2.3.2")));
        const std::vector<policy::Subject> shown = window.shown(catalog);
        QCOMPARE(shown.size(), std::size_t(1)); // only the decided study leaves with a screenshot
        QCOMPARE(shown.front().studyUid, QStringLiteral("1.2.3.1"));
        QCOMPARE(shown.front().patientId, QStringLiteral("PAT-1")); // for the audit trail
        // Another window decides afresh.
        study::ViewDecisions other;
        QVERIFY(other.decide(*guard, studySubject(QStringLiteral("1.2.3.1")), QStringLiteral("image-review")).allowed());
        QCOMPARE(m_events.size(), std::size_t(2));
    }
    m_events.clear();
    {
        // A refusal is never remembered as anything: asked (and recorded) every time.
        auto guard = guardFor(QStringLiteral("support-engineer"));
        study::ViewDecisions window;
        for (int i = 0; i < 2; ++i)
            QVERIFY(!window.decide(*guard, studySubject(QStringLiteral("1.2.3.1")), QStringLiteral("image-review")).allowed());
        QCOMPARE(m_events.size(), std::size_t(2));
        QVERIFY(!window.allowed(QStringLiteral("1.2.3.1")));
        QVERIFY(window.shown(catalog).empty());
        window.forgetRefusedAndEmergency();
        QVERIFY(window.shown(catalog).empty());
    }
}

QTEST_GUILESS_MAIN(TestExportRequest)
#include "tst_export_request.moc"
