// SPDX-License-Identifier: Apache-2.0
// core/study, the one way in: a study the Guard refuses is withheld with
// its AI objects (nothing of it is found, listed or counted), every
// decision is recorded, a de-identified-only role sees masked
// demographics, and the typed stack identifier round-trips.

#include "core/ai/demo_findings.h"
#include "core/cache/study_cache.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/dicom/demo_study.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/study/study_access.h"
#include "identity_support.h"

#include <QtTest>

using namespace custos;
using policy::Action;

namespace {

using testsupport::person;

} // namespace

class TestStudyAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { m_events.clear(); }

    void aRefusedStudyIsWithheldWithItsAiObjectsAndRecorded();
    void anAllowedStudyKeepsItsAiObjectsAndIsRecorded();
    void aDeidentifiedOnlyRoleSeesMaskedDemographics();
    void aiObjectsReadOnTheirOwnFollowTheirStudysDecision();
    void nobodyAskedMeansNothingShown();
    void pixelsLoadThroughCoreStudy();
    void theCacheWriteCanBeLeftToTheCaller();
    void stackIdRoundTripsAndRejectsJunk();

private:
    std::unique_ptr<policy::Guard> guardFor(const QString& role);

    QTemporaryDir m_dir;
    QString m_study;
    QString m_studyUid;
    std::shared_ptr<const policy::Policy> m_policy;
    std::vector<audit::Event> m_events;
};

void TestStudyAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = m_dir.filePath(QStringLiteral("study"));
    dicom::DemoStudyOptions demo;
    demo.slices = 8;
    demo.size = 64;
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    m_studyUid = written.value().studyInstanceUid;
    auto findings = ai::writeDemoFindings(m_study, demo); // a SEG and a heatmap next to the study
    QVERIFY2(findings.ok(), qPrintable(findings.ok() ? QString() : findings.errorMessage()));
    auto parsed = policy::parsePolicy(policy::exampleSitePolicyJson(), QStringLiteral("example-site-policy.json"));
    QVERIFY(parsed.ok());
    m_policy = std::make_shared<const policy::Policy>(std::move(parsed).value());
}

std::unique_ptr<policy::Guard> TestStudyAccess::guardFor(const QString& role)
{
    const auth::Identity who = person(role);
    policy::GuardParts parts;
    parts.policy = m_policy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [this](const audit::Event& e) { m_events.push_back(e); };
    return std::make_unique<policy::Guard>(std::move(parts));
}

void TestStudyAccess::aRefusedStudyIsWithheldWithItsAiObjectsAndRecorded()
{
    // The support engineer manages the cache; seeing studies is not theirs.
    auto guard = guardFor(QStringLiteral("support-engineer"));
    dicom::Catalog catalog = study::scanForViewing({m_study});
    QCOMPARE(int(catalog.studies.size()), 1);
    QVERIFY(!study::aiFilesOf(catalog).isEmpty()); // there is something to withhold
    const auto withheld = study::admit(catalog, study::guardDecider(*guard, QStringLiteral("Image review")));
    QCOMPARE(int(withheld.size()), 1);
    QCOMPARE(withheld.front().subject.studyUid, m_studyUid);
    QVERIFY(!withheld.front().decision.reason.isEmpty());
    QVERIFY(catalog.studies.empty());
    QVERIFY2(study::aiFilesOf(catalog).isEmpty(), qPrintable(study::aiFilesOf(catalog).join(QLatin1Char(' '))));
    // The refusal is on record: a Security Alert naming the study.
    QCOMPARE(int(m_events.size()), 1);
    QCOMPARE(m_events.front().id.code, QStringLiteral("110113"));
    QVERIFY(m_events.front().outcomeDescription.contains(QStringLiteral("ViewStudy")));
}

void TestStudyAccess::anAllowedStudyKeepsItsAiObjectsAndIsRecorded()
{
    auto guard = guardFor(QStringLiteral("radiologist"));
    dicom::Catalog catalog = study::scanForViewing({m_study});
    // The AI objects are set aside: no series of the study is a SEG or map stack.
    for (const dicom::Series& series : catalog.studies.front().series)
        for (const dicom::Stack& stack : series.stacks)
            QVERIFY(!ai::isAiSopClass(catalog.instanceOf(stack.frames.front()).sopClassUid));
    const auto withheld = study::admit(catalog, study::guardDecider(*guard, QStringLiteral("Image review")));
    QVERIFY(withheld.empty());
    QCOMPARE(int(catalog.studies.size()), 1);
    QCOMPARE(catalog.studies.front().patientId, QStringLiteral("CUSTOS-DEMO-0001"));
    QVERIFY(study::aiFilesOf(catalog).size() >= 2);
    QCOMPARE(int(m_events.size()), 1);
    QCOMPARE(m_events.front().id.code, QStringLiteral("110103"));
}

void TestStudyAccess::aDeidentifiedOnlyRoleSeesMaskedDemographics()
{
    auto guard = guardFor(QStringLiteral("data-scientist"));
    dicom::Catalog catalog = study::scanForViewing({m_study});
    QVERIFY(study::admit(catalog, study::guardDecider(*guard, QStringLiteral("Research"))).empty());
    const dicom::Study& s = catalog.studies.front();
    QVERIFY(s.patientId.isEmpty());
    QVERIFY(s.patientName != QStringLiteral("DEMO^CUSTOS"));
    QVERIFY(s.patientBirthDate.isEmpty());
    QVERIFY(s.studyDate.size() <= 4);
}

void TestStudyAccess::aiObjectsReadOnTheirOwnFollowTheirStudysDecision()
{
    dicom::Catalog catalog = study::scanForViewing({m_study});
    const QStringList files = study::aiFilesOf(catalog);
    std::vector<ai::AiObject> objects;
    for (const QString& f : files)
        if (auto o = ai::readAiObject(f))
            objects.push_back(std::move(o).value());
    QVERIFY(!objects.empty());
    auto refusing = guardFor(QStringLiteral("support-engineer"));
    const std::vector<bool> none = study::admitAiObjects(objects, files, study::guardDecider(*refusing, QStringLiteral("findings")));
    QCOMPARE(none.size(), objects.size());
    QVERIFY(std::none_of(none.begin(), none.end(), [](bool b) { return b; }));
    QCOMPARE(int(m_events.size()), 1); // one decision for the one study, however many objects
    QCOMPARE(m_events.front().id.code, QStringLiteral("110113"));
    auto allowing = guardFor(QStringLiteral("radiologist"));
    const std::vector<bool> all = study::admitAiObjects(objects, files, study::guardDecider(*allowing, QStringLiteral("findings")));
    QVERIFY(std::all_of(all.begin(), all.end(), [](bool b) { return b; }));
}

void TestStudyAccess::nobodyAskedMeansNothingShown()
{
    dicom::Catalog catalog = study::scanForViewing({m_study});
    const auto withheld = study::admit(catalog, {});
    QCOMPARE(int(withheld.size()), 1);
    QVERIFY(catalog.studies.empty());
    QVERIFY(study::aiFilesOf(catalog).isEmpty());
}

void TestStudyAccess::pixelsLoadThroughCoreStudy()
{
    dicom::Catalog catalog = study::scanForViewing({m_study});
    const dicom::Stack& stack = catalog.studies.front().series.front().stacks.front();
    auto volume = dicom::createVolume(catalog, stack);
    int ready = 0;
    dicom::LoadOptions options;
    options.sliceReady = [&ready](int) { ++ready; };
    const study::PixelLoad load = study::loadPixels(catalog, stack, *volume, nullptr, options, {}, QStringLiteral("ada"));
    QVERIFY(!load.fromCache);
    QVERIFY(load.report.errors.empty());
    QCOMPARE(ready, volume->geometry().slices);
}

// The viewer reports a series loaded before the encrypted cache has it
// (CacheWrite::ByCaller), then stores it; the next load comes from the cache
// and equals the files, voxel for voxel.
void TestStudyAccess::theCacheWriteCanBeLeftToTheCaller()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = crypto::makeMemoryKeyStore();
    auto keys = crypto::KeyManager::open(*store);
    QVERIFY(keys.ok());
    auto opened = cache::StudyCache::open(dir.path(), keys.value());
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.errorMessage()));
    cache::StudyCache& cache = *opened.value();

    dicom::Catalog catalog = study::scanForViewing({m_study});
    const dicom::Stack& stack = catalog.studies.front().series.front().stacks.front();
    const QString key = cache::StudyCache::keyFor(catalog, stack);
    auto first = dicom::createVolume(catalog, stack);
    const study::PixelLoad load =
        study::loadPixels(catalog, stack, *first, &cache, {}, {}, QStringLiteral("ada"), study::CacheWrite::ByCaller);
    QVERIFY(!load.fromCache);
    QVERIFY(load.report.errors.empty());
    QVERIFY(load.cachePending);
    QVERIFY(!cache.contains(key)); // not written yet: left to the caller
    study::storeInCache(cache, catalog, stack, *first);
    QVERIFY(cache.contains(key));

    auto second = dicom::createVolume(catalog, stack);
    const study::PixelLoad again = study::loadPixels(catalog, stack, *second, &cache, {}, {}, QStringLiteral("ada"));
    QVERIFY(again.fromCache);
    QVERIFY(!again.cachePending);
    QCOMPARE(second->totalBytes(), first->totalBytes());
    QVERIFY(std::memcmp(second->data(), first->data(), first->totalBytes()) == 0);

    // The default writes before returning, as before.
    QTemporaryDir dir2;
    auto opened2 = cache::StudyCache::open(dir2.path(), keys.value());
    QVERIFY(opened2.ok());
    auto third = dicom::createVolume(catalog, stack);
    const study::PixelLoad now = study::loadPixels(catalog, stack, *third, opened2.value().get(), {}, {}, QStringLiteral("ada"));
    QVERIFY(!now.cachePending);
    QVERIFY(opened2.value()->contains(key));
}

void TestStudyAccess::stackIdRoundTripsAndRejectsJunk()
{
    const study::StackId id{QStringLiteral("1.2.3"), QStringLiteral("1.2.3.4"), 2};
    QCOMPARE(study::StackId::fromKey(id.key()), std::optional<study::StackId>(id));
    QVERIFY(id.isValid());
    for (const QString& junk : {QString(), QStringLiteral("1.2.3"), QStringLiteral("/1.2#0"), QStringLiteral("1.2/#0"), QStringLiteral("1.2/3.4#x"),
                                QStringLiteral("1.2/3.4#-1")})
        QVERIFY2(!study::StackId::fromKey(junk), qPrintable(junk));
    dicom::Catalog catalog = study::scanForViewing({m_study});
    const dicom::Stack& stack = catalog.studies.front().series.front().stacks.front();
    const study::StackId of = study::StackId::of(stack);
    QCOMPARE(of.studyUid, m_studyUid);
    QCOMPARE(of.seriesUid, stack.seriesInstanceUid);
    QSet<study::StackId> set{of, of};
    QCOMPARE(set.size(), 1);
}

QTEST_GUILESS_MAIN(TestStudyAccess)
#include "tst_study_access.moc"
