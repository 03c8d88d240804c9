// SPDX-License-Identifier: Apache-2.0
// The study browser against a real Orthanc (DICOM TLS) in a private network
// namespace, with a real Guard over the example site policy: type a name,
// press Enter, see the study; open it and it is in the encrypted cache;
// cancel and nothing is kept; a refusal or a wrong certificate is a banner
// that says which.

#include "identity_support.h"
#include "pacs_peer.h"
#include "test_support.h"

#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/dicom/demo_study.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/retrieved_study.h"
#include "core/policy/policy_loader.h"
#include "core/pacs/pacs_credentials.h"
#include "ui/pacs/pacs_login_dialog.h"
#include "ui/pacs/study_browser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using custos::testsupport::PacsPeer;

class TestStudyBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void typeAndEnterFindsTheStudy();
    void openRetrievesIntoTheEncryptedCache();
    void openByMoveRetrievesIntoTheEncryptedCache();
    void cancelKeepsNothing();
    void aRoleWithoutQueryPacsSeesTheReason();
    void aWrongCertificateIsABannerThatSaysSo();
    void aRefusedPacsPasswordIsAskedForAndRetried();

private:
    std::unique_ptr<ui::StudyBrowser> browser(const QString& role, policy::PacsNode node);
    QTemporaryDir m_dir;
    std::unique_ptr<PacsPeer> m_peer;
    dicom::DemoStudyInfo m_demo;
    std::shared_ptr<const policy::Policy> m_policy;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<cache::StudyCache> m_cache;
    std::vector<audit::Event> m_audit;
    std::vector<std::unique_ptr<policy::Guard>> m_guards;
};

void TestStudyBrowser::initTestCase()
{
    if (const QString why = PacsPeer::unavailable(); !why.isEmpty())
        CUSTOS_SKIP_UNLESS_CI(qPrintable(why));
    m_peer = std::make_unique<PacsPeer>(m_dir.filePath(QStringLiteral("pacs")));
    const QString problem = m_peer->start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    dicom::DemoStudyOptions options;
    options.slices = 12;
    options.size = 64;
    const QString demoDir = m_dir.filePath(QStringLiteral("demo"));
    auto demo = dicom::writeDemoStudy(demoDir, options);
    QVERIFY(demo.ok());
    m_demo = demo.value();
    std::vector<pacs::StoreItem> items;
    for (const QString& name : QDir(demoDir).entryList(QDir::Files)) {
        QFile f(QDir(demoDir).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        items.push_back({name, f.readAll()});
    }
    auto stored = pacs::DimseClient(m_peer->node()).store(items);
    QVERIFY2(stored.ok() && stored.value().failures.isEmpty(), stored ? "" : qPrintable(stored.errorMessage()));

    // The example site policy, version 2, radiologists may query and retrieve.
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
}

void TestStudyBrowser::cleanupTestCase()
{
    if (m_peer)
        m_peer->stop();
}

std::unique_ptr<ui::StudyBrowser> TestStudyBrowser::browser(const QString& role, policy::PacsNode node)
{
    const auth::Identity who = testsupport::person(role);
    m_guards.push_back(std::make_unique<policy::Guard>(
        policy::GuardParts{m_policy, policy::signInRequester(who), [this](const audit::Event& e) { m_audit.push_back(e); }, nullptr, nullptr, {}, {}, {}}));
    policy::Guard* guard = m_guards.back().get();
    auto decide = [guard](policy::Action a, const policy::Subject& s) {
        const policy::Decision d = guard->request(a, s, {});
        return d.allowed() ? QString() : d.reason;
    };
    auto b = std::make_unique<ui::StudyBrowser>(std::vector<policy::PacsNode>{node}, m_cache, decide);
    b->resize(900, 600);
    b->show();
    return b;
}

void TestStudyBrowser::typeAndEnterFindsTheStudy()
{
    auto b = browser(QStringLiteral("radiologist"), m_peer->node());
    QSignalSpy done(b.get(), &ui::StudyBrowser::searchFinished);
    auto* name = b->findChild<QLineEdit*>(QStringLiteral("patientName"));
    QVERIFY(name);
    QTest::keyClicks(name, QStringLiteral("DEMO*"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), true);
    QCOMPARE(b->resultCount(), 1);
    auto* table = b->findChild<QTableWidget*>(QStringLiteral("results"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("DEMO^CUSTOS"));
    QCOMPARE(table->item(0, 6)->text(), QString::number(m_demo.files));
    QVERIFY(!m_audit.empty());
    QCOMPARE(m_audit.back().id.code, QStringLiteral("110112"));
    b->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/study-browser.png"));
}

void TestStudyBrowser::openRetrievesIntoTheEncryptedCache()
{
    auto b = browser(QStringLiteral("radiologist"), m_peer->node());
    QSignalSpy searched(b.get(), &ui::StudyBrowser::searchFinished);
    b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
    b->search();
    QVERIFY(searched.wait(20000));
    QSignalSpy retrieved(b.get(), &ui::StudyBrowser::studyRetrieved);
    QSignalSpy finished(b.get(), &ui::StudyBrowser::retrieveFinished);
    b->openSelected();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(b->bannerText()));
    QCOMPARE(retrieved.size(), 1);
    QCOMPARE(retrieved.first().at(1).toString(), m_demo.studyInstanceUid);
    QCOMPARE(retrieved.first().at(2).toInt(), m_demo.files);
    QVERIFY(pacs::isRetrieved(*m_cache, m_peer->node().name, m_demo.studyInstanceUid));
    QVERIFY2(b->bannerText().contains(QStringLiteral("encrypted cache")), qPrintable(b->bannerText()));
    QCOMPARE(m_audit.back().id.code, QStringLiteral("110104"));
}

// A node that says "retrieve": "move": the browser's Open goes through
// Custos's receiving SCP (core/study, the same path as the CLI's).
void TestStudyBrowser::openByMoveRetrievesIntoTheEncryptedCache()
{
    const policy::PacsNode node = m_peer->moveNode(QStringLiteral("move-pacs"));
    auto b = browser(QStringLiteral("radiologist"), node);
    QSignalSpy searched(b.get(), &ui::StudyBrowser::searchFinished);
    b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
    b->search();
    QVERIFY(searched.wait(20000));
    QSignalSpy finished(b.get(), &ui::StudyBrowser::retrieveFinished);
    b->openSelected();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(b->bannerText()));
    QVERIFY(pacs::isRetrieved(*m_cache, node.name, m_demo.studyInstanceUid));
    auto cached = pacs::loadRetrievedStudy(*m_cache, node.name, m_demo.studyInstanceUid);
    QVERIFY(cached.ok());
    QCOMPARE(int(cached.value().size()), m_demo.files);
}

void TestStudyBrowser::cancelKeepsNothing()
{
    policy::PacsNode node = m_peer->node();
    node.name = QStringLiteral("cancelled-pacs"); // its own cache entry
    auto b = browser(QStringLiteral("radiologist"), node);
    QSignalSpy searched(b.get(), &ui::StudyBrowser::searchFinished);
    b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
    b->search();
    QVERIFY(searched.wait(20000));
    QSignalSpy finished(b.get(), &ui::StudyBrowser::retrieveFinished);
    b->openSelected();
    QVERIFY(b->busy());
    b->cancel(); // before the first instance can arrive
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(b->lastFailure(), pacs::Failure::Cancelled);
    QVERIFY2(b->bannerText().contains(QStringLiteral("Cancelled")), qPrintable(b->bannerText()));
    QVERIFY(!pacs::isRetrieved(*m_cache, node.name, m_demo.studyInstanceUid));
}

void TestStudyBrowser::aRoleWithoutQueryPacsSeesTheReason()
{
    auto b = browser(QStringLiteral("technologist"), m_peer->node());
    b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
    b->search();
    QVERIFY(!b->busy()); // refused before anything went to the PACS
    QVERIFY2(b->bannerText().contains(QStringLiteral("technologist")), qPrintable(b->bannerText()));
    QCOMPARE(b->resultCount(), 0);
    QCOMPARE(m_audit.back().id.code, QStringLiteral("110113"));
}

void TestStudyBrowser::aWrongCertificateIsABannerThatSaysSo()
{
    policy::PacsNode node = m_peer->node();
    node.tlsSettings.caFile = m_peer->file("other-ca.pem");
    auto b = browser(QStringLiteral("radiologist"), node);
    QSignalSpy done(b.get(), &ui::StudyBrowser::searchFinished);
    b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
    b->search();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(b->lastFailure(), pacs::Failure::UntrustedCertificate);
    QVERIFY2(b->bannerText().contains(QStringLiteral("not trusted")), qPrintable(b->bannerText()));
    b->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/study-browser-untrusted.png"));
}

// A DICOMweb node with "auth": "basic" (Orthanc's RegisteredUsers behind
// stunnel): none stored, then a wrong one from the keychain, each asks in a
// small dialog; what the person types is tried, kept in the keychain when
// asked, and never shown.
void TestStudyBrowser::aRefusedPacsPasswordIsAskedForAndRetried()
{
    const QString password = QStringLiteral("Bx4-osprey-PACSPW-9921");
    const QString wrong = QStringLiteral("Bx4-osprey-WRONG-0000");
    m_peer->stop(); // last: the PACS comes back wanting a password
    m_peer->setBasicUser(QStringLiteral("ada"), password);
    const QString started = m_peer->start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    policy::PacsNode node = m_peer->node(QStringLiteral("basic-pacs"));
    node.aeTitle.clear(); // DICOMweb only
    node.auth = policy::PacsAuth::Basic;
    std::shared_ptr<crypto::KeyStore> keychain = crypto::makeMemoryKeyStore();
    auto store = std::make_shared<pacs::CredentialStore>(keychain);

    // Nothing stored: the browser says so and asks.
    {
        auto b = browser(QStringLiteral("radiologist"), node);
        b->setCredentialStore(store);
        QSignalSpy done(b.get(), &ui::StudyBrowser::searchFinished);
        QSignalSpy asked(b.get(), &ui::StudyBrowser::credentialsRequested);
        b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
        b->search();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(b->lastFailure(), pacs::Failure::CredentialsMissing);
        QVERIFY2(b->bannerText().contains(QStringLiteral("\"basic-pacs\"")) && b->bannerText().contains(QStringLiteral("none are stored")),
                 qPrintable(b->bannerText()));
        QCOMPARE(asked.size(), 1);
        auto* dialog = b->findChild<ui::PacsLoginDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
    }

    // A wrong password in the keychain: refused, said without it, asked again; the right one typed works and is remembered.
    QVERIFY(store->storeBasic(node.name, {QStringLiteral("ada"), wrong}).ok());
    auto b = browser(QStringLiteral("radiologist"), node);
    b->setCredentialStore(store);
    QSignalSpy done(b.get(), &ui::StudyBrowser::searchFinished);
    QSignalSpy asked(b.get(), &ui::StudyBrowser::credentialsRequested);
    b->findChild<QLineEdit*>(QStringLiteral("patientName"))->setText(QStringLiteral("DEMO*"));
    b->search();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    QCOMPARE(b->lastFailure(), pacs::Failure::CredentialsRefused);
    QVERIFY2(b->bannerText().contains(QStringLiteral("\"basic-pacs\"")) && b->bannerText().contains(QStringLiteral("refused the PACS user name and password")),
             qPrintable(b->bannerText()));
    QVERIFY(!b->bannerText().contains(wrong));
    QCOMPARE(asked.size(), 1);
    auto* dialog = b->findChild<ui::PacsLoginDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    auto* user = dialog->findChild<QLineEdit*>(QStringLiteral("pacsUser"));
    auto* typed = dialog->findChild<QLineEdit*>(QStringLiteral("pacsPassword"));
    QVERIFY(user && typed);
    QCOMPARE(typed->echoMode(), QLineEdit::Password);
    QCOMPARE(user->text(), QString()); // the keychain's user name is not shown back either
    QTest::keyClicks(user, QStringLiteral("ada"));
    QTest::keyClicks(typed, password);
    dialog->findChild<QCheckBox*>(QStringLiteral("rememberInKeychain"))->setChecked(true);
    dialog->grab().save(QStringLiteral(CUSTOS_BINARY_DIR "/study-browser-pacs-login.png"));
    dialog->accept();
    QVERIFY(done.wait(20000));
    QVERIFY2(done.last().first().toBool(), qPrintable(b->bannerText()));
    QCOMPARE(b->resultCount(), 1);
    auto kept = store->basic(node.name);
    QVERIFY(kept.ok() && kept.value());
    QCOMPARE(kept.value()->password, password);

    // Opening the study uses the remembered password too.
    QSignalSpy finished(b.get(), &ui::StudyBrowser::retrieveFinished);
    b->openSelected();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(b->bannerText()));
    QVERIFY(pacs::isRetrieved(*m_cache, node.name, m_demo.studyInstanceUid));
    // The password is in no file the cache holds, nor in an audit record.
    QVERIFY(testsupport::filesContaining(m_dir.filePath(QStringLiteral("cache")), password.toUtf8()).isEmpty());
    for (const audit::Event& e : m_audit) {
        QVERIFY(!e.outcomeDescription.contains(password) && !e.outcomeDescription.contains(wrong));
        for (const audit::ParticipantObject& o : e.objects)
            QVERIFY(!o.detail.contains(password) && !o.name.contains(password) && !o.detail.contains(wrong));
    }
}

QTEST_MAIN(TestStudyBrowser)
#include "tst_study_browser.moc"
