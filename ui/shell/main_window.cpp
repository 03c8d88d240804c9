// SPDX-License-Identifier: Apache-2.0
#include "ui/shell/main_window.h"

#include "core/audit/purpose.h"
#include "core/ai/ai_reader.h"
#include "core/policy/policy_loader.h"
#include "ui/findings/findings_controller.h"
#include "ui/pacs/study_browser.h"
#include "ui/shell/findings_integration.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/presets.h"
#include "ui/viewport/slice_view.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <numeric>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace custos::ui {

namespace {
// The key names Qt prints in menus (QKeySequence::NativeText asks the
// "QShortcut" context). The system's Qt translations are not always
// installed; without these the German menus said "Ctrl+E" where every text
// of Custos says "Strg+E". Listed here so lupdate keeps them in our catalogues.
[[maybe_unused]] constexpr const char* kKeyNames[] = {
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),   QT_TRANSLATE_NOOP("QShortcut", "Shift"),  QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Meta"),   QT_TRANSLATE_NOOP("QShortcut", "Del"),    QT_TRANSLATE_NOOP("QShortcut", "Ins"),
    QT_TRANSLATE_NOOP("QShortcut", "Home"),   QT_TRANSLATE_NOOP("QShortcut", "End"),    QT_TRANSLATE_NOOP("QShortcut", "PgUp"),
    QT_TRANSLATE_NOOP("QShortcut", "PgDown"), QT_TRANSLATE_NOOP("QShortcut", "Space"),  QT_TRANSLATE_NOOP("QShortcut", "Esc"),
    QT_TRANSLATE_NOOP("QShortcut", "Left"),   QT_TRANSLATE_NOOP("QShortcut", "Right"),  QT_TRANSLATE_NOOP("QShortcut", "Up"),
    QT_TRANSLATE_NOOP("QShortcut", "Down"),   QT_TRANSLATE_NOOP("QShortcut", "Return"), QT_TRANSLATE_NOOP("QShortcut", "Enter"),
    QT_TRANSLATE_NOOP("QShortcut", "Backspace"), QT_TRANSLATE_NOOP("QShortcut", "Tab"), QT_TRANSLATE_NOOP("QShortcut", "Print"),
};
} // namespace

// A DICOM person name ("FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX", perhaps with
// ideographic and phonetic groups after "=") as people read it:
// "Prefix FAMILY, Given Middle, Suffix"; a name without "^" as it is.
QString displayPersonName(const QString& dicomName)
{
    const QString alphabetic = dicomName.section(QLatin1Char('='), 0, 0).trimmed();
    if (!alphabetic.contains(QLatin1Char('^')))
        return alphabetic;
    const QStringList parts = alphabetic.split(QLatin1Char('^'));
    auto part = [&](int i) { return i < parts.size() ? parts[i].trimmed() : QString(); };
    QString given = QStringList{part(1), part(2)}.join(QLatin1Char(' ')).trimmed();
    QString name = part(0);
    if (!part(3).isEmpty())
        name = part(3) + QLatin1Char(' ') + name;
    if (!given.isEmpty())
        name += QStringLiteral(", ") + given;
    if (!part(4).isEmpty())
        name += QStringLiteral(", ") + part(4);
    return name;
}

// A DICOM date ("20240312") in the locale's short form; a year alone (a
// masked date) or anything unreadable as it is.
QString displayDate(const QString& dicomDate)
{
    const QDate date = QDate::fromString(dicomDate.left(8), QStringLiteral("yyyyMMdd"));
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : dicomDate;
}

namespace {

// The series browser: each row can be dragged onto a viewport.
class SeriesList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override
    {
        auto* mime = new QMimeData;
        if (!items.isEmpty())
            mime->setData(QLatin1String(kStackMimeType), items.front()->data(Qt::UserRole).toString().toUtf8());
        return mime;
    }
    QStringList mimeTypes() const override { return {QLatin1String(kStackMimeType)}; }
};

// Half the machine's memory, between 2 and 32 GiB (8 GiB where it cannot be read).
qint64 defaultMemoryBudget()
{
    qint64 physical = 0;
#if defined(Q_OS_UNIX) && defined(_SC_PHYS_PAGES)
    const long pages = sysconf(_SC_PHYS_PAGES), pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0)
        physical = qint64(pages) * qint64(pageSize);
#endif
    constexpr qint64 GiB = qint64(1) << 30;
    return physical > 0 ? std::clamp(physical / 2, 2 * GiB, 32 * GiB) : 8 * GiB;
}

} // namespace

MainWindow::MainWindow(const ViewerOptions& options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_grid(new ViewerGrid(this)), m_loader(new StudyLoader(this))
{
    // The title never carries PHI.
    setWindowTitle(tr("Custos"));
    setCentralWidget(m_grid);
    if (!m_options.dataDir.isEmpty()) {
        QDir().mkpath(m_options.dataDir);
        m_settings = std::make_unique<QSettings>(QDir(m_options.dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    auto* dock = new QDockWidget(tr("Series"), this);
    dock->setObjectName(QStringLiteral("seriesDock"));
    m_series = new SeriesList(dock);
    m_series->setMinimumWidth(200);
    m_series->setIconSize(QSize(72, 72));
    m_series->setDragEnabled(true);
    m_series->setDragDropMode(QAbstractItemView::DragOnly);
    m_series->setSpacing(2);
    dock->setWidget(m_series);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // Before the loader's own connections: the overlays of a loaded series
    // start building before the window considers everything loaded.
    m_findings = attachFindings(this, m_options.protection);
    connect(m_findings, &FindingsController::settled, this, &MainWindow::maybeScreenshot);
    connect(m_series, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showRowInView(row, m_grid->activeIndex());
    });
    connect(m_grid, &ViewerGrid::stackDropped, this, [this](int index, const QString& key) { showKeyInView(key, index); });

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_loader, &StudyLoader::scanProgress, this, [this](int done, int total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Reading headers… %1 of %2 files").arg(done).arg(total));
    });
    connect(m_loader, &StudyLoader::scanFinished, this, &MainWindow::onScanFinished);
    connect(m_loader, &StudyLoader::thumbnailReady, this, [this](const QString& key, const QImage& img) {
        const int row = int(m_rowKeys.indexOf(key));
        if (row >= 0)
            m_series->item(row)->setIcon(QIcon(QPixmap::fromImage(img)));
    });
    connect(m_loader, &StudyLoader::sliceReady, this, [this](const dicom::Volume* v, int k) {
        for (int i = 0; i < m_grid->viewCount(); ++i)
            m_grid->view(i)->onSliceReady(v, k);
    });
    connect(m_loader, &StudyLoader::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_loader, &StudyLoader::loadFinished, this, &MainWindow::onLoadFinished);

    if (m_options.timing) {
        // For benchmarks: when the first image is on screen, and when every
        // requested series is loaded.
        for (int i = 0; i < 4; ++i) {
            SliceView* v = m_grid->view(i);
            connect(v, &SliceView::framePainted, this, [this, v] {
                if (!m_firstImageReported && v->volume() && v->currentSliceReady()) {
                    m_firstImageReported = true;
                    std::fprintf(stderr, "custos: first image on screen after %.3f s (%.3f s after the open)\n",
                                 double(QDateTime::currentMSecsSinceEpoch() - m_options.startedMs) / 1000.0,
                                 double(m_loader->msSinceOpen()) / 1000.0);
                }
            });
        }
        connect(m_loader, &StudyLoader::loadFinished, this, [this] {
            if (!m_loader->anyLoading())
                std::fprintf(stderr, "custos: all images loaded after %.3f s (%.3f s after the open)\n",
                             double(QDateTime::currentMSecsSinceEpoch() - m_options.startedMs) / 1000.0,
                             double(m_loader->msSinceOpen()) / 1000.0);
        });
    }
    m_loader->setProtection(m_options.protection);
    connect(m_loader, &StudyLoader::loadedFrom, this, [this](const dicom::Volume* v, bool fromCache) {
        if (fromCache && sliceView()->volume() == v)
            m_status->setText(tr("Opened from the encrypted cache."));
    });
    loadHangingProtocols();
    // Loaded volumes stay within a memory budget (settings: viewer/memoryBudgetMiB);
    // what any view or the 3D pane shows is never let go.
    const qint64 budgetMiB = m_settings ? m_settings->value(QStringLiteral("viewer/memoryBudgetMiB"), 0).toLongLong() : 0;
    setMemoryBudget(budgetMiB > 0 ? budgetMiB << 20 : defaultMemoryBudget());
    buildMenus();
    QString layout = m_options.layout;
    if (layout.isEmpty() && m_settings)
        layout = m_settings->value(QStringLiteral("viewer/layout"), QStringLiteral("1x1")).toString();
    if (!layout.isEmpty() && !m_grid->setLayoutName(layout))
        m_status->setText(tr("Unknown layout \"%1\"; use one of %2.").arg(layout, ViewerGrid::layoutNames().join(QStringLiteral(", "))));
    if (m_settings) {
        m_grid->setSynchronized(m_settings->value(QStringLiteral("viewer/sync"), true).toBool());
        restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    }
    m_mpr = m_options.mpr;
    if (m_options.view3d)
        m_grid->set3D(true);
    if (!m_options.volumePreset.isEmpty() && !m_grid->volumeView()->setPreset(m_options.volumePreset))
        m_status->setText(tr("Unknown 3D preset \"%1\".").arg(m_options.volumePreset));
    connect(m_grid->volumeView(), &VolumeView::surfacesReady, this, &MainWindow::maybeScreenshot);
    // A volume whose load already ended (completely or not) is drawn, or the pane says why not.
    connect(m_grid->volumeView(), &VolumeView::volumeChanged, this, [this] {
        VolumeView* v3 = m_grid->volumeView();
        if (v3->volume() && !m_loader->isLoading(v3->volume()))
            v3->loadEnded();
    });
    // Never larger than the screen (a 1024 x 700 screen would cut off the
    // findings panel, and without a window manager nothing else shrinks it).
    if (!m_settings || !m_settings->contains(QStringLiteral("window/geometry")))
        resize(QSize(1400, 900).boundedTo(screen()->availableGeometry().size()));

    if (!m_options.protection.problem.isEmpty()) {
        // Said plainly and kept visible: nothing with PHI is written to disk.
        auto* warning = new QLabel(QStringLiteral("⚠ ") + m_options.protection.problem, this);
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("QLabel { background: #7a4a10; color: white; padding: 4px; }"));
        statusBar()->addPermanentWidget(warning, 2);
    }
    if (!m_options.paths.isEmpty()) {
        m_loader->scan(m_options.paths); // the findings panel says "Looking for AI results…" from here (scanStarted)
    }
    else if (!m_options.screenshotFile.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::takeScreenshot);
}

MainWindow::~MainWindow() = default;

SliceView* MainWindow::sliceView() const { return m_grid->activeView(); }
QString MainWindow::statusText() const { return m_status->text(); }

QString MainWindow::activeKey() const
{
    const SliceView* v = sliceView();
    return v && v->volume() ? m_volumeKeys.value(v->volume()) : QString();
}

study::StackId MainWindow::activeStack() const
{
    const QString key = activeKey();
    return m_refs.contains(key) ? m_loader->stackId(m_refs.value(key)) : study::StackId{};
}

void MainWindow::closeEvent(QCloseEvent* e)
{
    if (m_settings) {
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        // A protocol's layout is the protocol's: the person's own is what is kept.
        m_settings->setValue(QStringLiteral("viewer/layout"), m_personLayout.isEmpty() ? m_grid->layoutName() : m_personLayout);
        m_settings->setValue(QStringLiteral("viewer/sync"), m_grid->synchronized());
    }
    QMainWindow::closeEvent(e);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_menus.file = file;
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(tr("&Open Folder…"), QKeySequence::Open, this, &MainWindow::openFolder);
    if (!m_options.protection.pacsNodes.empty())
        file->addAction(tr("Open from &PACS…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, &MainWindow::openFromPacs)
            ->setObjectName(QStringLiteral("openFromPacs"));
    file->addAction(tr("&Stop Loading"), QKeySequence(Qt::CTRL | Qt::Key_Period), this, [this] {
        if (auto* v = sliceView(); v && v->volume())
            m_loader->cancel(v->volume());
    });
    file->addSeparator();
    // Quit ends the application: the viewer may sit inside the sign-in
    // shell, and closing only itself would leave an empty window running.
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, [this] {
        if (window()->close())
            QCoreApplication::quit();
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_menus.view = view;
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu* layouts = view->addMenu(tr("&Layout"));
    auto* layoutGroup = new QActionGroup(this);
    m_layoutGroup = layoutGroup;
    for (const QString& name : ViewerGrid::layoutNames()) {
        QAction* a = layouts->addAction(name, this, [this, name] {
            m_mpr = false;
            m_personLayout.clear(); // chosen by the person: theirs to keep
            m_grid->setLayoutName(name);
        });
        a->setCheckable(true);
        a->setChecked(name == m_grid->layoutName());
        layoutGroup->addAction(a);
    }
    QMenu* protocols = view->addMenu(tr("&Hanging Protocols"));
    protocols->setObjectName(QStringLiteral("hangingProtocolsMenu"));
    QAction* useProtocols = protocols->addAction(tr("&Use Hanging Protocols"), this, [this](bool on) { setHangingProtocolsEnabled(on); });
    useProtocols->setCheckable(true);
    useProtocols->setChecked(m_useProtocols);
    useProtocols->setToolTip(tr("When a study opens, a matching protocol picks the layout, which series goes into which pane, and its window."));
    protocols->addAction(tr("&Edit…"), this, &MainWindow::editHangingProtocols)->setObjectName(QStringLiteral("editHangingProtocols"));
    QAction* mpr = view->addAction(tr("&MPR (axial, coronal, sagittal)"), QKeySequence(Qt::CTRL | Qt::Key_M), this, [this] { setMpr(!m_mpr); });
    mpr->setToolTip(tr("Shift-click places the cursor in all three planes."));
    QAction* resetPlanes = view->addAction(tr("Reset MPR &Planes"), QKeySequence(Qt::SHIFT | Qt::Key_R), this, [this] { m_grid->resetPlanes(); });
    resetPlanes->setObjectName(QStringLiteral("resetPlanesAction"));
    resetPlanes->setToolTip(tr("Turns oblique planes back to the acquisition planes through the crosshair; window, zoom and "
                               "slice stay."));
    QAction* view3d = view->addAction(tr("&3D View"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this](bool on) { m_grid->set3D(on); });
    view3d->setObjectName(QStringLiteral("view3DAction"));
    view3d->setCheckable(true);
    view3d->setChecked(m_grid->is3D());
    view3d->setToolTip(tr("A volume rendering of the active series beside the layout, with the AI's segments as surfaces. "
                          "Drag to rotate; shift-click moves the 2D views to that point."));
    QMenu* presets3d = view->addMenu(tr("3D &Presets"));
    for (const VolumePresetInfo& info : VolumeView::presets()) {
        const QString key = info.key;
        presets3d->addAction(info.name, this, [this, key] { m_grid->volumeView()->setPreset(key); });
    }
    QAction* sync = view->addAction(tr("S&ynchronise Scrolling"), this, [this](bool on) { m_grid->setSynchronized(on); });
    sync->setCheckable(true);
    sync->setChecked(true);
    view->addSeparator();
    QMenu* windows = view->addMenu(tr("&Window Presets"));
    for (std::size_t i = 0; i < ctPresets().size(); ++i) {
        const QString key = ctPresetKeys().value(qsizetype(i));
        windows->addAction(tr("%1\t%2").arg(ctPresets()[i].name).arg(i + 1), this, [this, key] { sliceView()->applyPreset(key); });
    }
    windows->addAction(tr("From the file\t0"), this, [this] { sliceView()->applyPreset(QStringLiteral("file1")); });
    QAction* aiShown = view->addAction(tr("AI &Overlays"), QKeySequence(Qt::Key_O), this, [this](bool on) { m_findings->setOverlaysShown(on); });
    aiShown->setObjectName(QStringLiteral("aiOverlaysAction"));
    aiShown->setCheckable(true);
    aiShown->setChecked(true);
    aiShown->setToolTip(tr("Shows or hides every AI outline, fill and box at once, to see the image underneath."));
    view->addAction(tr("&Invert\tI"), this, [this] { sliceView()->setInverted(!sliceView()->inverted()); });
    view->addAction(tr("&Reset View\tR"), this, [this] { sliceView()->resetView(); });
    view->addAction(tr("&Cine\tSpace"), this, [this] { sliceView()->setCine(!sliceView()->cine()); });
    QMenu* slab = view->addMenu(tr("Thick &Slab\tM"));
    slab->addAction(tr("Off"), this, [this] { sliceView()->setSlab(Slab::None); });
    slab->addAction(tr("MIP 10 mm"), this, [this] { sliceView()->setSlab(Slab::Max, 10); });
    slab->addAction(tr("MinIP 10 mm"), this, [this] { sliceView()->setSlab(Slab::Min, 10); });
    slab->addAction(tr("Average 10 mm"), this, [this] { sliceView()->setSlab(Slab::Mean, 10); });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_menus.tools = tools;
    tools->setObjectName(QStringLiteral("toolsMenu"));
    const std::pair<Tool, QString> toolList[] = {{Tool::WindowLevel, tr("&Window/Level\tW")}, {Tool::Distance, tr("&Distance\tD")},
                                                 {Tool::Angle, tr("&Angle\tN")}, {Tool::Ellipse, tr("&Ellipse ROI\tE")},
                                                 {Tool::Freehand, tr("&Freehand ROI\tG")}};
    auto* toolGroup = new QActionGroup(this);
    for (const auto& [tool, label] : toolList) {
        QAction* a = tools->addAction(label, this, [this, t = tool] {
            for (int i = 0; i < 4; ++i)
                m_grid->view(i)->setTool(t);
        });
        a->setCheckable(true);
        a->setChecked(tool == Tool::WindowLevel);
        toolGroup->addAction(a);
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* languageGroup = new QActionGroup(this);
    const QString current = m_settings ? m_settings->value(QStringLiteral("ui/language")).toString() : QString();
    for (const auto& [code, name] : {std::pair{QString(), tr("System")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}, std::pair{QStringLiteral("fr"), QStringLiteral("Français")}}) {
        QAction* a = language->addAction(name, this, [this, c = code] {
            if (m_settings)
                m_settings->setValue(QStringLiteral("ui/language"), c);
            QMessageBox::information(this, tr("Language"), tr("The language changes the next time Custos starts."));
        });
        a->setCheckable(true);
        a->setChecked(code == current);
        languageGroup->addAction(a);
    }
    // Said before the choice, not only after it: the open window keeps its language.
    language->addSeparator();
    language->addAction(tr("Takes effect the next time Custos starts"))->setEnabled(false);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    m_menus.help = help;
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&Keyboard and Mouse"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
}

void MainWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard and Mouse"));
    box.setText(tr("<table cellpadding=3>"
                   "<tr><td><b>Left drag</b></td><td>window/level (or the active measuring tool)</td></tr>"
                   "<tr><td><b>Right drag</b></td><td>zoom</td></tr>"
                   "<tr><td><b>Middle drag</b></td><td>pan</td></tr>"
                   "<tr><td><b>Wheel, arrows</b></td><td>previous/next slice</td></tr>"
                   "<tr><td><b>Page Up/Down</b></td><td>jump a tenth of the series</td></tr>"
                   "<tr><td><b>Home/End</b></td><td>first/last slice</td></tr>"
                   "<tr><td><b>1–8</b></td><td>brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone</td></tr>"
                   "<tr><td><b>0</b></td><td>the file's own window</td></tr>"
                   "<tr><td><b>I / R</b></td><td>invert / reset view</td></tr>"
                   "<tr><td><b>Space, + / −</b></td><td>cine on/off, faster/slower</td></tr>"
                   "<tr><td><b>M, [ / ]</b></td><td>thick slab: MIP, MinIP, average, off; thinner/thicker</td></tr>"
                   "<tr><td><b>W D N E G</b></td><td>window/level, distance, angle, ellipse, freehand</td></tr>"
                   "<tr><td><b>Delete</b></td><td>remove the last measurement on this slice</td></tr>"
                   "<tr><td><b>Shift-click</b></td><td>move every view to this point (MPR cursor)</td></tr>"
                   "<tr><td><b>Ctrl+M</b></td><td>MPR: axial, coronal, sagittal</td></tr>"
                   "<tr><td><b>Drag a series</b></td><td>onto a viewport to show it there</td></tr>"
                   "</table>") +
                tr("<table cellpadding=3>"
                   "<tr><td><b>MPR: drag a line</b></td><td>rotate the other two planes (oblique; in two views: double oblique)</td></tr>"
                   "<tr><td><b>MPR: drag a square</b></td><td>thick slab of that line's plane (a MIP unless another mode was "
                   "chosen in View → Thick Slab)</td></tr>"
                   "<tr><td><b>Shift+R</b></td><td>reset the MPR planes to the acquisition planes (window, zoom and slice stay)</td></tr>"
                   "</table>") +
                tr("<table cellpadding=3>"
                   "<tr><td><b>K</b></td><td>flag or unflag this image as a key image</td></tr>"
                   "<tr><td><b>Ctrl+S</b></td><td>save the measurements and key images with the study (or send them to the PACS it came from)</td></tr>"
                   "<tr><td><b>Ctrl+3</b></td><td>3D view beside the layout</td></tr>"
                   "<tr><td><b>Ctrl+Shift+O</b></td><td>open a study from a PACS of the site policy</td></tr>"
                   "</table>"));
    box.setInformativeText(tr("Measuring: distance, ellipse and freehand are drawn by dragging with the left button. The angle tool "
                              "needs a drag too: drag along the first arm, release, then click where the second arm ends. O shows or hides all AI "
                              "overlays at once."));
    box.exec();
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!dir.isEmpty())
        m_loader->scan({dir});
}

void MainWindow::openFromPacs()
{
    if (!m_pacsDialog) {
        // Every query and retrieval is the Guard's question (Protection::decidePacs).
        const Protection& p = m_options.protection;
        auto decide = [p](policy::Action action, const policy::Subject& subject) {
            return p.decidePacs ? p.decidePacs(action, subject) : tr("Nobody was asked whether the PACS may be used, so it is not.");
        };
        auto* dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("pacsDialog"));
        dialog->setWindowTitle(tr("Open from PACS"));
        auto* browser = new StudyBrowser(p.pacsNodes, p.cache, decide, p.pacsOutcome, dialog);
        // Where a study came from decides where its signed review goes back to.
        connect(browser, &StudyBrowser::studyRetrieved, this,
                [this](const QString& node, const QString& study, int) { m_pacsOrigins.insert(study, node); });
        browser->setCredentialStore(p.pacsCredentials);
        browser->setOpener([this, dialog](std::vector<std::shared_ptr<const QByteArray>> instances, bool) {
            dialog->hide();
            m_loader->openInstances(std::move(instances));
        });
        auto* layout = new QVBoxLayout(dialog);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(browser);
        dialog->resize(QSize(900, 640).boundedTo(size()));
        m_pacsDialog = dialog;
    }
    m_pacsDialog->show();
    m_pacsDialog->raise();
    m_pacsDialog->activateWindow();
    if (auto* first = m_pacsDialog->findChild<QLineEdit*>(QStringLiteral("patientName")))
        first->setFocus();
}

void MainWindow::onScanFinished()
{
    m_progress->setVisible(false);
    // The headers are read: "Reading headers… 99 of 99 files" stayed in the
    // status bar when nothing was shown afterwards (a withheld study).
    m_status->setText(tr("Ready."));
    const auto catalog = m_loader->catalog();
    m_series->blockSignals(true);
    m_series->clear();
    m_refs.clear();
    m_rowKeys.clear();
    for (std::size_t s = 0; s < catalog->studies.size(); ++s) {
        for (std::size_t se = 0; se < catalog->studies[s].series.size(); ++se) {
            for (std::size_t st = 0; st < catalog->studies[s].series[se].stacks.size(); ++st) {
                const StackRef ref{s, se, st};
                const dicom::Stack& stack = m_loader->stack(ref);
                const QString key = m_loader->key(ref);
                QString label = tr("%1 %2  %3\n%n image(s)", nullptr, int(stack.frames.size()))
                                    .arg(stack.modality)
                                    .arg(stack.seriesNumber)
                                    .arg(stack.seriesDescription);
                if (!stack.warnings.isEmpty())
                    label += QStringLiteral("  ⚠");
                auto* item = new QListWidgetItem(label, m_series);
                item->setData(Qt::UserRole, key);
                item->setData(Qt::UserRole + 1, label);
                item->setToolTip(stack.warnings.join(QLatin1Char('\n')));
                m_refs.insert(key, ref);
                m_rowKeys << key;
            }
        }
    }
    m_series->blockSignals(false);
    if (!catalog->errors.empty())
        m_status->setText(tr("%n file(s) could not be read; the rest is shown.", nullptr, int(catalog->errors.size())));
    if (m_rowKeys.isEmpty()) {
        sliceView()->setMessage(catalog->errors.empty() ? tr("No DICOM images were found.")
                                                        : tr("No image could be read: %1").arg(catalog->errors.front().message));
        maybeScreenshot();
        return;
    }
    // The largest stack first (what a reader usually wants), then the next
    // ones into the other viewports of the layout.
    std::vector<int> order(std::size_t(m_rowKeys.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_loader->stack(m_refs[m_rowKeys[a]]).frames.size() > m_loader->stack(m_refs[m_rowKeys[b]]).frames.size();
    });
    if (m_mpr) {
        showRowInView(order.front(), 0);
    } else if (hangByProtocol()) {
        order.front() = m_rowKeys.indexOf(m_grid->view(0)->volume() ? m_volumeKeys.value(m_grid->view(0)->volume()) : QString());
        if (order.front() < 0)
            order.front() = 0;
    } else {
        if (!m_personLayout.isEmpty()) {
            // The last study's protocol chose the layout; this study has none: the person's own again.
            showLayout(m_personLayout);
            m_personLayout.clear();
        }
        for (int i = m_grid->viewCount() - 1; i >= 0; --i)
            if (std::size_t(i) < order.size())
                showRowInView(order[std::size_t(i)], i);
    }
    m_series->blockSignals(true);
    m_series->setCurrentRow(order.front());
    m_series->blockSignals(false);
    m_grid->setActiveView(m_grid->view(0));
}

void MainWindow::setMemoryBudget(qint64 bytes)
{
    m_loader->setMemoryBudget(bytes, [this](const dicom::Volume* v) {
        // Every view (MPR's planes and views hidden by the layout hold theirs), and the 3D pane.
        for (int i = 0; i < 4; ++i)
            if (m_grid->view(i) && m_grid->view(i)->volume() == v)
                return true;
        return m_grid->volumeView()->volume() == v;
    });
}

void MainWindow::showLayout(const QString& name)
{
    m_grid->setLayoutName(name);
    if (m_layoutGroup)
        for (QAction* a : m_layoutGroup->actions())
            a->setChecked(a->text() == name);
}

void MainWindow::loadHangingProtocols()
{
    const QStringList layouts = ViewerGrid::layoutNames();
    const QStringList& presets = ctPresetKeys();
    m_protocols = builtInProtocols();
    m_protocolSource = tr("built-in");
    if (m_settings)
        m_useProtocols = m_settings->value(QStringLiteral("viewer/hangingProtocolsOn"), true).toBool();
    // The site's defaults, beside the site policy (written by IT like the policy).
    const QString site = QFileInfo(policy::systemPolicyPath()).dir().filePath(QStringLiteral("hanging-protocols.json"));
    if (QFile f(site); f.exists() && f.size() < (1 << 20) && f.open(QIODevice::ReadOnly)) {
        if (auto parsed = parseProtocols(f.readAll(), layouts, presets)) {
            m_protocols = std::move(parsed).value();
            m_protocolSource = tr("the site's defaults (%1)").arg(site);
        } else {
            m_status->setText(tr("The site's hanging protocols (%1) were not used: %2").arg(site, parsed.errorMessage()));
        }
    }
    // The person's own set, last: theirs to arrange.
    if (m_settings) {
        const QByteArray own = m_settings->value(QStringLiteral("viewer/hangingProtocols")).toByteArray();
        if (!own.isEmpty()) {
            if (auto parsed = parseProtocols(own, layouts, presets)) {
                m_protocols = std::move(parsed).value();
                m_protocolSource = tr("your own");
            } else {
                m_status->setText(tr("Your hanging protocols were not used: %1").arg(parsed.errorMessage()));
            }
        }
    }
}

Result<void> MainWindow::setHangingProtocols(const QByteArray& json)
{
    if (json.trimmed().isEmpty()) {
        if (m_settings)
            m_settings->remove(QStringLiteral("viewer/hangingProtocols"));
        const bool keep = m_useProtocols;
        loadHangingProtocols();
        m_useProtocols = keep;
        return {};
    }
    auto parsed = parseProtocols(json, ViewerGrid::layoutNames(), ctPresetKeys());
    if (!parsed)
        return parsed.error();
    m_protocols = std::move(parsed).value();
    m_protocolSource = tr("your own");
    if (m_settings)
        m_settings->setValue(QStringLiteral("viewer/hangingProtocols"), json);
    return {};
}

void MainWindow::setHangingProtocolsEnabled(bool on)
{
    m_useProtocols = on;
    if (m_settings)
        m_settings->setValue(QStringLiteral("viewer/hangingProtocolsOn"), on);
}

void MainWindow::editHangingProtocols()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("hangingProtocolsDialog"));
    dialog.setWindowTitle(tr("Hanging Protocols"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("When a study opens, the first protocol it matches places its series (in use now: %1). "
                                "\"bodyPart\" and \"series\" are patterns over Body Part Examined or Study Description, and "
                                "Series Description; \"preset\" is a window (lung, mediastinum, abdomen, brain, bone…).")
                                 .arg(m_protocolSource),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* editor = new QPlainTextEdit(QString::fromUtf8(protocolsToJson(m_protocols)), &dialog);
    editor->setObjectName(QStringLiteral("protocolsEditor"));
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(editor, 1);
    auto* problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("protocolsProblem"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #ff8a80;"));
    layout->addWidget(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::RestoreDefaults | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QAbstractButton::clicked, &dialog, [this, &dialog] {
        (void)setHangingProtocols({});
        dialog.accept();
    });
    connect(buttons->button(QDialogButtonBox::Save), &QAbstractButton::clicked, &dialog, [this, editor, problem, &dialog] {
        if (auto saved = setHangingProtocols(editor->toPlainText().toUtf8()); !saved) {
            problem->setText(saved.errorMessage()); // the dialog stays: nothing changed
            return;
        }
        dialog.accept();
    });
    dialog.resize(QSize(760, 620).boundedTo(size()));
    dialog.exec();
}

bool MainWindow::hangByProtocol()
{
    m_appliedProtocol.clear();
    // A layout the person asked for on the command line wins.
    if (!m_useProtocols || !m_options.layout.isEmpty())
        return false;
    const auto catalog = m_loader->catalog();
    if (!catalog || catalog->studies.empty())
        return false;
    const dicom::Study& study = catalog->studies.front();
    StudyFacts facts;
    facts.studyDescription = study.studyDescription;
    for (int row = 0; row < m_rowKeys.size(); ++row) {
        const StackRef ref = m_refs.value(m_rowKeys[row]);
        if (ref.study != 0)
            continue;
        const dicom::Stack& stack = m_loader->stack(ref);
        facts.series.push_back({row, stack.modality, stack.seriesDescription, int(stack.frames.size())});
    }
    for (const dicom::Instance& inst : catalog->instances)
        if (inst.studyInstanceUid == study.studyInstanceUid) {
            if (facts.bodyPart.isEmpty())
                facts.bodyPart = inst.bodyPartExamined;
            facts.aiResults = facts.aiResults || ai::isAiSopClass(inst.sopClassUid);
        }
    const HangingProtocol* protocol = chooseProtocol(m_protocols, facts);
    if (!protocol)
        return false;
    const std::vector<PaneChoice> panes = hangSeries(*protocol, facts);
    if (panes.empty())
        return false;
    if (m_grid->layoutName() != protocol->layout) {
        if (m_personLayout.isEmpty())
            m_personLayout = m_grid->layoutName();
        showLayout(protocol->layout);
    }
    for (int k = int(panes.size()) - 1; k >= 0; --k) {
        if (k >= m_grid->viewCount())
            continue;
        showRowInView(panes[std::size_t(k)].row, k);
        if (!panes[std::size_t(k)].preset.isEmpty() && m_options.preset.isEmpty()) // --preset wins
            m_grid->view(k)->applyPreset(panes[std::size_t(k)].preset);
    }
    m_appliedProtocol = protocol->name;
    m_status->setText(tr("Hanging protocol: %1.").arg(protocol->name));
    return true;
}

void MainWindow::showRowInView(int row, int viewIndex)
{
    if (row >= 0 && row < m_rowKeys.size())
        showKeyInView(m_rowKeys[row], viewIndex);
}

std::shared_ptr<std::vector<Measurement>> MainWindow::measurementsFor(const QString& key)
{
    auto& m = m_measurements[key];
    if (!m)
        m = std::make_shared<std::vector<Measurement>>();
    return m;
}

void MainWindow::showKeyInView(const QString& key, int viewIndex)
{
    if (!m_refs.contains(key))
        return;
    const StackRef ref = m_refs[key];
    const auto catalog = m_loader->catalog();
    const dicom::Study& study = catalog->studies[ref.study];
    const dicom::Stack& stack = m_loader->stack(ref);
    const OverlayText text{displayPersonName(study.patientName), study.patientId,  study.studyDescription, displayDate(study.studyDate),
                           stack.seriesDescription,              stack.modality, stack.frameOfReferenceUid};
    auto volume = m_loader->volume(ref);
    m_volumeKeys.insert(volume.get(), key);
    if (!m_auditedStudies.contains(study.studyInstanceUid)) {
        m_auditedStudies.insert(study.studyInstanceUid);
        int instances = 0;
        for (const auto& series : study.series)
            instances += int(series.instances.size());
        m_options.protection.audit(audit::events::studyOpened(m_options.protection.user, study.patientId, study.patientName,
                                                              study.studyInstanceUid, instances, audit::purpose::imageReview));
    }
    if (m_mpr) {
        m_grid->showMpr(volume, text, measurementsFor(key));
    } else {
        SliceView* view = m_grid->view(std::clamp(viewIndex, 0, m_grid->viewCount() - 1));
        view->setVolume(volume, text);
        view->setMeasurements(measurementsFor(key));
        m_grid->setActiveView(view);
    }
    QStringList notes = stack.warnings;
    if (!m_loader->isLoading(volume.get()))
        notes << m_loader->errors(volume.get());
    if (!notes.isEmpty())
        for (int i = 0; i < m_grid->viewCount(); ++i)
            if (m_grid->view(i)->volume() == volume.get())
                m_grid->view(i)->setMessage(notes.join(QLatin1Char('\n')));
    if (!m_presetApplied && !m_options.preset.isEmpty()) {
        m_presetApplied = true;
        bool ok = false;
        for (int i = 0; i < m_grid->viewCount(); ++i)
            ok = m_grid->view(i)->applyPreset(m_options.preset) || ok;
        if (!ok)
            m_status->setText(tr("Unknown preset \"%1\".").arg(m_options.preset));
    }
    m_grid->refreshReferenceLines();
    if (!m_loader->isLoading(volume.get()))
        QTimer::singleShot(0, this, [this] { emit seriesLoaded(); });
}

void MainWindow::setMpr(bool on)
{
    if (!on)
        m_grid->resetPlanes(); // the acquisition planes, through the crosshair, before their state is kept
    m_mpr = on;
    SliceView* v = sliceView();
    // Slice, window and pan of the acquisition plane stay as the person set
    // them; the reformats take the same window and pass through the slice.
    SliceView* axial = v;
    for (int i = 0; i < m_grid->viewCount(); ++i)
        if (m_grid->view(i)->volume() == v->volume() && m_grid->view(i)->axis() == 2)
            axial = m_grid->view(i);
    const ViewState before = axial->viewState();
    const bool keep = axial->volume() && axial->axis() == 2;
    if (on && v->volume()) {
        const QString key = m_volumeKeys.value(v->volume());
        m_grid->showMpr(v->sharedVolume(), v->overlayText(), measurementsFor(key));
        if (keep) {
            ViewState reformat = before;
            reformat.panRight = reformat.panDown = 0;
            reformat.zoom = 1.0;
            SliceView* shown = nullptr;
            for (int i = 0; i < m_grid->viewCount(); ++i) {
                SliceView* view = m_grid->view(i);
                view->setViewState(view->axis() == 2 ? before : reformat, view->axis() == 2);
                if (view->axis() == 2)
                    shown = view;
            }
            // The reformats through the point in the middle of the axial view.
            if (shown)
                if (auto p = shown->patientPointAt(QPointF(shown->width() / 2.0, shown->height() / 2.0)))
                    for (int i = 0; i < m_grid->viewCount(); ++i)
                        if (m_grid->view(i)->axis() != 2)
                            m_grid->view(i)->showPatientPoint(*p);
        }
    } else if (!on) {
        m_grid->setLayoutName(QStringLiteral("1x1"));
        v = sliceView();
        if (v->volume() && v->axis() != 2)
            v->setVolume(v->sharedVolume(), v->overlayText(), 2);
        if (keep && v->volume() == axial->volume())
            v->setViewState(before, true);
    }
}

int MainWindow::rowOfVolume(const dicom::Volume* volume) const
{
    return int(m_rowKeys.indexOf(m_volumeKeys.value(volume)));
}

void MainWindow::onLoadProgress(const dicom::Volume* volume, int done, int total)
{
    // Ten updates a second are plenty for a person, and leave the cores to the decoders.
    QElapsedTimer& last = m_progressTimers[volume];
    if (done < total && last.isValid() && last.elapsed() < 100)
        return;
    last.start();
    if (m_grid->volumeView()->volume() == volume)
        m_grid->volumeView()->volumeUpdated();
    const int row = rowOfVolume(volume);
    if (row >= 0) {
        QListWidgetItem* item = m_series->item(row);
        item->setText(item->data(Qt::UserRole + 1).toString() + tr("  loading %1%").arg(100 * done / std::max(1, total)));
    }
    if (sliceView()->volume() == volume) {
        m_progress->setVisible(true);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Loading images %1 of %2…").arg(done).arg(total));
    }
}

void MainWindow::onLoadFinished(const dicom::Volume* volume, const QStringList& errors)
{
    if (m_grid->volumeView()->volume() == volume)
        m_grid->volumeView()->loadEnded();
    const int row = rowOfVolume(volume);
    if (row >= 0)
        m_series->item(row)->setText(m_series->item(row)->data(Qt::UserRole + 1).toString());
    if (sliceView()->volume() == volume || !m_loader->anyLoading())
        m_progress->setVisible(false);
    if (errors.isEmpty()) {
        m_status->setText(m_appliedProtocol.isEmpty() ? tr("Ready.") : tr("Ready. Hanging protocol: %1.").arg(m_appliedProtocol));
    } else {
        m_status->setText(tr("%n image(s) of this series could not be decoded.", nullptr, int(errors.size())));
        for (int i = 0; i < m_grid->viewCount(); ++i)
            if (m_grid->view(i)->volume() == volume)
                m_grid->view(i)->setMessage(tr("Some images of this series could not be decoded: %1").arg(errors.front()));
    }
    emit seriesLoaded();
    maybeScreenshot();
}

void MainWindow::maybeScreenshot()
{
    if (!m_options.screenshotFile.isEmpty() && !m_loader->anyLoading() && !m_loader->scanning() && !m_findings->busy() &&
        !(m_grid->is3D() && m_grid->volumeView()->buildingSurfaces()))
        QTimer::singleShot(100, this, &MainWindow::takeScreenshot);
}

void MainWindow::takeScreenshot()
{
    const QString file = m_options.screenshotFile;
    if (file.isEmpty())
        return;
    m_options.screenshotFile.clear();
    const QPixmap pixmap = grab();
    int result = 1;
    if (pixmap.isNull())
        result = 1;
    else if (m_options.protection.exportScreenshot)
        result = m_options.protection.exportScreenshot(pixmap.toImage(), file); // the Guard decides; it may refuse
    else
        result = pixmap.save(file) ? 0 : 1;
    emit screenshotDone(result);
}

} // namespace custos::ui
