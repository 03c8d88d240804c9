// SPDX-License-Identifier: Apache-2.0
#pragma once
// The demo identity: one local account per role, with published passwords,
// and a built-in "authenticator" that shows their current one-time codes,
// so a newcomer signs in within a few clicks. Everything about it is
// labelled DEMO on screen. It lives only in a data directory that holds no
// other account: provisioning refuses a directory with real accounts, so
// the demo can never open a door into a site's viewer.
//
// The authenticator keeps the demo users' TOTP secrets in
// "<data>/demo/authenticator.json", in the clear, as a phone would after
// scanning the enrolment QR code. They protect nothing but fictitious data.

#include "core/auth/local_accounts.h"
#include "core/auth/totp.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace custos::auth {

struct DemoUser
{
    QString name;         // also the role: "radiologist", "technologist", ...
    QString role;
    QString displayName;  // "Dr. Ana Rivera (demo)"
    QString password;     // published: it is a demo
    QByteArray secret;    // TOTP secret (from the enrolment)
    totp::Parameters totp;

    QString currentCode(qint64 unixSeconds) const { return totp::totp(secret, unixSeconds, totp); }
};

// The users the demo provides, without secrets: fixed names and passwords.
std::vector<DemoUser> demoUserTemplates();

// Makes sure every demo user exists in `store` and that the authenticator
// holds a working secret for each (re-enrolling a user whose secret is
// missing). Refuses when the store holds any account that is not a demo
// user. The first call hashes five passwords (about a second).
Result<std::vector<DemoUser>> provisionDemoUsers(LocalAccountStore& store, const QString& dataDir);

// "<data>/demo/authenticator.json"
QString demoAuthenticatorPath(const QString& dataDir);

} // namespace custos::auth
