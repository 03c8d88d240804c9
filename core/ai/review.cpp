// SPDX-License-Identifier: Apache-2.0
#include "core/ai/review.h"

#include <QCoreApplication>

namespace custos::ai {
namespace {

// lupdate extracts Text::tr("...") under "custos::ai", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::ai)
};

} // namespace

QString decisionName(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Pending: return Text::tr("Pending");
    case ReviewDecision::Accepted: return Text::tr("Accepted");
    case ReviewDecision::Rejected: return Text::tr("Rejected");
    case ReviewDecision::Corrected: return Text::tr("Corrected");
    }
    return {};
}

QString rejectReasonName(RejectReason reason)
{
    switch (reason) {
    case RejectReason::None: return {};
    case RejectReason::FalsePositive: return Text::tr("False positive");
    case RejectReason::WrongLocation: return Text::tr("Wrong location");
    case RejectReason::WrongMeasurement: return Text::tr("Wrong measurement");
    case RejectReason::ClinicallyIrrelevant: return Text::tr("Clinically irrelevant");
    case RejectReason::Other: return Text::tr("Other");
    }
    return {};
}

std::vector<RejectReason> rejectReasons()
{
    return {RejectReason::FalsePositive, RejectReason::WrongLocation, RejectReason::WrongMeasurement,
            RejectReason::ClinicallyIrrelevant, RejectReason::Other};
}

QDateTime Review::currentTime()
{
    // Whole seconds: DICOM DT keeps them exactly, so a saved review reads back equal.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

Result<FindingReview*> Review::editable(const FindingKey& key, const Reviewer& who, const QDateTime& when)
{
    if (m_signature)
        return Error{Text::tr("The review is signed; reopen it before changing a decision.")};
    if (key.objectUid.isEmpty() || key.findingId.isEmpty())
        return Error{Text::tr("The finding to review is not identified (AI object or finding id missing).")};
    if (who.isEmpty())
        return Error{Text::tr("A review decision needs the signed-in reviewer.")};
    FindingReview& entry = m_entries[key];
    entry.key = key;
    entry.reviewer = who;
    entry.time = when.isValid() ? when : currentTime();
    return &entry;
}

Result<void> Review::accept(const FindingKey& key, const Reviewer& who, const QDateTime& when)
{
    auto entry = editable(key, who, when);
    if (!entry)
        return entry.error();
    FindingReview& e = *entry.value();
    e.decision = ReviewDecision::Accepted;
    e.reason = RejectReason::None;
    e.reasonText.clear();
    e.correction = {};
    return Ok{};
}

Result<void> Review::reject(const FindingKey& key, RejectReason reason, const QString& reasonText, const Reviewer& who,
                            const QDateTime& when)
{
    if (reason == RejectReason::None)
        return Error{Text::tr("Choose why the finding is rejected.")};
    if (reason == RejectReason::Other && reasonText.trimmed().isEmpty())
        return Error{Text::tr("Rejecting for another reason needs a few words saying which.")};
    auto entry = editable(key, who, when);
    if (!entry)
        return entry.error();
    FindingReview& e = *entry.value();
    e.decision = ReviewDecision::Rejected;
    e.reason = reason;
    e.reasonText = reasonText.trimmed();
    e.correction = {};
    return Ok{};
}

Result<void> Review::correct(const FindingKey& key, const Correction& correction, const Reviewer& who,
                             const QDateTime& when)
{
    if (correction.isEmpty())
        return Error{Text::tr("A correction needs a changed class, name, measurement or region.")};
    auto entry = editable(key, who, when);
    if (!entry)
        return entry.error();
    FindingReview& e = *entry.value();
    e.decision = ReviewDecision::Corrected;
    e.reason = RejectReason::None;
    e.reasonText.clear();
    e.correction = correction;
    return Ok{};
}

Result<void> Review::setComment(const FindingKey& key, const QString& comment, const Reviewer& who,
                                const QDateTime& when)
{
    auto entry = editable(key, who, when);
    if (!entry)
        return entry.error();
    entry.value()->comment = comment.trimmed();
    return Ok{};
}

Result<void> Review::resetToPending(const FindingKey& key, const Reviewer& who, const QDateTime& when)
{
    auto entry = editable(key, who, when);
    if (!entry)
        return entry.error();
    FindingReview& e = *entry.value();
    e.decision = ReviewDecision::Pending;
    e.reason = RejectReason::None;
    e.reasonText.clear();
    e.correction = {};
    return Ok{};
}

const FindingReview* Review::find(const FindingKey& key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second;
}

ReviewDecision Review::decision(const FindingKey& key) const
{
    const FindingReview* e = find(key);
    return e ? e->decision : ReviewDecision::Pending;
}

int Review::count(ReviewDecision decision) const
{
    int n = 0;
    for (const auto& [key, entry] : m_entries)
        n += entry.decision == decision ? 1 : 0;
    return n;
}

std::vector<FindingKey> Review::pending(const std::vector<AiObject>& objects) const
{
    std::vector<FindingKey> keys;
    for (const AiObject& object : objects)
        for (const Finding& finding : object.findings) {
            FindingKey key{object.sopInstanceUid, finding.id};
            if (decision(key) == ReviewDecision::Pending)
                keys.push_back(std::move(key));
        }
    return keys;
}

Result<void> Review::sign(const Reviewer& who, const std::vector<AiObject>& objects, const QDateTime& when)
{
    if (who.isEmpty())
        return Error{Text::tr("Signing the review needs the signed-in reviewer.")};
    if (m_signature)
        return Error{Text::tr("The review is already signed.")};
    const auto open = pending(objects);
    if (!open.empty())
        return Error{QCoreApplication::translate("custos::ai", "%n finding(s) still wait for a decision.", nullptr,
                                                 int(open.size()))};
    m_signature = ReviewSignature{who, when.isValid() ? when : currentTime()};
    return Ok{};
}

} // namespace custos::ai
