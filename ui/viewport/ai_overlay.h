// SPDX-License-Identifier: Apache-2.0
#pragma once
// AI results drawn over the image of a SliceView: segments (filled or as
// contours, from a LabelVolume on the volume's grid), heatmaps (a colour map
// with threshold and opacity), and regions (SR SCOORD/SCOORD3D, vendor JSON
// boxes and polygons, presentation-state graphics) in voxel coordinates.
//
// Everything the AI drew looks like the AI drew it: dashed outlines, a small
// "AI" badge and the model's name on every label, so it is never mistaken for
// a measurement a person made (those are solid and yellow).
//
// What a model the site's AI registry does not approve (not registered, not
// at an allowed version, BAA expired) found is drawn grey: segments as grey
// outlines over a faint grey fill, heatmaps as a grey ramp, regions in grey,
// 3D surfaces grey, and every tag of it grey and saying "not approved". The
// colours the radiologist reads as the AI's are kept for approved models.
//
// One overlay serves every view; the layers are bound to the volume they lie
// on, and a view draws the layers of the volume it shows, on whatever axis
// and slice it shows (reformats sample the label volume along their plane;
// oblique MPR planes sample segments and heatmaps at the nearest voxel, and
// leave out regions: boxes and marks lie on the volume's own planes).

#include "core/ai/finding.h"
#include "core/ai/label_volume.h"
#include "core/ai/parametric_map_reader.h"
#include "core/dicom/volume.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QPainterPath>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <vector>

class QPainter;

namespace custos::ui {

class SliceView;

struct AiOverlayStyle
{
    double opacity = 0.45;         // fill of segments and heatmaps, 0..1
    bool filled = true;            // false: contours only
    double heatmapThreshold = 0.5; // fraction of the heatmap's range below which nothing is drawn
    bool labels = true;            // the "AI" tags with label and model
    bool outlineSmall = true;      // small segments (AiSegmentDisplay::outlineOnly) as outlines even when filled
};

struct AiSegmentDisplay
{
    int number = 0;
    QColor colour;
    QString label;     // e.g. "Lesion"
    bool visible = true;
    bool dimmed = false; // rejected in the review
    // Small (a nodule): a fill would hide what it marks, so only its outline
    // is drawn unless the style says otherwise.
    bool outlineOnly = false;
    bool unapproved = false; // its model is not approved by the site: grey, its tag says so
};

struct AiSegmentLayer
{
    std::shared_ptr<const ai::LabelVolume> labels;
    std::map<int, AiSegmentDisplay> segments; // by segment number
    QString model;                            // "Custos Demo AI 1.0"
};

struct AiHeatmapLayer
{
    std::shared_ptr<const ai::HeatmapVolume> heatmap;
    QString label;
    QString model;
    bool visible = true;
    bool unapproved = false; // a grey ramp instead of the warm one
};

// A region in continuous voxel coordinates of the bound volume (i, j, k).
// 2D regions of an image sit on its slice (k constant); they and 3D regions
// are drawn on any view whose plane they lie within half a slice of.
struct AiShape
{
    ai::GraphicType type = ai::GraphicType::Polyline;
    std::vector<dicom::Vec3> points; // Box: two opposite corners (3D boxes: min and max voxel corner)
    bool box3D = false;              // a box in space: drawn on every plane it crosses
    QString id;                      // of the finding it shows (for the caller)
    QString label;
    QString model;
    QColor colour;
    bool visible = true;
    bool dimmed = false;
    bool selected = false;
    bool unapproved = false;
};

struct AiVolumeLayers
{
    std::vector<AiSegmentLayer> segments;
    std::vector<AiHeatmapLayer> heatmaps;
    std::vector<AiShape> shapes;
};

class AiOverlay
{
public:
    // The layers drawn over `volume` (replaces earlier ones).
    void setLayers(const dicom::Volume* volume, AiVolumeLayers layers);
    void clear();
    AiVolumeLayers* layers(const dicom::Volume* volume);
    const AiVolumeLayers* layers(const dicom::Volume* volume) const;
    // Call after changing visibility, colours or dimming of layers().
    void invalidate() { ++m_version; }

    void setStyle(const AiOverlayStyle& style);
    const AiOverlayStyle& style() const { return m_style; }

    void paint(QPainter& painter, const SliceView& view) const;
    // Every AI layer on or off at once (the findings stay listed).
    void setShown(bool shown) { m_shown = shown; }
    bool shown() const { return m_shown; }

    // The slice image of the segments (ARGB, premultiplied) as painted on
    // `view`'s current plane: for tests and for the contours.
    QImage segmentImage(const AiSegmentLayer& layer, int axis, int slice) const;

private:
    // An oblique plane's sampling grid (patient space): pixel (x, y) of its
    // images is the voxel nearest origin + right·x·step + down·y·step.
    struct PlaneGrid
    {
        dicom::Vec3 origin, right, down;
        double step = 1;
        int width = 0, height = 0;
    };
    struct CacheEntry
    {
        int axis = -1, slice = -1;
        quint64 version = 0;
        bool oblique = false;
        dicom::Vec3 planePoint, planeRight, planeDown; // the oblique plane the images were sampled on
        PlaneGrid grid;
        struct Segments
        {
            QImage image;                     // one colour per visible segment
            QImage fill;                      // what is filled: the image without outline-only segments
            QSet<QRgb> outlined;              // colours of the outline-only segments
            std::map<QRgb, QPainterPath> edges; // pixel edges where the colour changes, image coordinates
            std::map<QRgb, QRectF> bounds;
        };
        std::vector<Segments> segments;
        std::vector<QImage> heatmapImages;
    };
    const CacheEntry& cached(const SliceView& view, const AiVolumeLayers& layers) const;
    // From a cached image's pixels to the widget.
    QTransform transformFor(const SliceView& view, const CacheEntry& c) const;
    // `tags`: where tags were drawn (a tag that would cover another is left out); null: no tags.
    void paintSegments(QPainter& p, const SliceView& view, const AiVolumeLayers& layers, const CacheEntry& c,
                       std::vector<QRectF>* tags) const;
    void paintShapes(QPainter& p, const SliceView& view, const AiVolumeLayers& layers, std::vector<QRectF>* tags) const;

    std::map<const dicom::Volume*, AiVolumeLayers> m_layers;
    AiOverlayStyle m_style;
    bool m_shown = true;
    quint64 m_version = 1;
    mutable QHash<const SliceView*, CacheEntry> m_cache;
};

// Draws the "AI" badge and a label (model name included) next to `target`
// (widget coordinates), on its outer side: above left of it when it lies in
// the left half of the paint device, else below left, above right, below
// right (mirrored in the right half); inside the paint device. With `taken`, places that overlap
// one of those rectangles are not used (no place: no tag), and the drawn
// tag is added.
void paintAiTag(QPainter& p, const QRectF& target, const QString& text, const QColor& colour,
                std::vector<QRectF>* taken = nullptr);

// How findings of a model the site does not approve are drawn: the grey of
// their regions and tags, the grey of segment `number` (neighbouring
// segments stay apart), and the words their tags end with.
QColor unapprovedColour();
QColor unapprovedSegmentColour(int number);
QString notApprovedText();

} // namespace custos::ui
