// SPDX-License-Identifier: Apache-2.0
#pragma once
// Local accounts, for sites without an identity provider and for the demo:
// an Argon2id password plus a mandatory TOTP second factor (or one of ten
// single-use recovery codes), roles kept by Custos itself.
//
// Everything lives in "<data>/accounts/accounts.dat", encrypted and
// authenticated (AES-256-GCM) under a data key of the folder's DekStore,
// which the keychain's key-encryption key wraps. A person who can write the
// file can neither read a secret nor change a role: an edited, truncated or
// swapped file is refused. A change counter kept in the keychain also
// refuses an older copy put back in place (it could undo a lockout, a used
// code or a removed account).
//
// Every operation re-reads the file under a lock file, so the viewer and
// custos-cli can work on the same store; every change is written before the
// call returns (atomic replace). Thread-safe.

#include "core/audit/audit_event.h"
#include "core/auth/identity.h"
#include "core/auth/password.h"
#include "core/auth/qr_code.h"
#include "core/auth/totp.h"
#include "core/common/result.h"
#include "core/crypto/key_manager.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace custos::auth {

// The roles of the default site policy; a local account may hold only these.
QStringList defaultRoles();

struct LockoutPolicy
{
    int threshold = 5;        // failures in a row before the first lock
    qint64 firstSeconds = 30; // first lock; each further failure doubles it
    qint64 maximumSeconds = 3600;
};

struct LocalAccountOptions
{
    Argon2Cost passwordCost;       // for new hashes; weaker stored hashes are renewed at sign-in
    PasswordPolicy passwordPolicy; // for new passwords
    LockoutPolicy lockout;
    QStringList allowedRoles = defaultRoles();
    qint64 proofLifetimeSeconds = 12 * 3600; // Identity::expiresAt after a sign-in
    // The current time (UTC). Tests inject their own.
    std::function<QDateTime()> clock;
    // Receives one 110114 User Authentication event per sign-in attempt and
    // one security event per account change. Optional.
    std::function<void(const audit::Event&)> audit;
    // Who manages accounts (add/remove/reset), for those events. Default:
    // the operating-system user.
    QString administrator;
};

// What an authenticator app needs, and the recovery codes: shown once,
// never stored in readable form.
struct Enrollment
{
    QString userName;
    totp::Parameters parameters;
    QString otpauthUri; // contains the secret
    QrMatrix qr;        // of otpauthUri
    QStringList recoveryCodes;
};

// What may be shown about an account: never a secret.
struct AccountSummary
{
    QString name;
    QString displayName;
    QStringList roles;
    bool mfaEnrolled = false;
    totp::Parameters totp;
    int recoveryCodesLeft = 0;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid or past: not locked
    qint64 lockedForSeconds = 0;
    QDateTime created;
    QDateTime modified;
    QDateTime lastSignIn;
};

class LocalAccountStore
{
public:
    static constexpr int kRecoveryCodes = 10;

    // "<dataDir>/accounts"
    static QString defaultFolder(const QString& dataDir);

    // Opens (or prepares, when there is none yet) the store in `folder`.
    // Fails with a clear message when the file was changed outside Custos,
    // is older than the keychain's change counter, or cannot be decrypted.
    static Result<std::shared_ptr<LocalAccountStore>> open(const QString& folder,
                                                           std::shared_ptr<crypto::KeyManager> keys,
                                                           LocalAccountOptions options = {});
    ~LocalAccountStore();
    LocalAccountStore(const LocalAccountStore&) = delete;
    LocalAccountStore& operator=(const LocalAccountStore&) = delete;

    // A new account with a fresh TOTP secret and recovery codes. Names are
    // 1-64 characters of a-z, 0-9, '.', '_', '-' (case-insensitive).
    Result<Enrollment> addUser(const QString& name, const QString& displayName,
                               const QStringList& roles, const QString& password,
                               const totp::Parameters& totpParameters = {});
    Result<void> removeUser(const QString& name);
    // New secret and new recovery codes; the old ones stop working at
    // once. Also lifts a lockout. `totpParameters` nullopt: keep the current ones.
    Result<Enrollment> resetMfa(const QString& name,
                                std::optional<totp::Parameters> totpParameters = std::nullopt);
    // Replaces the roles of an account (each one of allowedRoles, at least one).
    Result<void> setRoles(const QString& name, const QStringList& roles);
    Result<std::vector<AccountSummary>> listUsers() const;

    // Sign-in: lockout first, then the password, then the one-time code
    // (6-8 digits) or a recovery code ("xxxx-xxxx-xxxx"). Failures count
    // towards the lockout; the message never tells which factor was wrong.
    Result<Identity> authenticate(const QString& name, const QString& password,
                                  const QString& code);

    // Step-up for single sign-on: when the identity provider reports no
    // second factor and the site requires one, Custos asks for its own TOTP
    // code. The secret is enrolled once per provider identity (issuer and
    // subject) at its first sign-in and kept in this same file as a record
    // named stepUpRecordName(), which has no password and no roles and can
    // never be used to sign in by itself. An enrolment counts once its
    // first code was confirmed; until then it may be redone.
    // There is no trust-on-first-use: a person enrols only with a one-time
    // code an administrator issued for their provider user name
    // (preferred_username, any case) with issueStepUpEnrolment(); the code
    // is valid for kStepUpEnrolmentHours and once. A password-only sign-in
    // alone can never add a second factor, so a stolen provider password
    // is not enough to make one.
    static QString stepUpRecordName(const Identity& ssoIdentity);
    static constexpr int kStepUpEnrolmentHours = 72;
    Result<bool> hasStepUp(const Identity& ssoIdentity) const;
    // A new one-time enrolment code for `providerUserName` (replaces an unused one).
    Result<QString> issueStepUpEnrolment(const QString& providerUserName);
    Result<Enrollment> enrolStepUp(const Identity& ssoIdentity, const QString& enrolmentCode);
    // Same rules as a local sign-in (replay, lockout, audit); returns the
    // identity with the second factor recorded.
    Result<Identity> stepUp(const Identity& ssoIdentity, const QString& code);

    QString path() const;

private:
    LocalAccountStore();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::auth
