// SPDX-License-Identifier: Apache-2.0
#pragma once
// The radiologist's review of AI findings: for each finding a decision
// (accepted, rejected with a reason, corrected), a comment, who decided and
// when; and whether the review as a whole is finished and signed. Plain
// values without signals: the findings panel wraps it. Saved as DICOM SR by
// review_sr_writer.h.

#include "core/ai/finding.h"
#include "core/common/result.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace custos::ai {

enum class ReviewDecision { Pending, Accepted, Rejected, Corrected };

enum class RejectReason { None, FalsePositive, WrongLocation, WrongMeasurement, ClinicallyIrrelevant, Other };

QString decisionName(ReviewDecision decision);   // translated, for the panel
QString rejectReasonName(RejectReason reason);   // translated: "False positive", ...
std::vector<RejectReason> rejectReasons();       // the list the UI offers, without None

struct Reviewer
{
    QString subject;      // the signed-in user's stable id (auth subject / login name)
    QString displayName;  // what a person reads, e.g. "Dr. Anna Weber"
    bool isEmpty() const { return subject.isEmpty(); }
    bool operator==(const Reviewer&) const = default;
};

// What the reviewer changed: the finding's class (a nodule that is a
// lymph node), the words it is shown with, measurement values, a region
// moved or redrawn. Empty fields: as the AI said.
struct Correction
{
    std::optional<CodedConcept> findingType; // the class the reviewer chose instead of the AI's
    QString label;                         // what the panel and the overlay call it now
    std::vector<Measurement> measurements; // concept as in the finding, value and unit as corrected
    std::vector<Region2D> regions2D;
    std::vector<Region3D> regions3D;
    bool isEmpty() const
    {
        return !findingType && label.isEmpty() && measurements.empty() && regions2D.empty() && regions3D.empty();
    }
};

// Identifies a finding: the AI object's SOP Instance UID (JSON: its id) and
// the finding id within it (Finding::id).
struct FindingKey
{
    QString objectUid;
    QString findingId;
    bool operator==(const FindingKey&) const = default;
    bool operator<(const FindingKey& o) const
    {
        return objectUid != o.objectUid ? objectUid < o.objectUid : findingId < o.findingId;
    }
};

struct FindingReview
{
    FindingKey key;
    ReviewDecision decision = ReviewDecision::Pending;
    RejectReason reason = RejectReason::None;
    QString reasonText;   // free text; required for RejectReason::Other
    Correction correction;
    QString comment;
    Reviewer reviewer;    // who made the last change
    QDateTime time;       // when (UTC)
};

struct ReviewSignature
{
    Reviewer reviewer;
    QDateTime time;
};

class Review
{
public:
    // Decisions. Each records reviewer and time; a signed review refuses
    // changes until reopen().
    Result<void> accept(const FindingKey& key, const Reviewer& who, const QDateTime& when = currentTime());
    Result<void> reject(const FindingKey& key, RejectReason reason, const QString& reasonText, const Reviewer& who,
                        const QDateTime& when = currentTime());
    Result<void> correct(const FindingKey& key, const Correction& correction, const Reviewer& who,
                         const QDateTime& when = currentTime());
    Result<void> setComment(const FindingKey& key, const QString& comment, const Reviewer& who,
                            const QDateTime& when = currentTime());
    Result<void> resetToPending(const FindingKey& key, const Reviewer& who, const QDateTime& when = currentTime());

    const FindingReview* find(const FindingKey& key) const;
    ReviewDecision decision(const FindingKey& key) const; // Pending when never touched
    const std::map<FindingKey, FindingReview>& entries() const { return m_entries; }
    int count(ReviewDecision decision) const;
    // Findings of these objects that still wait for a decision.
    std::vector<FindingKey> pending(const std::vector<AiObject>& objects) const;

    // Finished and signed. Refuses while findings of `objects` are pending.
    Result<void> sign(const Reviewer& who, const std::vector<AiObject>& objects, const QDateTime& when = currentTime());
    void reopen() { m_signature.reset(); }
    bool isSigned() const { return m_signature.has_value(); }
    const std::optional<ReviewSignature>& signature() const { return m_signature; }

    // For readers that restore a saved review as it was.
    void restore(FindingReview entry) { m_entries[entry.key] = std::move(entry); }
    void restoreSignature(ReviewSignature signature) { m_signature = std::move(signature); }

    static QDateTime currentTime();

private:
    Result<FindingReview*> editable(const FindingKey& key, const Reviewer& who, const QDateTime& when);

    std::map<FindingKey, FindingReview> m_entries;
    std::optional<ReviewSignature> m_signature;
};

} // namespace custos::ai
