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
#include <QSet>
#include <QString>

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
    std::optional<BreakGlassReview> review;

    bool activeAt(const QDateTime& time) const { return !endedAt.isValid() && time < expiresAt; }
};

struct BreakGlassParts
{
    std::shared_ptr<const Policy> policy;
    AuditSink audit;
    Clock clock;
    TrainingRecords* training = nullptr; // the break-glass module is required first, when the policy says so
    std::shared_ptr<crypto::KeyManager> keys; // with `folder`: persisted; otherwise in memory
    QString folder;                      // "<data>/policy"
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

private:
    explicit BreakGlassRegistry(BreakGlassParts parts);
    QDateTime now() const;
    Result<void> save() const;
    void finish(BreakGlassGrant& grant, const QString& reason);

    BreakGlassParts m_parts;
    std::vector<BreakGlassGrant> m_grants;
};

} // namespace custos::policy
