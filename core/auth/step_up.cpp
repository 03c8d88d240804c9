// SPDX-License-Identifier: Apache-2.0
// LocalAccountStore's step-up second factor for single sign-on identities
// whose provider reported none (see local_accounts.h).

#include "core/auth/local_accounts.h"

#include "core/auth/local_accounts_p.h"

#include <QCryptographicHash>
#include <QUrl>

#include <algorithm>

namespace custos::auth {

namespace {

// lupdate extracts Text::tr("...") under "custos::auth", the context looked up at run time
// (a plain tr() inside a member function would be filed under the class).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::auth)
};

QString who(const Identity& identity)
{
    return identity.userName.isEmpty() ? identity.subject : identity.userName;
}

const QString kStepUpMethod = QStringLiteral("OpenID Connect + Custos TOTP step-up");

// The record holding an issued, unused enrolment code for a provider user name.
QString enrolmentRecordName(const QString& providerUserName)
{
    const QByteArray id = providerUserName.trimmed().toLower().toUtf8();
    return QStringLiteral("sso.enrol.") + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

QString LocalAccountStore::stepUpRecordName(const Identity& ssoIdentity)
{
    const QByteArray id = ssoIdentity.issuer.toUtf8() + '\n' + ssoIdentity.subject.toUtf8();
    return QStringLiteral("sso.") + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24));
}

Result<bool> LocalAccountStore::hasStepUp(const Identity& ssoIdentity) const
{
    const QString name = stepUpRecordName(ssoIdentity);
    return d->locked<bool>([&]() -> Result<bool> {
        auto state = d->load();
        if (!state) return state.error();
        const Account* a = state.value().find(name);
        return a && !a->sealedSecret.isEmpty(); // only an administrator's enrolment code puts one there
    });
}

Result<QString> LocalAccountStore::issueStepUpEnrolment(const QString& providerUserName)
{
    const QString user = providerUserName.trimmed().toLower();
    if (user.isEmpty() || user.size() > 256)
        return Error{Text::tr("An enrolment code needs the person's user name at the identity provider.")};
    const QString name = enrolmentRecordName(user);
    auto issued = d->locked<QString>([&]() -> Result<QString> {
        auto state = d->load();
        if (!state) return state.error();
        auto codes = makeRecoveryCodes(1);
        if (!codes) return codes.error();
        Account* a = state.value().find(name);
        if (!a) {
            Account fresh;
            fresh.name = name;
            state.value().accounts.push_back(std::move(fresh));
            a = &state.value().accounts.back();
        }
        const qint64 now = d->now().toMSecsSinceEpoch();
        a->displayName = Text::tr("Step-up enrolment code for %1").arg(user);
        a->created = now; // the code is valid from here for kStepUpEnrolmentHours
        a->modified = now;
        a->recovery = codes.value().second;
        if (auto saved = d->save(state.value()); !saved) return saved.error();
        return codes.value().first.constFirst();
    });
    if (issued)
        d->recordChange(name, QStringLiteral("One-time step-up enrolment code issued for the single sign-on user %1.").arg(user));
    return issued;
}

Result<Enrollment> LocalAccountStore::enrolStepUp(const Identity& ssoIdentity, const QString& enrolmentCode)
{
    if (!ssoIdentity.valid() || ssoIdentity.method != AuthMethod::OpenIdConnect)
        return Error{Text::tr("A second factor can be enrolled here only after a single sign-on.")};
    const QString name = stepUpRecordName(ssoIdentity);
    const QString permit = enrolmentRecordName(ssoIdentity.userName);
    QString detail;
    auto enrolled = d->locked<Enrollment>([&]() -> Result<Enrollment> {
        auto state = d->load();
        if (!state) return state.error();
        // No trust-on-first-use: the administrator's one-time code, unexpired, used up here.
        Account* p = ssoIdentity.userName.isEmpty() ? nullptr : state.value().find(permit);
        const qint64 nowMs = d->now().toMSecsSinceEpoch();
        const bool inTime = p && nowMs - p->created <= qint64(kStepUpEnrolmentHours) * 3600 * 1000;
        if (!p || !inTime || enrolmentCode.trimmed().isEmpty() || !useRecoveryCode(p->recovery, enrolmentCode)) {
            detail = !p ? QStringLiteral("no enrolment code issued") : !inTime ? QStringLiteral("enrolment code expired")
                                                                              : QStringLiteral("wrong enrolment code");
            if (p && !enrolmentCode.trimmed().isEmpty() && ++p->failedAttempts >= 5)
                p->recovery = {}; // five wrong tries end the code: ask for a new one
            if (p)
                (void)d->save(state.value());
            return Error{Text::tr("A second factor of Custos for %1 can be set up only with a one-time enrolment code from an administrator "
                            "(custos-cli users issue-enrolment %1), and %2. Ask your administrator for a code.")
                             .arg(who(ssoIdentity), !p ? Text::tr("none was issued") : !inTime ? Text::tr("the code issued has expired")
                                                                                        : Text::tr("the code given is not the one issued"))};
        }
        state.value().accounts.erase(std::find_if(state.value().accounts.begin(), state.value().accounts.end(),
                                                  [&](const Account& x) { return x.name == permit; }));
        Account* a = state.value().find(name);
        if (a && a->lastSignIn > 0)
            return Error{Text::tr("A second factor is already enrolled for %1. If the authenticator was lost, an administrator "
                            "resets it with: custos-cli users reset-mfa %2")
                             .arg(who(ssoIdentity), name)};
        const qint64 now = d->now().toMSecsSinceEpoch();
        if (!a) {
            Account fresh;
            fresh.name = name;
            fresh.displayName = Text::tr("Single sign-on step-up: %1 (%2)").arg(who(ssoIdentity), QUrl(ssoIdentity.issuer).host());
            fresh.created = now;
            state.value().accounts.push_back(std::move(fresh));
            a = &state.value().accounts.back();
        }
        a->modified = now;
        auto e = d->enrol(*a, totp::Parameters{});
        if (!e) return e.error();
        // The authenticator shows the person's name, not the record's.
        e.value().userName = who(ssoIdentity);
        if (auto saved = d->save(state.value()); !saved) return saved.error();
        return e;
    });
    if (enrolled)
        d->recordChange(name, QStringLiteral("Second factor enrolled with an administrator's enrolment code for the single sign-on identity %1.")
                                  .arg(who(ssoIdentity)));
    else
        d->record(audit::events::userAuthentication(who(ssoIdentity), kStepUpMethod, false, QStringLiteral("step-up enrolment refused: ") + detail));
    return enrolled;
}

Result<Identity> LocalAccountStore::stepUp(const Identity& ssoIdentity, const QString& code)
{
    const QString name = stepUpRecordName(ssoIdentity);
    QString detail;
    auto result = d->locked<Identity>([&]() -> Result<Identity> {
        auto state = d->load();
        if (!state) return state.error();
        Account* a = state.value().find(name);
        if (!a || a->sealedSecret.isEmpty()) {
            detail = QStringLiteral("no second factor enrolled");
            return Error{Text::tr("No second factor is enrolled for %1 yet.").arg(who(ssoIdentity))};
        }
        const QDateTime now = d->now();
        const qint64 nowMs = now.toMSecsSinceEpoch();
        if (auto refused = d->lockedOut(*a, nowMs, detail)) return *refused;
        auto mfa = d->checkCode(*a, code, now.toSecsSinceEpoch(), detail);
        if (!mfa) {
            const QString message = d->countFailure(*a, mfa.errorMessage(), nowMs, detail);
            if (auto saved = d->save(state.value()); !saved) return saved.error();
            return Error{message};
        }
        a->failedAttempts = 0;
        a->lockedUntil = 0;
        a->lastSignIn = nowMs;
        if (auto saved = d->save(state.value()); !saved) return saved.error(); // the used step, before it counts
        Identity id = ssoIdentity;
        id.mfa = mfa.value();
        id.mfaDetail = QStringLiteral("Custos step-up: ") + detail;
        return id;
    });
    d->record(audit::events::userAuthentication(who(ssoIdentity), kStepUpMethod, result.ok(), detail));
    return result;
}

} // namespace custos::auth
