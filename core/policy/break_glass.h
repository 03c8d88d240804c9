// SPDX-License-Identifier: Apache-2.0
#pragma once
// Break-glass (emergency access): a person whose role does not grant an
// action may, in an emergency, open one study anyway. They state a category
// and a reason (at least the policy's minimum length), sign in again (the
// same person, with the second factor), and get a grant for that study
// alone, for the policy's duration (default 60 minutes). The grant ends by
// itself or early; start and end are 110113 Security Alerts ("Emergency
// Override Started"/"Stopped") with the justification, and every grant waits
// in the compliance review queue until a reviewer records a post-event
// review.
//
// Grants and reviews are kept in "<data>/policy/break-glass.sealed",
// AES-256-GCM under a data key of that folder (the study UIDs are
// PHI-adjacent), or in memory only when no keys are given.

#include "core/auth/identity.h"
#include "core/common/result.h"
#include "core/policy/guard.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace custos::crypto {
class KeyManager;
}

namespace custos::policy {

struct BreakGlassRequest
{
    QString category; // one of the policy's reason categories
    QString reason;   // free text, trimmed, at least minimumReasonLength characters
    Subject subject;  // the study (studyUid required)
    // What is asked for, and all that is granted: an emergency view is a
    // view. Empty: ViewStudy. Each action must be emergency-eligible and
    // its own training (the policy's rule for that action) must be current.
    QSet<Action> actions;
    // Who asked, as the operating system says (site mode: the OS user, uid
    // and pid custosd observed); kept with the grant for the reviewer.
    QString origin = {};
};

// The reviewer's verdict on an emergency access, stored as its code
// ("justified", "not-justified", "follow-up"): language-neutral.
enum class BreakGlassVerdict { Unstated, Justified, NotJustified, FollowUp };
QString verdictCode(BreakGlassVerdict verdict);
BreakGlassVerdict verdictFromCode(const QString& code);

struct BreakGlassReview
{
    QString reviewerSubject;
    QString reviewerName;
    QString note;
    QDateTime time;
    BreakGlassVerdict verdict = BreakGlassVerdict::Unstated; // reviews before verdicts existed: Unstated
};

struct BreakGlassGrant
{
    QString id;
    QString userSubject;
    QString userName;
    QString studyUid;
    QString category;
    QString reason;
    QSet<Action> actions;
    QDateTime startedAt;
    QDateTime expiresAt;
    QDateTime endedAt;   // set when ended early or noticed expired
    QString endReason;
    QString origin = {}; // BreakGlassRequest::origin
    std::optional<BreakGlassReview> review;

    bool activeAt(const QDateTime& time) const { return !endedAt.isValid() && time < expiresAt; }
};

struct BreakGlassGrant;

// Site mode: the grants and their review queue are custosd's, machine-wide
// (app/common/site_compliance.h makes one). The registry then keeps no
// file and decides nothing itself: the service checks and records each
// grant (the identities come from its own tickets), ends and audits lapsed
// ones, and answers the queue only to a reviewer.
struct BreakGlassRemote
{
    // Records a grant for the signed-in person (the fresh sign-in it needs
    // is the remote's own business: a ticket the service issued moments ago).
    std::function<Result<BreakGlassGrant>(const BreakGlassRequest&)> start;
    std::function<Result<std::vector<BreakGlassGrant>>()> mine;  // the signed-in person's own grants
    std::function<Result<void>(const QString& grantId, const QString& reason)> end;
    std::function<Result<std::vector<BreakGlassGrant>>()> queue; // everyone's, awaiting review (reviewers only)
    std::function<Result<void>(const QString& grantId, const QString& note, BreakGlassVerdict verdict)> review;
};

struct BreakGlassParts
{
    std::shared_ptr<const Policy> policy;
    AuditSink audit;
    Clock clock;
    TrainingRecords* training = nullptr; // the break-glass module is required first, when the policy says so
    std::shared_ptr<crypto::KeyManager> keys; // with `folder`: persisted; otherwise in memory
    QString folder;                      // "<data>/policy"
    std::shared_ptr<BreakGlassRemote> remote = {}; // set: site mode, everything through custosd
};

// Not thread-safe: the viewer uses it from the UI thread (as it does the Guard).
class BreakGlassRegistry
{
public:
    // Loads the persisted grants; fails when the file exists but cannot be
    // opened (it is never silently replaced).
    static Result<std::unique_ptr<BreakGlassRegistry>> open(BreakGlassParts parts);
    ~BreakGlassRegistry();

    // `current` is the signed-in person, `reauthenticated` the fresh sign-in
    // they just completed for this grant.
    Result<BreakGlassGrant> start(const auth::Identity& current, const auth::Identity& reauthenticated,
                                  const BreakGlassRequest& request);
    Result<void> end(const QString& grantId, const QString& reason);
    // Ends (and audits) every grant whose time is up. The Guard calls it
    // before each decision; a timer in the viewer may call it too.
    void expireLapsed();

    // The active grant of this person that covers this action on this study.
    std::optional<BreakGlassGrant> covering(const QString& userSubject, const QString& studyUid, Action action) const;
    std::vector<BreakGlassGrant> grants() const;        // newest first
    std::vector<BreakGlassGrant> awaitingReview() const; // ended, not yet reviewed
    // The post-event review, by someone with ReviewBreakGlass who is not the grant's user.
    // With a verdict (anything but Unstated) it is recorded with the note.
    Result<void> recordReview(const QString& grantId, const auth::Identity& reviewer, const QString& note,
                              BreakGlassVerdict verdict = BreakGlassVerdict::Unstated);
    // Site mode: the grants live in custosd (BreakGlassParts::remote).
    bool remote() const { return bool(m_parts.remote); }
    // The sentence of the last failed request to custosd (site mode); empty if none.
    QString remoteProblem() const { return m_remoteProblem; }

    // JSON form of a grant (custosd's protocol carries it too).
    static QJsonObject grantToJson(const BreakGlassGrant& grant);
    static BreakGlassGrant grantFromJson(const QJsonObject& json);

private:
    explicit BreakGlassRegistry(BreakGlassParts parts);
    QDateTime now() const;
    Result<void> save() const;
    void finish(BreakGlassGrant& grant, const QString& reason);

    // Site mode: the person's own grants as custosd last said (refreshed
    // when older than a few seconds, and after each change made here).
    const std::vector<BreakGlassGrant>& mirror() const;

    BreakGlassParts m_parts;
    mutable std::vector<BreakGlassGrant> m_grants; // mutable: the site-mode mirror
    mutable QDateTime m_mirrorTime;
    mutable QString m_remoteProblem;
};

} // namespace custos::policy
