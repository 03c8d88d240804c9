// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/volume_image.h"

#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkPointData.h>
#include <vtkType.h>

namespace custos::ui {

namespace {

int vtkTypeOf(dicom::SampleType t)
{
    switch (t) {
    case dicom::SampleType::UInt8: return VTK_UNSIGNED_CHAR;
    case dicom::SampleType::Int8: return VTK_SIGNED_CHAR;
    case dicom::SampleType::UInt16: return VTK_UNSIGNED_SHORT;
    case dicom::SampleType::Int16: return VTK_SHORT;
    case dicom::SampleType::UInt32: return VTK_UNSIGNED_INT;
    case dicom::SampleType::Int32: return VTK_INT;
    case dicom::SampleType::Float32: return VTK_FLOAT;
    }
    return VTK_SHORT;
}

} // namespace

vtkSmartPointer<vtkImageData> wrapVolume(const dicom::Volume& volume)
{
    const dicom::VolumeGeometry& g = volume.geometry();
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(g.columns, g.rows, g.slices);
    image->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    image->SetOrigin(0, 0, 0);
    vtkSmartPointer<vtkDataArray> scalars;
    scalars.TakeReference(vtkDataArray::CreateDataArray(vtkTypeOf(volume.sampleType())));
    scalars->SetNumberOfComponents(volume.components());
    scalars->SetVoidArray(const_cast<std::byte*>(volume.data()), vtkIdType(volume.voxelsPerSlice()) * g.slices * volume.components(),
                          1 /* VTK must not free it */);
    image->GetPointData()->SetScalars(scalars);
    return image;
}

} // namespace custos::ui
