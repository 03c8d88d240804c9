// SPDX-License-Identifier: Apache-2.0
#pragma once
// Splits one series into stacks and sorts each stack geometrically.

#include "core/dicom/catalog.h"

#include <vector>

namespace custos::dicom {

// instances: the whole catalog; members: the indices of one series' image
// instances. Returns the series' stacks: frames of one size, pixel format and
// orientation, sorted by the projection of ImagePositionPatient on the slice
// normal, with spacing analysed (uneven spacing, missing slices).
std::vector<Stack> buildStacks(const std::vector<Instance>& instances, const std::vector<int>& members);

} // namespace custos::dicom
