// SPDX-License-Identifier: Apache-2.0
#pragma once
// The AI findings dock: every AI object of the open study (type, model and
// version, the series it annotates) with its findings (label, confidence,
// measurements, segment volumes, review state); click to go to a finding;
// visibility per finding and per object; opacity, contour or fill, heatmap
// threshold; and the review: accept, reject with a reason, correct, comment,
// finish and sign.

#include "core/ai/review.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QPushButton;
class QSlider;
class QTreeWidget;
class QTreeWidgetItem;

namespace custos::ui {

class FindingsController;

class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    FindingsPanel(FindingsController* controller, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    // The row of a finding (column 0: label, 1: value, 2: review), null if not listed.
    QTreeWidgetItem* itemFor(const ai::FindingKey& key) const;
    QString summaryText() const;
    QString problemsText() const;
    QString reviewStatusText() const;
    // What of a value column this wide the text may use (the style's margins off).
    int valueTextRoom(int columnWidth) const;
    QPushButton* signButton() const { return m_sign; }

signals:
    // Modal dialogs as they open (for tests; they block until answered).
    void rejectDialogOpened(QDialog* dialog);
    void correctDialogOpened(QDialog* dialog); // placed and about to be shown
    void signConfirmationOpened(QDialog* dialog);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void fitValueColumn();
    void updateReviewState();
    void updateButtons();
    std::optional<ai::FindingKey> currentKey() const;
    void onItemChanged(QTreeWidgetItem* item, int column);
    void rejectCurrent();
    void correctCurrent();
    void commentCurrent();
    void finish();
    void showError(const QString& text);

    FindingsController* m_controller;
    QLabel* m_summary = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_governance = nullptr; // why findings are greyed (AI model registry)
    QTreeWidget* m_tree = nullptr;
    QSlider* m_opacity = nullptr;
    QComboBox* m_mode = nullptr;
    QSlider* m_threshold = nullptr;
    QCheckBox* m_labels = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_comment = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_sign = nullptr;
    QLabel* m_reviewStatus = nullptr;
    bool m_rebuilding = false;
};

} // namespace custos::ui
