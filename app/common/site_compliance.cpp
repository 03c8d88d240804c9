// SPDX-License-Identifier: Apache-2.0
#include "app/common/site_compliance.h"

#include "app/common/services.h"
#include "core/policy/break_glass.h"
#include "core/policy/training.h"
#include "core/service/service_client.h"
#include "core/service/session_ticket.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <unistd.h>

namespace custos::app {

namespace {

// lupdate extracts Text::tr("...") under "custos::app", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::app)
};

} // namespace

std::vector<policy::BreakGlassGrant> grantsFromCbor(const QCborValue& list)
{
    std::vector<policy::BreakGlassGrant> out;
    for (const QCborValue& g : list.toArray())
        out.push_back(policy::BreakGlassRegistry::grantFromJson(g.toMap().toJsonObject()));
    return out;
}

std::vector<policy::Acknowledgement> acknowledgementsFromCbor(const QCborValue& list)
{
    std::vector<policy::Acknowledgement> out;
    for (const QCborValue& v : list.toArray()) {
        const QCborMap m = v.toMap();
        out.push_back({m.value(QStringLiteral("subject")).toString(), m.value(QStringLiteral("module")).toString(),
                       m.value(QStringLiteral("version")).toString(),
                       QDateTime::fromString(m.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)});
    }
    return out;
}

SiteCompliance::SiteCompliance(std::shared_ptr<Services> services) : m_services(std::move(services)) {}

Result<QCborMap> SiteCompliance::call(const QString& op, const QString& action, QCborMap fields)
{
    service::Client* client = m_services->serviceClient();
    if (!client)
        return Error{m_services->serviceProblem()};
    fields.insert(QStringLiteral("op"), op);
    if (!action.isEmpty())
        fields.insert(QStringLiteral("action"), action);
    fields.insert(QStringLiteral("ticket"), m_services->ticket());
    return client->call(fields);
}

void SiteCompliance::setReauthTicket(const QByteArray& ticket)
{
    std::lock_guard lock(m_mutex);
    m_reauthTicket = ticket;
}

Result<auth::Identity> SiteCompliance::reauthenticateLocal(const QString& user, const QString& password, const QString& code)
{
    service::Client* client = m_services->serviceClient();
    if (!client)
        return Error{m_services->serviceProblem()};
    // Short: it only has to last until the grant is asked for.
    auto ticket = client->signIn(user, password, code, 300);
    if (!ticket)
        return ticket.error();
    auto key = service::loadPinnedTicketKey();
    if (!key)
        return key.error();
    auto checked = key.value().verify(ticket.value());
    if (!checked)
        return checked.error();
    setReauthTicket(ticket.value());
    return checked.value().identity();
}

Result<auth::Identity> SiteCompliance::reauthenticateSso(const auth::SignInProof& proof, const QString& code)
{
    service::Client* client = m_services->serviceClient();
    if (!client)
        return Error{m_services->serviceProblem()};
    // Only an answer to prompt=login counts, with the moment it was asked.
    if (proof.idToken.isEmpty() || !proof.reauthentication || !proof.requestedAt.isValid())
        return Error{Text::tr("Emergency access needs your identity provider to ask for your sign-in again; it did not, so nothing was granted.")};
    const QByteArray session = m_services->ticket();
    if (session.isEmpty())
        return Error{Text::tr("Sign in before asking for emergency access.")};
    QCborMap ask;
    ask.insert(QStringLiteral("op"), QStringLiteral("ssoSignIn"));
    ask.insert(QStringLiteral("idToken"), proof.idToken);
    ask.insert(QStringLiteral("nonce"), proof.nonce);
    ask.insert(QStringLiteral("reauthSince"), proof.requestedAt.toSecsSinceEpoch());
    ask.insert(QStringLiteral("ticket"), session); // the same person only
    if (!code.isEmpty())
        ask.insert(QStringLiteral("code"), code);
    ask.insert(QStringLiteral("lifetime"), 300); // it only has to last until the grant is asked for
    auto reply = client->call(ask);
    if (!reply)
        return reply.error();
    const QByteArray ticket = reply.value().value(QStringLiteral("ticket")).toByteArray();
    auto key = service::loadPinnedTicketKey();
    if (!key)
        return key.error();
    // Signed by the service IT pinned, for this OS user, not expired.
    auto checked = service::TicketVerifier(key.value(), quint32(::getuid())).check(ticket);
    if (!checked)
        return checked.error();
    setReauthTicket(ticket); // the session's ticket is not touched
    return checked.value().identity();
}

void SiteCompliance::reauthenticateSsoAsync(std::shared_ptr<SiteCompliance> site, const auth::SignInProof& proof, const QString& code,
                                            QObject* receiver, std::function<void(Result<auth::Identity>)> done)
{
    QPointer<QObject> target(receiver);
    QThreadPool::globalInstance()->start([site = std::move(site), proof, code, target, done = std::move(done)] {
        auto result = std::make_shared<Result<auth::Identity>>(site->reauthenticateSso(proof, code));
        // Through the application object: the receiver may go meanwhile.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [target, done, result] {
            if (target)
                done(std::move(*result));
        }, Qt::QueuedConnection);
    });
}

SiteCompliance::Confirmation SiteCompliance::singleSignOnConfirmation(std::shared_ptr<SiteCompliance> site, auth::OidcClient* oidc,
                                                                      std::function<QString()> subject)
{
    return [site = std::move(site), oidc, subject = std::move(subject)](const QString& code, std::function<void(Result<auth::Identity>)> done) {
        // requireMfa false: a provider without a second factor is answered
        // by Custos's own code, which the service checks (never here).
        QPointer<auth::OidcClient> client(oidc);
        oidc->reauthenticate(subject(), false, [site, client, code, done](Result<auth::Identity> fresh) {
            if (!fresh || !client) {
                done(fresh ? Result<auth::Identity>(Error{Text::tr("The sign-in was cancelled.")}) : std::move(fresh));
                return;
            }
            reauthenticateSsoAsync(site, client->lastProof(), code, client, done);
        });
    };
}

std::shared_ptr<policy::BreakGlassRemote> SiteCompliance::breakGlassRemote()
{
    auto remote = std::make_shared<policy::BreakGlassRemote>();
    remote->start = [this](const policy::BreakGlassRequest& request) -> Result<policy::BreakGlassGrant> {
        QByteArray reauth;
        {
            std::lock_guard lock(m_mutex);
            reauth.swap(m_reauthTicket); // one fresh sign-in, one grant
        }
        QCborMap m;
        m.insert(QStringLiteral("category"), request.category);
        m.insert(QStringLiteral("reason"), request.reason);
        m.insert(QStringLiteral("studyUid"), request.subject.studyUid);
        m.insert(QStringLiteral("patientId"), request.subject.patientId);
        QCborArray actions;
        for (policy::Action a : policy::allActions())
            if (request.actions.contains(a))
                actions.append(policy::actionName(a));
        m.insert(QStringLiteral("actions"), actions);
        m.insert(QStringLiteral("reauthTicket"), reauth);
        auto r = call(QStringLiteral("breakGlass"), QStringLiteral("start"), m);
        if (!r)
            return r.error();
        return policy::BreakGlassRegistry::grantFromJson(r.value().value(QStringLiteral("grant")).toMap().toJsonObject());
    };
    remote->mine = [this]() -> Result<std::vector<policy::BreakGlassGrant>> {
        if (m_services->ticket().isEmpty())
            return std::vector<policy::BreakGlassGrant>{};
        auto r = call(QStringLiteral("breakGlass"), QStringLiteral("mine"));
        if (!r)
            return r.error();
        return grantsFromCbor(r.value().value(QStringLiteral("grants")));
    };
    remote->end = [this](const QString& id, const QString& reason) -> Result<void> {
        QCborMap m;
        m.insert(QStringLiteral("grantId"), id);
        m.insert(QStringLiteral("reason"), reason);
        auto r = call(QStringLiteral("breakGlass"), QStringLiteral("end"), m);
        if (!r)
            return r.error();
        return {};
    };
    remote->queue = [this]() -> Result<std::vector<policy::BreakGlassGrant>> {
        auto r = call(QStringLiteral("breakGlass"), QStringLiteral("queue"));
        if (!r)
            return r.error();
        return grantsFromCbor(r.value().value(QStringLiteral("grants")));
    };
    remote->review = [this](const QString& id, const QString& note, policy::BreakGlassVerdict verdict) -> Result<void> {
        QCborMap m;
        m.insert(QStringLiteral("grantId"), id);
        m.insert(QStringLiteral("note"), note);
        m.insert(QStringLiteral("verdict"), policy::verdictCode(verdict));
        auto r = call(QStringLiteral("breakGlass"), QStringLiteral("review"), m);
        if (!r)
            return r.error();
        return {};
    };
    return remote;
}

std::shared_ptr<policy::TrainingRemote> SiteCompliance::trainingRemote()
{
    auto remote = std::make_shared<policy::TrainingRemote>();
    remote->mine = [this]() -> Result<std::vector<policy::Acknowledgement>> {
        if (m_services->ticket().isEmpty())
            return std::vector<policy::Acknowledgement>{};
        auto r = call(QStringLiteral("training"), QStringLiteral("mine"));
        if (!r)
            return r.error();
        return acknowledgementsFromCbor(r.value().value(QStringLiteral("acknowledgements")));
    };
    remote->acknowledge = [this](const policy::TrainingModule& module, const std::vector<int>& answers) -> Result<void> {
        QCborMap m;
        m.insert(QStringLiteral("module"), module.id);
        QCborArray list;
        for (int a : answers)
            list.append(a);
        m.insert(QStringLiteral("answers"), list);
        auto r = call(QStringLiteral("training"), QStringLiteral("acknowledge"), m);
        if (!r)
            return r.error();
        return {};
    };
    return remote;
}

Result<policy::PolicyState> openPolicyStateFor(const std::shared_ptr<Services>& services, std::shared_ptr<const policy::Policy> policy,
                                               policy::AuditSink audit, std::shared_ptr<SiteCompliance>* site)
{
    if (!services->siteMode())
        return policy::openPolicyState(std::move(policy), services->keys(), services->dataDir(), std::move(audit));
    auto client = std::make_shared<SiteCompliance>(services);
    policy::PolicyState state;
    state.policy = std::move(policy);
    state.training = policy::TrainingRecords::openRemote(client->trainingRemote());
    policy::BreakGlassParts parts;
    parts.policy = state.policy;
    parts.audit = std::move(audit);
    parts.training = state.training.get();
    parts.remote = client->breakGlassRemote();
    auto registry = policy::BreakGlassRegistry::open(std::move(parts));
    if (!registry)
        return registry.error();
    state.breakGlass = std::move(registry).value();
    if (site)
        *site = client;
    else
        state.keepAlive = client; // the remotes point into it
    return state;
}

Result<void> revokeReplacedTicket(Services& services, const QByteArray& previous, const QByteArray& replacement)
{
    if (previous.isEmpty() || previous == replacement || !services.serviceClient())
        return {};
    QCborMap m;
    m.insert(QStringLiteral("op"), QStringLiteral("logout"));
    m.insert(QStringLiteral("ticket"), previous);
    if (auto r = services.serviceClient()->call(m); !r) {
        // Refused because it had already ended (expired, signed out, its
        // account changed)? Then there is nothing left to revoke.
        QCborMap check;
        check.insert(QStringLiteral("op"), QStringLiteral("checkTicket"));
        check.insert(QStringLiteral("ticket"), previous);
        if (services.serviceClient()->call(check))
            return Error{Text::tr("The previous sign-in could not be ended by the Custos service: %1").arg(r.errorMessage())};
    }
    return {};
}

} // namespace custos::app
