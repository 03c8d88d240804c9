// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/slice_view.h"

#include "core/dicom/windowing.h"
#include "ui/viewport/ai_overlay.h"
#include "ui/viewport/orientation.h"
#include "ui/viewport/presets.h"
#include "ui/viewport/volume_image.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageResliceMapper.h>
#include <vtkImageSliceMapper.h>
#include <vtkLookupTable.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace custos::ui {

namespace {

void drawText(QPainter& p, const QRectF& r, int flags, const QString& text, const QColor& colour = QColor(235, 235, 220))
{
    p.setPen(QColor(0, 0, 0, 200));
    p.drawText(r.translated(1, 1), flags, text);
    p.setPen(colour);
    p.drawText(r, flags, text);
}

dicom::Vec3 unitAxis(int axis, int sign)
{
    dicom::Vec3 v;
    setComponent(v, axis, double(sign));
    return v;
}

QString planeName(const dicom::Vec3& normal)
{
    const double x = std::abs(normal.x), y = std::abs(normal.y), z = std::abs(normal.z);
    if (z >= x && z >= y)
        return SliceView::tr("Axial");
    if (y >= x)
        return SliceView::tr("Coronal");
    return SliceView::tr("Sagittal");
}

const QColor kMeasureColour(250, 210, 60);

struct TextBlock
{
    QRectF box;
    bool right = false;
    QStringList lines;
};

// The four corner blocks (top-left, top-right, bottom-left, bottom-right) in
// `r`: side by side where each fits in its half beside the centre column
// (orientation labels, scale); in a narrow pane one under the other, below
// the top label and above the bottom one, each line shortened to fit.
std::vector<TextBlock> layoutCorners(const QRectF& r, const std::array<QStringList, 4>& corners, const QFontMetricsF& fm,
                                     double centreHalf, double topReserve, double bottomReserve)
{
    const double lineH = fm.lineSpacing();
    auto widest = [&](const QStringList& lines) {
        double w = 0;
        for (const QString& l : lines)
            w = std::max(w, fm.horizontalAdvance(l));
        return std::ceil(w);
    };
    std::vector<TextBlock> out;
    auto block = [&](const QStringList& lines, double room, bool right, double top) {
        TextBlock b;
        for (const QString& l : lines)
            b.lines << fm.elidedText(l, Qt::ElideRight, room);
        b.right = right;
        const double w = std::min(widest(b.lines), room);
        b.box = QRectF(right ? r.right() - w : r.left(), top, w, double(lines.size()) * lineH);
        out.push_back(b);
        return b.box;
    };
    const double half = r.width() / 2 - centreHalf;
    bool fits = true;
    for (const QStringList& c : corners)
        fits = fits && widest(c) <= half;
    if (fits) {
        block(corners[0], half, false, r.top());
        block(corners[1], half, true, r.top());
        block(corners[2], half, false, r.bottom() - double(corners[2].size()) * lineH);
        block(corners[3], half, true, r.bottom() - double(corners[3].size()) * lineH);
    } else {
        const QRectF topLeft = block(corners[0], r.width(), false, r.top() + topReserve);
        block(corners[1], r.width(), true, topLeft.bottom());
        const QRectF bottomRight = block(corners[3], r.width(), true, r.bottom() - bottomReserve - double(corners[3].size()) * lineH);
        block(corners[2], r.width(), false, bottomRight.top() - double(corners[2].size()) * lineH);
    }
    return out;
}

} // namespace

SliceView::SliceView(QWidget* parent)
    : VtkViewport(parent),
      m_mapper(vtkSmartPointer<vtkImageSliceMapper>::New()),
      m_actor(vtkSmartPointer<vtkImageSlice>::New()),
      m_lut(vtkSmartPointer<vtkLookupTable>::New()),
      m_cineTimer(new QTimer(this)),
      m_settleTimer(new QTimer(this))
{
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(200);
    connect(m_settleTimer, &QTimer::timeout, this, [this] {
        // Full quality again: resliced at screen resolution, every slab sample.
        renderer()->GetRenderWindow()->SetDesiredUpdateRate(0.0001);
        if (m_slabMapper)
            m_slabMapper->SetSlabSampleFactor(2);
        refresh();
    });
    m_lut->SetNumberOfTableValues(256);
    m_lut->Build();
    m_mapper->SetOrientationToZ();
    m_actor->SetMapper(m_mapper);
    m_actor->GetProperty()->SetInterpolationTypeToLinear();
    m_actor->VisibilityOff();
    renderer()->AddViewProp(m_actor);
    renderer()->GetActiveCamera()->ParallelProjectionOn();
    setMinimumSize(140, 140);
    connect(m_cineTimer, &QTimer::timeout, this, [this] {
        const int n = sliceCount();
        if (n > 0)
            setSlice((m_slice + 1) % n);
    });
}

SliceView::~SliceView() = default;

int SliceView::sliceCount() const
{
    if (!m_volume)
        return 0;
    if (m_oblique) {
        double lo = 0, step = 1;
        int count = 0;
        obliqueRange(lo, step, count);
        return count;
    }
    return axisLength(m_volume->geometry(), m_frame.axis);
}

// World space (VTK's): voxel index × spacing. The volume's axes are
// orthonormal in patient space, so directions map by the direction cosines.
dicom::Vec3 SliceView::toWorld(const dicom::Vec3& patient) const
{
    const auto& g = m_volume->geometry();
    const dicom::Vec3 v = patientToVoxel(g, patient);
    return {v.x * g.spacing[0], v.y * g.spacing[1], v.z * g.spacing[2]};
}

dicom::Vec3 SliceView::toPatient(const dicom::Vec3& world) const
{
    const auto& g = m_volume->geometry();
    return voxelToPatient(g, {world.x / g.spacing[0], world.y / g.spacing[1], world.z / g.spacing[2]});
}

dicom::Vec3 SliceView::dirToWorld(const dicom::Vec3& d) const
{
    const auto& g = m_volume->geometry();
    return {d.dot(g.rowDir), d.dot(g.colDir), d.dot(g.normal)};
}

dicom::Vec3 SliceView::dirToPatient(const dicom::Vec3& w) const
{
    const auto& g = m_volume->geometry();
    return g.rowDir * w.x + g.colDir * w.y + g.normal * w.z;
}

void SliceView::obliqueRange(double& lo, double& step, int& count) const
{
    const auto& g = m_volume->geometry();
    const dicom::Vec3 n = m_oblique->right.cross(m_oblique->down);
    const double ext[3] = {(g.columns - 1) * g.spacing[0], (g.rows - 1) * g.spacing[1], (g.slices - 1) * g.spacing[2]};
    double hi = -1e300;
    lo = 1e300;
    for (int c = 0; c < 8; ++c) {
        const dicom::Vec3 corner{c & 1 ? ext[0] : 0, c & 2 ? ext[1] : 0, c & 4 ? ext[2] : 0};
        lo = std::min(lo, corner.dot(n));
        hi = std::max(hi, corner.dot(n));
    }
    step = std::max(1e-3, std::min({g.spacing[0], g.spacing[1], g.spacing[2]}));
    count = int(std::floor((hi - lo) / step)) + 1;
}

void SliceView::syncObliqueSlice()
{
    double lo = 0, step = 1;
    int count = 0;
    obliqueRange(lo, step, count);
    const dicom::Vec3 n = m_oblique->right.cross(m_oblique->down);
    m_slice = std::clamp(int(std::lround((m_oblique->point.dot(n) - lo) / step)), 0, count - 1);
}

void SliceView::beginInteraction()
{
    // Only where the reslicing mapper draws: the plain slice is cheap already.
    if (!m_slabMapper || (m_slab == Slab::None && !m_oblique))
        return;
    // vtkImageResliceMapper's AutoAdjustImageQuality reslices at the volume's
    // resolution when a prop's allocated render time is under a second.
    renderer()->GetRenderWindow()->SetDesiredUpdateRate(20);
    m_slabMapper->SetSlabSampleFactor(1);
    m_settleTimer->start();
}

bool SliceView::interacting() const { return m_settleTimer->isActive(); }

bool SliceView::fullyLoaded() const { return m_volume && m_readySlices >= m_volume->geometry().slices; }

dicom::Vec3 SliceView::planeRight() const { return m_volume ? dirToPatient(worldRight()) : dicom::Vec3{}; }
dicom::Vec3 SliceView::planeDown() const { return m_volume ? dirToPatient(worldDown()) : dicom::Vec3{}; }

bool SliceView::rotatePlane(const dicom::Vec3& axis, const dicom::Vec3& centre, double radians)
{
    if (!m_volume || !m_volume->geometry().hasPatientGeometry || !fullyLoaded() || m_volume->components() != 1 ||
        axis.norm() <= 0)
        return false;
    if (!m_oblique) {
        const auto& g = m_volume->geometry();
        dicom::Vec3 point{(g.columns - 1) * g.spacing[0] / 2, (g.rows - 1) * g.spacing[1] / 2, (g.slices - 1) * g.spacing[2] / 2};
        setComponent(point, m_frame.axis, m_slice * axisSpacing(g, m_frame.axis));
        m_oblique = ObliquePlane{worldRight(), worldDown(), point};
    }
    // Rodrigues' rotation, in patient space (the index axes may be mirrored
    // against it, which would turn the sense of a rotation in world space).
    const dicom::Vec3 k = axis.normalized();
    const double c = std::cos(radians), sn = std::sin(radians);
    auto turn = [&](const dicom::Vec3& v) { return v * c + k.cross(v) * sn + k * (k.dot(v) * (1 - c)); };
    const dicom::Vec3 right = dirToWorld(turn(dirToPatient(m_oblique->right))).normalized();
    dicom::Vec3 down = dirToWorld(turn(dirToPatient(m_oblique->down)));
    down = (down - right * right.dot(down)).normalized(); // orthonormal, whatever rounding did
    const dicom::Vec3 p = toPatient(m_oblique->point);
    m_oblique = ObliquePlane{right, down, toWorld(centre + turn(p - centre))};
    m_drawing.reset();
    syncObliqueSlice();
    setSlab(m_slab, m_slabMm); // the reslicing mapper
    updateCamera();
    refresh();
    return true;
}

void SliceView::resetPlane()
{
    if (!m_oblique)
        return;
    const dicom::Vec3 point = m_oblique->point;
    m_oblique.reset();
    const auto& g = m_volume->geometry();
    m_slice = std::clamp(int(std::lround(component(point, m_frame.axis) / axisSpacing(g, m_frame.axis))), 0, sliceCount() - 1);
    setSlab(m_slab, m_slabMm); // the plain slice mapper again unless a slab is on
    showCurrentSlice();
    emit sliceChanged(m_slice);
}

void SliceView::setCrosshair(std::optional<dicom::Vec3> centre)
{
    m_crosshair = centre;
    if (!centre)
        m_crossDrag = CrossDrag::None;
    refreshOverlay();
}

QPointF SliceView::widgetPointForPatient(const dicom::Vec3& p) const
{
    if (!m_volume || height() <= 0)
        return {};
    const dicom::Vec3 world = toWorld(p);
    double fp[3];
    renderer()->GetActiveCamera()->GetFocalPoint(fp);
    const dicom::Vec3 d = world - dicom::Vec3{fp[0], fp[1], fp[2]};
    const double mm = mmPerPixel();
    return {width() / 2.0 + d.dot(worldRight()) / mm, height() / 2.0 + d.dot(worldDown()) / mm};
}

QString SliceView::obliqueNote() const
{
    if (!m_oblique)
        return {};
    QStringList hidden;
    // Segments and heatmaps are sampled on the oblique plane; regions are not.
    const AiVolumeLayers* layers = m_aiOverlay ? m_aiOverlay->layers(m_volume.get()) : nullptr;
    if (layers && m_aiOverlay->shown() &&
        std::any_of(layers->shapes.begin(), layers->shapes.end(), [](const AiShape& s) { return s.visible && !s.points.empty(); }))
        hidden << tr("AI regions hidden on oblique planes");
    if (m_measurements && !m_measurements->empty())
        hidden << tr("Measurements hidden on oblique planes");
    return hidden.join(QLatin1Char('\n'));
}

void SliceView::setVolume(std::shared_ptr<const dicom::Volume> volume, const OverlayText& text, int axis)
{
    setCine(false);
    m_volume = std::move(volume);
    m_text = text;
    m_message.clear();
    m_drawing.reset();
    if (!m_volume) {
        m_actor->VisibilityOff();
        refresh();
        return;
    }
    const dicom::VolumeGeometry& g = m_volume->geometry();
    m_frame = displayFrameFor(g, axis);
    m_readySlices = m_volume->readySliceCount();
    // The volume's own buffer, read in place (the shared_ptr above keeps it
    // alive as long as this view shows it).
    m_image = wrapVolume(*m_volume);
    m_mapper->SetInputData(m_image);
    m_mapper->SetOrientation(m_frame.axis);
    m_oblique.reset();
    m_crossDrag = CrossDrag::None;
    setSlab(Slab::None);

    m_windowFromFile = !m_volume->windows.empty();
    if (m_windowFromFile) {
        m_center = m_volume->windows.front().center;
        m_width = m_volume->windows.front().width;
    } else if (m_volume->components() == 3) {
        m_center = 127.5;
        m_width = 255;
    } else if (m_volume->rescaleUnits == QLatin1String("HU")) {
        m_center = 40;
        m_width = 400;
    } else {
        m_center = 500; // refined from the first slice shown (autoWindowFromSlice)
        m_width = 1000;
    }
    m_inverted = m_volume->invertedGrayscale;
    m_slice = sliceCount() / 2;
    m_zoom = 1.0;
    m_panRight = m_panDown = 0;
    updateProperty();
    if (currentSliceReady())
        autoWindowFromSlice();
    showCurrentSlice();
}

bool SliceView::currentSliceReady() const
{
    if (!m_volume)
        return false;
    return m_frame.axis == 2 && !m_oblique ? m_volume->isSliceReady(m_slice) : m_readySlices >= m_volume->geometry().slices;
}

void SliceView::autoWindowFromSlice()
{
    // Without a window in the file, derive one from the values on screen.
    if (m_windowFromFile || m_volume->components() != 1 || !m_volume->rescaleUnits.isEmpty() || m_frame.axis != 2)
        return;
    const auto& g = m_volume->geometry();
    double lo = 1e300, hi = -1e300;
    const int step = std::max(1, int(std::sqrt(double(m_volume->voxelsPerSlice()) / 16384.0)));
    for (int j = 0; j < g.rows; j += step)
        for (int i = 0; i < g.columns; i += step)
            if (auto v = valueAt(i, j, m_slice)) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    if (hi > lo) {
        const dicom::GreyWindow spanning = dicom::windowSpanning(lo, hi); // as thumbnails and PNG export
        m_center = spanning.center;
        m_width = spanning.width;
        m_windowFromFile = true; // once
        updateProperty();
    }
}

void SliceView::onSliceReady(const dicom::Volume* volume, int k)
{
    if (!m_volume || volume != m_volume.get())
        return;
    ++m_readySlices;
    const bool shownNow = m_frame.axis == 2 ? k == m_slice : m_readySlices >= m_volume->geometry().slices;
    if (shownNow) {
        autoWindowFromSlice();
        m_image->Modified(); // the displayed slice's texture is uploaded again
        showCurrentSlice();
    } else if (!m_progressPaint.isValid() || m_progressPaint.elapsed() > 100) {
        // Only the "Loading…" text: at most ten times a second, so that
        // redrawing never competes with the decoders for the cores.
        m_progressPaint.start();
        refreshOverlay();
    }
}

void SliceView::showCurrentSlice()
{
    if (!m_volume)
        return;
    if (!m_oblique)
        m_mapper->SetSliceNumber(m_slice);
    m_actor->SetVisibility(currentSliceReady());
    updateCamera();
    refresh();
}

void SliceView::setSlice(int k)
{
    if (!m_volume)
        return;
    k = std::clamp(k, 0, sliceCount() - 1);
    if (k == m_slice)
        return;
    m_slice = k;
    if (m_oblique) {
        // Along the plane's normal, onto the k-th slice of its range.
        double lo = 0, step = 1;
        int count = 0;
        obliqueRange(lo, step, count);
        const dicom::Vec3 n = m_oblique->right.cross(m_oblique->down);
        m_oblique->point = m_oblique->point + n * (lo + k * step - m_oblique->point.dot(n));
    }
    if (m_drawing)
        m_drawing.reset();
    showCurrentSlice();
    emit sliceChanged(k);
}

void SliceView::setWindow(double center, double width)
{
    m_center = center;
    m_width = std::max(1e-3, width);
    updateProperty();
    refresh();
    emit windowChanged(m_center, m_width);
}

bool SliceView::applyPreset(const QString& key)
{
    if (key.startsWith(QLatin1String("file")) && m_volume) {
        bool ok = false;
        const int index = key.mid(4).toInt(&ok) - 1;
        if (!ok || index < 0 || index >= int(m_volume->windows.size()))
            return false;
        setWindow(m_volume->windows[std::size_t(index)].center, m_volume->windows[std::size_t(index)].width);
        return true;
    }
    if (const WindowPreset* p = ctPresetByKey(key)) {
        setWindow(p->center, p->width);
        return true;
    }
    return false;
}

void SliceView::setInverted(bool inverted)
{
    m_inverted = inverted;
    updateProperty();
    refresh();
}

void SliceView::setCine(bool on)
{
    if (on && m_volume) {
        m_cineTimer->start(1000 / std::max(1, m_fps));
    } else {
        m_cineTimer->stop();
    }
    refresh();
}

bool SliceView::cine() const { return m_cineTimer->isActive(); }

void SliceView::setCineFps(int fps)
{
    m_fps = std::clamp(fps, 1, 60);
    if (cine())
        m_cineTimer->start(1000 / m_fps);
    refresh();
}

void SliceView::setSlab(Slab mode, double thicknessMm)
{
    m_slab = mode;
    m_slabMm = std::clamp(thicknessMm, 1.0, 200.0);
    if ((mode == Slab::None && !m_oblique) || !m_image) {
        m_actor->SetMapper(m_mapper);
    } else {
        if (!m_slabMapper)
            m_slabMapper = vtkSmartPointer<vtkImageResliceMapper>::New();
        // The slab is centred on the focal point, which sits on the current slice.
        m_slabMapper->SetInputData(m_image);
        m_slabMapper->SliceFacesCameraOn();
        m_slabMapper->SliceAtFocalPointOn();
        // An oblique plane is resliced even without a slab: thickness 0 is one sample.
        m_slabMapper->SetSlabThickness(mode == Slab::None ? 0.0 : m_slabMm);
        if (mode == Slab::Max)
            m_slabMapper->SetSlabTypeToMax();
        else if (mode == Slab::Min)
            m_slabMapper->SetSlabTypeToMin();
        else
            m_slabMapper->SetSlabTypeToMean();
        m_actor->SetMapper(m_slabMapper);
    }
    refresh();
    emit slabChanged();
}

void SliceView::setTool(Tool tool)
{
    m_tool = tool;
    m_drawing.reset();
    setCursor(tool == Tool::WindowLevel ? Qt::ArrowCursor : Qt::CrossCursor);
    refresh();
}

void SliceView::setMeasurements(std::shared_ptr<std::vector<Measurement>> measurements)
{
    m_measurements = std::move(measurements);
    refresh();
}

void SliceView::updateProperty()
{
    if (!m_volume)
        return;
    // The window is in modality units; the texture holds stored values.
    const double slope = m_volume->rescaleSlope != 0 ? m_volume->rescaleSlope : 1.0;
    vtkImageProperty* p = m_actor->GetProperty();
    p->SetColorLevel((m_center - m_volume->rescaleIntercept) / slope);
    p->SetColorWindow(m_width / std::abs(slope));
    if (m_volume->components() == 1) {
        // A grey ramp that window/level maps onto, inverted on request (and
        // for MONOCHROME1 by default).
        const bool invert = m_inverted != (slope < 0);
        m_lut->SetTableRange(0, 1);
        for (int i = 0; i < 256; ++i) {
            const double v = invert ? 1.0 - i / 255.0 : i / 255.0;
            m_lut->SetTableValue(i, v, v, v, 1.0);
        }
        m_lut->Modified();
        p->SetLookupTable(m_lut);
        p->UseLookupTableScalarRangeOff();
    } else {
        p->SetLookupTable(nullptr);
    }
}

void SliceView::resetView()
{
    m_zoom = 1.0;
    m_panRight = m_panDown = 0;
    updateCamera();
    refresh();
}

void SliceView::setViewState(const ViewState& state, bool withSlice)
{
    if (!m_volume)
        return;
    m_zoom = state.zoom;
    m_panRight = state.panRight;
    m_panDown = state.panDown;
    m_inverted = state.inverted;
    m_windowFromFile = true; // the person's window, not one derived from the slice
    if (withSlice)
        setSlice(state.slice);
    setWindow(state.center, state.width);
    updateCamera();
    refresh();
}

dicom::Vec3 SliceView::worldRight() const { return m_oblique ? m_oblique->right : unitAxis(m_frame.rightAxis, m_frame.rightSign); }
dicom::Vec3 SliceView::worldDown() const { return m_oblique ? m_oblique->down : unitAxis(m_frame.downAxis, m_frame.downSign); }

double SliceView::mmPerPixel() const
{
    return 2 * renderer()->GetActiveCamera()->GetParallelScale() / std::max(1, height());
}

void SliceView::updateCamera()
{
    if (!m_volume)
        return;
    const auto& g = m_volume->geometry();
    const double w = (axisLength(g, m_frame.rightAxis) - 1) * axisSpacing(g, m_frame.rightAxis);
    const double h = (axisLength(g, m_frame.downAxis) - 1) * axisSpacing(g, m_frame.downAxis);
    dicom::Vec3 c;
    if (m_oblique) {
        // The volume's centre projected onto the plane. The scale stays the
        // one of the view's own plane: turning a plane does not zoom it.
        const dicom::Vec3 e{(g.columns - 1) * g.spacing[0], (g.rows - 1) * g.spacing[1], (g.slices - 1) * g.spacing[2]};
        const dicom::Vec3 n = m_oblique->right.cross(m_oblique->down);
        const dicom::Vec3 centre = e * 0.5;
        c = centre - n * n.dot(centre - m_oblique->point);
    } else {
        setComponent(c, m_frame.rightAxis, w / 2);
        setComponent(c, m_frame.downAxis, h / 2);
        setComponent(c, m_frame.axis, m_slice * axisSpacing(g, m_frame.axis));
    }
    c = c + worldRight() * m_panRight + worldDown() * m_panDown;
    const dicom::Vec3 dop = worldRight().cross(worldDown());
    const dicom::Vec3 up = worldDown() * -1.0;
    vtkCamera* cam = renderer()->GetActiveCamera();
    cam->SetFocalPoint(c.x, c.y, c.z);
    const dicom::Vec3 pos = c - dop * 1000.0;
    cam->SetPosition(pos.x, pos.y, pos.z);
    cam->SetViewUp(up.x, up.y, up.z);
    const double aspect = width() > 0 ? double(width()) / std::max(1, height()) : 1.0;
    cam->SetParallelScale(std::max(h / 2, w / 2 / aspect) * 1.02 / m_zoom);
    cam->SetClippingRange(500, 1500);
}

std::optional<double> SliceView::valueAt(int i, int j, int k) const
{
    if (!m_volume || m_volume->components() != 1)
        return std::nullopt;
    const auto& g = m_volume->geometry();
    if (i < 0 || j < 0 || k < 0 || i >= g.columns || j >= g.rows || k >= g.slices || !m_volume->isSliceReady(k))
        return std::nullopt;
    const std::size_t index = std::size_t(j) * std::size_t(g.columns) + std::size_t(i);
    const double stored = dicom::sampleValue(m_volume->sliceData(k), m_volume->sampleType(), index);
    return m_volume->modalityValue(stored);
}

std::optional<dicom::Vec3> SliceView::voxelAt(const QPointF& pos) const
{
    if (!m_volume || width() <= 0 || height() <= 0)
        return std::nullopt;
    const auto& g = m_volume->geometry();
    double fp[3];
    renderer()->GetActiveCamera()->GetFocalPoint(fp);
    const double mm = mmPerPixel();
    const dicom::Vec3 world = dicom::Vec3{fp[0], fp[1], fp[2]} + worldRight() * ((pos.x() - width() / 2.0) * mm) +
                              worldDown() * ((pos.y() - height() / 2.0) * mm);
    dicom::Vec3 v{world.x / g.spacing[0], world.y / g.spacing[1], world.z / g.spacing[2]};
    if (!m_oblique)
        setComponent(v, m_frame.axis, m_slice);
    return v;
}

QPointF SliceView::widgetPointForVoxel(double i, double j, double k) const
{
    if (!m_volume || height() <= 0)
        return {};
    const auto& g = m_volume->geometry();
    // Only the in-plane components matter for where a point is drawn.
    const dicom::Vec3 world{i * g.spacing[0], j * g.spacing[1], std::max(0.0, k) * g.spacing[2]};
    double fp[3];
    renderer()->GetActiveCamera()->GetFocalPoint(fp);
    const dicom::Vec3 d = world - dicom::Vec3{fp[0], fp[1], fp[2]};
    const double mm = mmPerPixel();
    return {width() / 2.0 + d.dot(worldRight()) / mm, height() / 2.0 + d.dot(worldDown()) / mm};
}

std::optional<dicom::Vec3> SliceView::patientPointAt(const QPointF& pos) const
{
    auto v = voxelAt(pos);
    if (!v)
        return std::nullopt;
    return voxelToPatient(m_volume->geometry(), *v);
}

void SliceView::showPatientPoint(const dicom::Vec3& p)
{
    if (!m_volume || !m_volume->geometry().hasPatientGeometry)
        return;
    if (m_oblique) {
        // The plane moves along its normal to pass through p.
        const int before = m_slice;
        m_oblique->point = toWorld(p);
        syncObliqueSlice();
        m_drawing.reset();
        showCurrentSlice();
        if (m_slice != before)
            emit sliceChanged(m_slice);
        return;
    }
    const dicom::Vec3 v = patientToVoxel(m_volume->geometry(), p);
    setSlice(int(std::lround(component(v, m_frame.axis))));
}

void SliceView::centreOnVoxel(const dicom::Vec3& voxel)
{
    if (!m_volume)
        return;
    const auto& g = m_volume->geometry();
    if (m_oblique) {
        // The plane through the voxel, the voxel in the middle of the view.
        m_panRight = m_panDown = 0;
        showPatientPoint(voxelToPatient(g, voxel));
        double fp[3];
        updateCamera();
        renderer()->GetActiveCamera()->GetFocalPoint(fp);
        const dicom::Vec3 d = dicom::Vec3{voxel.x * g.spacing[0], voxel.y * g.spacing[1], voxel.z * g.spacing[2]} -
                              dicom::Vec3{fp[0], fp[1], fp[2]};
        m_panRight = d.dot(worldRight());
        m_panDown = d.dot(worldDown());
        updateCamera();
        refresh();
        return;
    }
    // The unpanned centre of the plane (as updateCamera places it) to the voxel, in mm.
    dicom::Vec3 d;
    setComponent(d, m_frame.rightAxis, (component(voxel, m_frame.rightAxis) - (axisLength(g, m_frame.rightAxis) - 1) / 2.0) *
                                           axisSpacing(g, m_frame.rightAxis));
    setComponent(d, m_frame.downAxis, (component(voxel, m_frame.downAxis) - (axisLength(g, m_frame.downAxis) - 1) / 2.0) *
                                          axisSpacing(g, m_frame.downAxis));
    m_panRight = d.dot(worldRight());
    m_panDown = d.dot(worldDown());
    const int k = std::clamp(int(std::lround(component(voxel, m_frame.axis))), 0, sliceCount() - 1);
    if (k != m_slice) {
        m_slice = k;
        m_drawing.reset();
        showCurrentSlice();
        emit sliceChanged(k);
    } else {
        updateCamera();
        refresh();
    }
}

void SliceView::zoomToFit(const dicom::Vec3& lo, const dicom::Vec3& hi)
{
    if (!m_volume || width() <= 0 || height() <= 0)
        return;
    const auto& g = m_volume->geometry();
    // The box's size on this plane (mm), with half of it again around it,
    // and at least 80 mm so that a small finding keeps its surroundings.
    auto span = [&](int axis) {
        return (std::abs(component(hi, axis) - component(lo, axis)) + 1) * axisSpacing(g, axis) * 1.5;
    };
    const double right = std::max(span(m_frame.rightAxis), 80.0), down = std::max(span(m_frame.downAxis), 80.0);
    // At zoom 1 the view shows the whole image (updateCamera).
    const double w = (axisLength(g, m_frame.rightAxis) - 1) * axisSpacing(g, m_frame.rightAxis);
    const double h = (axisLength(g, m_frame.downAxis) - 1) * axisSpacing(g, m_frame.downAxis);
    const double aspect = double(width()) / std::max(1, height());
    const double scale1 = std::max(h / 2, w / 2 / aspect) * 1.02; // half the visible height at zoom 1
    const double zoom = std::min(2 * scale1 / down, 2 * scale1 * aspect / right);
    m_zoom = std::clamp(zoom, 1.0, 4.0);
    updateCamera();
    refresh();
}

std::optional<ReferencePlane> SliceView::currentPlane() const
{
    if (!m_volume || !m_volume->geometry().hasPatientGeometry)
        return std::nullopt;
    const auto& g = m_volume->geometry();
    if (m_oblique)
        return ReferencePlane{toPatient(m_oblique->point), dirToPatient(m_oblique->right.cross(m_oblique->down)),
                              m_text.frameOfReferenceUid, {}};
    dicom::Vec3 centre{(g.columns - 1) / 2.0, (g.rows - 1) / 2.0, (g.slices - 1) / 2.0};
    setComponent(centre, m_frame.axis, m_slice);
    return ReferencePlane{voxelToPatient(g, centre), axisDirection(g, m_frame.axis), m_text.frameOfReferenceUid, {}};
}

void SliceView::setReferencePlanes(const std::vector<ReferencePlane>& planes)
{
    m_references = planes;
    refresh();
}

QStringList SliceView::edgeLabels() const
{
    if (!m_volume || !m_volume->geometry().hasPatientGeometry)
        return {};
    const auto& g = m_volume->geometry();
    // Oblique planes: the labels of the turned screen axes (e.g. "LP").
    const dicom::Vec3 right = m_oblique ? planeRight() : axisDirection(g, m_frame.rightAxis) * double(m_frame.rightSign);
    const dicom::Vec3 down = m_oblique ? planeDown() : axisDirection(g, m_frame.downAxis) * double(m_frame.downSign);
    return {orientationLabel(right * -1.0), orientationLabel(right), orientationLabel(down * -1.0), orientationLabel(down)};
}

void SliceView::setAiOverlay(std::shared_ptr<const AiOverlay> overlay)
{
    m_aiOverlay = std::move(overlay);
    refreshOverlay();
}

void SliceView::setMessage(const QString& message)
{
    m_message = message;
    refresh();
}

void SliceView::setActive(bool active)
{
    m_active = active;
    refresh();
}

void SliceView::focusInEvent(QFocusEvent* e)
{
    VtkViewport::focusInEvent(e);
    emit activated(this);
}

void SliceView::commitMeasurement()
{
    if (!m_drawing)
        return;
    Measurement m = *m_drawing;
    m_drawing.reset();
    const auto& g = m_volume->geometry();
    // A click without a drag is not a measurement.
    if (m.points.size() >= 2 && distanceMm(g, m.points.front(), m.points[1]) < 0.5 && m.kind != Measurement::Kind::Freehand)
        return;
    if (m.kind == Measurement::Kind::Freehand && m.points.size() < 3)
        return;
    if (!m_measurements)
        m_measurements = std::make_shared<std::vector<Measurement>>();
    m_measurements->push_back(std::move(m));
    emit measurementsChanged();
    refresh();
}

void SliceView::mousePressEvent(QMouseEvent* e)
{
    emit activated(this);
    m_dragButton = e->button();
    m_lastPos = e->position().toPoint();
    if (!m_volume || e->button() != Qt::LeftButton)
        return;
    if (e->modifiers() & Qt::ShiftModifier) {
        if (auto p = patientPointAt(e->position()))
            emit cursorRequested(*p);
        m_dragButton = Qt::NoButton;
        return;
    }
    if (m_tool == Tool::WindowLevel && crosshairGrab(e->position()))
        return;
    const auto v = voxelAt(e->position());
    // Measurements are made on the volume's own planes (an oblique one hides them).
    if (m_tool == Tool::WindowLevel || !v || !currentSliceReady() || m_oblique)
        return;
    if (m_tool == Tool::Angle && m_drawing && m_drawing->points.size() == 3) {
        m_drawing->points[2] = *v;
        commitMeasurement();
        m_dragButton = Qt::NoButton;
        return;
    }
    Measurement m;
    m.kind = m_tool == Tool::Distance ? Measurement::Kind::Distance
             : m_tool == Tool::Angle  ? Measurement::Kind::Angle
             : m_tool == Tool::Ellipse ? Measurement::Kind::Ellipse
                                      : Measurement::Kind::Freehand;
    m.axis = m_frame.axis;
    m.slice = m_slice;
    m.points = {*v, *v};
    m_drawing = m;
}

void SliceView::mouseMoveEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    m_hoverPos = pos;
    const QPoint d = pos - m_lastPos;
    m_lastPos = pos;
    if (!m_volume) {
        return;
    }
    if (m_crossDrag != CrossDrag::None && m_dragButton == Qt::LeftButton) {
        crosshairDrag(e->position());
        return;
    }
    if (m_drawing) {
        if (auto v = voxelAt(e->position())) {
            if (m_drawing->kind == Measurement::Kind::Freehand && m_dragButton == Qt::LeftButton)
                m_drawing->points.push_back(*v);
            else
                m_drawing->points.back() = *v;
        }
        refresh();
        return;
    }
    if (m_dragButton == Qt::LeftButton && m_tool == Tool::WindowLevel) {
        // Sensitivity follows the current width, as in every reading station.
        const double step = std::max(m_width / 256.0, 0.5);
        setWindow(m_center + d.y() * step, std::max(1.0, m_width + d.x() * step));
    } else if (m_dragButton == Qt::RightButton) {
        m_zoom = std::clamp(m_zoom * std::exp(-d.y() * 0.01), 0.05, 50.0);
        updateCamera();
        refresh();
    } else if (m_dragButton == Qt::MiddleButton) {
        m_panRight -= d.x() * mmPerPixel();
        m_panDown -= d.y() * mmPerPixel();
        updateCamera();
        refresh();
    } else {
        if (m_crosshair && m_tool == Tool::WindowLevel) {
            const int grab = crosshairHit(e->position(), nullptr);
            setCursor(grab == 2 ? Qt::SizeAllCursor : grab == 1 ? Qt::OpenHandCursor : Qt::ArrowCursor);
        }
        refreshOverlay(); // the pixel readout follows the mouse
    }
}

int SliceView::crosshairHit(const QPointF& pos, int* view) const
{
    if (!m_crosshair || !m_volume)
        return 0;
    for (const CrosshairHandle& h : m_handles)
        if (QLineF(pos, h.at).length() <= 7) {
            if (view)
                *view = h.view;
            return 2;
        }
    // Near the centre the lines cross: a drag there is window/level, as everywhere else.
    const QPointF c = widgetPointForPatient(*m_crosshair);
    if (QLineF(pos, c).length() <= 24 || !fullyLoaded())
        return 0;
    for (const CrosshairLine& l : m_crossLines) {
        const QPointF u = (l.line.p2() - l.line.p1()) / std::max(1e-9, l.line.length());
        const QPointF d = pos - l.line.p1();
        if (std::abs(d.x() * u.y() - d.y() * u.x()) <= 5) {
            if (view)
                *view = l.view;
            return 1;
        }
    }
    return 0;
}

bool SliceView::crosshairGrab(const QPointF& pos)
{
    int view = -1;
    const int hit = crosshairHit(pos, &view);
    if (hit == 0)
        return false;
    m_crossDrag = hit == 2 ? CrossDrag::Slab : CrossDrag::Rotate;
    m_crossDragView = view;
    const QPointF c = widgetPointForPatient(*m_crosshair);
    m_crossAngle = std::atan2(pos.y() - c.y(), pos.x() - c.x());
    return true;
}

void SliceView::crosshairDrag(const QPointF& pos)
{
    if (!m_crosshair)
        return;
    if (m_crossDrag == CrossDrag::Rotate) {
        // The angle swept around the centre, from the screen's right towards
        // its down: a right-handed turn about right × down.
        const QPointF c = widgetPointForPatient(*m_crosshair);
        const double angle = std::atan2(pos.y() - c.y(), pos.x() - c.x());
        double delta = angle - m_crossAngle;
        delta = std::remainder(delta, 2 * M_PI);
        m_crossAngle = angle;
        if (delta != 0)
            emit crosshairRotated(this, planeRight().cross(planeDown()), delta, true);
        return;
    }
    for (const CrosshairLine& l : m_crossLines) {
        if (l.view != m_crossDragView)
            continue;
        // Twice the distance from the plane's line: the slab is centred on it.
        const QPointF u = (l.line.p2() - l.line.p1()) / std::max(1e-9, l.line.length());
        const QPointF d = pos - l.line.p1();
        emit slabThicknessDragged(l.view, 2 * std::abs(d.x() * u.y() - d.y() * u.x()) * mmPerPixel());
        return;
    }
}

void SliceView::mouseReleaseEvent(QMouseEvent* e)
{
    if (m_drawing && e->button() == Qt::LeftButton) {
        if (m_drawing->kind == Measurement::Kind::Angle && m_drawing->points.size() == 2) {
            m_drawing->points.push_back(m_drawing->points.back()); // now place the second arm
        } else if (m_drawing->kind != Measurement::Kind::Angle) {
            commitMeasurement();
        }
    }
    m_dragButton = Qt::NoButton;
    m_crossDrag = CrossDrag::None;
}

void SliceView::wheelEvent(QWheelEvent* e)
{
    const int notches = e->angleDelta().y() / 120;
    if (notches != 0) {
        beginInteraction();
        setSlice(m_slice - notches);
    }
}

void SliceView::keyPressEvent(QKeyEvent* e)
{
    const int n = sliceCount();
    if (e->key() == Qt::Key_Up || e->key() == Qt::Key_Down || e->key() == Qt::Key_Left || e->key() == Qt::Key_Right ||
        e->key() == Qt::Key_PageUp || e->key() == Qt::Key_PageDown)
        beginInteraction();
    switch (e->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left: setSlice(m_slice - 1); return;
    case Qt::Key_Down:
    case Qt::Key_Right: setSlice(m_slice + 1); return;
    case Qt::Key_PageUp: setSlice(m_slice - std::max(1, n / 10)); return;
    case Qt::Key_PageDown: setSlice(m_slice + std::max(1, n / 10)); return;
    case Qt::Key_Home: setSlice(0); return;
    case Qt::Key_End: setSlice(n - 1); return;
    case Qt::Key_I: setInverted(!m_inverted); return;
    case Qt::Key_R: resetView(); return;
    case Qt::Key_Space: setCine(!cine()); return;
    case Qt::Key_Plus:
    case Qt::Key_Equal: setCineFps(m_fps + 2); return;
    case Qt::Key_Minus: setCineFps(m_fps - 2); return;
    case Qt::Key_M: {
        const Slab next = m_slab == Slab::None ? Slab::Max : m_slab == Slab::Max ? Slab::Min : m_slab == Slab::Min ? Slab::Mean : Slab::None;
        setSlab(next, m_slabMm);
        return;
    }
    case Qt::Key_BracketLeft: setSlab(m_slab, m_slabMm - 2); return;
    case Qt::Key_BracketRight: setSlab(m_slab, m_slabMm + 2); return;
    case Qt::Key_W: setTool(Tool::WindowLevel); return;
    case Qt::Key_D: setTool(Tool::Distance); return;
    case Qt::Key_N: setTool(Tool::Angle); return;
    case Qt::Key_E: setTool(Tool::Ellipse); return;
    case Qt::Key_G: setTool(Tool::Freehand); return;
    case Qt::Key_Escape:
        m_drawing.reset();
        setCine(false);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_measurements && !m_oblique) {
            for (auto it = m_measurements->rbegin(); it != m_measurements->rend(); ++it) {
                if (it->axis == m_frame.axis && it->slice == m_slice) {
                    m_measurements->erase(std::next(it).base());
                    emit measurementsChanged();
                    refresh();
                    break;
                }
            }
        }
        return;
    default: break;
    }
    if (e->key() >= Qt::Key_1 && e->key() <= Qt::Key_8 && !(e->modifiers() & Qt::ControlModifier)) {
        applyPreset(ctPresetKeys().value(e->key() - Qt::Key_1));
        return;
    }
    if (e->key() == Qt::Key_0) {
        applyPreset(QStringLiteral("file1"));
        return;
    }
    VtkViewport::keyPressEvent(e);
}

void SliceView::resizeEvent(QResizeEvent* e)
{
    // The camera first: QOpenGLWidget paints a frame inside its resizeEvent,
    // and everything that maps voxels to pixels until the next frame (mouse,
    // overlay) must already see the new size. Then both layers again.
    updateCamera();
    VtkViewport::resizeEvent(e);
    refresh();
}

void SliceView::prepareFrame()
{
    // The camera follows from the view's state and its size alone; deriving
    // it again for each GL frame and each overlay paint means the image and
    // the AI layers, measurements and corner text over it cannot disagree.
    updateCamera();
}

void SliceView::paintMeasurements(QPainter& p)
{
    auto draw = [&](const Measurement& m, bool preview) {
        if (m.axis != m_frame.axis || m.slice != m_slice || m.points.size() < 2)
            return;
        std::vector<QPointF> pts;
        for (const auto& v : m.points)
            pts.push_back(widgetPointForVoxel(v.x, v.y, v.z));
        p.setPen(QPen(kMeasureColour, 1.5, preview ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        switch (m.kind) {
        case Measurement::Kind::Distance: p.drawLine(pts[0], pts[1]); break;
        case Measurement::Kind::Angle:
            p.drawLine(pts[0], pts[1]);
            if (pts.size() > 2)
                p.drawLine(pts[1], pts[2]);
            break;
        case Measurement::Kind::Ellipse: p.drawEllipse(QRectF(pts[0], pts[1]).normalized()); break;
        case Measurement::Kind::Freehand: {
            QPolygonF poly;
            for (const auto& q : pts)
                poly << q;
            if (preview)
                p.drawPolyline(poly);
            else
                p.drawPolygon(poly);
            break;
        }
        }
        const QString label = describe(*m_volume, m);
        if (!label.isEmpty()) {
            const QPointF at = pts.back() + QPointF(8, 4);
            drawText(p, QRectF(at, QSizeF(260, 60)), Qt::AlignLeft | Qt::AlignTop, label, kMeasureColour);
        }
    };
    if (m_measurements)
        for (const auto& m : *m_measurements)
            draw(m, false);
    if (m_drawing)
        draw(*m_drawing, true);
}

void SliceView::paintReferenceLines(QPainter& p)
{
    m_crossLines.clear();
    m_handles.clear();
    if (!m_volume || !m_volume->geometry().hasPatientGeometry || m_text.frameOfReferenceUid.isEmpty())
        return;
    const auto& g = m_volume->geometry();
    const dicom::Vec3 normal = m_oblique ? dirToPatient(m_oblique->right.cross(m_oblique->down)) : axisDirection(g, m_frame.axis);
    const dicom::Vec3 right = m_oblique ? planeRight() : axisDirection(g, m_frame.rightAxis) * double(m_frame.rightSign);
    const dicom::Vec3 down = m_oblique ? planeDown() : axisDirection(g, m_frame.downAxis) * double(m_frame.downSign);
    const auto centreVoxel = voxelAt(QPointF(width() / 2.0, height() / 2.0));
    if (!centreVoxel)
        return;
    const dicom::Vec3 centre = voxelToPatient(g, *centreVoxel);
    const double mm = mmPerPixel();
    const double w2 = width() / 2.0, h2 = height() / 2.0;
    // The line where this view's plane meets `ref`'s plane moved by `offset` mm along its normal.
    auto lineOf = [&](const ReferencePlane& ref, double offset) {
        // Points of this view's plane on the other plane: c + a*x + b*y = 0.
        const double c = ref.normal.dot(centre - ref.point) - offset;
        const double a = ref.normal.dot(right) * mm, b = ref.normal.dot(down) * mm;
        if (std::abs(b) > std::abs(a))
            return QLineF(0, h2 + (-c - a * -w2) / b, width(), h2 + (-c - a * w2) / b);
        return QLineF(w2 + (-c - b * -h2) / a, 0, w2 + (-c - b * h2) / a, height());
    };
    const bool crosshair = m_crosshair.has_value();
    const QPointF cross = crosshair ? widgetPointForPatient(*m_crosshair) : QPointF();
    for (const ReferencePlane& ref : m_references) {
        if (ref.frameOfReferenceUid != m_text.frameOfReferenceUid || std::abs(ref.normal.dot(normal)) > 0.995)
            continue;
        const QLineF line = lineOf(ref, 0);
        p.setPen(QPen(ref.color, 1, Qt::DashLine));
        p.drawLine(line);
        if (!crosshair || ref.view < 0)
            continue;
        m_crossLines.push_back({line, ref.view});
        // The crosshair: the slab's edges, and a square handle on each side
        // of the centre, at the slab's edge, to drag its thickness.
        const QPointF u = (line.p2() - line.p1()) / std::max(1e-9, line.length());
        const QPointF across(-u.y(), u.x());
        const double half = ref.slabMm > 0 ? ref.slabMm / 2 / mm : 0;
        if (half > 0) {
            p.setPen(QPen(ref.color, 1, Qt::DotLine));
            p.drawLine(lineOf(ref, ref.slabMm / 2));
            p.drawLine(lineOf(ref, -ref.slabMm / 2));
        }
        // Where the line meets this view's crosshair centre (its foot on the line).
        const QPointF foot = line.p1() + u * QPointF::dotProduct(cross - line.p1(), u);
        const double reach = 0.3 * std::min(width(), height());
        p.setPen(QPen(ref.color, 1));
        p.setBrush(QColor(20, 20, 20, 160));
        for (int side : {-1, 1}) {
            const QPointF at = foot + u * (side * reach) + across * (side * std::max(half, 0.0));
            m_handles.push_back({ref.view, at, across * double(side)});
            p.drawRect(QRectF(at - QPointF(4, 4), QSizeF(8, 8)));
        }
        p.setBrush(Qt::NoBrush);
    }
}

void SliceView::paintOverlay(QPainter& p)
{
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setPointSizeF(std::max(8.0, f.pointSizeF()));
    p.setFont(f);
    if (m_active) {
        p.setPen(QPen(QColor(64, 140, 220), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    if (!m_volume) {
        drawText(p, rect(), Qt::AlignCenter | Qt::TextWordWrap,
                 m_message.isEmpty() ? tr("Drag a series here, or open a folder from the File menu") : m_message);
        return;
    }
    const auto& g = m_volume->geometry();

    QStringList topLeft{m_text.patientName, m_text.patientId, m_text.studyDescription, m_text.studyDate};
    QStringList topRight;
    topRight << m_text.seriesDescription;
    QString plane = m_text.modality;
    if (g.hasPatientGeometry)
        plane += QStringLiteral("  ") + (m_oblique ? tr("Oblique") : planeName(axisDirection(g, m_frame.axis)));
    topRight << plane;
    topRight << tr("Im: %1/%2").arg(m_slice + 1).arg(sliceCount());
    if (g.hasPatientGeometry && m_oblique) {
        const dicom::Vec3 n = dirToPatient(m_oblique->right.cross(m_oblique->down));
        topRight << tr("Loc: %1 mm").arg(toPatient(m_oblique->point).dot(n), 0, 'f', 2);
    } else if (g.hasPatientGeometry) {
        const dicom::Vec3 n = axisDirection(g, m_frame.axis);
        dicom::Vec3 v;
        setComponent(v, m_frame.axis, m_slice);
        topRight << tr("Loc: %1 mm").arg(voxelToPatient(g, v).dot(n), 0, 'f', 2);
    }
    if (cine())
        topRight << tr("Cine %1 fps").arg(m_fps);
    if (m_slab != Slab::None)
        topRight << (m_slab == Slab::Max ? tr("MIP %1 mm") : m_slab == Slab::Min ? tr("MinIP %1 mm") : tr("Average %1 mm")).arg(m_slabMm, 0, 'f', 0);
    // What an oblique plane does not show, said where the image is (never drawn misplaced).
    const QStringList notes = obliqueNote().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    topRight << notes;

    QStringList bottomLeft;
    if (m_hoverPos.x() >= 0) {
        if (auto v = voxelAt(m_hoverPos)) {
            const int i = int(std::lround(v->x)), j = int(std::lround(v->y)), k = int(std::lround(v->z));
            if (auto value = valueAt(i, j, k))
                bottomLeft << tr("(%1, %2, %3): %4 %5")
                                  .arg(i)
                                  .arg(j)
                                  .arg(k)
                                  .arg(*value, 0, 'f', m_volume->sampleType() == dicom::SampleType::Float32 ? 2 : 0)
                                  .arg(m_volume->rescaleUnits);
        }
    }
    bottomLeft << tr("Zoom: %1×").arg(m_zoom, 0, 'f', 2);
    bottomLeft << tr("W: %1  L: %2").arg(m_width, 0, 'f', 0).arg(m_center, 0, 'f', 0) + (m_inverted ? tr("  (inverted)") : QString());
    double spacing = axisSpacing(g, m_frame.axis);
    if (m_oblique) {
        double lo = 0;
        int count = 0;
        obliqueRange(lo, spacing, count); // the oblique plane's own step
    }
    const QStringList bottomRight = tr("Sp: %1 mm\n%2×%3")
                                        .arg(spacing, 0, 'f', 2)
                                        .arg(axisLength(g, m_frame.rightAxis))
                                        .arg(axisLength(g, m_frame.downAxis))
                                        .split(QLatin1Char('\n'));

    // Orientation labels and the scale bar's length: the centre column,
    // which the corner text keeps clear of.
    const QStringList labels = g.hasPatientGeometry ? edgeLabels() : QStringList();
    QFont big = f;
    big.setPointSizeF(f.pointSizeF() * 1.3);
    big.setBold(true);
    const QFontMetricsF fm(f), bigFm(big);
    const double mm = mmPerPixel();
    double scaleLength = 1;
    for (double c : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0})
        if (mm > 0 && c / mm <= width() / 5.0)
            scaleLength = c;
    const QString scaleText = tr("%1 mm").arg(scaleLength);
    double centre = fm.horizontalAdvance(scaleText);
    for (const QString& l : labels)
        centre = std::max(centre, bigFm.horizontalAdvance(l));
    const QRectF textArea = QRectF(rect()).adjusted(8, 6, -8, -6);
    const std::vector<TextBlock> blocks =
        layoutCorners(textArea, {topLeft, topRight, bottomLeft, bottomRight}, fm, centre / 2 + 6, bigFm.lineSpacing() + 6,
                      bigFm.lineSpacing() + 40);
    m_textBoxes.clear();
    m_aiBadgeTop = 108;
    for (const TextBlock& b : blocks) {
        m_textBoxes.push_back(b.box);
        if (b.box.top() < height() / 2.0) // under every top block: the badge sits at the left, the blocks may span the width
            m_aiBadgeTop = std::max(m_aiBadgeTop, b.box.bottom() + 6);
    }
    // The orientation labels' places, known before the AI tags are placed so
    // that the tags keep clear of them too.
    std::vector<std::pair<QRectF, QString>> labelBoxes;
    if (g.hasPatientGeometry && labels.size() == 4) {
        const double lh = bigFm.lineSpacing();
        auto place = [&](const QString& text, const QPointF& at, Qt::Alignment align) {
            const double w = std::ceil(bigFm.horizontalAdvance(text));
            const double x = align & Qt::AlignHCenter ? at.x() - w / 2 : align & Qt::AlignRight ? at.x() - w : at.x();
            const double y = align & Qt::AlignVCenter ? at.y() - lh / 2 : align & Qt::AlignBottom ? at.y() - lh : at.y();
            labelBoxes.emplace_back(QRectF(x, y, w, lh), text);
            m_textBoxes.push_back(labelBoxes.back().first);
        };
        place(labels[2], QPointF(width() / 2.0, 10), Qt::AlignHCenter | Qt::AlignTop);
        place(labels[3], QPointF(width() / 2.0, height() - 44), Qt::AlignHCenter | Qt::AlignBottom);
        place(labels[0], QPointF(8, height() / 2.0), Qt::AlignLeft | Qt::AlignVCenter);
        place(labels[1], QPointF(width() - 8, height() / 2.0), Qt::AlignRight | Qt::AlignVCenter);
    }
    const double scaleWidth = std::ceil(fm.horizontalAdvance(scaleText));
    const QRectF scaleBox(width() / 2.0 - scaleWidth / 2, height() - 14 - 22, scaleWidth, 18);
    if (mm > 0)
        m_textBoxes.push_back(scaleBox);

    paintReferenceLines(p);
    // Measurements (and the AI's regions) lie on the volume's own planes; an
    // oblique plane says that it hides them (obliqueNote) instead of drawing them.
    if (m_aiOverlay && currentSliceReady())
        m_aiOverlay->paint(p, *this);
    if (!m_oblique)
        paintMeasurements(p);

    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const TextBlock& b = blocks[i];
        const int n = i == 1 ? int(std::min(notes.size(), b.lines.size())) : 0; // top right: the notes last, in amber
        const double lineH = fm.lineSpacing();
        const QRectF box = b.box.adjusted(-2, 0, 2, 0);
        const int flags = (b.right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
        drawText(p, box, flags, b.lines.mid(0, b.lines.size() - n).join(QLatin1Char('\n')));
        if (n > 0)
            drawText(p, box.adjusted(0, double(b.lines.size() - n) * lineH, 0, 0), flags, b.lines.mid(b.lines.size() - n).join(QLatin1Char('\n')),
                     QColor(255, 190, 60));
    }
    p.setFont(big);
    for (const auto& [box, text] : labelBoxes)
        drawText(p, box.adjusted(-2, 0, 2, 0), Qt::AlignCenter, text);
    p.setFont(f);

    // Scale bar: a round length that spans at most a fifth of the width.
    if (mm > 0) {
        const int px = int(scaleLength / mm);
        const int y = height() - 14, x0 = width() / 2 - px / 2;
        p.setPen(QPen(QColor(235, 235, 220), 2));
        p.drawLine(x0, y, x0 + px, y);
        p.drawLine(x0, y - 5, x0, y + 1);
        p.drawLine(x0 + px, y - 5, x0 + px, y + 1);
        drawText(p, scaleBox.adjusted(-2, 0, 2, 0), Qt::AlignCenter, scaleText);
    }

    if (!currentSliceReady())
        drawText(p, rect(), Qt::AlignCenter,
                 m_frame.axis == 2 ? tr("Loading…") : tr("Loading… %1%").arg(std::min(100, 100 * m_readySlices / std::max(1, g.slices))));
    if (!m_message.isEmpty()) {
        const QRect box = QRect(0, height() / 2 + 20, width(), 70).adjusted(20, 0, -20, 0);
        p.fillRect(box, QColor(120, 30, 20, 210));
        drawText(p, box.adjusted(8, 4, -8, -4), Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

} // namespace custos::ui
