// SPDX-License-Identifier: Apache-2.0
// Key images and saved measurements in the real viewer window under Xvfb:
// the window with its ComplianceController, the real Guard over a policy,
// real DICOM files written by the demo, measurements drawn with the mouse,
// K and Ctrl+S pressed; what was saved is checked with dcmpschk, dciodvfy
// and DCMTK, and a second window opened on the same study must show the
// same marks at the same patient coordinates.

#include "core/dicom/demo_study.h"
#include "core/dicom/header_reader.h"
#include "core/dicom/scanner.h"
#include "core/export/reading_marks.h"
#include "core/policy/policy_loader.h"
#include "identity_support.h"
#include "test_support.h"
#include "ui/compliance/compliance_context.h"
#include "ui/compliance/compliance_controller.h"
#include "ui/compliance/export_dialog.h"
#include "ui/compliance/reading_marks_controller.h"
#include "ui/findings/findings_controller.h"
#include "ui/shell/dark_theme.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/slice_geometry.h"
#include "ui/viewport/slice_view.h"
#include "ui/viewport/vtk_viewport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace custos;
using namespace custos::ui;

namespace {

void sendDrag(QWidget* w, QPoint from, QPoint to)
{
    QMouseEvent press(QEvent::MouseButtonPress, from, w->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QMouseEvent move(QEvent::MouseMove, to, w->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, w->mapToGlobal(to), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &release);
}

QStringList validatorErrors(const QString& program, const QString& path)
{
    QProcess p;
    p.start(program, {path});
    if (!p.waitForStarted(30000))
        return {QStringLiteral("Error - %1 could not be started: %2").arg(program, p.errorString())};
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {QStringLiteral("Error - %1 did not finish normally").arg(program)};
    QStringList errors;
    for (const QString& line : QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput()).split(QLatin1Char('\n')))
        if (line.trimmed().startsWith(QLatin1String("Error")) || line.startsWith(QLatin1String("E:")) || line.startsWith(QLatin1String("F:")))
            errors << line;
    return errors;
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReadingMarksViewer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void measurementsAndKeyImagesComeBackAtTheSamePatientPoints();
    void keyImagesOnlyExportsExactlyTheFlaggedImages();
    void anObliquePlaneIsNeverFlaggedAsAnAcquiredImage();
    void savingIsRefusedAndRecordedForARoleWithoutExportRights();
    void damagedSavedMarksDoNotStopTheStudyFromOpening();

private:
    QString makeStudy(const QString& name);
    MainWindow* open(const QString& study, const QString& role);
    ReadingMarksController* marksOf(MainWindow* w) const { return ComplianceController::of(w)->readingMarks(); }
    QString seriesUid(MainWindow* w) const { return w->activeStack().seriesUid; }
    QString studyUid(MainWindow* w) const { return w->activeStack().studyUid; }
    int count(const QString& code, const QString& purpose) const;

    QTemporaryDir m_dir;
    dicom::DemoStudyOptions m_demo;
    std::shared_ptr<const policy::Policy> m_policy;
    std::vector<audit::Event> m_events;
    std::unique_ptr<policy::Guard> m_guard;
    std::shared_ptr<ComplianceContext> m_context;
    std::vector<std::unique_ptr<MainWindow>> m_windows;
};

void TestReadingMarksViewer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo.slices = 24;
    m_demo.size = 160;
    QFile f(QStringLiteral(":/custos/policy/default-policy.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
    QJsonObject radiologist = roles.value(QStringLiteral("radiologist")).toObject();
    QJsonArray permissions = radiologist.value(QStringLiteral("permissions")).toArray();
    for (const char* a : {"ExportDicom", "ExportDeidentified", "ExportImage"})
        permissions.append(QString::fromLatin1(a));
    radiologist.insert(QStringLiteral("permissions"), permissions);
    roles.insert(QStringLiteral("radiologist"), radiologist);
    root.insert(QStringLiteral("roles"), roles);
    root.insert(QStringLiteral("exportDestinations"), QJsonArray{m_dir.filePath(QStringLiteral("exports"))});
    QJsonObject training = root.value(QStringLiteral("training")).toObject();
    training.insert(QStringLiteral("modules"), QJsonArray{}); // no training dialog in the way (tst_compliance covers it)
    root.insert(QStringLiteral("training"), training);
    auto parsed = policy::parsePolicy(QJsonDocument(root).toJson(), QStringLiteral("test-policy.json"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    m_policy = std::make_shared<const policy::Policy>(parsed.value());
}

void TestReadingMarksViewer::init()
{
    m_windows.clear();
    m_events.clear();
}

QString TestReadingMarksViewer::makeStudy(const QString& name)
{
    const QString path = m_dir.filePath(name);
    auto written = dicom::writeDemoStudy(path, m_demo);
    return written.ok() ? path : QString();
}

MainWindow* TestReadingMarksViewer::open(const QString& study, const QString& role)
{
    m_windows.clear();
    m_guard.reset();
    const auth::Identity who = testsupport::person(QStringLiteral("dr.") + role, role);
    policy::GuardParts parts;
    parts.policy = m_policy;
    parts.requester = [who] { return policy::Requester{policy::Requester::State::Active, who}; };
    parts.audit = [this](const audit::Event& e) { m_events.push_back(e); };
    m_guard = std::make_unique<policy::Guard>(std::move(parts));
    m_context = std::make_shared<ComplianceContext>();
    m_context->guard = m_guard.get();
    m_context->audit = [this](const audit::Event& e) { m_events.push_back(e); };
    m_context->policyOrigin = QStringLiteral("test policy");
    ViewerOptions options;
    options.paths = {study};
    options.protection.user = who.userName;
    options.protection.record = [this](const audit::Event& e) { m_events.push_back(e); };
    MainWindow* window = ComplianceController::createViewer(options, m_context);
    m_windows.emplace_back(window);
    window->resize(1180, 820);
    QSignalSpy loaded(window, &MainWindow::seriesLoaded);
    window->show();
    if (!loaded.wait(60000))
        return nullptr;
    window->activateWindow(); // the window shortcuts (K, Ctrl+S) need it active
    QTest::qWait(100);
    return window;
}

int TestReadingMarksViewer::count(const QString& code, const QString& purpose) const
{
    return int(std::count_if(m_events.begin(), m_events.end(),
                             [&](const audit::Event& e) { return e.id.code == code && e.purposeOfUse == purpose; }));
}

void TestReadingMarksViewer::measurementsAndKeyImagesComeBackAtTheSamePatientPoints()
{
    const QString study = makeStudy(QStringLiteral("saved"));
    QVERIFY(!study.isEmpty());
    MainWindow* window = open(study, QStringLiteral("radiologist"));
    QVERIFY(window);
    SliceView* view = window->sliceView();
    QVERIFY(view->volume());
    const QString key = window->activeKey();
    ReadingMarksController* marks = marksOf(window);
    QVERIFY(marks);

    // A distance on slice 10 and an ellipse on slice 12, drawn with the mouse.
    view->setSlice(10);
    view->setTool(Tool::Distance);
    sendDrag(view, QPoint(300, 260), QPoint(430, 340));
    view->setSlice(12);
    view->setTool(Tool::Ellipse);
    sendDrag(view, QPoint(380, 300), QPoint(470, 380));
    view->setTool(Tool::WindowLevel);
    QCOMPARE(window->measurementsFor(key)->size(), std::size_t(2));
    std::vector<std::vector<dicom::Vec3>> before;
    for (const Measurement& m : *window->measurementsFor(key)) {
        before.emplace_back();
        for (const dicom::Vec3& p : m.points)
            before.back().push_back(voxelToPatient(view->volume()->geometry(), p));
    }

    // Key images: K on slice 10 and on slice 15, title "For Teaching".
    view->setSlice(10);
    QVERIFY(!marks->isKeyImage(view));
    QTest::keyClick(window, Qt::Key_K);
    QVERIFY(marks->isKeyImage(view));
    QVERIFY(marks->keyAction()->isChecked());
    view->setSlice(15);
    QTest::keyClick(window, Qt::Key_K);
    QCOMPARE(marks->keyImageCount(studyUid(window)), 2);
    view->setSlice(11);
    QVERIFY(!marks->isKeyImage(view));
    QVERIFY(!marks->keyAction()->isChecked());
    marks->titleBox()->setCurrentIndex(1);
    QCOMPARE(marks->title().meaning, QStringLiteral("For Teaching"));

    // Ctrl+S: asked once, recorded, written beside the study.
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(marks->lastMessage().startsWith(QStringLiteral("Saved with the study")), qPrintable(marks->lastMessage()));
    QCOMPARE(count(QStringLiteral("110106"), QStringLiteral("save-reading-marks")), 1); // DICOM Export, allowed
    const QString folder = study + QStringLiteral("/custos-marks");
    const QString ps = folder + QLatin1Char('/') + exports::presentationStateFileName(seriesUid(window));
    const QString ko = folder + QLatin1Char('/') + exports::keyObjectFileName(studyUid(window));
    QVERIFY(QFileInfo::exists(ps));
    QVERIFY(QFileInfo::exists(ko));
    for (const QString& e : validatorErrors(QStringLiteral("dcmpschk"), ps) + validatorErrors(QStringLiteral("dciodvfy"), ps)
                                + validatorErrors(QStringLiteral("dciodvfy"), ko))
        QFAIL(qPrintable(e));

    // What a person sees: the measurement and the key image badge on slice 10.
    view->setSlice(10);
    QTest::qWait(200);
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
        window->grab().save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/reading-marks.png"));
    const QImage shot = view->grab().toImage();
    int gold = 0;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            gold += c.red() > 230 && c.green() > 170 && c.green() < 215 && c.blue() < 80;
        }
    QVERIFY2(gold > 50, qPrintable(QStringLiteral("%1 gold pixels").arg(gold))); // the badge (and the measurement's yellow)

    // A second window on the same study: the same marks at the same patient points.
    const QString studyUidBefore = studyUid(window);
    window = open(study, QStringLiteral("radiologist"));
    QVERIFY(window);
    view = window->sliceView();
    marks = marksOf(window);
    QVERIFY2(marks->lastMessage().contains(QStringLiteral("2 measurement")) && marks->lastMessage().contains(QStringLiteral("2 key image")),
             qPrintable(marks->lastMessage()));
    const auto restored = window->measurementsFor(window->activeKey());
    QCOMPARE(restored->size(), std::size_t(2));
    QCOMPARE(int((*restored)[0].kind), int(Measurement::Kind::Distance));
    QCOMPARE(int((*restored)[1].kind), int(Measurement::Kind::Ellipse));
    for (std::size_t i = 0; i < 2; ++i)
        for (std::size_t p = 0; p < before[i].size(); ++p) {
            const dicom::Vec3 after = voxelToPatient(view->volume()->geometry(), (*restored)[i].points[p]);
            QVERIFY2((after - before[i][p]).norm() < 1e-3,
                     qPrintable(QStringLiteral("measurement %1 point %2 moved by %3 mm").arg(i).arg(p).arg((after - before[i][p]).norm())));
        }
    QCOMPARE(marks->keyImageCount(studyUidBefore), 2);
    view->setSlice(15);
    QVERIFY(marks->isKeyImage(view));
    view->setSlice(10);
    QVERIFY(marks->isKeyImage(view));
    QCOMPARE(marks->title().meaning, QStringLiteral("For Teaching"));
    // The person's own marks, not AI findings: the AI panel has nothing from them.
    QTRY_VERIFY_WITH_TIMEOUT(!window->findings()->busy(), 30000);
    QVERIFY(window->findings()->objects().empty());
    QVERIFY2(window->findings()->problems().isEmpty(), qPrintable(window->findings()->problems().join(QLatin1Char('\n'))));
}

void TestReadingMarksViewer::keyImagesOnlyExportsExactlyTheFlaggedImages()
{
    const QString study = makeStudy(QStringLiteral("export"));
    MainWindow* window = open(study, QStringLiteral("radiologist"));
    QVERIFY(window);
    SliceView* view = window->sliceView();
    ReadingMarksController* marks = marksOf(window);
    QStringList flagged;
    const auto catalog = window->loader()->catalog();
    for (int slice : {3, 7, 19}) {
        view->setSlice(slice);
        QVERIFY(marks->toggleKeyImage());
    }
    const QStringList files = marks->keyImageFiles(studyUid(window));
    QCOMPARE(files.size(), 3);
    for (const QString& f : files) {
        auto h = dicom::readInstanceHeader(f);
        QVERIFY(h.ok());
        flagged << h.value().sopInstanceUid;
    }

    ExportDialog* dialog = nullptr;
    auto* controller = ComplianceController::of(window);
    connect(controller, &ComplianceController::exportDialogOpened, this, [&dialog](QWidget* d) { dialog = qobject_cast<ExportDialog*>(d); });
    controller->exportCurrent();
    QVERIFY(dialog);
    dialog->setFormat(ExportDialog::Format::IdentifiedDicom);
    dialog->setKeyImagesOnly();
    QVERIFY(dialog->keyImagesOnly());
    const QString out = m_dir.filePath(QStringLiteral("exports/keys"));
    QVERIFY(QDir().mkpath(out));
    dialog->setDestination(out);
    dialog->setPurpose(QStringLiteral("teaching file"));
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS")) {
        dialog->show();
        QTest::qWait(100);
        dialog->grab().save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/export-key-images.png"));
    }
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(1).toString()));
    QStringList exported;
    for (const QString& f : dialog->writtenFiles()) {
        auto h = dicom::readInstanceHeader(f);
        QVERIFY(h.ok());
        exported << h.value().sopInstanceUid;
    }
    exported.sort();
    flagged.sort();
    QCOMPARE(exported, flagged);
    // The Guard was asked for exactly those three files, and recorded it.
    QCOMPARE(int(std::count_if(m_events.begin(), m_events.end(), [](const audit::Event& e) {
                 return e.id.code == QLatin1String("110106") && e.purposeOfUse == QLatin1String("teaching file");
             })),
             1);
    dialog->close();
}

// An oblique MPR plane is resliced: its slice number names no acquired
// image, so K refuses it (as on a reformat) instead of flagging the frame
// with that number.
void TestReadingMarksViewer::anObliquePlaneIsNeverFlaggedAsAnAcquiredImage()
{
    const QString study = makeStudy(QStringLiteral("oblique"));
    MainWindow* window = open(study, QStringLiteral("radiologist"));
    QVERIFY(window);
    window->setMpr(true);
    QTest::qWait(50);
    ViewerGrid* grid = window->grid();
    SliceView* axial = grid->view(0);
    SliceView* coronal = grid->view(1);
    QCOMPARE(axial->axis(), 2);
    grid->rotatePlanes(coronal, coronal->planeRight().cross(coronal->planeDown()), 0.3);
    QVERIFY(axial->isOblique());
    axial->setSlice(5); // a number that is also a frame's
    grid->setActiveView(axial);
    ReadingMarksController* marks = marksOf(window);
    QVERIFY(!marks->toggleKeyImage());
    QVERIFY(marks->keyImageFiles(studyUid(window)).isEmpty());
    // Back on the acquisition plane, the image shown is flagged.
    grid->resetPlanes();
    QVERIFY(!axial->isOblique());
    QVERIFY(marks->toggleKeyImage());
    QCOMPARE(marks->keyImageFiles(studyUid(window)).size(), 1);
}

void TestReadingMarksViewer::savingIsRefusedAndRecordedForARoleWithoutExportRights()
{
    const QString study = makeStudy(QStringLiteral("refused"));
    MainWindow* window = open(study, QStringLiteral("technologist"));
    QVERIFY(window);
    SliceView* view = window->sliceView();
    view->setTool(Tool::Distance);
    sendDrag(view, QPoint(300, 260), QPoint(430, 340));
    view->setTool(Tool::WindowLevel);
    QTest::keyClick(window, Qt::Key_K);
    ReadingMarksController* marks = marksOf(window);
    QCOMPARE(marks->keyImageCount(studyUid(window)), 1);
    QVERIFY(!marks->save());
    QVERIFY2(marks->lastMessage().startsWith(QStringLiteral("Nothing was saved.")), qPrintable(marks->lastMessage()));
    QVERIFY2(ComplianceController::of(window)->noticeText().startsWith(QStringLiteral("Nothing was saved.")),
             qPrintable(ComplianceController::of(window)->noticeText()));
    QCOMPARE(count(QStringLiteral("110113"), QStringLiteral("save-reading-marks")), 1); // the refusal, recorded
    QCOMPARE(count(QStringLiteral("110106"), QStringLiteral("save-reading-marks")), 0);
    QVERIFY(!QFileInfo::exists(study + QStringLiteral("/custos-marks")));
}

void TestReadingMarksViewer::damagedSavedMarksDoNotStopTheStudyFromOpening()
{
    const QString study = makeStudy(QStringLiteral("damaged"));
    // The UIDs of the demo study, for the file names a saved mark would have.
    const dicom::Catalog catalog = dicom::scanPaths({study});
    QVERIFY(!catalog.studies.empty());
    const QString studyUidOf = catalog.studies.front().studyInstanceUid;
    const QString seriesUidOf = catalog.studies.front().series.front().seriesInstanceUid;
    const QString folder = study + QStringLiteral("/custos-marks");
    QVERIFY(QDir().mkpath(folder));
    const QString ps = folder + QLatin1Char('/') + exports::presentationStateFileName(seriesUidOf);
    const QString ko = folder + QLatin1Char('/') + exports::keyObjectFileName(studyUidOf);
    QByteArray deep(128, '\0');
    deep += "DICM";
    for (int i = 0; i < 20000; ++i)
        deep += QByteArray::fromHex("080015115351" "0000ffffffff" "feff00e0ffffffff");
    const QByteArray garbage = "this is not a presentation state";
    for (const auto& [path, data] : {std::pair{ps, garbage}, std::pair{ko, deep}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }
    MainWindow* window = open(study, QStringLiteral("radiologist"));
    QVERIFY(window);
    QVERIFY(window->sliceView()->volume());
    QVERIFY(window->sliceView()->currentSliceReady());
    ReadingMarksController* marks = marksOf(window);
    QVERIFY2(marks->lastMessage().contains(QStringLiteral("could not be read")) && marks->lastMessage().contains(QFileInfo(ps).fileName())
                 && marks->lastMessage().contains(QFileInfo(ko).fileName()),
             qPrintable(marks->lastMessage()));
    QVERIFY(window->measurementsFor(window->activeKey())->empty());
    QCOMPARE(marks->keyImageCount(studyUidOf), 0);
    // Nothing lost: both files as they were.
    QCOMPARE(contents(ps), garbage);
    QCOMPARE(contents(ko), deep);
    // Saving now keeps the damaged file beside the new one.
    SliceView* view = window->sliceView();
    view->setTool(Tool::Distance);
    sendDrag(view, QPoint(300, 260), QPoint(430, 340));
    QVERIFY(marks->save());
    QCOMPARE(contents(ps + QStringLiteral(".unreadable")), garbage);
    QVERIFY(exports::readPresentationState(ps).ok());
}

int main(int argc, char** argv)
{
    VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    applyDarkTheme(app); // as the viewer shows itself (for the screenshot)
    TestReadingMarksViewer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reading_marks_viewer.moc"
