// SPDX-License-Identifier: Apache-2.0
#pragma once
// Site mode's compliance records, for the viewer and custos-cli alike:
// break-glass grants, their review queue and training acknowledgements are
// custosd's, machine-wide (core/service/service_compliance.h). This is the
// client side: the remotes the Guard's registry and training records use,
// the fresh sign-in an emergency grant needs (checked by the service), and
// requests of the compliance officer (queue, roster, audit query), each
// carrying the signed-in person's ticket. Personal mode keeps the data
// folder's files, as before.

#include "core/auth/identity.h"
#include "core/common/result.h"
#include "core/policy/policy_state.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <memory>
#include <mutex>

namespace custos::app {

class Services;

class SiteCompliance
{
public:
    explicit SiteCompliance(std::shared_ptr<Services> services);

    std::shared_ptr<policy::BreakGlassRemote> breakGlassRemote();
    std::shared_ptr<policy::TrainingRemote> trainingRemote();

    // The fresh sign-in of an emergency grant: password and code go to
    // custosd, which issues a short ticket of the same person; the next
    // grant request carries it (and the service revokes it once used).
    Result<auth::Identity> reauthenticateLocal(const QString& user, const QString& password, const QString& code);
    void setReauthTicket(const QByteArray& ticket);

    // {"op": op, "action": action, "ticket": <the signed-in person's>} + fields.
    Result<QCborMap> call(const QString& op, const QString& action, QCborMap fields = {});

private:
    std::shared_ptr<Services> m_services;
    std::mutex m_mutex;
    QByteArray m_reauthTicket;
};

// The Guard's training records and break-glass grants: custosd's in site
// mode, the data folder's (sealed with the keychain's keys) otherwise.
// `site` receives the site-mode client (null in personal mode).
Result<policy::PolicyState> openPolicyStateFor(const std::shared_ptr<Services>& services, std::shared_ptr<const policy::Policy> policy,
                                               policy::AuditSink audit, std::shared_ptr<SiteCompliance>* site = nullptr);

// A new ticket replaces `previous` (an unlock, a second sign-in): custosd
// revokes the previous one at once, so a copy of it is worthless. Best
// effort when `previous` already ended; an error only if the service
// could not be told.
Result<void> revokeReplacedTicket(Services& services, const QByteArray& previous, const QByteArray& replacement);

// Grants and acknowledgements as custosd sends them.
std::vector<policy::BreakGlassGrant> grantsFromCbor(const QCborValue& list);
std::vector<policy::Acknowledgement> acknowledgementsFromCbor(const QCborValue& list);

} // namespace custos::app
