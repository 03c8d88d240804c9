// SPDX-License-Identifier: Apache-2.0
#pragma once
// Softcopy Presentation States (grayscale, color, pseudo-color): their
// graphic annotations (POINT, POLYLINE, INTERPOLATED, CIRCLE, ELLIPSE) and
// text objects become Findings of kind Annotation with 2D regions on the
// images they annotate, in pixel coordinates (DISPLAY units are converted
// through the displayed area). The presentation state's window (VOI) is kept
// only as information in contentTree: the viewer never takes over the
// user's window/level from it.

#include "core/ai/finding.h"
#include "core/common/result.h"

#include <QString>

namespace custos::ai {

Result<AiObject> readPresentationState(const dicom::Source& path);

} // namespace custos::ai
