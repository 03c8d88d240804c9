// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/study's way to a PACS, the same for the viewer and the command line:
// what the Guard is asked about (QueryPacs, RetrieveStudy), the query, and
// the retrieval, which puts every instance into the encrypted cache as it
// arrives (and keeps it in memory for the viewer), the manifest last, so a
// broken or cancelled retrieval is never complete. Nothing is written to
// disk in plaintext. The Guard itself is asked by the caller, on the thread
// that owns it, before these run (on any thread).

#include "core/cache/study_cache.h"
#include "core/common/result.h"
#include "core/pacs/pacs_types.h"
#include "core/policy/guard.h"
#include "core/policy/pacs_node.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace custos::study {

QString pacsProtocolName(bool dicomweb); // "DICOMweb", "DICOM TLS"

// What QueryPacs and RetrieveStudy are asked about (the audit trail's subject).
policy::Subject querySubject(const policy::PacsNode& node, const pacs::QueryKeys& keys, bool dicomweb);
policy::Subject retrieveSubject(const policy::PacsNode& node, const QString& studyInstanceUid, bool dicomweb);

// The query, once QueryPacs was allowed. `error` (optional) gets the cause.
// `basic`: the person's user name and password for a DICOMweb node with
// "auth": "basic" (from pacs::CredentialStore or typed in; memory only).
Result<std::vector<pacs::StudyMatch>> queryPacs(const policy::PacsNode& node, const pacs::QueryKeys& keys, bool dicomweb,
                                                pacs::PacsError* error = nullptr, const pacs::BasicCredentials& basic = {});
// The series of a study (for progress per series), once QueryPacs or RetrieveStudy was allowed.
Result<std::vector<pacs::SeriesMatch>> querySeries(const policy::PacsNode& node, const QString& studyInstanceUid, bool dicomweb,
                                                   const pacs::BasicCredentials& basic = {});

struct RetrieveRequest
{
    policy::PacsNode node;
    QString studyInstanceUid;
    bool dicomweb = false;
    pacs::BasicCredentials basic; // DICOMweb "auth": "basic" (memory only)
    std::shared_ptr<cache::StudyCache> cache; // required: a retrieved study is kept nowhere else on disk
    bool keepInMemory = false;                // the viewer opens it from memory
    pacs::RetrieveOptions options;
    // Called for each instance once it is safely in the cache (any thread).
    std::function<void(const pacs::RetrievedInstance& instance)> arrived;
    int timeoutSeconds = 30;
};

struct PacsRetrieval
{
    bool ok = false;
    int instances = 0;
    pacs::PacsError error;                               // why not, when !ok
    std::vector<std::shared_ptr<const QByteArray>> kept; // keepInMemory: every instance, Part 10
    policy::Subject subject;                             // retrieveSubject with the patient of the first instance
    QString outcome;                                     // for the audit record of the outcome
    int strayInstances = 0;      // C-MOVE: instances of another study the receiving SCP refused
    int refusedAssociations = 0; // C-MOVE: associations from another AE title or address it refused
};

// RetrieveStudy, once the Guard allowed it: WADO-RS, C-GET, or C-MOVE when
// the node says "retrieve": "move" (the CLI and the viewer alike).
PacsRetrieval retrieveFromPacs(const RetrieveRequest& request);

// A study that a PACS delivered completely into the encrypted cache
// earlier: its instances, decrypted into memory (the second open).
Result<std::vector<std::shared_ptr<const QByteArray>>> openRetrievedFromCache(cache::StudyCache& cache, const QString& node,
                                                                              const QString& studyInstanceUid);

// The record of what happened after an allowed PACS action (the Guard
// recorded the decision itself).
audit::Event pacsOutcomeEvent(policy::Action action, const policy::Subject& subject, const policy::Requester& who,
                              const policy::Decision& decision, bool ok, const QString& what);

} // namespace custos::study
