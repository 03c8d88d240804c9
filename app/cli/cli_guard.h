// SPDX-License-Identifier: Apache-2.0
#pragma once
// The command line's one door: every command that shows patient data or
// administers Custos asks the Guard through here, with the signed-in
// person, and every decision is in the audit trail.
//
// Who is asking comes from a RequesterSource. Today that is the saved CLI
// sign-in (cli_session.h, auth::Identity sealed in the data folder); when
// custosd's signed session tickets land (issue 12), `cliRequester()` is the
// one function to replace: verify the ticket with the service and return
// its identity. Nothing else in the commands changes.

#include "app/cli/cli_common.h"
#include "core/common/result.h"
#include "core/policy/guard.h"
#include "core/policy/policy_state.h"

#include <memory>
#include <optional>

namespace custos::app {
class Services;
}

namespace custos::cli {

// The person asking, from the saved sign-in (later: the service's ticket).
// An unreadable sign-in counts as signed out, with its reason in `problem`.
// Site mode: the identity of custosd's ticket, verified once per process
// with the pinned service key (then only the uid and the clock are checked
// per decision); the ticket rides on every record to the service, which
// refuses it once revoked.
policy::RequesterSource cliRequester(app::Services& services, QString* problem = nullptr);

struct CliGuard
{
    std::shared_ptr<app::Services> services;
    std::shared_ptr<const policy::Policy> policy;
    policy::PolicyState state;
    std::unique_ptr<policy::Guard> guard;

    // Asks; prints the reason when refused. nullopt: allowed (`decision`
    // holds it); otherwise the exit code (Refused).
    std::optional<int> require(policy::Action action, const policy::Subject& subject, const QString& purpose,
                               policy::Decision* decision = nullptr);
    bool signedIn() const;
};

// The site policy, the policy state of the data folder and the Guard over
// the saved sign-in. Refused (printed) when the keychain or the policy is unusable.
Result<std::unique_ptr<CliGuard>> openGuard(std::shared_ptr<app::Services> services);

} // namespace custos::cli
