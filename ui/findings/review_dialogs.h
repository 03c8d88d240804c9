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

// Offers the finding's measurements (a segment: its volume) and the corners
// of its first box, prefilled with the AI's values.
class CorrectDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectDialog(const ai::Finding& finding, QWidget* parent = nullptr);
    ai::Correction correction() const;

private:
    ai::Finding m_finding;
    std::vector<ai::Measurement> m_measurements;
    std::vector<QDoubleSpinBox*> m_values;
    std::vector<QDoubleSpinBox*> m_corners; // x0, y0, x1, y1 of the first 2D box
};

QString askComment(QWidget* parent, const QString& current, bool* ok);

} // namespace custos::ui
