// SPDX-License-Identifier: Apache-2.0
#pragma once
// The voxel grid AI results are laid onto (normally a loaded series), and the
// placement of an object's frames on it: pixel for pixel where a frame lies on
// a slice of the grid, else nearest neighbour in patient space.

#include "core/dicom/catalog.h"
#include "core/dicom/volume.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace custos::ai {

struct TargetGrid
{
    dicom::VolumeGeometry geometry;
    std::vector<dicom::Vec3> slicePositions; // per slice; empty: origin + normal * k * spacing
    QStringList sopInstanceUids;             // per slice, empty when unknown
    std::vector<int> frameNumbers;           // per slice: 1-based frame within its instance
    QString seriesInstanceUid;
    QString frameOfReferenceUid;

    dicom::Vec3 slicePosition(int k) const;
};

// The grid of a loaded stack (geometry as the volume loader computes it).
TargetGrid targetGridOf(const dicom::Catalog& catalog, const dicom::Stack& stack, const dicom::Volume& volume);
TargetGrid targetGridOf(const dicom::Catalog& catalog, const dicom::Stack& stack);

// Where one stored frame lies, as far as its object says.
struct FramePlane
{
    std::optional<dicom::Vec3> position; // first pixel, LPS mm
    std::optional<dicom::Vec3> rowDir;   // increasing column index
    std::optional<dicom::Vec3> colDir;   // increasing row index
    double rowSpacing = 0;               // mm between rows; 0: unknown
    double columnSpacing = 0;
    double thickness = 0;                // larger of slice thickness and spacing; 0: unknown
    double spacingBetweenSlices = 0;     // as declared; 0: not given
    QString referencedSopInstanceUid;
    int referencedFrame = 0;             // 1-based; 0: none given

    bool hasGeometry() const { return position && rowDir && colDir && rowSpacing > 0 && columnSpacing > 0; }
};

struct Placement
{
    std::vector<int> slice;             // per frame: target slice for a pixel-for-pixel copy, or -1
    std::vector<int> resample;          // frames to resample (nearest neighbour in patient space)
    std::vector<int> unplaced;          // frames with neither a matching reference nor geometry
    std::vector<int> foreignReferences; // frames that reference images the target does not have
};

// geometryAllowed: false when the object and the target are in different
// frames of reference; then only references to the target's images place frames.
Placement placeFrames(const std::vector<FramePlane>& frames, int rows, int columns, const TargetGrid& target,
                      bool geometryAllowed);

// An object's own grid: one slice per distinct plane of its frames (or,
// without plane positions, per referenced image, else per frame of each
// group, e.g. segment), and the slice of each frame (-1: none).
struct OwnGrid
{
    TargetGrid grid;
    std::vector<int> sliceOfFrame;
};
OwnGrid ownGridOf(const std::vector<FramePlane>& planes, int rows, int columns, const std::vector<int>& groupOfFrame,
                  const QString& frameOfReferenceUid);

// Frames grouped into the slices of their own grid, for resampling.
struct ResampleGroup
{
    dicom::Vec3 normal;
    std::vector<double> sliceOffsets;           // ascending, along normal
    std::vector<std::vector<int>> sliceFrames;  // frames at each slice
    double halfThickness = 0;
};
std::vector<ResampleGroup> groupForResampling(const std::vector<FramePlane>& frames, const std::vector<int>& subset,
                                              double fallbackThickness);

// Calls visit(frame, pixelIndex, voxelIndex) for every target voxel whose
// centre lies within a frame's pixel (nearest neighbour) and slab.
template <class Visit>
void resampleFrames(const std::vector<FramePlane>& frames, const std::vector<int>& subset, int rows, int columns,
                    const TargetGrid& target, Visit&& visit)
{
    using dicom::Vec3;
    const dicom::VolumeGeometry& g = target.geometry;
    if (!g.hasPatientGeometry || subset.empty())
        return;
    const Vec3 di = g.rowDir * g.spacing[0], dj = g.colDir * g.spacing[1];
    for (const ResampleGroup& group : groupForResampling(frames, subset, g.spacing[2])) {
        const double lo = group.sliceOffsets.front() - group.halfThickness;
        const double hi = group.sliceOffsets.back() + group.halfThickness;
        for (int k = 0; k < g.slices; ++k) {
            const Vec3 s = target.slicePosition(k);
            // Skip slices the group's slab cannot reach (check the corners).
            double dMin = 1e300, dMax = -1e300;
            for (int c = 0; c < 4; ++c) {
                const Vec3 p = s + di * double((c & 1) ? g.columns - 1 : 0) + dj * double((c & 2) ? g.rows - 1 : 0);
                const double d = p.dot(group.normal);
                dMin = std::min(dMin, d);
                dMax = std::max(dMax, d);
            }
            if (dMax < lo || dMin > hi)
                continue;
            for (int j = 0; j < g.rows; ++j) {
                const Vec3 rowStart = s + dj * double(j);
                for (int i = 0; i < g.columns; ++i) {
                    const Vec3 x = rowStart + di * double(i);
                    const double d = x.dot(group.normal);
                    const auto& off = group.sliceOffsets;
                    auto it = std::lower_bound(off.begin(), off.end(), d);
                    if (it == off.end() || (it != off.begin() && d - *(it - 1) < *it - d))
                        --it;
                    if (std::abs(d - *it) > group.halfThickness)
                        continue;
                    const std::size_t voxel =
                        (std::size_t(k) * std::size_t(g.rows) + std::size_t(j)) * std::size_t(g.columns) + std::size_t(i);
                    for (const int f : group.sliceFrames[std::size_t(it - off.begin())]) {
                        const FramePlane& fp = frames[std::size_t(f)];
                        const Vec3 r = x - *fp.position;
                        const long u = std::lround(r.dot(*fp.rowDir) / fp.columnSpacing);
                        const long v = std::lround(r.dot(*fp.colDir) / fp.rowSpacing);
                        if (u >= 0 && u < columns && v >= 0 && v < rows)
                            visit(f, std::size_t(v) * std::size_t(columns) + std::size_t(u), voxel);
                    }
                }
            }
        }
    }
}

} // namespace custos::ai
