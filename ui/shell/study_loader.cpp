#include "ui/shell/study_loader.h"

#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"

#include <QPointer>
#include <QtConcurrent>

namespace custos::ui {

StudyLoader::StudyLoader(QObject* parent) : QObject(parent)
{
    connect(&m_scanWatcher, &QFutureWatcher<dicom::Catalog>::finished, this, [this] {
        m_catalog = std::make_shared<const dicom::Catalog>(m_scanWatcher.result());
        emit scanFinished();
    });
}

StudyLoader::~StudyLoader()
{
    cancel();
    waitForLoad();
    m_scanWatcher.waitForFinished();
}

void StudyLoader::scan(const QStringList& paths)
{
    QPointer<StudyLoader> self(this);
    m_scanWatcher.setFuture(QtConcurrent::run([paths, self] {
        dicom::ScanOptions options;
        options.progress = [self](int done, int total) {
            if (self)
                QMetaObject::invokeMethod(self, [self, done, total] { if (self) emit self->scanProgress(done, total); }, Qt::QueuedConnection);
        };
        return dicom::scanPaths(paths, options);
    }));
}

void StudyLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void StudyLoader::waitForLoad()
{
    if (m_load.isValid())
        m_load.waitForFinished();
}

std::shared_ptr<const dicom::Volume> StudyLoader::load(const dicom::Stack& stack)
{
    cancel();
    waitForLoad();
    auto catalog = m_catalog;
    auto volume = dicom::createVolume(*catalog, stack);
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_loading = true;
    QPointer<StudyLoader> self(this);
    m_load = QtConcurrent::run([catalog, stack, volume, cancelFlag, self] {
        dicom::LoadOptions options;
        options.prioritySlice = volume->geometry().slices / 2; // what the view shows first
        options.cancel = cancelFlag.get();
        options.sliceReady = [self, cancelFlag](int k) {
            QMetaObject::invokeMethod(self, [self, k, cancelFlag] { if (self && !*cancelFlag) emit self->sliceReady(k); }, Qt::QueuedConnection);
        };
        options.progress = [self, cancelFlag](int done, int total) {
            QMetaObject::invokeMethod(self, [self, done, total, cancelFlag] { if (self && !*cancelFlag) emit self->loadProgress(done, total); }, Qt::QueuedConnection);
        };
        const dicom::LoadReport report = dicom::fillVolume(*catalog, stack, *volume, options);
        QStringList errors;
        for (const auto& e : report.errors)
            errors << e.message;
        QMetaObject::invokeMethod(self, [self, errors, cancelFlag] {
            if (self && !*cancelFlag) {
                self->m_loading = false;
                emit self->loadFinished(errors);
            }
        }, Qt::QueuedConnection);
    });
    return volume;
}

} // namespace custos::ui
