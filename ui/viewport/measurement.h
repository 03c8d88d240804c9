// SPDX-License-Identifier: Apache-2.0
#pragma once
// Measurements a reader draws on a slice: distance, angle, ellipse and
// freehand regions with statistics. Points are voxel coordinates (continuous
// i, j, k) so they stay put under zoom, pan and window changes.

#include "core/dicom/volume.h"

#include <QString>

#include <optional>
#include <vector>

namespace custos::ui {

struct Measurement
{
    enum class Kind { Distance, Angle, Ellipse, Freehand };
    Kind kind = Kind::Distance;
    int axis = 2;  // the view axis it was drawn on
    int slice = 0; // the slice index along that axis
    std::vector<dicom::Vec3> points; // distance: 2; angle: 3 (vertex in the middle);
                                     // ellipse: 2 opposite corners of its box; freehand: the path
};

struct RegionStats
{
    int pixels = 0;
    double mean = 0, sd = 0, min = 0, max = 0;
    double areaMm2 = 0;
};

double distanceMm(const dicom::VolumeGeometry& g, const dicom::Vec3& a, const dicom::Vec3& b);
// The angle at points[1], in degrees.
double angleDegrees(const dicom::VolumeGeometry& g, const Measurement& m);
// Statistics of the modality values inside an ellipse or freehand region.
std::optional<RegionStats> regionStats(const dicom::Volume& volume, const Measurement& m);
// One line for the overlay and the measurement list, e.g. "42.3 mm".
QString describe(const dicom::Volume& volume, const Measurement& m);

} // namespace custos::ui
