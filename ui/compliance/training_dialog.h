// SPDX-License-Identifier: Apache-2.0
#pragma once
// Just-in-time training: before the first export, de-identified export,
// break-glass or AI review the Guard answers NeedsTraining; this dialog
// shows the module (resources/training/<id>.html, by language), asks its
// questions, and records the acknowledgement (policy::acknowledge, which
// audits it) only when every answer is right. Wrong answers name the
// questions to look at again, never the right choice.

#include "core/policy/training.h"

#include <QDialog>

#include <memory>
#include <vector>

class QButtonGroup;
class QLabel;

namespace custos::ui {

struct ComplianceContext;

class TrainingDialog : public QDialog
{
    Q_OBJECT
public:
    TrainingDialog(const ComplianceContext& context, policy::TrainingModule module, QWidget* parent = nullptr);

    const policy::TrainingModule& module() const { return m_module; }
    // The steps the controls take (also for tests): choice per question.
    void setAnswer(int question, int choice);
    // Checks and records; accepts the dialog when every answer is right.
    bool submit();
    QString errorText() const;

    // The module's reading text: ":/custos/training/<id>_<lang>.html", else
    // ":/custos/training/<id>.html", else its summary.
    static QString contentHtml(const policy::TrainingModule& module);

private:
    const ComplianceContext& m_context;
    policy::TrainingModule m_module;
    std::vector<QButtonGroup*> m_groups;
    QLabel* m_error = nullptr;
};

// Opens the module and waits; true when completed now.
bool completeTraining(QWidget* parent, const ComplianceContext& context, const QString& moduleId);

} // namespace custos::ui
