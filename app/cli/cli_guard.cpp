// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_guard.h"

#include "app/cli/cli_session.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/policy/policy_loader.h"
#include "core/service/session_ticket.h"

#include <QCoreApplication>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

} // namespace

policy::RequesterSource cliRequester(app::Services& services, QString* problem)
{
    if (services.siteMode()) {
        auto site = siteSignIn(services);
        if (!site) {
            if (problem)
                *problem = site.errorMessage();
            return policy::signInRequester(auth::Identity{});
        }
        if (!site.value())
            return policy::signInRequester(auth::Identity{});
        auto reason = std::make_shared<QString>();
        auto requester = service::ticketRequester(site.value()->verifier, [ticket = site.value()->ticket] { return ticket; }, {},
                                                  [reason](const QString& why) { *reason = why; });
        if (problem) {
            (void)requester(); // verifies now, so that a refused ticket is explained before the command runs
            *problem = *reason;
        }
        return requester;
    }
    auto saved = savedSignIn(services);
    if (!saved && problem)
        *problem = saved.errorMessage();
    return policy::signInRequester(saved && saved.value() ? *saved.value() : auth::Identity{});
}

bool CliGuard::signedIn() const { return guard && guard->requester().state == policy::Requester::State::Active; }

std::optional<int> CliGuard::require(policy::Action action, const policy::Subject& subject, const QString& purpose, policy::Decision* decision)
{
    const policy::Decision d = guard->request(action, subject, purpose);
    if (decision)
        *decision = d;
    if (d.allowed())
        return std::nullopt;
    printErr(d.reason + QLatin1Char('\n'));
    if (d.kind == policy::Decision::Kind::NeedsTraining)
        printErr(t("Complete it in the viewer, then run the command again.\n"));
    return Refused;
}

Result<std::unique_ptr<CliGuard>> openGuard(std::shared_ptr<app::Services> services)
{
    if (!services->keys() && !services->siteMode())
        return Error{t("Without the keychain there is no sign-in and no audit trail, so nothing with patient data or "
                       "administration is done.")};
    auto sitePolicy = policy::loadSitePolicy();
    if (!sitePolicy) {
        services->record(audit::events::securityAlert(services->user(), QStringLiteral("site policy refused: ") + sitePolicy.errorMessage()));
        return sitePolicy.error();
    }
    auto record = [services](const audit::Event& e) { services->record(e); };
    auto state = app::openPolicyStateFor(services, sitePolicy.value(), record);
    if (!state)
        return state.error();
    auto g = std::make_unique<CliGuard>();
    g->services = services;
    g->policy = sitePolicy.value();
    g->state = std::move(state.value());
    QString problem;
    auto requester = cliRequester(*services, &problem);
    if (!problem.isEmpty())
        printErr(problem + QLatin1Char('\n'));
    g->guard = std::make_unique<policy::Guard>(
        policy::GuardParts{g->policy, std::move(requester), record, g->state.breakGlass.get(), g->state.training.get(), {},
                           services->siteMode() ? services->durableSink() : policy::DurableAuditSink{}, {}});
    return g;
}

} // namespace custos::cli
