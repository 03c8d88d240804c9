// SPDX-License-Identifier: Apache-2.0
#pragma once
// Small value types shared by the whole DICOM module.

#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace custos::dicom {

struct Vec3
{
    double x = 0, y = 0, z = 0;

    friend Vec3 operator+(Vec3 a, Vec3 b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Vec3 operator-(Vec3 a, Vec3 b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Vec3 operator*(Vec3 a, double s) { return {a.x * s, a.y * s, a.z * s}; }
    double dot(Vec3 o) const { return x * o.x + y * o.y + z * o.z; }
    Vec3 cross(Vec3 o) const { return {y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x}; }
    double norm() const { return std::sqrt(dot(*this)); }
    Vec3 normalized() const
    {
        const double n = norm();
        return n > 0 ? Vec3{x / n, y / n, z / n} : *this;
    }
};

// Type of one sample in a decoded frame or a volume, after the pixel pipeline.
enum class SampleType { UInt8, Int8, UInt16, Int16, UInt32, Int32, Float32 };

constexpr std::size_t bytesPerSample(SampleType t)
{
    switch (t) {
    case SampleType::UInt8:
    case SampleType::Int8: return 1;
    case SampleType::UInt16:
    case SampleType::Int16: return 2;
    case SampleType::UInt32:
    case SampleType::Int32:
    case SampleType::Float32: return 4;
    }
    return 1;
}

QString sampleTypeName(SampleType t);

// The sample at `index` of a buffer of samples of type t, as a double.
inline double sampleValue(const std::byte* data, SampleType t, std::size_t index)
{
    switch (t) {
    case SampleType::UInt8: return double(reinterpret_cast<const std::uint8_t*>(data)[index]);
    case SampleType::Int8: return double(reinterpret_cast<const std::int8_t*>(data)[index]);
    case SampleType::UInt16: return double(reinterpret_cast<const std::uint16_t*>(data)[index]);
    case SampleType::Int16: return double(reinterpret_cast<const std::int16_t*>(data)[index]);
    case SampleType::UInt32: return double(reinterpret_cast<const std::uint32_t*>(data)[index]);
    case SampleType::Int32: return double(reinterpret_cast<const std::int32_t*>(data)[index]);
    case SampleType::Float32: return double(reinterpret_cast<const float*>(data)[index]);
    }
    return 0;
}

// A window (VOI LUT linear function) a file recommends, e.g. "LUNG".
struct VoiWindow
{
    double center = 0;
    double width = 0;
    QString explanation;
};

// Per-frame description: where the frame lies in the patient and how its
// stored values become modality values. For a single-frame file it comes from
// the top-level tags; for enhanced multi-frame from the functional groups.
struct FrameInfo
{
    std::optional<Vec3> position;   // ImagePositionPatient of the first pixel (mm)
    std::optional<Vec3> rowDir;     // direction of increasing column index
    std::optional<Vec3> colDir;     // direction of increasing row index
    std::optional<double> rowSpacing;    // distance between rows (mm)
    std::optional<double> columnSpacing; // distance between columns (mm)
    std::optional<double> sliceThickness;
    double rescaleSlope = 1.0;
    double rescaleIntercept = 0.0;
    std::vector<VoiWindow> windows; // WindowCenter/Width may hold several (e.g. soft tissue, lung)
};

} // namespace custos::dicom
