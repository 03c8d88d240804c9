// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's machine-wide compliance records: break-glass grants and their
// review queue, training acknowledgements, and guarded reads of the audit
// trail. In site mode the viewer and custos-cli of every OS user on the
// workstation ask here, so a compliance officer sees everyone's, and no
// user can remove a grant from review by deleting a file of their own.
//
// Requests (each carries the caller's session ticket, "ticket"; who asks is
// the ticket's person and the OS uid/pid the kernel reported):
//   {"op": "breakGlass", "action": "start", "category", "reason", "studyUid",
//    "patientId", "actions": [..], "reauthTicket"}  -> {"grant": {...}}
//        reauthTicket: a ticket of the same person issued moments ago (the
//        fresh sign-in, password and code checked by custosd); it is
//        revoked once used.
//   {"op": "breakGlass", "action": "mine"}           -> {"grants": [...]}   own grants only
//   {"op": "breakGlass", "action": "end", "grantId", "reason"}              own grants only
//   {"op": "breakGlass", "action": "queue"}          -> {"grants": [...]}   ReviewBreakGlass
//   {"op": "breakGlass", "action": "review", "grantId", "note", "verdict"}  ReviewBreakGlass
//   {"op": "training", "action": "acknowledge", "module", "answers": [..]}  answers checked here
//   {"op": "training", "action": "mine"}             -> {"acknowledgements": [...]}
//   {"op": "training", "action": "roster"}           -> {"acknowledgements": [...]}  ViewAuditTrail
//   {"op": "auditQuery", "from": seq, "since": ISO}  -> {"records": [...], "next": seq, "more": bool}
//                                                        ViewAuditTrail
// The reads (queue, roster, audit query) are decided by the Guard inside
// the service with the site's roles; an allowed read is recorded as DICOM
// 110101 "Audit Log Used" (PS3.15 A.5.3.2), a refusal as a Security Alert.
// Grants are kept sealed in "<state>/policy" (the service's own key
// hierarchy); they end, audited, when their time is up.

#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/policy/policy.h"
#include "core/service/service_accounts.h"

#include <QCborMap>
#include <QString>

#include <functional>
#include <memory>

namespace custos::service {

class ServiceCompliance
{
public:
    using Events = ServiceAccounts::Events;

    // `lastSeq`: the last durable record of the trail (audit queries read up to it).
    static Result<std::unique_ptr<ServiceCompliance>> open(const QString& stateDir, std::shared_ptr<const policy::Policy> policy,
                                                           ServiceAccounts& accounts, std::function<quint64()> lastSeq);
    ~ServiceCompliance();

    static bool handles(const QString& op);
    // One request, off the socket thread (not thread-safe: one at a time).
    // Every record it makes is in `events` (the caller makes them durable
    // before answering).
    Result<QCborMap> handle(const QString& op, const QCborMap& request, const Caller& caller, Events& events);

private:
    ServiceCompliance();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::service
