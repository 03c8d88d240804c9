// SPDX-License-Identifier: Apache-2.0
#pragma once
// A loaded stack: one contiguous voxel buffer plus its geometry. The UI wraps
// the buffer (vtkImageData) without copying it. Voxel (i, j, k) lives at
// data() + ((k * rows + j) * columns + i) * components * bytesPerSample.

#include "core/common/large_buffer.h"
#include "core/dicom/types.h"

#include <QString>

#include <array>
#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

namespace custos::dicom {

struct VolumeGeometry
{
    int columns = 0; // i
    int rows = 0;    // j
    int slices = 0;  // k
    // Spacing in mm along i, j, k (k: mean slice spacing; 1 if unknown).
    std::array<double, 3> spacing{1.0, 1.0, 1.0};
    Vec3 origin;                    // patient position of voxel (0,0,0), mm
    Vec3 rowDir{1, 0, 0};           // patient direction of increasing i
    Vec3 colDir{0, 1, 0};           // patient direction of increasing j
    Vec3 normal{0, 0, 1};           // patient direction of increasing k
    bool hasPatientGeometry = false; // false: frames are a plain stack of images
};

class Volume
{
public:
    Volume(const VolumeGeometry& geometry, SampleType type, int components);
    Volume(const Volume&) = delete;
    Volume& operator=(const Volume&) = delete;

    const VolumeGeometry& geometry() const { return m_geometry; }
    SampleType sampleType() const { return m_type; }
    int components() const { return m_components; }

    std::size_t sliceBytes() const { return m_sliceBytes; }
    std::size_t totalBytes() const { return m_sliceBytes * std::size_t(m_geometry.slices); }
    std::size_t voxelsPerSlice() const { return std::size_t(m_geometry.rows) * std::size_t(m_geometry.columns); }
    std::byte* data() { return m_data.get(); }
    const std::byte* data() const { return m_data.get(); }
    std::byte* sliceData(int k) { return m_data.get() + std::size_t(k) * m_sliceBytes; }
    const std::byte* sliceData(int k) const { return m_data.get() + std::size_t(k) * m_sliceBytes; }

    // Modality LUT: modality value = stored * slope + intercept (HU for CT).
    // Float32 volumes already hold modality values (slope 1, intercept 0).
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    QString rescaleUnits; // "HU" for CT, empty when unknown
    // MONOCHROME1: low values are displayed bright.
    bool invertedGrayscale = false;
    // Windows the files recommend, already in modality units.
    std::vector<VoiWindow> windows;
    // Per-slice patient positions (the loader fills them when known).
    std::vector<Vec3> slicePositions;

    // Slices become ready one by one while the loader works; readers on any
    // thread may poll (acquire) after the loader published (release).
    bool isSliceReady(int k) const { return m_ready[std::size_t(k)].load(std::memory_order_acquire) != 0; }
    void markSliceReady(int k) { m_ready[std::size_t(k)].store(1, std::memory_order_release); }
    int readySliceCount() const;

    double modalityValue(double stored) const { return stored * rescaleSlope + rescaleIntercept; }

private:
    VolumeGeometry m_geometry;
    SampleType m_type;
    int m_components;
    std::size_t m_sliceBytes;
    LargeBuffer m_data;
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_ready;
};

} // namespace custos::dicom
