// SPDX-License-Identifier: Apache-2.0
#pragma once
// An SR document read with DCMTK's dcmsr into plain values, so that the
// template readers (TID 1500, the review) and the readable tree share one
// walk over the content. Internal to core/ai.

#include "core/ai/finding.h"
#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace custos::ai::detail {

struct SrItem
{
    QString relationship;  // defined term: CONTAINS, HAS PROPERTIES, ...
    QString valueType;     // defined term: CONTAINER, NUM, CODE, SCOORD, ...
    CodedConcept name;     // the concept name
    QString text;          // TEXT, UIDREF, PNAME, DATE, TIME, DATETIME
    CodedConcept code;     // CODE
    std::optional<double> number; // NUM (empty when the value is missing or not a number)
    CodedConcept unit;     // NUM
    GraphicType graphic = GraphicType::Point; // SCOORD, SCOORD3D
    std::vector<std::pair<double, double>> points2D;
    std::vector<dicom::Vec3> points3D;
    QString frameOfReferenceUid;   // SCOORD3D
    QString refSopClassUid;        // IMAGE, COMPOSITE
    QString refSopInstanceUid;
    std::vector<int> frames;       // IMAGE
    std::vector<int> segments;     // IMAGE (of a SEG)
    QString observationDateTime;   // DICOM DT as stored
    std::vector<SrItem> children;

    bool is(const CodedConcept& c) const;  // same code, or for SNOMED the same meaning
};

struct SrReference
{
    QString studyUid, seriesUid, sopClassUid, sopInstanceUid;
};

struct SrVerifier
{
    QString name;          // PN as stored
    CodedConcept code;     // Verifying Observer Identification Code
    QString organization;
    QString dateTime;
};

struct SrDocument
{
    QString sopClassUid, sopInstanceUid, studyUid, seriesUid, seriesDescription;
    QString manufacturer;
    QString contentDate, contentTime;
    QString documentType;          // readable: "Comprehensive SR", ...
    QString templateId;            // of the root, e.g. "1500"
    bool complete = false;
    bool verified = false;
    std::vector<SrVerifier> verifiers;
    std::vector<SrReference> evidence; // Current Requested Procedure + Pertinent Other Evidence
    SrItem root;
    QStringList warnings;
};

// Reads an SR file. Lenient with content items that break the IOD's rules
// (they are skipped with a warning), strict with files that are not SR.
Result<SrDocument> loadSrDocument(const dicom::Source& source);

// The readable tree for AiObject::contentTree.
SrNode toReadableNode(const SrItem& item);

QDateTime parseDicomDateTime(const QString& date, const QString& time = {});

} // namespace custos::ai::detail
