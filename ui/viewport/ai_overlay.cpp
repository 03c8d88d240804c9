// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/ai_overlay.h"

#include "ui/viewport/slice_geometry.h"
#include "ui/viewport/slice_view.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace custos::ui {

namespace {

// How a view's plane walks through a volume laid out as dicom::Volume.
struct PlaneWalk
{
    int width = 0, height = 0; // along the view's right and down axes
    std::size_t base = 0, du = 0, dv = 0;
};

PlaneWalk planeWalk(const dicom::VolumeGeometry& g, const DisplayFrame& f, int slice)
{
    const std::array<std::size_t, 3> stride{1, std::size_t(g.columns), std::size_t(g.columns) * std::size_t(g.rows)};
    PlaneWalk w;
    w.width = axisLength(g, f.rightAxis);
    w.height = axisLength(g, f.downAxis);
    w.base = std::size_t(slice) * stride[std::size_t(f.axis)];
    w.du = stride[std::size_t(f.rightAxis)];
    w.dv = stride[std::size_t(f.downAxis)];
    return w;
}

dicom::Vec3 voxelOf(const DisplayFrame& f, double u, double v, int slice)
{
    dicom::Vec3 p;
    setComponent(p, f.rightAxis, u);
    setComponent(p, f.downAxis, v);
    setComponent(p, f.axis, slice);
    return p;
}

// Image pixel (x, y) of a plane image covers voxels [u - 0.5, u + 0.5]: the
// transform from image coordinates to the widget.
QTransform planeTransform(const SliceView& view)
{
    const DisplayFrame& f = view.displayFrame();
    const int s = view.slice();
    auto w = [&](double u, double v) {
        const dicom::Vec3 p = voxelOf(f, u, v, s);
        return view.widgetPointForVoxel(p.x, p.y, p.z);
    };
    const QPointF p0 = w(0, 0), du = w(1, 0) - p0, dv = w(0, 1) - p0;
    return QTransform(du.x(), du.y(), dv.x(), dv.y(), p0.x() - 0.5 * (du.x() + dv.x()), p0.y() - 0.5 * (du.y() + dv.y()));
}

// The first visible segment at a voxel (plane order), 0 for none.
int visibleSegmentAt(const AiSegmentLayer& layer, std::size_t voxel)
{
    const ai::LabelVolume& lv = *layer.labels;
    for (int p = 0; p < lv.planeCount(); ++p) {
        const int s = lv.plane(p)[voxel];
        if (s == 0)
            break;
        auto it = layer.segments.find(s);
        if (it != layer.segments.end() && it->second.visible)
            return s;
    }
    for (const auto& [number, display] : layer.segments)
        if (display.visible && lv.isFractional(number) && lv.probability(number)[voxel] > ai::LabelVolume::kFractionalThreshold)
            return number;
    return 0;
}

// A warm colour map (dark red → yellow → white) for probabilities.
QRgb heatColour(double t, double alpha)
{
    t = std::clamp(t, 0.0, 1.0);
    const double r = std::clamp(t * 2.2, 0.0, 1.0);
    const double g = std::clamp(t * 2.2 - 0.8, 0.0, 1.0);
    const double b = std::clamp(t * 3.0 - 2.0, 0.0, 1.0);
    const int a = int(std::clamp(alpha, 0.0, 1.0) * 255);
    return qPremultiply(qRgba(int(r * 255), int(g * 255), int(b * 255), a));
}

// The same ramp in grey, fainter: a heatmap of a model the site does not approve.
QRgb greyHeatColour(double t, double alpha)
{
    t = std::clamp(t, 0.0, 1.0);
    const int v = int(90 + 150 * t);
    const int a = int(std::clamp(alpha * 0.7, 0.0, 1.0) * 255);
    return qPremultiply(qRgba(v, v, v, a));
}

QRgb heatPixel(const AiHeatmapLayer& layer, double t)
{
    return layer.unapproved ? greyHeatColour(t, 0.35 + 0.65 * t) : heatColour(t, 0.35 + 0.65 * t);
}

// A segment's colour in the images (and the key its edges and bounds are
// found by): its own, or its grey when its model is not approved; fainter
// when rejected in the review, and fainter still when not approved (the
// fill is a hint of where it is, the grey outline says whose it is).
QRgb segmentKey(const AiSegmentDisplay& d)
{
    QColor c = d.unapproved ? unapprovedSegmentColour(d.number) : d.colour;
    c.setAlphaF((d.dimmed ? 0.35 : 1.0) * (d.unapproved ? 0.55 : 1.0));
    return qPremultiply(c.rgba());
}

// Outlines along the pixel edges where the colour changes (the contours;
// in filled mode a thin edge marks where the AI put the boundary). The
// colours in `dashed` get every other pair of pixel edges: a dashed line,
// which a grey outline needs to be told from an edge of the grey anatomy.
void traceEdges(const QImage& img, std::map<QRgb, QPainterPath>& edges, std::map<QRgb, QRectF>& bounds, const QSet<QRgb>& dashed)
{
    const int w = img.width(), h = img.height();
    for (int y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        const auto* above = y > 0 ? reinterpret_cast<const QRgb*>(img.constScanLine(y - 1)) : nullptr;
        const auto* below = y + 1 < h ? reinterpret_cast<const QRgb*>(img.constScanLine(y + 1)) : nullptr;
        QPainterPath* path = nullptr;
        QRgb current = 0;
        for (int x = 0; x < w; ++x) {
            const QRgb a = line[x];
            if (a == 0)
                continue;
            if (!path || a != current) {
                path = &edges[a];
                current = a;
            }
            QRectF& b = bounds[a];
            b = b.isNull() ? QRectF(x, y, 1, 1) : b.united(QRectF(x, y, 1, 1));
            if (((x + y) / 2) % 2 == 1 && dashed.contains(a))
                continue;
            if (x + 1 >= w || line[x + 1] != a) { path->moveTo(x + 1, y); path->lineTo(x + 1, y + 1); }
            if (x == 0 || line[x - 1] != a) { path->moveTo(x, y); path->lineTo(x, y + 1); }
            if (!below || below[x] != a) { path->moveTo(x, y + 1); path->lineTo(x + 1, y + 1); }
            if (!above || above[x] != a) { path->moveTo(x, y); path->lineTo(x + 1, y); }
        }
    }
}

// The colours of a layer's segments by number, as drawn.
std::array<QRgb, 256> segmentColours(const AiSegmentLayer& layer)
{
    std::array<QRgb, 256> colours{};
    for (const auto& [number, d] : layer.segments)
        colours[std::size_t(number & 0xff)] = segmentKey(d);
    return colours;
}

// An image on an oblique plane's grid: each pixel from the voxel nearest its
// centre (pixel(index) gives its colour, 0 for none; outside the volume: none).
template <class Pixel>
QImage sampleGrid(const dicom::VolumeGeometry& g, const dicom::Vec3& origin, const dicom::Vec3& right, const dicom::Vec3& down,
                  double step, int width, int height, Pixel pixel)
{
    QImage img(width, height, QImage::Format_ARGB32_Premultiplied);
    if (img.isNull())
        return {};
    img.fill(Qt::transparent);
    // Voxel coordinates are affine in the grid's: walk them by their steps.
    const dicom::Vec3 v0 = patientToVoxel(g, origin);
    const dicom::Vec3 dx = patientToVoxel(g, origin + right * step) - v0;
    const dicom::Vec3 dy = patientToVoxel(g, origin + down * step) - v0;
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        dicom::Vec3 v = v0 + dy * double(y);
        for (int x = 0; x < width; ++x, v = v + dx) {
            const long i = std::lround(v.x), j = std::lround(v.y), k = std::lround(v.z);
            if (i < 0 || j < 0 || k < 0 || i >= g.columns || j >= g.rows || k >= g.slices)
                continue;
            line[x] = pixel((std::size_t(k) * std::size_t(g.rows) + std::size_t(j)) * std::size_t(g.columns) + std::size_t(i));
        }
    }
    return img;
}

QString tagText(const QString& label, const QString& model, bool unapproved = false)
{
    const QString text = model.isEmpty() ? label : label + QStringLiteral(" · ") + model;
    return unapproved ? text + QStringLiteral(" · ") + notApprovedText() : text;
}

} // namespace

QColor unapprovedColour()
{
    return QColor(150, 150, 150);
}

QColor unapprovedSegmentColour(int number)
{
    // Neutral greys, a step apart for neighbouring segment numbers.
    const int v = 165 + (number * 29) % 70;
    return QColor(v, v, v);
}

QString notApprovedText()
{
    return QCoreApplication::translate("AiOverlay", "not approved");
}

void paintAiTag(QPainter& p, const QRectF& target, const QString& text, const QColor& colour, std::vector<QRectF>* taken)
{
    p.save();
    QFont f = p.font();
    f.setPointSizeF(std::max(7.5, f.pointSizeF() * 0.9));
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double badgeWidth = fm.horizontalAdvance(QStringLiteral("AI")) + 8;
    const QSizeF size(badgeWidth + 4 + fm.horizontalAdvance(text) + 8, fm.height() + 2);
    const double w = p.device() ? p.device()->width() : 1e9, h = p.device() ? p.device()->height() : 1e9;
    // On the segment's outer side: a tag at the inner corner of a lung (above
    // right of the right lung, which the image shows on its left) sits on
    // the mediastinum and reads as a label of the trachea.
    const QPointF right[] = {{target.right() + 2, target.top() - size.height() - 2}, {target.right() + 2, target.bottom() + 2}};
    const QPointF left[] = {{target.left() - size.width() - 2, target.top() - size.height() - 2},
                            {target.left() - size.width() - 2, target.bottom() + 2}};
    const bool leftHalf = target.center().x() < w / 2;
    const QPointF candidates[] = {leftHalf ? left[0] : right[0], leftHalf ? left[1] : right[1],
                                  leftHalf ? right[0] : left[0], leftHalf ? right[1] : left[1]};
    std::optional<QRectF> place;
    for (QPointF at : candidates) {
        // Kept inside the view.
        at.setX(std::clamp(at.x(), 4.0, std::max(4.0, w - 4 - size.width())));
        at.setY(std::clamp(at.y(), 2.0, std::max(2.0, h - 2 - size.height())));
        const QRectF r(at, size);
        const bool free = !taken || std::none_of(taken->begin(), taken->end(), [&](const QRectF& o) { return o.intersects(r); });
        if (free) {
            place = r;
            break;
        }
    }
    if (!place) {
        p.restore();
        return;
    }
    if (taken)
        taken->push_back(*place);
    const QRectF badge(place->topLeft(), QSizeF(badgeWidth, size.height()));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(colour.red(), colour.green(), colour.blue(), 230));
    p.drawRoundedRect(badge, 3, 3);
    p.setPen(colour.lightnessF() > 0.6 ? QColor(20, 20, 20) : QColor(255, 255, 255));
    p.drawText(badge, Qt::AlignCenter, QStringLiteral("AI"));
    f.setBold(false);
    p.setFont(f);
    const QRectF textBox(badge.right() + 4, badge.top(), fm.horizontalAdvance(text) + 8, badge.height());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 150));
    p.drawRoundedRect(textBox, 3, 3);
    p.setPen(QColor(240, 240, 240));
    p.drawText(textBox, Qt::AlignCenter, text);
    p.restore();
}

void AiOverlay::setLayers(const dicom::Volume* volume, AiVolumeLayers layers)
{
    m_layers[volume] = std::move(layers);
    invalidate();
}

void AiOverlay::clear()
{
    m_layers.clear();
    m_cache.clear();
    invalidate();
}

AiVolumeLayers* AiOverlay::layers(const dicom::Volume* volume)
{
    auto it = m_layers.find(volume);
    return it == m_layers.end() ? nullptr : &it->second;
}

const AiVolumeLayers* AiOverlay::layers(const dicom::Volume* volume) const
{
    auto it = m_layers.find(volume);
    return it == m_layers.end() ? nullptr : &it->second;
}

void AiOverlay::setStyle(const AiOverlayStyle& style)
{
    m_style = style;
    invalidate();
}

QImage AiOverlay::segmentImage(const AiSegmentLayer& layer, int axis, int slice) const
{
    const dicom::VolumeGeometry& g = layer.labels->geometry();
    const DisplayFrame f = displayFrameFor(g, axis);
    if (slice < 0 || slice >= axisLength(g, axis))
        return {};
    const PlaneWalk w = planeWalk(g, f, slice);
    QImage img(w.width, w.height, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    const std::array<QRgb, 256> colours = segmentColours(layer);
    for (int v = 0; v < w.height; ++v) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(v));
        std::size_t voxel = w.base + std::size_t(v) * w.dv;
        for (int u = 0; u < w.width; ++u, voxel += w.du) {
            const int s = visibleSegmentAt(layer, voxel);
            if (s != 0)
                line[u] = colours[std::size_t(s)];
        }
    }
    return img;
}

const AiOverlay::CacheEntry& AiOverlay::cached(const SliceView& view, const AiVolumeLayers& layers) const
{
    CacheEntry& c = m_cache[&view];
    const int axis = view.displayFrame().axis, slice = view.slice();
    const bool oblique = view.isOblique();
    const auto plane = oblique ? view.currentPlane() : std::nullopt;
    const dicom::Vec3 right = oblique ? view.planeRight() : dicom::Vec3{}, down = oblique ? view.planeDown() : dicom::Vec3{};
    auto same = [](const dicom::Vec3& a, const dicom::Vec3& b) { return a.x == b.x && a.y == b.y && a.z == b.z; };
    if (c.version == m_version && c.oblique == oblique &&
        (oblique ? plane && same(c.planePoint, plane->point) && same(c.planeRight, right) && same(c.planeDown, down)
                 : c.axis == axis && c.slice == slice))
        return c;
    c = CacheEntry{};
    c.axis = axis;
    c.slice = slice;
    c.version = m_version;
    c.oblique = oblique;
    if (oblique && plane && view.volume()) {
        // The grid covers the whole volume's cut by the plane, a voxel's smallest spacing apart.
        const dicom::VolumeGeometry& g = view.volume()->geometry();
        c.planePoint = plane->point;
        c.planeRight = right;
        c.planeDown = down;
        double umin = 1e300, umax = -1e300, vmin = 1e300, vmax = -1e300;
        for (int corner = 0; corner < 8; ++corner) {
            const dicom::Vec3 v{corner & 1 ? g.columns - 1.0 : 0.0, corner & 2 ? g.rows - 1.0 : 0.0, corner & 4 ? g.slices - 1.0 : 0.0};
            const dicom::Vec3 d = voxelToPatient(g, v) - plane->point;
            umin = std::min(umin, d.dot(right)), umax = std::max(umax, d.dot(right));
            vmin = std::min(vmin, d.dot(down)), vmax = std::max(vmax, d.dot(down));
        }
        c.grid.step = std::max(1e-3, std::min({g.spacing[0], g.spacing[1], g.spacing[2]}));
        c.grid.width = std::clamp(int(std::ceil((umax - umin) / c.grid.step)) + 1, 1, 4096);
        c.grid.height = std::clamp(int(std::ceil((vmax - vmin) / c.grid.step)) + 1, 1, 4096);
        c.grid.origin = plane->point + right * umin + down * vmin;
        c.grid.right = right;
        c.grid.down = down;
    }
    const PlaneGrid& grid = c.grid;
    for (const AiSegmentLayer& layer : layers.segments) {
        CacheEntry::Segments seg;
        if (oblique) {
            const std::array<QRgb, 256> colours = segmentColours(layer);
            seg.image = grid.width > 0 ? sampleGrid(layer.labels->geometry(), grid.origin, grid.right, grid.down, grid.step, grid.width,
                                                    grid.height, [&](std::size_t voxel) {
                                                        const int s = visibleSegmentAt(layer, voxel);
                                                        return s != 0 ? colours[std::size_t(s & 0xff)] : QRgb(0);
                                                    })
                                       : QImage();
        } else {
            seg.image = segmentImage(layer, axis, slice);
        }
        QSet<QRgb> dashed; // the outlines of segments whose model is not approved
        for (const auto& [number, d] : layer.segments)
            if (d.unapproved)
                dashed.insert(segmentKey(d));
        traceEdges(seg.image, seg.edges, seg.bounds, dashed);
        seg.fill = seg.image;
        if (m_style.outlineSmall) {
            QSet<QRgb>& outlined = seg.outlined;
            for (const auto& [number, d] : layer.segments)
                if (d.outlineOnly)
                    outlined.insert(segmentKey(d));
            if (!outlined.isEmpty() && !seg.fill.isNull())
                for (int y = 0; y < seg.fill.height(); ++y) {
                    auto* line = reinterpret_cast<QRgb*>(seg.fill.scanLine(y));
                    for (int x = 0; x < seg.fill.width(); ++x)
                        if (outlined.contains(line[x]))
                            line[x] = 0;
                }
        }
        c.segments.push_back(std::move(seg));
    }
    for (const AiHeatmapLayer& layer : layers.heatmaps) {
        const ai::HeatmapVolume& hm = *layer.heatmap;
        const dicom::VolumeGeometry& g = hm.geometry();
        if (oblique) {
            const double lo = hm.minimum, range = std::max(1e-12, double(hm.maximum - hm.minimum));
            QImage img;
            if (layer.visible && grid.width > 0)
                img = sampleGrid(g, grid.origin, grid.right, grid.down, grid.step, grid.width, grid.height, [&](std::size_t voxel) {
                    const double t = (double(hm.data()[voxel]) - lo) / range;
                    return t >= m_style.heatmapThreshold && t > 0 ? heatPixel(layer, t) : QRgb(0);
                });
            c.heatmapImages.push_back(std::move(img));
            continue;
        }
        const PlaneWalk w = planeWalk(g, displayFrameFor(g, axis), slice);
        QImage img(w.width, w.height, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::transparent);
        const double lo = hm.minimum, range = std::max(1e-12, double(hm.maximum - hm.minimum));
        if (layer.visible) {
            for (int v = 0; v < w.height; ++v) {
                auto* line = reinterpret_cast<QRgb*>(img.scanLine(v));
                std::size_t voxel = w.base + std::size_t(v) * w.dv;
                for (int u = 0; u < w.width; ++u, voxel += w.du) {
                    const double t = (double(hm.data()[voxel]) - lo) / range;
                    if (t >= m_style.heatmapThreshold && t > 0)
                        line[u] = heatPixel(layer, t);
                }
            }
        }
        c.heatmapImages.push_back(std::move(img));
    }
    return c;
}

QTransform AiOverlay::transformFor(const SliceView& view, const CacheEntry& c) const
{
    if (!c.oblique)
        return planeTransform(view);
    // As planeTransform: image pixel (x, y) covers the grid point ± half a step.
    const PlaneGrid& g = c.grid;
    auto w = [&](double x, double y) { return view.widgetPointForPatient(g.origin + g.right * (x * g.step) + g.down * (y * g.step)); };
    const QPointF p0 = w(0, 0), du = w(1, 0) - p0, dv = w(0, 1) - p0;
    return QTransform(du.x(), du.y(), dv.x(), dv.y(), p0.x() - 0.5 * (du.x() + dv.x()), p0.y() - 0.5 * (du.y() + dv.y()));
}

void AiOverlay::paint(QPainter& p, const SliceView& view) const
{
    const dicom::Volume* volume = view.volume();
    const AiVolumeLayers* layers = volume && m_shown ? this->layers(volume) : nullptr;
    if (!layers)
        return;
    const CacheEntry& c = cached(view, *layers);
    const QTransform t = transformFor(view, c);
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (const QImage& img : c.heatmapImages) {
        p.setTransform(t);
        p.setOpacity(std::clamp(m_style.opacity * 1.4, 0.0, 1.0));
        p.drawImage(QPointF(0, 0), img);
    }
    p.restore();
    // Tags only where there is room for them: small views show the outlines alone.
    std::vector<QRectF> tags = view.textBoxes(); // tags keep clear of the corner text
    std::vector<QRectF>* tagList = m_style.labels && view.width() >= 320 && view.height() >= 240 ? &tags : nullptr;
    paintSegments(p, view, *layers, c, tagList);
    // Regions (boxes, polylines, points) lie on the volume's own planes: an
    // oblique plane leaves them out, and says so (SliceView::obliqueNote).
    if (!view.isOblique())
        paintShapes(p, view, *layers, tagList);
    if (!tagList && view.width() >= 140) {
        // Without room for tags, one badge still says the colours are the AI's.
        // A model the site does not approve is named as such, and when all are, the badge is grey.
        QStringList models;
        bool anyApproved = false;
        int unapprovedModels = 0;
        auto add = [&](const QString& m, bool unapproved) {
            anyApproved = anyApproved || !unapproved;
            const QString name = unapproved ? m + QStringLiteral(" · ") + notApprovedText() : m;
            if (!m.isEmpty() && !models.contains(name)) {
                models << name;
                unapprovedModels += unapproved ? 1 : 0;
            }
        };
        for (const AiSegmentLayer& l : layers->segments)
            for (const bool unapproved : {false, true})
                if (std::any_of(l.segments.begin(), l.segments.end(),
                                [&](const auto& s) { return s.second.visible && s.second.unapproved == unapproved; }))
                    add(l.model, unapproved);
        for (const AiHeatmapLayer& l : layers->heatmaps)
            if (l.visible)
                add(l.model, l.unapproved);
        if (!models.isEmpty()) {
            // Under the corner text, never over it; the place it takes is the view's too.
            std::vector<QRectF> taken = view.textBoxes();
            const std::size_t before = taken.size();
            // In a narrow pane the model's name is shortened, never cut off at the edge.
            QFont f = p.font();
            f.setPointSizeF(std::max(7.5, f.pointSizeF() * 0.9));
            const QFontMetricsF fm(f);
            const double room = view.width() - 8 - (QFontMetricsF(QFont(f.family(), -1, QFont::Bold)).horizontalAdvance(QStringLiteral("AI")) + 8) - 4 - 8 - 6;
            QString many = QStringLiteral("%1 × AI").arg(models.size());
            if (!anyApproved)
                many += QStringLiteral(" · ") + notApprovedText();
            else if (unapprovedModels > 0) // a blue badge must not vouch for them all
                many += QStringLiteral(" · ") + QCoreApplication::translate("AiOverlay", "%n not approved", nullptr, unapprovedModels);
            const QString text = fm.elidedText(models.size() == 1 ? models.front() : many, Qt::ElideRight, std::max(0.0, room));
            paintAiTag(p, QRectF(4, view.aiBadgeTop() - 2, 0, 0), text, anyApproved ? QColor(56, 189, 248) : unapprovedColour(), &taken);
            if (taken.size() > before)
                view.addTextBox(taken.back());
        }
    }
}

void AiOverlay::paintSegments(QPainter& p, const SliceView& view, const AiVolumeLayers& layers, const CacheEntry& c,
                              std::vector<QRectF>* tags) const
{
    const QTransform t = transformFor(view, c);
    for (std::size_t l = 0; l < layers.segments.size() && l < c.segments.size(); ++l) {
        const QImage& img = c.segments[l].image;
        if (img.isNull())
            continue;
        if (m_style.filled) {
            p.save();
            p.setTransform(t);
            p.setRenderHint(QPainter::SmoothPixmapTransform, false);
            p.setOpacity(m_style.opacity);
            p.drawImage(QPointF(0, 0), c.segments[l].fill);
            p.restore();
        }
        const auto& edges = c.segments[l].edges;
        const auto& bounds = c.segments[l].bounds;
        const AiSegmentLayer& layer = layers.segments[l];
        for (const auto& [rgb, path] : edges) {
            const QColor colour = QColor::fromRgba(qUnpremultiply(rgb));
            // Filled segments get a thin edge; outlines (contour mode, small findings) a full one.
            const bool thin = m_style.filled && !c.segments[l].outlined.contains(rgb);
            QPen pen(QColor(colour.red(), colour.green(), colour.blue(), thin ? 200 : 255), thin ? 1.0 : 2.0);
            pen.setCosmetic(true);
            p.save();
            p.setTransform(t);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.restore();
        }
        if (!tags)
            continue;
        for (const auto& [number, d] : layer.segments) {
            if (!d.visible)
                continue;
            auto b = bounds.find(segmentKey(d));
            if (b == bounds.end())
                continue;
            const QRectF r = t.mapRect(b->second);
            // Above and right of the segment, never over it.
            paintAiTag(p, r, tagText(d.label, layer.model, d.unapproved), d.unapproved ? unapprovedColour() : d.colour, tags);
        }
    }
}

void AiOverlay::paintShapes(QPainter& p, const SliceView& view, const AiVolumeLayers& layers, std::vector<QRectF>* tags) const
{
    const DisplayFrame& f = view.displayFrame();
    const int s = view.slice();
    auto w = [&](const dicom::Vec3& v) { return view.widgetPointForVoxel(v.x, v.y, v.z); };
    for (const AiShape& shape : layers.shapes) {
        if (!shape.visible || shape.points.empty())
            continue;
        std::vector<QPointF> pts;
        if (shape.box3D) {
            if (shape.points.size() < 2)
                continue;
            const double lo = std::min(component(shape.points[0], f.axis), component(shape.points[1], f.axis));
            const double hi = std::max(component(shape.points[0], f.axis), component(shape.points[1], f.axis));
            if (s < lo - 0.5 || s > hi + 0.5)
                continue;
            const double u0 = component(shape.points[0], f.rightAxis), u1 = component(shape.points[1], f.rightAxis);
            const double v0 = component(shape.points[0], f.downAxis), v1 = component(shape.points[1], f.downAxis);
            for (auto [u, v] : {std::pair{u0, v0}, {u1, v0}, {u1, v1}, {u0, v1}}) {
                const dicom::Vec3 q = voxelOf(f, u, v, s);
                pts.push_back(w(q));
            }
        } else {
            bool onPlane = true;
            for (const auto& q : shape.points)
                onPlane = onPlane && std::abs(component(q, f.axis) - s) <= 0.5 + 1e-6;
            if (!onPlane)
                continue;
            for (const auto& q : shape.points)
                pts.push_back(w(q));
        }
        QColor colour = shape.unapproved ? unapprovedColour() : shape.colour.isValid() ? shape.colour : QColor(56, 189, 248);
        if (shape.unapproved)
            colour.setAlphaF(shape.dimmed ? 0.3 : 0.75);
        else if (shape.dimmed)
            colour.setAlphaF(0.4);
        QPen pen(colour, shape.selected ? 3.0 : 2.0, Qt::DashLine);
        p.save();
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        QRectF box;
        switch (shape.type) {
        case ai::GraphicType::Point:
        case ai::GraphicType::Multipoint:
            for (const QPointF& q : pts) {
                p.drawEllipse(q, 5, 5);
                p.drawLine(q - QPointF(8, 0), q - QPointF(3, 0));
                p.drawLine(q + QPointF(3, 0), q + QPointF(8, 0));
                box = box.isNull() ? QRectF(q - QPointF(5, 5), QSizeF(10, 10)) : box.united(QRectF(q - QPointF(5, 5), QSizeF(10, 10)));
            }
            break;
        case ai::GraphicType::Circle:
            if (pts.size() >= 2) {
                const double r = QLineF(pts[0], pts[1]).length();
                p.drawEllipse(pts[0], r, r);
                box = QRectF(pts[0] - QPointF(r, r), QSizeF(2 * r, 2 * r));
            }
            break;
        case ai::GraphicType::Ellipse:
            if (pts.size() >= 4) {
                const QPointF c = (pts[0] + pts[1]) / 2;
                const double a = QLineF(pts[0], pts[1]).length() / 2, b = QLineF(pts[2], pts[3]).length() / 2;
                const double angle = std::atan2(pts[1].y() - pts[0].y(), pts[1].x() - pts[0].x()) * 180.0 / M_PI;
                p.translate(c);
                p.rotate(angle);
                p.drawEllipse(QPointF(0, 0), a, b);
                p.resetTransform();
                const double r = std::max(a, b);
                box = QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r));
            }
            break;
        case ai::GraphicType::Box:
            if (pts.size() == 2) {
                const QPointF a = pts[0], b = pts[1];
                pts = {a, QPointF(b.x(), a.y()), b, QPointF(a.x(), b.y())};
            }
            [[fallthrough]];
        case ai::GraphicType::Polygon:
        case ai::GraphicType::Polyline: {
            QPolygonF poly;
            for (const QPointF& q : pts)
                poly << q;
            if (shape.type == ai::GraphicType::Polyline)
                p.drawPolyline(poly);
            else
                p.drawPolygon(poly);
            box = poly.boundingRect();
            break;
        }
        }
        p.restore();
        if (tags && !box.isNull())
            paintAiTag(p, box, tagText(shape.label, shape.model, shape.unapproved), colour, tags);
    }
}

} // namespace custos::ui
