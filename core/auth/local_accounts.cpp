// SPDX-License-Identifier: Apache-2.0
#include "core/auth/local_accounts.h"

#include "core/auth/local_accounts_p.h"

namespace custos::auth {

QStringList defaultRoles()
{
    return {QStringLiteral("radiologist"),        QStringLiteral("technologist"),
            QStringLiteral("data-scientist"),     QStringLiteral("support-engineer"),
            QStringLiteral("compliance-officer"), QStringLiteral("administrator")};
}

LocalAccountStore::LocalAccountStore() : d(std::make_unique<Impl>()) {}
LocalAccountStore::~LocalAccountStore() = default;

QString LocalAccountStore::defaultFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("accounts"));
}

QString LocalAccountStore::path() const
{
    return d->filePath();
}

Result<std::shared_ptr<LocalAccountStore>>
LocalAccountStore::open(const QString& folder, std::shared_ptr<crypto::KeyManager> keys,
                        LocalAccountOptions options)
{
    if (!keys)
        return Error{QCoreApplication::translate(
            "custos::auth", "Local accounts need the keychain, which is not available.")};
    if (!QDir().mkpath(folder) ||
        !QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return Error{QCoreApplication::translate(
                         "custos::auth", "The folder %1 for local accounts could not be created.")
                         .arg(folder)};
    if (options.administrator.isEmpty())
        options.administrator = audit::events::operatingSystemUser();
    std::shared_ptr<LocalAccountStore> store(new LocalAccountStore());
    store->d->folder = folder;
    store->d->keys = keys;
    store->d->deks = std::make_unique<crypto::DekStore>(keys, folder);
    store->d->options = std::move(options);
    auto state = store->d->locked<State>([&] { return store->d->load(); });
    if (!state) {
        store->d->record(audit::events::securityAlert(
            store->d->options.administrator, state.errorMessage(), audit::Outcome::SeriousFailure));
        return state.error();
    }
    return store;
}

Result<Enrollment> LocalAccountStore::addUser(const QString& name, const QString& displayName,
                                              const QStringList& roles, const QString& password,
                                              const totp::Parameters& totpParameters)
{
    const QString user = normalizedName(name);
    if (!validName(user) || isStepUpRecord(user))
        return Error{QCoreApplication::translate("custos::auth",
                                                 "\"%1\" is not a valid account name: use 1 to 64 "
                                                 "letters a-z, digits, '.', '_' or '-' (not starting with \"sso.\").")
                         .arg(name)};
    QStringList granted;
    for (const QString& role : roles) {
        if (!d->options.allowedRoles.contains(role))
            return Error{QCoreApplication::translate("custos::auth",
                                                     "Unknown role \"%1\"; the roles are: %2.")
                             .arg(role, d->options.allowedRoles.join(QStringLiteral(", ")))};
        if (!granted.contains(role)) granted.append(role);
    }
    if (granted.isEmpty())
        return Error{
            QCoreApplication::translate("custos::auth", "An account needs at least one role.")};
    if (auto policy = checkPasswordPolicy(password, d->options.passwordPolicy); !policy)
        return policy.error();
    const QString shown = displayName.trimmed().isEmpty() ? user : displayName.trimmed();
    if (shown.size() > 128 || std::any_of(shown.begin(), shown.end(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        return Error{QCoreApplication::translate(
            "custos::auth",
            "The display name must be at most 128 characters, without control characters.")};
    auto hash = hashPassword(password, d->options.passwordCost); // slow: outside the lock
    if (!hash) return hash.error();
    auto enrolled = d->locked<Enrollment>([&]() -> Result<Enrollment> {
        auto state = d->load();
        if (!state) return state.error();
        if (state.value().find(user))
            return Error{
                QCoreApplication::translate("custos::auth", "An account named %1 exists already.")
                    .arg(user)};
        const qint64 now = d->now().toMSecsSinceEpoch();
        Account a;
        a.name = user;
        a.displayName = shown;
        a.roles = granted;
        a.passwordHash = hash.value();
        a.created = a.modified = now;
        auto e = d->enrol(a, totpParameters);
        if (!e) return e.error();
        state.value().accounts.push_back(std::move(a));
        if (auto saved = d->save(state.value()); !saved) return saved.error();
        return e;
    });
    if (enrolled)
        d->recordChange(
            user,
            QStringLiteral("Local account %1 added with roles %2; TOTP (%3, %4 digits) enrolled.")
                .arg(user, granted.join(QLatin1Char(',')),
                     totp::algorithmName(totpParameters.algorithm))
                .arg(totpParameters.digits));
    return enrolled;
}

Result<void> LocalAccountStore::removeUser(const QString& name)
{
    const QString user = normalizedName(name);
    auto removed = d->locked<void>([&]() -> Result<void> {
        auto state = d->load();
        if (!state) return state.error();
        if (!state.value().find(user))
            return Error{
                QCoreApplication::translate("custos::auth", "There is no local account named %1.")
                    .arg(user)};
        std::erase_if(state.value().accounts, [&](const Account& a) { return a.name == user; });
        return d->save(state.value());
    });
    if (removed) d->recordChange(user, QStringLiteral("Local account %1 removed.").arg(user));
    return removed;
}

Result<Enrollment> LocalAccountStore::resetMfa(const QString& name,
                                               std::optional<totp::Parameters> totpParameters)
{
    const QString user = normalizedName(name);
    auto enrolled = d->locked<Enrollment>([&]() -> Result<Enrollment> {
        auto state = d->load();
        if (!state) return state.error();
        Account* a = state.value().find(user);
        if (!a)
            return Error{
                QCoreApplication::translate("custos::auth", "There is no local account named %1.")
                    .arg(user)};
        auto e = d->enrol(*a, totpParameters.value_or(a->totp));
        if (!e) return e.error();
        a->modified = d->now().toMSecsSinceEpoch();
        if (auto saved = d->save(state.value()); !saved) return saved.error();
        return e;
    });
    if (enrolled)
        d->recordChange(
            user,
            QStringLiteral(
                "Second factor of local account %1 reset: new TOTP secret and recovery codes.")
                .arg(user));
    return enrolled;
}

Result<void> LocalAccountStore::setRoles(const QString& name, const QStringList& roles)
{
    const QString user = normalizedName(name);
    QStringList granted;
    for (const QString& role : roles) {
        if (!d->options.allowedRoles.contains(role))
            return Error{QCoreApplication::translate("custos::auth", "Unknown role \"%1\"; the roles are: %2.")
                             .arg(role, d->options.allowedRoles.join(QStringLiteral(", ")))};
        if (!granted.contains(role)) granted.append(role);
    }
    if (granted.isEmpty())
        return Error{QCoreApplication::translate("custos::auth", "An account needs at least one role.")};
    QStringList before;
    auto changed = d->locked<void>([&]() -> Result<void> {
        auto state = d->load();
        if (!state) return state.error();
        Account* a = isStepUpRecord(user) ? nullptr : state.value().find(user);
        if (!a)
            return Error{QCoreApplication::translate("custos::auth", "There is no local account named %1.").arg(user)};
        before = a->roles;
        a->roles = granted;
        a->modified = d->now().toMSecsSinceEpoch();
        return d->save(state.value());
    });
    if (changed)
        d->recordChange(user, QStringLiteral("Roles of local account %1 changed from %2 to %3.")
                                  .arg(user, before.join(QLatin1Char(',')), granted.join(QLatin1Char(','))));
    return changed;
}

Result<std::vector<AccountSummary>> LocalAccountStore::listUsers() const
{
    return d->locked<std::vector<AccountSummary>>([&]() -> Result<std::vector<AccountSummary>> {
        auto state = d->load();
        if (!state) return state.error();
        std::vector<AccountSummary> out;
        for (const Account& a : state.value().accounts)
            out.push_back(summaryOf(a, d->now()));
        std::sort(out.begin(), out.end(),
                  [](const auto& x, const auto& y) { return x.name < y.name; });
        return out;
    });
}

Result<Identity> LocalAccountStore::authenticate(const QString& name, const QString& password,
                                                 const QString& code)
{
    const QString user = normalizedName(name);
    QString auditUser = user;
    QString detail;
    auto result = d->locked<Identity>([&]() -> Result<Identity> {
        auto state = d->load();
        if (!state) {
            detail = QStringLiteral("local accounts file refused");
            return state.error();
        }
        const QDateTime now = d->now();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        Account* a = isStepUpRecord(user) ? nullptr : state.value().find(user);
        if (!a) {
            // The typed name is not recorded: it is sometimes a password typed into the wrong
            // field.
            auditUser = QStringLiteral("(unknown)");
            detail = QStringLiteral("no such local account");
            if (d->dummyHash.isEmpty())
                if (auto dummy =
                        hashPassword(QStringLiteral("custos-dummy"), d->options.passwordCost))
                    d->dummyHash = dummy.value();
            if (!d->dummyHash.isEmpty()) (void)verifyPassword(password, d->dummyHash);
            return Error{wrongCredentials()};
        }
        if (auto refused = d->lockedOut(*a, nowMs, detail)) return *refused;
        auto passwordOk = verifyPassword(password, a->passwordHash);
        if (!passwordOk) {
            detail = QStringLiteral("stored password hash unusable");
            return passwordOk.error();
        }
        Result<MfaMethod> mfa = Error{wrongCredentials()};
        if (passwordOk.value())
            mfa = d->checkCode(*a, code, now.toSecsSinceEpoch(), detail);
        else
            detail = QStringLiteral("wrong password");
        if (!mfa) {
            const QString message = d->countFailure(*a, mfa.errorMessage(), nowMs, detail);
            if (auto saved = d->save(state.value()); !saved) return saved.error();
            return Error{message};
        }
        a->failedAttempts = 0;
        a->lockedUntil = 0;
        a->lastSignIn = nowMs;
        // Renew a hash made at a lower cost than the one configured now.
        if (auto cost = argon2CostOf(a->passwordHash);
            cost && (cost.value().memoryKiB < d->options.passwordCost.memoryKiB ||
                     cost.value().timeCost < d->options.passwordCost.timeCost))
            if (auto renewed = hashPassword(password, d->options.passwordCost))
                a->passwordHash = renewed.value();
        // The accepted step (or spent recovery code) must be on disk before
        // the sign-in counts: otherwise the code could be used again.
        if (auto saved = d->save(state.value()); !saved) {
            detail += QStringLiteral("; not recorded: ") + saved.errorMessage();
            return saved.error();
        }
        Identity id;
        id.subject = QStringLiteral("local:") + a->name;
        id.userName = a->name;
        id.displayName = a->displayName;
        id.issuer = QStringLiteral("local");
        id.roles = a->roles;
        id.method = AuthMethod::LocalAccount;
        id.mfa = mfa.value();
        id.mfaDetail = detail;
        id.authenticatedAt = now;
        id.expiresAt = now.addSecs(d->options.proofLifetimeSeconds);
        return id;
    });
    d->record(audit::events::userAuthentication(
        auditUser, kMethod + QStringLiteral(", password + second factor"), result.ok(), detail));
    return result;
}

} // namespace custos::auth
