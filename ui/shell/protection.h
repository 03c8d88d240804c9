// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the UI gets from the app about protecting patient data: where to
// record audit events, the encrypted cache (may be null), and, when the
// keychain is unavailable, the sentence that says why nothing is stored.

#include "core/audit/audit_event.h"
#include "core/cache/study_cache.h"
#include "core/dicom/catalog.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/pacs_credentials.h"
#include "core/policy/pacs_node.h"
#include "core/study/study_access.h"

#include <QImage>
#include <QString>

#include <functional>
#include <memory>

namespace custos::ui {

struct Protection
{
    std::function<void(const audit::Event&)> record; // thread-safe; may be empty (tests)
    std::shared_ptr<cache::StudyCache> cache;        // null: no cache
    QString user;
    QString displayName;                             // the person's name as people read it ("Dr. Anna Weber"); empty: user
    QString problem;                                 // non-empty: shown to the person
    // Asked once per study after a scan, before any of its pixels are read
    // (thumbnails included), through core/study (study::admit): the Guard's
    // ViewStudy decision. A refused study is withheld from this window with
    // its AI objects; a de-identified-only decision masks its demographics.
    // Empty: every study is shown (tests without a site policy).
    study::ViewDecider decideView;
    // --screenshot: the window leaves the viewer as an image, so it is an
    // ExportImage like any other (destination, watermark, audit). Returns
    // the exit code: 0 written, 1 could not be written, 3 refused (nothing
    // written). Empty: written as is (tests without a site policy).
    std::function<int(const QImage& window, const QString& file)> exportScreenshot;
    // File → Open from PACS…: the site policy's nodes (none: no menu item),
    // the Guard's QueryPacs/RetrieveStudy decision (empty: allowed, else the
    // reason to show) and the record of what followed an allowed action.
    std::vector<policy::PacsNode> pacsNodes;
    std::function<QString(policy::Action action, const policy::Subject& subject)> decidePacs;
    std::function<void(policy::Action action, const policy::Subject& subject, bool ok, const QString& what)> pacsOutcome;
    // Sends Part 10 objects from memory to a node of the site policy
    // (SendToPacs through core/export: every study asked of the Guard
    // first, with training; the network off the UI thread; the outcome
    // recorded). `done` runs on the UI thread: an empty problem when the
    // PACS stored everything, else why not, for a person. Objects of a
    // study that was retrieved from that node into the encrypted cache join
    // its cached copy, so the next open from the cache shows them too.
    // Empty: nothing can be sent from this window.
    using PacsSendDone = std::function<void(const QString& problem)>;
    std::function<void(const QString& node, std::vector<pacs::StoreItem> items, PacsSendDone done)> sendToPacs;
    // The person's PACS passwords for DICOMweb nodes with "auth": "basic"
    // (their OS keychain); null: asked for and kept until the window closes.
    std::shared_ptr<pacs::CredentialStore> pacsCredentials;

    void audit(const audit::Event& e) const
    {
        if (record)
            record(e);
    }
};

} // namespace custos::ui
