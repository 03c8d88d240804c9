// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writes DICOM SEG objects with DCMTK's dcmseg (DcmSegmentation): the demo's
// AI results, and the test and benchmark fixtures. Frames are produced one at
// a time by a callback, so a large SEG never needs all its masks in memory.

#include "core/ai/finding.h"
#include "core/ai/target_grid.h"
#include "core/common/result.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace custos::ai {

struct SegmentSpec
{
    QString label;
    CodedConcept category{QStringLiteral("49755003"), QStringLiteral("SCT"), QStringLiteral("Morphologically Altered Structure")};
    CodedConcept type{QStringLiteral("108369006"), QStringLiteral("SCT"), QStringLiteral("Neoplasm")};
    QString algorithmName;
    QString algorithmVersion;
    std::optional<dicom::Vec3> rgb; // 0..1; stored as Recommended Display CIELab Value
};

struct SegmentationSpec
{
    // The grid of the SEG's frames: one frame per slice and segment, where the
    // slice has any voxel of the segment. With referenceSources, each frame
    // names grid.sopInstanceUids[k] in its Derivation Image Sequence.
    TargetGrid grid;
    bool referenceSources = true;
    QString sourceSopClassUid;
    // A source image whose patient, study and frame of reference the SEG takes.
    QString sourceImageFile;
    bool fractional = false;
    bool probability = true; // fractional: PROBABILITY, else OCCUPANCY
    int maximumFractionalValue = 255;
    QString seriesDescription = QStringLiteral("AI segmentation");
    QString manufacturer = QStringLiteral("Custos");
    QString modelName = QStringLiteral("Custos");
    QString softwareVersion = QStringLiteral("1.0");
    std::vector<SegmentSpec> segments;
    // Fills one frame (rows × columns bytes, row by row, zeroed on entry) of
    // segment `segment` (0-based index into segments) at slice k: binary 0/1,
    // fractional 0..maximumFractionalValue.
    std::function<void(int segment, int k, std::uint8_t* frame)> fillFrame;
};

Result<void> writeSegmentation(const QString& path, const SegmentationSpec& spec);

// A stable UID under the 2.25 root, derived from a name (UUID v5).
QString uidFromName(const QString& name);

} // namespace custos::ai
