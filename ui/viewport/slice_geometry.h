// SPDX-License-Identifier: Apache-2.0
#pragma once
// How a slice of a volume is laid out on screen, and the mapping between
// voxel indices, patient coordinates (mm, DICOM LPS) and the display plane.
// Pure geometry: no widgets, testable on its own.

#include "core/dicom/volume.h"

namespace custos::ui {

// A view shows the slices perpendicular to one index axis of the volume
// (0: i, columns; 1: j, rows; 2: k, frames). On screen, one in-plane axis
// runs to the right and the other downwards, each with a sign.
struct DisplayFrame
{
    int axis = 2;
    int rightAxis = 0;
    int rightSign = 1;
    int downAxis = 1;
    int downSign = 1;
};

// The acquisition plane (axis 2) is shown as stored; reformats put the
// patient's feet down and patient left/posterior to the right, as
// radiologists read coronal and sagittal images.
DisplayFrame displayFrameFor(const dicom::VolumeGeometry& g, int axis);

dicom::Vec3 axisDirection(const dicom::VolumeGeometry& g, int axis); // patient unit vector
int axisLength(const dicom::VolumeGeometry& g, int axis);
double axisSpacing(const dicom::VolumeGeometry& g, int axis);

dicom::Vec3 voxelToPatient(const dicom::VolumeGeometry& g, const dicom::Vec3& ijk);
dicom::Vec3 patientToVoxel(const dicom::VolumeGeometry& g, const dicom::Vec3& p);

inline double component(const dicom::Vec3& v, int axis) { return axis == 0 ? v.x : axis == 1 ? v.y : v.z; }
inline void setComponent(dicom::Vec3& v, int axis, double value)
{
    (axis == 0 ? v.x : axis == 1 ? v.y : v.z) = value;
}

} // namespace custos::ui
