// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/volume.h"

namespace custos::dicom {

Volume::Volume(const VolumeGeometry& geometry, SampleType type, int components)
    : m_geometry(geometry),
      m_type(type),
      m_components(components),
      m_sliceBytes(std::size_t(geometry.rows) * std::size_t(geometry.columns) * std::size_t(components) *
                   bytesPerSample(type)),
      // Not zero-filled: every slice is written by the loader before it is
      // marked ready, and untouched pages cost no memory until then. Huge
      // pages where the system has them (core/common/large_buffer.h).
      m_data(allocateLargeBuffer(m_sliceBytes * std::size_t(std::max(1, geometry.slices)))),
      m_ready(std::make_unique<std::atomic<std::uint8_t>[]>(std::size_t(std::max(1, geometry.slices))))
{
    for (int k = 0; k < std::max(1, geometry.slices); ++k)
        m_ready[std::size_t(k)].store(0, std::memory_order_relaxed);
}

int Volume::readySliceCount() const
{
    int n = 0;
    for (int k = 0; k < m_geometry.slices; ++k)
        n += isSliceReady(k) ? 1 : 0;
    return n;
}

} // namespace custos::dicom
