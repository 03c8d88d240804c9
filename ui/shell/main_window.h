#pragma once
// The reading workstation's main window: series browser, viewport, menus.

#include "core/dicom/catalog.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QProgressBar;
class QLabel;

namespace custos::ui {

class SliceView;
class StudyLoader;

struct ViewerOptions
{
    QStringList paths;
    QString preset;          // e.g. "lung"
    QString screenshotFile;  // render once everything is loaded, save, quit
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ViewerOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    SliceView* sliceView() const { return m_view; }
    QListWidget* seriesList() const { return m_series; }
    QString statusText() const;
    // Exit code for --screenshot runs (0 success).
    int screenshotResult() const { return m_screenshotResult; }

signals:
    void screenshotDone(int exitCode);
    void seriesLoaded();

private:
    void openFolder();
    void onScanFinished();
    void showStack(int row);
    void onLoadFinished(const QStringList& errors);
    void takeScreenshot();
    void buildMenus();

    ViewerOptions m_options;
    SliceView* m_view = nullptr;
    QListWidget* m_series = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    StudyLoader* m_loader = nullptr;
    std::vector<std::pair<std::size_t, std::size_t>> m_rows; // (study, series) per list row, stack 0
    std::vector<int> m_rowStack;
    int m_screenshotResult = 0;
    bool m_presetApplied = false;
};

} // namespace custos::ui
