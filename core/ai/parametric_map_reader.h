// SPDX-License-Identifier: Apache-2.0
#pragma once
// Heatmaps: DICOM Parametric Maps (Float Pixel Data, Double Float Pixel Data,
// or integer Pixel Data with a Real World Value Mapping) and plain
// probability volumes (a loaded series), laid onto the source series' grid
// (pixel for pixel where the frames lie on its slices, else nearest neighbour
// in patient space).

#include "core/ai/finding.h"
#include "core/ai/target_grid.h"
#include "core/common/result.h"

#include <cstdlib>
#include <memory>

namespace custos::ai {

// One float per voxel in the layout of dicom::Volume; 0 where the map does
// not reach. minimum/maximum are over the voxels the map covers.
class HeatmapVolume
{
public:
    explicit HeatmapVolume(const dicom::VolumeGeometry& geometry);
    HeatmapVolume(const HeatmapVolume&) = delete;
    HeatmapVolume& operator=(const HeatmapVolume&) = delete;

    const dicom::VolumeGeometry& geometry() const { return m_geometry; }
    std::size_t voxels() const { return m_voxels; }
    std::size_t index(int i, int j, int k) const
    {
        return (std::size_t(k) * std::size_t(m_geometry.rows) + std::size_t(j)) * std::size_t(m_geometry.columns) +
               std::size_t(i);
    }
    float* data() { return m_data.get(); }
    const float* data() const { return m_data.get(); }
    float value(int i, int j, int k) const { return m_data[index(i, j, k)]; }

    float minimum = 0;
    float maximum = 0;
    long long coveredVoxels = 0;
    QString unit; // UCUM code of the values, e.g. "{probability}", "1"

private:
    struct FreeDeleter
    {
        void operator()(float* p) const { std::free(p); }
    };
    dicom::VolumeGeometry m_geometry;
    std::size_t m_voxels = 0;
    std::unique_ptr<float[], FreeDeleter> m_data;
};

struct ParametricMap
{
    AiObject object;  // kind ParametricMap; one Finding of kind Heatmap ("map:1")
    std::shared_ptr<HeatmapVolume> heatmap;
    int frames = 0;
};

Result<ParametricMap> readParametricMap(const dicom::Source& path, const TargetGrid& source);
// On the map's own grid.
Result<ParametricMap> readParametricMap(const dicom::Source& path);

// A plain probability (or any scalar) volume — a loaded series, modality
// values — laid onto the target grid as a heatmap.
ParametricMap heatmapFromVolume(const dicom::Volume& values, const TargetGrid& valuesGrid, const TargetGrid& target,
                                const QString& label);

} // namespace custos::ai
