// SPDX-License-Identifier: Apache-2.0
#pragma once
// Patient orientation labels (R/L, A/P, H/F as radiologists read them, LPS
// coordinates) for a direction in patient space.

#include "core/dicom/types.h"

#include <QString>

namespace custos::ui {

// Up to three letters, most dominant axis first, e.g. "L", "LP", "HRA".
// Components below a tenth of the largest (about 6°) are dropped: readers
// want the main direction and a real obliquity, not rounding noise.
QString orientationLabel(const dicom::Vec3& direction);

} // namespace custos::ui
