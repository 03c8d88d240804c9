// SPDX-License-Identifier: Apache-2.0
#include "ui/shell/findings_integration.h"

#include "ui/findings/findings_controller.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"

#include <QDockWidget>
#include <QListWidget>
#include <QStatusBar>

namespace custos::ui {

FindingsController* attachFindings(MainWindow* window, const Protection& protection)
{
    FindingsHost host;
    host.views = [window] {
        std::vector<SliceView*> views;
        for (int i = 0; i < 4; ++i)
            views.push_back(window->grid()->view(i));
        return views;
    };
    host.showStack = [window](const QString& key) {
        for (int row = 0; row < window->seriesList()->count(); ++row)
            if (window->seriesList()->item(row)->data(Qt::UserRole).toString() == key) {
                window->showRowInView(row, window->grid()->activeIndex());
                return true;
            }
        return false;
    };
    host.record = protection.record;
    host.user = protection.user;
    host.userName = protection.displayName; // the verifying observer of a signed review, by name
    host.scanning = [loader = window->loader()] { return loader->scanning(); };
    host.pacsOrigin = [window](const QString& studyUid) { return window->pacsOriginOf(studyUid); };
    host.sendToPacs = protection.sendToPacs;
    auto* findings = new FindingsController(window, std::move(host));
    window->addDockWidget(Qt::RightDockWidgetArea, findings->dock());

    StudyLoader* loader = window->loader();
    QObject::connect(loader, &StudyLoader::scanStarted, findings, &FindingsController::noteScanning);
    QObject::connect(loader, &StudyLoader::scanFinished, findings, [findings, loader] { findings->setCatalog(loader->catalog()); });
    QObject::connect(loader, &StudyLoader::volumeReleased, findings, &FindingsController::volumeReleased);
    QObject::connect(loader, &StudyLoader::loadFinished, findings, [findings, loader](const dicom::Volume* volume, const QStringList&) {
        const QString key = loader->keyOf(volume);
        const auto catalog = loader->catalog();
        if (key.isEmpty() || !catalog)
            return;
        for (std::size_t s = 0; s < catalog->studies.size(); ++s)
            for (std::size_t se = 0; se < catalog->studies[s].series.size(); ++se)
                for (std::size_t st = 0; st < catalog->studies[s].series[se].stacks.size(); ++st)
                    if (loader->key({s, se, st}) == key) {
                        // An existing job: volume() hands it back without loading again.
                        findings->volumeLoaded(key, loader->stack({s, se, st}), loader->volume({s, se, st}));
                        return;
                    }
    });
    // The 3D view draws the same segments as surfaces, and follows what the panel shows.
    VolumeView* volumeView = window->grid()->volumeView();
    volumeView->setAiOverlay(findings->overlay());
    QObject::connect(findings, &FindingsController::displayChanged, volumeView, &VolumeView::refreshAiSurfaces);
    QObject::connect(findings, &FindingsController::settled, volumeView, &VolumeView::refreshAiSurfaces);
    QObject::connect(findings, &FindingsController::message, window, [window](const QString& text) {
        window->statusBar()->showMessage(text, 5000);
    });
    return findings;
}

} // namespace custos::ui
