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
#include "core/auth/oidc_client.h"
#include "core/common/result.h"
#include "core/policy/policy_state.h"

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <functional>
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
    // The same for a person who signed in through single sign-on: `proof`
    // is OidcClient::lastProof() of a re-authentication (prompt=login,
    // max_age=0). custosd checks the ID token itself, that its auth_time is
    // not before proof.requestedAt and that it names the person of the
    // session's ticket; `code` is Custos's own step-up code, needed only
    // where the provider reported no second factor. The session's ticket
    // stays as it is: the fresh one is only the proof for the next grant.
    // Blocking (a call to the service): not on the UI thread.
    Result<auth::Identity> reauthenticateSso(const auth::SignInProof& proof, const QString& code);
    // reauthenticateSso off the calling thread; `done` runs on the
    // application's (UI) thread, and not at all once `receiver` is gone.
    static void reauthenticateSsoAsync(std::shared_ptr<SiteCompliance> site, const auth::SignInProof& proof, const QString& code,
                                       QObject* receiver, std::function<void(Result<auth::Identity>)> done);
    // The viewer's break-glass confirmation of a single sign-on user
    // (ui::ComplianceContext::signInAgainThroughService): `oidc` asks again
    // (prompt=login, max_age=0) for the person `subject()` names; the second
    // factor is left to the service, which also takes `code`. The answer
    // goes to reauthenticateSso off the UI thread, `done` gets the identity
    // of the fresh ticket (or why not) on the UI thread. `oidc` must outlive it.
    using Confirmation = std::function<void(const QString& code, std::function<void(Result<auth::Identity>)> done)>;
    static Confirmation singleSignOnConfirmation(std::shared_ptr<SiteCompliance> site, auth::OidcClient* oidc, std::function<QString()> subject);
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
