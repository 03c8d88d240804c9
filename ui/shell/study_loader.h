#pragma once
// Scans and loads off the UI thread; reports back through queued signals.

#include "core/dicom/catalog.h"
#include "core/dicom/volume.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace custos::ui {

class StudyLoader : public QObject
{
    Q_OBJECT
public:
    explicit StudyLoader(QObject* parent = nullptr);
    ~StudyLoader() override;

    void scan(const QStringList& paths);
    // Starts loading one stack; a load in progress is cancelled.
    std::shared_ptr<const dicom::Volume> load(const dicom::Stack& stack);
    void cancel();
    bool isLoading() const { return m_loading; }

    std::shared_ptr<const dicom::Catalog> catalog() const { return m_catalog; }

signals:
    void scanProgress(int done, int total);
    void scanFinished();
    void sliceReady(int k);
    void loadProgress(int done, int total);
    void loadFinished(const QStringList& errors);

private:
    void waitForLoad();

    std::shared_ptr<const dicom::Catalog> m_catalog;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_load;
    QFutureWatcher<dicom::Catalog> m_scanWatcher;
    bool m_loading = false;
};

} // namespace custos::ui
