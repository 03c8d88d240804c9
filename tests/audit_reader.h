// SPDX-License-Identifier: Apache-2.0
#pragma once
// Reads a data folder's audit trail the way an auditor's tool would: in the
// test process, with the folder's own keys from the (test) keychain. Tests
// use it instead of `custos-cli audit show`, which needs a session whose
// role may ViewAuditTrail; a test proving that a technologist is refused
// must not need the compliance officer's permission to check the record.
// Link custos_app_common.

#include "app/common/services.h"
#include "core/audit/audit_log.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace custos::testsupport {

// Every record as one compact JSON object per line (the fields of
// `custos-cli audit show --json`). A line in parentheses when unreadable.
inline QByteArray auditTrail(const QString& dataDir)
{
    auto services = app::Services::open({dataDir, false, QStringLiteral("custos-test")});
    if (!services->auditLog())
        return "(no audit trail: " + services->problem().toUtf8() + ")";
    auto records = services->auditLog()->read(1);
    if (!records)
        return "(unreadable: " + records.errorMessage().toUtf8() + ")";
    QByteArray out;
    for (const audit::Record& r : records.value())
        out += QJsonDocument(audit::toJson(r)).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

} // namespace custos::testsupport
