// custos-bench-viewport: frame time while scrolling a 512×512×600 CT in a
// 1024×1024 viewport, against VTK's stock vtkImageViewer2 and the empty-frame
// floor of our own viewport; then the viewer's time to the first image. A tool
// for people, not a test. Run it under an X display; see README.md.
//
// usage: custos-bench-viewport [--slices N] [--size N] [--work DIR] [--frames N]
//                              [--warmup N] [--app-runs N] [--custos PATH] [--no-finish]

#include "bench_child.h"
#include "bench_dataset.h"

#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"
#include "ui/viewport/slice_view.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <QWindow>

#include <vtkCallbackCommand.h>
#include <vtkCommand.h>
#include <vtkDataArray.h>
#include <vtkGenericOpenGLRenderWindow.h>
#include <vtkImageData.h>
#include <vtkImageViewer2.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkRenderWindow.h>
#include <vtkType.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

#ifndef CUSTOS_BENCH_BUILD_TYPE
#define CUSTOS_BENCH_BUILD_TYPE "unknown"
#endif

using namespace custos;

namespace {

double nowMs()
{
    static const auto t0 = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void print(const QString& s) { std::fputs(qPrintable(s + u'\n'), stdout), std::fflush(stdout); }
QString ms(double v) { return v < 0 ? QStringLiteral("n/a") : QString::number(v, 'f', 1); }

double percentile(std::vector<double> v, double p) // nearest rank; p = 50 is the median
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    if (p == 50)
        return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
    return v[std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(v.size())))) - 1];
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QStringLiteral("?");
}

// Time stamps of one frame's phases, filled by the observers below.
struct Probe
{
    int renders = 0, painted = 0, swapped = 0, overlayPaints = 0;
    double vtkStart = 0, vtkEnd = 0, paintedAt = 0, overlayAt = 0;
};

void onVtkEvent(vtkObject*, unsigned long event, void* clientData, void*)
{
    auto* p = static_cast<Probe*>(clientData);
    if (event == vtkCommand::StartEvent)
        p->vtkStart = nowMs();
    else {
        p->vtkEnd = nowMs();
        ++p->renders;
    }
}

void observeRenders(vtkRenderWindow* window, Probe* probe, vtkCallbackCommand* cb)
{
    cb->SetCallback(onVtkEvent);
    cb->SetClientData(probe);
    window->AddObserver(vtkCommand::StartEvent, cb);
    window->AddObserver(vtkCommand::EndEvent, cb);
}

// Notes when the viewport's text overlay (a child widget) starts painting.
class PaintSpy : public QObject
{
public:
    explicit PaintSpy(Probe* probe) : m_probe(probe) {}
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Paint) {
            if (!m_probe->overlayAt)
                m_probe->overlayAt = nowMs();
            ++m_probe->overlayPaints;
        }
        return QObject::eventFilter(o, e);
    }

private:
    Probe* m_probe;
};

struct Series
{
    std::vector<double> total, firstPresent, vtk, blit, compose; // ms per frame
    int extraComposes = 0, overlayPaints = 0, timeouts = 0, renders = 0;
};

// n forced frames through a VtkViewport: change(i), update(), then wait in an
// event loop (no spinning: llvmpipe needs both cores) until paintGL has emitted
// framePainted AND the top-level compose has swapped (frameSwapped); then any
// compose that frame scheduled (processEvents until no further swap), then
// glFinish in the widget's context. "first present" stops at the first swap.
Series runViewport(ui::VtkViewport* view, int n, const std::function<void(int)>& change, bool finish)
{
    Probe probe;
    vtkNew<vtkCallbackCommand> cb;
    observeRenders(view->renderWindow(), &probe, cb);
    PaintSpy spy(&probe);
    for (QObject* child : view->children())
        if (child->isWidgetType())
            child->installEventFilter(&spy);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    int paintedTarget = 0;
    const auto c1 = QObject::connect(view, &ui::VtkViewport::framePainted, view, [&] {
        ++probe.painted;
        probe.paintedAt = nowMs();
    });
    const auto c2 = QObject::connect(view, &QOpenGLWidget::frameSwapped, view, [&] {
        ++probe.swapped;
        if (probe.painted >= paintedTarget)
            loop.quit();
    });
    Series s;
    for (int i = 0; i < n; ++i) {
        probe.vtkStart = probe.vtkEnd = probe.paintedAt = probe.overlayAt = 0;
        paintedTarget = probe.painted + 1;
        const int swapped0 = probe.swapped, renders0 = probe.renders;
        const double t0 = nowMs();
        change(i);
        view->update();
        timeout.start(5000);
        while ((probe.painted < paintedTarget || probe.swapped == swapped0) && timeout.isActive())
            loop.exec();
        if (!timeout.isActive())
            ++s.timeouts;
        timeout.stop();
        const double t1 = nowMs();
        const int swapped1 = probe.swapped;
        for (int guard = 0; guard < 8; ++guard) {
            const int before = probe.swapped;
            QCoreApplication::processEvents();
            if (probe.swapped == before)
                break;
        }
        if (finish) {
            view->makeCurrent();
            view->context()->functions()->glFinish();
            view->doneCurrent();
        }
        const double t2 = nowMs();
        s.total.push_back(t2 - t0);
        s.firstPresent.push_back(t1 - t0);
        s.vtk.push_back(probe.vtkEnd - probe.vtkStart);
        s.blit.push_back(probe.paintedAt - probe.vtkEnd);
        s.compose.push_back(t1 - probe.paintedAt);
        s.extraComposes += probe.swapped - swapped1;
        s.renders += probe.renders - renders0;
    }
    s.overlayPaints = probe.overlayPaints;
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    view->renderWindow()->RemoveObserver(cb);
    return s;
}

// A frameless top-level whose only child is the viewport, sized to 1024² device pixels.
void host(QWidget& top, ui::VtkViewport* view, int px)
{
    auto* layout = new QVBoxLayout(&top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    const qreal dpr = top.devicePixelRatioF();
    view->setFixedSize(int(std::lround(px / dpr)), int(std::lround(px / dpr)));
    top.move(0, 0);
    top.show();
    for (int i = 0; i < 500 && !(top.windowHandle() && top.windowHandle()->isExposed()); ++i)
        QThread::msleep(10), QCoreApplication::processEvents();
}

QString glString(ui::VtkViewport* view, GLenum what)
{
    view->makeCurrent();
    const auto* s = reinterpret_cast<const char*>(view->context()->functions()->glGetString(what));
    QString r = s ? QString::fromLatin1(s) : QStringLiteral("?");
    view->doneCurrent();
    return r;
}

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

// vtkImageViewer2 on the same voxel buffer, wrapped without a copy as SliceView does.
Series runImageViewer2(const dicom::Volume& v, int px, int warmup, const std::vector<int>& sweep, bool finish)
{
    const auto& g = v.geometry();
    vtkNew<vtkImageData> image;
    image->SetDimensions(g.columns, g.rows, g.slices);
    image->SetSpacing(g.spacing[0], g.spacing[1], g.spacing[2]);
    vtkSmartPointer<vtkDataArray> scalars;
    scalars.TakeReference(vtkDataArray::CreateDataArray(vtkTypeOf(v.sampleType())));
    scalars->SetNumberOfComponents(v.components());
    scalars->SetVoidArray(const_cast<std::byte*>(v.data()), vtkIdType(v.voxelsPerSlice()) * g.slices * v.components(), 1);
    image->GetPointData()->SetScalars(scalars);

    vtkNew<vtkImageViewer2> viewer;
    viewer->SetInputData(image);
    viewer->SetSliceOrientationToXY();
    viewer->SetColorWindow(400 / v.rescaleSlope); // the same CT window as ours: W 400 L 40 HU
    viewer->SetColorLevel((40 - v.rescaleIntercept) / v.rescaleSlope);
    viewer->SetSize(px, px);
    viewer->SetSlice(g.slices / 2);
    viewer->Render();
    Probe probe;
    vtkNew<vtkCallbackCommand> cb;
    observeRenders(viewer->GetRenderWindow(), &probe, cb);
    Series s;
    const int n = int(sweep.size());
    for (int i = -warmup; i < n; ++i) {
        const int k = i < 0 ? g.slices / 2 + (i % 2 ? 1 : -1) * (1 + (-i) % 7) : sweep[std::size_t(i)];
        const int renders0 = probe.renders;
        const double t0 = nowMs();
        viewer->SetSlice(k); // renders (and swaps) by itself in VTK 9.1
        if (probe.renders == renders0)
            viewer->Render();
        if (finish)
            viewer->GetRenderWindow()->WaitForCompletion(); // glFinish
        const double t = nowMs() - t0;
        if (i >= 0) {
            s.total.push_back(t);
            s.vtk.push_back(probe.vtkEnd - probe.vtkStart);
            s.renders += probe.renders - renders0;
        }
    }
    const int* size = viewer->GetRenderWindow()->GetSize();
    print(QStringLiteral("  vtkImageViewer2 render window: %1×%2").arg(size[0]).arg(size[1]));
    viewer->GetRenderWindow()->RemoveObserver(cb);
    viewer->GetRenderWindow()->Finalize();
    return s;
}

void report(const char* label, const Series& s, int n)
{
    print(QStringLiteral("  %1 median %2 ms, p95 %3 ms  (min %4, max %5; renders/frame %6%7)")
              .arg(QString::fromLatin1(label), -34)
              .arg(ms(percentile(s.total, 50)), 6)
              .arg(ms(percentile(s.total, 95)), 6)
              .arg(ms(percentile(s.total, 0.001)))
              .arg(ms(percentile(s.total, 100)))
              .arg(double(s.renders) / std::max(1, n), 0, 'f', 2)
              .arg(s.timeouts ? QStringLiteral("; %1 TIMEOUTS").arg(s.timeouts) : QString()));
    if (!s.firstPresent.empty())
        print(QStringLiteral("      phases (medians): VTK Render %1 ms | blit+rest of paintGL %2 ms | framePainted → "
                             "first swap (overlay paint, compose, swap) %3 ms | first present %4 ms; extra composes "
                             "after the first swap: %5 per frame; overlay paint events: %6 per frame")
                  .arg(ms(percentile(s.vtk, 50)), ms(percentile(s.blit, 50)), ms(percentile(s.compose, 50)),
                       ms(percentile(s.firstPresent, 50)))
                  .arg(double(s.extraComposes) / std::max(1, n), 0, 'f', 2)
                  .arg(double(s.overlayPaints) / std::max(1, n), 0, 'f', 2));
    else
        print(QStringLiteral("      phases (medians): VTK Render (incl. swap) %1 ms").arg(ms(percentile(s.vtk, 50))));
}

struct AppRun
{
    double firstReported = -1, fullReported = -1, firstFromSpawn = -1, fullFromSpawn = -1;
    QString error;
};

// One run of `custos --timing --screenshot FILE DIR`: the times it prints, and
// the same moments seen from here (from the spawn, so exec and library loading count).
AppRun runApp(const QString& program, const QString& dir, const QString& scratch)
{
    AppRun r;
    QProcess p;
    QEventLoop loop;
    QByteArray err;
    double spawn = 0;
    const QRegularExpression firstRe(QStringLiteral("first image on screen after ([0-9.]+) s"));
    const QRegularExpression fullRe(QStringLiteral("all images loaded after ([0-9.]+) s"));
    QObject::connect(&p, &QProcess::readyReadStandardError, &loop, [&] {
        err += p.readAllStandardError();
        const QString text = QString::fromUtf8(err);
        if (auto m = firstRe.match(text); m.hasMatch() && r.firstFromSpawn < 0)
            r.firstFromSpawn = nowMs() - spawn, r.firstReported = m.captured(1).toDouble() * 1000;
        if (auto m = fullRe.match(text); m.hasMatch() && r.fullFromSpawn < 0)
            r.fullFromSpawn = nowMs() - spawn, r.fullReported = m.captured(1).toDouble() * 1000;
    });
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(180'000, &loop, &QEventLoop::quit);
    spawn = nowMs();
    p.start(program, {QStringLiteral("--timing"), QStringLiteral("--screenshot"), scratch + QStringLiteral("/shot.png"),
                      QStringLiteral("--data-dir"), scratch + QStringLiteral("/data"), dir});
    loop.exec();
    if (p.state() != QProcess::NotRunning)
        p.kill(), p.waitForFinished(), r.error = QStringLiteral("timed out");
    else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || r.firstReported < 0)
        r.error = QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(err).simplified().left(300));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    ui::VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    int slices = 600, size = 512, frames = 300, warmup = 20, appRuns = 3;
    bool finish = true;
    QString work = QDir::tempPath() + QStringLiteral("/custos-bench");
    QString custosExe = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/custos");
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool v = i + 1 < args.size();
        const QString& a = args[i];
        if (a == QLatin1String("--slices") && v) slices = args[++i].toInt();
        else if (a == QLatin1String("--size") && v) size = args[++i].toInt();
        else if (a == QLatin1String("--frames") && v) frames = args[++i].toInt();
        else if (a == QLatin1String("--warmup") && v) warmup = args[++i].toInt();
        else if (a == QLatin1String("--app-runs") && v) appRuns = args[++i].toInt();
        else if (a == QLatin1String("--work") && v) work = QFileInfo(args[++i]).absoluteFilePath();
        else if (a == QLatin1String("--custos") && v) custosExe = args[++i];
        else if (a == QLatin1String("--no-finish")) finish = false;
        else {
            std::fprintf(stderr, "usage: custos-bench-viewport [--slices 600] [--size 512] [--work DIR] [--frames 300]\n"
                                 "  [--warmup 20] [--app-runs 3] [--custos PATH] [--no-finish]   (needs an X display)\n");
            return 2;
        }
    }
    constexpr int px = 1024;
    const QString loadBefore = loadAverage();
    auto data = bench::ensureUncompressed(work + QStringLiteral("/ct-%1x%1x%2").arg(size).arg(slices), slices, size);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
        return 1;
    }
    bench::warmPageCache(data.value());
    const double loadT0 = nowMs();
    const dicom::Catalog catalog = dicom::scanPaths({data.value().dir});
    const dicom::Stack* best = nullptr;
    const dicom::Study* study = nullptr;
    for (const dicom::Study& st : catalog.studies)
        for (const dicom::Series& se : st.series)
            for (const dicom::Stack& stack : se.stacks)
                if (!best || stack.frames.size() > best->frames.size())
                    best = &stack, study = &st;
    auto loaded = best ? dicom::loadStack(catalog, *best) : Error{QStringLiteral("no image stack found")};
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorMessage()));
        return 1;
    }
    std::shared_ptr<const dicom::Volume> volume = loaded.value();
    const auto& g = volume->geometry();
    const double loadMs = nowMs() - loadT0;
    std::vector<int> sweep; // every slice change differs from the one before; sweeps the whole volume
    const int step = std::max(1, g.slices / std::max(1, frames));
    for (int i = 0; i < frames; ++i)
        sweep.push_back((i * step) % g.slices);

    print(QStringLiteral("custos-bench-viewport: scrolling a %1×%2×%3 CT (writeDemoStudy) in a %4×%4 viewport")
              .arg(g.columns).arg(g.rows).arg(g.slices).arg(px));
    print(QStringLiteral("  series: %1 (scanPaths + loadStack %2 s)").arg(data.value().dir).arg(loadMs / 1000, 0, 'f', 2));

    // 1. Our SliceView.
    Series ours, floor;
    QString renderer, version;
    {
        QWidget top;
        top.setWindowTitle(QStringLiteral("custos-bench-viewport: SliceView"));
        auto* view = new ui::SliceView;
        view->setVolume(volume, {study->patientName, study->patientId, study->studyDescription, study->studyDate,
                                 best->seriesDescription, best->modality, best->frameOfReferenceUid});
        host(top, view, px);
        renderer = glString(view, GL_RENDERER);
        version = glString(view, GL_VERSION);
        const QSize dev = view->size() * view->devicePixelRatioF();
        print(QStringLiteral("  viewport: %1×%2 device pixels; GL: %3 | %4").arg(dev.width()).arg(dev.height()).arg(renderer, version));
        const int mid = view->slice();
        runViewport(view, warmup, [&](int i) { view->setSlice(mid + (i % 2 ? 1 : -1) * (1 + i % 7)); }, finish);
        ours = runViewport(view, frames, [&](int i) { view->setSlice(sweep[std::size_t(i)]); }, finish);
        if (view->slice() != sweep.back())
            print(QStringLiteral("  WARNING: the view ended on slice %1, not %2").arg(view->slice()).arg(sweep.back()));
    }
    // 2. The floor: a bare VtkViewport, nothing in its renderer.
    {
        QWidget top;
        top.setWindowTitle(QStringLiteral("custos-bench-viewport: empty VtkViewport"));
        auto* view = new ui::VtkViewport;
        host(top, view, px);
        runViewport(view, warmup, [](int) {}, finish);
        floor = runViewport(view, frames, [](int) {}, finish);
    }
    QCoreApplication::processEvents();
    // 3. vtkImageViewer2, its own X window.
    print(QStringLiteral(""));
    const Series stock = runImageViewer2(*volume, px, warmup, sweep, finish);
    const QString loadAfter = loadAverage();

    print(QStringLiteral("machine: %1 cores (nproc); build type %2; load average %3 before, %4 after the frame runs")
              .arg(QThread::idealThreadCount())
              .arg(QStringLiteral(CUSTOS_BENCH_BUILD_TYPE), loadBefore, loadAfter));
    print(QStringLiteral("method: %1 warm-up frames, then %2 frames, each: change, update(), an event loop until "
                         "framePainted and frameSwapped, then processEvents until no further compose%3.")
              .arg(warmup).arg(frames).arg(finish ? QStringLiteral(", then glFinish") : QString()));
    print(QStringLiteral("  slice changes: k = 0, %1, %2, … (step %1), every frame a new slice.\n").arg(step).arg(2 * step));
    report("ours: SliceView scroll", ours, frames);
    report("floor: empty VtkViewport", floor, frames);
    report("vtkImageViewer2 scroll (SetSlice)", stock, frames);

    const double o = percentile(ours.total, 50), f = percentile(floor.total, 50), v = percentile(stock.total, 50);
    print(QStringLiteral("\nratios (medians): ours/vtkImageViewer2 %1, ours/floor %2")
              .arg(o / v, 0, 'f', 2).arg(o / f, 0, 'f', 2));
    print(QStringLiteral("targets:\n  [%1] median ≤ ½ of vtkImageViewer2's: %2 ms vs %3 ms\n"
                         "  [%4] median ≤ 1.5× the empty-frame floor: %2 ms vs 1.5 × %5 = %6 ms")
              .arg(QLatin1String(o <= 0.5 * v ? "PASS" : "MISS"), ms(o), ms(v),
                   QLatin1String(o <= 1.5 * f ? "PASS" : "MISS"), ms(f), ms(1.5 * f)));

    // 4. The viewer: time from `custos PATH` to the first image on screen.
    print(QStringLiteral("\ntime to first image: %1 --timing --screenshot … %2 (median of %3 runs)")
              .arg(QFileInfo(custosExe).canonicalFilePath(), data.value().dir).arg(appRuns));
    if (!QFileInfo(custosExe).isExecutable() || appRuns < 1) {
        print(QStringLiteral("  n/a: %1 is not built (or --app-runs 0); build the custos target").arg(custosExe));
        return 0;
    }
    std::vector<double> firstRep, fullRep, firstSpawn, fullSpawn;
    for (int run = 0; run < appRuns; ++run) {
        QTemporaryDir scratch;
        const AppRun r = runApp(custosExe, data.value().dir, scratch.path());
        print(r.error.isEmpty() ? QStringLiteral("  run %1: first image %2 s, all loaded %3 s (from spawn: %4 s, %5 s)")
                                      .arg(run + 1)
                                      .arg(r.firstReported / 1000, 0, 'f', 3).arg(r.fullReported / 1000, 0, 'f', 3)
                                      .arg(r.firstFromSpawn / 1000, 0, 'f', 3).arg(r.fullFromSpawn / 1000, 0, 'f', 3)
                                : QStringLiteral("  run %1 failed: %2").arg(run + 1).arg(r.error));
        if (r.error.isEmpty())
            firstRep.push_back(r.firstReported), fullRep.push_back(r.fullReported),
                firstSpawn.push_back(r.firstFromSpawn), fullSpawn.push_back(r.fullFromSpawn);
    }
    if (!firstRep.empty()) {
        const double fr = percentile(firstRep, 50), fu = percentile(fullRep, 50);
        print(QStringLiteral("  median: first image on screen %1 s, all images loaded %2 s, first/full = %3 "
                             "(as custos prints them, from main(); from the spawn: %4 s and %5 s)")
                  .arg(fr / 1000, 0, 'f', 3).arg(fu / 1000, 0, 'f', 3).arg(fu > 0 ? fr / fu : -1, 0, 'f', 2)
                  .arg(percentile(firstSpawn, 50) / 1000, 0, 'f', 3).arg(percentile(fullSpawn, 50) / 1000, 0, 'f', 3));
    }
    print(QStringLiteral("load average at the end: %1").arg(loadAverage()));
    if (QStringLiteral(CUSTOS_BENCH_BUILD_TYPE) != QLatin1String("Release"))
        print(QStringLiteral("note: not a Release build; the numbers are not meaningful."));
    return 0;
}
