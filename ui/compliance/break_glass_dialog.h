// SPDX-License-Identifier: Apache-2.0
#pragma once
// Emergency access ("break-glass") to one study the person's role does not
// open: what it means, a reason category and a written reason (at least the
// policy's minimum), and a fresh sign-in of the same person with the second
// factor. The registry checks everything again and grants access to that
// one study for the policy's duration; start and end are security alerts in
// the audit trail, and compliance reviews every grant afterwards.

#include "core/policy/break_glass.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace custos::ui {

struct ComplianceContext;

// Why a written reason is not yet one a reviewer can read (empty: it is):
// at least `minimumLength` characters, three different words of two or more
// letters, and not one character typed over and over.
QString breakGlassReasonProblem(const QString& reason, int minimumLength);

// A reason category of the policy ("life-threatening-emergency") as a person reads it.
QString breakGlassCategoryName(const QString& id);

class BreakGlassDialog : public QDialog
{
    Q_OBJECT
public:
    BreakGlassDialog(const ComplianceContext& context, policy::Subject study, QWidget* parent = nullptr);

    // The steps the controls take (also for tests).
    void setCategory(const QString& category);
    void setReason(const QString& reason);
    void setCredentials(const QString& password, const QString& code);
    // Validates, re-authenticates, asks the registry; accepts on success.
    bool submit();

    QString errorText() const;
    QComboBox* categoryBox() const { return m_category; }
    const std::optional<policy::BreakGlassGrant>& grant() const { return m_grant; }

private:
    // Single sign-on users confirm through their identity provider (and
    // Custos's step-up code when it reports no second factor).
    void finishSingleSignOn(Result<auth::Identity> fresh);
    bool grantWith(const auth::Identity& current, const auth::Identity& fresh);

    const ComplianceContext& m_context;
    policy::Subject m_study;
    std::optional<policy::BreakGlassGrant> m_grant;
    QComboBox* m_category = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_singleSignOn = false;
};

} // namespace custos::ui
