// SPDX-License-Identifier: Apache-2.0
#pragma once
// The Guard: the one door for every action that shows, copies, exports,
// prints, sends or unlocks patient data. The viewer, the command line and
// every other path ask it first; it alone decides, and it records every
// decision (allowed or not) in the audit trail with the stated purpose.
//
//   1. who is asking, and is the session still valid (active, not locked,
//      not past its idle time or maximum length)?
//   2. does one of their roles grant the action (site policy)?
//   3. if not: does an active break-glass grant cover it (this study, this
//      person)? If none, could one (NeedsBreakGlass)?
//   4. is a training acknowledgement required first (NeedsTraining)?
//   5. one audit event: 110103/110106/110104/... when allowed, 110113
//      Security Alert "Use of Restricted Function" when not.
//
// The UI renders the decision (a dialog, a disabled action, a banner); it
// never decides.

#include "core/audit/audit_event.h"
#include "core/auth/identity.h"
#include "core/common/result.h"
#include "core/policy/policy.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>

namespace custos::auth {
class Session;
}

namespace custos::policy {

class BreakGlassRegistry;
class TrainingRecords;

// What the action is about. Patient ID and name go only into the audit
// trail (encrypted at rest), never into a reason or a log.
struct Subject
{
    QString patientId;
    QString patientName;
    QString studyUid;
    QString seriesUid;
    QString description; // no PHI: "12 files", "CT series 3"
    // Exports to files: the folder written to. When set, it must lie inside
    // one of the policy's export destinations (symbolic links resolved).
    QString destination;
};

class Guard;

// The Guard's written permission to let data out: made only by
// Guard::request() (private constructor), attached to an allowed decision
// of an export action. The writers of core/export accept nothing else, so
// no path can write patient data out on a Decision it assembled itself.
class ExportPermit
{
public:
    ExportPermit(const ExportPermit&) = delete;
    ExportPermit& operator=(const ExportPermit&) = delete;

    Action action() const { return m_action; }
    const Subject& subject() const { return m_subject; }
    bool deidentify() const { return m_deidentify; } // the data must leave de-identified
    const QString& watermark() const { return m_watermark; }
    const QString& purpose() const { return m_purpose; }

private:
    friend class Guard;
    ExportPermit(Action action, Subject subject, bool deidentify, QString watermark, QString purpose)
        : m_action(action), m_subject(std::move(subject)), m_deidentify(deidentify), m_watermark(std::move(watermark)), m_purpose(std::move(purpose))
    {
    }
    Action m_action;
    Subject m_subject;
    bool m_deidentify;
    QString m_watermark;
    QString m_purpose;
};

struct Decision
{
    enum class Kind { Allowed, Denied, NeedsTraining, NeedsBreakGlass };
    Kind kind = Kind::Denied;
    // Why not, in a sentence for the person at the screen ("Your role
    // (technologist) may not export DICOM files. Ask a radiologist or your
    // administrator."). Empty when allowed.
    QString reason;
    QString trainingModule;      // NeedsTraining: the module to complete
    bool forceDeidentify = false; // Allowed: the data must be de-identified (exports) or masked (views)
    bool underBreakGlass = false; // Allowed through an emergency grant
    QString breakGlassGrantId;
    QString watermark;           // Allowed: text to burn into an image, print or copy; empty: none
    QString role;                // the role (or "break-glass") that allowed it
    // Allowed exports (isExport) decided by request(): the permit the
    // writers of core/export require. Never set by preview().
    std::shared_ptr<const ExportPermit> permit;

    bool allowed() const { return kind == Kind::Allowed; }
};

QString decisionKindName(Decision::Kind kind); // "allowed", "denied", "needs-training", "needs-break-glass"

// Who is asking, as the Guard sees it at the moment of the request.
struct Requester
{
    enum class State { SignedOut, Active, Locked, Expired };
    State state = State::SignedOut;
    auth::Identity identity;
};
using RequesterSource = std::function<Requester()>;
using Clock = std::function<QDateTime()>;
using AuditSink = std::function<void(const audit::Event&)>;
// Records and says whether the record is durable (site mode: in custosd).
using DurableAuditSink = std::function<Result<void>(const audit::Event&)>;

// The viewer's session. Applies the session's idle and maximum-length rules
// at the clock's time itself, so a request between two timer ticks is not
// let through.
RequesterSource sessionRequester(const auth::Session& session, Clock clock = {});
// The command line's saved sign-in: active until the identity's expiresAt.
RequesterSource signInRequester(auth::Identity identity, Clock clock = {});

struct GuardParts
{
    std::shared_ptr<const Policy> policy;
    RequesterSource requester;
    AuditSink audit;                       // required: no decision goes unrecorded
    BreakGlassRegistry* breakGlass = nullptr; // optional: no emergency access without it
    TrainingRecords* training = nullptr;   // optional: without it, required training is never satisfied
    Clock clock;                           // default: the system clock (UTC)
    // When set, used instead of `audit`: an action whose record could not
    // be made durable is refused with the sink's sentence (site mode: the
    // Custos service is down), so nothing happens unrecorded.
    DurableAuditSink durableAudit = {};
    // When set, asked before any action that touches patient data: a
    // sentence refuses it (site mode: the audit collector's undelivered
    // backlog is over the site's ceiling, and the sentence names it).
    std::function<QString()> phiGate = {};
};

// Not thread-safe: ask it from the thread that owns the session (the UI thread).
class Guard
{
public:
    explicit Guard(GuardParts parts);
    ~Guard();

    // Decides and records: exactly one audit event per call.
    Decision request(Action action, const Subject& subject, const QString& purpose);

    // What request() would say now, without recording it: for enabling or
    // greying out menu items. Never use it to authorize anything.
    Decision preview(Action action, const Subject& subject) const;

    const Policy& policy() const { return *m_parts.policy; }
    Requester requester() const;

private:
    QDateTime now() const;
    Decision decide(Action action, const Subject& subject, const Requester& who) const;
    Decision decideForRole(Action action, const Subject& subject, const Requester& who) const;
    Decision withTraining(Decision allowed, Action action, const Requester& who) const;

    GuardParts m_parts;
};

// The audit event for one decision (exposed for tests and for paths that
// record a decision made elsewhere, e.g. an export that failed afterwards).
audit::Event decisionEvent(Action action, const Subject& subject, const QString& purpose, const Requester& who,
                           const Decision& decision);

} // namespace custos::policy
