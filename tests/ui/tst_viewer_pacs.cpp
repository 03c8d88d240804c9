// SPDX-License-Identifier: Apache-2.0
// File → Open from PACS… in the viewer against a real Orthanc (DICOM TLS
// and DICOMweb through stunnel) in a private network namespace, with a real
// Guard over the example site policy: the menu item exists only when the
// policy names a PACS; type a name, press Enter, open the study: its pixels
// come from memory (identical to the local files), the second open comes
// from the encrypted cache without the PACS; nothing identifying is on disk
// in plaintext afterwards; a PACS killed in the middle of a WADO-RS
// retrieval is a banner that says so, and nothing of the study is shown.
// The AI results of a study from a PACS are read from memory, and its
// signed review goes back to that PACS (SendToPacs through core/export):
// found there, read back on the next open, refused for a role without
// SendToPacs, kept open (unsigned) when the PACS is dead.

#include "identity_support.h"
#include "pacs_peer.h"
#include "test_support.h"

#include "core/audit/purpose.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "core/ai/demo_findings.h"
#include "core/ai/review_sr_writer.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/retrieved_study.h"
#include "core/policy/policy_loader.h"
#include "core/study/pacs_access.h"
#include "ui/compliance/compliance_context.h"
#include "ui/compliance/compliance_controller.h"
#include "ui/compliance/reading_marks_controller.h"
#include "ui/viewport/measurement.h"
#include "ui/findings/findings_controller.h"
#include "ui/findings/findings_panel.h"
#include "ui/pacs/study_browser.h"
#include "ui/shell/main_window.h"
#include "ui/viewport/slice_view.h"

#include <QAction>
#include <QDialog>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

using namespace custos;
using custos::testsupport::PacsPeer;

namespace {

std::vector<pacs::StoreItem> filesOf(const QString& dir)
{
    std::vector<pacs::StoreItem> items;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            items.push_back({name, f.readAll()});
    }
    return items;
}

int countCode(const std::vector<audit::Event>& events, const char* code)
{
    return int(std::count_if(events.begin(), events.end(), [code](const audit::Event& e) { return e.id.code == QLatin1String(code); }));
}

} // namespace

class TestViewerPacs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theMenuItemOnlyWhenThePolicyNamesAPacs();
    void openFromPacsShowsTheStudyFromMemory();
    void theSecondOpenComesFromTheEncryptedCache();
    void nothingIdentifyingIsOnDiskInPlaintext();
    void aRoleWithoutSendToPacsKeepsTheReviewOpen();
    void aSignedReviewGoesBackToThePacsItCameFrom();
    void marksOfAPacsStudyGoBackAndComeBack();
    void aPacsKilledMidWadoRsShowsNothingAsComplete();
    void aDeadPacsKeepsTheReviewOpenWithItsDecisions();

private:
    std::unique_ptr<ui::MainWindow> window(std::vector<policy::PacsNode> nodes);
    ui::StudyBrowser* openBrowser(ui::MainWindow& w);
    bool searchAndSelect(ui::StudyBrowser* b, int instances);
    QString plaintextOnDisk() const;
    // The AI study opened from the PACS in a window made as the app makes it
    // (ComplianceController::createViewer), for a person of `role`.
    ui::MainWindow* openAiStudy(const QString& role, int instancesOnPacs = 0);
    bool acceptAll(ui::FindingsController* c);
    // Clicks Finish and Sign and answers Sign; closes the note that follows.
    void signInPanel(ui::FindingsPanel* panel);
    std::vector<QByteArray> reviewsOnPacs();
    std::vector<QByteArray> onPacs(const QString& sopClassUid);
    std::vector<QByteArray> onPacs(const std::function<bool(const QString& sopClassUid)>& wanted);
    std::unique_ptr<QTimer> acceptMessageBoxes();

    QTemporaryDir m_dir;
    QString m_tmp;
    std::unique_ptr<PacsPeer> m_peer;
    dicom::DemoStudyInfo m_demo;
    QString m_demoDir;
    std::shared_ptr<const policy::Policy> m_policy;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<cache::StudyCache> m_cache;
    std::vector<audit::Event> m_audit;
    std::unique_ptr<policy::Guard> m_guard;
    // The AI study (a CT with a SEG and a heatmap), and the windows made for it.
    dicom::DemoStudyInfo m_ai;
    int m_aiInstances = 0;
    std::shared_ptr<const policy::Policy> m_aiPolicy;
    std::vector<std::unique_ptr<policy::Guard>> m_guards;
    std::vector<std::shared_ptr<ui::ComplianceContext>> m_contexts;
    std::vector<std::unique_ptr<ui::MainWindow>> m_windows;
    ui::MainWindow* m_waiting = nullptr; // opened, not yet signed: for the dead PACS
};

void TestViewerPacs::initTestCase()
{
    if (const QString why = PacsPeer::unavailable(); !why.isEmpty())
        CUSTOS_SKIP_UNLESS_CI(qPrintable(why));
    // Whatever Custos might put in a temporary file lands here, where the search looks.
    m_tmp = m_dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(m_tmp));
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
    m_peer = std::make_unique<PacsPeer>(m_dir.filePath(QStringLiteral("pacs")));
    const QString problem = m_peer->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    dicom::DemoStudyOptions options;
    options.slices = 24;
    options.size = 128;
    m_demoDir = m_dir.filePath(QStringLiteral("demo"));
    auto demo = dicom::writeDemoStudy(m_demoDir, options);
    QVERIFY(demo.ok());
    m_demo = demo.value();
    auto stored = pacs::DimseClient(m_peer->node()).store(filesOf(m_demoDir));
    QVERIFY2(stored.ok() && stored.value().failures.isEmpty(), stored ? "" : qPrintable(stored.errorMessage()));

    QJsonObject p = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
    p[QStringLiteral("version")] = 2;
    QJsonObject roles = p[QStringLiteral("roles")].toObject();
    QJsonObject radiologist = roles[QStringLiteral("radiologist")].toObject();
    QJsonArray permissions = radiologist[QStringLiteral("permissions")].toArray();
    permissions << QStringLiteral("QueryPacs") << QStringLiteral("RetrieveStudy");
    radiologist[QStringLiteral("permissions")] = permissions;
    roles[QStringLiteral("radiologist")] = radiologist;
    p[QStringLiteral("roles")] = roles;
    QJsonObject training = p[QStringLiteral("training")].toObject();
    training[QStringLiteral("modules")] = QJsonArray();
    p[QStringLiteral("training")] = training;
    auto parsed = policy::parsePolicy(QJsonDocument(p).toJson(), QStringLiteral("policy.json"));
    QVERIFY2(parsed.ok(), parsed ? "" : qPrintable(parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(parsed.value());
    // The AI study's policy names the PACS itself (the app's windows take
    // their nodes from it), and has a resident who may review but not send.
    {
        QJsonObject resident{{QStringLiteral("permissions"), QJsonArray{QStringLiteral("ViewStudy"), QStringLiteral("ReviewAiFindings"),
                                                                        QStringLiteral("QueryPacs"), QStringLiteral("RetrieveStudy")}}};
        roles[QStringLiteral("resident")] = resident;
        p[QStringLiteral("roles")] = roles;
        auto withResident = policy::parsePolicy(QJsonDocument(p).toJson(), QStringLiteral("policy.json"));
        QVERIFY2(withResident.ok(), withResident ? "" : qPrintable(withResident.errorMessage()));
        policy::Policy ai = withResident.value();
        ai.pacsNodes = {m_peer->node()};
        m_aiPolicy = std::make_shared<const policy::Policy>(std::move(ai));
    }
    {
        dicom::DemoStudyOptions aiOptions;
        aiOptions.slices = 20;
        aiOptions.size = 128;
        const QString aiDir = m_dir.filePath(QStringLiteral("ai-study"));
        auto written = dicom::writeDemoStudy(aiDir, aiOptions);
        QVERIFY(written.ok());
        m_ai = written.value();
        auto findings = ai::writeDemoFindings(aiDir, aiOptions);
        QVERIFY2(findings.ok(), findings ? "" : qPrintable(findings.errorMessage()));
        std::vector<pacs::StoreItem> items = filesOf(aiDir);
        for (const QString& f : {findings.value().segmentation, findings.value().heatmap}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::ReadOnly));
            items.push_back({QFileInfo(f).fileName(), file.readAll()});
        }
        m_aiInstances = int(items.size());
        auto aiStored = pacs::DimseClient(m_peer->node()).store(items);
        QVERIFY2(aiStored.ok() && aiStored.value().failures.isEmpty(), aiStored ? "" : qPrintable(aiStored.errorMessage()));
        // The PACS has the study now; nothing of it stays here.
        QDir(aiDir).removeRecursively();
    }

    m_store = crypto::makeMemoryKeyStore();
    auto keys = crypto::KeyManager::open(*m_store);
    QVERIFY(keys.ok());
    auto c = cache::StudyCache::open(m_dir.filePath(QStringLiteral("cache")), keys.value());
    QVERIFY(c.ok());
    m_cache = c.value();

    const auth::Identity who = testsupport::person(QStringLiteral("radiologist"));
    m_guard = std::make_unique<policy::Guard>(
        policy::GuardParts{m_policy, policy::signInRequester(who), [this](const audit::Event& e) { m_audit.push_back(e); }, nullptr, nullptr, {}, {}, {}});
}

void TestViewerPacs::cleanupTestCase()
{
    if (m_peer)
        m_peer->stop();
}

// The window as ComplianceController::createViewer wires it: the Guard
// decides QueryPacs/RetrieveStudy/ViewStudy, the outcome is recorded.
std::unique_ptr<ui::MainWindow> TestViewerPacs::window(std::vector<policy::PacsNode> nodes)
{
    ui::ViewerOptions options;
    options.protection.cache = m_cache;
    options.protection.user = QStringLiteral("radiologist");
    options.protection.record = [this](const audit::Event& e) { m_audit.push_back(e); };
    options.protection.pacsNodes = std::move(nodes);
    policy::Guard* guard = m_guard.get();
    auto decisions = std::make_shared<std::map<int, policy::Decision>>();
    options.protection.decidePacs = [guard, decisions](policy::Action a, const policy::Subject& s) {
        const policy::Decision d = guard->request(a, s, {});
        (*decisions)[int(a)] = d;
        return d.allowed() ? QString() : d.reason;
    };
    options.protection.pacsOutcome = [this, guard, decisions](policy::Action a, const policy::Subject& s, bool ok, const QString& what) {
        m_audit.push_back(study::pacsOutcomeEvent(a, s, guard->requester(), (*decisions)[int(a)], ok, what));
    };
    options.protection.decideView = study::guardDecider(*guard, audit::purpose::imageReview);
    auto w = std::make_unique<ui::MainWindow>(options);
    w->resize(1100, 800);
    w->show();
    return w;
}

ui::StudyBrowser* TestViewerPacs::openBrowser(ui::MainWindow& w)
{
    QAction* open = w.findChild<QAction*>(QStringLiteral("openFromPacs"));
    if (!open)
        return nullptr;
    open->trigger();
    return w.pacsBrowser() ? w.pacsBrowser()->findChild<ui::StudyBrowser*>() : nullptr;
}

// Types "DEMO*" and Enter, as a person would, and selects the study with `instances` instances.
bool TestViewerPacs::searchAndSelect(ui::StudyBrowser* b, int instances)
{
    QSignalSpy searched(b, &ui::StudyBrowser::searchFinished);
    auto* name = b->findChild<QLineEdit*>(QStringLiteral("patientName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("DEMO*"));
    QTest::keyClick(name, Qt::Key_Return);
    if (!searched.wait(30000) || !searched.first().first().toBool())
        return false;
    auto* table = b->findChild<QTableWidget*>(QStringLiteral("results"));
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 6)->text() == QString::number(instances)) {
            table->selectRow(r);
            return true;
        }
    return false;
}

void TestViewerPacs::theMenuItemOnlyWhenThePolicyNamesAPacs()
{
    auto without = window({});
    QVERIFY(!without->findChild<QAction*>(QStringLiteral("openFromPacs")));
    auto with = window({m_peer->node()});
    QAction* open = with->findChild<QAction*>(QStringLiteral("openFromPacs"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
}

void TestViewerPacs::openFromPacsShowsTheStudyFromMemory()
{
    auto w = window({m_peer->node()});
    ui::StudyBrowser* b = openBrowser(*w);
    QVERIFY(b);
    QVERIFY(b->isVisible());
    const int queries = countCode(m_audit, "110112");
    QVERIFY(searchAndSelect(b, m_demo.files));
    QCOMPARE(countCode(m_audit, "110112"), queries + 1);
    b->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/viewer-pacs-browser.png"));

    QSignalSpy finished(b, &ui::StudyBrowser::retrieveFinished);
    QSignalSpy loaded(w.get(), &ui::MainWindow::seriesLoaded);
    QTest::mouseClick(b->findChild<QPushButton*>(QStringLiteral("open")), Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(b->bannerText()));
    // Progress per series: the one series, every instance counted.
    auto* series = b->findChild<QTableWidget*>(QStringLiteral("seriesProgress"));
    QCOMPARE(series->rowCount(), 1);
    QCOMPARE(series->item(0, 1)->text(), QStringLiteral("%1 of %1").arg(m_demo.files));
    QTRY_VERIFY_WITH_TIMEOUT(w->sliceView()->volume() && !w->loader()->anyLoading(), 30000);
    QVERIFY(!w->pacsBrowser()->isVisible()); // out of the way once the study is open
    QCOMPARE(w->seriesList()->count(), 1);

    // The retrieval was recorded with its outcome; nothing opened a file.
    QVERIFY(std::any_of(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
        return e.id.code == QLatin1String("110104") && e.outcomeDescription.contains(QStringLiteral("RetrieveStudy completed"));
    }));
    const auto catalog = w->loader()->catalog();
    QVERIFY(!catalog->instances.empty());
    for (const dicom::Instance& i : catalog->instances) {
        QVERIFY(i.filePath.isEmpty());
        QVERIFY(i.memory);
    }

    // Every voxel as the local load of the same files.
    const dicom::Catalog local = dicom::scanPaths({m_demoDir});
    auto localVolume = dicom::loadStack(local, local.studies.front().series.front().stacks.front());
    QVERIFY(localVolume.ok());
    const dicom::Volume* shown = w->sliceView()->volume();
    QCOMPARE(shown->totalBytes(), localVolume.value()->totalBytes());
    QVERIFY(std::memcmp(shown->data(), localVolume.value()->data(), shown->totalBytes()) == 0);
    QCOMPARE(shown->rescaleIntercept, localVolume.value()->rescaleIntercept);
    w->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/viewer-pacs-opened.png"));
}

void TestViewerPacs::theSecondOpenComesFromTheEncryptedCache()
{
    QVERIFY(pacs::isRetrieved(*m_cache, m_peer->node().name, m_demo.studyInstanceUid));
    auto w = window({m_peer->node()});
    ui::StudyBrowser* b = openBrowser(*w);
    QVERIFY(b);
    QVERIFY(searchAndSelect(b, m_demo.files));
    const int retrievals = countCode(m_audit, "110104");
    QSignalSpy finished(b, &ui::StudyBrowser::retrieveFinished);
    std::vector<bool> fromCache;
    connect(w->loader(), &ui::StudyLoader::loadedFrom, this, [&fromCache](const dicom::Volume*, bool cached) { fromCache.push_back(cached); });
    b->openSelected();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(b->bannerText()));
    QVERIFY2(b->bannerText().contains(QStringLiteral("encrypted cache")), qPrintable(b->bannerText()));
    QTRY_VERIFY_WITH_TIMEOUT(!fromCache.empty(), 30000);
    QCOMPARE(fromCache.front(), true); // the decoded volume too
    // The PACS was not asked again: no new retrieval, only the ViewStudy decision.
    QCOMPARE(countCode(m_audit, "110104"), retrievals);
    QCOMPARE(w->seriesList()->count(), 1);
}

QString TestViewerPacs::plaintextOnDisk() const
{
    // The cache and the temporary folder: everything Custos wrote (the
    // PACS's own folder holds the study as Orthanc keeps it, and the
    // source files are plaintext by design).
    for (const QByteArray& needle : {QByteArray("CUSTOS-DEMO-0001"), QByteArray("DEMO^CUSTOS")}) {
        for (const QString& root : {m_dir.filePath(QStringLiteral("cache")), m_tmp}) {
            const QStringList hits = testsupport::filesContaining(root, needle);
            if (!hits.isEmpty())
                return QString::fromLatin1(needle) + QStringLiteral(" in plaintext in ") + hits.join(QStringLiteral(", "));
        }
    }
    return {};
}

void TestViewerPacs::nothingIdentifyingIsOnDiskInPlaintext()
{
    // Something was written (else the search proves nothing): the retrieved instances and the volume.
    QDirIterator it(m_dir.filePath(QStringLiteral("cache")), QDir::Files, QDirIterator::Subdirectories);
    int objects = 0;
    while (it.hasNext())
        objects += it.next().endsWith(QLatin1String(".obj")) ? 1 : 0;
    QVERIFY2(objects > m_demo.files, qPrintable(QString::number(objects)));
    // And the needles are what the instances carry (the search can fail).
    QVERIFY(!testsupport::filesContaining(m_demoDir, "CUSTOS-DEMO-0001").isEmpty());
    const QString found = plaintextOnDisk();
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

ui::MainWindow* TestViewerPacs::openAiStudy(const QString& role, int instancesOnPacs)
{
    const auth::Identity who = testsupport::person(QStringLiteral("dr.") + role, role);
    policy::GuardParts parts;
    parts.policy = m_aiPolicy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [this](const audit::Event& e) { m_audit.push_back(e); };
    m_guards.push_back(std::make_unique<policy::Guard>(std::move(parts)));
    auto context = std::make_shared<ui::ComplianceContext>();
    context->guard = m_guards.back().get();
    context->audit = [this](const audit::Event& e) { m_audit.push_back(e); };
    context->policyOrigin = QStringLiteral("test policy");
    m_contexts.push_back(context);
    ui::ViewerOptions options;
    options.protection.cache = m_cache;
    options.protection.user = who.userName;
    options.protection.displayName = who.displayName;
    options.protection.record = [this](const audit::Event& e) { m_audit.push_back(e); };
    m_windows.emplace_back(ui::ComplianceController::createViewer(options, context));
    ui::MainWindow* w = m_windows.back().get();
    w->resize(1180, 820);
    w->show();
    ui::StudyBrowser* b = openBrowser(*w);
    if (!b || !searchAndSelect(b, instancesOnPacs > 0 ? instancesOnPacs : m_aiInstances))
        return nullptr;
    QSignalSpy finished(b, &ui::StudyBrowser::retrieveFinished);
    b->openSelected();
    if (!finished.wait(60000) || !finished.first().first().toBool())
        return nullptr;
    ui::FindingsController* c = w->findings();
    // The AI objects are read from memory: every one of them, none from a file.
    QElapsedTimer t;
    t.start();
    while ((c->objects().size() < 2 || c->busy() || w->loader()->anyLoading()) && t.elapsed() < 60000)
        QTest::qWait(50);
    return c->objects().size() == 2 ? w : nullptr;
}

bool TestViewerPacs::acceptAll(ui::FindingsController* c)
{
    for (const ui::LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (!c->accept({o.object.sopInstanceUid, f.id}))
                return false;
    return true;
}

void TestViewerPacs::signInPanel(ui::FindingsPanel* panel)
{
    auto answer = connect(panel, &ui::FindingsPanel::signConfirmationOpened, this, [](QDialog* d) {
        QTimer::singleShot(100, d, [d] {
            auto* box = static_cast<QMessageBox*>(d);
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
    });
    panel->signButton()->click();
    disconnect(answer);
}

// The instances in the PACS's copy of the AI study whose SOP class `wanted`
// takes, fetched afresh over DICOM TLS.
std::vector<QByteArray> TestViewerPacs::onPacs(const std::function<bool(const QString& sopClassUid)>& wanted)
{
    std::vector<QByteArray> found;
    auto got = pacs::DimseClient(m_peer->node()).getStudy(m_ai.studyInstanceUid, [&](pacs::RetrievedInstance&& i) {
        if (auto info = pacs::inspectPart10(i.part10); info && wanted(info.value().sopClassUid))
            found.push_back(std::move(i.part10));
        return true;
    });
    return got ? found : std::vector<QByteArray>{QByteArray("retrieval failed")};
}

std::vector<QByteArray> TestViewerPacs::onPacs(const QString& sopClassUid)
{
    return onPacs([&sopClassUid](const QString& c) { return c == sopClassUid; });
}

// The SRs in the PACS's copy of the AI study.
std::vector<QByteArray> TestViewerPacs::reviewsOnPacs()
{
    return onPacs([](const QString& c) { return c.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88.")); });
}

// Accepts whatever message box is open, every 200 ms, while it lives (the
// notes that follow signing are modal).
std::unique_ptr<QTimer> TestViewerPacs::acceptMessageBoxes()
{
    auto timer = std::make_unique<QTimer>();
    connect(timer.get(), &QTimer::timeout, this, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->accept();
    });
    timer->start(200);
    return timer;
}

// Refused first, while the PACS has no review yet: the Guard says no to a
// resident (ReviewAiFindings but no SendToPacs), the review is open again
// with every decision, nothing reached the PACS, the refusal is recorded.
void TestViewerPacs::aRoleWithoutSendToPacsKeepsTheReviewOpen()
{
    ui::MainWindow* w = openAiStudy(QStringLiteral("resident"));
    QVERIFY(w);
    QCOMPARE(w->seriesList()->count(), 1); // the SEG and the map are AI results, not series
    ui::FindingsController* c = w->findings();
    for (const ui::LoadedAiObject& o : c->objects()) {
        QVERIFY(o.object.memory); // read from memory: there is no file
        QVERIFY(!o.stackKey.isEmpty());
    }
    QCOMPARE(c->reviewPacsNode(), m_peer->node().name);
    QVERIFY(acceptAll(c));
    const int decisions = int(c->review().entries().size());
    QVERIFY(decisions > 0);
    QSignalSpy notSent(c, &ui::FindingsController::reviewNotSent);
    const auto closer = acceptMessageBoxes();
    signInPanel(c->panel());
    QTRY_COMPARE_WITH_TIMEOUT(notSent.size(), 1, 30000);
    const QString why = notSent.first().first().toString();
    // The Guard's refusal, recorded, and its reason is what the person reads.
    const auto refusal = std::find_if(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
        return e.outcome != audit::Outcome::Success && e.outcomeDescription.startsWith(QStringLiteral("SendToPacs "));
    });
    QVERIFY(refusal != m_audit.end());
    const QString reason = refusal->outcomeDescription.section(QStringLiteral(": "), 1);
    QVERIFY2(!reason.isEmpty() && why.contains(QStringLiteral("not sent")) && why.contains(reason), qPrintable(why + QStringLiteral(" / ") + reason));
    QVERIFY(!c->review().isSigned());
    QCOMPARE(int(c->review().entries().size()), decisions);
    QVERIFY(!c->sending());
    QVERIFY(reviewsOnPacs().empty());
}

// Signed in the viewer, the review leaves as a DICOM SR from memory for the
// PACS the study came from (DICOM TLS), is there afterwards, signed, with
// every decision; the send is recorded; no review file was written here;
// the next open (from the encrypted cache) reads it back.
void TestViewerPacs::aSignedReviewGoesBackToThePacsItCameFrom()
{
    // A second window with the same study, left unsigned for the dead PACS at the end.
    m_waiting = openAiStudy(QStringLiteral("radiologist"));
    QVERIFY(m_waiting);
    ui::MainWindow* w = openAiStudy(QStringLiteral("radiologist"));
    QVERIFY(w);
    ui::FindingsController* c = w->findings();
    QCOMPARE(c->reviewPacsNode(), m_peer->node().name);
    QVERIFY(acceptAll(c));
    const int decisions = int(c->review().entries().size());
    QSignalSpy sent(c, &ui::FindingsController::reviewSent);
    QSignalSpy notSent(c, &ui::FindingsController::reviewNotSent);
    const auto closer = acceptMessageBoxes();
    signInPanel(c->panel());
    QVERIFY(c->review().isSigned());
    QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty() || !notSent.isEmpty(), 60000);
    QVERIFY2(notSent.isEmpty(), qPrintable(notSent.isEmpty() ? QString() : notSent.first().first().toString()));
    QVERIFY(c->review().isSigned());
    w->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/viewer-pacs-review-sent.png"));

    // On the PACS: one review, signed by this radiologist, every decision in it.
    const std::vector<QByteArray> srs = reviewsOnPacs();
    QCOMPARE(int(srs.size()), 1);
    auto back = ai::readReview(dicom::Source(QStringLiteral("review"), std::make_shared<const QByteArray>(srs.front())));
    QVERIFY2(back.ok(), back ? "" : qPrintable(back.errorMessage()));
    QVERIFY(back.value().isSigned());
    QCOMPARE(back.value().signature()->reviewer.subject, QStringLiteral("dr.radiologist"));
    QCOMPARE(int(back.value().entries().size()), decisions);

    // Recorded: the Guard's decision and the outcome, and the review action.
    QVERIFY(std::any_of(m_audit.begin(), m_audit.end(), [this](const audit::Event& e) {
        return e.outcome == audit::Outcome::Success
            && e.outcomeDescription == QStringLiteral("SendToPacs completed: 1 instances to %1").arg(m_peer->node().name);
    }));
    QVERIFY(std::any_of(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
        return std::any_of(e.objects.begin(), e.objects.end(), [](const audit::ParticipantObject& o) {
            return o.detail.contains(QStringLiteral("review signed and sent to PACS test-pacs"));
        });
    }));
    // Nothing was written beside anything: no review file anywhere of ours.
    for (const QString& root : {m_dir.filePath(QStringLiteral("cache")), m_tmp, QDir::currentPath()}) {
        QDirIterator it(root, {QStringLiteral("ai-review*")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), qPrintable(it.hasNext() ? it.next() : QString()));
    }
    const QString found = plaintextOnDisk();
    QVERIFY2(found.isEmpty(), qPrintable(found));

    // Read back: the next open comes from the cache, which now has the review.
    ui::MainWindow* again = openAiStudy(QStringLiteral("radiologist"), m_aiInstances + 1); // the PACS lists the review too
    QVERIFY(again);
    QVERIFY(again->findings()->review().isSigned());
    QVERIFY(again->findings()->savedOnPacs());
    QCOMPARE(int(again->findings()->review().entries().size()), decisions);
    QVERIFY(!again->findings()->panel()->signButton()->isEnabled());
}

// A measurement and a key image on a study from the PACS: Save Marks sends
// them there (a presentation state and a key object selection, asked of the
// Guard as SendToPacs), they are not taken for AI results, and the next open
// (from the encrypted cache) brings them back on the same image.
void TestViewerPacs::marksOfAPacsStudyGoBackAndComeBack()
{
    ui::MainWindow* w = openAiStudy(QStringLiteral("radiologist"), m_aiInstances + 1);
    QVERIFY(w);
    ui::ReadingMarksController* marks = ui::ComplianceController::of(w)->readingMarks();
    QVERIFY(marks);
    ui::SliceView* view = w->sliceView();
    QVERIFY(view->volume());
    view->setSlice(7);
    const QString key = w->activeKey();
    ui::Measurement m;
    m.kind = ui::Measurement::Kind::Distance;
    m.slice = 7;
    m.points = {{20, 30, 7}, {70, 90, 7}};
    w->measurementsFor(key)->push_back(m);
    QVERIFY(marks->toggleKeyImage());
    const QString studyUid = m_ai.studyInstanceUid;
    QCOMPARE(marks->keyImageCount(studyUid), 1);
    const int sends = int(std::count_if(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
        return e.outcomeDescription.startsWith(QStringLiteral("SendToPacs completed"));
    }));
    QSignalSpy sent(marks, &ui::ReadingMarksController::sentToPacs);
    QVERIFY(marks->save());
    QVERIFY2(sent.wait(60000), qPrintable(marks->lastMessage()));
    QVERIFY2(marks->lastMessage().startsWith(QStringLiteral("Sent to the PACS")), qPrintable(marks->lastMessage()));
    QCOMPARE(int(std::count_if(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
                 return e.outcomeDescription.startsWith(QStringLiteral("SendToPacs completed"));
             })),
             sends + 1);
    QCOMPARE(int(onPacs(QStringLiteral("1.2.840.10008.5.1.4.1.1.11.1")).size()), 1); // the presentation state
    QCOMPARE(int(onPacs(QStringLiteral("1.2.840.10008.5.1.4.1.1.88.59")).size()), 1); // the key object selection
    const QString found = plaintextOnDisk();
    QVERIFY2(found.isEmpty(), qPrintable(found));

    // The next open: from the cache, marks back, still two AI objects (openAiStudy checks).
    ui::MainWindow* again = openAiStudy(QStringLiteral("radiologist"), m_aiInstances + 3);
    QVERIFY(again);
    ui::ReadingMarksController* back = ui::ComplianceController::of(again)->readingMarks();
    QCOMPARE(back->keyImageCount(studyUid), 1);
    const auto restored = again->measurementsFor(again->activeKey());
    QCOMPARE(restored->size(), std::size_t(1));
    QCOMPARE(restored->front().slice, 7);
    QCOMPARE(restored->front().points.size(), std::size_t(2));
    QVERIFY(std::abs(restored->front().points[1].x - 70) < 1e-6 && std::abs(restored->front().points[1].y - 90) < 1e-6);
    again->sliceView()->setSlice(7);
    QVERIFY(back->isKeyImage(again->sliceView()));
}

void TestViewerPacs::aPacsKilledMidWadoRsShowsNothingAsComplete()
{
    // Last: the PACS does not come back. A study big enough that Orthanc is
    // still sending when it dies (WADO-RS, through stunnel).
    dicom::DemoStudyOptions options;
    options.slices = 120;
    options.size = 512;
    const QString bigDir = m_dir.filePath(QStringLiteral("big"));
    auto big = dicom::writeDemoStudy(bigDir, options);
    QVERIFY(big.ok());
    auto stored = pacs::DimseClient(m_peer->node()).store(filesOf(bigDir));
    QVERIFY2(stored.ok() && stored.value().failures.isEmpty(), stored ? "" : qPrintable(stored.errorMessage()));
    QDir(bigDir).removeRecursively();

    policy::PacsNode web = m_peer->node(QStringLiteral("web-pacs"));
    web.aeTitle.clear(); // DICOMweb only
    auto w = window({web});
    ui::StudyBrowser* b = openBrowser(*w);
    QVERIFY(b);
    QVERIFY(searchAndSelect(b, big.value().files));
    QSignalSpy finished(b, &ui::StudyBrowser::retrieveFinished);
    auto* progress = b->findChild<QProgressBar*>(QStringLiteral("progress"));
    b->openSelected();
    // Killed as soon as the first instances are in.
    QElapsedTimer t;
    t.start();
    while (progress->value() < 1 && finished.isEmpty() && t.elapsed() < 60000)
        QTest::qWait(1);
    QVERIFY2(finished.isEmpty(), "the retrieval finished before the PACS could be killed");
    m_peer->killOrthanc();
    QVERIFY(finished.wait(90000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(b->lastFailure() == pacs::Failure::Interrupted || b->lastFailure() == pacs::Failure::Timeout,
             qPrintable(pacs::failureName(b->lastFailure())));
    QVERIFY2(b->bannerText().contains(QStringLiteral("Nothing of the study is shown")), qPrintable(b->bannerText()));
    b->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/viewer-pacs-killed.png"));
    // Nothing partial is shown or kept as complete.
    QCOMPARE(w->seriesList()->count(), 0);
    QVERIFY(!w->sliceView()->volume());
    QVERIFY(!pacs::isRetrieved(*m_cache, web.name, big.value().studyInstanceUid));
    QVERIFY(std::any_of(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
        return e.id.code == QLatin1String("110104") && e.outcomeDescription.startsWith(QStringLiteral("retrieve failed"));
    }));
    const QString found = plaintextOnDisk();
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

// After the PACS died (the test above): the review signed in the window
// opened earlier cannot reach it. It is open again, every decision kept, the
// failed send recorded, and nothing of it was written here.
void TestViewerPacs::aDeadPacsKeepsTheReviewOpenWithItsDecisions()
{
    QVERIFY(m_waiting);
    ui::FindingsController* c = m_waiting->findings();
    QVERIFY(!c->review().isSigned());
    QVERIFY(acceptAll(c));
    const int decisions = int(c->review().entries().size());
    QSignalSpy notSent(c, &ui::FindingsController::reviewNotSent);
    const auto closer = acceptMessageBoxes();
    const int failures = int(std::count_if(m_audit.begin(), m_audit.end(), [](const audit::Event& e) {
        return e.outcomeDescription.startsWith(QStringLiteral("send to"));
    }));
    signInPanel(c->panel());
    QTRY_COMPARE_WITH_TIMEOUT(notSent.size(), 1, 90000);
    QVERIFY2(notSent.first().first().toString().contains(QStringLiteral("sign again")), qPrintable(notSent.first().first().toString()));
    QVERIFY(!c->review().isSigned());
    QCOMPARE(int(c->review().entries().size()), decisions);
    QVERIFY(c->panel()->signButton()->isEnabled()); // sign and send again, once the PACS is back
    QCOMPARE(int(std::count_if(m_audit.begin(), m_audit.end(),
                               [](const audit::Event& e) { return e.outcomeDescription.startsWith(QStringLiteral("send to")); })),
             failures + 1);
    const QString found = plaintextOnDisk();
    QVERIFY2(found.isEmpty(), qPrintable(found));
}

QTEST_MAIN(TestViewerPacs)
#include "tst_viewer_pacs.moc"
