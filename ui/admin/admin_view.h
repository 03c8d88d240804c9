// SPDX-License-Identifier: Apache-2.0
#pragma once
// Tools → Administration…: for roles with ViewAuditTrail. The audit trail
// with filters (user, patient, study, event, time), chain verification and
// ATNA XML export; the break-glass review queue; the site policy in force
// (pretty JSON and where it came from); this computer's capture protection.
// Every sensitive step asks the Guard again (ExportAuditTrail,
// ReviewBreakGlass, ViewPolicy).

#include "core/audit/audit_log.h"
#include "core/policy/break_glass.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace custos::ui {

struct ComplianceContext;

class AdminView : public QWidget
{
    Q_OBJECT
public:
    explicit AdminView(std::shared_ptr<const ComplianceContext> context, QWidget* parent = nullptr);

    // The steps the controls take (also for tests).
    void reload();
    void setFilter(const QString& user, const QString& patient, const QString& study, const QString& event);
    int visibleRecords() const;
    QString verifyChain();
    QString exportAtna(const QString& file);
    // The post-event review of the queue's row: a verdict and a note, both required.
    QString recordReview(int row, const QString& note, policy::BreakGlassVerdict verdict);
    // The break-glass queue's cells (row, column), as shown (also for tests).
    QStringList reviewRow(int row) const;
    QStringList reviewColumns() const;

    // Opens (or raises) the view as its own window.
    static void show(std::shared_ptr<const ComplianceContext> context, QWidget* parent);

    // A person as the administration view names them everywhere: their
    // name with their login ("Dr. Ana Rivera (radiologist)"), or the login
    // alone when no name is known. `subject`, `login`: as the trail keeps them.
    QString personShown(const QString& subject, const QString& login = {}) const;

private:
    void applyFilter();
    QString usersOf(const audit::Event& e) const;
    void reloadReviews();
    QWidget* buildAuditTab();
    QWidget* buildReviewTab();
    QWidget* buildPolicyTab();

    std::shared_ptr<const ComplianceContext> m_context;
    std::vector<audit::Record> m_records;
    std::vector<int> m_shown; // indices into m_records
    QHash<QString, QString> m_names; // login -> the person's name
    QLineEdit* m_user = nullptr;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_study = nullptr;
    QLineEdit* m_event = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_auditStatus = nullptr;
    QTableWidget* m_reviews = nullptr;
    QLineEdit* m_note = nullptr;
    QComboBox* m_verdict = nullptr;
    QLabel* m_reviewStatus = nullptr;
};

} // namespace custos::ui
