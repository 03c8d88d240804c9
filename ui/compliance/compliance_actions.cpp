// SPDX-License-Identifier: Apache-2.0
// The ways an image or a study leaves the viewer: export, clipboard, print,
// drag. Each asks the Guard when the person acts; each refusal is recorded
// by the Guard and shown in the window's notice bar.

#include "core/export/export_request.h"
#include "core/export/image_writer.h"
#include "core/audit/purpose.h"
#include "ui/compliance/capture_protection.h"
#include "ui/compliance/compliance_controller.h"
#include "ui/compliance/export_dialog.h"
#include "ui/compliance/reading_marks_controller.h"
#include "ui/compliance/training_dialog.h"
#include "ui/compliance/watermark.h"
#include "ui/shell/main_window.h"
#include "ui/shell/viewer_grid.h"
#include "ui/viewport/slice_view.h"

#include <QApplication>
#include <QClipboard>
#include <QDrag>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

#include <cstdio>

namespace custos::ui {

ComplianceController::Current ComplianceController::current() const
{
    Current c;
    if (!m_window)
        return c;
    const study::StackId shown = m_window->activeStack();
    const auto catalog = m_window->loader()->catalog();
    if (!shown.isValid() || !catalog)
        return c;
    const QString studyUid = shown.studyUid;
    const QString seriesUid = shown.seriesUid;
    for (const dicom::Study& study : catalog->studies) {
        if (study.studyInstanceUid != studyUid)
            continue;
        c.valid = true;
        c.subject.studyUid = studyUid;
        c.subject.seriesUid = seriesUid;
        c.studyLabel = tr("%1 (%n series)", nullptr, int(study.series.size())).arg(study.studyDescription.isEmpty() ? tr("study") : study.studyDescription);
        for (const dicom::Series& series : study.series)
            if (series.seriesInstanceUid == seriesUid)
                c.seriesLabel = QStringLiteral("%1 %2 %3").arg(series.modality).arg(series.seriesNumber).arg(series.seriesDescription).trimmed();
    }
    // The files, and the patient for the audit trail, from the instances:
    // the study shown may have its demographics masked.
    for (const dicom::Instance& i : catalog->instances) {
        if (i.studyInstanceUid != studyUid)
            continue;
        c.subject.patientId = i.patientId;
        c.subject.patientName = i.patientName;
        c.studyFiles << i.filePath;
        if (i.seriesInstanceUid == seriesUid)
            c.seriesFiles << i.filePath;
    }
    c.studyFiles.removeDuplicates();
    c.seriesFiles.removeDuplicates();
    c.subject.description = tr("%n file(s)", nullptr, int(c.studyFiles.size()));
    return c;
}

QImage ComplianceController::renderActiveView() const
{
    if (!m_window || !m_window->sliceView())
        return {};
    SliceView* v = m_window->sliceView();
    // Without the on-screen watermark: the burned-in one replaces it.
    QList<QWidget*> hidden;
    for (const auto& w : m_watermarks)
        if (w && w->parentWidget() == v && w->isVisible()) {
            w->hide();
            hidden << w.data();
        }
    const QImage image = v->grab().toImage();
    for (QWidget* w : hidden)
        w->show();
    return image;
}

void ComplianceController::exportCurrent()
{
    const Current c = current();
    if (!c.valid) {
        notify(tr("Open a study first, then export it."), true);
        return;
    }
    // Refused outright (no export of any kind for this role): recorded, said, no dialog.
    if (const auto refused = exports::refusedOutright(*m_context->guard, c.subject, audit::purpose::exportMenu)) {
        notify(tr("Nothing was exported. %1").arg(refused->reason), true);
        return;
    }
    ExportSource source{c.subject, c.studyLabel, c.seriesLabel, c.studyFiles, c.seriesFiles, [this] { return renderActiveView(); },
                        m_marks ? m_marks->keyImageFiles(c.subject.studyUid) : QStringList()};
    auto* dialog = new ExportDialog(m_context, std::move(source), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // After the dialog has closed: break-glass opens its own dialog.
    connect(dialog, &ExportDialog::breakGlassRequested, this, &ComplianceController::requestBreakGlass, Qt::QueuedConnection);
    emit exportDialogOpened(dialog);
    dialog->open();
}

// Through core/export: the Guard decides (recorded), and only its permit
// releases the image with the watermark line core/export decided.
exports::ImageExit ComplianceController::askImage(policy::Action action, const policy::Subject& subject, const QString& purpose)
{
    return exports::requestImageWithTraining(*m_context->guard, action, subject, purpose, m_context->identity().userName, m_context->now(),
                                             trainer());
}

void ComplianceController::copyImage()
{
    const Current c = current();
    if (!c.valid) {
        notify(tr("Open a study first."), true);
        return;
    }
    const exports::ImageExit exit = askImage(policy::Action::CopyToClipboard, c.subject, audit::purpose::copyImage);
    if (!exit.image) {
        notify(tr("The image was not copied. %1").arg(exit.decision.reason), true);
        return;
    }
    QApplication::clipboard()->setImage(burnWatermark(renderActiveView(), exit.image->watermark()));
    notify(tr("The image was copied with a watermark. It contains patient data: paste it only where the policy allows."), false);
}

void ComplianceController::printImage()
{
    const Current c = current();
    if (!c.valid) {
        notify(tr("Open a study first."), true);
        return;
    }
    const exports::ImageExit exit = askImage(policy::Action::Print, c.subject, audit::purpose::printImage);
    if (!exit.image) {
        notify(tr("Nothing was printed. %1").arg(exit.decision.reason), true);
        return;
    }
    const QImage image = burnWatermark(renderActiveView(), exit.image->watermark());
    QPrinter printer;
    QPrintDialog dialog(&printer, m_window);
    // Printing puts paper in a tray. "Print to File" would write a PDF to any
    // folder, past the export destinations: files leave only through
    // File → Export (PNG/JPEG), which checks the folder.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted) {
        notify(tr("Nothing was printed (cancelled)."), false);
        return;
    }
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.outputFileName().isEmpty()) {
        notify(tr("Nothing was printed: Custos prints to a printer only. To save the image as a file, use File → Export… "
                  "(PNG or JPEG), which checks the folder against the site policy."),
               true);
        return;
    }
    QPainter p(&printer);
    const QRect page = p.viewport();
    const QSize size = image.size().scaled(page.size(), Qt::KeepAspectRatio);
    p.drawImage(QRect(page.topLeft(), size), image);
}

bool ComplianceController::dragOut(SliceView* view)
{
    const Current c = current();
    if (!c.valid || !view)
        return false;
    const exports::ImageExit exit = askImage(policy::Action::DragOut, c.subject, audit::purpose::dragImage);
    if (!exit.image) {
        notify(tr("The image cannot be dragged out. %1").arg(exit.decision.reason), true);
        return false;
    }
    auto* mime = new QMimeData;
    mime->setImageData(burnWatermark(renderActiveView(), exit.image->watermark()));
    auto* drag = new QDrag(view);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
    return true;
}

int ComplianceController::exportScreenshot(const QImage& window, const QString& file)
{
    // Every study the window shows (thumbnails included) leaves with the
    // image, so core/export asks an ExportImage for each, for this folder;
    // a window that shows none is refused (the screenshot is an export).
    const auto catalog = m_window ? m_window->loader()->catalog() : nullptr;
    const exports::ImageExit exit =
        exports::requestScreenshot(*m_context->guard, catalog ? m_viewDecisions.shown(*catalog) : std::vector<policy::Subject>{}, file,
                                   audit::purpose::screenshot, m_context->identity().userName, m_context->now());
    if (!exit.image) {
        std::fprintf(stderr, "custos: the screenshot was refused, nothing was written: %s\n", qPrintable(exit.decision.reason));
        return 3;
    }
    const QByteArray png = encodeImage(burnWatermark(window, exit.image->watermark()), "PNG");
    auto written = exports::ImageWriter::writeNamedFile(*exit.image, png, file, m_context->audit);
    if (!written) {
        std::fprintf(stderr, "custos: the screenshot was not written: %s\n", qPrintable(written.errorMessage()));
        return 1;
    }
    return 0;
}

// Ctrl+left-drag on a viewport takes the image out (plain drags stay tools).
bool ComplianceController::eventFilter(QObject* watched, QEvent* event)
{
    auto* view = qobject_cast<SliceView*>(watched);
    if (!view)
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() == Qt::LeftButton && (e->modifiers() & Qt::ControlModifier)) {
            m_dragView = view;
            m_dragStart = e->position().toPoint();
            return true;
        }
        m_dragView = nullptr;
    } else if (event->type() == QEvent::MouseMove && m_dragView == view) {
        auto* e = static_cast<QMouseEvent*>(event);
        if ((e->position().toPoint() - m_dragStart).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragView = nullptr;
            dragOut(view);
        }
        return true;
    } else if (event->type() == QEvent::MouseButtonRelease && m_dragView == view) {
        m_dragView = nullptr;
        return true;
    }
    return false;
}

void ComplianceController::showAbout()
{
    const CaptureProtectionStatus status = m_context->capture ? m_context->capture->status() : CaptureProtectionStatus{};
    const QString level = status.level == CaptureProtectionLevel::Full      ? tr("full")
                          : status.level == CaptureProtectionLevel::Partial ? tr("partial")
                                                                            : tr("none");
    QMessageBox box(m_window);
    box.setWindowTitle(tr("About Custos"));
    box.setText(tr("<b>Custos</b> %1<br>A radiology viewer with the HIPAA safeguards built in.").arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("Screen-capture protection on this computer: <b>%1</b>. %2<br><br>Site policy: %3 (%4).")
                               .arg(level, status.explanation.toHtmlEscaped(), m_context->guard->policy().siteName.toHtmlEscaped(),
                                    m_context->policyOrigin.toHtmlEscaped()));
    box.exec();
}

} // namespace custos::ui
