// SPDX-License-Identifier: Apache-2.0
#pragma once
// The small dialogs of the review: why a finding is rejected, what the
// correction is (measurement values, box corners), a comment.

#include "core/ai/review.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace custos::ui {

class RejectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RejectDialog(QWidget* parent = nullptr);
    ai::RejectReason reason() const;
    QString text() const;
    // The steps the controls take (also for tests).
    void setReason(ai::RejectReason reason);
    void setText(const QString& text);
    // Closes only with what a reject needs ("Other" needs words).
    bool submit();
    QString errorText() const;

private:
    QComboBox* m_reason = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_error = nullptr;
};

// What a radiologist corrects on an AI finding, prefilled with the AI's
// values: its class (the AI's type, the types of the study's other
// findings and common ones), the name it is shown with, its measurements
// (a segment: its volume) and, where it has one, its region: a box by its
// corners, a point by its place, other shapes moved as a whole. Every edit
// is offered for a live preview (changed()), so the corrected region is seen
// on the image while the dialog stands beside it.
class CorrectDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectDialog(const ai::Finding& finding, const std::vector<ai::CodedConcept>& classes, QWidget* parent = nullptr);
    ai::Correction correction() const;
    // The steps the controls take (also for tests).
    bool setFindingClass(const QString& meaning); // false: not offered
    void setLabel(const QString& label);
    void setMeasurement(int index, double value);
    void moveRegion(double columns, double rows);  // the first 2D region, in image pixels
    int classCount() const;

signals:
    void changed();

private:
    ai::Finding m_finding;
    QComboBox* m_class = nullptr;
    QLineEdit* m_label = nullptr;
    std::vector<ai::CodedConcept> m_classes;
    std::vector<ai::Measurement> m_measurements;
    std::vector<QDoubleSpinBox*> m_values;
    std::vector<QDoubleSpinBox*> m_corners; // a box: x0, y0, x1, y1; a point: x, y; other shapes: the shift
    int m_region = -1;                      // index of the 2D region edited; -1: none
    bool m_shift = false;                   // m_corners move the region rather than set its points
};

// Moves a dialog that is about to open so that it does not cover `avoid`
// (global screen coordinates, e.g. the lesion on the image): beside it,
// else below or above it, within the screen.
void placeAwayFrom(QWidget* dialog, const QRect& avoid);

QString askComment(QWidget* parent, const QString& current, bool* ok);

} // namespace custos::ui
