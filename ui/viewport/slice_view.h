#pragma once
// One viewport showing one stack slice by slice, with the interaction and
// overlays radiologists expect: left-drag window/level, right-drag zoom,
// middle-drag pan, wheel and arrow keys scroll, presets on number keys,
// four-corner text, orientation labels, scale bar, pixel value readout.

#include "core/dicom/volume.h"
#include "ui/viewport/vtk_viewport.h"

#include <QPoint>
#include <QString>

#include <memory>

class vtkImageData;
class vtkImageSlice;
class vtkImageSliceMapper;
class vtkLookupTable;

namespace custos::ui {

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
};

class SliceView : public VtkViewport
{
    Q_OBJECT
public:
    explicit SliceView(QWidget* parent = nullptr);
    ~SliceView() override;

    // The volume may still be loading: slices appear as they become ready.
    void setVolume(std::shared_ptr<const dicom::Volume> volume, const OverlayText& text);
    const dicom::Volume* volume() const { return m_volume.get(); }

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

    // A non-blocking message shown over the image (errors in plain words).
    void setMessage(const QString& message);
    QString message() const { return m_message; }

    // Where voxel (i, j) of the current slice is drawn, in widget pixels.
    QPointF widgetPointForVoxel(double i, double j) const;
    // Patient-direction labels at the left, right, top and bottom edges.
    QStringList edgeLabels() const;

    // The stored value at a voxel, in modality units; nullopt outside or not loaded.
    std::optional<double> valueAt(int i, int j, int k) const;

public slots:
    void onSliceReady(int k);

signals:
    void sliceChanged(int k);
    void windowChanged(double center, double width);

protected:
    void paintOverlay(QPainter& painter) override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;
    void resizeEvent(QResizeEvent* e) override;

private:
    void updateProperty();
    void updateCamera();
    void showCurrentSlice();
    std::optional<std::array<double, 2>> voxelAt(const QPoint& widgetPos) const;

    std::shared_ptr<const dicom::Volume> m_volume;
    OverlayText m_text;
    vtkSmartPointer<vtkImageData> m_image;
    vtkSmartPointer<vtkImageSliceMapper> m_mapper;
    vtkSmartPointer<vtkImageSlice> m_actor;
    vtkSmartPointer<vtkLookupTable> m_lut;
    int m_slice = 0;
    double m_center = 40, m_width = 400;
    bool m_inverted = false;
    double m_zoom = 1.0;
    double m_panX = 0, m_panY = 0; // mm, in the image plane
    QString m_message;

    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPoint m_lastPos;
    QPoint m_hoverPos{-1, -1};
};

} // namespace custos::ui
