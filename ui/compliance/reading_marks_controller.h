// SPDX-License-Identifier: Apache-2.0
#pragma once
// The reader's own marks in the viewer window: key images and saved
// measurements.
//   - Key image (K, or the star on the Reading toolbar): flags or unflags
//     the image the active view shows; a flagged image carries a "KEY
//     IMAGE" badge in every view that shows it. The document title is one
//     of CID 7010 ("Of Interest", "For Teaching", ...).
//   - Save Marks (Ctrl+S): the measurements of the study the active view
//     shows, one presentation state per series, and its key images as a
//     key object selection, written beside the study by core/export on
//     the Guard's ExportDicom permit (asked once per save, recorded,
//     refused for a role that may not export identified DICOM files).
//   - When a study opens, its saved marks come back: measurements on the
//     same images at the same points, the flags on the same images. A
//     damaged or foreign file there is named in the notice and left as it
//     is; the study opens all the same.
// A study opened from a PACS has no folder of its own: its marks are sent
// back to that PACS (SendToPacs through core/export), and read back from
// the study's instances when it opens (the newest save counts).

#include "core/export/reading_marks.h"
#include "core/pacs/dimse_client.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QToolBar;

namespace custos::dicom {
struct Catalog;
struct Stack;
} // namespace custos::dicom

namespace custos::ui {

struct ComplianceContext;
class MainWindow;
class SliceView;

class ReadingMarksController : public QObject
{
    Q_OBJECT
public:
    ReadingMarksController(std::shared_ptr<const ComplianceContext> context, MainWindow* window);

    // Flags or unflags the image the active view shows (an acquired image:
    // a reformat is not one). Returns whether it is flagged now.
    bool toggleKeyImage();
    bool isKeyImage(const SliceView* view) const;
    int keyImageCount(const QString& studyUid) const;
    // The files of the flagged images of a study (for "key images only").
    QStringList keyImageFiles(const QString& studyUid) const;
    void setTitle(int index); // into exports::keyImageTitles()
    exports::KeyImageTitle title() const;

    // Saves the marks of the study the active view shows. True when saved
    // (for a study from a PACS: when sending started; sentToPacs follows).
    bool save();
    // How marks of a study opened from a PACS are sent (ComplianceController::sendToPacs).
    using PacsSender = std::function<void(const QString& node, std::vector<pacs::StoreItem> items, std::function<void(const QString& problem)> done)>;
    void setPacsSender(PacsSender send) { m_sendToPacs = std::move(send); }

    QAction* keyAction() const { return m_keyAction; }
    QAction* saveAction() const { return m_saveAction; }
    QComboBox* titleBox() const { return m_titleBox; }
    QToolBar* toolBar() const { return m_bar; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    // For the window's notice bar (error: a refusal or a failure).
    void message(const QString& text, bool error);
    void sentToPacs(); // the PACS stored the marks save() sent

private:
    struct Located
    {
        const dicom::Stack* stack = nullptr;
        QString key;
    };
    Located stackOf(const SliceView* view) const;
    std::vector<Located> stacksOfStudy(const QString& studyUid) const;
    std::optional<exports::MarkedImage> imageShown(const SliceView* view) const;
    void onScanFinished();
    void restore(const QString& studyUid, QStringList& problems, int& measurements, int& keys);
    void refresh();
    void say(const QString& text, bool error);

    std::shared_ptr<const ComplianceContext> m_context;
    QPointer<MainWindow> m_window;
    QHash<QString, std::vector<exports::MarkedImage>> m_keys; // study -> flagged images, in the order flagged
    QSet<QString> m_restored;                                 // studies whose saved marks were read
    int m_title = 0;
    QAction* m_keyAction = nullptr;
    QAction* m_saveAction = nullptr;
    QComboBox* m_titleBox = nullptr;
    QToolBar* m_bar = nullptr;
    QString m_lastMessage;
    PacsSender m_sendToPacs;
};

} // namespace custos::ui
