// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "app/cli/cli_common.h"
#include "core/auth/identity.h"
#include "core/auth/oidc_client.h"
#include "core/common/result.h"
#include "core/service/session_ticket.h"

#include <memory>

#include <optional>

namespace custos::app {
class Services;
}

namespace custos::cli {

// custos-cli login --local USER [--password-stdin] [--otp CODE]
// custos-cli login --issuer URL --client-id ID [--browser-command CMD] [--scope S]... [--role-map GROUP=ROLE]...
int runLogin(const QStringList& args, const GlobalOptions& global);
// custos-cli whoami [--json]
int runWhoami(const QStringList& args, const GlobalOptions& global);
// custos-cli logout
int runLogout(const QStringList& args, const GlobalOptions& global);

// The identity of the saved sign-in (nullopt: not signed in), for commands
// that ask the Guard. Expiry is the caller's (the Guard's) to judge.
// Personal mode: the saved sign-in of the data folder. Site mode: the
// identity of the session ticket custosd issued, verified with the pinned
// service key, for this OS user and not expired; the ticket is handed to
// `services`, so every record carries it.
Result<std::optional<auth::Identity>> savedSignIn(app::Services& services);

// Site mode: the saved ticket (nullopt: none) and the checks above, cached.
struct SiteSignIn
{
    QByteArray ticket;
    std::shared_ptr<service::TicketVerifier> verifier;
};
Result<std::optional<SiteSignIn>> siteSignIn(app::Services& services);

// Site mode: the identity provider of the site policy only (https, its
// client, roles claim and role map), with `browserCommand` (if any) to
// open the sign-in page.
Result<auth::OidcConfig> siteProviderConfig(const QString& browserCommand);
// Prints where the sign-in page is, in case no browser opens it.
void announceSignInPage(auth::OidcClient& client);

} // namespace custos::cli
