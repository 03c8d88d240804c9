// SPDX-License-Identifier: Apache-2.0
#pragma once
// The compliance report's content, computed from live data only: the site
// policy in force and the audit trail (the system of record); nothing in it
// is typed by hand. buildReport() makes the JSON (its schema:
// resources/governance/compliance-report.schema.json); renderHtml() and the
// command line's PDF are drawn from that JSON alone, so every number a
// reader sees is a number in the JSON, and each traces to audit records.
//
// The de-identified report (the default) carries no patient identifier: no
// patient ID or name, no study UID, no free text a person typed (a
// break-glass reason, a review note), no export path (only the policy's
// destination it falls under). People working here are named: the report
// is about what staff did. The identified variant adds the patient and
// study columns; it needs its own permission.

#include "core/audit/audit_log.h"
#include "core/governance/model_registry.h"
#include "core/policy/policy.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace custos::governance {

inline constexpr int kReportSchemaVersion = 1;

struct ReportInputs
{
    const policy::Policy* policy = nullptr;
    std::vector<audit::Record> records; // the whole trail, oldest first
    QDate since, until;                 // inclusive; invalid: open
    bool identified = false;
    QDateTime generatedAt;              // UTC
    QString generatedBy;
    QString custosVersion;
    QString auditVerification;          // the chain check's sentence
    bool auditVerified = false;
    QString trailKind;                  // "personal" or "service"
    QJsonObject sbom;                   // CycloneDX as installed; empty: none installed
    QJsonArray linkedComponents;        // [{name, version}] compiled-in, always known
};

QJsonObject buildReport(const ReportInputs& inputs);
QString renderHtml(const QJsonObject& report, const QString& dataFlowSvgFile);
// The PHI data flow of this installation, from the policy: sources (PACS
// nodes, folders), the viewer, the encrypted cache, the audit trail and its
// collector, the identity provider, the export destinations.
QString dataFlowSvg(const policy::Policy& policy);
// The schema of the JSON (draft 2020-12 subset, as the policy's).
QByteArray reportSchema();

} // namespace custos::governance
