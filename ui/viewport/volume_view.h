// SPDX-License-Identifier: Apache-2.0
#pragma once
// The 3D view: the volume rendered with a CT transfer-function preset
// (soft tissue, bone, lung, angio, MIP), the AI's segments as smoothed
// surfaces in their colours, a clipping box, and the 2D views' cursor as a
// 3D crosshair. Everything sits in patient coordinates (DICOM LPS, mm), so
// a segment's surface lies where the 2D views draw it.
//
// Mouse: left-drag rotates, right-drag zooms, middle-drag pans, the wheel
// zooms, shift-click moves every 2D view to the surface point under the
// mouse. Keys: 1-5 the presets, R resets the camera to the anterior view,
// C shows or hides the clipping controls. While the mouse moves the volume
// is cast at reduced sampling; the full-quality frame follows when it stops.
//
// The volume is drawn once every slice is read (a ray cast through half a
// volume would show holes as anatomy); until then the view says so.

#include "core/dicom/volume.h"
#include "ui/viewport/vtk_viewport.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPoint>
#include <QString>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QTimer;
class vtkActor;
class vtkImageData;
class vtkVolume;
class vtkVolumeProperty;
class vtkVolumeMapper;
class vtkMatrix4x4;
class vtkPolyData;
class vtkColorTransferFunction;
class vtkPiecewiseFunction;

namespace custos::ai {
class LabelVolume;
}

namespace custos::ui {

class AiOverlay;

// Which VTK volume mapper casts the rays (custos-bench-volume measures them).
enum class VolumeMapperKind { FixedPoint, Gpu, Smart };

struct VolumePresetInfo
{
    QString key;  // "soft", "bone", "lung", "angio", "mip"
    QString name; // translated
};

// The colour and opacity of a preset over the volume's stored values (the
// presets are in modality units; MIP is a grey ramp over the file's window).
// `mip` tells whether the preset is a maximum-intensity projection.
void fillTransferFunctions(const QString& preset, const dicom::Volume& volume, vtkColorTransferFunction* colour,
                           vtkPiecewiseFunction* opacity, bool* mip = nullptr);

class VolumeView : public VtkViewport
{
    Q_OBJECT
public:
    explicit VolumeView(QWidget* parent = nullptr);
    ~VolumeView() override;

    static const std::vector<VolumePresetInfo>& presets();

    // The volume may still be loading: it is drawn once every slice is ready
    // (call volumeUpdated() as slices arrive and when the load ends).
    void setVolume(std::shared_ptr<const dicom::Volume> volume);
    const dicom::Volume* volume() const { return m_volume.get(); }
    void volumeUpdated();
    // The load ended (finished, failed in part, or stopped): with slices
    // missing, the volume is not drawn and the view says why.
    void loadEnded();
    bool volumeShown() const { return m_volumeActorReady; }

    // "soft", "bone", "lung", "angio", "mip"; false if unknown.
    bool setPreset(const QString& key);
    QString preset() const { return m_preset; }
    // The volume itself on or off (surfaces and crosshair stay).
    void setVolumeVisible(bool visible);
    bool volumeVisible() const { return m_volumeVisible; }

    void setMapperKind(VolumeMapperKind kind);
    VolumeMapperKind mapperKind() const { return m_mapperKind; }
    static QString mapperName(VolumeMapperKind kind);

    // The AI's segments of this volume as surfaces (built on a worker
    // thread; surfacesReady() when they are shown). Call refreshAiSurfaces()
    // after visibility or colours changed in the overlay.
    void setAiOverlay(std::shared_ptr<const AiOverlay> overlay);
    void refreshAiSurfaces();
    int aiSurfaceCount() const { return int(m_surfaces.size()); }
    int unapprovedSurfaceCount() const { return m_unapprovedSurfaces; }
    bool buildingSurfaces() const { return m_building; }
    // Large volumes are rendered averaged down (every `factor` voxels along
    // each axis become one) to at most kMaxVoxels voxels; 1: as they are.
    static constexpr double kMaxVoxels = 32e6;
    int renderFactor() const { return m_factor; }

    // The 2D views' cursor, in patient coordinates.
    void setCursor(const dicom::Vec3& patientPoint);
    std::optional<dicom::Vec3> cursor() const { return m_cursor; }

    // The clipping box as fractions 0..1 of the volume along i, j, k (lo, hi).
    void setClipBox(const std::array<double, 6>& box);
    const std::array<double, 6>& clipBox() const { return m_clip; }

    // The anterior view of the whole volume, head up.
    void resetCamera();
    void rotate(double azimuthDeg, double elevationDeg);
    // While true, frames are cast at reduced sampling.
    void setInteracting(bool interacting);
    bool interacting() const { return m_interacting; }

    // Where a patient point is drawn, in widget pixels (nullopt: behind the camera).
    std::optional<QPointF> widgetPointForPatient(const dicom::Vec3& p) const;

    // A non-blocking message shown over the view.
    void setMessage(const QString& message);
    QString message() const { return m_message; }

signals:
    void volumeChanged(); // setVolume was given another volume (or none)
    void surfacesReady();
    void cursorRequested(const dicom::Vec3& patientPoint); // shift-click on a surface or the volume
    void activated();

protected:
    void paintOverlay(QPainter& painter) override;
    void prepareFrame() override;
    void mousePressEvent(QMouseEvent* e) override;
    void mouseMoveEvent(QMouseEvent* e) override;
    void mouseReleaseEvent(QMouseEvent* e) override;
    void wheelEvent(QWheelEvent* e) override;
    void keyPressEvent(QKeyEvent* e) override;

public:
    // One segment's surface, made on a worker thread (public for the builder).
    struct Surface
    {
        std::shared_ptr<const ai::LabelVolume> labels;
        int segment = 0;
        double rgb[3] = {1, 1, 1};
        bool unapproved = false; // of a model the site does not approve (grey)
        vtkSmartPointer<vtkPolyData> mesh; // in the volume's scaled index space
    };

private:
    void buildVolumeActor(vtkSmartPointer<vtkImageData> image);
    void applyPreset();
    void applySampling();
    void applyClip();
    void updateCursorActor();
    void onSurfacesBuilt();
    void ensureCameraFitted();
    std::optional<dicom::Vec3> pickPatientPoint(const QPointF& widgetPos);
    void buildClipPanel();

    std::shared_ptr<const dicom::Volume> m_volume;
    std::shared_ptr<const AiOverlay> m_overlay;
    vtkSmartPointer<vtkImageData> m_image;
    vtkSmartPointer<vtkVolumeMapper> m_mapper;
    vtkSmartPointer<vtkVolumeProperty> m_property;
    vtkSmartPointer<vtkVolume> m_actor;
    vtkSmartPointer<vtkMatrix4x4> m_toPatient; // scaled index space -> patient (LPS, mm)
    vtkSmartPointer<vtkActor> m_cursorActor;
    std::vector<vtkSmartPointer<vtkActor>> m_surfaces;
    int m_unapprovedSurfaces = 0; // of m_surfaces, grey: their model is not approved
    // The surfaces of the last build, by label volume and segment (the label
    // volume is held, so its address cannot be reused while it is a key).
    std::map<std::pair<const ai::LabelVolume*, int>,
             std::pair<std::shared_ptr<const ai::LabelVolume>, vtkSmartPointer<vtkPolyData>>>
        m_meshCache;
    QFutureWatcher<std::vector<Surface>>* m_surfaceWatcher = nullptr;
    // A large volume is rendered from a copy averaged down to the voxel
    // budget, made on a worker thread.
    QFutureWatcher<vtkSmartPointer<vtkImageData>>* m_prepareWatcher = nullptr;
    const dicom::Volume* m_preparing = nullptr;
    int m_factor = 1;
    bool m_building = false;
    bool m_rebuildAgain = false;
    bool m_volumeActorReady = false;
    bool m_loadEnded = false;
    bool m_volumeVisible = true;
    bool m_cameraFitted = false;
    VolumeMapperKind m_mapperKind = VolumeMapperKind::FixedPoint;
    QString m_preset = QStringLiteral("soft");
    std::optional<dicom::Vec3> m_cursor;
    std::array<double, 6> m_clip{0, 1, 0, 1, 0, 1};
    QString m_message;
    bool m_interacting = false;
    QTimer* m_refine = nullptr;
    Qt::MouseButton m_dragButton = Qt::NoButton;
    QPoint m_lastPos;
    QWidget* m_clipPanel = nullptr;
};

} // namespace custos::ui
