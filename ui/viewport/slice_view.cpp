#include "ui/viewport/slice_view.h"

#include "ui/viewport/orientation.h"
#include "ui/viewport/presets.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <vtkCamera.h>
#include <vtkDataArray.h>
#include <vtkImageData.h>
#include <vtkImageProperty.h>
#include <vtkImageSlice.h>
#include <vtkImageSliceMapper.h>
#include <vtkLookupTable.h>
#include <vtkPointData.h>
#include <vtkRenderer.h>
#include <vtkType.h>

#include <cmath>

namespace custos::ui {

namespace {

int vtkTypeOf(dicom::SampleType t)
{
    switch (t) {
    case dicom::SampleType::UInt8: return VTK_UNSIGNED_CHAR;
    case dicom::SampleType::Int8: return VTK_SIGNED_CHAR;
    case dicom::SampleType::UInt16: return VTK_UNSIGNED_SHORT;
    case dicom::SampleType::Int16: return VTK_SHORT;
    case dicom::SampleType::UInt32: return VTK_UNSIGNED_INT;
    case dicom::SampleType::Int32: return VTK_INT;
    case dicom::SampleType::Float32: return VTK_FLOAT;
    }
    return VTK_SHORT;
}

template <class T>
double sampleAt(const std::byte* p, std::size_t index) { return double(reinterpret_cast<const T*>(p)[index]); }

void drawText(QPainter& p, const QRect& r, int flags, const QString& text)
{
    p.setPen(QColor(0, 0, 0, 200));
    p.drawText(r.translated(1, 1), flags, text);
    p.setPen(QColor(235, 235, 220));
    p.drawText(r, flags, text);
}

} // namespace

SliceView::SliceView(QWidget* parent)
    : VtkViewport(parent),
      m_mapper(vtkSmartPointer<vtkImageSliceMapper>::New()),
      m_actor(vtkSmartPointer<vtkImageSlice>::New()),
      m_lut(vtkSmartPointer<vtkLookupTable>::New())
{
    m_lut->SetNumberOfTableValues(256);
    m_lut->Build();
    m_mapper->SetOrientationToZ();
    m_actor->SetMapper(m_mapper);
    m_actor->GetProperty()->SetInterpolationTypeToLinear();
    m_actor->VisibilityOff();
    renderer()->AddViewProp(m_actor);
    renderer()->GetActiveCamera()->ParallelProjectionOn();
    setMinimumSize(200, 200);
}

SliceView::~SliceView() = default;

int SliceView::sliceCount() const { return m_volume ? m_volume->geometry().slices : 0; }

void SliceView::setVolume(std::shared_ptr<const dicom::Volume> volume, const OverlayText& text)
{
    m_volume = std::move(volume);
    m_text = text;
    m_message.clear();
    if (!m_volume) {
        m_actor->VisibilityOff();
        update();
        return;
    }
    const dicom::VolumeGeometry& g = m_volume->geometry();
    // Wrap the volume's buffer: VTK reads it in place and never frees it
    // (the shared_ptr above keeps it alive as long as this view shows it).
    m_image = vtkSmartPointer<vtkImageData>::New();
    m_image->SetDimensions(g.columns, g.rows, g.slices);
    m_image->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    m_image->SetOrigin(0, 0, 0);
    vtkSmartPointer<vtkDataArray> scalars;
    scalars.TakeReference(vtkDataArray::CreateDataArray(vtkTypeOf(m_volume->sampleType())));
    scalars->SetNumberOfComponents(m_volume->components());
    scalars->SetVoidArray(const_cast<std::byte*>(m_volume->data()),
                          vtkIdType(m_volume->voxelsPerSlice()) * g.slices * m_volume->components(), 1);
    m_image->GetPointData()->SetScalars(scalars);
    m_mapper->SetInputData(m_image);

    if (!m_volume->windows.empty()) {
        m_center = m_volume->windows.front().center;
        m_width = m_volume->windows.front().width;
    } else if (m_volume->components() == 3) {
        m_center = 127.5;
        m_width = 255;
    } else if (m_volume->rescaleUnits == QLatin1String("HU")) {
        m_center = 40;
        m_width = 400;
    } else {
        m_center = 500; // refined when the first slice arrives (see onSliceReady)
        m_width = 1000;
    }
    m_inverted = m_volume->invertedGrayscale;
    m_slice = g.slices / 2;
    resetView();
    updateProperty();
    showCurrentSlice();
}

void SliceView::onSliceReady(int k)
{
    if (!m_volume)
        return;
    if (k == m_slice) {
        // Without a window from the file, derive one from the first slice shown.
        if (m_volume->windows.empty() && m_volume->components() == 1 && m_volume->rescaleUnits.isEmpty()) {
            double lo = 1e300, hi = -1e300;
            const int step = std::max(1, int(m_volume->voxelsPerSlice() / 65536));
            const auto& g = m_volume->geometry();
            for (int j = 0; j < g.rows; j += 1)
                for (int i = 0; i < g.columns; i += step) {
                    if (auto v = valueAt(i, j, k)) {
                        lo = std::min(lo, *v);
                        hi = std::max(hi, *v);
                    }
                }
            if (hi > lo) {
                m_center = (lo + hi) / 2;
                m_width = hi - lo;
                updateProperty();
            }
        }
        m_image->Modified(); // the displayed slice's texture is re-uploaded
        showCurrentSlice();
    }
    update();
}

void SliceView::showCurrentSlice()
{
    if (!m_volume)
        return;
    m_mapper->SetSliceNumber(m_slice);
    m_actor->SetVisibility(m_volume->isSliceReady(m_slice));
    updateCamera();
    update();
}

void SliceView::setSlice(int k)
{
    if (!m_volume)
        return;
    k = std::clamp(k, 0, sliceCount() - 1);
    if (k == m_slice)
        return;
    m_slice = k;
    showCurrentSlice();
    emit sliceChanged(k);
}

void SliceView::setWindow(double center, double width)
{
    m_center = center;
    m_width = std::max(1e-3, width);
    updateProperty();
    update();
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
    update();
}

void SliceView::updateProperty()
{
    if (!m_volume)
        return;
    // The window is in modality units; the texture holds stored values.
    const double slope = m_volume->rescaleSlope != 0 ? m_volume->rescaleSlope : 1.0;
    const double level = (m_center - m_volume->rescaleIntercept) / slope;
    const double window = m_width / std::abs(slope);
    vtkImageProperty* p = m_actor->GetProperty();
    p->SetColorLevel(level);
    p->SetColorWindow(window);
    if (m_volume->components() == 1) {
        // A grey ramp the window/level maps onto; inverted on request (and
        // for MONOCHROME1 by default).
        const bool invert = m_inverted != (slope < 0);
        m_lut->SetTableRange(0, 1);
        for (int i = 0; i < 256; ++i) {
            const double g = invert ? 1.0 - i / 255.0 : i / 255.0;
            m_lut->SetTableValue(i, g, g, g, 1.0);
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
    m_panX = m_panY = 0;
    updateCamera();
    update();
}

void SliceView::updateCamera()
{
    if (!m_volume)
        return;
    const auto& g = m_volume->geometry();
    const double w = (g.columns - 1) * g.spacing[0], h = (g.rows - 1) * g.spacing[1];
    const double cx = w / 2 + m_panX, cy = h / 2 + m_panY, cz = m_slice * g.spacing[2];
    vtkCamera* cam = renderer()->GetActiveCamera();
    // Look along +k with rows running down the screen, as DICOM displays them.
    cam->SetFocalPoint(cx, cy, cz);
    cam->SetPosition(cx, cy, cz - 1000);
    cam->SetViewUp(0, -1, 0);
    const double aspect = width() > 0 ? double(width()) / std::max(1, height()) : 1.0;
    const double fit = std::max(h / 2, w / 2 / aspect) * 1.02;
    cam->SetParallelScale(fit / m_zoom);
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
    const std::byte* p = m_volume->sliceData(k);
    double stored = 0;
    switch (m_volume->sampleType()) {
    case dicom::SampleType::UInt8: stored = sampleAt<std::uint8_t>(p, index); break;
    case dicom::SampleType::Int8: stored = sampleAt<std::int8_t>(p, index); break;
    case dicom::SampleType::UInt16: stored = sampleAt<std::uint16_t>(p, index); break;
    case dicom::SampleType::Int16: stored = sampleAt<std::int16_t>(p, index); break;
    case dicom::SampleType::UInt32: stored = sampleAt<std::uint32_t>(p, index); break;
    case dicom::SampleType::Int32: stored = sampleAt<std::int32_t>(p, index); break;
    case dicom::SampleType::Float32: stored = sampleAt<float>(p, index); break;
    }
    return m_volume->modalityValue(stored);
}

std::optional<std::array<double, 2>> SliceView::voxelAt(const QPoint& pos) const
{
    if (!m_volume || width() <= 0 || height() <= 0)
        return std::nullopt;
    // Parallel projection: widget pixels map linearly onto the image plane.
    const auto& g = m_volume->geometry();
    vtkCamera* cam = renderer()->GetActiveCamera();
    const double scale = cam->GetParallelScale(); // half the view height, mm
    const double mmPerPixel = 2 * scale / height();
    double fp[3];
    cam->GetFocalPoint(fp);
    const double x = fp[0] + (pos.x() - width() / 2.0) * mmPerPixel;
    const double y = fp[1] + (pos.y() - height() / 2.0) * mmPerPixel;
    return std::array<double, 2>{x / g.spacing[0], y / g.spacing[1]};
}

QPointF SliceView::widgetPointForVoxel(double i, double j) const
{
    if (!m_volume || height() <= 0)
        return {};
    const auto& g = m_volume->geometry();
    vtkCamera* cam = renderer()->GetActiveCamera();
    const double mmPerPixel = 2 * cam->GetParallelScale() / height();
    double fp[3];
    cam->GetFocalPoint(fp);
    return {width() / 2.0 + (i * g.spacing[0] - fp[0]) / mmPerPixel, height() / 2.0 + (j * g.spacing[1] - fp[1]) / mmPerPixel};
}

QStringList SliceView::edgeLabels() const
{
    if (!m_volume || !m_volume->geometry().hasPatientGeometry)
        return {};
    const auto& g = m_volume->geometry();
    return {orientationLabel(g.rowDir * -1.0), orientationLabel(g.rowDir), orientationLabel(g.colDir * -1.0),
            orientationLabel(g.colDir)};
}

void SliceView::setMessage(const QString& message)
{
    m_message = message;
    update();
}

void SliceView::mousePressEvent(QMouseEvent* e)
{
    m_dragButton = e->button();
    m_lastPos = e->position().toPoint();
}

void SliceView::mouseMoveEvent(QMouseEvent* e)
{
    const QPoint pos = e->position().toPoint();
    m_hoverPos = pos;
    const QPoint d = pos - m_lastPos;
    m_lastPos = pos;
    if (!m_volume || m_dragButton == Qt::NoButton) {
        update(); // pixel readout follows the mouse
        return;
    }
    if (m_dragButton == Qt::LeftButton) {
        // Sensitivity follows the current width, as in every reading station.
        const double step = std::max(m_width / 256.0, 0.5);
        setWindow(m_center + d.y() * step, std::max(1.0, m_width + d.x() * step));
    } else if (m_dragButton == Qt::RightButton) {
        m_zoom = std::clamp(m_zoom * std::exp(-d.y() * 0.01), 0.05, 50.0);
        updateCamera();
        update();
    } else if (m_dragButton == Qt::MiddleButton) {
        const double mmPerPixel = 2 * renderer()->GetActiveCamera()->GetParallelScale() / std::max(1, height());
        m_panX -= d.x() * mmPerPixel;
        m_panY -= d.y() * mmPerPixel;
        updateCamera();
        update();
    }
}

void SliceView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragButton = Qt::NoButton;
}

void SliceView::wheelEvent(QWheelEvent* e)
{
    const int notches = e->angleDelta().y() / 120;
    if (notches != 0)
        setSlice(m_slice - notches);
}

void SliceView::keyPressEvent(QKeyEvent* e)
{
    const int n = sliceCount();
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
    default: break;
    }
    static const char* keys[] = {"brain", "subdural", "stroke", "lung", "mediastinum", "abdomen", "liver", "bone"};
    if (e->key() >= Qt::Key_1 && e->key() <= Qt::Key_8) {
        applyPreset(QLatin1String(keys[e->key() - Qt::Key_1]));
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
    VtkViewport::resizeEvent(e);
    updateCamera();
}

void SliceView::paintOverlay(QPainter& p)
{
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont f = font();
    f.setPointSizeF(std::max(8.0, f.pointSizeF()));
    p.setFont(f);
    const QRect r = rect().adjusted(8, 6, -8, -6);
    if (!m_volume) {
        drawText(p, rect(), Qt::AlignCenter, m_message.isEmpty() ? tr("Drop a study here or open one from the File menu") : m_message);
        return;
    }
    const auto& g = m_volume->geometry();

    drawText(p, r, Qt::AlignLeft | Qt::AlignTop,
             QStringList{m_text.patientName, m_text.patientId, m_text.studyDescription, m_text.studyDate}.join(QLatin1Char('\n')));

    QStringList tr_;
    tr_ << m_text.seriesDescription << m_text.modality;
    tr_ << tr("Im: %1/%2").arg(m_slice + 1).arg(g.slices);
    if (g.hasPatientGeometry && std::size_t(m_slice) < m_volume->slicePositions.size())
        tr_ << tr("Loc: %1 mm").arg(m_volume->slicePositions[std::size_t(m_slice)].dot(g.normal), 0, 'f', 2);
    drawText(p, r, Qt::AlignRight | Qt::AlignTop, tr_.join(QLatin1Char('\n')));

    QStringList bl;
    if (m_hoverPos.x() >= 0) {
        if (auto v = voxelAt(m_hoverPos)) {
            const int i = int(std::lround((*v)[0])), j = int(std::lround((*v)[1]));
            if (auto value = valueAt(i, j, m_slice))
                bl << tr("(%1, %2): %3 %4").arg(i).arg(j).arg(*value, 0, 'f', m_volume->sampleType() == dicom::SampleType::Float32 ? 2 : 0).arg(m_volume->rescaleUnits);
        }
    }
    bl << tr("Zoom: %1×").arg(m_zoom, 0, 'f', 2);
    bl << tr("W: %1  L: %2").arg(m_width, 0, 'f', 0).arg(m_center, 0, 'f', 0) + (m_inverted ? tr("  (inverted)") : QString());
    drawText(p, r, Qt::AlignLeft | Qt::AlignBottom, bl.join(QLatin1Char('\n')));

    drawText(p, r, Qt::AlignRight | Qt::AlignBottom,
             tr("Sp: %1 mm\n%2×%3").arg(g.spacing[2], 0, 'f', 2).arg(g.columns).arg(g.rows));

    if (g.hasPatientGeometry) {
        // The patient direction at each edge of the screen.
        const QStringList labels = edgeLabels();
        QFont big = f;
        big.setPointSizeF(f.pointSizeF() * 1.3);
        big.setBold(true);
        p.setFont(big);
        drawText(p, rect().adjusted(0, 10, 0, 0), Qt::AlignHCenter | Qt::AlignTop, labels[2]);
        drawText(p, rect().adjusted(0, 0, 0, -44), Qt::AlignHCenter | Qt::AlignBottom, labels[3]);
        drawText(p, rect().adjusted(8, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, labels[0]);
        drawText(p, rect().adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, labels[1]);
        p.setFont(f);
    }

    // Scale bar: a round length that spans about a fifth of the width.
    const double mmPerPixel = 2 * renderer()->GetActiveCamera()->GetParallelScale() / std::max(1, height());
    if (mmPerPixel > 0) {
        double length = 1;
        for (double c : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0})
            if (c / mmPerPixel <= width() / 5.0)
                length = c;
        const int px = int(length / mmPerPixel);
        const int y = height() - 14, x0 = width() / 2 - px / 2;
        p.setPen(QPen(QColor(235, 235, 220), 2));
        p.drawLine(x0, y, x0 + px, y);
        p.drawLine(x0, y - 5, x0, y + 1);
        p.drawLine(x0 + px, y - 5, x0 + px, y + 1);
        drawText(p, QRect(x0, y - 22, px, 18), Qt::AlignCenter, tr("%1 mm").arg(length));
    }

    if (!m_volume->isSliceReady(m_slice))
        drawText(p, rect(), Qt::AlignCenter, tr("Loading…"));
    if (!m_message.isEmpty()) {
        const QRect box = QRect(0, height() / 2 + 20, width(), 60).adjusted(20, 0, -20, 0);
        p.fillRect(box, QColor(120, 30, 20, 200));
        drawText(p, box, Qt::AlignCenter | Qt::TextWordWrap, m_message);
    }
}

} // namespace custos::ui
