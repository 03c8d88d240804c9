// SPDX-License-Identifier: Apache-2.0
#pragma once
// Segments laid onto one voxel grid (normally the source series' volume), in
// the layout of dicom::Volume: voxel (i, j, k) is at index (k * rows + j) *
// columns + i. The overlays wrap the planes as uint8 images without copying.
//
// Memory: plane 0 holds one byte per voxel, the number (1..255) of the binary
// segment there, 0 for none. A voxel that belongs to a second segment puts it
// into plane 1, and so on: extra planes exist only where segments overlap,
// and their untouched pages cost no memory (they come zeroed from calloc).
// Fractional segments (probability or occupancy) keep one byte per voxel each,
// 0..255 for 0..100 %, allocated lazily the same way.

#include "core/dicom/volume.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <vector>

namespace custos::ai {

class LabelVolume
{
public:
    explicit LabelVolume(const dicom::VolumeGeometry& geometry);
    LabelVolume(const LabelVolume&) = delete;
    LabelVolume& operator=(const LabelVolume&) = delete;

    const dicom::VolumeGeometry& geometry() const { return m_geometry; }
    std::size_t voxels() const { return m_voxels; }
    std::size_t index(int i, int j, int k) const
    {
        return (std::size_t(k) * std::size_t(m_geometry.rows) + std::size_t(j)) * std::size_t(m_geometry.columns) +
               std::size_t(i);
    }
    // mm³ of one voxel / 1000.
    double voxelVolumeMl() const;

    // Binary segments (numbers 1..255).
    int planeCount() const { return int(m_planes.size()); }
    const std::uint8_t* plane(int p) const { return m_planes[std::size_t(p)].get(); }
    // Marks the voxel as part of the segment; a no-op when it already is.
    // Inline: the readers call it for every voxel a segment covers.
    void add(int segment, std::size_t voxel)
    {
        std::uint8_t& v = m_planes.front()[voxel];
        if (v == 0) {
            v = std::uint8_t(segment);
            ++m_binaryCounts[std::size_t(segment) & 0xFF];
        } else if (v != segment) {
            addOverlapping(segment, voxel);
        }
    }
    bool contains(int segment, std::size_t voxel) const;
    // Every binary segment at the voxel, plane order.
    std::vector<int> segmentsAt(std::size_t voxel) const;

    // Fractional segments: 0..255 per voxel (255 = the SEG's maximum value).
    bool isFractional(int segment) const { return m_fractional.count(segment) != 0; }
    const std::uint8_t* probability(int segment) const;
    // Keeps the larger of the present and the new value.
    void setProbability(int segment, std::size_t voxel, std::uint8_t value);
    // Fractional voxels count as set above half the maximum.
    static constexpr std::uint8_t kFractionalThreshold = 127;

    // Binary: voxels set; fractional: voxels above kFractionalThreshold.
    long long voxelCount(int segment) const;
    double volumeMl(int segment) const { return double(voxelCount(segment)) * voxelVolumeMl(); }
    // Every segment that has a voxel set (or a fractional volume), ascending.
    std::vector<int> segments() const;

    // Bytes the planes and fractional volumes reserve (untouched pages of
    // calloc'ed memory are not resident; this is the upper bound).
    std::size_t reservedBytes() const;

private:
    struct FreeDeleter
    {
        void operator()(std::uint8_t* p) const { std::free(p); }
    };
    using Buffer = std::unique_ptr<std::uint8_t[], FreeDeleter>;
    Buffer zeroed() const;
    void addOverlapping(int segment, std::size_t voxel);

    dicom::VolumeGeometry m_geometry;
    std::size_t m_voxels = 0;
    std::vector<Buffer> m_planes;
    std::map<int, Buffer> m_fractional;
    std::array<long long, 256> m_binaryCounts{};
    std::map<int, long long> m_fractionalCounts;
};

} // namespace custos::ai
