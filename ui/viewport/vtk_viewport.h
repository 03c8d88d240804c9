// SPDX-License-Identifier: Apache-2.0
#pragma once
// Our Qt 6 host for VTK: a QOpenGLWidget driving a vtkGenericOpenGLRenderWindow
// (Debian's VTK ships only a Qt 5 widget). VTK renders into its own
// framebuffer; paintGL blits it into the widget's and then lets subclasses
// paint text overlays with QPainter.

#include <QOpenGLWidget>

#include <vtkNew.h>
#include <vtkSmartPointer.h>

class vtkGenericOpenGLRenderWindow;
class vtkRenderer;
class vtkObject;
class QPainter;
class QSurface;

namespace custos::ui {

class VtkViewport : public QOpenGLWidget
{
    Q_OBJECT
public:
    explicit VtkViewport(QWidget* parent = nullptr);
    ~VtkViewport() override;

    vtkRenderer* renderer() const;
    vtkGenericOpenGLRenderWindow* renderWindow() const;

    // The surface format VTK needs; set as the default before QApplication exists.
    static void installDefaultSurfaceFormat();

    // Schedules one frame: the image and its overlay, composed together.
    void refresh();
    // Repaints only the text overlay (progress, readouts), not the image.
    void refreshOverlay();

signals:
    // After every frame VTK drew into this widget.
    void framePainted();

protected:
    void initializeGL() override;
    void resizeGL(int w, int h) override;
    void paintGL() override;
    void resizeEvent(QResizeEvent* e) override;
    // Paints text and markers over the image, in widget coordinates.
    virtual void paintOverlay(QPainter& painter);
    // Called right before every GL frame and every overlay paint: a subclass
    // brings its camera up to date with the widget's current size here, so
    // that the image and what is drawn over it always use the same camera.
    virtual void prepareFrame() {}

private:
    class OverlayWidget : public QWidget
    {
    public:
        explicit OverlayWidget(VtkViewport* view);

    protected:
        void paintEvent(QPaintEvent*) override;

    private:
        VtkViewport* m_view;
    };

    void onRenderWindowEvent(vtkObject* caller, unsigned long event, void* data);
    void finalizeGl();

    vtkSmartPointer<vtkGenericOpenGLRenderWindow> m_window;
    vtkSmartPointer<vtkRenderer> m_renderer;
    QSurface* m_surface = nullptr;
    OverlayWidget* m_overlay = nullptr;
    bool m_inPaint = false;
    // Our hook on the context's aboutToBeDestroyed: cut in our destructor,
    // because QOpenGLWidget's destructor (which runs after ours) destroys
    // the context and would call the hook on an object no longer ours.
    QMetaObject::Connection m_contextConnection;
};

} // namespace custos::ui
