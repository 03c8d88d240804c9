// SPDX-License-Identifier: Apache-2.0
#pragma once
// File → Export…: what leaves (study or series, how many files — no patient
// name), where to (a folder the site policy allows), in which form
// (identified DICOM, de-identified DICOM, PNG or JPEG of the current view),
// why (the purpose, recorded in the audit trail), and under which rule (the
// Guard's decision: the role that allows it, or that the role exports
// de-identified data only, whatever form was asked). The Guard decides when
// the person presses Export; the files are written on a worker thread.
// Images carry a burned-in watermark (user, time, PHI or de-identified).

#include "core/policy/guard.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace custos::ui {

struct ComplianceContext;

struct ExportSource
{
    policy::Subject study;  // the study (patient fields for the audit trail only)
    QString studyLabel;     // "CT chest (2 series)" — no patient data
    QString seriesLabel;    // "CT 3 Axial"
    QStringList studyFiles; // every file of the study
    QStringList seriesFiles;
    std::function<QImage()> renderView; // the current view as shown (without watermark)
    QStringList keyFiles;   // the files of the study's flagged key images ("key images only")
};

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Format { IdentifiedDicom, DeidentifiedDicom, Png, Jpeg };

    ExportDialog(std::shared_ptr<const ComplianceContext> context, ExportSource source, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // The steps the controls take (also for tests).
    void setFormat(Format format);
    void setWholeStudy(bool whole);
    // Only the files of the flagged key images (the study's key object selection).
    void setKeyImagesOnly();
    bool keyImagesOnly() const { return m_keysOnly; }
    void setDestination(const QString& folder);
    void setPurpose(const QString& purpose);
    void startExport();
    // What the Export button does: for identified files, a confirmation first.
    void confirmAndExport();
    QPushButton* exportButton() const { return m_export; }

    QStringList writtenFiles() const { return m_written; }
    // De-identified exports: the images held back for pixel PHI, "file: why".
    QStringList heldBack() const { return m_heldBack; }
    QString statusText() const;
    bool deidentified() const { return m_lastDecision.forceDeidentify || m_format == Format::DeidentifiedDicom; }
    const policy::Decision& lastDecision() const { return m_lastDecision; }
    // Shown when only emergency access would allow this export.
    QPushButton* emergencyButton() const { return m_emergency; }

signals:
    void exportFinished(bool ok, const QString& message);
    // The person asks for emergency access to this study (the dialog closes).
    void breakGlassRequested();
    // The confirmation of an identified export as it opens (modal; for tests).
    void confirmationOpened(QDialog* box);

private:
    policy::Action action() const;
    policy::Subject subject() const;
    void updateRule();
    void setStatus(const QString& text, bool error);
    void onFinished();
    const QStringList& chosenFiles() const;
    QString chosenLabel() const;

    std::shared_ptr<const ComplianceContext> m_context;
    ExportSource m_source;
    Format m_format = Format::DeidentifiedDicom;
    bool m_wholeStudy = true;
    bool m_keysOnly = false;
    policy::Decision m_lastDecision;
    QStringList m_written;
    QStringList m_heldBack;

    QComboBox* m_formatBox = nullptr;
    QRadioButton* m_study = nullptr;
    QRadioButton* m_series = nullptr;
    QRadioButton* m_keys = nullptr;
    QWidget* m_scopeLabel = nullptr; // "What leaves:", hidden with the choice for a picture
    QLabel* m_what = nullptr;
    QLineEdit* m_destination = nullptr;
    QLineEdit* m_purpose = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_emergency = nullptr;
    bool m_exported = false; // since the last change of format, scope or folder

    struct Outcome
    {
        QStringList files;
        QStringList folders; // <destination>/<study>/<series> written
        QString error;
        int burnedIn = 0;
        QStringList heldBack; // "file: why" of images de-identification held back
        bool deidentified = false;
        int k = 0, patients = 0;       // the residual-risk check's figures
        QStringList quasiIdentifiers;  // what the files keep that could single a patient out
        QString manifest;              // the provenance manifest written beside them
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_int> m_done;
    QTimer* m_poll = nullptr;
};

} // namespace custos::ui
