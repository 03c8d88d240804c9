// SPDX-License-Identifier: Apache-2.0
#pragma once
// The study browser: find studies on a PACS of the site policy and open
// one. Type in any field and press Enter; the results fill a table; Open
// (or a double-click) retrieves the study with progress per series and
// Cancel, into memory and the encrypted cache (core/study), and hands it
// to the host (the viewer opens it from memory); a study retrieved before
// opens from the encrypted cache. A banner says plainly why when the PACS
// is down, slow, refuses the TLS handshake or shows a wrong certificate. The
// browser never decides who may: it asks its host (the viewer's Guard)
// through `Decide` before every query and retrieval, on the UI thread; the
// network work runs on a worker thread.

#include "core/cache/study_cache.h"
#include "core/pacs/pacs_credentials.h"
#include "core/pacs/pacs_types.h"
#include "core/policy/guard.h"
#include "core/policy/pacs_node.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace custos::ui {

class StudyBrowser : public QWidget
{
    Q_OBJECT
public:
    // The host's Guard: empty when allowed, otherwise the reason to show.
    using Decide = std::function<QString(policy::Action action, const policy::Subject& subject)>;
    // What happened after an allowed action (the host records it in the audit trail).
    using Outcome = std::function<void(policy::Action action, const policy::Subject& subject, bool ok, const QString& what)>;

    // Receives a complete study's instances (Part 10, in memory) to show them.
    using Opener = std::function<void(std::vector<std::shared_ptr<const QByteArray>> instances, bool fromCache)>;

    StudyBrowser(std::vector<policy::PacsNode> nodes, std::shared_ptr<cache::StudyCache> cache, Decide decide, Outcome outcome = {},
                 QWidget* parent = nullptr);
    ~StudyBrowser() override;

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    // Where the person's PACS passwords live (a DICOMweb node with "auth":
    // "basic"); null: none are read, typed ones are kept until the browser closes.
    void setCredentialStore(std::shared_ptr<pacs::CredentialStore> store) { m_credentials = std::move(store); }
    // Seconds without a sign of the PACS after which the banner says it is slow.
    void setSlowAfter(int seconds) { m_slowAfter = seconds; }

    QString bannerText() const;
    pacs::Failure lastFailure() const { return m_lastFailure; }
    int resultCount() const;
    bool busy() const;

public slots:
    void search();
    void openSelected();
    void cancel();

signals:
    void searchFinished(bool ok);
    // The PACS wants (other) credentials: the login dialog is open.
    void credentialsRequested(const QString& node);
    // The study is complete in the encrypted cache (pacs::loadRetrievedStudy reads it); fromCache: it was there already.
    void studyRetrieved(const QString& node, const QString& studyInstanceUid, int instances);
    void retrieveFinished(bool ok);

private:
    struct Work;
    const policy::PacsNode* currentNode() const;
    void showBanner(const QString& text, bool error);
    void setBusy(bool busy, const QString& what);
    void showResults();
    void setSeries(const std::vector<pacs::SeriesMatch>& series);
    void seriesArrived(const QString& seriesUid);
    void checkSlow();
    enum class Retry { Search, Open };
    // A basic-auth node said no (or none are stored): ask, then try again.
    bool askCredentials(const QString& node, const pacs::PacsError& error, Retry retry);
    struct Typed
    {
        pacs::BasicCredentials credentials;
        bool remember = false;
    };
    Typed typedFor(const policy::PacsNode& node) const;

    std::vector<policy::PacsNode> m_nodes;
    std::shared_ptr<cache::StudyCache> m_cache;
    Decide m_decide;
    Outcome m_outcome;
    QComboBox* m_node = nullptr;
    QLineEdit* m_patientName = nullptr;
    QLineEdit* m_patientId = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_modality = nullptr;
    QLineEdit* m_accession = nullptr;
    QPushButton* m_searchButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_banner = nullptr;
    QTableWidget* m_seriesTable = nullptr;
    QTimer* m_slowTimer = nullptr;
    QElapsedTimer m_sinceActivity;
    int m_slowAfter = 8;
    QString m_busyNode;
    Opener m_opener;
    struct SeriesRow
    {
        QString uid;
        int expected = -1;
        int received = 0;
    };
    std::vector<SeriesRow> m_seriesRows;
    std::vector<pacs::StudyMatch> m_matches;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<Work> m_work;
    QFutureWatcher<void> m_watcher;
    pacs::Failure m_lastFailure = pacs::Failure::None;
    std::shared_ptr<pacs::CredentialStore> m_credentials;
    std::map<QString, Typed> m_typed; // by node: what the person typed (memory only)
};

} // namespace custos::ui
