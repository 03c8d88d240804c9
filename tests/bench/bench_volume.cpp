// SPDX-License-Identifier: Apache-2.0
// custos-bench-volume: volume rendering of the 512×512×600 CT (writeDemoStudy)
// in the viewer's 3D view, with each VTK mapper the view can use
// (vtkFixedPointVolumeRayCastMapper, vtkGPUVolumeRayCastMapper,
// vtkSmartVolumeMapper), against a plain vtkSmartVolumeMapper render window
// with the same transfer function. Per subject: the first frame (from the
// volume handed over to the frame on screen, glFinish included), frames while
// rotating (reduced sampling, as the view does while the mouse moves) and
// full-quality frames. A tool for people, not a test; run it under an X
// display (README.md).

#include "bench_dataset.h"
#include "bench_viewport_app.h"

#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "ui/viewport/volume_image.h"
#include "ui/viewport/volume_view.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <vtkCamera.h>
#include <vtkColorTransferFunction.h>
#include <vtkImageData.h>
#include <vtkPiecewiseFunction.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkSmartVolumeMapper.h>
#include <vtkVolume.h>
#include <vtkVolumeProperty.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#ifndef CUSTOS_BENCH_BUILD_TYPE
#define CUSTOS_BENCH_BUILD_TYPE "unknown"
#endif

using namespace custos;
using bench::nowMs;
using bench::percentile;

namespace {

void print(const QString& s) { std::fputs(qPrintable(s + u'\n'), stdout), std::fflush(stdout); }

// One frame of the view: schedule, wait for paintGL to finish, glFinish.
// Returns the time in ms, or -1 after a minute without a frame.
double frame(ui::VolumeView* view)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool painted = false;
    const auto c = QObject::connect(view, &ui::VtkViewport::framePainted, &loop, [&] {
        painted = true;
        loop.quit();
    });
    const double t0 = nowMs();
    view->refresh();
    timeout.start(60000);
    loop.exec();
    QObject::disconnect(c);
    if (!painted)
        return -1;
    view->makeCurrent();
    view->context()->functions()->glFinish();
    view->doneCurrent();
    return nowMs() - t0;
}

struct Figures
{
    double first = -1;
    std::vector<double> interactive, full;
};

QString line(const QString& name, const Figures& f)
{
    const auto med = [](std::vector<double> v) { return v.empty() ? -1.0 : percentile(v, 50); };
    const auto fmt = [](double v) { return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', 0); };
    return QStringLiteral("  %1 first frame %2 ms; rotating (reduced sampling) median %3 ms, p90 %4 ms; full quality median %5 ms")
        .arg(name, -34)
        .arg(fmt(f.first), fmt(med(f.interactive)), fmt(f.interactive.empty() ? -1 : percentile(f.interactive, 90)), fmt(med(f.full)));
}

} // namespace

int main(int argc, char** argv)
{
    ui::VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    int slices = 600, size = 512, px = 1024, frames = 20, full = 3;
    QString work = QDir::tempPath() + QStringLiteral("/custos-bench");
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool v = i + 1 < args.size();
        bool ok = true;
        if (a == QLatin1String("--work") && v) work = QFileInfo(args[++i]).absoluteFilePath();
        else if (a == QLatin1String("--slices") && v) slices = args[++i].toInt(&ok);
        else if (a == QLatin1String("--size") && v) size = args[++i].toInt(&ok);
        else if (a == QLatin1String("--px") && v) px = args[++i].toInt(&ok);
        else if (a == QLatin1String("--frames") && v) frames = args[++i].toInt(&ok);
        else if (a == QLatin1String("--full") && v) full = args[++i].toInt(&ok);
        else ok = false;
        if (!ok || slices < 2 || size < 16 || px < 64 || frames < 1 || full < 1) {
            std::fprintf(stderr, "usage: custos-bench-volume [--slices 600] [--size 512] [--px 1024] [--frames 20] [--full 3]\n"
                                 "  [--work DIR]  (needs an X display: xvfb-run -a -s \"-screen 0 1280x1100x24\" …)\n");
            return 2;
        }
    }
    const QString loadBefore = bench::loadAverage();
    auto data = bench::ensureUncompressed(work + QStringLiteral("/ct-%1x%1x%2").arg(size).arg(slices), slices, size);
    if (!data)
        return std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage())), 1;
    bench::warmPageCache(data.value());
    const dicom::Catalog catalog = dicom::scanPaths({data.value().dir});
    const dicom::Stack* best = nullptr;
    for (const dicom::Study& st : catalog.studies)
        for (const dicom::Series& se : st.series)
            for (const dicom::Stack& stack : se.stacks)
                if (!best || stack.frames.size() > best->frames.size())
                    best = &stack;
    auto loaded = best ? dicom::loadStack(catalog, *best) : Error{QStringLiteral("no image stack found")};
    if (!loaded)
        return std::fprintf(stderr, "%s\n", qPrintable(loaded.errorMessage())), 1;
    const std::shared_ptr<const dicom::Volume> volume = loaded.value();
    const auto& g = volume->geometry();

    print(QStringLiteral("custos-bench-volume: volume rendering of a %1×%2×%3 CT (writeDemoStudy, %4 MB) in a %5×%5 view, "
                         "preset soft tissue")
              .arg(g.columns).arg(g.rows).arg(g.slices).arg(volume->totalBytes() / 1000000).arg(px));
    QString glInfo;
    int factor = 1;
    std::vector<std::pair<QString, Figures>> results;
    for (ui::VolumeMapperKind kind : {ui::VolumeMapperKind::FixedPoint, ui::VolumeMapperKind::Gpu, ui::VolumeMapperKind::Smart}) {
        auto* view = new ui::VolumeView;
        view->resize(px, px);
        view->setMapperKind(kind);
        view->show();
        view->windowHandle()->setPosition(0, 0);
        frame(view); // the empty view, so that GL and the window exist
        if (glInfo.isEmpty()) {
            view->makeCurrent();
            auto* f = view->context()->functions();
            glInfo = QString::fromLatin1(reinterpret_cast<const char*>(f->glGetString(GL_RENDERER))) + QStringLiteral(" | ") +
                     QString::fromLatin1(reinterpret_cast<const char*>(f->glGetString(GL_VERSION)));
            view->doneCurrent();
        }
        Figures fig;
        // The first frame that shows the volume: a large volume is averaged
        // down on a worker thread first, and that time counts.
        const double t0 = nowMs();
        view->setVolume(volume);
        while (!view->volumeShown() && nowMs() - t0 < 120000) {
            QEventLoop wait;
            QTimer::singleShot(5, &wait, &QEventLoop::quit);
            wait.exec();
        }
        const double f0 = view->volumeShown() ? frame(view) : -1;
        fig.first = f0 < 0 ? -1 : nowMs() - t0;
        factor = view->renderFactor();
        view->setInteracting(true);
        for (int i = 0; i < frames; ++i) {
            view->rotate(360.0 / frames, 0);
            fig.interactive.push_back(frame(view));
        }
        view->setInteracting(false);
        for (int i = 0; i < full; ++i) {
            view->rotate(7, 3);
            fig.full.push_back(frame(view));
        }
        std::erase(fig.interactive, -1.0);
        std::erase(fig.full, -1.0);
        results.emplace_back(ui::VolumeView::mapperName(kind) + QStringLiteral(" (ours)"), fig);
        delete view;
        QCoreApplication::processEvents();
    }

    // The plain reference: VTK's own render window, vtkSmartVolumeMapper, the same transfer function.
    {
        Figures fig;
        vtkNew<vtkRenderWindow> window;
        vtkNew<vtkRenderer> renderer;
        window->AddRenderer(renderer);
        window->SetSize(px, px);
        window->SetPosition(0, 0);
        window->Render();
        const vtkSmartPointer<vtkImageData> image = ui::wrapVolume(*volume);
        vtkNew<vtkSmartVolumeMapper> mapper;
        mapper->SetInputData(image);
        vtkNew<vtkColorTransferFunction> colour;
        vtkNew<vtkPiecewiseFunction> opacity;
        ui::fillTransferFunctions(QStringLiteral("soft"), *volume, colour, opacity);
        vtkNew<vtkVolumeProperty> property;
        property->SetColor(colour);
        property->SetScalarOpacity(opacity);
        property->SetInterpolationTypeToLinear();
        property->ShadeOn();
        const double base = std::min({g.spacing[0], g.spacing[1], g.spacing[2]});
        property->SetScalarOpacityUnitDistance(base * 2.0);
        vtkNew<vtkVolume> actor;
        actor->SetMapper(mapper);
        actor->SetProperty(property);
        renderer->AddVolume(actor);
        renderer->ResetCamera();
        const double t0 = nowMs();
        window->Render();
        window->WaitForCompletion();
        fig.first = nowMs() - t0;
        mapper->SetSampleDistance(base * 2.0);
        window->SetDesiredUpdateRate(10); // what its interactor asks while the mouse moves
        for (int i = 0; i < frames; ++i) {
            renderer->GetActiveCamera()->Azimuth(360.0 / frames);
            const double t = nowMs();
            window->Render();
            window->WaitForCompletion();
            fig.interactive.push_back(nowMs() - t);
        }
        mapper->SetSampleDistance(base);
        window->SetDesiredUpdateRate(0.0001);
        for (int i = 0; i < full; ++i) {
            renderer->GetActiveCamera()->Azimuth(7);
            const double t = nowMs();
            window->Render();
            window->WaitForCompletion();
            fig.full.push_back(nowMs() - t);
        }
        results.emplace_back(QStringLiteral("plain vtkSmartVolumeMapper window"), fig);
    }
    const QString loadAfter = bench::loadAverage();
    print(QStringLiteral("machine: %1 cores (nproc); GL: %2; build type %3; load average %4 before, %5 after")
              .arg(QThread::idealThreadCount())
              .arg(glInfo, QStringLiteral(CUSTOS_BENCH_BUILD_TYPE), loadBefore, loadAfter));
    print(QStringLiteral("method: per subject one first frame (volume handed over -> frame on screen + glFinish), %1 frames "
                         "rotating 360° at reduced sampling (ours: every other ray on both axes, half the samples along each; "
                         "the plain window: half the samples, DesiredUpdateRate 10), %2 full-quality frames.")
              .arg(frames).arg(full));
    for (const auto& [name, fig] : results)
        print(line(name, fig));
    print(QStringLiteral("ours render a copy averaged over %1×%1×%1 blocks (the view's budget: %2 million voxels); the plain "
                         "window renders every voxel")
              .arg(factor).arg(ui::VolumeView::kMaxVoxels / 1e6));
    print(QStringLiteral("targets (issue 21): first frame <= 2000 ms, rotating <= 150 ms"));
    return 0;
}
