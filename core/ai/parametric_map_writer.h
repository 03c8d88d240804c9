// SPDX-License-Identifier: Apache-2.0
#pragma once
// Writes a DICOM Parametric Map (Float Pixel Data, one frame per slice of a
// grid, identity Real World Value Mapping): the demo's heatmap and the test
// fixtures.

#include "core/ai/target_grid.h"
#include "core/common/result.h"

#include <functional>

namespace custos::ai {

struct ParametricMapSpec
{
    TargetGrid grid;              // frames: one per slice; sopInstanceUids -> Derivation Image
    bool referenceSources = true; // per-frame Derivation Image (the grid is the source's)
    // Referenced Series Sequence: the source series and its images (default:
    // grid.seriesInstanceUid and grid.sopInstanceUids).
    QString referencedSeriesUid;
    QStringList referencedInstanceUids;
    QString sourceSopClassUid;
    QString sourceImageFile;      // patient, study and frame of reference come from it
    QString label = QStringLiteral("AI_HEATMAP");       // Content Label (CS)
    QString description = QStringLiteral("AI heatmap"); // Content Description: the finding's label
    QString unitCode = QStringLiteral("{probability}");  // UCUM
    QString unitMeaning = QStringLiteral("probability");
    QString manufacturer = QStringLiteral("Custos");
    QString modelName = QStringLiteral("Custos");
    QString softwareVersion = QStringLiteral("1.0");
    // Fills slice k (rows × columns floats, row by row, zeroed on entry).
    std::function<void(int k, float* frame)> fillFrame;
};

Result<void> writeParametricMap(const QString& path, const ParametricMapSpec& spec);

} // namespace custos::ai
