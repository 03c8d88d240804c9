// SPDX-License-Identifier: Apache-2.0
// The reader's own marks on real files: measurements as a Grayscale
// Softcopy Presentation State and key images as a Key Object Selection,
// written beside a real study on the Guard's permit, checked by DCMTK's
// dcmpschk and dicom3tools' dciodvfy, read back with DCMTK, refused and
// recorded for a role that may not export, and damaged or hostile files
// beside the study read as errors that lose nothing.

#include "core/ai/ai_reader.h"
#include "core/dicom/demo_study.h"
#include "core/dicom/scanner.h"
#include "core/export/reading_marks.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/study/study_access.h"
#include "identity_support.h"
#include "test_support.h"

#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace custos;
using policy::Action;
using exports::ImageMark;
using exports::MarkedImage;

namespace {

// The error lines of a validator run on `path` (a validator that did not
// run is an error, not a pass). dciodvfy prints "Error - ...", dcmpschk
// "Error: ..." or "E: ...".
QStringList validatorErrors(const QString& program, const QString& path)
{
    QProcess p;
    p.start(program, {path});
    if (!p.waitForStarted(30000))
        return {QStringLiteral("Error - %1 could not be started: %2").arg(program, p.errorString())};
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {QStringLiteral("Error - %1 did not finish normally on %2").arg(program, path)};
    QStringList errors;
    const QString out = QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        const QString l = line.trimmed();
        if (l.startsWith(QLatin1String("Error")) || l.startsWith(QLatin1String("E:")) || l.startsWith(QLatin1String("F:")))
            errors << l;
    }
    if (program == QLatin1String("dcmpschk") && p.exitCode() != 0)
        errors << QStringLiteral("dcmpschk exit code %1: %2").arg(p.exitCode()).arg(out.right(2000));
    return errors;
}

using testsupport::filesUnder;

} // namespace

class TestReadingMarks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void presentationStateReloadsTheSameMarksAndPassesTheCheckers();
    void keyObjectSelectionListsExactlyTheFlaggedImages();
    void savingIsRefusedAndRecordedForARoleWithoutExportRights();
    void theWriterTakesNoOtherPermit();
    void damagedOrHostileSavedMarksAreErrorsAndNothingIsLost();
    void savedMarksAreNotAiResults();
    void aPlantedLinkReceivesNothing();

private:
    std::unique_ptr<policy::Guard> guardFor(const QString& role);
    MarkedImage image(int slice) const;
    exports::SeriesMarks sampleMarks() const;
    policy::Subject subject() const;

    QTemporaryDir m_dir;
    QString m_study;
    dicom::Catalog m_catalog;
    const dicom::Stack* m_stack = nullptr;
    QString m_studyUid, m_seriesUid, m_marksFolder;
    std::shared_ptr<const policy::Policy> m_policy;
    std::vector<audit::Event> m_events;
};

void TestReadingMarks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_study = m_dir.filePath(QStringLiteral("study"));
    dicom::DemoStudyOptions demo;
    demo.slices = 8;
    demo.size = 64;
    auto written = dicom::writeDemoStudy(m_study, demo);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.errorMessage()));
    m_studyUid = written.value().studyInstanceUid;
    m_seriesUid = written.value().seriesInstanceUid;
    m_catalog = dicom::scanPaths({m_study});
    for (const auto& study : m_catalog.studies)
        for (const auto& series : study.series)
            for (const auto& stack : series.stacks)
                if (stack.frames.size() == 8)
                    m_stack = &stack;
    QVERIFY(m_stack);
    m_marksFolder = study::savedMarksFolder(m_catalog, m_studyUid);
    QCOMPARE(m_marksFolder, QDir(m_study).absoluteFilePath(QStringLiteral("custos-marks")));

    QJsonObject root = QJsonDocument::fromJson(policy::exampleSitePolicyJson()).object();
    root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_dir.filePath(QStringLiteral("exports"))});
    QJsonObject training = root.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("modules"), QJsonArray{});
    root.insert(QStringLiteral("training"), training);
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("test-policy.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(std::move(parsed).value());
}

void TestReadingMarks::init()
{
    m_events.clear();
    QDir(m_marksFolder).removeRecursively();
}

std::unique_ptr<policy::Guard> TestReadingMarks::guardFor(const QString& role)
{
    const auth::Identity who = testsupport::person(role, role);
    policy::GuardParts parts;
    parts.policy = m_policy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [this](const audit::Event& e) { m_events.push_back(e); };
    return std::make_unique<policy::Guard>(std::move(parts));
}

MarkedImage TestReadingMarks::image(int slice) const
{
    const dicom::Instance& inst = m_catalog.instanceOf(m_stack->frames[std::size_t(slice)]);
    return {inst.sopClassUid, inst.sopInstanceUid, inst.seriesInstanceUid, 0, false};
}

exports::SeriesMarks TestReadingMarks::sampleMarks() const
{
    exports::SeriesMarks s;
    s.sourceFile = m_catalog.instanceOf(m_stack->frames.front()).filePath;
    s.studyInstanceUid = m_studyUid;
    s.seriesInstanceUid = m_seriesUid;
    for (std::size_t k = 0; k < m_stack->frames.size(); ++k)
        s.images.push_back(image(int(k)));
    s.rows = m_stack->rows;
    s.columns = m_stack->columns;
    s.creator = QStringLiteral("Radiologist^Test");
    s.marks.push_back({ImageMark::Kind::Distance, image(2), {{10.5, 12.5}, {40.25, 30.75}}, QStringLiteral("27.1 mm")});
    s.marks.push_back({ImageMark::Kind::Ellipse, image(3), {{20.5, 20.5}, {44.5, 34.5}}, QStringLiteral("mean 40 HU")});
    s.marks.push_back({ImageMark::Kind::Angle, image(3), {{5.5, 5.5}, {30.5, 30.5}, {55.5, 5.5}}, QStringLiteral("90.0°")});
    s.marks.push_back({ImageMark::Kind::Freehand, image(5), {{10, 10}, {30, 12}, {28, 40}, {8, 35}}, QString()});
    return s;
}

policy::Subject TestReadingMarks::subject() const
{
    policy::Subject s;
    s.studyUid = m_studyUid;
    s.seriesUid = m_seriesUid;
    s.patientId = m_catalog.studies.front().patientId;
    s.patientName = m_catalog.studies.front().patientName;
    s.description = QStringLiteral("reading marks saved with the study");
    return s;
}

void TestReadingMarks::presentationStateReloadsTheSameMarksAndPassesTheCheckers()
{
    const exports::SeriesMarks marks = sampleMarks();
    auto bytes = exports::buildPresentationState(marks);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.errorMessage()));
    auto guard = guardFor(QStringLiteral("radiologist"));
    const policy::Decision d = guard->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    QVERIFY2(d.allowed(), qPrintable(d.reason));
    auto path = exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, exports::presentationStateFileName(m_seriesUid), bytes.value());
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.errorMessage()));
    QCOMPARE(QFileInfo(path.value()).absolutePath(), m_marksFolder);
    QVERIFY(!(QFile::permissions(path.value()) & (QFile::ReadGroup | QFile::ReadOther)));
    QCOMPARE(m_events.size(), std::size_t(1)); // the Guard's decision, recorded
    QCOMPARE(m_events.front().outcome, audit::Outcome::Success);

    if (qEnvironmentVariableIsSet("CUSTOS_KEEP_MARKS")) // to look at it with dcmpschk, dciodvfy or dcmdump by hand
        QFile::copy(path.value(), qEnvironmentVariable("CUSTOS_KEEP_MARKS") + QStringLiteral("/PS.dcm"));
    const QStringList pschk = validatorErrors(QStringLiteral("dcmpschk"), path.value());
    QVERIFY2(pschk.isEmpty(), qPrintable(pschk.join(QLatin1Char('\n'))));
    const QStringList iod = validatorErrors(QStringLiteral("dciodvfy"), path.value());
    QVERIFY2(iod.isEmpty(), qPrintable(iod.join(QLatin1Char('\n'))));

    auto read = exports::readPresentationState(path.value());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.errorMessage()));
    QCOMPARE(read.value().studyInstanceUid, m_studyUid);
    QCOMPARE(read.value().seriesInstanceUid, m_seriesUid);
    QCOMPARE(read.value().creator, QStringLiteral("Radiologist^Test"));
    QCOMPARE(read.value().marks.size(), marks.marks.size());
    for (std::size_t i = 0; i < marks.marks.size(); ++i) {
        const ImageMark& a = marks.marks[i];
        const ImageMark& b = read.value().marks[i];
        QCOMPARE(int(b.kind), int(a.kind));
        QCOMPARE(b.image.sopInstanceUid, a.image.sopInstanceUid);
        QCOMPARE(b.image.sopClassUid, a.image.sopClassUid);
        QCOMPARE(b.points.size(), a.points.size());
        for (std::size_t p = 0; p < a.points.size(); ++p) {
            QVERIFY2(std::abs(a.points[p].x() - b.points[p].x()) < 1e-3 && std::abs(a.points[p].y() - b.points[p].y()) < 1e-3,
                     qPrintable(QStringLiteral("mark %1 point %2").arg(i).arg(p)));
        }
    }
}

void TestReadingMarks::keyObjectSelectionListsExactlyTheFlaggedImages()
{
    exports::KeyImages keys;
    keys.sourceFile = m_catalog.instanceOf(m_stack->frames.front()).filePath;
    keys.studyInstanceUid = m_studyUid;
    keys.images = {image(1), image(4), image(6)};
    keys.title = exports::keyImageTitles()[1];
    QCOMPARE(keys.title.meaning, QStringLiteral("For Teaching"));
    keys.description = QStringLiteral("Three images of the lesion");
    auto bytes = exports::buildKeyObjectSelection(keys);
    QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.errorMessage()));
    auto guard = guardFor(QStringLiteral("radiologist"));
    const policy::Decision d = guard->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    QVERIFY2(d.allowed(), qPrintable(d.reason));
    auto path = exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, exports::keyObjectFileName(m_studyUid), bytes.value());
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.errorMessage()));
    if (qEnvironmentVariableIsSet("CUSTOS_KEEP_MARKS"))
        QFile::copy(path.value(), qEnvironmentVariable("CUSTOS_KEEP_MARKS") + QStringLiteral("/KO.dcm"));
    const QStringList iod = validatorErrors(QStringLiteral("dciodvfy"), path.value());
    QVERIFY2(iod.isEmpty(), qPrintable(iod.join(QLatin1Char('\n'))));

    // Read back with DCMTK itself, not with the reader under test.
    DcmFileFormat file;
    QVERIFY(file.loadFile(path.value().toLocal8Bit().constData()).good());
    DSRDocument doc;
    QVERIFY(doc.read(*file.getDataset()).good());
    QCOMPARE(doc.getDocumentType(), DSRTypes::DT_KeyObjectSelectionDocument);
    DSRDocumentTree& tree = doc.getTree();
    QVERIFY(tree.gotoRoot() > 0);
    QCOMPARE(QString::fromStdString(tree.getCurrentContentItem().getConceptName().getCodeValue().c_str()), QStringLiteral("113004"));
    QStringList listed;
    QVERIFY(tree.goDown() > 0);
    do {
        const DSRContentItem& item = tree.getCurrentContentItem();
        if (item.getValueType() == DSRTypes::VT_Image)
            listed << QString::fromLatin1(item.getImageReference().getSOPInstanceUID().c_str());
    } while (tree.gotoNext() > 0);
    QCOMPARE(listed, (QStringList{image(1).sopInstanceUid, image(4).sopInstanceUid, image(6).sopInstanceUid}));
    // The evidence names exactly those three as well.
    QCOMPARE(doc.getCurrentRequestedProcedureEvidence().getNumberOfInstances(), std::size_t(3));

    auto read = exports::readKeyObjectSelection(path.value());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.errorMessage()));
    QCOMPARE(read.value().images.size(), std::size_t(3));
    QCOMPARE(read.value().images[1].sopInstanceUid, image(4).sopInstanceUid);
    QCOMPARE(read.value().images[1].seriesInstanceUid, m_seriesUid);
    QCOMPARE(read.value().title.meaning, QStringLiteral("For Teaching"));
    QCOMPARE(read.value().description, QStringLiteral("Three images of the lesion"));
}

void TestReadingMarks::savingIsRefusedAndRecordedForARoleWithoutExportRights()
{
    auto guard = guardFor(QStringLiteral("technologist"));
    const policy::Decision d = guard->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    QVERIFY(!d.allowed());
    QVERIFY(!d.permit);
    QVERIFY(!d.reason.isEmpty());
    QCOMPARE(m_events.size(), std::size_t(1));
    QCOMPARE(m_events.front().id.code, QStringLiteral("110113")); // Security Alert: use of a restricted function
    QVERIFY(m_events.front().outcome != audit::Outcome::Success);
    auto bytes = exports::buildPresentationState(sampleMarks());
    QVERIFY(bytes.ok());
    auto path = exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, exports::presentationStateFileName(m_seriesUid), bytes.value());
    QVERIFY(!path.ok());
    QVERIFY(!QFileInfo::exists(m_marksFolder));
}

void TestReadingMarks::theWriterTakesNoOtherPermit()
{
    auto bytes = exports::buildPresentationState(sampleMarks());
    QVERIFY(bytes.ok());
    const QString name = exports::presentationStateFileName(m_seriesUid);
    // Another action's permit (an image export).
    auto radiologist = guardFor(QStringLiteral("radiologist"));
    policy::Subject image = subject();
    const policy::Decision img = radiologist->request(Action::ExportImage, image, QStringLiteral("reading"));
    QVERIFY2(img.allowed(), qPrintable(img.reason));
    QVERIFY(!exports::MarksWriter::write(img.permit.get(), m_studyUid, m_marksFolder, name, bytes.value()).ok());
    // Another study's permit.
    policy::Subject other = subject();
    other.studyUid = QStringLiteral("1.2.3.4");
    const policy::Decision elsewhere = radiologist->request(Action::ExportDicom, other, QStringLiteral("reading"));
    QVERIFY(elsewhere.allowed());
    QVERIFY(!exports::MarksWriter::write(elsewhere.permit.get(), m_studyUid, m_marksFolder, name, bytes.value()).ok());
    // A de-identified-only role: the marks name the patient.
    auto scientist = guardFor(QStringLiteral("data-scientist"));
    const policy::Decision deid = scientist->request(Action::ExportDicom, subject(), QStringLiteral("research"));
    if (deid.allowed()) {
        QVERIFY(deid.permit->deidentify());
        auto refused = exports::MarksWriter::write(deid.permit.get(), m_studyUid, m_marksFolder, name, bytes.value());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("de-identified")), qPrintable(refused.errorMessage()));
    }
    // A name with a path in it.
    const policy::Decision ok = radiologist->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    QVERIFY(!exports::MarksWriter::write(ok.permit.get(), m_studyUid, m_marksFolder, QStringLiteral("../escape.dcm"), bytes.value()).ok());
    QVERIFY(!QFileInfo::exists(m_study + QStringLiteral("/escape.dcm")));
    QVERIFY(!QFileInfo::exists(m_marksFolder));
}

void TestReadingMarks::damagedOrHostileSavedMarksAreErrorsAndNothingIsLost()
{
    auto bytes = exports::buildPresentationState(sampleMarks());
    QVERIFY(bytes.ok());
    QVERIFY(QDir().mkpath(m_marksFolder));
    const QString ps = QDir(m_marksFolder).filePath(exports::presentationStateFileName(m_seriesUid));
    const QString ko = QDir(m_marksFolder).filePath(exports::keyObjectFileName(m_studyUid));
    const auto put = [](const QString& path, const QByteArray& data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    };
    // Garbage, a truncated real one, and the real one with its point count inflated.
    QVERIFY(put(ps, QByteArray("not a DICOM file at all")));
    QVERIFY(!exports::readPresentationState(ps).ok());
    QVERIFY(put(ps, bytes.value().left(bytes.value().size() / 2)));
    QVERIFY(!exports::readPresentationState(ps).ok());
    {
        DcmFileFormat f;
        QVERIFY(put(ps, bytes.value()));
        QVERIFY(f.loadFile(ps.toLocal8Bit().constData()).good());
        DcmItem* annotation = nullptr;
        QVERIFY(f.getDataset()->findAndGetSequenceItem(DCM_GraphicAnnotationSequence, annotation, 0).good());
        DcmItem* graphic = nullptr;
        QVERIFY(annotation->findAndGetSequenceItem(DCM_GraphicObjectSequence, graphic, 0).good());
        QVERIFY(graphic->putAndInsertUint16(DCM_NumberOfGraphicPoints, 60000).good());
        QVERIFY(f.saveFile(ps.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good());
        auto read = exports::readPresentationState(ps);
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().contains(QStringLiteral("damaged")), qPrintable(read.errorMessage()));
    }
    // A presentation state under the key object's name, and deep nesting.
    QVERIFY(put(ko, bytes.value()));
    QVERIFY(!exports::readKeyObjectSelection(ko).ok());
    QByteArray deep(128, '\0');
    deep += "DICM";
    for (int i = 0; i < 20000; ++i)
        deep += QByteArray::fromHex("080015115351" "0000ffffffff" "feff00e0ffffffff");
    QVERIFY(put(ko, deep));
    QVERIFY(!exports::readKeyObjectSelection(ko).ok());

    // Saving over an unreadable file keeps it beside, untouched.
    const QByteArray hostile = "hostile bytes the reader cannot read";
    QVERIFY(put(ps, hostile));
    auto guard = guardFor(QStringLiteral("radiologist"));
    const policy::Decision d = guard->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    auto path = exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, exports::presentationStateFileName(m_seriesUid), bytes.value());
    QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.errorMessage()));
    QVERIFY(exports::readPresentationState(ps).ok());
    QFile aside(ps + QStringLiteral(".unreadable"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), hostile);
}

void TestReadingMarks::savedMarksAreNotAiResults()
{
    auto bytes = exports::buildPresentationState(sampleMarks());
    QVERIFY(bytes.ok());
    auto guard = guardFor(QStringLiteral("radiologist"));
    const policy::Decision d = guard->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    QVERIFY(exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, exports::presentationStateFileName(m_seriesUid), bytes.value()).ok());
    const dicom::Catalog withMarks = study::scanForViewing({m_study});
    QStringList marks = study::savedMarksFiles(withMarks, m_studyUid);
    QCOMPARE(marks.size(), 1);
    // The study's folder is the same with the marks in it, and the AI
    // results do not include the person's own presentation state.
    QCOMPARE(study::savedMarksFolder(withMarks, m_studyUid), m_marksFolder);
    QVERIFY(!study::aiFilesOf(withMarks).contains(marks.front()));
    QCOMPARE(filesUnder(m_marksFolder).size(), 1);
}

void TestReadingMarks::aPlantedLinkReceivesNothing()
{
    auto bytes = exports::buildPresentationState(sampleMarks());
    QVERIFY(bytes.ok());
    auto guard = guardFor(QStringLiteral("radiologist"));
    const policy::Decision d = guard->request(Action::ExportDicom, subject(), QStringLiteral("reading"));
    QVERIFY(d.allowed());
    const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    // The marks folder is a link to another folder: refused, and not read either.
    QVERIFY(QFile::link(elsewhere, m_marksFolder));
    QVERIFY(!exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, exports::presentationStateFileName(m_seriesUid), bytes.value()).ok());
    QVERIFY(filesUnder(elsewhere).isEmpty());
    QFile planted(elsewhere + QLatin1Char('/') + exports::presentationStateFileName(m_seriesUid));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write(bytes.value());
    planted.close();
    QVERIFY(study::savedMarksFiles(m_catalog, m_studyUid).isEmpty());
    QVERIFY(QFile::remove(m_marksFolder));
    // The file is a link to a file elsewhere: refused, the target unchanged.
    QVERIFY(QDir().mkpath(m_marksFolder));
    const QString target = elsewhere + QStringLiteral("/target.txt");
    QFile t(target);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("keep me");
    t.close();
    const QString name = exports::presentationStateFileName(m_seriesUid);
    QVERIFY(QFile::link(target, QDir(m_marksFolder).filePath(name)));
    QVERIFY(!exports::MarksWriter::write(d.permit.get(), m_studyUid, m_marksFolder, name, bytes.value()).ok());
    QVERIFY(t.open(QIODevice::ReadOnly));
    QCOMPARE(t.readAll(), QByteArray("keep me"));
    QVERIFY(study::savedMarksFiles(m_catalog, m_studyUid).isEmpty()); // a link is not read either
}

QTEST_GUILESS_MAIN(TestReadingMarks)
#include "tst_reading_marks.moc"
