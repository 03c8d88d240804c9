// SPDX-License-Identifier: Apache-2.0
#pragma once
// Coded concepts Custos reads and writes in SR documents. Internal to core/ai.
//
// Standard codes come from DICOM PS3.16 (DCM), SNOMED CT (SCT) and UCUM.
// The review needs concepts that no standard defines yet (the decision of a
// radiologist on an AI finding, and why it was rejected), so they use the
// private coding scheme designator 99CUSTOS (PS3.16 8.2: private schemes
// start with "99"), declared in the Coding Scheme Identification Sequence of
// every document that uses it. The codes, documented once here:
//
//   RVW-DEC  "AI finding review decision"    CODE, the decision:
//     RVW-PEND "Pending"   RVW-ACC "Accepted"   RVW-REJ "Rejected"   RVW-COR "Corrected"
//   RVW-RSN  "Reject reason"                 CODE, why it was rejected:
//     RSN-FP "False positive"   RSN-LOC "Wrong location"   RSN-MEAS "Wrong measurement"
//     RSN-IRR "Clinically irrelevant"   RSN-OTH "Other"
//   RVW-RTX  "Reject reason detail"          TEXT, the free text with the reason
//   RVW-OBJ  "Reviewed AI object"            UIDREF, SOP Instance UID of the AI object
//   RVW-FID  "Reviewed finding identifier"   TEXT, the finding id within that object
//   RVW-CRG  "Corrected region"              SCOORD/SCOORD3D, a region the reviewer drew
//   RVW-CFT  "Corrected finding"             CODE, the finding class the reviewer chose instead
//   RVW-CLB  "Corrected label"               TEXT, the name the reviewer gave the finding
//   CONF     "Confidence"                    NUM, unit {ratio} "1": the AI's confidence 0..1
//
// Comments use the standard (121106, DCM, "Comment").

#include "core/ai/finding.h"

namespace custos::ai::codes {

inline CodedConcept dcm(const char* value, const char* meaning)
{
    return {QString::fromLatin1(value), QStringLiteral("DCM"), QString::fromLatin1(meaning)};
}
inline CodedConcept sct(const char* value, const char* meaning)
{
    return {QString::fromLatin1(value), QStringLiteral("SCT"), QString::fromLatin1(meaning)};
}
inline CodedConcept custos(const char* value, const char* meaning)
{
    return {QString::fromLatin1(value), QStringLiteral("99CUSTOS"), QString::fromLatin1(meaning)};
}

inline const char* const privateScheme = "99CUSTOS";

// Template 1500 and its parts.
inline CodedConcept imagingMeasurementReport() { return dcm("126000", "Imaging Measurement Report"); }
inline CodedConcept imagingMeasurements() { return dcm("126010", "Imaging Measurements"); }
inline CodedConcept measurementGroup() { return dcm("125007", "Measurement Group"); }
inline CodedConcept imageLibrary() { return dcm("111028", "Image Library"); }
inline CodedConcept procedureReported() { return dcm("121058", "Procedure reported"); }
inline CodedConcept imagingProcedure() { return sct("363679005", "Imaging procedure"); }
inline CodedConcept qualitativeEvaluations() { return {QStringLiteral("C0034375"), QStringLiteral("UMLS"), QStringLiteral("Qualitative Evaluations")}; }
inline CodedConcept trackingIdentifier() { return dcm("112039", "Tracking Identifier"); }
inline CodedConcept trackingUniqueIdentifier() { return dcm("112040", "Tracking Unique Identifier"); }
inline CodedConcept finding() { return dcm("121071", "Finding"); }
inline CodedConcept findingSite() { return sct("363698007", "Finding Site"); }
inline CodedConcept findingCategory() { return sct("276214006", "Finding category"); }
inline CodedConcept algorithmName() { return dcm("111001", "Algorithm Name"); }
inline CodedConcept algorithmVersion() { return dcm("111003", "Algorithm Version"); }
inline CodedConcept imageRegion() { return dcm("111030", "Image Region"); }
inline CodedConcept referencedSegment() { return dcm("121191", "Referenced Segment"); }
inline CodedConcept comment() { return dcm("121106", "Comment"); }

// Observation context (TID 1002/1003/1004).
inline CodedConcept observerType() { return dcm("121005", "Observer Type"); }
inline CodedConcept person() { return dcm("121006", "Person"); }
inline CodedConcept device() { return dcm("121007", "Device"); }
inline CodedConcept personObserverName() { return dcm("121008", "Person Observer Name"); }
inline CodedConcept personObserverLogin() { return dcm("128774", "Person Observer's Login Name"); }
inline CodedConcept deviceObserverUid() { return dcm("121012", "Device Observer UID"); }
inline CodedConcept deviceObserverName() { return dcm("121013", "Device Observer Name"); }
inline CodedConcept deviceObserverManufacturer() { return dcm("121014", "Device Observer Manufacturer"); }
inline CodedConcept deviceObserverModelName() { return dcm("121015", "Device Observer Model Name"); }

// The review (private, see above).
inline CodedConcept reviewDecision() { return custos("RVW-DEC", "AI finding review decision"); }
inline CodedConcept rejectReason() { return custos("RVW-RSN", "Reject reason"); }
inline CodedConcept rejectReasonText() { return custos("RVW-RTX", "Reject reason detail"); }
inline CodedConcept reviewedObject() { return custos("RVW-OBJ", "Reviewed AI object"); }
inline CodedConcept reviewedFinding() { return custos("RVW-FID", "Reviewed finding identifier"); }
inline CodedConcept correctedRegion() { return custos("RVW-CRG", "Corrected region"); }
inline CodedConcept correctedFinding() { return custos("RVW-CFT", "Corrected finding"); }
inline CodedConcept correctedLabel() { return custos("RVW-CLB", "Corrected label"); }
inline CodedConcept confidence() { return custos("CONF", "Confidence"); }

inline bool same(const CodedConcept& a, const CodedConcept& b)
{
    // SNOMED codes appear under both "SCT" and the retired "SRT" designator
    // with different values; callers compare meanings for those.
    return a.value == b.value && a.scheme == b.scheme;
}

} // namespace custos::ai::codes
