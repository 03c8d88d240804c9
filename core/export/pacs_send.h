// SPDX-License-Identifier: Apache-2.0
#pragma once
// core/export's way to a PACS (SendToPacs): the command line's
// `custos-cli pacs send` and the viewer's signed review of a study opened
// from a PACS leave through here, under the same rules as a file export.
//
// In three steps, so that the viewer keeps its UI thread free:
//   1. planPacsSend groups the objects by study, from their own headers;
//   2. authorizePacsSend asks the Guard SendToPacs for every study before
//      anything leaves (on the thread that owns the Guard; training offered
//      as for any export). One refusal and nothing is sent. A role that may
//      send de-identified data only is refused: Custos does not yet
//      de-identify for a PACS, and nothing identified may leave instead;
//   3. transmitPacsSend sends study by study (any thread), and
//      pacsSendEvents gives the record of what happened to each study.
// Nothing is written to disk: the objects travel from memory.

#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/export/export_request.h"
#include "core/pacs/dimse_client.h"
#include "core/policy/guard.h"
#include "core/policy/pacs_node.h"

#include <QString>

#include <vector>

namespace custos::exports {

struct PacsSendStudy
{
    policy::Subject subject;            // the patient and study, and what leaves for which node
    std::vector<pacs::StoreItem> items; // Part 10 objects
    std::vector<pacs::Part10Info> headers; // what each item's header says, same order
    policy::Decision decision;          // the Guard's, once asked
};

struct PacsSend
{
    policy::PacsNode node;
    bool dicomweb = false;
    pacs::BasicCredentials basic; // DICOMweb "auth": "basic" (the person's, memory only)
    std::vector<PacsSendStudy> studies;
    int count() const;
};

// Groups Part 10 objects by study (their own Study Instance UID, patient).
// An object that is not DICOM, or names no study, is an error that names it,
// and nothing is planned.
Result<PacsSend> planPacsSend(const policy::PacsNode& node, bool dicomweb, std::vector<pacs::StoreItem> items);

struct PacsSendAuthorization
{
    bool allowed = false;
    bool trainingNotCompleted = false;
    QString reason; // refused: why, for a person
};

// SendToPacs for each study, every decision recorded by the Guard; fills
// each study's decision. Refused: nothing may be sent.
PacsSendAuthorization authorizePacsSend(policy::Guard& guard, PacsSend& send, const QString& purpose,
                                        const CompleteTraining& train = {});

struct PacsSendOutcome
{
    struct Study
    {
        bool attempted = false;
        bool complete = false;
        int stored = 0;
    };
    std::vector<Study> studies; // same order as PacsSend::studies
    int stored = 0;
    bool complete = false;      // every object of every study was stored
    QString error;              // not complete: why, for a person
};

// Sends an authorized plan, study by study; stops at the first study the
// PACS did not take whole. Blocking: run it off the UI thread.
PacsSendOutcome transmitPacsSend(const PacsSend& send, int timeoutSeconds = 30);

// The record of each attempted study's outcome (the Guard recorded the
// decisions itself), as custos-cli pacs and the viewer write them.
std::vector<audit::Event> pacsSendEvents(const PacsSend& send, const PacsSendOutcome& outcome, const policy::Requester& who);

} // namespace custos::exports
