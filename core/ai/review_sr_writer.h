// SPDX-License-Identifier: Apache-2.0
#pragma once
// The radiologist's review saved as a DICOM SR, and read back.
//
// The document is a TID 1500 Imaging Measurement Report (Comprehensive SR;
// Comprehensive 3D SR when a correction has a region in patient space) in
// the study the AI objects belong to (patient and study modules copied from
// the first AI object's file). The reviewer is the Person Observer; each
// reviewed finding is one Measurement Group with the AI finding's tracking
// identifier and UID, the AI object and finding id, the decision, the
// reject reason, the comment, the reviewer and time of the decision, and the
// corrected measurements and regions. The AI objects are listed in the
// Current Requested Procedure Evidence Sequence. A signed review is
// COMPLETE and VERIFIED with the reviewer as Verifying Observer; an unsigned
// one is PARTIAL and UNVERIFIED. The codes are documented in sr_codes.h.

#include "core/ai/finding.h"
#include "core/ai/review.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace custos::ai {

struct ReviewSrOptions
{
    QString organization;       // the site, as Verifying Observer Organization; required when signed
    QString seriesDescription;  // default "AI review"
    int seriesNumber = 990;
    QString softwareVersion;    // Custos' version, for Software Versions
};

struct ReviewSrInfo
{
    QString sopInstanceUid;
    QString seriesInstanceUid;
    int groups = 0;
};

// Writes `review` of findings of `objects` to `path`. Every reviewed finding
// must belong to one of `objects`; at least one of them must be a DICOM file
// (SEG, SR, PR, parametric map): patient and study come from it. Findings of
// JSON results are kept with their JSON id (as TEXT, not in the evidence).
Result<ReviewSrInfo> writeReviewSr(const Review& review, const std::vector<AiObject>& objects, const QString& path,
                                   const ReviewSrOptions& options = {});
// The same document as a Part 10 byte stream in memory (for a study opened
// from a PACS, which has no folder: the review is sent back, never written
// to disk in plaintext).
Result<ReviewSrInfo> writeReviewSr(const Review& review, const std::vector<AiObject>& objects, QByteArray& bytes,
                                   const ReviewSrOptions& options = {});

// The decisions, corrections, comments, reviewers and signature of a review
// SR written by writeReviewSr.
Result<Review> readReview(const dicom::Source& path);

} // namespace custos::ai
