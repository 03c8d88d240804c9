// SPDX-License-Identifier: Apache-2.0
#pragma once
// The core Volume as vtkImageData, without copying a voxel: VTK reads the
// volume's buffer in place and never frees it. The caller keeps the Volume
// alive for as long as the image is used.

#include "core/dicom/volume.h"

#include <vtkSmartPointer.h>

class vtkImageData;

namespace custos::ui {

// Index space scaled by the voxel spacing, origin 0 (patient geometry is
// applied by the views, which know the direction cosines).
vtkSmartPointer<vtkImageData> wrapVolume(const dicom::Volume& volume);

} // namespace custos::ui
