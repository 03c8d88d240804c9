// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/demo_study.h"

#include "core/common/parallel.h"

#include "core/dicom/dcmtk_util.h"
#include "core/dicom/uid.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QDir>
#include <QFile>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <mutex>
#include <numbers>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace custos::dicom {

namespace {

// The phantom lives in patient coordinates (LPS, mm): +x is the patient's
// left, +y posterior, +z superior. Every region below is defined in mm, so the
// picture is the same at any --size; only the sampling changes. In z, organs
// are placed at fractions t of the scanned slab, t = 0 at the head end and
// t = 1 at the feet end, like a chest-abdomen scan.
//
// Axial layout (centre x, y; semi-axes; mm):
//   body    ellipse (0, 0) 175 x 130: 3 mm skin, 12 mm subcutaneous fat, then muscle
//   lungs   (∓80, 5) 55 x 80, ellipsoids over t ∈ [-0.06, 0.60] (widest at t = 0.27)
//   lesion  sphere (-95, -25, z at t = 0.40), radius 8: right lung (image left)
//   heart   (15, -25) 48 x 38 in 7 mm of pericardial fat, t ∈ [0.22, 0.62]
//   liver   (-60, -5) 80 x 75, t ∈ [0.45, 1.11]
//   kidneys (±75, 60) 22 x 32 in 8 mm of perirenal fat, t ∈ [0.66, 1.00]
//   aorta   (18, 32) r 12 in 3 mm of fat, every slice
//   spine   vertebral body (0, 65) r 18; neural arch (0, 97) r 14 around a
//           canal r 8; every slice
//   ribs    12 rods r 5 on the ellipse 150 x 105, t ∈ [0, 0.62], each in
//           12 mm bands every 28 mm (staggered) so they read as oblique ribs
constexpr double kFieldOfViewMm = 400.0; // default field: body fills 87.5% of it in x
constexpr int kStoredOffset = 1024;      // stored value = HU + 1024 (RescaleIntercept -1024)
constexpr double kInf = std::numeric_limits<double>::infinity();

constexpr double kLungT = 0.27, kLungHalfT = 0.33;
constexpr double kLesionT = 0.40, kLesionRadius = 8.0;
constexpr double kSoftTissueT = 0.85, kSpineT = 0.50;
constexpr Vec3 kRightLungXY{-80, 5, 0}, kLesionXY{-95, -25, 0}, kVertebraXY{0, 65, 0};

struct Geometry
{
    int size = 0;
    int slices = 0;
    double spacing = 0; // in-plane, mm
    double dz = 0;      // between slice centres, mm
    double origin = 0;  // x and y of the first pixel's centre
    double zFirst = 0;  // slice 0: the feet end (InstanceNumber 1)

    double sliceZ(int i) const { return zFirst + i * dz; }
    double length() const { return slices * dz; }
    // t = 0 at the top edge of the last slice, 1 at the bottom edge of the first.
    double zAt(double t) const { return zFirst + (slices - 0.5) * dz - t * length(); }
};

Geometry geometryFor(const DemoStudyOptions& o)
{
    const double spacing =
        o.pixelSpacing > 0 ? o.pixelSpacing : kFieldOfViewMm / std::max(o.size, 1);
    // Pixel size/2 sits on the axis; the slab is centred on z = 0.
    return {o.size,
            o.slices,
            spacing,
            o.sliceSpacing,
            -(o.size * spacing) / 2,
            -(o.slices - 1) * o.sliceSpacing / 2};
}

// An elliptic cylinder or, with a finite zHalf, an ellipsoid whose
// cross-section shrinks towards zCentre ± zHalf. Visible within [zLow, zHigh]
// and, when period > 0, only where (z + phase) mod period < duty. A shape's
// cross-section on one slice is a Shape with the defaults.
struct Shape
{
    double cx, cy, ax, ay;
    int hu;
    double zCentre = 0, zHalf = kInf;
    double zLow = -kInf, zHigh = kInf;
    double period = 0, phase = 0, duty = 0;
};

std::vector<Shape> phantom(const Geometry& g)
{
    using namespace demo_hu;
    const auto ellipsoid = [&g](Shape s, double tCentre, double tHalf) {
        s.zCentre = g.zAt(tCentre);
        s.zHalf = tHalf * g.length();
        return s;
    };
    // Painter's order: later shapes overwrite earlier ones.
    std::vector<Shape> out;
    const auto rings = [&out](Shape s, double thickness, int ringHu) { // s inside a ring
        Shape ring = s;
        ring.ax += thickness;
        ring.ay += thickness;
        ring.hu = ringHu;
        out.push_back(ring);
        out.push_back(s);
    };
    rings({0, 0, 172, 127, fat}, 3, softTissue);
    out.push_back({0, 0, 160, 115, softTissue});
    out.push_back(ellipsoid({-60, -5, 80, 75, liver}, 0.78, 0.33));
    for (const double side : {-1.0, 1.0})
        rings(ellipsoid({side * 75, 60, 22, 32, softTissue}, 0.83, 0.17), 8, fat);
    for (const double side : {-1.0, 1.0})
        out.push_back(
            ellipsoid({side * -kRightLungXY.x, kRightLungXY.y, 55, 80, lung}, kLungT, kLungHalfT));
    out.push_back({kLesionXY.x, kLesionXY.y, kLesionRadius, kLesionRadius, lesion, g.zAt(kLesionT),
                   kLesionRadius});
    rings(ellipsoid({15, -25, 48, 38, softTissue}, 0.42, 0.20), 7, fat);
    rings({18, 32, 12, 12, softTissue}, 3, fat);

    const std::array<double, 6> ribAngles{120, 145, 165, 190, 215, 240}; // degrees, right side
    for (std::size_t k = 0; k < ribAngles.size(); ++k) {
        for (const double side : {-1.0, 1.0}) {
            const double a = ribAngles[k] * std::numbers::pi / 180;
            out.push_back({side * -150 * std::cos(a), 105 * std::sin(a), 5, 5, bone, 0, kInf,
                           g.zAt(0.62), kInf, 28, 4.0 * double(k), 12});
        }
    }
    out.push_back({kVertebraXY.x, kVertebraXY.y, 18, 18, bone});
    out.push_back({0, 97, 14, 14, bone});
    out.push_back({0, 97, 8, 8, softTissue});
    return out;
}

std::vector<Shape> sectionsAt(const std::vector<Shape>& shapes, double z)
{
    std::vector<Shape> out;
    for (const Shape& s : shapes) {
        if (z < s.zLow || z > s.zHigh) continue;
        if (s.period > 0) {
            const double m = std::fmod(z + s.phase, s.period);
            if ((m < 0 ? m + s.period : m) >= s.duty) continue;
        }
        const double u = std::isinf(s.zHalf) ? 0 : (z - s.zCentre) / s.zHalf;
        if (u * u >= 1) continue;
        const double f = std::sqrt(1 - u * u);
        out.push_back({s.cx, s.cy, s.ax * f, s.ay * f, s.hu});
    }
    return out;
}

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// Fixed-seed noise, looked up per row at a hashed offset: cheap and never the
// same pattern twice in a row or slice.
const std::array<std::int8_t, 65536>& noiseTable()
{
    static const auto table = [] {
        std::array<std::int8_t, 65536> t{};
        for (std::size_t i = 0; i < t.size(); ++i)
            t[i] = std::int8_t(int(splitmix(i) % (2 * demo_hu::noise + 1)) - demo_hu::noise);
        return t;
    }();
    return table;
}

// Rasterises one slice as stored values (HU + 1024), row by row in spans.
void renderSlice(const Geometry& g, const std::vector<Shape>& shapes, int index,
                 std::vector<Uint16>& px)
{
    const int n = g.size;
    std::fill(px.begin(), px.end(), Uint16(demo_hu::air + kStoredOffset));
    for (const Shape& s : sectionsAt(shapes, g.sliceZ(index))) {
        const int r0 = std::max(0, int(std::ceil((s.cy - s.ay - g.origin) / g.spacing)));
        const int r1 = std::min(n - 1, int(std::floor((s.cy + s.ay - g.origin) / g.spacing)));
        const auto value = Uint16(s.hu + kStoredOffset);
        for (int r = r0; r <= r1; ++r) {
            const double v = (g.origin + r * g.spacing - s.cy) / s.ay;
            if (v * v >= 1) continue;
            const double half = s.ax * std::sqrt(1 - v * v);
            const int c0 = std::max(0, int(std::ceil((s.cx - half - g.origin) / g.spacing)));
            const int c1 = std::min(n - 1, int(std::floor((s.cx + half - g.origin) / g.spacing)));
            if (c0 <= c1)
                std::fill(px.begin() + std::ptrdiff_t(r) * n + c0,
                          px.begin() + std::ptrdiff_t(r) * n + c1 + 1, value);
        }
    }
    const auto& noise = noiseTable();
    for (int r = 0; r < n; ++r) {
        const std::uint64_t offset = splitmix(std::uint64_t(index) * 1000003u + std::uint64_t(r));
        Uint16* row = px.data() + std::ptrdiff_t(r) * n;
        for (int c = 0; c < n; ++c)
            row[c] = Uint16(row[c] + noise[(offset + std::uint64_t(c)) & 0xFFFF]);
    }
}

// A stable UID under the 2.25 root: a name-based (v5) UUID as a decimal integer.
QString uidFor(const DemoStudyOptions& o, const QString& what)
{
    static const QUuid ns(QStringLiteral("{4d0c5f1e-8a7b-4c2d-9e3f-6a5b4c3d2e1f}"));
    const QString name = QStringLiteral("custos-demo-v1|%1|%2|%3|%4|%5")
                             .arg(o.slices)
                             .arg(o.size)
                             .arg(QString::number(o.pixelSpacing, 'g', 17),
                                  QString::number(o.sliceSpacing, 'g', 17), what);
    return uidFromName(ns, name);
}

QByteArray ds(double v) // DS: at most 16 characters, locale-independent, no "-0"
{
    return QString::number(v == 0 ? 0.0 : v, 'g', 10).toLatin1();
}

struct Uids
{
    QString study, series, frameOfReference;
};

// Fills one slice's dataset: patient, study, series, equipment, geometry, pixels.
OFCondition fillDataset(DcmDataset& d, const Geometry& g, const DemoStudyOptions& o,
                        const Uids& uids, int index, const std::vector<Uint16>& px)
{
    const QByteArray z = ds(g.sliceZ(index));
    const std::pair<DcmTagKey, QByteArray> text[] = {
        {DCM_SOPClassUID, UID_CTImageStorage},
        {DCM_SOPInstanceUID, uidFor(o, QStringLiteral("image|%1").arg(index)).toLatin1()},
        {DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL"},
        {DCM_StudyDate, "20240312"},
        {DCM_SeriesDate, "20240312"},
        {DCM_AcquisitionDate, "20240312"},
        {DCM_ContentDate, "20240312"},
        {DCM_StudyTime, "093000"},
        {DCM_SeriesTime, "093000"},
        {DCM_AcquisitionTime, "093000"},
        {DCM_ContentTime, "093000"},
        {DCM_AccessionNumber, "DEMO0001"},
        {DCM_Modality, "CT"},
        {DCM_Manufacturer, "Custos synthetic phantom"},
        {DCM_ReferringPhysicianName, ""},
        {DCM_StudyDescription, "CT CHEST ABDOMEN (SYNTHETIC DEMO)"},
        {DCM_SeriesDescription, "Axial 1.25mm"},
        {DCM_ManufacturerModelName, "Custos demo study"},
        {DCM_PatientName, "DEMO^CUSTOS"},
        {DCM_PatientID, "CUSTOS-DEMO-0001"},
        {DCM_PatientBirthDate, "19650704"},
        {DCM_PatientSex, "O"},
        {DCM_BodyPartExamined, "CHESTABDOMEN"},
        {DCM_SliceThickness, ds(g.dz)},
        {DCM_KVP, "120"},
        {DCM_SpacingBetweenSlices, ds(g.dz)},
        {DCM_ReconstructionDiameter, ds(g.size * g.spacing)},
        {DCM_ConvolutionKernel, "STANDARD"},
        {DCM_PatientPosition, "HFS"},
        {DCM_StudyInstanceUID, uids.study.toLatin1()},
        {DCM_SeriesInstanceUID, uids.series.toLatin1()},
        {DCM_StudyID, "1"},
        {DCM_SeriesNumber, "2"},
        {DCM_AcquisitionNumber, "1"},
        {DCM_InstanceNumber, QByteArray::number(index + 1)},
        {DCM_ImagePositionPatient, ds(g.origin) + '\\' + ds(g.origin) + '\\' + z},
        {DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0"},
        {DCM_FrameOfReferenceUID, uids.frameOfReference.toLatin1()},
        {DCM_PositionReferenceIndicator, ""},
        {DCM_SliceLocation, z},
        {DCM_ImageComments, "Synthetic phantom, not a patient"},
        {DCM_PhotometricInterpretation, "MONOCHROME2"},
        {DCM_PixelSpacing, ds(g.spacing) + '\\' + ds(g.spacing)},
        {DCM_BurnedInAnnotation, "NO"},
        {DCM_WindowCenter, "40\\-600"},
        {DCM_WindowWidth, "400\\1500"},
        {DCM_WindowCenterWidthExplanation, "SOFT TISSUE\\LUNG"},
        {DCM_RescaleIntercept, ds(-kStoredOffset)},
        {DCM_RescaleSlope, "1"},
        {DCM_RescaleType, "HU"},
    };
    // Signed 16-bit so that any HU fits; all stored values here are >= 0.
    const std::pair<DcmTagKey, int> numbers[] = {
        {DCM_SamplesPerPixel, 1},     {DCM_Rows, g.size},   {DCM_Columns, g.size},
        {DCM_BitsAllocated, 16},      {DCM_BitsStored, 16}, {DCM_HighBit, 15},
        {DCM_PixelRepresentation, 1},
    };
    OFCondition c = EC_Normal;
    for (const auto& [key, value] : text)
        if (c.good()) c = d.putAndInsertString(key, value.constData());
    for (const auto& [key, value] : numbers)
        if (c.good()) c = d.putAndInsertUint16(key, Uint16(value));
    if (c.good())
        c = d.putAndInsertUint16Array(DCM_PixelData, px.data(),
                                      static_cast<unsigned long>(px.size()));
    return c;
}

// Serialises a Part 10 file through a memory buffer rather than saveFile(),
// so that a failed write (a full disk) is caught by QFile instead of passing
// silently. The generated meta header (EWM_createNewMeta) holds only fixed
// values: UIDs from the dataset and DCMTK's implementation UID and version.
Result<QByteArray> serialise(DcmFileFormat& file)
{
    QByteArray out;
    if (const OFCondition c = encodePart10(file, EXS_LittleEndianExplicit, out); c.bad())
        return Error{QString::fromLatin1(c.text())};
    return out;
}

Result<QByteArray> encodeSlice(const Geometry& g, const DemoStudyOptions& o, const Uids& uids,
                               int index, const std::vector<Uint16>& px)
{
    DcmFileFormat file;
    const OFCondition c = fillDataset(*file.getDataset(), g, o, uids, index, px);
    Result<QByteArray> bytes = c.good() ? serialise(file)
                                        : Result<QByteArray>(Error{QString::fromLatin1(c.text())});
    if (!bytes)
        return Error{QStringLiteral("Could not encode demo slice %1: %2")
                         .arg(index + 1)
                         .arg(bytes.errorMessage())};
    return bytes;
}

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QStringLiteral("Could not create %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString())};
    // A full disk first shows as a short write without an error; the retry
    // then fails with the reason (ENOSPC).
    qint64 at = 0;
    while (at < bytes.size()) {
        const qint64 n = f.write(bytes.constData() + at, bytes.size() - at);
        if (n <= 0) break;
        at += n;
    }
    const bool written = at == bytes.size() && f.flush();
    const QString why = f.errorString(); // close() clears it
    f.close();
    if (!written || f.error() != QFileDevice::NoError)
        return Error{QStringLiteral("Could not write %1: %2")
                         .arg(QDir::toNativeSeparators(path), written ? f.errorString() : why)};
    return Ok{};
}

QString validate(const DemoStudyOptions& o)
{
    if (o.slices < 1 || o.slices > 10000)
        return QStringLiteral("The demo study needs 1 to 10000 slices, not %1.").arg(o.slices);
    if (o.size < 16 || o.size > 4096)
        return QStringLiteral("The demo image size must be 16 to 4096 pixels, not %1.").arg(o.size);
    if (!(o.pixelSpacing >= 0 && o.pixelSpacing <= 10))
        return QStringLiteral("The demo pixel spacing must be 0 (automatic) to 10 mm.");
    if (!(o.sliceSpacing > 0 && o.sliceSpacing <= 50))
        return QStringLiteral("The demo slice spacing must be more than 0 and at most 50 mm.");
    return {};
}

} // namespace

DemoLandmarks demoLandmarks(const DemoStudyOptions& options)
{
    const Geometry g = geometryFor(options);
    DemoLandmarks l;
    l.rightLung = {kRightLungXY.x, kRightLungXY.y, g.zAt(kLungT)};
    l.softTissue = {40, -80, g.zAt(kSoftTissueT)};
    l.vertebralBody = {kVertebraXY.x, kVertebraXY.y, g.zAt(kSpineT)};
    l.lesion = {kLesionXY.x, kLesionXY.y, g.zAt(kLesionT)};
    l.lesionRadius = kLesionRadius;
    l.air = {0, -170, g.zAt(0.5)};
    l.lungZMin = std::max(g.zAt(kLungT + kLungHalfT), g.sliceZ(0));
    l.lungZMax = g.sliceZ(g.slices - 1);
    return l;
}

Result<DemoStudyInfo> writeDemoStudy(const QString& directory, const DemoStudyOptions& options)
{
    if (const QString problem = validate(options); !problem.isEmpty()) return Error{problem};
    if (directory.isEmpty())
        return Error{QStringLiteral("No folder was given for the demo study.")};
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error{QStringLiteral("Could not create the folder %1 for the demo study.")
                         .arg(QDir::toNativeSeparators(directory))};

    const Geometry g = geometryFor(options);
    const std::vector<Shape> shapes = phantom(g);
    const Uids uids{uidFor(options, QStringLiteral("study")),
                    uidFor(options, QStringLiteral("series")),
                    uidFor(options, QStringLiteral("frame-of-reference"))};
    const auto pathOf = [&dir](int i) {
        return dir.filePath(QStringLiteral("CT%1.dcm").arg(i + 1, 6, 10, QLatin1Char('0')));
    };
    noiseTable(); // build once before the workers share it

    std::mutex mutex; // guards everything below and serialises progress calls
    int next = 0, done = 0;
    std::vector<char> written(std::size_t(options.slices), 0);
    std::optional<Error> failure;
    const auto stopped = [&] {
        return failure.has_value() || (options.cancel && options.cancel->load());
    };

    const auto work = [&] {
        try {
            std::vector<Uint16> px(std::size_t(g.size) * std::size_t(g.size));
            for (;;) {
                int index = 0;
                {
                    const std::lock_guard lock(mutex);
                    if (stopped() || next >= options.slices) return;
                    index = next++;
                }
                renderSlice(g, shapes, index, px);
                Result<QByteArray> bytes = encodeSlice(g, options, uids, index, px);
                Result<void> saved =
                    bytes ? writeFile(pathOf(index), bytes.value()) : Result<void>(bytes.error());
                const std::lock_guard lock(mutex);
                written[std::size_t(index)] = 1; // even a failed write may leave a partial file
                if (!saved) {
                    if (!failure) failure = saved.error();
                    return;
                }
                ++done;
                if (options.progress) options.progress(done, options.slices);
            }
        } catch (const std::exception& e) {
            const std::lock_guard lock(mutex);
            if (!failure)
                failure = Error{QStringLiteral("Writing the demo study failed: %1")
                                    .arg(QString::fromLocal8Bit(e.what()))};
        }
    };

    // The shared pool (core/common/parallel.h): each copy takes the next
    // slice under the mutex, so fewer copies than asked for still do it all.
    runOnWorkers(std::clamp(workerCount(options.threads), 1, options.slices), work);

    if (failure || done < options.slices) {
        for (int i = 0; i < options.slices; ++i)
            if (written[std::size_t(i)]) QFile::remove(pathOf(i));
        return failure ? *failure : Error{QStringLiteral("Writing the demo study was cancelled.")};
    }
    return DemoStudyInfo{uids.study, uids.series, done};
}

} // namespace custos::dicom
