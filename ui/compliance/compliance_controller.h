// SPDX-License-Identifier: Apache-2.0
#pragma once
// The compliance controls of one viewer window. The window itself knows
// nothing of the policy; this controller attaches to it and sends every PHI
// path through the Guard:
//   - opening a study (ViewStudy): asked per study before any pixel is read;
//     a refused study is withheld and the window says why, offering
//     emergency access when the Guard says NeedsBreakGlass;
//   - File → Export… (Ctrl+E), Edit → Copy Image (Ctrl+C), File → Print…
//     (Ctrl+P), Ctrl+drag of the image out of a viewport: request() when the
//     person acts (audited, allowed or not), preview() only to grey out menu
//     items with the reason as tooltip; images that leave are watermarked;
//   - training when the Guard says NeedsTraining, the break-glass banner
//     with its countdown, the on-screen watermark, Help → About with the
//     capture-protection status, Tools → Administration….

#include "core/dicom/catalog.h"
#include "core/export/export_request.h"
#include "core/export/image_writer.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/pacs_credentials.h"
#include "core/cache/study_cache.h"
#include "core/policy/break_glass.h"
#include "core/policy/guard.h"
#include "core/study/view_decisions.h"
#include "ui/compliance/compliance_context.h"

#include <QHash>
#include <QObject>
#include <QPoint>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QTimer;
class QToolBar;

namespace custos::ui {

class MainWindow;
class ReadingMarksController;
class SliceView;
struct ViewerOptions;

class ComplianceController : public QObject
{
    Q_OBJECT
public:
    explicit ComplianceController(std::shared_ptr<const ComplianceContext> context);
    ~ComplianceController() override;

    // Builds the window of a signed-in person with every control attached.
    static MainWindow* createViewer(ViewerOptions options, std::shared_ptr<const ComplianceContext> context);
    static ComplianceController* of(const MainWindow* window);

    // The Guard's ViewStudy decision for the window's Protection::decideView
    // (asked by core/study; remembered per study and window by core/study's ViewDecisions).
    policy::Decision decideView(const policy::Subject& subject);
    // Menus, shortcuts, banners, overlays; the controller becomes the window's child.
    void attach(MainWindow* window);

    // What the menu items and shortcuts do (public for tests).
    void exportCurrent();
    void copyImage();
    void printImage();
    bool dragOut(SliceView* view); // true when a drag was started
    // --screenshot: an ExportImage of every study the window shows (core/export
    // decides; a window showing no study is refused). Returns 0 written
    // (watermarked, recorded), 1 not writable, 3 refused (nothing written).
    int exportScreenshot(const QImage& window, const QString& file);
    // Protection::sendToPacs: SendToPacs through core/export, the network on
    // a worker, the outcome recorded; `cache` receives what joins a cached study.
    void sendToPacs(const QString& node, std::vector<pacs::StoreItem> items, std::shared_ptr<cache::StudyCache> cache,
                    std::shared_ptr<pacs::CredentialStore> credentials, std::function<void(const QString& problem)> done);
    void requestBreakGlass();
    void endBreakGlass();
    void showAbout();

    QAction* exportAction() const { return m_export; }
    QAction* copyAction() const { return m_copy; }
    QAction* printAction() const { return m_print; }
    QAction* adminAction() const { return m_admin; }
    QAction* breakGlassAction() const { return m_breakGlass; }
    // Key images and saved measurements (ui/compliance/reading_marks_controller.h).
    ReadingMarksController* readingMarks() const { return m_marks; }
    QString noticeText() const;        // the refusal/notice banner
    QString breakGlassBannerText() const;
    bool breakGlassActive() const;
    // Studies withheld from this window, with the Guard's reason.
    QStringList withheldReasons() const;
    bool watermarkShown() const;

signals:
    void exportDialogOpened(QWidget* dialog);

private:
    struct Withheld
    {
        policy::Subject subject;
        policy::Decision decision;
    };
    struct Current
    {
        bool valid = false;
        policy::Subject subject;
        QString studyLabel, seriesLabel;
        QStringList studyFiles, seriesFiles;
    };
    Current current() const;
    policy::Decision ask(policy::Action action, const policy::Subject& subject, const QString& purpose);
    exports::ImageExit askImage(policy::Action action, const policy::Subject& subject, const QString& purpose);
    exports::CompleteTraining trainer(); // the training dialog over this window
    QImage renderActiveView() const;
    void refreshActions();
    void updateReviewPermission();
    void gateAction(QAction* action, const std::vector<policy::Action>& actions, const QString& needsStudy);
    void notify(const QString& text, bool error);
    std::optional<policy::Subject> breakGlassSubject() const;
    void onScanFinished();
    void startGrantBanner(const policy::BreakGlassGrant& grant);
    void tickGrant();
    void rescan();
    void setWatermark(bool on);

    std::shared_ptr<const ComplianceContext> m_context;
    QPointer<MainWindow> m_window;
    study::ViewDecisions m_viewDecisions; // the ViewStudy decisions of this window
    std::vector<Withheld> m_withheld;
    QSet<QString> m_reviewRecorded; // studies whose ReviewAiFindings decision was recorded
    bool m_modelRegistrySet = false; // the findings panel has the policy's AI model registry
    QAction* m_export = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_print = nullptr;
    QAction* m_admin = nullptr;
    QAction* m_breakGlass = nullptr;
    QAction* m_watermarkAction = nullptr;
    ReadingMarksController* m_marks = nullptr;
    QWidget* m_noticeBar = nullptr; // over the views, never resizing them
    QLabel* m_notice = nullptr;
    QString m_withheldText; // why the open study is not shown; the view says it once the notice is dismissed
    QPushButton* m_noticeButton = nullptr;
    QTimer* m_noticeTimer = nullptr;
    QToolBar* m_grantBar = nullptr;
    QLabel* m_grantLabel = nullptr;
    QTimer* m_grantTimer = nullptr;
    QString m_grantId;
    QString m_grantStudy;
    QDateTime m_grantExpires;
    std::vector<QPointer<QWidget>> m_watermarks;
    QPoint m_dragStart;
    QPointer<SliceView> m_dragView;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace custos::ui
