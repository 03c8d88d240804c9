// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the viewer's compliance controls need from the app: the Guard that
// decides, the break-glass grants and training records it consults, the
// session (who is signed in), the accounts (re-authentication for
// break-glass), and where audit events go. Built once by app/gui/main.cpp
// (or a test) and shared by every window of the session.

#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/policy/guard.h"

#include <QByteArray>
#include <QString>

class QWidget;

#include <functional>
#include <memory>

namespace custos::audit {
class AuditLog;
}
namespace custos::auth {
class LocalAccountStore;
class Session;
} // namespace custos::auth
namespace custos::policy {
class BreakGlassRegistry;
class TrainingRecords;
} // namespace custos::policy

namespace custos::ui {

class CaptureProtection;

struct ComplianceContext
{
    policy::Guard* guard = nullptr;                     // required
    policy::BreakGlassRegistry* breakGlass = nullptr;   // null: no emergency access
    policy::TrainingRecords* training = nullptr;        // null: required training can never be completed
    const auth::Session* session = nullptr;             // required: who is signed in
    std::shared_ptr<auth::LocalAccountStore> accounts;  // re-authentication of local accounts (and SSO step-up)
    // Single sign-on once more (break-glass re-authentication of a person
    // who signed in through the identity provider); null: no SSO here.
    std::function<void(std::function<void(Result<auth::Identity>)>)> signInAgain;
    // Site mode: the break-glass re-authentication of a local account goes to
    // the Custos service (password and code checked there; the grant request
    // then carries the fresh ticket). Null: `accounts` checks them here.
    std::function<Result<auth::Identity>(const QString& user, const QString& password, const QString& code)> reauthenticateLocal;
    // Site mode, single sign-on: the provider asks again (prompt=login,
    // max_age=0) and the Custos service checks its answer (auth_time, the
    // person, the second factor: the provider's, or Custos's own `code`);
    // `done` gets the identity of the service's fresh ticket, which the
    // grant request then carries. Used instead of signInAgain, and never
    // with a step-up of `accounts` here. Null: not in site mode.
    std::function<void(const QString& code, std::function<void(Result<auth::Identity>)> done)> signInAgainThroughService;
    std::function<void(const audit::Event&)> audit;     // thread-safe
    std::shared_ptr<audit::AuditLog> auditLog;          // the administration view reads it; may be null
    CaptureProtection* capture = nullptr;               // null: no capture protection on this platform
    policy::Clock clock;                                // default: the system clock
    // Shown next to the policy: "built-in default policy" or the file path.
    QString policyOrigin;
    // The text of the policy in force (JSON), shown as it is; empty: read again from its file.
    QByteArray policyJson;
    // Tools → Administration… (ui/admin builds it; empty: not offered).
    std::function<void(QWidget* parent)> showAdministration;

    QDateTime now() const;
    auth::Identity identity() const;
};

} // namespace custos::ui
