// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reading workstation's main window: series browser with thumbnails,
// the viewer grid, menus, progress, settings.

#include "ui/shell/hanging_protocols.h"
#include "ui/shell/study_loader.h"
#include "ui/viewport/measurement.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QListWidgetItem;
class QProgressBar;
class QSettings;

namespace custos::ui {

class SliceView;
class FindingsController;
class ViewerGrid;

struct ViewerOptions
{
    QStringList paths;
    QString preset;          // e.g. "lung"
    QString layout;          // e.g. "2x2"; empty: from settings
    bool mpr = false;
    bool view3d = false;     // the 3D pane beside the layout
    QString volumePreset;    // 3D: soft, bone, lung, angio, mip
    QString screenshotFile;  // render once everything is loaded, save, quit
    QString dataDir;         // settings live here; empty: no persistence (tests)
    bool timing = false;     // print time to first image and to full load (stderr)
    qint64 startedMs = 0;    // process start, ms since epoch (for timing)
    Protection protection;   // audit sink, encrypted cache, keychain problem
};

// How the viewer shows a DICOM person name and date (the locale's way).
QString displayPersonName(const QString& dicomName);
QString displayDate(const QString& dicomDate);

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ViewerOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    SliceView* sliceView() const; // the active view
    ViewerGrid* grid() const { return m_grid; }
    QListWidget* seriesList() const { return m_series; }
    QString statusText() const;
    StudyLoader* loader() const { return m_loader; }
    FindingsController* findings() const { return m_findings; } // the AI findings dock and review
    // "studyUid/seriesUid#stack" of what the active view shows; empty: nothing.
    QString activeKey() const;
    // The stack the active view shows, typed (invalid when none).
    study::StackId activeStack() const;

    // The menus other parts of the viewer add to (compliance: export, print,
    // break-glass, training, administration). Made with the window, never null.
    struct Menus
    {
        QMenu* file = nullptr;
        QMenu* view = nullptr;
        QMenu* tools = nullptr;
        QMenu* help = nullptr;
    };
    const Menus& menus() const { return m_menus; }

    // Shows the series in list row `row` in view `viewIndex` (or MPR).
    void showRowInView(int row, int viewIndex);
    void setMpr(bool on);
    // File → Open from PACS… (only when the site policy names a PACS).
    void openFromPacs();
    QWidget* pacsBrowser() const { return m_pacsDialog; }
    // Hanging protocols (ui/shell/hanging_protocols.h): the set in force,
    // where it came from ("built-in", the site's file, "your own"), and the
    // protocol that placed the open study (empty: none matched).
    const std::vector<HangingProtocol>& hangingProtocols() const { return m_protocols; }
    QString hangingProtocolSource() const { return m_protocolSource; }
    QString appliedProtocol() const { return m_appliedProtocol; }
    // The person's own set (kept in settings); empty JSON: back to the
    // site's or the built-in set. A mistake is a sentence; nothing changes.
    Result<void> setHangingProtocols(const QByteArray& json);
    void setHangingProtocolsEnabled(bool on);
    bool hangingProtocolsEnabled() const { return m_useProtocols; }
    void editHangingProtocols(); // View → Hanging Protocols → Edit…
    // The memory budget of loaded volumes (StudyLoader::setMemoryBudget),
    // with what the views and the 3D pane show kept.
    void setMemoryBudget(qint64 bytes);
    // The PACS node a study opened from a PACS came from; empty: none.
    QString pacsOriginOf(const QString& studyUid) const { return m_pacsOrigins.value(studyUid); }
    // The measurements of stack `key` ("studyUid/seriesUid#stack"), shared
    // by every view that shows it (created empty when there are none).
    std::shared_ptr<std::vector<Measurement>> measurementsFor(const QString& key);

signals:
    void screenshotDone(int exitCode);
    void seriesLoaded();

protected:
    void closeEvent(QCloseEvent* e) override;

private:
    void openFolder();
    void onScanFinished();
    void showKeyInView(const QString& key, int viewIndex);
    void onLoadProgress(const dicom::Volume* volume, int done, int total);
    void onLoadFinished(const dicom::Volume* volume, const QStringList& errors);
    void maybeScreenshot();
    void loadHangingProtocols();
    void showLayout(const QString& name); // the grid's layout, and the Layout menu's check mark
    bool hangByProtocol(); // places the first study's series by a protocol; false: none matched
    void takeScreenshot();
    void buildMenus();
    void showShortcuts();
    int rowOfVolume(const dicom::Volume* volume) const;

    ViewerOptions m_options;
    ViewerGrid* m_grid = nullptr;
    QListWidget* m_series = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    StudyLoader* m_loader = nullptr;
    std::unique_ptr<QSettings> m_settings;
    QHash<QString, StackRef> m_refs;   // key -> stack
    QStringList m_rowKeys;             // key per list row
    QHash<QString, std::shared_ptr<std::vector<Measurement>>> m_measurements;
    QHash<const dicom::Volume*, QString> m_volumeKeys;
    QSet<QString> m_auditedStudies;
    QHash<const dicom::Volume*, QElapsedTimer> m_progressTimers; // studies whose opening was recorded this session
    bool m_presetApplied = false;
    bool m_firstImageReported = false;
    bool m_mpr = false;
    FindingsController* m_findings = nullptr;
    QWidget* m_pacsDialog = nullptr;
    QHash<QString, QString> m_pacsOrigins; // study UID -> node it was retrieved from
    std::vector<HangingProtocol> m_protocols;
    QString m_protocolSource;
    QString m_appliedProtocol;
    bool m_useProtocols = true;
    QString m_personLayout; // the person's layout while a protocol's is shown (kept in settings instead)
    QActionGroup* m_layoutGroup = nullptr;
    Menus m_menus;
};

} // namespace custos::ui
