// SPDX-License-Identifier: Apache-2.0
#pragma once
// Who is signed in: one identity per session. Roles come from the identity
// provider (a claim mapped by the site) or from the local account store,
// never from a file the user can edit.

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace custos::auth {

enum class AuthMethod { None, OpenIdConnect, LocalAccount };

// How the second factor was satisfied (NIST SP 800-63B AAL2).
enum class MfaMethod { None, IdentityProvider, Totp, RecoveryCode };

struct Identity
{
    QString subject;       // stable unique ID: the IdP's `sub` (with issuer) or "local:<user>"
    QString userName;      // login name / preferred_username
    QString displayName;
    QString issuer;        // the IdP's issuer URL, or "local"
    QStringList roles;     // Custos roles (radiologist, technologist, ...)
    AuthMethod method = AuthMethod::None;
    MfaMethod mfa = MfaMethod::None;
    QString mfaDetail;     // e.g. amr values, "totp (SHA-1, 6 digits)"
    QDateTime authenticatedAt;
    QDateTime expiresAt;   // of the proof (ID token exp / local session limit)

    bool valid() const { return !subject.isEmpty() && method != AuthMethod::None; }
};

} // namespace custos::auth
