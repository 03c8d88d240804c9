// SPDX-License-Identifier: Apache-2.0
#pragma once
// The AI results of the open studies: which objects there are and what they
// annotate, their overlays on the views, visibility and display style, the
// jump to a finding, and the radiologist's review (accept, reject, correct,
// comment, sign and save as DICOM SR), each decision audited.
//
// The window hands it what it needs through FindingsHost, so the findings
// code does not depend on the main window: the catalog after a scan, each
// loaded volume, the views to draw on.

#include "core/ai/review.h"
#include "core/ai/review_sr_writer.h"
#include "core/ai/target_grid.h"
#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/governance/model_registry.h"
#include "core/pacs/dimse_client.h"
#include "core/dicom/catalog.h"
#include "ui/findings/ai_files.h"
#include "ui/viewport/ai_overlay.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <set>

class QDockWidget;
class QMainWindow;

namespace custos::ui {

class FindingsPanel;
class SliceView;

struct FindingsHost
{
    std::function<std::vector<SliceView*>()> views;      // every view that can show a volume
    std::function<bool(const QString& stackKey)> showStack; // shows a series in the active view; false: unknown
    std::function<void(const audit::Event&)> record;       // the audit sink (may be empty in tests)
    QString user;                                          // the signed-in user
    QString userName;                                      // what a person reads; empty: user
    std::function<bool()> scanning;                        // the study's files are still being read; may be empty
    // A study opened from a PACS is held in memory and has no folder: its
    // signed review goes back to the PACS it came from. pacsOrigin names
    // that node for a study UID (empty: the study is not from a PACS);
    // sendToPacs sends through core/export (the Guard asks SendToPacs first,
    // the network runs off the UI thread, the outcome is recorded) and calls
    // `done` on the UI thread with an empty problem once the PACS stored
    // everything. Either may be empty: then nothing is sent.
    using SendDone = std::function<void(const QString& problem)>;
    std::function<QString(const QString& studyUid)> pacsOrigin;
    std::function<void(const QString& node, std::vector<pacs::StoreItem> items, SendDone done)> sendToPacs;
};

// One AI object of the open study and what it annotates.
struct LoadedAiObject
{
    ai::AiObject object;
    ai::SeriesMatch match;
    QString stackKey;      // the image stack it is drawn on ("study/series#0"); empty: none loaded
    QString seriesLabel;   // what the browser calls that series, e.g. "CT 2 Axial 1.25mm"
    bool visible = true;
};

class FindingsController : public QObject
{
    Q_OBJECT
public:
    FindingsController(QMainWindow* window, FindingsHost host);
    ~FindingsController() override;

    QDockWidget* dock() const { return m_dock; }
    FindingsPanel* panel() const { return m_panel; }
    std::shared_ptr<AiOverlay> overlay() const { return m_overlay; }

    // From the window: after a scan (reads the AI objects on a worker
    // thread), and when a stack's volume is loaded (builds its overlays on a
    // worker thread).
    void setCatalog(std::shared_ptr<const dicom::Catalog> catalog);
    void volumeLoaded(const QString& stackKey, const dicom::Stack& stack, std::shared_ptr<const dicom::Volume> volume);
    // The loader let the stack's volume go (memory budget): so does this,
    // with what was built on it; volumeLoaded builds it again when it is shown.
    void volumeReleased(const QString& stackKey);

    // The Guard's answer for ReviewAiFindings: without it, the findings stay
    // visible but accept/reject/correct/sign are disabled with `reason`.
    void setReviewAllowed(bool allowed, const QString& reason = {});
    bool reviewAllowed() const { return m_reviewAllowed; }
    QString reviewDeniedReason() const { return m_reviewDeniedReason; }
    // When a training is what stands between the person and the review:
    // how to open it (the panel offers it as a link). Empty: none.
    // The study's files are being read: the panel says it is looking.
    // Until setCatalog: the scan's future reads as finished a moment before
    // its result is handed over, and in that moment the panel said "No
    // study is open." of the study being opened.
    void noteScanning()
    {
        m_awaitingCatalog = true;
        if (m_objects.empty())
            emit objectsChanged();
    }
    void setReviewTraining(std::function<void()> open) { m_openTraining = std::move(open); }
    bool reviewTrainingOffered() const { return bool(m_openTraining); }
    void openReviewTraining() const
    {
        if (m_openTraining)
            m_openTraining();
    }

    // The site's AI model registry (policy "aiGovernance"). Findings of a
    // model it does not approve are greyed with the rule named, or hidden,
    // as the policy says; each case is audited once per study.
    void setModelRegistry(governance::Registry registry);
    // nullptr: approved (or no registry); otherwise why it is not.
    const governance::Verdict* unapproved(const ai::FindingKey& key) const;
    bool hiddenByPolicy(const ai::FindingKey& key) const;
    // One sentence per rule that greys findings of the open study.
    QStringList governanceNotices() const;
    const std::vector<LoadedAiObject>& objects() const { return m_objects; }
    std::vector<ai::AiObject> aiObjects() const; // the same, as the review takes them
    const QStringList& problems() const { return m_problems; } // files that could not be read, unmatched objects
    bool busy() const;                                         // reading or building
    // A study is open (scanned and not withheld): without one, "no AI
    // results in this study" would be said of a study nobody sees.
    bool studyOpen() const { return m_catalog && !m_catalog->studies.empty(); }
    const ai::Finding* finding(const ai::FindingKey& key) const;
    const LoadedAiObject* objectOf(const ai::FindingKey& key) const;

    // Display.
    void setFindingVisible(const ai::FindingKey& key, bool visible);
    bool findingVisible(const ai::FindingKey& key) const;
    void setObjectVisible(int object, bool visible);
    // Every AI layer on every view on or off at once (View → AI Overlays, key O).
    void setOverlaysShown(bool shown);
    bool overlaysShown() const;
    void setStyle(const AiOverlayStyle& style);
    const AiOverlayStyle& style() const { return m_overlay->style(); }
    void select(const ai::FindingKey& key);
    // Shows the finding's series if needed, moves every view showing it to
    // the finding's slice and centres it. False when there is nowhere to go.
    bool jumpTo(const ai::FindingKey& key);
    // Where a finding is, in voxels of its stack's volume (centroid).
    std::optional<dicom::Vec3> locate(const ai::FindingKey& key) const;

    // Review. Errors are readable (signed review, review not allowed).
    const ai::Review& review() const { return m_review; }
    Result<void> accept(const ai::FindingKey& key);
    Result<void> reject(const ai::FindingKey& key, ai::RejectReason reason, const QString& text);
    Result<void> correct(const ai::FindingKey& key, const ai::Correction& correction);
    // While the Correct dialog is open: the overlay draws this correction
    // (its region and name) instead of the AI's. nullopt: none.
    void previewCorrection(const ai::FindingKey& key, std::optional<ai::Correction> correction);
    // The classes the findings of the open study have (offered when correcting).
    std::vector<ai::CodedConcept> findingClasses() const;
    // Where the finding is drawn on screen (global coordinates), on the
    // views showing it; empty when it is not shown.
    QRect screenRect(const ai::FindingKey& key) const;
    // The finding's name as the review has it: corrected, else the AI's.
    QString displayLabel(const ai::FindingKey& key) const;
    Result<void> comment(const ai::FindingKey& key, const QString& text);
    Result<void> resetDecision(const ai::FindingKey& key);
    // Signs the review and writes it as DICOM SR into <study folder>/ai/
    // (or `folder`); returns the file written.
    Result<QString> finishAndSign(const QString& folder = {});
    // Where Finish and Sign puts the review of a study opened from a PACS:
    // back to that PACS (its name). Empty: a file in the study's folder.
    QString reviewPacsNode() const;
    // Signs the review and sends it, as DICOM SR from memory, to
    // reviewPacsNode(). The outcome follows as reviewSent or reviewNotSent;
    // when the PACS did not take it, the review is open again (unsigned,
    // every decision kept) so that it can be signed and sent once more.
    Result<void> finishAndSend();
    bool sending() const { return m_sending; }
    // The file the review was saved as; for a review on a PACS, the node's name (savedOnPacs).
    QString savedReviewPath() const { return m_savedPath; }
    bool savedOnPacs() const { return m_savedOnPacs; }
    QString reviewerName() const { return reviewer().displayName; }
    // The site, written as the Verifying Observer's organization.
    void setOrganization(const QString& organization) { m_organization = organization; }

signals:
    void objectsChanged();            // read, matched, or a problem found
    void reviewChanged();
    void displayChanged();
    void selectionChanged(const ai::FindingKey& key);
    void message(const QString& text); // for the status bar
    void settled();                    // nothing is being read or built any more
    void reviewSent(const QString& text);  // finishAndSend: the PACS stored the signed review
    void reviewNotSent(const QString& why); // finishAndSend: not sent, the review is open again

private:
    struct Bound
    {
        std::shared_ptr<const dicom::Volume> volume;
        QString stackKey;
        ai::TargetGrid grid;
        std::map<int, std::shared_ptr<const ai::LabelVolume>> labels;     // by object index
        std::map<int, std::shared_ptr<const ai::HeatmapVolume>> heatmaps; // by object index
        std::map<ai::FindingKey, dicom::Vec3> centroids;                  // segments, in voxels
        std::map<ai::FindingKey, std::pair<dicom::Vec3, dicom::Vec3>> extents; // segments' bounding boxes, in voxels
        QStringList problems;
    };
    void onFilesRead();
    void judgeModels();
    std::optional<std::pair<dicom::Vec3, dicom::Vec3>> extentOf(const ai::FindingKey& key) const;
    void restoreSavedReview(const std::vector<std::pair<QString, ai::Review>>& reviews);
    void bindObjectsTo(const QString& stackKey);
    void startBuild(const QString& stackKey);
    void rebuildLayers();
    AiVolumeLayers layersFor(const Bound& bound) const;
    void refreshViews();
    Result<void> reviewed(const ai::FindingKey& key, Result<void> result, const QString& detail);
    ai::Reviewer reviewer() const;
    // Review may be changed (the Guard's ReviewAiFindings); else why not.
    Result<void> mayReview() const;
    QString patientIdOf(const QString& studyUid) const; // for the audit trail
    ai::ReviewSrOptions reviewSrOptions() const;
    QString studyFolder() const;

    QMainWindow* m_window;
    FindingsHost m_host;
    QDockWidget* m_dock = nullptr;
    FindingsPanel* m_panel = nullptr;
    std::shared_ptr<AiOverlay> m_overlay;
    std::shared_ptr<const dicom::Catalog> m_catalog;
    QFutureWatcher<AiFileRead> m_readWatcher;
    int m_building = 0;
    bool m_awaitingCatalog = false; // a scan was started and its catalog has not come yet
    bool m_reading = false; // from setCatalog until onFilesRead has taken the read in
    quint64 m_generation = 0; // a new scan makes older results stale

    std::vector<LoadedAiObject> m_objects;
    std::vector<LoadedAiObject> m_read; // every object read, before the model registry's judgement
    QStringList m_problems;
    // Stacks whose volumes are loaded, and what was built on them.
    std::map<QString, std::pair<dicom::Stack, std::shared_ptr<const dicom::Volume>>> m_loaded;
    std::map<QString, Bound> m_bound;
    std::set<ai::FindingKey> m_hidden;
    ai::FindingKey m_selected;
    std::optional<ai::FindingKey> m_pendingJump;
    std::optional<std::pair<ai::FindingKey, ai::Correction>> m_preview;

    ai::Review m_review;
    bool m_reviewAllowed = true;
    governance::Registry m_registry;
    std::map<ai::FindingKey, governance::Verdict> m_verdicts;
    QSet<QString> m_unapprovedRecorded; // study + model + version + rule: audited once
    QString m_reviewDeniedReason;
    std::function<void()> m_openTraining;
    QString m_savedPath;
    bool m_sending = false;
    bool m_savedOnPacs = false;
    QString m_organization = QStringLiteral("Custos");
};

} // namespace custos::ui
