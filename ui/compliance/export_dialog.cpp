// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/export_dialog.h"

#include "core/deid/export_files.h"
#include "core/export/dicom_writer.h"
#include "core/export/export_request.h"
#include "core/export/image_writer.h"
#include "core/policy/training.h"
#include "ui/compliance/compliance_context.h"
#include "ui/compliance/training_dialog.h"
#include "ui/compliance/watermark.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace custos::ui {

namespace {

QString expandHome(QString path)
{
    if (path.startsWith(QLatin1Char('~')))
        path = QDir::homePath() + path.mid(1);
    return path;
}

} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const ComplianceContext> context, ExportSource source, QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_source(std::move(source)), m_done(std::make_shared<std::atomic_int>(0))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    auto* form = new QFormLayout;

    m_formatBox = new QComboBox(this);
    m_formatBox->addItem(tr("DICOM files, identified (as stored)"), int(Format::IdentifiedDicom));
    m_formatBox->addItem(tr("DICOM files, de-identified (PS3.15 Basic Profile)"), int(Format::DeidentifiedDicom));
    m_formatBox->addItem(tr("PNG image of the current view (watermarked)"), int(Format::Png));
    m_formatBox->addItem(tr("JPEG image of the current view (watermarked)"), int(Format::Jpeg));
    m_formatBox->setCurrentIndex(1);
    form->addRow(tr("Format:"), m_formatBox);

    auto* scope = new QVBoxLayout;
    m_study = new QRadioButton(this);
    m_series = new QRadioButton(this);
    m_keys = new QRadioButton(this);
    m_keys->setObjectName(QStringLiteral("exportKeyImagesOnly"));
    m_study->setChecked(true);
    scope->addWidget(m_study);
    scope->addWidget(m_series);
    scope->addWidget(m_keys);
    form->addRow(tr("What leaves:"), scope);
    m_scopeLabel = form->labelForField(scope);
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    form->addRow(QString(), m_what);

    auto* where = new QHBoxLayout;
    m_destination = new QLineEdit(this);
    const QStringList allowed = m_context->guard->policy().exportDestinations;
    if (!allowed.isEmpty())
        m_destination->setText(expandHome(allowed.front()));
    auto* browse = new QPushButton(tr("Choose…"), this);
    where->addWidget(m_destination, 1);
    where->addWidget(browse);
    form->addRow(tr("Where to:"), where);
    auto* allowedLabel = new QLabel(allowed.isEmpty() ? tr("The site policy allows no export destination.")
                                                      : tr("Allowed by the site policy: %1").arg(allowed.join(QStringLiteral(", "))),
                                    this);
    allowedLabel->setWordWrap(true);
    form->addRow(QString(), allowedLabel);

    m_purpose = new QLineEdit(this);
    m_purpose->setPlaceholderText(tr("e.g. second opinion requested by the referring physician"));
    form->addRow(tr("Purpose:"), m_purpose);

    m_rule = new QLabel(this);
    m_rule->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("exportRule"));
    form->addRow(tr("Policy:"), m_rule);

    auto* reminder = new QLabel(this);
    reminder->setWordWrap(true);
    reminder->setStyleSheet(QStringLiteral("QLabel { color: #c8c8a0; }"));
    if (auto module = policy::trainingModule(QStringLiteral("phi-handling")))
        reminder->setText(tr("Reminder: %1").arg(module.value().summary));
    reminder->setText(reminder->text() + QLatin1Char(' ')
                      + tr("Export only what the purpose needs, only to where the policy allows, and check images for text burned into the pixels."));

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));

    auto* buttons = new QDialogButtonBox(this);
    m_emergency = buttons->addButton(tr("Request emergency access…"), QDialogButtonBox::ActionRole);
    m_emergency->setObjectName(QStringLiteral("exportEmergencyAccess"));
    m_emergency->setVisible(false);
    connect(m_emergency, &QPushButton::clicked, this, [this] {
        emit breakGlassRequested();
        reject();
    });
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(reminder);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 420);

    connect(m_formatBox, &QComboBox::currentIndexChanged, this, [this] { setFormat(Format(m_formatBox->currentData().toInt())); });
    connect(m_study, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setWholeStudy(true);
    });
    connect(m_series, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setWholeStudy(false);
    });
    connect(m_keys, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setKeyImagesOnly();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export to"), m_destination->text());
        if (!dir.isEmpty())
            setDestination(dir);
    });
    connect(m_destination, &QLineEdit::textChanged, this, [this] {
        m_exported = false;
        updateRule();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::confirmAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onFinished);
    m_poll = new QTimer(this);
    connect(m_poll, &QTimer::timeout, this, [this] { m_progress->setValue(m_done->load()); });
    setFormat(Format::DeidentifiedDicom);
}

ExportDialog::~ExportDialog()
{
    m_watcher.waitForFinished();
}

void ExportDialog::setFormat(Format format)
{
    m_format = format;
    m_exported = false;
    const int index = m_formatBox->findData(int(format));
    if (m_formatBox->currentIndex() != index) {
        QSignalBlocker block(m_formatBox);
        m_formatBox->setCurrentIndex(index);
    }
    if (m_keysOnly)
        setKeyImagesOnly();
    else
        setWholeStudy(m_wholeStudy);
}

void ExportDialog::setKeyImagesOnly()
{
    setWholeStudy(m_wholeStudy);
    if (m_format == Format::Png || m_format == Format::Jpeg || m_source.keyFiles.isEmpty())
        return; // a picture is one view; without flagged images there is nothing to choose
    m_keysOnly = true;
    {
        QSignalBlocker a(m_study), b(m_series), c(m_keys);
        m_study->setChecked(false);
        m_series->setChecked(false);
        m_keys->setChecked(true);
    }
    m_what->setText(tr("%n DICOM file(s) of the images flagged as key images, into a folder per study and series: "
                       "<folder>/<study>/<series>/IM000001.dcm, …", nullptr, int(m_source.keyFiles.size())));
    updateRule();
}

const QStringList& ExportDialog::chosenFiles() const
{
    return m_keysOnly ? m_source.keyFiles : m_wholeStudy ? m_source.studyFiles : m_source.seriesFiles;
}

QString ExportDialog::chosenLabel() const
{
    return m_keysOnly ? tr("the key images of %1").arg(m_source.studyLabel) : m_wholeStudy ? m_source.studyLabel : m_source.seriesLabel;
}

void ExportDialog::setWholeStudy(bool whole)
{
    m_wholeStudy = whole;
    m_keysOnly = false;
    m_exported = false;
    const bool image = m_format == Format::Png || m_format == Format::Jpeg;
    m_study->setText(tr("the study: %1 (%n file(s))", nullptr, int(m_source.studyFiles.size())).arg(m_source.studyLabel));
    m_series->setText(tr("this series: %1 (%n file(s))", nullptr, int(m_source.seriesFiles.size())).arg(m_source.seriesLabel));
    // A picture is one view, not the study's files: no study/series choice is offered for it.
    m_study->setVisible(!image);
    m_series->setVisible(!image);
    m_keys->setText(m_source.keyFiles.isEmpty() ? tr("key images only (no image is flagged: press K on an image to flag it)")
                                                : tr("key images only: %n file(s)", nullptr, int(m_source.keyFiles.size())));
    m_keys->setEnabled(!m_source.keyFiles.isEmpty());
    m_keys->setVisible(!image);
    if (m_scopeLabel)
        m_scopeLabel->setVisible(!image);
    {
        QSignalBlocker a(m_study), b(m_series), c(m_keys);
        m_study->setChecked(whole);
        m_series->setChecked(!whole);
        m_keys->setChecked(false);
    }
    const bool masked = image && m_context->guard->preview(policy::Action::ExportImage, subject()).forceDeidentify;
    m_what->setText(!image ? tr("%n DICOM file(s), into a folder per study and series: <folder>/<study>/<series>/IM000001.dcm, …", nullptr,
                                int((whole ? m_source.studyFiles : m_source.seriesFiles).size()))
                    : masked ? tr("One image: the current view as on screen, with a burned-in watermark. Your role sees the patient's "
                                  "demographics masked, and so does the image.")
                             : tr("One image: the current view as on screen, with a burned-in watermark. It is not de-identified: the "
                                  "patient's name and ID in the corner text leave with it."));
    updateRule();
}

void ExportDialog::setDestination(const QString& folder) { m_destination->setText(folder); }
void ExportDialog::setPurpose(const QString& purpose) { m_purpose->setText(purpose); }
QString ExportDialog::statusText() const { return m_status->text(); }

policy::Action ExportDialog::action() const
{
    switch (m_format) {
    case Format::IdentifiedDicom: return policy::Action::ExportDicom;
    case Format::DeidentifiedDicom: return policy::Action::ExportDeidentified;
    case Format::Png:
    case Format::Jpeg: break;
    }
    return policy::Action::ExportImage;
}

policy::Subject ExportDialog::subject() const
{
    policy::Subject s = m_source.study;
    s.destination = QDir(expandHome(m_destination->text().trimmed())).absolutePath();
    const bool image = m_format == Format::Png || m_format == Format::Jpeg;
    s.description = image ? tr("1 image of %1").arg(m_source.seriesLabel)
                          : tr("%1 files of %2").arg(chosenFiles().size()).arg(chosenLabel());
    return s;
}

// What the Guard would say now (core/export's preview: nothing is recorded).
void ExportDialog::updateRule()
{
    const exports::ExportPreview preview = exports::previewExport(*m_context->guard, action(), subject());
    const policy::Decision& d = preview.decision;
    const bool emergencyOnly = preview.emergencyOnly;
    QString text;
    switch (d.kind) {
    case policy::Decision::Kind::Allowed:
        text = d.forceDeidentify ? tr("Allowed for your role (%1), de-identified: your role exports de-identified data only, whatever format you choose.").arg(d.role)
                                 : tr("Allowed for your role (%1).").arg(d.role);
        if (!d.watermark.isEmpty())
            text += QLatin1Char(' ') + tr("Images carry the watermark \"%1\".").arg(d.watermark);
        break;
    case policy::Decision::Kind::NeedsTraining:
        text = emergencyOnly ? tr("Your role does not allow this export. In an emergency you may request emergency (break-glass) access "
                                  "to this study; its short training comes first. Everything is recorded and reviewed.")
                             : tr("Allowed once you complete a short training (it opens when you press Export).");
        break;
    case policy::Decision::Kind::NeedsBreakGlass:
    case policy::Decision::Kind::Denied: text = d.reason; break;
    }
    m_rule->setText(text);
    const bool refused = preview.refused();
    m_rule->setStyleSheet(refused ? QStringLiteral("QLabel { color: #ff8a80; }") : QString());
    // Only emergency access would allow it: the way there, not an Export
    // button that can only fail.
    m_emergency->setVisible(emergencyOnly && m_context->breakGlass);
    // Exported once: not again by a second press; a change of what or where allows it.
    m_export->setEnabled(!refused && !m_watcher.isRunning() && !m_exported);
    m_export->setToolTip(refused ? text : m_exported ? tr("Exported. Change the format, the scope or the folder to export again.") : QString());
}

void ExportDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #ff8a80; }") : QString());
}

void ExportDialog::confirmAndExport()
{
    // Patient data leaving as it is: said in full, and confirmed, first.
    const bool identified = m_format == Format::IdentifiedDicom
                            && !m_context->guard->preview(action(), subject()).forceDeidentify;
    if (identified) {
        const int files = int(chosenFiles().size());
        QMessageBox box(QMessageBox::Warning, tr("Export patient data"),
                        tr("Export %1 DICOM files with the patient's name and other identifying data to %2?").arg(files).arg(subject().destination),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("exportConfirmation"));
        box.setInformativeText(tr("They leave Custos' protection: keep them only where the purpose needs them."));
        QPushButton* yes = box.addButton(tr("Export"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        emit confirmationOpened(&box);
        box.exec();
        if (box.clickedButton() != yes) {
            setStatus(tr("Nothing was exported."), false);
            return;
        }
    }
    startExport();
}

void ExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    const QString purpose = m_purpose->text().trimmed();
    if (purpose.isEmpty()) {
        setStatus(tr("Say why the data leaves (the purpose is recorded in the audit trail)."), true);
        return;
    }
    const policy::Subject s = subject();
    // core/export asks the Guard and names the training it needs; this dialog only shows it.
    const exports::TrainedDecision asked = exports::requestWithTraining(
        *m_context->guard, action(), s, purpose, [this](const QString& moduleId) { return completeTraining(this, *m_context, moduleId); });
    if (asked.trainingNotCompleted) {
        setStatus(tr("Nothing was exported: the training must be completed first."), true);
        return;
    }
    const policy::Decision& d = asked.decision;
    m_lastDecision = d;
    if (!d.allowed()) {
        setStatus(tr("Nothing was exported. %1").arg(d.reason), true);
        emit exportFinished(false, d.reason);
        return;
    }
    if (!QDir().mkpath(s.destination)) {
        setStatus(tr("The folder %1 could not be created; nothing was exported.").arg(s.destination), true);
        emit exportFinished(false, m_status->text());
        return;
    }

    const bool image = m_format == Format::Png || m_format == Format::Jpeg;
    const bool deidentify = d.forceDeidentify || m_format == Format::DeidentifiedDicom;
    const QStringList files = image ? QStringList() : chosenFiles();
    QByteArray picture;
    std::shared_ptr<const exports::ReleasedImage> released;
    if (image) {
        // core/export releases the image on the Guard's permit and decides its watermark line.
        auto release = exports::ImageWriter::release(d.permit.get(), policy::Action::ExportImage, m_context->identity().userName, m_context->now());
        if (!release) {
            setStatus(release.errorMessage(), true);
            emit exportFinished(false, release.errorMessage());
            return;
        }
        released = release.value();
        picture = encodeImage(burnWatermark(m_source.renderView ? m_source.renderView() : QImage(), released->watermark()),
                              m_format == Format::Jpeg ? "JPEG" : "PNG");
    }
    m_progress->setRange(0, image ? 1 : int(files.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_done->store(0);
    m_export->setEnabled(false);
    setStatus(tr("Exporting…"), false);
    const QDir out(s.destination);
    const QString suffix = m_format == Format::Jpeg ? QStringLiteral("jpg") : QStringLiteral("png");
    auto done = m_done;
    const std::shared_ptr<const policy::ExportPermit> permit = d.permit;
    const QString seriesUid = m_source.study.seriesUid;
    m_watcher.setFuture(QtConcurrent::run([files, picture, image, deidentify, out, suffix, done, permit, released, seriesUid]() -> Outcome {
        Outcome o;
        auto fail = [&o](const QString& message) {
            for (const QString& f : o.files)
                QFile::remove(f); // a failed export leaves nothing half-done
            o.files.clear();
            o.error = message;
            return o;
        };
        if (image) {
            auto target = exports::ImageWriter::writeIntoExport(*released, picture, suffix, seriesUid, out); // a failure is recorded in onFinished
            if (!target)
                return fail(target.errorMessage());
            o.files << target.value();
            o.folders << QFileInfo(target.value()).absolutePath();
            done->store(1);
            return o;
        }
        // Through core/export, with the permit the Guard attached to its decision.
        auto written = exports::DicomWriter::write({{permit.get(), files}}, deidentify, out, {}, [done] { done->fetch_add(1); });
        if (!written)
            return fail(written.errorMessage());
        o.files = written.value().files;
        o.folders = written.value().folders;
        o.burnedIn = written.value().burnedIn;
        for (const deid::HeldBack& h : written.value().heldBack)
            o.heldBack << tr("%1: %2").arg(QFileInfo(h.source).fileName(), h.reason);
        o.deidentified = written.value().deidentified;
        o.k = written.value().risk.k;
        o.patients = written.value().risk.patients;
        o.quasiIdentifiers = written.value().risk.quasiIdentifiers;
        o.manifest = written.value().manifestPath;
        return o;
    }));
    m_poll->start(100);
}

void ExportDialog::onFinished()
{
    m_poll->stop();
    const Outcome o = m_watcher.result();
    m_progress->setValue(m_progress->maximum());
    m_written = o.files;
    if (!o.error.isEmpty()) {
        audit::Event failed = policy::decisionEvent(action(), subject(), m_purpose->text(), m_context->guard->requester(), m_lastDecision);
        failed.outcome = audit::Outcome::SeriousFailure;
        failed.outcomeDescription = QStringLiteral("export failed after it was allowed; partial output removed");
        if (m_context->audit)
            m_context->audit(failed);
        setStatus(tr("The export failed: %1 Nothing was left behind.").arg(o.error), true);
        updateRule();
        emit exportFinished(false, o.error);
        return;
    }
    QString text = tr("Exported %n file(s) to %1", nullptr, int(o.files.size()))
                       .arg(o.folders.size() == 1 ? QDir::toNativeSeparators(o.folders.front()) : subject().destination);
    if (deidentified())
        text += tr(", de-identified") + (m_lastDecision.forceDeidentify && m_format == Format::IdentifiedDicom
                                             ? tr(" (your role exports de-identified data only)") : QString());
    text += QLatin1Char('.');
    if (o.burnedIn > 0)
        text += QLatin1Char(' ') + tr("%n file(s) may have text burned into the pixels: look at them before they leave.", nullptr, o.burnedIn);
    if (!o.heldBack.isEmpty())
        text += QLatin1Char('\n') + tr("%n file(s) were held back, because de-identification cannot remove what their pixels show:", nullptr, int(o.heldBack.size()))
                + QLatin1Char('\n') + o.heldBack.join(QLatin1Char('\n'));
    if (o.deidentified)
        text += QLatin1Char('\n') + tr("Residual risk: k = %1 over %n patient(s) (the smallest group sharing what the files keep: %2).", nullptr, o.patients)
                                         .arg(o.k)
                                         .arg(o.quasiIdentifiers.join(QStringLiteral(", ")))
                + QLatin1Char('\n') + tr("Provenance manifest: %1").arg(QDir::toNativeSeparators(o.manifest));
    m_heldBack = o.heldBack;
    setStatus(text, false);
    m_exported = true;
    updateRule();
    emit exportFinished(true, text);
}

} // namespace custos::ui
