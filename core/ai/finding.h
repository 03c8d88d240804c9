// SPDX-License-Identifier: Apache-2.0
#pragma once
// The model of AI results, shared by every reader (SEG, SR TID 1500,
// parametric maps, presentation states, vendor JSON), the findings panel,
// the overlays and the review. One AiObject is one file (or JSON document)
// an AI product delivered; it carries findings, each of which the
// radiologist can accept, reject or correct.

#include "core/dicom/source.h"
#include "core/dicom/types.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace custos::ai {

enum class AiObjectKind {
    Segmentation,       // DICOM SEG (binary or fractional)
    MeasurementReport,  // DICOM SR, TID 1500
    StructuredReport,   // DICOM SR with another template: shown as a tree
    ParametricMap,      // DICOM Parametric Map, or a probability volume
    PresentationState,  // Grayscale Softcopy Presentation State
    VendorJson          // Custos' documented JSON format (resources/ai/findings.schema.json)
};

// A coded concept: (code value, coding scheme designator, code meaning).
struct CodedConcept
{
    QString value;
    QString scheme;
    QString meaning;
    bool isEmpty() const { return value.isEmpty() && meaning.isEmpty(); }
};

// Who made the finding: the AI model, or a person (for the review).
struct Source
{
    QString modelName;     // e.g. "LungNet"; from SEG Segment Algorithm Name, SR Algorithm Name, JSON model.name
    QString modelVersion;
    QString manufacturer;  // of the device that produced the object
};

struct Measurement
{
    CodedConcept name;     // the concept name, e.g. (G-D7FE, SRT, "Diameter") ("concept" is a C++20 keyword)
    double value = 0;
    QString unit;          // UCUM code, e.g. "mm", "mL", "[hnsf'U]"
    QString unitMeaning;   // e.g. "millimeter"
};

struct QualitativeEvaluation
{
    CodedConcept name;     // the concept name, e.g. "Finding"
    CodedConcept answer;   // e.g. "Nodule"
};

// Geometry on one image (pixel coordinates, column/row, as DICOM SCOORD) or
// in patient space (mm, LPS, as SCOORD3D).
enum class GraphicType { Point, Multipoint, Polyline, Polygon, Circle, Ellipse, Box };

struct Region2D
{
    GraphicType type = GraphicType::Polyline;
    QString referencedSopInstanceUid;
    QString referencedSopClassUid;     // where the source says it (SR, PR); needed to write SCOORD
    int referencedFrame = 0;           // 1-based, 0: single-frame or all frames
    std::vector<std::pair<double, double>> points; // (column, row), as in SCOORD
};

struct Region3D
{
    GraphicType type = GraphicType::Polyline;
    QString frameOfReferenceUid;
    std::vector<dicom::Vec3> points;   // patient LPS, mm
};

enum class FindingKind { Segment, Measurement, Qualitative, Region, Heatmap, Annotation };

struct Finding
{
    // Stable within the object: "seg:3" (segment number), "sr:<tracking UID>",
    // "json:<id>", "map:1", "pr:<n>". With the object's SOP Instance UID it
    // identifies the finding for the review.
    QString id;
    FindingKind kind = FindingKind::Segment;
    QString label;                     // what a person reads in the panel
    CodedConcept category;             // SEG Segmented Property Category / SR finding category
    CodedConcept type;                 // SEG Segmented Property Type / SR Finding
    std::optional<double> confidence;  // 0..1 where the AI reports one
    Source source;
    QString trackingId;                // SR Tracking Identifier
    QString trackingUid;               // SR Tracking Unique Identifier
    std::vector<Measurement> measurements;
    std::vector<QualitativeEvaluation> evaluations;
    std::vector<Region2D> regions2D;
    std::vector<Region3D> regions3D;
    int segmentNumber = 0;             // Segment, or the segment an SR measurement refers to
    QString referencedSegmentationUid; // SR: the SEG the measurement refers to
    std::optional<dicom::Vec3> displayRgb; // 0..1, from CIELab Recommended Display Value
    long long voxelCount = 0;          // Segment: voxels set (fractional: > 0.5)
    double volumeMl = 0;               // Segment: voxelCount x voxel volume
};

// A node of an SR content tree, for templates Custos does not interpret.
struct SrNode
{
    QString relationship;  // CONTAINS, HAS PROPERTIES, INFERRED FROM, ...
    QString valueType;     // CONTAINER, TEXT, NUM, CODE, SCOORD, ...
    QString conceptName;
    QString value;         // readable rendering of the value
    std::vector<SrNode> children;
};

struct AiObject
{
    AiObjectKind kind = AiObjectKind::Segmentation;
    QString path;                      // the file it was read from; in memory, its SOP Instance UID
    // The Part 10 bytes of an object that never was a file (retrieved from
    // a PACS): read again from here when its overlay is built. Null for files.
    std::shared_ptr<const QByteArray> memory;
    QString sopClassUid;
    QString sopInstanceUid;            // JSON: its "id"
    QString seriesDescription;
    Source source;                     // object-level (SEG/SR device, JSON model)
    QDateTime contentDateTime;
    // What it annotates: matched against the loaded studies.
    QString studyInstanceUid;
    QString referencedSeriesUid;
    QStringList referencedInstanceUids;
    QString frameOfReferenceUid;
    std::vector<Finding> findings;
    std::vector<SrNode> contentTree;   // StructuredReport: the readable tree
    QStringList warnings;              // readable, e.g. "3 frames reference images not in the series"

    // Where to read it again: its file, or its bytes in memory.
    dicom::Source input() const { return memory ? dicom::Source(path, memory) : dicom::Source(path); }
};

QString kindName(AiObjectKind kind);   // "SEG", "SR TID 1500", "SR", "Parametric map", "Presentation state", "JSON"

} // namespace custos::ai
