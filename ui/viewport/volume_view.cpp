// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/volume_view.h"

#include "ui/viewport/ai_overlay.h"
#include "ui/viewport/slice_geometry.h"
#include "ui/viewport/volume_image.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSlider>
#include <QTimer>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <vtkActor.h>
#include <vtkCamera.h>
#include <vtkCellData.h>
#include <vtkCellArray.h>
#include <vtkColorTransferFunction.h>
#include <vtkDiscreteFlyingEdges3D.h>
#include <vtkFixedPointVolumeRayCastMapper.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkGPUVolumeRayCastMapper.h>
#include <vtkImageData.h>
#include <vtkMatrix4x4.h>
#include <vtkPiecewiseFunction.h>
#include <vtkPointData.h>
#include <vtkPoints.h>
#include <vtkPolyData.h>
#include <vtkPolyDataMapper.h>
#include <vtkPolyDataNormals.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkUnsignedCharArray.h>
#include <vtkVolume.h>
#include <vtkVolumePicker.h>
#include <vtkVolumeProperty.h>
#include <vtkWindowedSincPolyDataFilter.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace custos::ui {

namespace {

// A transfer-function point in modality units (HU for CT).
struct TfPoint
{
    double hu;
    double r, g, b;
    double opacity;
};

// The CT presets, after the ones radiologists know from Horos, OsiriX and
// 3D Slicer ("CT-Soft-Tissue", "CT-Bone", "CT-Lung", "CT-AAA").
const std::vector<TfPoint>& presetPoints(const QString& key)
{
    static const std::vector<TfPoint> soft{{-1024, 0, 0, 0, 0},          {-200, 0, 0, 0, 0},
                                           {-100, 0.73, 0.5, 0.37, 0.0}, {20, 0.8, 0.39, 0.31, 0.12},
                                           {80, 0.92, 0.62, 0.52, 0.3},  {300, 0.95, 0.9, 0.8, 0.45},
                                           {1200, 1, 1, 0.95, 0.7},      {3071, 1, 1, 1, 0.75}};
    static const std::vector<TfPoint> bone{{-1024, 0, 0, 0, 0},          {140, 0.55, 0.25, 0.15, 0},
                                           {220, 0.88, 0.6, 0.29, 0.35}, {450, 1, 0.94, 0.8, 0.7},
                                           {1200, 1, 1, 0.95, 0.9},      {3071, 1, 1, 1, 0.95}};
    static const std::vector<TfPoint> lung{{-1024, 0, 0, 0, 0},           {-980, 0.3, 0.45, 0.7, 0},
                                           {-900, 0.4, 0.6, 0.9, 0.06},   {-700, 0.7, 0.8, 1.0, 0.12},
                                           {-500, 0.9, 0.9, 1.0, 0.0},    {-100, 0.9, 0.6, 0.5, 0.0},
                                           {250, 1, 0.95, 0.85, 0.0},     {400, 1, 1, 0.95, 0.5},
                                           {3071, 1, 1, 1, 0.6}};
    static const std::vector<TfPoint> angio{{-1024, 0, 0, 0, 0},          {120, 0.55, 0.1, 0.08, 0},
                                            {180, 0.85, 0.2, 0.15, 0.35}, {350, 1, 0.55, 0.45, 0.6},
                                            {600, 1, 0.95, 0.85, 0.75},   {3071, 1, 1, 1, 0.85}};
    if (key == QLatin1String("bone"))
        return bone;
    if (key == QLatin1String("lung"))
        return lung;
    if (key == QLatin1String("angio"))
        return angio;
    return soft;
}

struct SegmentWanted
{
    std::shared_ptr<const ai::LabelVolume> labels;
    int segment;
    double rgb[3];
    bool dimmed;
    bool unapproved;
};

// One segment's surface in scaled index space: the voxels of the segment
// (overlaps and fractional segments included) cropped to their bounding box
// with a one-voxel margin, contoured and smoothed.
vtkSmartPointer<vtkPolyData> segmentSurface(const ai::LabelVolume& lv, int segment)
{
    const dicom::VolumeGeometry& g = lv.geometry();
    int lo[3] = {g.columns, g.rows, g.slices}, hi[3] = {-1, -1, -1};
    const bool fractional = lv.isFractional(segment);
    const std::uint8_t* prob = fractional ? lv.probability(segment) : nullptr;
    const auto has = [&](std::size_t v) {
        return fractional ? (prob && prob[v] > ai::LabelVolume::kFractionalThreshold) : lv.contains(segment, v);
    };
    const std::uint8_t* plane0 = lv.planeCount() > 0 ? lv.plane(0) : nullptr;
    for (int k = 0; k < g.slices; ++k)
        for (int j = 0; j < g.rows; ++j) {
            const std::size_t row = lv.index(0, j, k);
            for (int i = 0; i < g.columns; ++i) {
                const std::size_t v = row + std::size_t(i);
                // Plane 0 answers for almost every voxel: the slow check only where it could matter.
                if (!fractional && plane0 && plane0[v] != segment && (plane0[v] == 0 || lv.planeCount() == 1))
                    continue;
                if (!has(v))
                    continue;
                lo[0] = std::min(lo[0], i), hi[0] = std::max(hi[0], i);
                lo[1] = std::min(lo[1], j), hi[1] = std::max(hi[1], j);
                lo[2] = std::min(lo[2], k), hi[2] = std::max(hi[2], k);
            }
        }
    if (hi[0] < 0)
        return {};
    int dims[3];
    for (int a = 0; a < 3; ++a) {
        lo[a] -= 1, hi[a] += 1; // a margin of empty voxels closes the surface at the crop's faces
        dims[a] = hi[a] - lo[a] + 1;
    }
    auto mask = vtkSmartPointer<vtkImageData>::New();
    mask->SetDimensions(dims);
    mask->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    mask->SetOrigin(lo[0] * g.spacing[0], lo[1] * g.spacing[1], lo[2] * g.spacing[2]);
    mask->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
    auto* out = static_cast<std::uint8_t*>(mask->GetScalarPointer());
    std::size_t n = 0;
    for (int k = lo[2]; k <= hi[2]; ++k)
        for (int j = lo[1]; j <= hi[1]; ++j)
            for (int i = lo[0]; i <= hi[0]; ++i, ++n) {
                const bool inside = i >= 0 && j >= 0 && k >= 0 && i < g.columns && j < g.rows && k < g.slices &&
                                    has(lv.index(i, j, k));
                out[n] = inside ? 1 : 0;
            }
    vtkNew<vtkDiscreteFlyingEdges3D> contour;
    contour->SetInputData(mask);
    contour->SetValue(0, 1);
    contour->ComputeNormalsOff();
    contour->ComputeGradientsOff();
    contour->ComputeScalarsOff();
    vtkNew<vtkWindowedSincPolyDataFilter> smooth;
    smooth->SetInputConnection(contour->GetOutputPort());
    smooth->SetNumberOfIterations(15);
    smooth->SetPassBand(0.1);
    smooth->BoundarySmoothingOff();
    smooth->NonManifoldSmoothingOn();
    smooth->NormalizeCoordinatesOn();
    vtkNew<vtkPolyDataNormals> normals;
    normals->SetInputConnection(smooth->GetOutputPort());
    normals->SetFeatureAngle(120);
    normals->Update();
    vtkSmartPointer<vtkPolyData> mesh = normals->GetOutput();
    return mesh->GetNumberOfPoints() > 0 ? mesh : vtkSmartPointer<vtkPolyData>{};
}

template <typename T>
void averageSlabs(const T* in, const int n[3], int f, T* out, const int m[3], int kFrom, int kTo)
{
    for (int k = kFrom; k < kTo; ++k)
        for (int j = 0; j < m[1]; ++j)
            for (int i = 0; i < m[0]; ++i) {
                double sum = 0;
                int count = 0;
                for (int kk = k * f; kk < std::min(n[2], k * f + f); ++kk)
                    for (int jj = j * f; jj < std::min(n[1], j * f + f); ++jj) {
                        const T* row = in + (std::size_t(kk) * std::size_t(n[1]) + std::size_t(jj)) * std::size_t(n[0]);
                        for (int ii = i * f; ii < std::min(n[0], i * f + f); ++ii, ++count)
                            sum += double(row[ii]);
                    }
                out[(std::size_t(k) * std::size_t(m[1]) + std::size_t(j)) * std::size_t(m[0]) + std::size_t(i)] =
                    T(std::is_floating_point_v<T> ? sum / count : std::round(sum / count));
            }
}

// Output slabs of eight slices on the shared thread pool (the calling worker
// takes part, so a busy pool cannot stall it).
template <typename T>
void averageDown(const T* in, const int n[3], int f, T* out, const int m[3])
{
    std::vector<std::pair<int, int>> slabs;
    for (int k = 0; k < m[2]; k += 8)
        slabs.emplace_back(k, std::min(m[2], k + 8));
    QtConcurrent::blockingMap(slabs, [&](const std::pair<int, int>& slab) { averageSlabs(in, n, f, out, m, slab.first, slab.second); });
}

// The volume averaged over f×f×f blocks, placed in the original's scaled
// index space (a block's centre is where its voxels' centres average to).
vtkSmartPointer<vtkImageData> averagedDown(const dicom::Volume& v, int f)
{
    const dicom::VolumeGeometry& g = v.geometry();
    const int n[3] = {g.columns, g.rows, g.slices};
    const int m[3] = {(n[0] + f - 1) / f, (n[1] + f - 1) / f, (n[2] + f - 1) / f};
    auto image = vtkSmartPointer<vtkImageData>::New();
    image->SetDimensions(m[0], m[1], m[2]);
    image->SetSpacing(g.spacing[0] * f, g.spacing[1] * f, g.spacing[2] * f);
    image->SetOrigin(g.spacing[0] * (f - 1) / 2.0, g.spacing[1] * (f - 1) / 2.0, g.spacing[2] * (f - 1) / 2.0);
    const void* in = v.data();
    switch (v.sampleType()) {
    case dicom::SampleType::UInt8:
        image->AllocateScalars(VTK_UNSIGNED_CHAR, 1);
        averageDown(static_cast<const std::uint8_t*>(in), n, f, static_cast<std::uint8_t*>(image->GetScalarPointer()), m);
        break;
    case dicom::SampleType::Int8:
        image->AllocateScalars(VTK_SIGNED_CHAR, 1);
        averageDown(static_cast<const std::int8_t*>(in), n, f, static_cast<std::int8_t*>(image->GetScalarPointer()), m);
        break;
    case dicom::SampleType::UInt16:
        image->AllocateScalars(VTK_UNSIGNED_SHORT, 1);
        averageDown(static_cast<const std::uint16_t*>(in), n, f, static_cast<std::uint16_t*>(image->GetScalarPointer()), m);
        break;
    case dicom::SampleType::Int16:
        image->AllocateScalars(VTK_SHORT, 1);
        averageDown(static_cast<const std::int16_t*>(in), n, f, static_cast<std::int16_t*>(image->GetScalarPointer()), m);
        break;
    case dicom::SampleType::UInt32:
        image->AllocateScalars(VTK_UNSIGNED_INT, 1);
        averageDown(static_cast<const std::uint32_t*>(in), n, f, static_cast<std::uint32_t*>(image->GetScalarPointer()), m);
        break;
    case dicom::SampleType::Int32:
        image->AllocateScalars(VTK_INT, 1);
        averageDown(static_cast<const std::int32_t*>(in), n, f, static_cast<std::int32_t*>(image->GetScalarPointer()), m);
        break;
    case dicom::SampleType::Float32:
        image->AllocateScalars(VTK_FLOAT, 1);
        averageDown(static_cast<const float*>(in), n, f, static_cast<float*>(image->GetScalarPointer()), m);
        break;
    }
    return image;
}

} // namespace

const std::vector<VolumePresetInfo>& VolumeView::presets()
{
    static const std::vector<VolumePresetInfo> p{{QStringLiteral("soft"), tr("Soft tissue")},
                                                 {QStringLiteral("bone"), tr("Bone")},
                                                 {QStringLiteral("lung"), tr("Lung")},
                                                 {QStringLiteral("angio"), tr("Angio")},
                                                 {QStringLiteral("mip"), tr("MIP")}};
    return p;
}

QString VolumeView::mapperName(VolumeMapperKind kind)
{
    switch (kind) {
    case VolumeMapperKind::FixedPoint: return QStringLiteral("vtkFixedPointVolumeRayCastMapper");
    case VolumeMapperKind::Gpu: return QStringLiteral("vtkGPUVolumeRayCastMapper");
    case VolumeMapperKind::Smart: return QStringLiteral("vtkSmartVolumeMapper");
    }
    return {};
}

VolumeView::VolumeView(QWidget* parent) : VtkViewport(parent)
{
    m_toPatient = vtkSmartPointer<vtkMatrix4x4>::New();
    m_property = vtkSmartPointer<vtkVolumeProperty>::New();
    m_property->SetInterpolationTypeToLinear();
    m_property->ShadeOn();
    m_property->SetAmbient(0.25);
    m_property->SetDiffuse(0.75);
    m_property->SetSpecular(0.2);
    m_property->SetSpecularPower(12);
    renderer()->SetBackground(0.04, 0.05, 0.07);
    m_refine = new QTimer(this);
    m_refine->setSingleShot(true);
    m_refine->setInterval(180);
    connect(m_refine, &QTimer::timeout, this, [this] { setInteracting(false); });
    m_prepareWatcher = new QFutureWatcher<vtkSmartPointer<vtkImageData>>(this);
    connect(m_prepareWatcher, &QFutureWatcher<vtkSmartPointer<vtkImageData>>::finished, this, [this] {
        const dicom::Volume* made = m_preparing;
        m_preparing = nullptr;
        const vtkSmartPointer<vtkImageData> image = m_prepareWatcher->result();
        if (made != m_volume.get() || m_volumeActorReady) {
            volumeUpdated(); // another volume came meanwhile: start over for it
            return;
        }
        if (!image) {
            setMessage(tr("There is not enough memory to show this series in 3D."));
            return;
        }
        buildVolumeActor(image);
        refresh();
    });
    m_surfaceWatcher = new QFutureWatcher<std::vector<Surface>>(this);
    connect(m_surfaceWatcher, &QFutureWatcher<std::vector<Surface>>::finished, this, &VolumeView::onSurfacesBuilt);
    setMessage(tr("3D: open a series."));
}

VolumeView::~VolumeView()
{
    m_prepareWatcher->waitForFinished();
    m_surfaceWatcher->waitForFinished();
}

void VolumeView::setMessage(const QString& message)
{
    m_message = message;
    refreshOverlay();
}

void VolumeView::setVolume(std::shared_ptr<const dicom::Volume> volume)
{
    if (volume == m_volume)
        return;
    if (m_actor)
        renderer()->RemoveViewProp(m_actor);
    for (auto& s : m_surfaces)
        renderer()->RemoveViewProp(s);
    m_surfaces.clear();
    m_actor = nullptr;
    m_mapper = nullptr;
    m_image = nullptr;
    m_volumeActorReady = false;
    m_loadEnded = false;
    m_cameraFitted = false;
    m_volume = std::move(volume);
    m_toPatient->Identity();
    if (m_volume) {
        const dicom::VolumeGeometry& g = m_volume->geometry();
        if (g.hasPatientGeometry) {
            const dicom::Vec3 axes[3] = {g.rowDir, g.colDir, g.normal};
            for (int a = 0; a < 3; ++a) {
                m_toPatient->SetElement(0, a, axes[a].x);
                m_toPatient->SetElement(1, a, axes[a].y);
                m_toPatient->SetElement(2, a, axes[a].z);
            }
            m_toPatient->SetElement(0, 3, g.origin.x);
            m_toPatient->SetElement(1, 3, g.origin.y);
            m_toPatient->SetElement(2, 3, g.origin.z);
        }
    }
    volumeUpdated();
    refreshAiSurfaces();
    refresh();
    emit volumeChanged();
}

void VolumeView::volumeUpdated()
{
    if (!m_volume) {
        setMessage(tr("3D: open a series."));
        return;
    }
    if (m_volume->components() != 1) {
        setMessage(tr("3D shows greyscale series; this one is in colour."));
        return;
    }
    const dicom::VolumeGeometry& g = m_volume->geometry();
    if (g.slices < 2) {
        setMessage(tr("3D needs a series of at least two slices."));
        return;
    }
    if (const int ready = m_volume->readySliceCount(); ready < g.slices) {
        // A ray cast through missing slices would show the gaps as anatomy.
        setMessage(m_loadEnded ? tr("%n slice(s) of this series could not be read, so it is not shown in 3D: the gaps would look like anatomy.",
                                    nullptr, g.slices - ready)
                               : tr("3D appears when every slice is read (%1 of %2).").arg(ready).arg(g.slices));
        ensureCameraFitted();
        return;
    }
    if (!m_volumeActorReady && !m_preparing) {
        const double voxels = double(g.columns) * g.rows * g.slices;
        m_factor = std::max(1, int(std::ceil(std::cbrt(voxels / kMaxVoxels) - 1e-9)));
        if (m_factor == 1) {
            buildVolumeActor(wrapVolume(*m_volume));
        } else {
            // Averaged down on a worker thread; the UI stays free meanwhile.
            setMessage(tr("Preparing the 3D view…"));
            m_preparing = m_volume.get();
            m_prepareWatcher->setFuture(QtConcurrent::run([volume = m_volume, f = m_factor]() -> vtkSmartPointer<vtkImageData> {
                try {
                    return averagedDown(*volume, f);
                } catch (...) { // a worker's boundary: no memory for the copy
                    return {};
                }
            }));
        }
    }
    refresh();
}

void VolumeView::loadEnded()
{
    m_loadEnded = true;
    volumeUpdated();
}

void VolumeView::buildVolumeActor(vtkSmartPointer<vtkImageData> image)
{
    m_image = std::move(image);
    m_actor = vtkSmartPointer<vtkVolume>::New();
    m_actor->SetUserMatrix(m_toPatient);
    m_actor->SetProperty(m_property);
    setMapperKind(m_mapperKind);
    applyPreset();
    applyClip();
    m_actor->SetVisibility(m_volumeVisible);
    renderer()->AddVolume(m_actor);
    m_volumeActorReady = true;
    ensureCameraFitted();
    setMessage(m_volume->geometry().hasPatientGeometry
                   ? QString()
                   : tr("These images carry no patient geometry: 3D shows them as a plain stack."));
}

void VolumeView::setMapperKind(VolumeMapperKind kind)
{
    m_mapperKind = kind;
    if (!m_actor)
        return;
    switch (kind) {
    case VolumeMapperKind::FixedPoint: {
        auto m = vtkSmartPointer<vtkFixedPointVolumeRayCastMapper>::New();
        m->SetAutoAdjustSampleDistances(0);
        m->SetLockSampleDistanceToInputSpacing(0);
        m_mapper = m;
        break;
    }
    case VolumeMapperKind::Gpu: {
        auto m = vtkSmartPointer<vtkGPUVolumeRayCastMapper>::New();
        m->SetAutoAdjustSampleDistances(0);
        m_mapper = m;
        break;
    }
    case VolumeMapperKind::Smart: {
        auto m = vtkSmartPointer<vtkSmartVolumeMapper>::New();
        m->SetRequestedRenderModeToDefault();
        m_mapper = m;
        break;
    }
    }
    m_mapper->SetInputData(m_image);
    m_actor->SetMapper(m_mapper);
    applySampling();
    applyPreset();
    applyClip();
}

bool VolumeView::setPreset(const QString& key)
{
    const auto& p = presets();
    if (std::none_of(p.begin(), p.end(), [&](const VolumePresetInfo& i) { return i.key == key; }))
        return false;
    m_preset = key;
    applyPreset();
    refresh();
    return true;
}

void fillTransferFunctions(const QString& preset, const dicom::Volume& volume, vtkColorTransferFunction* colour,
                           vtkPiecewiseFunction* opacity, bool* mipOut)
{
    const double slope = volume.rescaleSlope != 0 ? volume.rescaleSlope : 1.0;
    const double intercept = volume.rescaleIntercept;
    const auto stored = [&](double modality) { return (modality - intercept) / slope; };
    colour->RemoveAllPoints();
    opacity->RemoveAllPoints();
    const bool mip = preset == QLatin1String("mip");
    if (mipOut)
        *mipOut = mip;
    if (mip) {
        // The file's first window, else a CT soft-tissue one, as a grey ramp.
        double centre = 40, width = 400;
        if (!volume.windows.empty())
            centre = volume.windows.front().center, width = std::max(1.0, volume.windows.front().width);
        colour->AddRGBPoint(stored(centre - width / 2), 0, 0, 0);
        colour->AddRGBPoint(stored(centre + width / 2), 1, 1, 1);
        opacity->AddPoint(stored(centre - width / 2), 0);
        opacity->AddPoint(stored(centre + width / 2), 1);
        return;
    }
    for (const TfPoint& t : presetPoints(preset)) {
        colour->AddRGBPoint(stored(t.hu), t.r, t.g, t.b);
        opacity->AddPoint(stored(t.hu), t.opacity);
    }
}

void VolumeView::applyPreset()
{
    if (!m_volume || !m_mapper)
        return;
    vtkNew<vtkColorTransferFunction> colour;
    vtkNew<vtkPiecewiseFunction> opacity;
    bool mip = false;
    fillTransferFunctions(m_preset, *m_volume, colour, opacity, &mip);
    m_mapper->SetBlendMode(mip ? vtkVolumeMapper::MAXIMUM_INTENSITY_BLEND : vtkVolumeMapper::COMPOSITE_BLEND);
    m_property->SetShade(mip ? 0 : 1);
    m_property->SetColor(colour);
    m_property->SetScalarOpacity(opacity);
    // The opacity is per unit length: the same look whatever the slice spacing.
    const auto& sp = m_volume->geometry().spacing;
    m_property->SetScalarOpacityUnitDistance(std::min({sp[0], sp[1], sp[2]}) * 2.0);
}

void VolumeView::applySampling()
{
    if (!m_mapper || !m_image)
        return;
    // One sample per voxel of the rendered image (an averaged-down copy has larger voxels).
    const double* sp = m_image->GetSpacing();
    const double base = std::max(0.1, std::min({sp[0], sp[1], sp[2]}));
    // Interacting: a quarter of the rays (every other pixel on both axes)
    // and half the samples along each; at rest, one ray per pixel.
    const double along = m_interacting ? base * 2.0 : base;
    const double image = m_interacting ? 2.0 : 1.0;
    if (auto* f = vtkFixedPointVolumeRayCastMapper::SafeDownCast(m_mapper)) {
        f->SetSampleDistance(float(along));
        f->SetInteractiveSampleDistance(float(base * 2.0));
        f->SetImageSampleDistance(float(image));
    } else if (auto* gpu = vtkGPUVolumeRayCastMapper::SafeDownCast(m_mapper)) {
        gpu->SetSampleDistance(float(along));
        gpu->SetImageSampleDistance(float(image));
    } else if (auto* smart = vtkSmartVolumeMapper::SafeDownCast(m_mapper)) {
        smart->SetSampleDistance(along);
        smart->SetInteractiveAdjustSampleDistances(m_interacting ? 1 : 0);
    }
}

void VolumeView::setInteracting(bool interacting)
{
    if (m_interacting == interacting)
        return;
    m_interacting = interacting;
    applySampling();
    refresh();
}

void VolumeView::setVolumeVisible(bool visible)
{
    m_volumeVisible = visible;
    if (m_actor)
        m_actor->SetVisibility(visible);
    refresh();
}

void VolumeView::setClipBox(const std::array<double, 6>& box)
{
    for (int a = 0; a < 3; ++a) {
        const double lo = std::clamp(box[std::size_t(2 * a)], 0.0, 1.0);
        const double hi = std::clamp(box[std::size_t(2 * a + 1)], 0.0, 1.0);
        m_clip[std::size_t(2 * a)] = std::min(lo, hi);
        m_clip[std::size_t(2 * a + 1)] = std::max(lo, hi);
    }
    applyClip();
    refresh();
}

void VolumeView::applyClip()
{
    if (!m_mapper || !m_volume || !m_image)
        return;
    const bool whole = m_clip == std::array<double, 6>{0, 1, 0, 1, 0, 1};
    m_mapper->SetCropping(whole ? 0 : 1);
    // In the rendered image's space (an averaged-down copy has its own origin and spacing).
    double bounds[6], planes[6];
    m_image->GetBounds(bounds);
    for (int a = 0; a < 3; ++a) {
        const double lo = bounds[2 * a], length = bounds[2 * a + 1] - bounds[2 * a];
        planes[2 * a] = lo + m_clip[std::size_t(2 * a)] * length;
        planes[2 * a + 1] = lo + m_clip[std::size_t(2 * a + 1)] * length;
    }
    m_mapper->SetCroppingRegionPlanes(planes);
    m_mapper->SetCroppingRegionFlagsToSubVolume();
}

void VolumeView::ensureCameraFitted()
{
    if (m_cameraFitted || !m_volume || width() < 2 || height() < 2)
        return;
    m_cameraFitted = true;
    resetCamera();
}

void VolumeView::resetCamera()
{
    if (!m_volume)
        return;
    const dicom::VolumeGeometry& g = m_volume->geometry();
    const dicom::Vec3 centre = voxelToPatient(g, {(g.columns - 1) / 2.0, (g.rows - 1) / 2.0, (g.slices - 1) / 2.0});
    const double extent = std::sqrt(std::pow(g.columns * g.spacing[0], 2) + std::pow(g.rows * g.spacing[1], 2) +
                                    std::pow(g.slices * g.spacing[2], 2));
    vtkCamera* cam = renderer()->GetActiveCamera();
    cam->ParallelProjectionOff();
    cam->SetViewAngle(30);
    cam->SetFocalPoint(centre.x, centre.y, centre.z);
    // Patient geometry: from the patient's front (anterior is -y in LPS), head
    // (+z) up. A plain stack: looking down its slices.
    const dicom::Vec3 towardsCamera = g.hasPatientGeometry ? dicom::Vec3{0, -1, 0} : dicom::Vec3{0, 0, 1};
    const dicom::Vec3 up = g.hasPatientGeometry ? dicom::Vec3{0, 0, 1} : dicom::Vec3{0, -1, 0};
    // The whole volume fits across the narrower side of the pane (the view
    // angle of 30° is the vertical one).
    const double aspect = double(std::max(1, width())) / std::max(1, height());
    const double halfAngle = std::atan(std::tan(15.0 * M_PI / 180.0) * std::min(1.0, aspect));
    const double distance = extent / (2 * std::tan(halfAngle)) * 1.05;
    cam->SetPosition(centre.x + towardsCamera.x * distance, centre.y + towardsCamera.y * distance,
                     centre.z + towardsCamera.z * distance);
    cam->SetViewUp(up.x, up.y, up.z);
    renderer()->ResetCameraClippingRange();
    refresh();
}

void VolumeView::rotate(double azimuthDeg, double elevationDeg)
{
    vtkCamera* cam = renderer()->GetActiveCamera();
    cam->Azimuth(azimuthDeg);
    cam->Elevation(elevationDeg);
    cam->OrthogonalizeViewUp();
    renderer()->ResetCameraClippingRange();
    refresh();
}

void VolumeView::prepareFrame()
{
    ensureCameraFitted();
    renderer()->ResetCameraClippingRange();
}

std::optional<QPointF> VolumeView::widgetPointForPatient(const dicom::Vec3& p) const
{
    vtkRenderer* r = renderer();
    r->SetWorldPoint(p.x, p.y, p.z, 1.0);
    r->WorldToDisplay();
    double d[3];
    r->GetDisplayPoint(d);
    if (d[2] < 0 || d[2] > 1)
        return std::nullopt;
    const qreal dpr = devicePixelRatioF();
    const int* size = renderWindow()->GetSize();
    return QPointF(d[0] / dpr, (size[1] - d[1]) / dpr);
}

void VolumeView::setAiOverlay(std::shared_ptr<const AiOverlay> overlay)
{
    m_overlay = std::move(overlay);
    refreshAiSurfaces();
}

void VolumeView::refreshAiSurfaces()
{
    if (m_building) {
        m_rebuildAgain = true;
        return;
    }
    std::vector<SegmentWanted> wanted;
    const AiVolumeLayers* layers = m_overlay && m_volume ? m_overlay->layers(m_volume.get()) : nullptr;
    if (layers && m_overlay->shown())
        for (const AiSegmentLayer& layer : layers->segments)
            if (layer.labels)
                for (const auto& [number, display] : layer.segments)
                    if (display.visible) {
                        // A model the site does not approve: its surfaces grey, as in the 2D views.
                        const QColor c = display.unapproved ? unapprovedSegmentColour(number) : display.colour;
                        wanted.push_back({layer.labels, number, {c.redF(), c.greenF(), c.blueF()}, display.dimmed, display.unapproved});
                    }
    m_building = true;
    // Surfaces already made are reused (toggling a segment costs no contouring).
    m_surfaceWatcher->setFuture(QtConcurrent::run([wanted, cache = m_meshCache]() {
        // A worker's boundary: a failure here leaves the surfaces out, never the viewer.
        std::vector<Surface> out;
        try {
            for (const SegmentWanted& w : wanted) {
                Surface s;
                s.labels = w.labels;
                s.segment = w.segment;
                s.unapproved = w.unapproved;
                for (int c = 0; c < 3; ++c)
                    s.rgb[c] = w.dimmed ? w.rgb[c] * 0.45 : w.rgb[c];
                const auto hit = cache.find({w.labels.get(), w.segment});
                s.mesh = hit != cache.end() ? hit->second.second : segmentSurface(*w.labels, w.segment);
                if (s.mesh)
                    out.push_back(std::move(s));
            }
        } catch (...) {
            out.clear();
        }
        return out;
    }));
}

void VolumeView::onSurfacesBuilt()
{
    m_building = false;
    for (auto& s : m_surfaces)
        renderer()->RemoveViewProp(s);
    m_surfaces.clear();
    const std::vector<Surface> built = m_surfaceWatcher->result();
    m_unapprovedSurfaces = int(std::count_if(built.begin(), built.end(), [](const Surface& s) { return s.unapproved; }));
    m_meshCache.clear();
    for (const Surface& s : built)
        m_meshCache[{s.labels.get(), s.segment}] = {s.labels, s.mesh};
    for (const Surface& s : built) {
        vtkNew<vtkPolyDataMapper> mapper;
        mapper->SetInputData(s.mesh);
        mapper->ScalarVisibilityOff();
        auto actor = vtkSmartPointer<vtkActor>::New();
        actor->SetMapper(mapper);
        actor->SetUserMatrix(m_toPatient);
        actor->GetProperty()->SetColor(s.rgb[0], s.rgb[1], s.rgb[2]);
        actor->GetProperty()->SetSpecular(s.unapproved ? 0.05 : 0.3);
        actor->GetProperty()->SetSpecularPower(20);
        renderer()->AddActor(actor);
        m_surfaces.push_back(actor);
    }
    if (m_rebuildAgain) {
        m_rebuildAgain = false;
        refreshAiSurfaces();
        return;
    }
    refresh();
    emit surfacesReady();
}

void VolumeView::setCursor(const dicom::Vec3& p)
{
    m_cursor = p;
    updateCursorActor();
    refresh();
}

void VolumeView::updateCursorActor()
{
    if (!m_cursor || !m_volume)
        return;
    const dicom::VolumeGeometry& g = m_volume->geometry();
    // Three lines through the cursor along the volume's axes, a fifth of its size each way.
    vtkNew<vtkPoints> points;
    vtkNew<vtkCellArray> lines;
    vtkNew<vtkUnsignedCharArray> colours;
    colours->SetNumberOfComponents(3);
    const dicom::Vec3 axes[3] = {g.rowDir, g.colDir, g.normal};
    const double lengths[3] = {g.columns * g.spacing[0], g.rows * g.spacing[1], g.slices * g.spacing[2]};
    // The reference-line colours of the 2D views (sagittal, coronal, axial).
    const unsigned char rgb[3][3] = {{120, 230, 120}, {255, 150, 60}, {90, 200, 255}};
    for (int a = 0; a < 3; ++a) {
        const dicom::Vec3 d = axes[a] * (lengths[a] * 0.2);
        const dicom::Vec3 p0 = *m_cursor - d, p1 = *m_cursor + d;
        const vtkIdType ids[2] = {points->InsertNextPoint(p0.x, p0.y, p0.z), points->InsertNextPoint(p1.x, p1.y, p1.z)};
        lines->InsertNextCell(2, ids);
        colours->InsertNextTypedTuple(rgb[a]);
    }
    vtkNew<vtkPolyData> poly;
    poly->SetPoints(points);
    poly->SetLines(lines);
    poly->GetCellData()->SetScalars(colours);
    vtkNew<vtkPolyDataMapper> mapper;
    mapper->SetInputData(poly);
    if (!m_cursorActor) {
        m_cursorActor = vtkSmartPointer<vtkActor>::New();
        m_cursorActor->GetProperty()->SetLineWidth(2);
        m_cursorActor->GetProperty()->LightingOff();
        renderer()->AddActor(m_cursorActor);
    }
    m_cursorActor->SetMapper(mapper);
}

std::optional<dicom::Vec3> VolumeView::pickPatientPoint(const QPointF& widgetPos)
{
    vtkNew<vtkVolumePicker> picker;
    picker->SetTolerance(0.002);
    picker->SetVolumeOpacityIsovalue(0.3);
    const qreal dpr = devicePixelRatioF();
    const int* size = renderWindow()->GetSize();
    if (!picker->Pick(widgetPos.x() * dpr, size[1] - widgetPos.y() * dpr, 0, renderer()))
        return std::nullopt;
    double p[3];
    picker->GetPickPosition(p);
    return dicom::Vec3{p[0], p[1], p[2]};
}

void VolumeView::mousePressEvent(QMouseEvent* e)
{
    emit activated();
    setFocus();
    if (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ShiftModifier)) {
        if (auto p = pickPatientPoint(e->position()))
            emit cursorRequested(*p);
        return;
    }
    m_dragButton = e->button();
    m_lastPos = e->position().toPoint();
}

void VolumeView::mouseMoveEvent(QMouseEvent* e)
{
    if (m_dragButton == Qt::NoButton)
        return;
    const QPoint pos = e->position().toPoint();
    const QPoint d = pos - m_lastPos;
    m_lastPos = pos;
    setInteracting(true);
    m_refine->start();
    vtkCamera* cam = renderer()->GetActiveCamera();
    if (m_dragButton == Qt::LeftButton) {
        rotate(-d.x() * 180.0 / std::max(1, width()), d.y() * 180.0 / std::max(1, height()));
        return;
    }
    if (m_dragButton == Qt::RightButton) {
        cam->Dolly(std::pow(1.01, -d.y()));
    } else if (m_dragButton == Qt::MiddleButton) {
        // Pan in the view plane, by the fraction of the view the mouse moved.
        double fp[3], pos3[3], up[3];
        cam->GetFocalPoint(fp);
        cam->GetPosition(pos3);
        cam->GetViewUp(up);
        const dicom::Vec3 f{fp[0], fp[1], fp[2]}, c{pos3[0], pos3[1], pos3[2]}, u{up[0], up[1], up[2]};
        const dicom::Vec3 forward = (f - c).normalized();
        const dicom::Vec3 right = forward.cross(u).normalized();
        const double h = 2 * (f - c).norm() * std::tan(cam->GetViewAngle() * M_PI / 360.0);
        const dicom::Vec3 shift = right * (-d.x() * h / std::max(1, height())) + u * (d.y() * h / std::max(1, height()));
        cam->SetFocalPoint(f.x + shift.x, f.y + shift.y, f.z + shift.z);
        cam->SetPosition(c.x + shift.x, c.y + shift.y, c.z + shift.z);
    }
    renderer()->ResetCameraClippingRange();
    refresh();
}

void VolumeView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragButton = Qt::NoButton;
}

void VolumeView::wheelEvent(QWheelEvent* e)
{
    const double steps = e->angleDelta().y() / 120.0;
    setInteracting(true);
    m_refine->start();
    renderer()->GetActiveCamera()->Dolly(std::pow(1.1, steps));
    renderer()->ResetCameraClippingRange();
    refresh();
}

void VolumeView::keyPressEvent(QKeyEvent* e)
{
    const int key = e->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        setPreset(presets()[std::size_t(key - Qt::Key_1)].key);
        return;
    }
    if (key == Qt::Key_R) {
        resetCamera();
        return;
    }
    if (key == Qt::Key_C) {
        buildClipPanel();
        m_clipPanel->setVisible(!m_clipPanel->isVisible());
        return;
    }
    VtkViewport::keyPressEvent(e);
}

void VolumeView::buildClipPanel()
{
    if (m_clipPanel)
        return;
    m_clipPanel = new QWidget(this);
    m_clipPanel->setObjectName(QStringLiteral("clipPanel"));
    m_clipPanel->setAutoFillBackground(true);
    m_clipPanel->setStyleSheet(QStringLiteral("#clipPanel { background: rgba(20, 24, 30, 220); border-radius: 4px; }"
                                              "QLabel { color: #d8dde6; }"));
    auto* grid = new QGridLayout(m_clipPanel);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    const QString names[3] = {tr("Columns"), tr("Rows"), tr("Slices")};
    for (int a = 0; a < 3; ++a) {
        grid->addWidget(new QLabel(names[a], m_clipPanel), a, 0);
        for (int side = 0; side < 2; ++side) {
            auto* s = new QSlider(Qt::Horizontal, m_clipPanel);
            s->setObjectName(QStringLiteral("clip%1%2").arg(a).arg(side ? QStringLiteral("Hi") : QStringLiteral("Lo")));
            s->setRange(0, 100);
            s->setValue(int(std::lround(m_clip[std::size_t(2 * a + side)] * 100)));
            s->setMinimumWidth(90);
            connect(s, &QSlider::valueChanged, this, [this, a, side](int v) {
                std::array<double, 6> box = m_clip;
                box[std::size_t(2 * a + side)] = v / 100.0;
                setInteracting(true);
                m_refine->start();
                setClipBox(box);
            });
            grid->addWidget(s, a, 1 + side);
        }
    }
    m_clipPanel->adjustSize();
    m_clipPanel->move(8, height() - m_clipPanel->height() - 8);
}

void VolumeView::paintOverlay(QPainter& p)
{
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    f.setPointSizeF(std::max(8.0, f.pointSizeF()));
    p.setFont(f);
    const QFontMetrics fm(f);
    const auto shadowText = [&](const QPointF& at, const QString& text, const QColor& colour) {
        p.setPen(QColor(0, 0, 0, 200));
        p.drawText(at + QPointF(1, 1), text);
        p.setPen(colour);
        p.drawText(at, text);
    };
    QString title = tr("3D");
    for (const VolumePresetInfo& i : presets())
        if (i.key == m_preset)
            title += QStringLiteral(" · ") + i.name;
    if (m_interacting)
        title += QStringLiteral(" · ") + tr("preview");
    shadowText(QPointF(8, 8 + fm.ascent()), title, QColor(230, 232, 236));
    if (!m_surfaces.empty()) {
        // Never a plain count when some are of a model the site does not approve: those are grey, and said so.
        const bool allGrey = m_unapprovedSurfaces == int(m_surfaces.size());
        shadowText(QPointF(8, 8 + fm.height() + fm.ascent()), tr("AI segments: %n surface(s)", nullptr, int(m_surfaces.size())),
                   allGrey ? QColor(200, 200, 200) : QColor(255, 200, 80));
        if (m_unapprovedSurfaces > 0)
            shadowText(QPointF(8, 8 + 2 * fm.height() + fm.ascent()), tr("%n in grey: AI model not approved by this site", nullptr, m_unapprovedSurfaces),
                       QColor(200, 200, 200));
    }
    if (m_volume && m_volume->geometry().hasPatientGeometry && m_volumeActorReady) {
        // Which side the patient's parts are on, from the camera: a small orientation legend.
        const auto s = [&](const dicom::Vec3& dir) -> QString {
            vtkCamera* cam = renderer()->GetActiveCamera();
            double up[3], fp[3], pos[3];
            cam->GetViewUp(up);
            cam->GetFocalPoint(fp);
            cam->GetPosition(pos);
            const dicom::Vec3 u{up[0], up[1], up[2]};
            const dicom::Vec3 fwd = (dicom::Vec3{fp[0], fp[1], fp[2]} - dicom::Vec3{pos[0], pos[1], pos[2]}).normalized();
            const dicom::Vec3 right = fwd.cross(u).normalized();
            const dicom::Vec3 v{dir.x, dir.y, dir.z};
            const double r = v.dot(right), upness = v.dot(u);
            if (std::abs(r) >= std::abs(upness))
                return r > 0 ? tr("right") : tr("left");
            return upness > 0 ? tr("top") : tr("bottom");
        };
        const QString head = s({0, 0, 1}), left = s({1, 0, 0});
        const QString legend = tr("Head: %1 · Patient left: %2").arg(head, left);
        shadowText(QPointF(8, height() - 8 - fm.descent()), legend, QColor(180, 190, 200));
    }
    if (!m_message.isEmpty()) {
        const QRectF box = QRectF(rect()).adjusted(20, 0, -20, 0);
        p.setPen(QColor(240, 240, 240));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

} // namespace custos::ui
