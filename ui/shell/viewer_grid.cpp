// SPDX-License-Identifier: Apache-2.0
#include "ui/shell/viewer_grid.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGridLayout>
#include <QMimeData>

namespace custos::ui {

namespace {
const QColor kViewColours[4] = {QColor(90, 200, 255), QColor(255, 150, 60), QColor(120, 230, 120), QColor(230, 110, 230)};
}

ViewerGrid::ViewerGrid(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(2);
    for (int i = 0; i < 4; ++i) {
        auto* v = new SliceView(this);
        v->setAcceptDrops(true);
        v->installEventFilter(this);
        m_views[std::size_t(i)] = v;
        connect(v, &SliceView::activated, this, &ViewerGrid::setActiveView);
        connect(v, &SliceView::sliceChanged, this, [this, v] { onSliceChanged(v); });
        connect(v, &SliceView::cursorRequested, this, &ViewerGrid::onCursor);
        connect(v, &SliceView::crosshairRotated, this, &ViewerGrid::rotatePlanes);
        connect(v, &SliceView::slabThicknessDragged, this, &ViewerGrid::onSlabDragged);
        connect(v, &SliceView::slabChanged, this, [this] {
            if (m_mpr)
                refreshReferenceLines(); // the other views draw its slab's edges
        });
    }
    m_volumeView = new VolumeView(this);
    m_volumeView->setObjectName(QStringLiteral("volumeView"));
    m_volumeView->hide();
    connect(m_volumeView, &VolumeView::cursorRequested, this, &ViewerGrid::onCursor);
    setLayoutName(QStringLiteral("1x1"));
    setActiveView(m_views[0]);
}

QStringList ViewerGrid::layoutNames()
{
    return {QStringLiteral("1x1"), QStringLiteral("1x2"), QStringLiteral("2x1"), QStringLiteral("2x2"), QStringLiteral("1x3")};
}

bool ViewerGrid::setLayoutName(const QString& name)
{
    // rows x columns
    int rows = 0, cols = 0;
    if (name == QLatin1String("1x1")) rows = 1, cols = 1;
    else if (name == QLatin1String("1x2")) rows = 1, cols = 2;
    else if (name == QLatin1String("2x1")) rows = 2, cols = 1;
    else if (name == QLatin1String("2x2")) rows = 2, cols = 2;
    else if (name == QLatin1String("1x3")) rows = 1, cols = 3;
    else return false;
    if (m_mpr) {
        // Leaving MPR: no view keeps an oblique plane the crosshair no longer shows.
        resetPlanes();
        m_mpr = false;
    }
    m_layout = name;
    m_rows = rows;
    m_visible = rows * cols;
    arrange();
    if (m_active >= m_visible)
        setActiveView(m_views[0]);
    refreshReferenceLines();
    return true;
}

void ViewerGrid::arrange()
{
    int rows = m_rows;
    int cols = m_visible / m_rows;
    if (m_3d) {
        // One more pane: beside a single view or a row, the fourth quarter of MPR's three.
        const int panes = m_visible + 1;
        rows = panes >= 4 ? 2 : 1;
        cols = (panes + rows - 1) / rows;
    }
    for (auto* v : m_views)
        m_grid->removeWidget(v);
    m_grid->removeWidget(m_volumeView);
    for (int i = 0; i < 4; ++i) {
        SliceView* v = m_views[std::size_t(i)];
        if (i < m_visible) {
            m_grid->addWidget(v, i / cols, i % cols);
            v->show();
        } else {
            v->hide();
        }
    }
    if (m_3d) {
        m_grid->addWidget(m_volumeView, m_visible / cols, m_visible % cols);
        m_volumeView->show();
    } else {
        m_volumeView->hide();
    }
}

void ViewerGrid::set3D(bool on)
{
    if (m_3d == on)
        return;
    m_3d = on;
    arrange();
    if (on)
        sync3D();
    else
        m_volumeView->setVolume(nullptr); // nothing of a closed pane stays in memory
}

void ViewerGrid::sync3D()
{
    if (!m_3d)
        return;
    SliceView* v = activeView();
    // The acquisition-plane view of the active volume decides (MPR shows it three times).
    m_volumeView->setVolume(v ? v->sharedVolume() : nullptr);
}

void ViewerGrid::setActiveView(SliceView* view)
{
    for (int i = 0; i < 4; ++i) {
        const bool active = m_views[std::size_t(i)] == view;
        m_views[std::size_t(i)]->setActive(active && m_visible > 1);
        if (active && m_active != i) {
            m_active = i;
            emit activeViewChanged(view);
        }
    }
    sync3D();
}

void ViewerGrid::showMpr(std::shared_ptr<const dicom::Volume> volume, const OverlayText& text,
                         std::shared_ptr<std::vector<Measurement>> measurements)
{
    setLayoutName(QStringLiteral("1x3"));
    const int axes[3] = {2, 1, 0};
    for (int i = 0; i < 3; ++i) {
        m_views[std::size_t(i)]->setVolume(volume, text, axes[i]);
        m_views[std::size_t(i)]->setMeasurements(measurements);
    }
    m_mpr = true;
    setActiveView(m_views[0]);
    sync3D();
    refreshReferenceLines();
}

void ViewerGrid::onSliceChanged(SliceView* source)
{
    if (!m_syncing && m_sync) {
        // Views of the same frame of reference and the same plane follow the
        // patient position of the view being scrolled.
        const auto plane = source->currentPlane();
        if (plane && !plane->frameOfReferenceUid.isEmpty()) {
            m_syncing = true;
            for (int i = 0; i < m_visible; ++i) {
                SliceView* v = m_views[std::size_t(i)];
                if (v == source || !v->volume())
                    continue;
                const auto other = v->currentPlane();
                if (other && other->frameOfReferenceUid == plane->frameOfReferenceUid &&
                    std::abs(other->normal.dot(plane->normal)) > 0.995)
                    v->showPatientPoint(plane->point);
            }
            m_syncing = false;
        }
    }
    refreshReferenceLines();
}

void ViewerGrid::onCursor(const dicom::Vec3& p)
{
    m_syncing = true;
    for (int i = 0; i < m_visible; ++i)
        m_views[std::size_t(i)]->showPatientPoint(p);
    m_syncing = false;
    if (m_3d && m_volumeView->volume())
        m_volumeView->setCursor(p);
    refreshReferenceLines();
}

void ViewerGrid::refreshReferenceLines()
{
    const std::optional<dicom::Vec3> centre = crosshairCentre();
    for (int i = 0; i < 4; ++i) {
        std::vector<ReferencePlane> planes;
        if (i < m_visible) {
            for (int j = 0; j < m_visible; ++j) {
                if (j == i)
                    continue;
                SliceView* other = m_views[std::size_t(j)];
                if (auto p = other->currentPlane()) {
                    p->color = kViewColours[j];
                    if (centre) {
                        p->view = j;
                        p->slabMm = other->slab() == Slab::None ? 0 : other->slabThickness();
                    }
                    planes.push_back(*p);
                }
            }
        }
        m_views[std::size_t(i)]->setCrosshair(i < m_visible ? centre : std::nullopt);
        m_views[std::size_t(i)]->setReferencePlanes(planes);
    }
}

std::optional<dicom::Vec3> ViewerGrid::crosshairCentre() const
{
    if (!m_mpr || m_visible != 3)
        return std::nullopt;
    std::array<ReferencePlane, 3> p;
    for (int i = 0; i < 3; ++i) {
        auto plane = m_views[std::size_t(i)]->currentPlane();
        if (!plane || m_views[std::size_t(i)]->volume() != m_views[0]->volume())
            return std::nullopt;
        p[std::size_t(i)] = *plane;
    }
    // The point on all three planes n·x = n·p (Cramer's rule).
    const dicom::Vec3 &n1 = p[0].normal, &n2 = p[1].normal, &n3 = p[2].normal;
    const double det = n1.dot(n2.cross(n3));
    if (std::abs(det) < 1e-6)
        return std::nullopt;
    const double d1 = n1.dot(p[0].point), d2 = n2.dot(p[1].point), d3 = n3.dot(p[2].point);
    return (n2.cross(n3) * d1 + n3.cross(n1) * d2 + n1.cross(n2) * d3) * (1.0 / det);
}

void ViewerGrid::rotatePlanes(SliceView* source, const dicom::Vec3& axis, double radians, bool interactive)
{
    const std::optional<dicom::Vec3> centre = crosshairCentre();
    if (!centre)
        return;
    // The other two planes turn together, so the three stay perpendicular;
    // the view being dragged keeps its own plane and image.
    for (int i = 0; i < 3; ++i) {
        SliceView* v = m_views[std::size_t(i)];
        if (v == source || !v->rotatePlane(axis, *centre, radians))
            continue;
        if (interactive)
            v->beginInteraction();
    }
    refreshReferenceLines();
}

void ViewerGrid::resetPlanes()
{
    const std::optional<dicom::Vec3> centre = crosshairCentre();
    m_syncing = true;
    for (SliceView* v : m_views)
        v->resetPlane();
    if (centre)
        for (int i = 0; i < m_visible; ++i)
            m_views[std::size_t(i)]->showPatientPoint(*centre);
    m_syncing = false;
    refreshReferenceLines();
}

void ViewerGrid::onSlabDragged(int view, double thicknessMm)
{
    if (view < 0 || view >= m_visible)
        return;
    SliceView* v = m_views[std::size_t(view)];
    // Thinner than a millimetre: the slab is off. A slab made by dragging
    // is a MIP unless a mode was chosen for the view (View → Thick Slab).
    if (thicknessMm < 1.0)
        v->setSlab(Slab::None, v->slabThickness());
    else
        v->setSlab(v->slab() == Slab::None ? Slab::Max : v->slab(), thicknessMm);
    v->beginInteraction(); // while the handle moves
    refreshReferenceLines();
}

bool ViewerGrid::eventFilter(QObject* watched, QEvent* event)
{
    auto* view = qobject_cast<SliceView*>(watched);
    if (!view)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto* e = static_cast<QDragEnterEvent*>(event);
        if (e->mimeData()->hasFormat(QLatin1String(kStackMimeType))) {
            e->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto* e = static_cast<QDropEvent*>(event);
        if (e->mimeData()->hasFormat(QLatin1String(kStackMimeType))) {
            const QString key = QString::fromUtf8(e->mimeData()->data(QLatin1String(kStackMimeType)));
            for (int i = 0; i < 4; ++i)
                if (m_views[std::size_t(i)] == view) {
                    setActiveView(view);
                    emit stackDropped(i, key);
                }
            e->acceptProposedAction();
            return true;
        }
    }
    return false;
}

} // namespace custos::ui
