// SPDX-License-Identifier: Apache-2.0
// The AI findings in the viewer under Xvfb: the demo study with its SEG,
// TID 1500 SR, heatmap and a vendor JSON, opened in a real MainWindow. What
// the panel lists is checked against the phantom's known lesion, what the
// overlay draws against the screen pixels at the lesion, and the signed
// review against readReview and dciodvfy.

#include "core/ai/demo_findings.h"
#include "core/ai/demo_report.h"
#include "core/ai/review_sr_writer.h"
#include "core/dicom/demo_study.h"
#include "ui/findings/findings_controller.h"
#include "ui/findings/findings_panel.h"
#include "ui/findings/review_dialogs.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/ai_overlay.h"
#include "ui/viewport/slice_geometry.h"
#include "ui/viewport/slice_view.h"
#include "ui/viewport/volume_view.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QMessageBox>
#include <QMutex>
#include <QPaintEngine>
#include <QPainter>
#include <QProcess>
#include <QScreen>
#include <QStyle>
#include <QTreeWidgetItemIterator>
#include <QSignalSpy>
#include <QToolBar>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include <cmath>
#include <limits>
#include <tuple>

using namespace custos;
using namespace custos::ui;

namespace {

// With CUSTOS_TEST_SCREENSHOTS set, keeps what a person would see: the whole
// screen (dialogs are windows of their own).
void keepScreen(const QString& name)
{
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
        QGuiApplication::primaryScreen()->grabWindow(0).save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QLatin1Char('/') + name +
                                                              QStringLiteral(".png"));
}

QColor colourAt(SliceView* view, const QPointF& p)
{
    const QImage img = view->grab().toImage();
    const double dpr = img.devicePixelRatio();
    return img.pixelColor(QPoint(int(p.x() * dpr), int(p.y() * dpr)));
}

// What the X server shows in the top-level window: the GL image and the
// overlay as composed on screen. (QWidget::grab renders a QOpenGLWidget
// again, with the current camera, and would hide a stale frame.)
QImage screenOf(QWidget* top)
{
    QTest::qWait(250);
    return top->screen()->grabWindow(top->winId()).toImage();
}

// Keeps the texts painted on it (the AI overlay's tags), and nothing else.
class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size) : m_size(size) {}
    QPaintEngine* paintEngine() const override { return &m_engine; }
    const QStringList& texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return 96;
        case PdmDepth: return 32;
        case PdmNumColors: return std::numeric_limits<int>::max();
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    struct Engine : QPaintEngine
    {
        Engine() : QPaintEngine(QPaintEngine::AllFeatures) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
        void drawPath(const QPainterPath&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF&, const QTextItem& item) override { texts << item.text(); }
        Type type() const override { return QPaintEngine::User; }
        QStringList texts;
    };
    mutable Engine m_engine;
    QSize m_size;
};

// The texts the AI overlay paints on `view` (its tags).
QStringList overlayTexts(const AiOverlay& overlay, SliceView* view)
{
    TextRecorder device(view->size());
    QPainter p(&device);
    p.setFont(view->font());
    overlay.paint(p, *view);
    p.end();
    return device.texts();
}

// Pixels of `shot` a colour overlay put there: grey in `plain` (the same
// view without overlays; the crosshair's coloured lines are left out) and
// saturated in `shot` (grey CT and grey tags are not).
int saturatedChanges(const QImage& shot, const QImage& plain)
{
    const auto spreadOf = [](const QColor& c) { return std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}); };
    int n = 0;
    for (int y = 0; y < std::min(shot.height(), plain.height()); ++y)
        for (int x = 0; x < std::min(shot.width(), plain.width()); ++x)
            n += spreadOf(plain.pixelColor(x, y)) <= 16 && spreadOf(shot.pixelColor(x, y)) > 40;
    return n;
}

// Pixels that differ by more than a trace between two images of a view.
int changes(const QImage& a, const QImage& b)
{
    int n = 0;
    for (int y = 0; y < std::min(a.height(), b.height()); ++y)
        for (int x = 0; x < std::min(a.width(), b.width()); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            if (std::abs(p.red() - q.red()) + std::abs(p.green() - q.green()) + std::abs(p.blue() - q.blue()) > 12)
                ++n;
        }
    return n;
}

int spread(const QColor& c)
{
    return std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
}

struct Registration
{
    int outline = 0, lesion = 0;            // pixels of each
    QPointF outlineCentre, lesionCentre;    // window pixels
    QRectF outlineBox, lesionBox;
    QString describe() const
    {
        return QStringLiteral("outline %1 px at (%2, %3) %4×%5; lesion pixels %6 at (%7, %8) %9×%10")
            .arg(outline).arg(outlineCentre.x(), 0, 'f', 1).arg(outlineCentre.y(), 0, 'f', 1)
            .arg(outlineBox.width()).arg(outlineBox.height())
            .arg(lesion).arg(lesionCentre.x(), 0, 'f', 1).arg(lesionCentre.y(), 0, 'f', 1)
            .arg(lesionBox.width()).arg(lesionBox.height());
    }
};

// In one screen image, around where `view` says the lesion is: the pixels of
// the segment's outline (its colour) and the lesion's own pixels (bright grey:
// 60 HU in a 40/400 window over lung at -850 HU, which is black).
Registration registration(const QImage& screen, QWidget* top, SliceView* view, const QPointF& at, double radiusPx, const QColor& segment)
{
    Registration r;
    const QPoint centre = view->mapTo(top, at.toPoint());
    const int half = int(radiusPx * 1.8) + 6;
    const QRect box = QRect(centre - QPoint(half, half), centre + QPoint(half, half)).intersected(QRect(view->mapTo(top, QPoint(0, 0)), view->size()));
    double ox = 0, oy = 0, lx = 0, ly = 0;
    // A circle around it, wide enough for a lesion that slid away, narrow
    // enough to leave out the chest wall and the heart.
    const double reach = radiusPx * 1.6 + 4;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x) {
            if (QLineF(QPointF(x, y), QPointF(centre)).length() > reach)
                continue;
            const QColor c = screen.pixelColor(x, y);
            const int dr = c.red() - segment.red(), dg = c.green() - segment.green(), db = c.blue() - segment.blue();
            const int spread = std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
            if (dr * dr + dg * dg + db * db < 70 * 70) {
                ++r.outline;
                ox += x;
                oy += y;
                r.outlineBox |= QRectF(x, y, 1, 1);
            } else if (spread < 16 && c.green() > 80) {
                ++r.lesion;
                lx += x;
                ly += y;
                r.lesionBox |= QRectF(x, y, 1, 1);
            }
        }
    if (r.outline)
        r.outlineCentre = {ox / r.outline, oy / r.outline};
    if (r.lesion)
        r.lesionCentre = {lx / r.lesion, ly / r.lesion};
    return r;
}

QStringList dciodvfyErrors(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("dciodvfy"), {path});
    p.waitForFinished(120000);
    const QString out = QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
    QStringList errors;
    for (const QString& line : out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error")))
            errors << line;
    if (!out.contains(QLatin1String("SR")))
        errors << QStringLiteral("dciodvfy did not run: ") + out.left(300);
    return errors;
}

// What the 3D view drew (its GL image only, without the text over it):
// pixels that stand out from the background, and those of them that are the
// lesion's red (the lung segments are blue and green, the cursor's lines
// orange, green and blue: none has red above twice its green and blue).
struct Drawn3D
{
    int foreground = 0, red = 0, grey = 0;
    QRectF foregroundBox, redBox;
    QPointF redCentre;
    QString describe() const
    {
        return QStringLiteral("foreground %1 px in (%2,%3 %4x%5); red %6 px at (%7, %8) in %9x%10")
            .arg(foreground).arg(foregroundBox.x()).arg(foregroundBox.y()).arg(foregroundBox.width()).arg(foregroundBox.height())
            .arg(red).arg(redCentre.x(), 0, 'f', 1).arg(redCentre.y(), 0, 'f', 1).arg(redBox.width()).arg(redBox.height());
    }
};

Drawn3D drawn3D(VolumeView* view)
{
    QTest::qWait(50);
    const QImage img = view->grabFramebuffer();
    const double dpr = img.devicePixelRatio() > 0 ? img.devicePixelRatio() : 1.0;
    Drawn3D d;
    double rx = 0, ry = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            // The background is (10, 13, 18).
            if (std::abs(c.red() - 10) + std::abs(c.green() - 13) + std::abs(c.blue() - 18) < 30)
                continue;
            const QRectF px(x / dpr, y / dpr, 1 / dpr, 1 / dpr);
            ++d.foreground;
            d.foregroundBox |= px;
            if (std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) < 12)
                ++d.grey;
            if (c.red() > 2 * c.green() && c.red() > 2 * c.blue() && c.red() > 40) {
                ++d.red;
                rx += x / dpr;
                ry += y / dpr;
                d.redBox |= px;
            }
        }
    if (d.red)
        d.redCentre = {rx / d.red, ry / d.red};
    return d;
}

// Only the SEG shown: the heatmap and regions would tint the same pixels.
void segmentationsOnly(FindingsController* c)
{
    for (std::size_t i = 0; i < c->objects().size(); ++i)
        c->setObjectVisible(int(i), c->objects()[i].object.kind == ai::AiObjectKind::Segmentation);
}

// Only the lesion's segment, drawn as an outline without labels.
void lesionOutlineOnly(FindingsController* c)
{
    segmentationsOnly(c);
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (f.label != QLatin1String("Lesion"))
                c->setFindingVisible({o.object.sopInstanceUid, f.id}, false);
    AiOverlayStyle style = c->style();
    style.filled = false;
    style.labels = false;
    c->setStyle(style);
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aiObjectsAreListedWithTheirFindingsNotAsSeries();
    void lesionSegmentIsDrawnOnItsPixelsAndFollowsVisibility();
    void lesionIsDrawnOnTheMprReformatsToo();
    void aiOutlineStaysOnTheLesionAfterEveryLayoutChange();
    void mprCornerTextNeverOverlapsAndPanelsFit_data();
    void mprCornerTextNeverOverlapsAndPanelsFit();
    void mprOnAndOffKeepsSliceWindowAndPan();
    void aiSegmentsFollowObliquePlanesAndBoxesAreSaidHidden();
    void clickingAFindingJumpsToItsSlice();
    void clickingAFindingZoomsToFitIt();
    void reviewIsAuditedSignedAndSavedAsValidSr();
    void deniedReviewLeavesTheFindingsVisibleButUnchangeable();
    void signedReviewIsReadBackOnReopen();
    void rejectOtherNeedsWordsAndSigningAsksFirst();
    void correctionChangesClassValueAndRegionBesideTheLesion();
    void panelSaysItIsLookingWhileTheStudyIsRead();
    void namesAndDatesAreShownTheLocalesWay();
    void unregisteredModelIsGreyedWithItsRuleAuditedOnceOrHidden();
    void unapprovedModelIsDrawnGreyOnTheImageOrNotAtAll();
    void unapprovedModelIsGreyOnObliquePlanesToo();
    void aiTagsSitOnTheOuterSideOfTheirSegment();
    void lesionSurfaceIn3DLiesWhereTheTwoDViewsDrawIt();
    void threeDFollowsThePanelAndShiftClickMovesTheViews();
    void volumeRenderingShowsTheBodyEachPresetAndTheClip();
    void aSeriesWithMissingSlicesIsNotDrawnIn3D();
    void aLargeVolumeIsDrawnAveragedDownInPlace();

private:
    std::unique_ptr<MainWindow> open(bool mpr = false, const QString& study = {});
    QString copyOfStudy();
    ai::FindingKey lesionKey(FindingsController* c) const;
    ai::FindingKey srKey(FindingsController* c) const;
    QPointF lesionPoint(SliceView* view) const;
    QString misregistered(MainWindow* window, const QColor& segment, const QString& when) const;
    VolumeView* open3D(MainWindow* window) const;

    QTemporaryDir m_dir;
    QString m_study;
    dicom::DemoStudyOptions m_demo;
    ai::DemoGeometry m_geometry;
    QMutex m_mutex;
    std::vector<audit::Event> m_events;
};

void TestFindings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo.slices = 48;
    m_demo.size = 160;
    if (qEnvironmentVariableIsSet("CUSTOS_AI_SCREENSHOT")) { // docs/screenshot-ai.png: the demo at full detail, the app's theme
        m_demo.slices = 80;
        m_demo.size = 320;
        qApp->setStyle(QStringLiteral("Fusion"));
        QPalette p;
        const QColor base(28, 29, 32), win(38, 40, 44), text(220, 222, 226), accent(64, 140, 220);
        for (auto [role, colour] : {std::pair{QPalette::Window, win}, {QPalette::WindowText, text}, {QPalette::Base, base},
                                    {QPalette::AlternateBase, win}, {QPalette::Text, text}, {QPalette::Button, win},
                                    {QPalette::ButtonText, text}, {QPalette::Highlight, accent}})
            p.setColor(role, colour);
        p.setColor(QPalette::HighlightedText, Qt::white);
        qApp->setPalette(p);
    }
    m_study = m_dir.filePath(QStringLiteral("demo"));
    auto study = dicom::writeDemoStudy(m_study, m_demo);
    QVERIFY2(study.ok(), study.ok() ? "" : qPrintable(study.errorMessage()));
    auto seg = ai::writeDemoFindings(m_study, m_demo);
    QVERIFY2(seg.ok(), seg.ok() ? "" : qPrintable(seg.errorMessage()));
    auto sr = ai::writeDemoReport(m_study, m_demo);
    QVERIFY2(sr.ok(), sr.ok() ? "" : qPrintable(sr.errorMessage()));
    auto geometry = ai::demoGeometry(m_study, m_demo);
    QVERIFY2(geometry.ok(), geometry.ok() ? "" : qPrintable(geometry.errorMessage()));
    m_geometry = geometry.value();
    // A vendor JSON of a product without DICOM output: a box on the lesion,
    // and one of a series this study does not have.
    const double c = m_geometry.lesionColumn, r = m_geometry.lesionRow, half = 8;
    const QString json = QStringLiteral(R"({"format": "custos-ai-findings", "version": 1, "id": "vendor-1",
        "model": {"name": "BoxNet", "version": "2.1"},
        "series": {"seriesInstanceUid": "%1"},
        "findings": [{"id": "f1", "label": "Nodule box", "confidence": 0.81,
                      "regions": [{"type": "box2d", "sopInstanceUid": "%2", "points": [[%3, %4], [%5, %6]]}]},
                     {"id": "f2", "label": "Nodule region",
                      "regions": [{"type": "box3d", "min": [%7, %8, %9], "max": [%10, %11, %12]}]}]})")
                             .arg(study.value().seriesInstanceUid, m_geometry.lesionSopInstanceUid)
                             .arg(c - half).arg(r - half).arg(c + half).arg(r + half)
                             .arg(m_geometry.landmarks.lesion.x - 10).arg(m_geometry.landmarks.lesion.y - 10)
                             .arg(m_geometry.landmarks.lesion.z - 10).arg(m_geometry.landmarks.lesion.x + 10)
                             .arg(m_geometry.landmarks.lesion.y + 10).arg(m_geometry.landmarks.lesion.z + 10);
    QFile f(QDir(m_study).filePath(QStringLiteral("ai/vendor-boxnet.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json.toUtf8());
    f.close();
    QFile other(QDir(m_study).filePath(QStringLiteral("ai/vendor-other-series.json")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QStringLiteral(R"({"format": "custos-ai-findings", "version": 1, "id": "vendor-2",
        "model": {"name": "ElsewhereNet", "version": "1"}, "series": {"seriesInstanceUid": "1.2.3.999"},
        "findings": [{"id": "x", "label": "Elsewhere", "regions": [{"type": "box2d", "sopInstanceUid": "1.2.3.999.1", "points": [[1, 1], [4, 4]]}]}]})")
                    .toUtf8());
    other.close();
}

// A study folder of its own, for a test that saves a review into it.
QString TestFindings::copyOfStudy()
{
    static int n = 0;
    const QString to = m_dir.filePath(QStringLiteral("copy-%1").arg(++n));
    QDirIterator it(m_study, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString target = QDir(to).filePath(QDir(m_study).relativeFilePath(from));
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(from, target))
            return {};
    }
    return to;
}

std::unique_ptr<MainWindow> TestFindings::open(bool mpr, const QString& study)
{
    // Wide enough that the three MPR views have room for the AI tags as well.
    ViewerOptions options;
    options.paths = {study.isEmpty() ? m_study : study};
    options.mpr = mpr;
    options.protection.user = QStringLiteral("dr.weber");
    options.protection.displayName = QStringLiteral("Dr. Anna Weber");
    options.protection.record = [this](const audit::Event& e) {
        QMutexLocker lock(&m_mutex);
        m_events.push_back(e);
    };
    auto window = std::make_unique<MainWindow>(options);
    window->resize(mpr ? 1900 : 1300, 850);
    window->show();
    QSignalSpy loaded(window.get(), &MainWindow::seriesLoaded);
    if (!loaded.wait(60000))
        return nullptr;
    FindingsController* c = window->findings();
    for (int i = 0; i < 600 && (c->busy() || c->objects().empty()); ++i)
        QTest::qWait(50);
    QTest::qWait(100);
    return window;
}

ai::FindingKey TestFindings::lesionKey(FindingsController* c) const
{
    for (const LoadedAiObject& o : c->objects())
        if (o.object.kind == ai::AiObjectKind::Segmentation)
            for (const ai::Finding& f : o.object.findings)
                if (f.label == QLatin1String("Lesion"))
                    return {o.object.sopInstanceUid, f.id};
    return {};
}

ai::FindingKey TestFindings::srKey(FindingsController* c) const
{
    for (const LoadedAiObject& o : c->objects())
        if (o.object.kind == ai::AiObjectKind::MeasurementReport && !o.object.findings.empty())
            return {o.object.sopInstanceUid, o.object.findings.front().id};
    return {};
}

QPointF TestFindings::lesionPoint(SliceView* view) const
{
    const auto& g = view->volume()->geometry();
    const dicom::Vec3 v = patientToVoxel(g, m_geometry.landmarks.lesion);
    return view->widgetPointForVoxel(v.x, v.y, v.z);
}

void TestFindings::aiObjectsAreListedWithTheirFindingsNotAsSeries()
{
    auto window = open();
    QVERIFY(window);
    // The CT alone in the browser: SEG, SR and heatmap are not image series.
    QCOMPARE(window->seriesList()->count(), 1);
    QVERIFY(window->seriesList()->item(0)->text().contains(QLatin1String("CT")));

    FindingsController* c = window->findings();
    std::map<ai::AiObjectKind, int> kinds;
    for (const LoadedAiObject& o : c->objects())
        ++kinds[o.object.kind];
    QCOMPARE(kinds[ai::AiObjectKind::Segmentation], 1);
    QCOMPARE(kinds[ai::AiObjectKind::MeasurementReport], 1);
    QCOMPARE(kinds[ai::AiObjectKind::ParametricMap], 1);
    QCOMPARE(kinds[ai::AiObjectKind::VendorJson], 2);

    // The lesion segment: the phantom's sphere, in voxels of the CT.
    const ai::Finding* lesion = c->finding(lesionKey(c));
    QVERIFY(lesion);
    const double r = m_geometry.landmarks.lesionRadius;
    const double sphereMl = 4.0 / 3.0 * M_PI * r * r * r / 1000.0;
    QVERIFY2(std::abs(lesion->volumeMl - sphereMl) < 0.25 * sphereMl,
             qPrintable(QStringLiteral("lesion %1 mL, sphere %2 mL").arg(lesion->volumeMl).arg(sphereMl)));
    QTreeWidgetItem* lesionRow = c->panel()->itemFor(lesionKey(c));
    QVERIFY(lesionRow);
    QVERIFY2(lesionRow->text(1).contains(QStringLiteral("%1\u00A0mL").arg(lesion->volumeMl, 0, 'f', lesion->volumeMl < 10 ? 2 : 1)),
             qPrintable(lesionRow->text(1)));
    // Both lungs are listed with volumes of a few hundred mL or more.
    int lungs = 0;
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (f.label.endsWith(QLatin1String("lung"))) {
                ++lungs;
                QVERIFY2(f.volumeMl > 50, qPrintable(f.label));
                QVERIFY(c->panel()->itemFor({o.object.sopInstanceUid, f.id})->text(1).contains(QLatin1String("mL")));
            }
    QCOMPARE(lungs, 2);

    // The SR's lesion diameter: the sphere's, in mm, in the panel.
    const ai::Finding* sr = c->finding(srKey(c));
    QVERIFY(sr);
    const ai::Measurement* diameter = nullptr;
    for (const ai::Measurement& m : sr->measurements)
        if (m.unit == QLatin1String("mm")) // the long-axis diameter
            diameter = &m;
    QVERIFY(diameter);
    QCOMPARE(diameter->unit, QStringLiteral("mm"));
    QVERIFY2(std::abs(diameter->value - 2 * r) < 1.0, qPrintable(QString::number(diameter->value)));
    QVERIFY(c->panel()->itemFor(srKey(c))->text(1).contains(QStringLiteral("%1\u00A0mm").arg(diameter->value, 0, 'f', 1)));

    // The vendor's 3D box lies on the CT's voxel grid where its corners are.
    const AiVolumeLayers* layers = c->overlay()->layers(window->sliceView()->volume());
    QVERIFY(layers);
    const AiShape* box = nullptr;
    for (const AiShape& shape : layers->shapes)
        if (shape.box3D && shape.id == QLatin1String("vendor-1|json:f2"))
            box = &shape;
    QVERIFY(box);
    const auto& g = window->sliceView()->volume()->geometry();
    const dicom::Vec3 lo = patientToVoxel(g, m_geometry.landmarks.lesion - dicom::Vec3{10, 10, 10});
    const dicom::Vec3 hi = patientToVoxel(g, m_geometry.landmarks.lesion + dicom::Vec3{10, 10, 10});
    QVERIFY((box->points[0] - lo).dot(box->points[0] - lo) < 1e-6 && (box->points[1] - hi).dot(box->points[1] - hi) < 1e-6);
    QCOMPARE(box->model, QStringLiteral("BoxNet 2.1"));

    // The JSON of another series is listed and said to be unshowable.
    QVERIFY2(c->panel()->problemsText().contains(QLatin1String("ElsewhereNet")), qPrintable(c->panel()->problemsText()));
    QVERIFY(c->panel()->summaryText().contains(QLatin1String("5 AI object")));
}

void TestFindings::lesionSegmentIsDrawnOnItsPixelsAndFollowsVisibility()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    SliceView* view = window->sliceView();
    // Only the SEG: the heatmap and regions would tint the same pixels.
    segmentationsOnly(c);
    QVERIFY(c->jumpTo(lesionKey(c)));
    // The segment's centroid: the slice nearest the sphere's centre, or its
    // neighbour when the centre lies half-way between two.
    QVERIFY2(std::abs(view->slice() - m_geometry.lesionSlice) <= 1, qPrintable(QString::number(view->slice())));
    QTest::qWait(100);
    const QPointF at = lesionPoint(view);
    // Centred on the lesion (within a fraction of a millimetre, on screen magnified by the zoom).
    QVERIFY2(QLineF(at, QPointF(view->width() / 2.0, view->height() / 2.0)).length() < 3 * view->zoom(),
             qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
    const ai::Finding* lesion = c->finding(lesionKey(c));
    QVERIFY(lesion && lesion->displayRgb);
    const QColor segment = QColor::fromRgbF(float(lesion->displayRgb->x), float(lesion->displayRgb->y), float(lesion->displayRgb->z));

    // Small: by default only its outline, so the nodule itself stays visible.
    const QColor byDefault = colourAt(view, at);
    AiOverlayStyle fill = c->style();
    fill.outlineSmall = false;
    c->setStyle(fill);
    QTest::qWait(50);
    const QColor with = colourAt(view, at);
    c->setFindingVisible(lesionKey(c), false);
    QTest::qWait(50);
    const QColor without = colourAt(view, at);
    QVERIFY2(std::abs(without.red() - without.green()) < 4, qPrintable(without.name())); // grey: no overlay
    QVERIFY2(std::abs(byDefault.red() - without.red()) < 4 && std::abs(byDefault.green() - without.green()) < 4,
             qPrintable(QStringLiteral("by default %1, without %2").arg(byDefault.name(), without.name())));
    // Filled with the global opacity over the grey image.
    const double a = c->style().opacity;
    auto expect = [&](int grey, int colour) { return grey * (1 - a) + colour * a; };
    QVERIFY2(std::abs(with.red() - expect(without.red(), segment.red())) < 14 &&
                 std::abs(with.green() - expect(without.green(), segment.green())) < 14 &&
                 std::abs(with.blue() - expect(without.blue(), segment.blue())) < 14,
             qPrintable(QStringLiteral("with %1 without %2 segment %3").arg(with.name(), without.name(), segment.name())));

    // Away from the lesion (soft tissue, no segment) nothing changes.
    c->setFindingVisible(lesionKey(c), true);
    const auto& g = view->volume()->geometry();
    dicom::Vec3 away = patientToVoxel(g, m_geometry.landmarks.softTissue);
    view->setSlice(int(std::lround(away.z)));
    view->resetView(); // the whole slice: the point must be on screen
    QTest::qWait(50);
    const QPointF awayPoint = view->widgetPointForVoxel(away.x, away.y, away.z);
    const QColor awayColour = colourAt(view, awayPoint);
    QVERIFY2(std::abs(awayColour.red() - awayColour.blue()) < 4, qPrintable(awayColour.name()));

    // Contour mode: the centre is clear, the rim is coloured.
    QVERIFY(c->jumpTo(lesionKey(c))); // as `at` was taken
    AiOverlayStyle style = c->style();
    style.filled = false;
    c->setStyle(style);
    QTest::qWait(50);
    const QColor centre = colourAt(view, at);
    QVERIFY2(std::abs(centre.red() - without.red()) < 4 && std::abs(centre.green() - without.green()) < 4, qPrintable(centre.name()));
    style.filled = true;
    style.outlineSmall = true;
    c->setStyle(style);

    // One key hides every AI layer, and brings them back.
    QAction* toggle = window->findChild<QAction*>(QStringLiteral("aiOverlaysAction"));
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_O));
    style.outlineSmall = false;
    c->setStyle(style);
    QTest::qWait(50);
    QVERIFY(colourAt(view, at).red() - colourAt(view, at).blue() > 10);
    toggle->trigger();
    QTest::qWait(50);
    const QColor hidden = colourAt(view, at);
    QVERIFY2(std::abs(hidden.red() - without.red()) < 4 && std::abs(hidden.blue() - without.blue()) < 4, qPrintable(hidden.name()));
    toggle->trigger();
    QTest::qWait(50);
    QVERIFY(colourAt(view, at).red() - colourAt(view, at).blue() > 10);
    style.outlineSmall = true;
    c->setStyle(style);
}

void TestFindings::lesionIsDrawnOnTheMprReformatsToo()
{
    auto window = open(true);
    QVERIFY(window);
    FindingsController* c = window->findings();
    AiOverlayStyle fill = c->style();
    fill.outlineSmall = false; // filled, to sample its colour anywhere inside
    c->setStyle(fill);
    segmentationsOnly(c);
    QVERIFY(c->jumpTo(lesionKey(c)));
    QTest::qWait(100);
    const ai::Finding* lesion = c->finding(lesionKey(c));
    int checked = 0;
    for (int i = 0; i < window->grid()->viewCount(); ++i) {
        SliceView* view = window->grid()->view(i);
        if (view->axis() == 2)
            continue;
        // Off the centre by a voxel: the other planes' reference lines cross there.
        const auto& g = view->volume()->geometry();
        dicom::Vec3 v = patientToVoxel(g, m_geometry.landmarks.lesion);
        setComponent(v, view->displayFrame().rightAxis, component(v, view->displayFrame().rightAxis) - 1);
        setComponent(v, view->displayFrame().downAxis, component(v, view->displayFrame().downAxis) + 1);
        const QPointF at = view->widgetPointForVoxel(v.x, v.y, v.z);
        const QColor with = colourAt(view, at);
        if (qEnvironmentVariableIsSet("CUSTOS_KEEP_TEST_FILES"))
            view->grab().save(QStringLiteral("/tmp/h-findui/mpr-axis%1.png").arg(view->axis()));
        c->setFindingVisible(lesionKey(c), false);
        QTest::qWait(30);
        const QColor without = colourAt(view, at);
        c->setFindingVisible(lesionKey(c), true);
        QTest::qWait(30);
        // Reddish where the lesion is: red up, blue down against the grey.
        QVERIFY2(with.red() - without.red() > 20 * lesion->displayRgb->x && without.blue() - with.blue() > 10,
                 qPrintable(QStringLiteral("axis %1: with %2 without %3").arg(view->axis()).arg(with.name(), without.name())));
        ++checked;
    }
    QCOMPARE(checked, 2);
}

// On screen, in every view showing the lesion: what the X server shows
// around the lesion must be what a fresh redraw of image and overlay shows
// (a stale image under a current overlay differs), and on the axial view the
// SEG's outline must ring the lesion's own pixels. Empty: registered;
// otherwise what is wrong.
QString TestFindings::misregistered(MainWindow* window, const QColor& segment, const QString& when) const
{
    const QImage screen = screenOf(window);
    for (int i = 0; i < window->grid()->viewCount(); ++i)
        window->grid()->view(i)->refresh();
    const QImage fresh = screenOf(window);
    if (qEnvironmentVariableIsSet("CUSTOS_KEEP_TEST_FILES"))
        screen.save(QStringLiteral("/tmp/registration-%1.png").arg(QString(when).replace(QLatin1Char(' '), QLatin1Char('-'))));
    QStringList problems;
    int checked = 0;
    for (int i = 0; i < window->grid()->viewCount(); ++i) {
        SliceView* view = window->grid()->view(i);
        if (!view->volume() || !view->isVisible())
            continue;
        const auto& g = view->volume()->geometry();
        const dicom::Vec3 v = patientToVoxel(g, m_geometry.landmarks.lesion);
        if (std::abs(component(v, view->axis()) - view->slice()) > 0.6)
            continue; // not through the lesion
        const QPointF at = view->widgetPointForVoxel(v.x, v.y, v.z);
        dicom::Vec3 edge = v;
        const double right = component(v, view->displayFrame().rightAxis);
        setComponent(edge, view->displayFrame().rightAxis, right + m_geometry.landmarks.lesionRadius / axisSpacing(g, view->displayFrame().rightAxis));
        const double radiusPx = QLineF(at, view->widgetPointForVoxel(edge.x, edge.y, edge.z)).length();
        ++checked;
        const QString where = QStringLiteral("%1, view %2 (axis %3, %4×%5): ").arg(when).arg(i).arg(view->axis()).arg(view->width()).arg(view->height());

        // The lesion and its surroundings as on screen, against a fresh redraw.
        const QPoint centre = view->mapTo(window, at.toPoint());
        const int half = int(radiusPx * 2.5) + 10;
        const QRect area = QRect(centre - QPoint(half, half), centre + QPoint(half, half))
                               .intersected(QRect(view->mapTo(window, QPoint(0, 0)), view->size()))
                               .intersected(screen.rect());
        int differ = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor a = screen.pixelColor(x, y), b = fresh.pixelColor(x, y);
                differ += std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())}) > 40;
            }
        if (area.isEmpty() || differ > area.width() * area.height() / 100 + 3)
            problems << where + QStringLiteral("%1 of %2 pixels around the lesion differ from a fresh redraw").arg(differ).arg(area.width() * area.height());

        // On the acquisition plane, big enough to see it: the outline rings the lesion.
        if (view->axis() != 2 || radiusPx < 6)
            continue;
        const Registration r = registration(screen, window, view, at, radiusPx, segment);
        if (r.outline < 8 || r.lesion < 8) {
            problems << where + QStringLiteral("outline or lesion not found: ") + r.describe();
            continue;
        }
        const double apart = QLineF(r.outlineCentre, r.lesionCentre).length();
        const bool inside = r.outlineBox.adjusted(-2, -2, 2, 2).contains(r.lesionBox);
        const bool fills = r.lesionBox.width() > 0.6 * r.outlineBox.width() && r.lesionBox.height() > 0.6 * r.outlineBox.height();
        if (apart > 2.5 || !inside || !fills)
            problems << where + r.describe();
    }
    if (checked == 0)
        problems << when + QStringLiteral(": no view shows the lesion");
    return problems.join(QLatin1Char('\n'));
}

void TestFindings::aiOutlineStaysOnTheLesionAfterEveryLayoutChange()
{
    auto window = open();
    QVERIFY(window);
    // Taller than wide, as a pane next to the panels often is: the image's
    // width then sets the scale, and every change of the view's size changes it.
    window->resize(1000, 900);
    FindingsController* c = window->findings();
    lesionOutlineOnly(c); // the outline, with the lesion's own pixels inside it
    const ai::Finding* lesion = c->finding(lesionKey(c));
    QVERIFY(lesion && lesion->displayRgb);
    const QColor segment = QColor::fromRgbF(float(lesion->displayRgb->x), float(lesion->displayRgb->y), float(lesion->displayRgb->z));
    auto onLesion = [&] {
        QVERIFY(c->jumpTo(lesionKey(c)));
        // Not in the centre: a wrong scale moves everything but the centre.
        for (int i = 0; i < window->grid()->viewCount(); ++i)
            window->grid()->view(i)->resetView();
    };
    onLesion();
    QString wrong = misregistered(window.get(), segment, QStringLiteral("at first"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // A banner across the top of the window, shown and hidden.
    auto* banner = new QToolBar(window.get());
    auto* text = new QLabel(QStringLiteral("A notice of two lines\nacross the top of the window"), banner);
    banner->addWidget(text);
    window->addToolBar(Qt::TopToolBarArea, banner);
    banner->show();
    wrong = misregistered(window.get(), segment, QStringLiteral("banner shown"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    banner->hide();
    wrong = misregistered(window.get(), segment, QStringLiteral("banner hidden"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // The findings panel made wider.
    QDockWidget* panel = c->dock();
    QVERIFY(panel);
    window->resizeDocks({panel}, {panel->width() + 120}, Qt::Horizontal);
    wrong = misregistered(window.get(), segment, QStringLiteral("panel resized"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // The window resized.
    window->resize(1100, 760);
    wrong = misregistered(window.get(), segment, QStringLiteral("window resized"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // MPR on: the axial view and both reformats; then a banner over all three.
    window->resize(1280, 1000);
    window->setMpr(true);
    QTest::qWait(200);
    onLesion();
    wrong = misregistered(window.get(), segment, QStringLiteral("MPR on"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    banner->show();
    wrong = misregistered(window.get(), segment, QStringLiteral("MPR banner shown"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    banner->hide();
    window->resize(1200, 900);
    wrong = misregistered(window.get(), segment, QStringLiteral("MPR window resized"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // MPR off again.
    window->setMpr(false);
    onLesion();
    wrong = misregistered(window.get(), segment, QStringLiteral("MPR off"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
}

void TestFindings::mprCornerTextNeverOverlapsAndPanelsFit_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// The whole window at a small and a large screen size, in MPR, read from
// the X server: nothing wider than asked, the panels inside the window,
// and no two texts over the images on top of each other.
void TestFindings::mprCornerTextNeverOverlapsAndPanelsFit()
{
    QFETCH(QSize, size);
    auto window = open(true);
    QVERIFY(window);
    window->resize(size);
    QTest::qWait(300);
    QVERIFY(window->findings()->jumpTo(lesionKey(window->findings())));
    const QImage screen = screenOf(window.get());
    if (qEnvironmentVariableIsSet("CUSTOS_KEEP_TEST_FILES"))
        screen.save(QStringLiteral("/tmp/mpr-%1x%2.png").arg(size.width()).arg(size.height()));
    QCOMPARE(window->size(), size); // MPR does not force the window wider
    QCOMPARE(screen.size(), size * screen.devicePixelRatio());
    const QRect inside = window->rect();
    for (QDockWidget* dock : window->findChildren<QDockWidget*>()) {
        if (!dock->isVisible())
            continue;
        const QRect r(dock->mapTo(window.get(), QPoint(0, 0)), dock->size());
        QVERIFY2(inside.contains(r), qPrintable(QStringLiteral("%1 at %2,%3 %4×%5").arg(dock->objectName()).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
        QVERIFY2(dock->widget()->width() >= dock->widget()->minimumSizeHint().width() - 1, qPrintable(dock->objectName()));
    }
    FindingsController* c = window->findings();
    QVERIFY(c->panel()->signButton()->visibleRegion().boundingRect().width() == c->panel()->signButton()->width());
    // Each finding's name is readable in the panel: "Right lung", "Left
    // lung" and "Lesion" whole, not "Ri…" and "Le…".
    QTreeWidget* tree = c->panel()->tree();
    for (const char* name : {"Right lung", "Left lung", "Lesion"}) {
        QTreeWidgetItem* item = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it)
            if ((*it)->text(0) == QLatin1String(name))
                item = *it;
        QVERIFY2(item, name);
        const QRect cell = tree->visualItemRect(item);
        const int textRoom = tree->columnViewportPosition(1) - cell.left() - 2 * tree->style()->pixelMetric(QStyle::PM_IndicatorWidth) - 8;
        QVERIFY2(textRoom >= tree->fontMetrics().horizontalAdvance(item->text(0)),
                 qPrintable(QStringLiteral("%1: %2 px for %3 px").arg(QLatin1String(name)).arg(textRoom).arg(tree->fontMetrics().horizontalAdvance(item->text(0)))));
    }
    // And each finding's value is whole: no part of it ("2218.1 mL ·", "87 %")
    // wider than its cell's text room, and the cell tall enough for the
    // lines the value wraps into.
    const QFontMetrics metrics(tree->font());
    const int room = c->panel()->valueTextRoom(tree->columnWidth(1));
    int values = 0;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QString value = (*it)->text(1);
        if (value.isEmpty())
            continue;
        ++values;
        const QRect cell = tree->visualRect(tree->indexFromItem(*it, 1));
        for (const QString& part : value.split(QLatin1Char(' '))) // parts are joined by "\u00A0· " and keep their own spaces
            QVERIFY2(metrics.horizontalAdvance(part) <= room,
                     qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, the cell has %4").arg((*it)->text(0), part).arg(metrics.horizontalAdvance(part)).arg(room)));
        // Laid out as the style lays out wrapped item text.
        QTextLayout layout(value, tree->font());
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(wrap);
        layout.beginLayout();
        double height = 0, width = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(room);
            height += line.height();
            width = std::max(width, line.naturalTextWidth());
        }
        layout.endLayout();
        QVERIFY2(width <= room && height <= cell.height(),
                 qPrintable(QStringLiteral("%1: \"%2\" needs %3×%4 px, the cell is %5×%6").arg((*it)->text(0), value)
                                .arg(width).arg(height).arg(room).arg(cell.height())));
    }
    QVERIFY(values >= 5); // the SR nodule, both lungs, the lesion, the vendor box
    QCOMPARE(window->grid()->viewCount(), 3);
    for (int i = 0; i < 3; ++i) {
        SliceView* view = window->grid()->view(i);
        const std::vector<QRectF>& boxes = view->textBoxes();
        QVERIFY2(boxes.size() >= 4, qPrintable(QString::number(boxes.size())));
        for (std::size_t a = 0; a < boxes.size(); ++a) {
            QVERIFY2(QRectF(view->rect()).contains(boxes[a]), qPrintable(QStringLiteral("view %1 box %2 outside").arg(i).arg(a)));
            for (std::size_t b = a + 1; b < boxes.size(); ++b)
                QVERIFY2(!boxes[a].intersects(boxes[b]),
                         qPrintable(QStringLiteral("view %1 (%2×%3): text %4 (%5,%6 %7×%8) overlaps text %9 (%10,%11 %12×%13)")
                                        .arg(i).arg(view->width()).arg(view->height())
                                        .arg(a).arg(boxes[a].x()).arg(boxes[a].y()).arg(boxes[a].width()).arg(boxes[a].height())
                                        .arg(b).arg(boxes[b].x()).arg(boxes[b].y()).arg(boxes[b].width()).arg(boxes[b].height())));
        }
    }
}

// MPR on and off: the axial view keeps its slice, window and pan; the
// reformats take the same window.
void TestFindings::mprOnAndOffKeepsSliceWindowAndPan()
{
    auto window = open();
    QVERIFY(window);
    SliceView* view = window->sliceView();
    view->setSlice(m_geometry.lesionSlice);
    view->setWindow(-600, 1500);
    view->centreOnVoxel(patientToVoxel(view->volume()->geometry(), m_geometry.landmarks.lesion));
    const ViewState before = view->viewState();
    QVERIFY(before.panRight != 0 || before.panDown != 0);
    window->setMpr(true);
    QTest::qWait(100);
    SliceView* axial = nullptr;
    for (int i = 0; i < window->grid()->viewCount(); ++i) {
        SliceView* v = window->grid()->view(i);
        QCOMPARE(v->windowCenter(), -600.0);
        QCOMPARE(v->windowWidth(), 1500.0);
        if (v->axis() == 2)
            axial = v;
    }
    QVERIFY(axial);
    QCOMPARE(axial->slice(), before.slice);
    QCOMPARE(axial->viewState().panRight, before.panRight);
    QCOMPARE(axial->viewState().panDown, before.panDown);
    axial->setSlice(before.slice + 2);
    window->setMpr(false);
    QTest::qWait(100);
    SliceView* back = window->sliceView();
    QCOMPARE(back->axis(), 2);
    QCOMPARE(back->slice(), before.slice + 2);
    QCOMPARE(back->windowCenter(), -600.0);
    QCOMPARE(back->viewState().panRight, before.panRight);
    QCOMPARE(back->viewState().panDown, before.panDown);
}

// Oblique MPR planes: the AI's segments are sampled on the turned plane and
// ring the lesion's own pixels there; a plane far from the lesion draws
// nothing of it (even where its slice number is the lesion's own on the
// view's axis); regions (boxes, marks) lie on the volume's own planes, so an
// oblique plane leaves them out and says so in amber; the axial view keeps
// its outline; reset brings every plane back.
void TestFindings::aiSegmentsFollowObliquePlanesAndBoxesAreSaidHidden()
{
    auto window = open(true);
    QVERIFY(window);
    window->resize(1500, 900);
    FindingsController* c = window->findings();
    lesionOutlineOnly(c);
    const ai::Finding* lesion = c->finding(lesionKey(c));
    QVERIFY(lesion && lesion->displayRgb);
    const QColor segment = QColor::fromRgbF(float(lesion->displayRgb->x), float(lesion->displayRgb->y), float(lesion->displayRgb->z));
    const dicom::Vec3 lesionAt = m_geometry.landmarks.lesion;
    ViewerGrid* grid = window->grid();
    SliceView* axial = grid->view(0);
    for (int i = 0; i < 3; ++i)
        grid->view(i)->showPatientPoint(lesionAt);
    grid->refreshReferenceLines();
    QTest::qWait(50);

    // What the overlay changes around the lesion in a view: pixels that differ with it on and off.
    auto drawnByOverlay = [&](SliceView* v) {
        const QPointF at = v->widgetPointForPatient(lesionAt);
        const QRect area = QRect(at.toPoint() - QPoint(40, 40), QSize(81, 81)).intersected(v->rect());
        c->setOverlaysShown(true);
        QTest::qWait(20);
        const QImage on = v->grab().toImage().copy(area);
        c->setOverlaysShown(false);
        QTest::qWait(20);
        const QImage off = v->grab().toImage().copy(area);
        c->setOverlaysShown(true);
        QTest::qWait(20);
        int differ = 0;
        for (int y = 0; y < on.height(); ++y)
            for (int x = 0; x < on.width(); ++x)
                differ += on.pixel(x, y) != off.pixel(x, y);
        return differ;
    };
    for (int i = 1; i < 3; ++i)
        QVERIFY2(drawnByOverlay(grid->view(i)) > 20, "the reformats draw the lesion's outline before the turn");

    grid->rotatePlanes(axial, axial->planeRight().cross(axial->planeDown()), 25 * M_PI / 180);
    QTest::qWait(50);
    QVERIFY(!axial->isOblique());
    for (int i = 1; i < 3; ++i) {
        SliceView* v = grid->view(i);
        QVERIFY(v->isOblique());
        QVERIFY2(v->obliqueNote().isEmpty(), qPrintable(v->obliqueNote())); // only segments are shown: nothing hidden
        // Centred on the lesion, zoomed so that it is large: the outline rings its pixels.
        v->centreOnVoxel(patientToVoxel(v->volume()->geometry(), lesionAt));
        ViewState zoomed = v->viewState();
        zoomed.zoom = 3;
        v->setViewState(zoomed, false);
        QTest::qWait(50);
        const auto plane = v->currentPlane();
        QVERIFY(plane && std::abs((lesionAt - plane->point).dot(plane->normal)) < 0.5);
        const QPointF at = v->widgetPointForPatient(lesionAt);
        const double pxPerMm = QLineF(at, v->widgetPointForPatient(lesionAt + v->planeRight() * 10.0)).length() / 10;
        const double radiusPx = m_geometry.landmarks.lesionRadius * pxPerMm;
        const QImage screen = screenOf(window.get());
        if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS"))
            screen.save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/oblique-segment-%1.png").arg(i));
        const Registration r = registration(screen, window.get(), v, at, radiusPx, segment);
        const QPointF centre = v->mapTo(window.get(), at.toPoint());
        const QString where = QStringLiteral("oblique view %1 (lesion at (%2, %3), radius %4 px): ")
                                  .arg(i).arg(centre.x()).arg(centre.y()).arg(radiusPx, 0, 'f', 1);
        QVERIFY2(r.outline >= 8, qPrintable(where + r.describe()));
        // The outline rings the place geometry gives the lesion on this plane: its
        // centre there and its size the sphere's, within a label voxel (2.5 mm
        // in-plane, sampled at the nearest voxel). Below the lesion lies soft
        // tissue of the same grey, so the lesion's own pixels are checked at its
        // centre and just outside the outline, not by their extent.
        const double voxelPx = 2.5 * pxPerMm;
        QVERIFY2(QLineF(r.outlineCentre, centre).length() <= std::max(2.5, 0.5 * voxelPx), qPrintable(where + r.describe()));
        for (double side : {r.outlineBox.width(), r.outlineBox.height()})
            QVERIFY2(std::abs(side - 2 * radiusPx) <= voxelPx + 3, qPrintable(where + r.describe()));
        const QColor inside = screen.pixelColor((centre + QPointF(0.4 * radiusPx, 0.4 * radiusPx)).toPoint()); // off the crosshair lines
        QVERIFY2(inside.green() > 80 && std::abs(inside.red() - inside.green()) < 16, qPrintable(where + inside.name()));
        const double beyond = (radiusPx + voxelPx + 3) * M_SQRT1_2; // lung, up and to the patient's right, off the lines
        const QColor outside = screen.pixelColor((centre + QPointF(-beyond, -beyond)).toPoint());
        QVERIFY2(outside.green() < 60, qPrintable(where + outside.name()));
        // Where the oblique slice number is the lesion's own on the view's axis, the
        // plane lies far from the lesion: nothing of it is drawn (an overlay reading
        // that number as its slice would draw the lesion there, misplaced).
        const int before = v->slice();
        v->setSlice(int(std::lround(component(patientToVoxel(v->volume()->geometry(), lesionAt), v->axis()))));
        QTest::qWait(20);
        QVERIFY(std::abs((lesionAt - v->currentPlane()->point).dot(v->currentPlane()->normal)) > 3 * m_geometry.landmarks.lesionRadius);
        QCOMPARE(drawnByOverlay(v), 0);
        v->setSlice(before);
    }
    // The axial view still rings the lesion with its outline.
    const QString wrong = misregistered(window.get(), segment, QStringLiteral("oblique MPR"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

    // The AI's boxes and marks shown too: the oblique planes leave them out and say so in amber.
    for (std::size_t i = 0; i < c->objects().size(); ++i)
        c->setObjectVisible(int(i), true);
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            c->setFindingVisible({o.object.sopInstanceUid, f.id}, true);
    QTest::qWait(50);
    for (int i = 1; i < 3; ++i) {
        SliceView* v = grid->view(i);
        QVERIFY2(v->obliqueNote().contains(QStringLiteral("AI regions hidden on oblique planes")), qPrintable(v->obliqueNote()));
        const QImage img = v->grab().toImage();
        int amber = 0;
        for (int y = 0; y < img.height() / 3; ++y)
            for (int x = img.width() / 2; x < img.width(); ++x) {
                const QColor p = img.pixelColor(x, y);
                amber += p.red() > 200 && std::abs(p.green() - 190) < 40 && p.blue() < 110;
            }
        QVERIFY2(amber > 30, qPrintable(QString::number(amber)));
    }
    keepScreen(QStringLiteral("oblique-boxes-hidden"));
    QVERIFY(axial->obliqueNote().isEmpty());

    grid->resetPlanes();
    QTest::qWait(50);
    for (int i = 1; i < 3; ++i) {
        QVERIFY(!grid->view(i)->isOblique());
        QVERIFY(grid->view(i)->obliqueNote().isEmpty());
    }
}

void TestFindings::clickingAFindingJumpsToItsSlice()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    SliceView* view = window->sliceView();
    view->setSlice(0);
    QTreeWidget* tree = c->panel()->tree();
    QTreeWidgetItem* row = c->panel()->itemFor(srKey(c));
    QVERIFY(row);
    tree->scrollToItem(row);
    const QRect rect = tree->visualItemRect(row);
    // The value column: a click on the label's check box would toggle instead.
    const int x = tree->header()->sectionPosition(1) + 10;
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, QPoint(x, rect.center().y()));
    QTRY_COMPARE(view->slice(), m_geometry.lesionSlice);

    // The picture in the docs: the whole window on the lesion, in the app's theme.
    if (const QString shot = qEnvironmentVariable("CUSTOS_AI_SCREENSHOT"); !shot.isEmpty()) {
        view->setWindow(-500, 1500);
        QTest::qWait(300);
        QVERIFY(window->grab().save(shot));
    }
}

// A finding clicked in the panel fills the view: the small lesion is
// magnified, a whole lung stays inside the view with room around it.
void TestFindings::clickingAFindingZoomsToFitIt()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    SliceView* view = window->sliceView();
    QVERIFY(c->jumpTo(lesionKey(c)));
    QVERIFY2(view->zoom() > 2, qPrintable(QString::number(view->zoom())));
    ai::FindingKey rightLung;
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (f.label == QLatin1String("Right lung"))
                rightLung = {o.object.sopInstanceUid, f.id};
    QVERIFY(c->jumpTo(rightLung));
    QTest::qWait(100);
    // The lung's extent on this slice: every point of its outline in the view.
    const auto& g = view->volume()->geometry();
    // The right lung lies within 55 × 80 mm of its centre (demo_study.cpp); air there is lung.
    const dicom::Vec3 centre = m_geometry.landmarks.rightLung;
    int inside = 0, outside = 0;
    for (int j = 0; j < g.rows; ++j)
        for (int i = 0; i < g.columns; ++i) {
            const dicom::Vec3 p = voxelToPatient(g, dicom::Vec3{double(i), double(j), double(view->slice())});
            const double dx = (p.x - centre.x) / 56, dy = (p.y - centre.y) / 81;
            if (auto v = view->valueAt(i, j, view->slice()); v && *v < -700 && dx * dx + dy * dy < 1) {
                (QRectF(view->rect()).contains(view->widgetPointForVoxel(i, j, view->slice())) ? inside : outside) += 1;
            }
        }
    QVERIFY2(inside > 100 && outside == 0, qPrintable(QStringLiteral("lung voxels in view %1, outside %2, zoom %3").arg(inside).arg(outside).arg(view->zoom())));
    QVERIFY2(view->zoom() >= 1.0, qPrintable(QString::number(view->zoom())));
}

void TestFindings::reviewIsAuditedSignedAndSavedAsValidSr()
{
    {
        QMutexLocker lock(&m_mutex);
        m_events.clear();
    }
    const QString study = copyOfStudy(); // the signed review stays out of the other tests' study
    QVERIFY(!study.isEmpty());
    auto window = open(false, study);
    QVERIFY(window);
    FindingsController* c = window->findings();
    const ai::FindingKey lesion = lesionKey(c), sr = srKey(c);
    QVERIFY(c->accept(lesion).ok());
    QVERIFY(c->panel()->itemFor(lesion)->text(2).contains(ai::decisionName(ai::ReviewDecision::Accepted)));

    ai::FindingKey rightLung;
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (f.label == QLatin1String("Right lung"))
                rightLung = {o.object.sopInstanceUid, f.id};
    QVERIFY(!c->reject(rightLung, ai::RejectReason::Other, {}).ok()); // "other" needs words
    QVERIFY(c->reject(rightLung, ai::RejectReason::WrongLocation, {}).ok());
    QVERIFY(c->panel()->itemFor(rightLung)->text(2).contains(ai::decisionName(ai::ReviewDecision::Rejected)));
    QVERIFY(c->panel()->itemFor(rightLung)->font(0).strikeOut());

    ai::Correction correction;
    ai::Measurement corrected = c->finding(sr)->measurements.front();
    corrected.value = 11.5;
    correction.measurements.push_back(corrected);
    QVERIFY(c->correct(sr, correction).ok());
    QVERIFY(c->comment(sr, QStringLiteral("Measured again on the lung window.")).ok());
    QVERIFY(c->panel()->itemFor(sr)->text(2).contains(ai::decisionName(ai::ReviewDecision::Corrected)));

    // Not everything decided yet: signing says so and writes nothing.
    auto early = c->finishAndSign();
    QVERIFY(!early.ok());
    QVERIFY2(early.errorMessage().contains(QLatin1String("wait")), qPrintable(early.errorMessage()));
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (c->review().decision({o.object.sopInstanceUid, f.id}) == ai::ReviewDecision::Pending)
                QVERIFY(c->accept({o.object.sopInstanceUid, f.id}).ok());
    // Reviews signed earlier in the same second (another window on this study):
    // this one takes the next free name and never overwrites them.
    const QDir aiFolder(QDir(study).filePath(QStringLiteral("ai")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList planted;
    for (int s = 0; s < 60; ++s) {
        planted << aiFolder.filePath(QStringLiteral("ai-review-%1.dcm").arg(now.addSecs(s).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        QFile earlier(planted.back());
        QVERIFY(earlier.open(QIODevice::WriteOnly) && earlier.write("earlier review") > 0);
    }
    auto saved = c->finishAndSign();
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.errorMessage()));
    QVERIFY(saved.value().startsWith(QDir(study).filePath(QStringLiteral("ai/"))));
    QVERIFY2(saved.value().endsWith(QLatin1String("-2.dcm")), qPrintable(saved.value()));
    for (const QString& p : planted)
        QCOMPARE(QFileInfo(p).size(), qint64(14));
    QVERIFY(c->review().isSigned());
    QVERIFY(!c->accept(lesion).ok()); // signed: no more changes
    QVERIFY(!c->panel()->signButton()->isEnabled());

    auto back = ai::readReview(saved.value());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.errorMessage()));
    QVERIFY(back.value().isSigned());
    QCOMPARE(back.value().decision(lesion), ai::ReviewDecision::Accepted);
    QCOMPARE(back.value().decision(rightLung), ai::ReviewDecision::Rejected);
    QCOMPARE(back.value().find(rightLung)->reason, ai::RejectReason::WrongLocation);
    QCOMPARE(back.value().decision(sr), ai::ReviewDecision::Corrected);
    QCOMPARE(back.value().find(sr)->correction.measurements.front().value, 11.5);
    QCOMPARE(back.value().find(sr)->comment, QStringLiteral("Measured again on the lung window."));
    QCOMPARE(back.value().find(lesion)->reviewer.subject, QStringLiteral("dr.weber"));
    const QStringList errors = dciodvfyErrors(saved.value());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));

    // Every decision and the signature are in the audit trail, with the
    // signed-in user, never the comment's words.
    QMutexLocker lock(&m_mutex);
    int review = 0, created = 0;
    for (const audit::Event& e : m_events) {
        if (e.id.code != QLatin1String("110110"))
            continue;
        ++review;
        created += e.action == QLatin1Char('C');
        QCOMPARE(e.participants.front().userId, QStringLiteral("dr.weber"));
        for (const auto& o : e.objects)
            QVERIFY(!o.detail.contains(QLatin1String("lung window")));
    }
    int findings = 0;
    for (const LoadedAiObject& o : c->objects())
        findings += int(o.object.findings.size());
    // accept + reject + correct + comment + the other findings accepted + signed.
    QCOMPARE(review, 4 + (findings - 3) + 1);
    QCOMPARE(created, 1);
}

void TestFindings::deniedReviewLeavesTheFindingsVisibleButUnchangeable()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    c->setReviewAllowed(false, QStringLiteral("Your role may not review AI findings."));
    auto r = c->accept(lesionKey(c));
    QVERIFY(!r.ok());
    QCOMPARE(r.errorMessage(), QStringLiteral("Your role may not review AI findings."));
    QCOMPARE(c->review().decision(lesionKey(c)), ai::ReviewDecision::Pending);
    QVERIFY(!c->panel()->signButton()->isEnabled());
    QVERIFY(c->panel()->itemFor(lesionKey(c)));
    c->setReviewAllowed(true);
    QVERIFY(c->accept(lesionKey(c)).ok());
}

void TestFindings::signedReviewIsReadBackOnReopen()
{
    const QString study = copyOfStudy();
    QVERIFY(!study.isEmpty());
    ai::FindingKey lesion, rightLung;
    int findings = 0;
    {
        auto window = open(false, study);
        QVERIFY(window);
        FindingsController* c = window->findings();
        lesion = lesionKey(c);
        for (const LoadedAiObject& o : c->objects())
            for (const ai::Finding& f : o.object.findings) {
                ++findings;
                if (f.label == QLatin1String("Right lung"))
                    rightLung = {o.object.sopInstanceUid, f.id};
            }
        QVERIFY(c->reject(rightLung, ai::RejectReason::WrongLocation, {}).ok());
        for (const LoadedAiObject& o : c->objects())
            for (const ai::Finding& f : o.object.findings)
                if (c->review().decision({o.object.sopInstanceUid, f.id}) == ai::ReviewDecision::Pending)
                    QVERIFY(c->accept({o.object.sopInstanceUid, f.id}).ok());
        auto saved = c->finishAndSign();
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.errorMessage()));
    }

    // Opened again: the same five AI objects (the review is none of them,
    // and no warning about it), every decision as signed, and no more changes.
    auto window = open(false, study);
    QVERIFY(window);
    FindingsController* c = window->findings();
    QCOMPARE(int(c->objects().size()), 5);
    QVERIFY2(c->panel()->summaryText().contains(QLatin1String("5 AI object")), qPrintable(c->panel()->summaryText()));
    QCOMPARE(c->panel()->problemsText().count(QLatin1String("not in the open study")), 1); // ElsewhereNet's only
    QVERIFY(c->review().isSigned());
    QCOMPARE(c->review().signature()->reviewer.subject, QStringLiteral("dr.weber"));
    // The verifying observer is named as people read the name, not by login.
    QCOMPARE(c->review().signature()->reviewer.displayName, QStringLiteral("Dr. Anna Weber"));
    int restored = 0;
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings) {
            const ai::FindingKey key{o.object.sopInstanceUid, f.id};
            const auto expected = key == rightLung ? ai::ReviewDecision::Rejected : ai::ReviewDecision::Accepted;
            QCOMPARE(c->review().decision(key), expected);
            QVERIFY(c->panel()->itemFor(key)->text(2).contains(ai::decisionName(expected)));
            ++restored;
        }
    QCOMPARE(restored, findings);
    QCOMPARE(c->review().find(rightLung)->reason, ai::RejectReason::WrongLocation);
    QVERIFY(!c->accept(lesion).ok());
    QVERIFY(!c->panel()->signButton()->isEnabled());
    QVERIFY2(c->panel()->reviewStatusText().contains(QLatin1String("signed")), qPrintable(c->panel()->reviewStatusText()));
}

// The reject dialog refuses "Other" without words while it is still open;
// signing shows what is signed, by whom, and asks first.
void TestFindings::rejectOtherNeedsWordsAndSigningAsksFirst()
{
    const QString study = copyOfStudy();
    QVERIFY(!study.isEmpty());
    auto window = open(false, study);
    QVERIFY(window);
    FindingsController* c = window->findings();
    FindingsPanel* panel = c->panel();
    ai::FindingKey rightLung;
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (f.label == QLatin1String("Right lung"))
                rightLung = {o.object.sopInstanceUid, f.id};
    panel->tree()->setCurrentItem(panel->itemFor(rightLung));

    bool refusedOpen = false, closedWithWords = false;
    QString refusal;
    int width = 0;
    connect(panel, &FindingsPanel::rejectDialogOpened, this, [&](QDialog* d) {
        QTimer::singleShot(100, d, [&, d] {
            auto* dialog = static_cast<RejectDialog*>(d);
            width = dialog->width();
            dialog->setReason(ai::RejectReason::Other);
            dialog->setText(QString());
            refusedOpen = !dialog->submit() && dialog->isVisible();
            refusal = dialog->errorText();
            dialog->setText(QStringLiteral("outlines the chest wall"));
            closedWithWords = dialog->submit();
        });
    });
    QPushButton* reject = nullptr;
    for (QPushButton* b : panel->findChildren<QPushButton*>())
        if (b->text().contains(QLatin1String("Reject")))
            reject = b;
    QVERIFY(reject && reject->isEnabled());
    reject->click();
    QVERIFY(refusedOpen);
    QVERIFY2(refusal.contains(QLatin1String("Other")), qPrintable(refusal));
    QVERIFY(closedWithWords);
    QVERIFY2(width >= 400, qPrintable(QString::number(width)));
    QCOMPARE(c->review().decision(rightLung), ai::ReviewDecision::Rejected);
    QCOMPARE(c->review().find(rightLung)->reason, ai::RejectReason::Other);

    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (c->review().decision({o.object.sopInstanceUid, f.id}) == ai::ReviewDecision::Pending)
                QVERIFY(c->accept({o.object.sopInstanceUid, f.id}).ok());
    // Asked first; cancelled: nothing signed.
    QString question, summary;
    bool cancel = true;
    connect(panel, &FindingsPanel::signConfirmationOpened, this, [&](QDialog* d) {
        QTimer::singleShot(100, d, [&, d] {
            auto* box = static_cast<QMessageBox*>(d);
            question = box->text();
            summary = box->informativeText();
            if (cancel)
                box->button(QMessageBox::Cancel)->click();
            else
                for (QAbstractButton* b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
        });
    });
    panel->signButton()->click();
    QVERIFY2(question.contains(QLatin1String("Dr. Anna Weber")), qPrintable(question));
    QVERIFY2(summary.contains(QLatin1String("Rejected: 1")), qPrintable(summary));
    QVERIFY(!c->review().isSigned());
    cancel = false;
    QTimer::singleShot(1500, [] { // the "saved as" note after signing
        if (auto* info = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            info->accept();
    });
    panel->signButton()->click();
    QVERIFY(c->review().isSigned());
    QCOMPARE(c->review().signature()->reviewer.displayName, QStringLiteral("Dr. Anna Weber"));
}

// Correcting is what a radiologist means by it: the class (this "neoplasm"
// is a lymph node), the measured value, the region moved where it belongs;
// the dialog stands beside the lesion, not on it, and shows the corrected
// region while it is edited. The SR and the audit trail say what changed.
void TestFindings::correctionChangesClassValueAndRegionBesideTheLesion()
{
    {
        QMutexLocker lock(&m_mutex);
        m_events.clear();
    }
    const QString study = copyOfStudy();
    QVERIFY(!study.isEmpty());
    auto window = open(false, study);
    QVERIFY(window);
    FindingsController* c = window->findings();
    FindingsPanel* panel = c->panel();
    const ai::FindingKey lesion = lesionKey(c);
    QVERIFY(c->jumpTo(lesion));
    QTest::qWait(300);
    panel->tree()->setCurrentItem(panel->itemFor(lesion));
    const QRect onScreen = c->screenRect(lesion);
    QVERIFY2(!onScreen.isEmpty() && window->sliceView()->rect().translated(window->sliceView()->mapToGlobal(QPoint())).contains(onScreen.center()),
             qPrintable(QStringLiteral("lesion at %1,%2 %3x%4").arg(onScreen.x()).arg(onScreen.y()).arg(onScreen.width()).arg(onScreen.height())));

    QRect dialogRect;
    int classes = 0;
    bool classOffered = false;
    QPushButton* correct = nullptr;
    for (QPushButton* b : panel->findChildren<QPushButton*>())
        if (b->text().contains(QLatin1String("Correct")))
            correct = b;
    QVERIFY(correct && correct->isEnabled());
    auto onOpen = connect(panel, &FindingsPanel::correctDialogOpened, this, [&](QDialog* d) {
        QTimer::singleShot(200, d, [&, d] {
            auto* dialog = static_cast<CorrectDialog*>(d);
            dialogRect = dialog->frameGeometry();
            keepScreen(QStringLiteral("correct-dialog"));
            classes = dialog->classCount();
            classOffered = dialog->setFindingClass(QStringLiteral("Lymph node"));
            dialog->setMeasurement(0, 1.25);
            dialog->accept();
        });
    });
    correct->click();
    disconnect(onOpen);
    QVERIFY2(!dialogRect.isEmpty() && !dialogRect.intersects(onScreen),
             qPrintable(QStringLiteral("dialog %1,%2 %3x%4 over the lesion %5,%6 %7x%8")
                            .arg(dialogRect.x()).arg(dialogRect.y()).arg(dialogRect.width()).arg(dialogRect.height())
                            .arg(onScreen.x()).arg(onScreen.y()).arg(onScreen.width()).arg(onScreen.height())));
    QVERIFY(classes >= 3); // the AI's, the study's others, common ones
    QVERIFY(classOffered);
    QCOMPARE(c->review().decision(lesion), ai::ReviewDecision::Corrected);
    const ai::Correction& lesionFix = c->review().find(lesion)->correction;
    QVERIFY(lesionFix.findingType);
    QCOMPARE(lesionFix.findingType->value, QStringLiteral("59441001"));
    QCOMPARE(lesionFix.label, QStringLiteral("Lymph node"));
    QCOMPARE(lesionFix.measurements.size(), std::size_t(1));
    QCOMPARE(lesionFix.measurements.front().value, 1.25);
    QVERIFY2(panel->itemFor(lesion)->text(0).startsWith(QLatin1String("Lymph node")), qPrintable(panel->itemFor(lesion)->text(0)));

    // A box: moved where it belongs, drawn there while the dialog is open.
    ai::FindingKey box;
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (f.label == QLatin1String("Nodule box"))
                box = {o.object.sopInstanceUid, f.id};
    QVERIFY(!box.objectUid.isEmpty());
    const auto before = c->finding(box)->regions2D.front().points;
    panel->tree()->setCurrentItem(panel->itemFor(box));
    onOpen = connect(panel, &FindingsPanel::correctDialogOpened, this, [&](QDialog* d) {
        QTimer::singleShot(200, d, [&, d] {
            auto* dialog = static_cast<CorrectDialog*>(d);
            dialog->moveRegion(4, -3);
            dialog->accept();
        });
    });
    correct->click();
    disconnect(onOpen);
    QCOMPARE(c->review().decision(box), ai::ReviewDecision::Corrected);
    QVERIFY(!c->review().find(box)->correction.findingType); // a result without a class keeps none
    const auto after = c->review().find(box)->correction.regions2D.front().points;
    QCOMPARE(after.front().first, before.front().first + 4);
    QCOMPARE(after.back().second, before.back().second - 3);

    // The audit trail names what changed.
    {
        QMutexLocker lock(&m_mutex);
        QString details;
        for (const audit::Event& e : m_events)
            for (const auto& o : e.objects)
                details += o.detail + QLatin1Char('\n');
        QVERIFY2(details.contains(QLatin1String("class Neoplasm -> Lymph node")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("Volume")) && details.contains(QLatin1String("-> 1.25 mL")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("region redrawn")), qPrintable(details));
    }
    // The signed SR keeps the class and the name.
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (c->review().decision({o.object.sopInstanceUid, f.id}) == ai::ReviewDecision::Pending)
                QVERIFY(c->accept({o.object.sopInstanceUid, f.id}).ok());
    auto saved = c->finishAndSign();
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.errorMessage()));
    auto back = ai::readReview(saved.value());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.errorMessage()));
    const ai::Correction& read = back.value().find(lesion)->correction;
    QVERIFY(read.findingType);
    QCOMPARE(read.findingType->value, QStringLiteral("59441001"));
    QCOMPARE(read.label, QStringLiteral("Lymph node"));
    const QStringList errors = dciodvfyErrors(saved.value());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestFindings::panelSaysItIsLookingWhileTheStudyIsRead()
{
    ViewerOptions options;
    options.paths = {m_study};
    MainWindow window(options);
    window.show();
    // Right away, while the files are read: looking, never "none".
    FindingsPanel* panel = window.findings()->panel();
    QCOMPARE(panel->summaryText(), QStringLiteral("Looking for AI results…"));
    // Everything the panel says until the AI objects are listed: after every
    // change it is told of (the scan's end above all, when the AI files are
    // only about to be read) and at every step of the pixel load.
    QStringList said;
    const auto note = [&said, panel] {
        if (said.isEmpty() || said.back() != panel->summaryText())
            said << panel->summaryText();
    };
    connect(window.findings(), &FindingsController::objectsChanged, panel, note);
    connect(window.loader(), &StudyLoader::scanFinished, panel, note);
    connect(window.loader(), &StudyLoader::loadProgress, panel, note);
    QSignalSpy loaded(&window, &MainWindow::seriesLoaded);
    QVERIFY(loaded.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(panel->summaryText().contains(QLatin1String("AI object")), 30000);
    note();
    const qsizetype listed = said.indexOf(QRegularExpression(QStringLiteral(".*AI object.*")));
    QVERIFY2(listed > 0, qPrintable(said.join(QStringLiteral(" | "))));
    for (qsizetype i = 0; i < listed; ++i)
        QVERIFY2(said[i] == QStringLiteral("Looking for AI results…"), qPrintable(said.join(QStringLiteral(" | "))));
}

void TestFindings::namesAndDatesAreShownTheLocalesWay()
{
    QCOMPARE(displayPersonName(QStringLiteral("DEMO^CUSTOS")), QStringLiteral("DEMO, CUSTOS"));
    QCOMPARE(displayPersonName(QStringLiteral("Weber^Anna^Maria^Dr.")), QStringLiteral("Dr. Weber, Anna Maria"));
    QCOMPARE(displayPersonName(QStringLiteral("Yamada^Tarou=山田^太郎")), QStringLiteral("Yamada, Tarou"));
    QCOMPARE(displayDate(QStringLiteral("2024")), QStringLiteral("2024")); // a masked date: the year only
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(displayDate(QStringLiteral("20240312")), QStringLiteral("12.03.24"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(displayDate(QStringLiteral("20240312")), QStringLiteral("3/12/24"));
    QLocale::setDefault(before);
    // In the corner of the image.
    auto window = open();
    QVERIFY(window);
    QCOMPARE(window->sliceView()->overlayText().patientName, QStringLiteral("DEMO, CUSTOS"));
    QVERIFY(!window->sliceView()->overlayText().patientName.contains(QLatin1Char('^')));
    QVERIFY(!window->sliceView()->overlayText().studyDate.isEmpty());
    QVERIFY2(!QRegularExpression(QStringLiteral("^\\d{8}$")).match(window->sliceView()->overlayText().studyDate).hasMatch(),
             qPrintable(window->sliceView()->overlayText().studyDate));
}

// The site's AI model registry (policy aiGovernance): the demo's model is
// not in it, so its findings are greyed with the rule in a banner and on the
// row, audited once per study; approved, they are not; "hide" drops them.
// Each decision's audit record names the model (what monitoring counts).
void TestFindings::unregisteredModelIsGreyedWithItsRuleAuditedOnceOrHidden()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    const ai::FindingKey lesion = lesionKey(c);
    QVERIFY(c->panel()->itemFor(lesion));
    const QColor normal = c->panel()->itemFor(lesion)->foreground(0).color();
    auto unapprovedEvents = [this] {
        QMutexLocker lock(&m_mutex);
        return int(std::count_if(m_events.begin(), m_events.end(),
                                 [](const audit::Event& e) { return e.outcomeDescription.startsWith(QLatin1String("AI model not approved")); }));
    };
    const auto registry = [](const QString& approvedName, const QString& handling) {
        return governance::Registry::fromPolicy(QJsonObject{
            {QStringLiteral("unregisteredModels"), handling},
            {QStringLiteral("models"),
             QJsonArray{QJsonObject{{QStringLiteral("manufacturer"), QStringLiteral("Custos")},
                                    {QStringLiteral("modelName"), approvedName},
                                    {QStringLiteral("versions"), QJsonObject{{QStringLiteral("minimum"), QStringLiteral("0")}}},
                                    {QStringLiteral("baa"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("BAA-1")},
                                                                        {QStringLiteral("expires"), QStringLiteral("2099-12-31")}}}}}}});
    };
    c->setModelRegistry(registry(QStringLiteral("Another Model"), QStringLiteral("grey")));
    QTest::qWait(50);
    QTreeWidgetItem* item = c->panel()->itemFor(lesion);
    QVERIFY(item);
    QVERIFY(c->unapproved(lesion));
    QVERIFY2(item->foreground(0).color() != normal && qGray(item->foreground(0).color().rgb()) < 160,
             qPrintable(item->foreground(0).color().name()));
    QVERIFY2(item->toolTip(0).contains(QLatin1String("Custos Demo AI")), qPrintable(item->toolTip(0)));
    auto* banner = c->panel()->findChild<QLabel*>(QStringLiteral("findingsGovernance"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("not in the site's AI model registry")), qPrintable(banner->text()));
    if (const QString keep = qEnvironmentVariable("CUSTOS_TEST_KEEP"); !keep.isEmpty()) // for a person to look at
        window->grab().save(keep + QStringLiteral("/findings-greyed.png"));
    const int first = unapprovedEvents();
    QVERIFY(first >= 1);
    c->setModelRegistry(registry(QStringLiteral("Another Model"), QStringLiteral("grey"))); // the same study again: no new record
    QCOMPARE(unapprovedEvents(), first);
    // Greyed findings stay reviewable; the decision's record names the model.
    QVERIFY(c->accept(lesion).ok());
    {
        QMutexLocker lock(&m_mutex);
        const audit::Event& last = m_events.back();
        QVERIFY(!last.objects.empty());
        QVERIFY2(last.objects.back().detail.contains(QLatin1String(" model=\"Custos Demo AI\"")), qPrintable(last.objects.back().detail));
        QVERIFY(governance::parseModelTag(last.objects.back().detail).valid);
    }
    // Approved: its findings are not greyed and the banner no longer names
    // it (the study's other vendors' models, not registered, still are).
    c->setModelRegistry(registry(QStringLiteral("Custos Demo AI"), QStringLiteral("grey")));
    QTest::qWait(50);
    QVERIFY(!c->unapproved(lesion));
    QCOMPARE(c->panel()->itemFor(lesion)->foreground(0).color(), normal);
    QVERIFY2(!banner->text().contains(QLatin1String("Custos Demo AI")), qPrintable(banner->text()));
    // Hidden, as a policy may say.
    c->setModelRegistry(registry(QStringLiteral("Another Model"), QStringLiteral("hide")));
    QTest::qWait(50);
    QVERIFY(!c->panel()->itemFor(lesion));
}

// The radiologist looks at the image, not the panel: what a model the site
// does not approve found is drawn grey on the slices (segments, heatmaps,
// regions), its tags say "not approved", its 3D surfaces are grey; with
// "hide" nothing of it is drawn; approved again, its colours are back.
void TestFindings::unapprovedModelIsDrawnGreyOnTheImageOrNotAtAll()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    SliceView* view = window->sliceView();
    const ai::FindingKey lesion = lesionKey(c);
    const auto registry = [](const QString& approvedName, const QString& handling) {
        return governance::Registry::fromPolicy(QJsonObject{
            {QStringLiteral("unregisteredModels"), handling},
            {QStringLiteral("models"),
             QJsonArray{QJsonObject{{QStringLiteral("manufacturer"), QStringLiteral("Custos")},
                                    {QStringLiteral("modelName"), approvedName},
                                    {QStringLiteral("versions"), QJsonObject{{QStringLiteral("minimum"), QStringLiteral("0")}}},
                                    {QStringLiteral("baa"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("BAA-1")},
                                                                        {QStringLiteral("expires"), QStringLiteral("2099-12-31")}}}}}}});
    };
    const auto settle = [&] {
        for (int i = 0; i < 600 && c->busy(); ++i)
            QTest::qWait(50);
        QTest::qWait(100);
    };
    // The lesion filled (not only outlined), so its own pixels carry the overlay's colour.
    AiOverlayStyle style = c->style();
    style.outlineSmall = false;
    c->setStyle(style);
    const auto& g = view->volume()->geometry();
    const dicom::Vec3 lung = patientToVoxel(g, m_geometry.landmarks.rightLung);
    const dicom::Vec3 lesionVoxel = patientToVoxel(g, m_geometry.landmarks.lesion);
    struct Look
    {
        QImage lesionSlice, lungSlice;
        QColor atLesion, atLung;
        QStringList texts;
    };
    // The whole slice through the lesion, and the one through the lung's centre.
    const auto look = [&] {
        Look l;
        view->setSlice(int(std::lround(lesionVoxel.z)));
        view->resetView();
        QTest::qWait(100);
        l.lesionSlice = view->grab().toImage();
        l.atLesion = colourAt(view, view->widgetPointForVoxel(lesionVoxel.x, lesionVoxel.y, lesionVoxel.z));
        l.texts = overlayTexts(*c->overlay(), view);
        view->setSlice(int(std::lround(lung.z)));
        QTest::qWait(100);
        l.lungSlice = view->grab().toImage();
        l.atLung = colourAt(view, view->widgetPointForVoxel(lung.x, lung.y, lung.z));
        return l;
    };
    c->setOverlaysShown(false);
    const Look plain = look();
    c->setOverlaysShown(true);

    // Approved: the segments' colours.
    c->setModelRegistry(registry(QStringLiteral("Custos Demo AI"), QStringLiteral("grey")));
    settle();
    const Look approved = look();
    QVERIFY2(saturatedChanges(approved.lesionSlice, plain.lesionSlice) > 200,
             qPrintable(QString::number(saturatedChanges(approved.lesionSlice, plain.lesionSlice))));
    QVERIFY2(spread(approved.atLesion) > 30, qPrintable(approved.atLesion.name()));
    QVERIFY2(spread(approved.atLung) > 30, qPrintable(approved.atLung.name()));
    const auto demoTags = [](const QStringList& texts) {
        QStringList out;
        for (const QString& t : texts)
            if (t.contains(QLatin1String("Custos Demo AI")))
                out << t;
        return out;
    };
    QVERIFY2(!demoTags(approved.texts).isEmpty(), qPrintable(approved.texts.join(QLatin1String(" | "))));
    for (const QString& t : demoTags(approved.texts))
        QVERIFY2(!t.contains(notApprovedText()), qPrintable(t));

    // Not approved, greyed: drawn, but nothing saturated; grey where the
    // lesion and the lung are; every tag of the model says so.
    c->setModelRegistry(registry(QStringLiteral("Another Model"), QStringLiteral("grey")));
    settle();
    QVERIFY(c->unapproved(lesion));
    const Look greyed = look();
    keepScreen(QStringLiteral("governance-greyed-overlay"));
    if (qEnvironmentVariableIsSet("CUSTOS_TEST_SCREENSHOTS")) {
        view->setSlice(int(std::lround(lesionVoxel.z)));
        QTest::qWait(100);
        view->grab().save(qEnvironmentVariable("CUSTOS_TEST_SCREENSHOTS") + QStringLiteral("/governance-greyed-view.png"));
    }
    for (const auto& [shot, base, where] : {std::tuple{&greyed.lesionSlice, &plain.lesionSlice, "lesion"},
                                            std::tuple{&greyed.lungSlice, &plain.lungSlice, "lung"}}) {
        QVERIFY2(saturatedChanges(*shot, *base) < 20,
                 qPrintable(QStringLiteral("%1 saturated pixels on the %2's slice").arg(saturatedChanges(*shot, *base)).arg(QLatin1String(where))));
        QVERIFY2(changes(*shot, *base) > 200, qPrintable(QStringLiteral("only %1 pixels drawn on the %2's slice")
                                                             .arg(changes(*shot, *base)).arg(QLatin1String(where))));
    }
    for (const auto& [colour, base] : {std::pair{greyed.atLesion, plain.atLesion}, std::pair{greyed.atLung, plain.atLung}}) {
        QVERIFY2(spread(colour) < 12, qPrintable(colour.name()));
        QVERIFY2(std::abs(colour.green() - base.green()) > 6, qPrintable(colour.name() + QLatin1Char(' ') + base.name())); // drawn
    }
    QVERIFY2(demoTags(greyed.texts).size() >= 2, qPrintable(greyed.texts.join(QLatin1String(" | "))));
    // The panel's swatch, the legend of the colours on the image, is grey too.
    const auto swatchOf = [&] { return c->panel()->itemFor(lesion)->icon(0).pixmap(12, 12).toImage().pixelColor(6, 6); };
    QVERIFY2(spread(swatchOf()) < 8, qPrintable(swatchOf().name()));
    for (const QString& t : demoTags(greyed.texts))
        QVERIFY2(t.endsWith(notApprovedText()), qPrintable(t));

    // Hidden: nothing of it on the image (the study's other models are not registered either).
    c->setModelRegistry(registry(QStringLiteral("Another Model"), QStringLiteral("hide")));
    settle();
    QVERIFY(c->hiddenByPolicy(lesion));
    const Look hidden = look();
    QCOMPARE(changes(hidden.lesionSlice, plain.lesionSlice), 0);
    QCOMPARE(changes(hidden.lungSlice, plain.lungSlice), 0);
    QVERIFY2(demoTags(hidden.texts).isEmpty(), qPrintable(hidden.texts.join(QLatin1String(" | "))));

    // Approved again: back, in colour.
    c->setModelRegistry(registry(QStringLiteral("Custos Demo AI"), QStringLiteral("grey")));
    settle();
    QVERIFY(!c->unapproved(lesion) && !c->hiddenByPolicy(lesion));
    const Look back = look();
    QVERIFY2(saturatedChanges(back.lesionSlice, plain.lesionSlice) > 200,
             qPrintable(QString::number(saturatedChanges(back.lesionSlice, plain.lesionSlice))));
    QVERIFY2(spread(back.atLesion) > 30, qPrintable(back.atLesion.name()));
    QVERIFY2(spread(swatchOf()) > 100, qPrintable(swatchOf().name()));

    // 3D: the lesion's surface red when approved, grey (and counted so) when not.
    VolumeView* v3 = open3D(window.get());
    QVERIFY(v3);
    v3->setVolumeVisible(false); // the surfaces alone
    v3->resetCamera();
    for (int i = 0; i < 600 && v3->buildingSurfaces(); ++i)
        QTest::qWait(50);
    QTest::qWait(300);
    keepScreen(QStringLiteral("governance-approved-3d"));
    QVERIFY(v3->aiSurfaceCount() > 0);
    QCOMPARE(v3->unapprovedSurfaceCount(), 0);
    // The lungs' blue and green (the lesion lies inside the right lung): coloured, not grey.
    const Drawn3D colour3D = drawn3D(v3);
    QVERIFY2(colour3D.foreground > 200 && colour3D.grey < colour3D.foreground / 2,
             qPrintable(colour3D.describe() + QStringLiteral("; grey %1").arg(colour3D.grey)));
    c->setModelRegistry(registry(QStringLiteral("Another Model"), QStringLiteral("grey")));
    for (int i = 0; i < 600 && (v3->buildingSurfaces() || v3->unapprovedSurfaceCount() == 0); ++i)
        QTest::qWait(50);
    QCOMPARE(v3->unapprovedSurfaceCount(), v3->aiSurfaceCount());
    const Drawn3D grey3D = drawn3D(v3);
    QVERIFY2(grey3D.foreground > 200 && grey3D.grey > grey3D.foreground * 9 / 10,
             qPrintable(grey3D.describe() + QStringLiteral("; grey %1").arg(grey3D.grey)));
    keepScreen(QStringLiteral("governance-greyed-3d"));
}

// The oblique MPR planes sample segments and heatmaps on their own grid:
// they are grey there too when the model is not approved.
void TestFindings::unapprovedModelIsGreyOnObliquePlanesToo()
{
    auto window = open(true);
    QVERIFY(window);
    window->resize(1500, 900);
    FindingsController* c = window->findings();
    const auto registry = [](const QString& approvedName) {
        return governance::Registry::fromPolicy(QJsonObject{
            {QStringLiteral("unregisteredModels"), QStringLiteral("grey")},
            {QStringLiteral("models"),
             QJsonArray{QJsonObject{{QStringLiteral("manufacturer"), QStringLiteral("Custos")},
                                    {QStringLiteral("modelName"), approvedName},
                                    {QStringLiteral("versions"), QJsonObject{{QStringLiteral("minimum"), QStringLiteral("0")}}},
                                    {QStringLiteral("baa"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("BAA-1")},
                                                                        {QStringLiteral("expires"), QStringLiteral("2099-12-31")}}}}}}});
    };
    // Segments and heatmaps: the regions are left out on oblique planes (and said so in amber).
    for (std::size_t i = 0; i < c->objects().size(); ++i)
        c->setObjectVisible(int(i), c->objects()[i].object.kind == ai::AiObjectKind::Segmentation ||
                                        c->objects()[i].object.kind == ai::AiObjectKind::ParametricMap);
    ViewerGrid* grid = window->grid();
    SliceView* axial = grid->view(0);
    for (int i = 0; i < 3; ++i)
        grid->view(i)->showPatientPoint(m_geometry.landmarks.lesion);
    grid->rotatePlanes(axial, axial->planeRight().cross(axial->planeDown()), 25 * M_PI / 180);
    QTest::qWait(100);
    // Per oblique view: the saturated pixels the overlay adds, and all it changes.
    const auto drawn = [&](SliceView* v) {
        c->setOverlaysShown(false);
        QTest::qWait(50);
        const QImage off = v->grab().toImage();
        c->setOverlaysShown(true);
        QTest::qWait(50);
        const QImage on = v->grab().toImage();
        return std::pair{saturatedChanges(on, off), changes(on, off)};
    };
    c->setModelRegistry(registry(QStringLiteral("Custos Demo AI")));
    QTest::qWait(100);
    for (int i = 1; i < 3; ++i) {
        QVERIFY(grid->view(i)->isOblique());
        const auto [saturated, changed] = drawn(grid->view(i));
        QVERIFY2(saturated > 200, qPrintable(QStringLiteral("approved, oblique view %1: %2 saturated of %3").arg(i).arg(saturated).arg(changed)));
    }
    c->setModelRegistry(registry(QStringLiteral("Another Model")));
    QTest::qWait(100);
    for (int i = 1; i < 3; ++i) {
        const auto [saturated, changed] = drawn(grid->view(i));
        QVERIFY2(saturated < 20 && changed > 200,
                 qPrintable(QStringLiteral("not approved, oblique view %1: %2 saturated of %3").arg(i).arg(saturated).arg(changed)));
    }
    keepScreen(QStringLiteral("governance-greyed-oblique"));
}

// A lung's tag on its outer side: above right of the right lung (the left
// half of an axial image) put "Right lung" on the mediastinum, where it read
// as a label of the trachea (seen in the demo walk).
void TestFindings::aiTagsSitOnTheOuterSideOfTheirSegment()
{
    QImage canvas(512, 512, QImage::Format_ARGB32);
    canvas.fill(Qt::black);
    QPainter p(&canvas);
    std::vector<QRectF> taken;
    const QRectF rightLung(70, 140, 170, 250), leftLung(272, 140, 170, 250);
    ui::paintAiTag(p, rightLung, QStringLiteral("Right lung · DemoLungSeg"), Qt::green, &taken);
    ui::paintAiTag(p, leftLung, QStringLiteral("Left lung · DemoLungSeg"), Qt::yellow, &taken);
    QCOMPARE(int(taken.size()), 2);
    QVERIFY2(taken[0].center().x() < rightLung.center().x(), "the right lung's tag is not on its outer (left) side");
    QVERIFY2(taken[1].center().x() > leftLung.center().x(), "the left lung's tag is not on its outer (right) side");
    // Neither tag covers the midline between the lungs.
    const double midline = (rightLung.right() + leftLung.left()) / 2;
    for (const QRectF& tag : taken)
        QVERIFY2(!(tag.left() < midline && tag.right() > midline), "a tag lies across the midline");
}

// View → 3D View on: the 3D pane beside the layout shows the active view's
// volume; waits until its AI surfaces are built.
VolumeView* TestFindings::open3D(MainWindow* window) const
{
    auto* action = window->findChild<QAction*>(QStringLiteral("view3DAction"));
    if (!action)
        return nullptr;
    if (!action->isChecked())
        action->trigger();
    VolumeView* v3 = window->grid()->volumeView();
    for (int i = 0; i < 600 && (v3->buildingSurfaces() || !v3->volumeShown()); ++i)
        QTest::qWait(50);
    return v3;
}

void TestFindings::lesionSurfaceIn3DLiesWhereTheTwoDViewsDrawIt()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    // Only the SEG, and of it only the lesion.
    for (std::size_t i = 0; i < c->objects().size(); ++i) {
        const LoadedAiObject& o = c->objects()[i];
        c->setObjectVisible(int(i), o.object.kind == ai::AiObjectKind::Segmentation);
        for (const ai::Finding& f : o.object.findings)
            c->setFindingVisible({o.object.sopInstanceUid, f.id}, f.label == QLatin1String("Lesion"));
    }
    VolumeView* v3 = open3D(window.get());
    QVERIFY(v3);
    QVERIFY(v3->isVisible());
    QCOMPARE(v3->volume(), window->sliceView()->volume());
    QVERIFY(v3->volumeShown());
    QCOMPARE(v3->aiSurfaceCount(), 1);
    // Side by side with the 2D view.
    QVERIFY2(v3->x() > window->sliceView()->x() + window->sliceView()->width() / 2, qPrintable(QString::number(v3->x())));

    // Where the 2D view draws the lesion, in patient coordinates.
    QVERIFY(c->jumpTo(lesionKey(c)));
    SliceView* view = window->sliceView();
    const auto onScreen2D = view->patientPointAt(lesionPoint(view));
    QVERIFY(onScreen2D);
    QVERIFY((*onScreen2D - m_geometry.landmarks.lesion).norm() < 1.0);

    v3->setVolumeVisible(false); // the surface alone
    const double r = m_geometry.landmarks.lesionRadius;
    struct Turn
    {
        const char* name;
        double azimuth, elevation;
    };
    for (const Turn& turn : {Turn{"anterior", 0, 0}, Turn{"from the patient's left", 90, 0}, Turn{"from above and behind", 120, 50}}) {
        v3->resetCamera();
        v3->rotate(turn.azimuth, turn.elevation);
        const Drawn3D d = drawn3D(v3);
        const auto at = v3->widgetPointForPatient(*onScreen2D);
        QVERIFY(at);
        const QString what = QStringLiteral("%1: 2D point projects to (%2, %3); %4")
                                 .arg(QLatin1String(turn.name)).arg(at->x(), 0, 'f', 1).arg(at->y(), 0, 'f', 1).arg(d.describe());
        QVERIFY2(d.red > 20, qPrintable(what));
        // The lesion's centre as the 2D view draws it projects onto the middle of its 3D surface…
        QVERIFY2(d.redBox.contains(*at), qPrintable(what));
        const double diagonal = std::hypot(d.redBox.width(), d.redBox.height());
        QVERIFY2(QLineF(*at, d.redCentre).length() < std::max(3.0, 0.15 * diagonal), qPrintable(what));
        // …and the surface is as wide on screen as the sphere's diameter there.
        vtkCamera* cam = v3->renderer()->GetActiveCamera();
        double up[3];
        cam->GetViewUp(up);
        const dicom::Vec3 u{up[0], up[1], up[2]};
        const auto top = v3->widgetPointForPatient(*onScreen2D + u * r), bottom = v3->widgetPointForPatient(*onScreen2D - u * r);
        QVERIFY(top && bottom);
        const double expected = QLineF(*top, *bottom).length();
        QVERIFY2(std::abs(d.redBox.height() - expected) < std::max(4.0, 0.3 * expected),
                 qPrintable(what + QStringLiteral("; expected height %1").arg(expected, 0, 'f', 1)));
    }
}

void TestFindings::threeDFollowsThePanelAndShiftClickMovesTheViews()
{
    auto window = open();
    QVERIFY(window);
    FindingsController* c = window->findings();
    segmentationsOnly(c);
    VolumeView* v3 = open3D(window.get());
    QVERIFY(v3);
    QCOMPARE(v3->aiSurfaceCount(), 3); // both lungs and the lesion
    QSignalSpy ready(v3, &VolumeView::surfacesReady);
    c->setFindingVisible(lesionKey(c), false);
    QVERIFY(ready.wait(30000));
    QCOMPARE(v3->aiSurfaceCount(), 2);
    c->setOverlaysShown(false);
    QVERIFY(ready.wait(30000));
    QCOMPARE(v3->aiSurfaceCount(), 0);
    c->setOverlaysShown(true);
    QVERIFY(ready.wait(30000));
    QCOMPARE(v3->aiSurfaceCount(), 2);

    // The lesion alone; shift-click on it in 3D moves the 2D view to its slice.
    c->setFindingVisible(lesionKey(c), true);
    for (const LoadedAiObject& o : c->objects())
        for (const ai::Finding& f : o.object.findings)
            if (o.object.kind == ai::AiObjectKind::Segmentation && f.label != QLatin1String("Lesion"))
                c->setFindingVisible({o.object.sopInstanceUid, f.id}, false);
    QVERIFY(ready.wait(30000));
    QCOMPARE(v3->aiSurfaceCount(), 1);
    v3->setVolumeVisible(false);
    v3->resetCamera();
    SliceView* view = window->sliceView();
    view->setSlice(0);
    QVERIFY(std::abs(m_geometry.lesionSlice) > 2);
    const auto at = v3->widgetPointForPatient(m_geometry.landmarks.lesion);
    QVERIFY(at);
    QTest::qWait(100);
    QTest::mouseClick(v3, Qt::LeftButton, Qt::ShiftModifier, at->toPoint());
    QVERIFY2(std::abs(view->slice() - m_geometry.lesionSlice) <= 1,
             qPrintable(QStringLiteral("slice %1, lesion at %2").arg(view->slice()).arg(m_geometry.lesionSlice)));
    // The 3D cursor is where the click landed: on the lesion's surface.
    QVERIFY(v3->cursor());
    const double off = (*v3->cursor() - m_geometry.landmarks.lesion).norm();
    QVERIFY2(off < m_geometry.landmarks.lesionRadius + 2.0, qPrintable(QString::number(off)));

    // MPR with 3D: the 3D view is the fourth quarter, and keeps the volume.
    QVERIFY(window->findChild<QAction*>(QStringLiteral("view3DAction"))->isChecked());
    window->setMpr(true);
    QTest::qWait(200);
    QCOMPARE(window->grid()->viewCount(), 3);
    QVERIFY(v3->isVisible());
    QVERIFY2(v3->y() >= window->grid()->view(0)->y() + window->grid()->view(0)->height() - 4, qPrintable(QString::number(v3->y())));
    QCOMPARE(v3->volume(), window->grid()->view(0)->volume());
    keepScreen(QStringLiteral("mpr-3d"));
    // 3D off: the pane goes and lets go of the volume.
    window->findChild<QAction*>(QStringLiteral("view3DAction"))->trigger();
    QVERIFY(!v3->isVisible());
    QVERIFY(!v3->volume());
}

void TestFindings::volumeRenderingShowsTheBodyEachPresetAndTheClip()
{
    auto window = open();
    QVERIFY(window);
    window->findings()->setOverlaysShown(false); // the volume alone
    VolumeView* v3 = open3D(window.get());
    QVERIFY(v3);
    QCOMPARE(v3->aiSurfaceCount(), 0);
    QVERIFY(v3->mapperKind() == VolumeMapperKind::FixedPoint); // the fastest here: custos-bench-volume
    const int pixels = int(v3->width() * v3->height());
    std::map<QString, Drawn3D> seen;
    for (const char* preset : {"soft", "bone", "lung", "mip"}) {
        QVERIFY(v3->setPreset(QLatin1String(preset)));
        seen[QLatin1String(preset)] = drawn3D(v3);
        keepScreen(QStringLiteral("volume-3d-") + QLatin1String(preset));
    }
    QVERIFY(!v3->setPreset(QStringLiteral("nonsense")));
    const Drawn3D& soft = seen[QStringLiteral("soft")];
    const Drawn3D& bone = seen[QStringLiteral("bone")];
    const Drawn3D& mip = seen[QStringLiteral("mip")];
    const Drawn3D& lung = seen[QStringLiteral("lung")];
    // The volume's box as the camera projects it: the body lies inside it and
    // fills most of it (the phantom is 36 of the 40 cm field wide), so the
    // rendering sits where the volume's patient geometry puts it.
    const auto& g = v3->volume()->geometry();
    QRectF box;
    for (int corner = 0; corner < 8; ++corner) {
        const dicom::Vec3 ijk{corner & 1 ? g.columns - 1.0 : 0.0, corner & 2 ? g.rows - 1.0 : 0.0, corner & 4 ? g.slices - 1.0 : 0.0};
        const auto at = v3->widgetPointForPatient(voxelToPatient(g, ijk));
        QVERIFY(at);
        box |= QRectF(*at, QSizeF(0.01, 0.01));
    }
    const QString boxText = QStringLiteral(" box (%1,%2 %3x%4)").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height());
    QVERIFY2(box.adjusted(-3, -3, 3, 3).contains(soft.foregroundBox), qPrintable(soft.describe() + boxText));
    QVERIFY2(soft.foregroundBox.width() > 0.6 * box.width() && soft.foregroundBox.height() > 0.6 * box.height(),
             qPrintable(soft.describe() + boxText));
    QVERIFY2(soft.foreground > pixels / 100, qPrintable(soft.describe()));
    // Bone is a part of the body; MIP is grey.
    QVERIFY2(bone.foreground > 50 && bone.foreground < soft.foreground, qPrintable(bone.describe() + QStringLiteral(" / ") + soft.describe()));
    QVERIFY2(mip.grey > mip.foreground * 9 / 10 && mip.foreground > soft.foreground / 2, qPrintable(mip.describe()));
    QVERIFY2(lung.foreground > 50 && lung.foreground != soft.foreground, qPrintable(lung.describe()));
    // The anterior view: the body is centred across the view.
    const double centre = soft.foregroundBox.center().x();
    QVERIFY2(std::abs(centre - v3->width() / 2.0) < v3->width() * 0.1, qPrintable(soft.describe()));
    // Clipped to the patient's right half (voxel columns run to the patient's
    // left here): seen from the front, only the left of the screen remains.
    QVERIFY(v3->setPreset(QStringLiteral("soft")));
    v3->setClipBox({0, 0.5, 0, 1, 0, 1});
    const Drawn3D clipped = drawn3D(v3);
    QVERIFY2(clipped.foreground > 50 && clipped.foregroundBox.right() < v3->width() * 0.55,
             qPrintable(clipped.describe() + QStringLiteral(" width %1").arg(v3->width())));
    v3->setClipBox({0, 1, 0, 1, 0, 1});
    QVERIFY(std::abs(drawn3D(v3).foreground - soft.foreground) < soft.foreground / 50 + 10);
    keepScreen(QStringLiteral("volume-3d"));
}

// Slices that could not be read would be gaps the ray caster shows as
// anatomy: such a series is not drawn, and the pane says why.
void TestFindings::aSeriesWithMissingSlicesIsNotDrawnIn3D()
{
    dicom::VolumeGeometry g;
    g.columns = g.rows = 32;
    g.slices = 6;
    g.hasPatientGeometry = true;
    auto volume = std::make_shared<dicom::Volume>(g, dicom::SampleType::Int16, 1);
    for (int k = 0; k < g.slices; ++k)
        if (k != 3)
            volume->markSliceReady(k);
    VolumeView view;
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setVolume(volume);
    QVERIFY(!view.volumeShown());
    QVERIFY2(view.message().contains(QLatin1String("5 of 6")), qPrintable(view.message())); // still loading
    view.loadEnded();
    QVERIFY(!view.volumeShown());
    QVERIFY2(view.message().contains(QLatin1String("1 slice(s)")) && view.message().contains(QLatin1String("not shown in 3D")),
             qPrintable(view.message()));
    // Complete: drawn, and the message goes.
    volume->markSliceReady(3);
    view.volumeUpdated();
    QVERIFY(view.volumeShown());
    QVERIFY2(view.message().isEmpty(), qPrintable(view.message()));
}

// Over the voxel budget the volume is rendered from a copy averaged down on a
// worker thread: a bright block lands where its patient coordinates say.
void TestFindings::aLargeVolumeIsDrawnAveragedDownInPlace()
{
    dicom::VolumeGeometry g;
    g.columns = g.rows = 512;
    g.slices = 130; // 34 million voxels: over the budget
    g.spacing = {0.7, 0.7, 1.5};
    g.origin = {-180, -170, -100};
    g.hasPatientGeometry = true;
    auto volume = std::make_shared<dicom::Volume>(g, dicom::SampleType::Int16, 1);
    volume->rescaleIntercept = -1024;
    auto* v = reinterpret_cast<std::int16_t*>(volume->data());
    const int lo[3] = {100, 300, 40}, hi[3] = {200, 400, 90}; // the block, voxels [lo, hi)
    for (int k = 0; k < g.slices; ++k) {
        for (int j = 0; j < g.rows; ++j)
            for (int i = 0; i < g.columns; ++i) {
                const bool in = i >= lo[0] && i < hi[0] && j >= lo[1] && j < hi[1] && k >= lo[2] && k < hi[2];
                v[(std::size_t(k) * 512 + std::size_t(j)) * 512 + std::size_t(i)] = std::int16_t(in ? 1024 + 1000 : 0); // 1000 HU, air
            }
        volume->markSliceReady(k);
    }
    VolumeView view;
    view.resize(400, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.setPreset(QStringLiteral("bone")));
    view.setVolume(volume);
    QVERIFY2(view.message().contains(QLatin1String("Preparing")), qPrintable(view.message()));
    for (int i = 0; i < 400 && !view.volumeShown(); ++i)
        QTest::qWait(50);
    QVERIFY(view.volumeShown());
    QCOMPARE(view.renderFactor(), 2);
    QVERIFY2(view.message().isEmpty(), qPrintable(view.message()));
    const Drawn3D d = drawn3D(&view);
    // The block's corners as the camera projects them.
    QRectF box;
    for (int corner = 0; corner < 8; ++corner) {
        const dicom::Vec3 ijk{(corner & 1 ? hi[0] : lo[0]) - 0.5, (corner & 2 ? hi[1] : lo[1]) - 0.5, (corner & 4 ? hi[2] : lo[2]) - 0.5};
        const auto at = view.widgetPointForPatient(voxelToPatient(g, ijk));
        QVERIFY(at);
        box |= QRectF(*at, QSizeF(0.01, 0.01));
    }
    const QString what = d.describe() + QStringLiteral("; block projects to (%1,%2 %3x%4)").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height());
    QVERIFY2(d.foreground > 100, qPrintable(what));
    // Within two rendered voxels (1.4 mm each way) of where it belongs, on screen.
    const double mmPerPixel = (hi[0] - lo[0]) * 0.7 / box.width();
    const double tolerance = 2 * 1.4 / mmPerPixel + 2;
    QVERIFY2(std::abs(d.foregroundBox.left() - box.left()) < tolerance && std::abs(d.foregroundBox.right() - box.right()) < tolerance &&
                 std::abs(d.foregroundBox.top() - box.top()) < tolerance && std::abs(d.foregroundBox.bottom() - box.bottom()) < tolerance,
             qPrintable(what + QStringLiteral("; tolerance %1 px").arg(tolerance)));
}

QTEST_MAIN(TestFindings)

#include "tst_findings.moc"
