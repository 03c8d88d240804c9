// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/vtk_viewport.h"

#include <QOpenGLContext>
#include <QOpenGLExtraFunctions>
#include <QPainter>
#include <QSurfaceFormat>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkOpenGLState.h>
#include <vtkRenderer.h>

namespace custos::ui {

void VtkViewport::installDefaultSurfaceFormat()
{
    QSurfaceFormat fmt;
    fmt.setRenderableType(QSurfaceFormat::OpenGL);
    fmt.setVersion(3, 2);
    fmt.setProfile(QSurfaceFormat::CoreProfile);
    fmt.setSwapBehavior(QSurfaceFormat::DoubleBuffer);
    fmt.setRedBufferSize(8);
    fmt.setGreenBufferSize(8);
    fmt.setBlueBufferSize(8);
    fmt.setDepthBufferSize(8);
    fmt.setAlphaBufferSize(8);
    fmt.setStencilBufferSize(0);
    fmt.setSamples(0);
    QSurfaceFormat::setDefaultFormat(fmt);
}

VtkViewport::VtkViewport(QWidget* parent)
    : QOpenGLWidget(parent),
      m_window(vtkSmartPointer<vtkGenericOpenGLRenderWindow>::New()),
      m_renderer(vtkSmartPointer<vtkRenderer>::New())
{
    m_window->AddRenderer(m_renderer);
    // We blit VTK's framebuffer ourselves in paintGL.
    m_window->SetFrameBlitModeToNoBlit();
    m_window->SetMultiSamples(0);
    m_renderer->SetBackground(0, 0, 0);
    for (unsigned long event : {vtkCommand::WindowMakeCurrentEvent, vtkCommand::WindowIsCurrentEvent,
                                vtkCommand::WindowFrameEvent}) {
        m_window->AddObserver(event, this, &VtkViewport::onRenderWindowEvent);
    }
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Text and markers are painted by a transparent child widget: Qt composes
    // it over the GL image, whatever state VTK left the context in.
    m_overlay = new OverlayWidget(this);
}

VtkViewport::OverlayWidget::OverlayWidget(VtkViewport* view) : QWidget(view), m_view(view)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
}

void VtkViewport::OverlayWidget::paintEvent(QPaintEvent*)
{
    m_view->prepareFrame();
    QPainter painter(this);
    m_view->paintOverlay(painter);
}

void VtkViewport::resizeEvent(QResizeEvent* e)
{
    QOpenGLWidget::resizeEvent(e);
    m_overlay->setGeometry(rect());
}

VtkViewport::~VtkViewport()
{
    QObject::disconnect(m_contextConnection);
    makeCurrent();
    finalizeGl();
    doneCurrent();
}

vtkRenderer* VtkViewport::renderer() const { return m_renderer; }
vtkGenericOpenGLRenderWindow* VtkViewport::renderWindow() const { return m_window; }

void VtkViewport::finalizeGl()
{
    if (m_surface) {
        m_window->Finalize();
        m_window->SetReadyForRendering(false);
        m_surface = nullptr;
    }
}

void VtkViewport::initializeGL()
{
    // The context is (re)created: VTK must forget what it knew of the old one.
    finalizeGl();
    m_surface = context()->surface();
    if (!m_contextConnection) {
        m_contextConnection = connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, [this] {
            makeCurrent();
            finalizeGl();
            doneCurrent();
            QObject::disconnect(m_contextConnection);
        });
    }
    m_window->SetOwnContext(0);
    m_window->SetForceMaximumHardwareLineWidth(1);
    m_window->SetReadyForRendering(true);
    m_window->OpenGLInitContext();
}

void VtkViewport::resizeGL(int w, int h)
{
    const qreal dpr = devicePixelRatioF();
    m_window->SetSize(int(w * dpr), int(h * dpr));
}

void VtkViewport::onRenderWindowEvent(vtkObject*, unsigned long event, void* callData)
{
    switch (event) {
    case vtkCommand::WindowMakeCurrentEvent:
        // The context on its saved surface: QOpenGLWidget::makeCurrent would
        // rebind Qt's framebuffer behind VTK's state cache.
        if (context() && m_surface)
            context()->makeCurrent(m_surface);
        break;
    case vtkCommand::WindowIsCurrentEvent:
        *static_cast<bool*>(callData) = context() && QOpenGLContext::currentContext() == context();
        break;
    case vtkCommand::WindowFrameEvent:
        if (!m_inPaint)
            refresh();
        break;
    default: break;
    }
}

void VtkViewport::paintGL()
{
    m_inPaint = true;
    // Qt paints synchronously from inside resizeEvent, before a subclass's
    // own resizeEvent has run: the camera is brought up to date here, for
    // exactly the size this frame has.
    prepareFrame();
    vtkOpenGLState* state = m_window->GetState();
    state->Reset();
    state->Push();
    m_window->Render();
    state->Pop();
    m_inPaint = false;

    makeCurrent();
    QOpenGLExtraFunctions* f = context()->extraFunctions();
    f->glBindFramebuffer(GL_DRAW_FRAMEBUFFER, defaultFramebufferObject());
    const GLenum buffers[1] = {GL_COLOR_ATTACHMENT0};
    f->glDrawBuffers(1, buffers);
    const int* size = m_window->GetSize();
    m_window->BlitDisplayFramebuffer(0, 0, 0, size[0], size[1], 0, 0, size[0], size[1], GL_COLOR_BUFFER_BIT, GL_NEAREST);
    state->Reset();
    emit framePainted();
}

void VtkViewport::refresh()
{
    // Both in one pass: updating the overlay from inside paintGL would
    // compose and swap the window a second time, with the old text first.
    update();
    m_overlay->update();
}

void VtkViewport::refreshOverlay() { m_overlay->update(); }

void VtkViewport::paintOverlay(QPainter&) {}

} // namespace custos::ui
