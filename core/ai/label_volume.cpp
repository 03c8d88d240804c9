// SPDX-License-Identifier: Apache-2.0
#include "core/ai/label_volume.h"

#include <algorithm>
#include <new>

namespace custos::ai {

LabelVolume::LabelVolume(const dicom::VolumeGeometry& geometry)
    : m_geometry(geometry),
      m_voxels(std::size_t(std::max(0, geometry.columns)) * std::size_t(std::max(0, geometry.rows)) *
               std::size_t(std::max(0, geometry.slices)))
{
    m_planes.push_back(zeroed());
}

LabelVolume::Buffer LabelVolume::zeroed() const
{
    // calloc: the kernel hands out zero pages lazily, so a sparse plane costs
    // only the pages a segment touches.
    auto* p = static_cast<std::uint8_t*>(std::calloc(std::max<std::size_t>(m_voxels, 1), 1));
    if (!p)
        throw std::bad_alloc();
    return Buffer(p);
}

double LabelVolume::voxelVolumeMl() const
{
    return m_geometry.spacing[0] * m_geometry.spacing[1] * m_geometry.spacing[2] / 1000.0;
}

void LabelVolume::addOverlapping(int segment, std::size_t voxel)
{
    const auto value = std::uint8_t(segment);
    for (std::size_t p = 1; p < m_planes.size(); ++p) {
        std::uint8_t& v = m_planes[p][voxel];
        if (v == value)
            return;
        if (v == 0) {
            v = value;
            ++m_binaryCounts[value];
            return;
        }
    }
    m_planes.push_back(zeroed());
    m_planes.back()[voxel] = value;
    ++m_binaryCounts[value];
}

bool LabelVolume::contains(int segment, std::size_t voxel) const
{
    for (const Buffer& plane : m_planes) {
        const std::uint8_t v = plane[voxel];
        if (v == segment)
            return true;
        if (v == 0)
            return false; // planes fill in order: nothing further down
    }
    return false;
}

std::vector<int> LabelVolume::segmentsAt(std::size_t voxel) const
{
    std::vector<int> out;
    for (const Buffer& plane : m_planes) {
        if (plane[voxel] == 0)
            break;
        out.push_back(plane[voxel]);
    }
    return out;
}

const std::uint8_t* LabelVolume::probability(int segment) const
{
    const auto it = m_fractional.find(segment);
    return it == m_fractional.end() ? nullptr : it->second.get();
}

void LabelVolume::setProbability(int segment, std::size_t voxel, std::uint8_t value)
{
    auto it = m_fractional.find(segment);
    if (it == m_fractional.end()) {
        it = m_fractional.emplace(segment, zeroed()).first;
        m_fractionalCounts.emplace(segment, 0);
    }
    std::uint8_t& v = it->second[voxel];
    if (value <= v)
        return;
    if (v <= kFractionalThreshold && value > kFractionalThreshold)
        ++m_fractionalCounts[segment];
    v = value;
}

long long LabelVolume::voxelCount(int segment) const
{
    if (const auto it = m_fractionalCounts.find(segment); it != m_fractionalCounts.end())
        return it->second;
    return segment > 0 && segment < 256 ? m_binaryCounts[std::size_t(segment)] : 0;
}

std::vector<int> LabelVolume::segments() const
{
    std::vector<int> out;
    for (int segment = 1; segment < 256; ++segment)
        if (m_binaryCounts[std::size_t(segment)] > 0)
            out.push_back(segment);
    for (const auto& entry : m_fractionalCounts)
        out.push_back(entry.first);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::size_t LabelVolume::reservedBytes() const
{
    return (m_planes.size() + m_fractional.size()) * m_voxels;
}

} // namespace custos::ai
