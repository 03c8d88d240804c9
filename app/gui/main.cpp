// custos: the reading workstation. Thin: parse arguments, wire core into ui.

#include "ui/shell/main_window.h"
#include "ui/viewport/vtk_viewport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyleFactory>

#include <cstdio>

namespace {

void applyDarkTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor base(28, 29, 32), window(38, 40, 44), text(220, 222, 226), accent(64, 140, 220);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(110, 110, 115));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 110, 115));
    app.setPalette(p);
}

} // namespace

int main(int argc, char** argv)
{
    // VTK needs an OpenGL 3.2 core context: the default format must be set
    // before the application object exists.
    custos::ui::VtkViewport::installDefaultSurfaceFormat();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Custos"));
    QApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));
    applyDarkTheme(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Custos radiology viewer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QApplication::translate("main", "DICOM files, folders or DICOMDIRs to open."), QStringLiteral("[PATH...]"));
    const QCommandLineOption preset(QStringLiteral("preset"), QApplication::translate("main", "Initial window preset (brain, subdural, stroke, lung, mediastinum, abdomen, liver, bone)."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Render once everything is loaded, save the window as PNG, and exit."), QStringLiteral("FILE.png"));
    const QCommandLineOption layout(QStringLiteral("layout"), QApplication::translate("main", "Viewport layout (1x1 for now)."), QStringLiteral("LAYOUT"), QStringLiteral("1x1"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QApplication::translate("main", "Where Custos keeps its state."), QStringLiteral("DIR"));
    parser.addOptions({preset, screenshot, layout, dataDir});
    parser.process(app);

    custos::ui::ViewerOptions options;
    options.paths = parser.positionalArguments();
    options.preset = parser.value(preset);
    options.screenshotFile = parser.value(screenshot);

    custos::ui::MainWindow window(options);
    window.show();
    if (!options.screenshotFile.isEmpty()) {
        QObject::connect(&window, &custos::ui::MainWindow::screenshotDone, &app, [&](int code) {
            if (code != 0)
                std::fprintf(stderr, "custos: the screenshot could not be written to %s\n", qPrintable(options.screenshotFile));
            QApplication::exit(code);
        });
    }
    return app.exec();
}
