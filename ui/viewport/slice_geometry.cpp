// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/slice_geometry.h"

#include <cmath>

namespace custos::ui {

dicom::Vec3 axisDirection(const dicom::VolumeGeometry& g, int axis)
{
    return axis == 0 ? g.rowDir : axis == 1 ? g.colDir : g.normal;
}

int axisLength(const dicom::VolumeGeometry& g, int axis)
{
    return axis == 0 ? g.columns : axis == 1 ? g.rows : g.slices;
}

double axisSpacing(const dicom::VolumeGeometry& g, int axis) { return g.spacing[std::size_t(axis)]; }

dicom::Vec3 voxelToPatient(const dicom::VolumeGeometry& g, const dicom::Vec3& ijk)
{
    return g.origin + g.rowDir * (ijk.x * g.spacing[0]) + g.colDir * (ijk.y * g.spacing[1]) + g.normal * (ijk.z * g.spacing[2]);
}

dicom::Vec3 patientToVoxel(const dicom::VolumeGeometry& g, const dicom::Vec3& p)
{
    // The axes are orthonormal (sheared stacks are reported, not resampled).
    const dicom::Vec3 d = p - g.origin;
    return {d.dot(g.rowDir) / g.spacing[0], d.dot(g.colDir) / g.spacing[1], d.dot(g.normal) / g.spacing[2]};
}

DisplayFrame displayFrameFor(const dicom::VolumeGeometry& g, int axis)
{
    DisplayFrame f;
    f.axis = axis;
    if (axis == 2 || !g.hasPatientGeometry) {
        f.axis = 2;
        return f; // the acquisition plane, as stored
    }
    const int b = axis == 0 ? 1 : 0;
    const int c = 2;
    const dicom::Vec3 feet{0, 0, -1};
    const double db = axisDirection(g, b).dot(feet), dc = axisDirection(g, c).dot(feet);
    f.downAxis = std::abs(dc) >= std::abs(db) ? c : b;
    f.rightAxis = f.downAxis == c ? b : c;
    f.downSign = axisDirection(g, f.downAxis).dot(feet) >= 0 ? 1 : -1;
    // Right is patient left (coronal) or posterior (sagittal).
    const dicom::Vec3 r = axisDirection(g, f.rightAxis);
    const double dominant = std::abs(r.x) >= std::abs(r.y) ? r.x : r.y;
    f.rightSign = dominant >= 0 ? 1 : -1;
    return f;
}

} // namespace custos::ui
