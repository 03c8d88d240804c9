// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/measurement.h"

#include "ui/viewport/slice_geometry.h"

#include <QCoreApplication>

#include <cmath>

namespace custos::ui {

namespace {

double storedAt(const dicom::Volume& v, int i, int j, int k)
{
    const std::size_t index = std::size_t(j) * std::size_t(v.geometry().columns) + std::size_t(i);
    return dicom::sampleValue(v.sliceData(k), v.sampleType(), index);
}

// In-plane coordinates (mm) of a voxel point for a view axis.
std::pair<double, double> planeMm(const dicom::VolumeGeometry& g, const DisplayFrame& f, const dicom::Vec3& p)
{
    return {component(p, f.rightAxis) * axisSpacing(g, f.rightAxis), component(p, f.downAxis) * axisSpacing(g, f.downAxis)};
}

bool insidePolygon(const std::vector<std::pair<double, double>>& poly, double x, double y)
{
    bool inside = false;
    for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const auto [xi, yi] = poly[i];
        const auto [xj, yj] = poly[j];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            inside = !inside;
    }
    return inside;
}

} // namespace

double distanceMm(const dicom::VolumeGeometry& g, const dicom::Vec3& a, const dicom::Vec3& b)
{
    const dicom::Vec3 d = b - a;
    return dicom::Vec3{d.x * g.spacing[0], d.y * g.spacing[1], d.z * g.spacing[2]}.norm();
}

double angleDegrees(const dicom::VolumeGeometry& g, const Measurement& m)
{
    if (m.points.size() < 3)
        return 0;
    auto mm = [&](const dicom::Vec3& p) { return dicom::Vec3{p.x * g.spacing[0], p.y * g.spacing[1], p.z * g.spacing[2]}; };
    const dicom::Vec3 u = mm(m.points[0]) - mm(m.points[1]), v = mm(m.points[2]) - mm(m.points[1]);
    const double n = u.norm() * v.norm();
    return n > 0 ? std::acos(std::clamp(u.dot(v) / n, -1.0, 1.0)) * 180.0 / M_PI : 0.0;
}

std::optional<RegionStats> regionStats(const dicom::Volume& volume, const Measurement& m)
{
    if ((m.kind != Measurement::Kind::Ellipse && m.kind != Measurement::Kind::Freehand) || m.points.size() < 2 ||
        volume.components() != 1)
        return std::nullopt;
    const auto& g = volume.geometry();
    const DisplayFrame f = displayFrameFor(g, m.axis);
    std::vector<std::pair<double, double>> poly;
    for (const auto& p : m.points)
        poly.push_back(planeMm(g, f, p));
    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    for (const auto& [x, y] : poly) {
        minX = std::min(minX, x), maxX = std::max(maxX, x), minY = std::min(minY, y), maxY = std::max(maxY, y);
    }
    const double sr = axisSpacing(g, f.rightAxis), sd = axisSpacing(g, f.downAxis);
    const double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2, rx = (maxX - minX) / 2, ry = (maxY - minY) / 2;

    RegionStats s;
    s.min = 1e300;
    s.max = -1e300;
    double sum = 0, sum2 = 0;
    const int r0 = std::max(0, int(std::floor(minX / sr))), r1 = std::min(axisLength(g, f.rightAxis) - 1, int(std::ceil(maxX / sr)));
    const int d0 = std::max(0, int(std::floor(minY / sd))), d1 = std::min(axisLength(g, f.downAxis) - 1, int(std::ceil(maxY / sd)));
    for (int a = r0; a <= r1; ++a) {
        for (int b = d0; b <= d1; ++b) {
            const double x = a * sr, y = b * sd;
            const bool inside = m.kind == Measurement::Kind::Ellipse
                                    ? (rx > 0 && ry > 0 && std::pow((x - cx) / rx, 2) + std::pow((y - cy) / ry, 2) <= 1.0)
                                    : insidePolygon(poly, x, y);
            if (!inside)
                continue;
            dicom::Vec3 voxel;
            setComponent(voxel, f.rightAxis, a);
            setComponent(voxel, f.downAxis, b);
            setComponent(voxel, m.axis, m.slice);
            const int k = int(voxel.z);
            if (!volume.isSliceReady(k))
                return std::nullopt;
            const double value = volume.modalityValue(storedAt(volume, int(voxel.x), int(voxel.y), k));
            ++s.pixels;
            sum += value;
            sum2 += value * value;
            s.min = std::min(s.min, value);
            s.max = std::max(s.max, value);
        }
    }
    if (s.pixels == 0)
        return std::nullopt;
    s.mean = sum / s.pixels;
    s.sd = std::sqrt(std::max(0.0, sum2 / s.pixels - s.mean * s.mean));
    if (m.kind == Measurement::Kind::Ellipse) {
        s.areaMm2 = M_PI * rx * ry;
    } else {
        double twice = 0; // shoelace
        for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++)
            twice += poly[j].first * poly[i].second - poly[i].first * poly[j].second;
        s.areaMm2 = std::abs(twice) / 2;
    }
    return s;
}

QString describe(const dicom::Volume& volume, const Measurement& m)
{
    const auto& g = volume.geometry();
    switch (m.kind) {
    case Measurement::Kind::Distance:
        return m.points.size() < 2 ? QString()
                                   : QCoreApplication::translate("Measurement", "%1 mm").arg(distanceMm(g, m.points[0], m.points[1]), 0, 'f', 1);
    case Measurement::Kind::Angle:
        return QCoreApplication::translate("Measurement", "%1°").arg(angleDegrees(g, m), 0, 'f', 1);
    case Measurement::Kind::Ellipse:
    case Measurement::Kind::Freehand: {
        const auto s = regionStats(volume, m);
        if (!s)
            return {};
        return QCoreApplication::translate("Measurement", "mean %1 SD %2 %3\nmin %4 max %5\narea %6 mm²")
            .arg(s->mean, 0, 'f', 1)
            .arg(s->sd, 0, 'f', 1)
            .arg(volume.rescaleUnits)
            .arg(s->min, 0, 'f', 0)
            .arg(s->max, 0, 'f', 0)
            .arg(s->areaMm2, 0, 'f', 1);
    }
    }
    return {};
}

} // namespace custos::ui
