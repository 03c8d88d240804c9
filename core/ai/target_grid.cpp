// SPDX-License-Identifier: Apache-2.0
#include "core/ai/target_grid.h"

#include "core/dicom/volume_loader.h"

#include <map>

namespace custos::ai {

using dicom::Vec3;

namespace {

QString referenceKey(const QString& uid, int frame)
{
    return uid + QLatin1Char('#') + QString::number(std::max(frame, 1));
}

bool parallel(const Vec3& a, const Vec3& b)
{
    return a.normalized().dot(b.normalized()) > 0.9999;
}

bool sameSpacing(double a, double b)
{
    return std::abs(a - b) <= 1e-3 * std::max(std::abs(a), std::abs(b));
}

// The frame's pixels coincide with the target slice's pixels.
bool liesOnSlice(const FramePlane& f, int rows, int columns, const TargetGrid& t, int k)
{
    const dicom::VolumeGeometry& g = t.geometry;
    if (rows != g.rows || columns != g.columns || !g.hasPatientGeometry || !f.hasGeometry())
        return false;
    const double tolerance = 0.01 * std::min(g.spacing[0], g.spacing[1]);
    return parallel(*f.rowDir, g.rowDir) && parallel(*f.colDir, g.colDir) &&
           sameSpacing(f.columnSpacing, g.spacing[0]) && sameSpacing(f.rowSpacing, g.spacing[1]) &&
           (*f.position - t.slicePosition(k)).norm() <= tolerance;
}

} // namespace

Vec3 TargetGrid::slicePosition(int k) const
{
    if (std::size_t(k) < slicePositions.size())
        return slicePositions[std::size_t(k)];
    return geometry.origin + geometry.normal * (double(k) * geometry.spacing[2]);
}

TargetGrid targetGridOf(const dicom::Catalog& catalog, const dicom::Stack& stack, const dicom::Volume& volume)
{
    TargetGrid t;
    t.geometry = volume.geometry();
    t.slicePositions = volume.slicePositions;
    t.seriesInstanceUid = stack.seriesInstanceUid;
    t.frameOfReferenceUid = stack.frameOfReferenceUid;
    for (const dicom::FrameRef& f : stack.frames) {
        const dicom::Instance& instance = catalog.instanceOf(f);
        t.sopInstanceUids << instance.sopInstanceUid;
        t.frameNumbers.push_back(f.frame + 1);
    }
    return t;
}

TargetGrid targetGridOf(const dicom::Catalog& catalog, const dicom::Stack& stack)
{
    // createVolume allocates without touching the buffer: no page is resident.
    const auto volume = dicom::createVolume(catalog, stack);
    return targetGridOf(catalog, stack, *volume);
}

Placement placeFrames(const std::vector<FramePlane>& frames, int rows, int columns, const TargetGrid& target,
                      bool geometryAllowed)
{
    Placement p;
    p.slice.assign(frames.size(), -1);
    QHash<QString, int> byReference;
    for (int k = 0; k < target.sopInstanceUids.size(); ++k)
        byReference.insert(referenceKey(target.sopInstanceUids[k],
                                        std::size_t(k) < target.frameNumbers.size() ? target.frameNumbers[std::size_t(k)] : 1),
                           k);
    // Slice offsets along the target normal, for placement by position.
    const dicom::VolumeGeometry& g = target.geometry;
    std::vector<double> offsets;
    for (int k = 0; k < g.slices; ++k)
        offsets.push_back(target.slicePosition(k).dot(g.normal));
    const auto nearestSlice = [&](const Vec3& position) {
        const double d = position.dot(g.normal);
        int best = -1;
        double bestDistance = 1e300;
        for (int k = 0; k < int(offsets.size()); ++k) // slices are few; the frames are the loop that matters
            if (std::abs(offsets[std::size_t(k)] - d) < bestDistance)
                bestDistance = std::abs(offsets[std::size_t(k)] - d), best = k;
        return best;
    };

    for (int f = 0; f < int(frames.size()); ++f) {
        const FramePlane& frame = frames[std::size_t(f)];
        int k = -1;
        if (!frame.referencedSopInstanceUid.isEmpty()) {
            k = byReference.value(referenceKey(frame.referencedSopInstanceUid, frame.referencedFrame), -1);
            if (k < 0)
                p.foreignReferences.push_back(f);
        }
        if (k >= 0) {
            // The reference names the slice; the geometry, where given, must agree.
            if (!frame.hasGeometry() ? (rows == g.rows && columns == g.columns) : liesOnSlice(frame, rows, columns, target, k)) {
                p.slice[std::size_t(f)] = k;
                continue;
            }
        }
        if (!geometryAllowed || !frame.hasGeometry() || !g.hasPatientGeometry) {
            if (k < 0 || !frame.hasGeometry())
                p.unplaced.push_back(f);
            else
                p.resample.push_back(f);
            continue;
        }
        const int near = nearestSlice(*frame.position);
        if (near >= 0 && liesOnSlice(frame, rows, columns, target, near))
            p.slice[std::size_t(f)] = near;
        else
            p.resample.push_back(f);
    }
    return p;
}

OwnGrid ownGridOf(const std::vector<FramePlane>& planes, int rows, int columns, const std::vector<int>& groupOfFrame,
                  const QString& frameOfReferenceUid)
{
    const int frames = int(planes.size());
    OwnGrid own;
    dicom::VolumeGeometry& g = own.grid.geometry;
    g.columns = columns;
    g.rows = rows;
    own.grid.frameOfReferenceUid = frameOfReferenceUid;
    own.sliceOfFrame.assign(std::size_t(frames), -1);
    const auto first = std::find_if(planes.begin(), planes.end(), [](const FramePlane& p) { return p.hasGeometry(); });
    if (first != planes.end()) {
        g.rowDir = *first->rowDir;
        g.colDir = *first->colDir;
        g.normal = g.rowDir.cross(g.colDir).normalized();
        std::map<double, int> slices; // offset -> first frame there
        for (int f = 0; f < frames; ++f) {
            const FramePlane& p = planes[std::size_t(f)];
            if (!p.hasGeometry())
                continue;
            const double d = p.position->dot(g.normal);
            auto it = slices.lower_bound(d - 0.01);
            if (it == slices.end() || std::abs(it->first - d) > 0.01)
                slices.emplace(d, f);
        }
        double step = 0;
        for (auto it = slices.begin(); it != slices.end(); ++it) {
            own.grid.slicePositions.push_back(*planes[std::size_t(it->second)].position);
            if (it != slices.begin()) {
                const double delta = it->first - std::prev(it)->first;
                step = step > 0 ? std::min(step, delta) : delta;
            }
        }
        g.slices = int(slices.size());
        g.origin = own.grid.slicePositions.front();
        // The declared spacing wins over the measured one (frames exist only
        // where a segment does, so gaps between them say little).
        g.spacing = {first->columnSpacing, first->rowSpacing,
                     first->spacingBetweenSlices > 0 ? first->spacingBetweenSlices
                     : step > 0                      ? step
                     : first->thickness > 0          ? first->thickness
                                                     : 1.0};
        g.hasPatientGeometry = true;
        std::vector<double> offsets;
        for (const auto& entry : slices)
            offsets.push_back(entry.first);
        for (int f = 0; f < frames; ++f) {
            const FramePlane& p = planes[std::size_t(f)];
            if (!p.hasGeometry())
                continue;
            const double d = p.position->dot(g.normal);
            const auto it = std::min_element(offsets.begin(), offsets.end(),
                                             [d](double a, double b) { return std::abs(a - d) < std::abs(b - d); });
            own.sliceOfFrame[std::size_t(f)] = int(it - offsets.begin());
        }
        return own;
    }
    // No geometry: a slice per referenced image, else per frame of each segment.
    QHash<QString, int> byReference;
    std::map<int, int> nextOfSegment;
    for (int f = 0; f < frames; ++f) {
        const FramePlane& p = planes[std::size_t(f)];
        int& k = own.sliceOfFrame[std::size_t(f)];
        if (!p.referencedSopInstanceUid.isEmpty()) {
            const QString key = p.referencedSopInstanceUid + QLatin1Char('#') + QString::number(p.referencedFrame);
            k = byReference.value(key, int(byReference.size()));
            byReference.insert(key, k);
        } else {
            k = nextOfSegment[(std::size_t(f) < groupOfFrame.size() ? groupOfFrame[std::size_t(f)] : 0)]++;
        }
        g.slices = std::max(g.slices, k + 1);
    }
    return own;
}

std::vector<ResampleGroup> groupForResampling(const std::vector<FramePlane>& frames, const std::vector<int>& subset,
                                              double fallbackThickness)
{
    std::vector<ResampleGroup> groups;
    std::vector<std::map<double, std::vector<int>>> slices; // per group: offset -> frames
    for (const int f : subset) {
        const FramePlane& fp = frames[std::size_t(f)];
        if (!fp.hasGeometry())
            continue;
        const Vec3 normal = fp.rowDir->cross(*fp.colDir).normalized();
        std::size_t gi = 0;
        while (gi < groups.size() && !parallel(groups[gi].normal, normal))
            ++gi;
        if (gi == groups.size()) {
            groups.push_back({normal, {}, {}, fp.thickness / 2});
            slices.emplace_back();
        }
        const double d = fp.position->dot(groups[gi].normal);
        // Frames within 0.01 mm of each other share a slice.
        auto it = slices[gi].lower_bound(d - 0.01);
        if (it != slices[gi].end() && std::abs(it->first - d) <= 0.01)
            it->second.push_back(f);
        else
            slices[gi][d].push_back(f);
        groups[gi].halfThickness = std::max(groups[gi].halfThickness, fp.thickness / 2);
    }
    for (std::size_t gi = 0; gi < groups.size(); ++gi) {
        ResampleGroup& group = groups[gi];
        for (auto& [offset, members] : slices[gi]) {
            group.sliceOffsets.push_back(offset);
            group.sliceFrames.push_back(std::move(members));
        }
        // Nearest neighbour: a voxel between two slices takes the nearer one,
        // so the slab is at least half the (smallest) distance between slices.
        double step = 0;
        for (std::size_t s = 1; s < group.sliceOffsets.size(); ++s) {
            const double delta = group.sliceOffsets[s] - group.sliceOffsets[s - 1];
            step = step > 0 ? std::min(step, delta) : delta;
        }
        group.halfThickness = std::max(group.halfThickness, step / 2);
        if (group.halfThickness <= 0)
            group.halfThickness = fallbackThickness / 2;
        group.halfThickness += 1e-6;
    }
    return groups;
}

} // namespace custos::ai
