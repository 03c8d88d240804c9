// SPDX-License-Identifier: Apache-2.0
#pragma once
// One viewport showing one volume slice by slice along any of its axes
// (the acquisition plane or a reformat), with the interaction and overlays
// radiologists expect: left-drag window/level (or the active measuring
// tool), right-drag zoom, middle-drag pan, wheel and arrow keys scroll,
// presets on number keys, cine, four-corner text, orientation labels, scale
// bar, pixel value readout, reference lines of the other views.

#include "core/dicom/volume.h"
#include "ui/viewport/measurement.h"
#include "ui/viewport/slice_geometry.h"
#include "ui/viewport/vtk_viewport.h"

#include <QColor>
#include <QElapsedTimer>
#include <QLineF>
#include <QPoint>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QTimer;
class vtkImageData;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkImageResliceMapper;
class vtkLookupTable;

namespace custos::ui {

class AiOverlay;

// What the corners say about the patient, study and series (shown on
// screen only; never logged).
struct OverlayText
{
    QString patientName;
    QString patientId;
    QString studyDescription;
    QString studyDate;
    QString seriesDescription;
    QString modality;
    QString frameOfReferenceUid;
};

// A plane another view shows, drawn here as a reference line.
struct ReferencePlane
{
    dicom::Vec3 point;
    dicom::Vec3 normal;
    QString frameOfReferenceUid;
    QColor color;
    // In the MPR crosshair: which view of the grid shows it (-1: none, the
    // line is only drawn) and its thick slab (0: none), drawn as its edges.
    int view = -1;
    double slabMm = 0;
};

enum class Tool { WindowLevel, Distance, Angle, Ellipse, Freehand };

// What a person set up in a view, kept when the layout changes (MPR on/off).
struct ViewState
{
    int slice = 0;
    double center = 0, width = 0;
    bool inverted = false;
    double zoom = 1.0;
    double panRight = 0, panDown = 0; // mm
};
enum class Slab { None, Max, Min, Mean }; // thick-slab MIP, MinIP, average

class SliceView : public VtkViewport
{
    Q_OBJECT
public:
    explicit SliceView(QWidget* parent = nullptr);
    ~SliceView() override;

    // The volume may still be loading: slices appear as they become ready.
    // axis: 2 the acquisition plane, 1 and 0 the reformats.
    void setVolume(std::shared_ptr<const dicom::Volume> volume, const OverlayText& text, int axis = 2);
    const dicom::Volume* volume() const { return m_volume.get(); }
    std::shared_ptr<const dicom::Volume> sharedVolume() const { return m_volume; }
    const OverlayText& overlayText() const { return m_text; }
    int axis() const { return m_frame.axis; }
    const DisplayFrame& displayFrame() const { return m_frame; }

    int slice() const { return m_slice; }
    int sliceCount() const;
    void setSlice(int k);

    // Window in modality units (HU for CT).
    void setWindow(double center, double width);
    double windowCenter() const { return m_center; }
    double windowWidth() const { return m_width; }
    bool applyPreset(const QString& key); // "lung", "bone", ... or "file1".."fileN"
    void setInverted(bool inverted);
    bool inverted() const { return m_inverted; }
    void resetView();
    double zoom() const { return m_zoom; }
    ViewState viewState() const { return {m_slice, m_center, m_width, m_inverted, m_zoom, m_panRight, m_panDown}; }
    // Slice, window, zoom and pan as they were (the slice only on the same plane).
    void setViewState(const ViewState& state, bool withSlice);

    // Cine: play through the slices at fps frames per second.
    void setCine(bool on);
    bool cine() const;
    void setCineFps(int fps);
    int cineFps() const { return m_fps; }

    // Thick slab through the current slice (vtkImageResliceMapper); None: the plain slice.
    void setSlab(Slab mode, double thicknessMm = 10.0);
    Slab slab() const { return m_slab; }
    double slabThickness() const { return m_slabMm; }
    // While a person scrolls or turns a plane, slabs and oblique planes are
    // resliced at interactive quality (the volume's resolution, half the slab
    // samples); 200 ms after the last call the view is drawn in full again.
    void beginInteraction();
    bool interacting() const;

    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    // Measurements of this series, shared by every view that shows it.
    void setMeasurements(std::shared_ptr<std::vector<Measurement>> measurements);
    const std::vector<Measurement>* measurements() const { return m_measurements.get(); }

    // A non-blocking message shown over the image (errors in plain words).
    void setMessage(const QString& message);
    QString message() const { return m_message; }

    void setActive(bool active);
    void setReferencePlanes(const std::vector<ReferencePlane>& planes);
    // AI results over the image (shared by every view; it draws the layers
    // of the volume this view shows). Null: none.
    void setAiOverlay(std::shared_ptr<const AiOverlay> overlay);
    // The plane shown now, in patient coordinates.
    std::optional<ReferencePlane> currentPlane() const;
    // Moves to the slice nearest a patient point (synchronised scrolling, MPR cursor).
    void showPatientPoint(const dicom::Vec3& p);
    // Moves to the slice through voxel (i, j, k) and pans it to the centre.
    void centreOnVoxel(const dicom::Vec3& voxel);
    // Zooms so that the box between two voxels (as centred) fits the view
    // with a margin; never below the whole image, never beyond 4×.
    void zoomToFit(const dicom::Vec3& lo, const dicom::Vec3& hi);
    std::optional<dicom::Vec3> patientPointAt(const QPointF& widgetPos) const;
    // Where a patient point is drawn (projected onto this view's plane), in widget pixels.
    QPointF widgetPointForPatient(const dicom::Vec3& p) const;

    // Oblique reformats (MPR crosshair). The view's plane turns about `axis`
    // (a patient direction) through `centre` (a patient point) by `radians`
    // (right-handed); it then shows an oblique plane, resliced from the
    // volume, with its own orientation labels. False (nothing changes) while
    // the volume is still loading or has no patient geometry.
    bool rotatePlane(const dicom::Vec3& axis, const dicom::Vec3& centre, double radians);
    bool isOblique() const { return m_oblique.has_value(); }
    // Back to the view's own axis (acquisition plane or standard reformat);
    // window, zoom and pan stay, the slice is the one nearest the plane's point.
    void resetPlane();
    // The screen's right and down directions and the plane's normal (right × down), patient space.
    dicom::Vec3 planeRight() const;
    dicom::Vec3 planeDown() const;
    // The MPR crosshair: where the other planes cross (patient), which makes
    // the reference lines grabbable (drag a line: rotate the other planes;
    // drag a line's square handle: their slab thickness). nullopt: plain
    // reference lines.
    void setCrosshair(std::optional<dicom::Vec3> centre);
    std::optional<dicom::Vec3> crosshair() const { return m_crosshair; }
    // The handles of the crosshair lines as last drawn (widget pixels), by grid view index.
    struct CrosshairHandle
    {
        int view = -1;
        QPointF at;
        QPointF outward; // unit, across the line, away from it
    };
    const std::vector<CrosshairHandle>& crosshairHandles() const { return m_handles; }
    // What an oblique plane does not draw (the AI's boxes and marks,
    // measurements), as it says in amber over the image; empty on the
    // volume's own planes.
    QString obliqueNote() const;

    // The value at a voxel, in modality units; nullopt outside or not loaded.
    std::optional<double> valueAt(int i, int j, int k) const;
    // Where voxel (i, j, k) is drawn, in widget pixels (k: on this view's plane).
    QPointF widgetPointForVoxel(double i, double j, double k = -1) const;
    std::optional<dicom::Vec3> voxelAt(const QPointF& widgetPos) const;
    // Patient-direction labels at the left, right, top and bottom edges.
    QStringList edgeLabels() const;
    bool currentSliceReady() const;
    // Where the corner text, orientation labels and scale were last painted
    // (widget pixels): none of them overlap.
    const std::vector<QRectF>& textBoxes() const { return m_textBoxes; }
    // What the AI overlay writes over the image (its badge) joins them.
    void addTextBox(const QRectF& box) const { m_textBoxes.push_back(box); }
    // The top of the free space under the top-left text, for the AI badge.
    double aiBadgeTop() const { return m_aiBadgeTop; }

public slots:
    void onSliceReady(const dicom::Volume* volume, int k);

signals:
    void sliceChanged(int k);
    void windowChanged(double center, double width);
    void activated(SliceView* view);
    void cursorRequested(const dicom::Vec3& patientPoint); // shift-click
    void measurementsChanged();
    // The person dragged a crosshair line: turn the other planes about
    // `axis` (this view's normal, patient) by `radians`.
    void crosshairRotated(SliceView* view, const dicom::Vec3& axis, double radians, bool interactive);
    // The person dragged the slab handle of grid view `view`'s line.
    void slabThicknessDragged(int view, double thicknessMm);
    void slabChanged();

protected:
    void paintOverlay(QPainter& painter) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;
    void focusInEvent(QFocusEvent* e) override;
    void prepareFrame() override;

private:
    void updateProperty();
    void updateCamera();
    void showCurrentSlice();
    void autoWindowFromSlice();
    double mmPerPixel() const;
    dicom::Vec3 worldRight() const;
    dicom::Vec3 worldDown() const;
    void paintMeasurements(QPainter& p);
    void paintReferenceLines(QPainter& p);
    void commitMeasurement();
    struct ObliquePlane // in VTK's world space: voxel index × spacing
    {
        dicom::Vec3 right, down; // unit, as on screen
        dicom::Vec3 point;       // on the plane
    };
    dicom::Vec3 toWorld(const dicom::Vec3& patient) const;
    dicom::Vec3 toPatient(const dicom::Vec3& world) const;
    dicom::Vec3 dirToWorld(const dicom::Vec3& patientDir) const;
    dicom::Vec3 dirToPatient(const dicom::Vec3& worldDir) const;
    // The oblique plane's slices: offsets along its normal from `lo` in steps of `step` (world mm).
    void obliqueRange(double& lo, double& step, int& count) const;
    void syncObliqueSlice();
    bool fullyLoaded() const;
    // 0: nothing of the crosshair at pos; 1: a line; 2: a slab handle (view: whose).
    int crosshairHit(const QPointF& pos, int* view) const;
    bool crosshairGrab(const QPointF& pos);
    void crosshairDrag(const QPointF& pos);

    std::shared_ptr<const dicom::Volume> m_volume;
    OverlayText m_text;
    DisplayFrame m_frame;
    vtkSmartPointer<vtkImageData> m_image;
    vtkSmartPointer<vtkImageSliceMapper> m_mapper;
    vtkSmartPointer<vtkImageResliceMapper> m_slabMapper;
    Slab m_slab = Slab::None;
    double m_slabMm = 10.0;
    vtkSmartPointer<vtkImageSlice> m_actor;
    std::optional<ObliquePlane> m_oblique;
    std::optional<dicom::Vec3> m_crosshair;
    struct CrosshairLine
    {
        QLineF line;
        int view = -1;
    };
    std::vector<CrosshairLine> m_crossLines; // as last drawn
    std::vector<CrosshairHandle> m_handles;
    enum class CrossDrag { None, Rotate, Slab };
    CrossDrag m_crossDrag = CrossDrag::None;
    int m_crossDragView = -1;
    double m_crossAngle = 0;
    vtkSmartPointer<vtkLookupTable> m_lut;
    int m_slice = 0;
    int m_readySlices = 0;
    QElapsedTimer m_progressPaint;
    double m_center = 40, m_width = 400;
    bool m_inverted = false;
    bool m_windowFromFile = false;
    double m_zoom = 1.0;
    double m_panRight = 0, m_panDown = 0; // mm
    QString m_message;
    bool m_active = false;
    std::vector<ReferencePlane> m_references;
    std::shared_ptr<const AiOverlay> m_aiOverlay;

    QTimer* m_cineTimer = nullptr;
    QTimer* m_settleTimer = nullptr;
    int m_fps = 10;

    Tool m_tool = Tool::WindowLevel;
    std::shared_ptr<std::vector<Measurement>> m_measurements;
    std::optional<Measurement> m_drawing;

    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPoint m_lastPos;
    QPoint m_hoverPos{-1, -1};
    mutable std::vector<QRectF> m_textBoxes;
    double m_aiBadgeTop = 108;
};

} // namespace custos::ui
