#include "ui/shell/main_window.h"

#include "ui/shell/study_loader.h"
#include "ui/viewport/presets.h"
#include "ui/viewport/slice_view.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

namespace custos::ui {

MainWindow::MainWindow(const ViewerOptions& options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_view(new SliceView(this)), m_loader(new StudyLoader(this))
{
    // The title never carries PHI.
    setWindowTitle(tr("Custos"));
    setCentralWidget(m_view);

    auto* dock = new QDockWidget(tr("Series"), this);
    dock->setObjectName(QStringLiteral("seriesDock"));
    m_series = new QListWidget(dock);
    m_series->setMinimumWidth(220);
    dock->setWidget(m_series);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_series, &QListWidget::currentRowChanged, this, &MainWindow::showStack);

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
        m_status->setText(tr("Reading headers…"));
    });
    connect(m_loader, &StudyLoader::scanFinished, this, &MainWindow::onScanFinished);
    connect(m_loader, &StudyLoader::sliceReady, m_view, &SliceView::onSliceReady);
    connect(m_loader, &StudyLoader::loadProgress, this, [this](int done, int total) {
        m_progress->setVisible(true);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Loading images %1 of %2…").arg(done).arg(total));
    });
    connect(m_loader, &StudyLoader::loadFinished, this, &MainWindow::onLoadFinished);

    buildMenus();
    resize(1280, 900);

    if (!m_options.paths.isEmpty())
        m_loader->scan(m_options.paths);
    else if (!m_options.screenshotFile.isEmpty())
        QTimer::singleShot(0, this, &MainWindow::takeScreenshot);
}

MainWindow::~MainWindow() = default;

QString MainWindow::statusText() const { return m_status->text(); }

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Folder…"), QKeySequence::Open, this, &MainWindow::openFolder);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const char* keys[] = {"brain", "subdural", "stroke", "lung", "mediastinum", "abdomen", "liver", "bone"};
    for (std::size_t i = 0; i < ctPresets().size(); ++i) {
        QAction* a = view->addAction(tr("Window: %1").arg(ctPresets()[i].name));
        a->setShortcut(QKeySequence(Qt::Key_1 + int(i)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString key = QLatin1String(keys[i]);
        connect(a, &QAction::triggered, this, [this, key] { m_view->applyPreset(key); });
    }
    view->addSeparator();
    view->addAction(tr("&Invert"), this, [this] { m_view->setInverted(!m_view->inverted()); });
    view->addAction(tr("&Reset View"), this, [this] { m_view->resetView(); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard and Mouse"), this, [this] {
        QMessageBox::information(this, tr("Keyboard and Mouse"),
                                 tr("Left drag: window/level\nRight drag: zoom\nMiddle drag: pan\n"
                                    "Wheel, arrows: previous/next slice\nPage Up/Down: jump 10%\nHome/End: first/last slice\n"
                                    "1–8: brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone\n"
                                    "0: the file's own window\nI: invert\nR: reset view"));
    });
}

void MainWindow::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
    if (!dir.isEmpty())
        m_loader->scan({dir});
}

void MainWindow::onScanFinished()
{
    m_progress->setVisible(false);
    const auto catalog = m_loader->catalog();
    m_series->blockSignals(true);
    m_series->clear();
    m_rows.clear();
    m_rowStack.clear();
    for (std::size_t s = 0; s < catalog->studies.size(); ++s) {
        const dicom::Study& study = catalog->studies[s];
        for (std::size_t se = 0; se < study.series.size(); ++se) {
            const dicom::Series& series = study.series[se];
            for (std::size_t st = 0; st < series.stacks.size(); ++st) {
                const dicom::Stack& stack = series.stacks[st];
                QString label = QStringLiteral("%1 %2  %3\n%4 images").arg(stack.modality).arg(stack.seriesNumber).arg(stack.seriesDescription).arg(stack.frames.size());
                if (!stack.warnings.isEmpty())
                    label += QStringLiteral("  ⚠");
                auto* item = new QListWidgetItem(label, m_series);
                item->setToolTip(stack.warnings.join(QLatin1Char('\n')));
                m_rows.emplace_back(s, se);
                m_rowStack.push_back(int(st));
            }
        }
    }
    m_series->blockSignals(false);
    if (!catalog->errors.empty())
        m_status->setText(tr("%n file(s) could not be read; the rest is shown.", nullptr, int(catalog->errors.size())));
    if (m_rows.empty()) {
        m_view->setMessage(catalog->errors.empty() ? tr("No DICOM images were found.") : tr("No image could be read: %1").arg(catalog->errors.front().message));
        if (!m_options.screenshotFile.isEmpty())
            QTimer::singleShot(0, this, &MainWindow::takeScreenshot);
        return;
    }
    // Show the largest stack first: the series a reader usually wants.
    int best = 0;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const auto& [s, se] = m_rows[std::size_t(r)];
        const auto& frames = catalog->studies[s].series[se].stacks[std::size_t(m_rowStack[std::size_t(r)])].frames.size();
        const auto& [bs, bse] = m_rows[std::size_t(best)];
        if (frames > catalog->studies[bs].series[bse].stacks[std::size_t(m_rowStack[std::size_t(best)])].frames.size())
            best = r;
    }
    m_series->setCurrentRow(best);
}

void MainWindow::showStack(int row)
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return;
    const auto catalog = m_loader->catalog();
    const auto& [s, se] = m_rows[std::size_t(row)];
    const dicom::Study& study = catalog->studies[s];
    const dicom::Stack& stack = study.series[se].stacks[std::size_t(m_rowStack[std::size_t(row)])];
    OverlayText text{study.patientName, study.patientId, study.studyDescription, study.studyDate, stack.seriesDescription, stack.modality};
    auto volume = m_loader->load(stack);
    m_view->setVolume(volume, text);
    if (!stack.warnings.isEmpty())
        m_view->setMessage(stack.warnings.join(QLatin1Char('\n')));
    if (!m_presetApplied && !m_options.preset.isEmpty()) {
        m_presetApplied = true;
        if (!m_view->applyPreset(m_options.preset))
            m_status->setText(tr("Unknown preset \"%1\".").arg(m_options.preset));
    }
    m_view->setFocus();
}

void MainWindow::onLoadFinished(const QStringList& errors)
{
    m_progress->setVisible(false);
    if (errors.isEmpty()) {
        m_status->setText(tr("Ready."));
    } else {
        m_status->setText(tr("%n image(s) of this series could not be decoded.", nullptr, int(errors.size())));
        m_view->setMessage(tr("Some images of this series could not be decoded: %1").arg(errors.front()));
    }
    emit seriesLoaded();
    if (!m_options.screenshotFile.isEmpty())
        QTimer::singleShot(50, this, &MainWindow::takeScreenshot);
}

void MainWindow::takeScreenshot()
{
    const QString file = m_options.screenshotFile;
    m_options.screenshotFile.clear();
    const QPixmap pixmap = grab();
    m_screenshotResult = (!pixmap.isNull() && pixmap.save(file)) ? 0 : 1;
    emit screenshotDone(m_screenshotResult);
}

} // namespace custos::ui
