// SPDX-License-Identifier: Apache-2.0
// File → Open from PACS… in the viewer against a real Orthanc (DICOM TLS
// and DICOMweb through stunnel) in a private network namespace, with a real
// Guard over the example site policy: the menu item exists only when the
// policy names a PACS; type a name, press Enter, open the study: its pixels
// come from memory (identical to the local files), the second open comes
// from the encrypted cache without the PACS; nothing identifying is on disk
// in plaintext afterwards; a PACS killed in the middle of a WADO-RS
// retrieval is a banner that says so, and nothing of the study is shown.

#include "identity_support.h"
#include "pacs_peer.h"
#include "test_support.h"

#include "core/audit/purpose.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/retrieved_study.h"
#include "core/policy/policy_loader.h"
#include "core/study/pacs_access.h"
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
    void aPacsKilledMidWadoRsShowsNothingAsComplete();

private:
    std::unique_ptr<ui::MainWindow> window(std::vector<policy::PacsNode> nodes);
    ui::StudyBrowser* openBrowser(ui::MainWindow& w);
    bool searchAndSelect(ui::StudyBrowser* b, int instances);
    QString plaintextOnDisk() const;

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
    m_policy = std::make_shared<const policy::Policy>(std::move(parsed).value());

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

QTEST_MAIN(TestViewerPacs)
#include "tst_viewer_pacs.moc"
