// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_accounts.h"

#include "core/auth/local_accounts.h"
#include "core/crypto/aead.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"
#include "core/policy/guard.h"
#include "core/service/peer_credentials.h"
#include "core/service/service_sso.h"
#include "core/policy/policy_loader.h"
#include "core/service/service_protocol.h"

#include <QCborArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <mutex>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace custos::service {

namespace {

class FolderKeyStore final : public crypto::KeyStore
{
public:
    explicit FolderKeyStore(QString folder) : m_folder(std::move(folder)) {}
    Result<std::optional<QByteArray>> read(const QString& name) override
    {
        QFile f(file(name));
        if (!f.exists())
            return std::optional<QByteArray>();
        if (!f.open(QIODevice::ReadOnly))
            return Error{QObject::tr("The service key %1 cannot be read (%2).").arg(f.fileName(), f.errorString())};
        return std::optional<QByteArray>(f.readAll());
    }
    Result<void> write(const QString& name, const QByteArray& secret) override
    {
        const mode_t old = ::umask(077);
        auto r = crypto::writeFileAtomically(file(name), secret);
        ::umask(old);
        return r;
    }
    Result<void> remove(const QString& name) override
    {
        QFile::remove(file(name));
        return {};
    }
    QString description() const override { return QObject::tr("the Custos service's state folder"); }

private:
    QString file(const QString& name) const { return QDir(m_folder).filePath(QString::fromLatin1(name.toUtf8().toHex())); }
    QString m_folder;
};

QStringList groupsOf(quint32 uid)
{
    QStringList out;
    passwd pw{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(uid_t(uid), &pw, buffer.data(), buffer.size(), &found) != 0 || !found)
        return out;
    int n = 64;
    std::vector<gid_t> gids(static_cast<std::size_t>(n));
    if (::getgrouplist(pw.pw_name, pw.pw_gid, gids.data(), &n) < 0) {
        gids.resize(std::size_t(n));
        if (::getgrouplist(pw.pw_name, pw.pw_gid, gids.data(), &n) < 0)
            return out;
    }
    for (int i = 0; i < n; ++i) {
        group gr{};
        group* g = nullptr;
        std::vector<char> gbuf(16384);
        if (::getgrgid_r(gids[std::size_t(i)], &gr, gbuf.data(), gbuf.size(), &g) == 0 && g)
            out << QString::fromLocal8Bit(g->gr_name);
    }
    return out;
}

QString osIdentity(const Caller& c)
{
    return QStringLiteral("OS user %1 (uid %2, pid %3)").arg(userName(c.uid)).arg(c.uid).arg(c.pid);
}

QStringList stringList(const QCborValue& v)
{
    QStringList out;
    for (const QCborValue& s : v.toArray())
        out << s.toString();
    return out;
}

QStringList amrOf(const auth::Identity& id)
{
    switch (id.mfa) {
    case auth::MfaMethod::Totp: return {QStringLiteral("pwd"), QStringLiteral("otp"), QStringLiteral("mfa")};
    case auth::MfaMethod::RecoveryCode: return {QStringLiteral("pwd"), QStringLiteral("mfa")};
    default: break;
    }
    return {QStringLiteral("pwd")};
}

} // namespace

std::unique_ptr<crypto::KeyStore> makeFolderKeyStore(const QString& folder) { return std::make_unique<FolderKeyStore>(folder); }

struct ServiceAccounts::Impl
{
    QString stateDir;
    std::shared_ptr<const policy::Policy> policy;
    std::unique_ptr<crypto::KeyStore> keyStore;
    std::shared_ptr<crypto::KeyManager> keys;
    TicketKey signing;
    std::unique_ptr<SsoVerifier> sso;

    std::mutex mutex; // everything below
    QHash<QString, quint64> generations;
    QHash<QByteArray, qint64> revoked; // ticket id -> its expiry (seconds)
    QHash<QByteArray, Ticket> verified; // SHA-256 of a ticket -> its checked contents

    QString ticketStatePath() const { return QDir(stateDir).filePath(QStringLiteral("tickets.json")); }

    Result<void> saveLocked()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject gens, rev;
        for (auto it = generations.begin(); it != generations.end(); ++it)
            gens.insert(it.key(), double(it.value()));
        for (auto it = revoked.begin(); it != revoked.end();) {
            if (it.value() < now) {
                it = revoked.erase(it);
                continue;
            }
            rev.insert(QString::fromLatin1(it.key().toHex()), double(it.value()));
            ++it;
        }
        const mode_t old = ::umask(077);
        auto r = crypto::writeFileAtomically(ticketStatePath(), QJsonDocument(QJsonObject{{QStringLiteral("generations"), gens},
                                                                                          {QStringLiteral("revoked"), rev}})
                                                                      .toJson(QJsonDocument::Compact));
        ::umask(old);
        return r;
    }

    Result<void> load()
    {
        QFile f(ticketStatePath());
        if (!f.exists())
            return {};
        if (!f.open(QIODevice::ReadOnly))
            return Error{QObject::tr("%1 cannot be read (%2).").arg(f.fileName(), f.errorString())};
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.isEmpty())
            return Error{QObject::tr("%1 is damaged; no ticket can be trusted until it is restored.").arg(f.fileName())};
        const QJsonObject gens = o.value(QStringLiteral("generations")).toObject();
        for (auto it = gens.begin(); it != gens.end(); ++it)
            generations.insert(it.key(), quint64(it.value().toDouble()));
        const QJsonObject rev = o.value(QStringLiteral("revoked")).toObject();
        for (auto it = rev.begin(); it != rev.end(); ++it)
            revoked.insert(QByteArray::fromHex(it.key().toLatin1()), qint64(it.value().toDouble()));
        return {};
    }

    // Before the change: a crash in between revokes too much, never too little.
    Result<void> bump(const QString& subject)
    {
        std::lock_guard lock(mutex);
        generations[subject] = generations.value(subject, 0) + 1;
        return saveLocked();
    }

    Result<std::shared_ptr<auth::LocalAccountStore>> store(const QString& administrator, Events& events)
    {
        auth::LocalAccountOptions options;
        options.administrator = administrator;
        options.audit = [&events](const audit::Event& e) { events.push_back(e); };
        options.allowedRoles.clear();
        for (const auto& [name, role] : policy->roles)
            options.allowedRoles << name;
        options.proofLifetimeSeconds = qint64(policy->session.maxLength.count());
        return auth::LocalAccountStore::open(QDir(stateDir).filePath(QStringLiteral("accounts")), keys, options);
    }

    // Who administers, in words naming both identities; or why not.
    Result<QString> authorize(const QCborMap& request, const QString& what, const Caller& caller, Events& events, ServiceAccounts& self)
    {
        if (caller.uid == 0)
            return QStringLiteral("OS administrator: ") + osIdentity(caller);
        const QStringList groups = groupsOf(caller.uid);
        for (const QString& g : policy->serviceAdminGroups)
            if (groups.contains(g))
                return QStringLiteral("OS administrator (group %1): ").arg(g) + osIdentity(caller);
        const QByteArray ticket = request.value(QStringLiteral("ticket")).toByteArray();
        const auto refuse = [&](const QString& why) -> Result<QString> {
            audit::Event e = audit::events::securityAlert(osIdentity(caller), QStringLiteral("custosd refused account administration (%1): %2").arg(what, why),
                                                          audit::Outcome::MinorFailure);
            events.push_back(e);
            return Error{why + QLatin1Char(' ') + QObject::tr("Nothing was changed.")};
        };
        if (ticket.isEmpty())
            return refuse(QObject::tr("Only an operating-system administrator (root, or a member of a group the site policy names) or a signed-in Custos "
                            "administrator may manage Custos accounts."));
        auto checked = self.checkTicket(ticket, caller.uid);
        if (!checked)
            return refuse(checked.errorMessage());
        // The Guard decides, inside the service, with the site's roles.
        policy::Guard guard(policy::GuardParts{policy, policy::signInRequester(checked.value().identity()),
                                               [&events](const audit::Event& e) { events.push_back(e); }, nullptr, nullptr, {}, {}, {}});
        policy::Subject subject;
        subject.description = QStringLiteral("custosd accounts: ") + what + QStringLiteral(" (") + osIdentity(caller) + QLatin1Char(')');
        const policy::Decision decision = guard.request(policy::Action::ManageUsers, subject, what);
        if (!decision.allowed())
            return Error{decision.reason + QLatin1Char(' ') + QObject::tr("Nothing was changed.")};
        return checked.value().subject + QStringLiteral(" via ") + osIdentity(caller);
    }
};

ServiceAccounts::ServiceAccounts() : d(std::make_unique<Impl>()) {}
ServiceAccounts::~ServiceAccounts() = default;

const TicketKey& ServiceAccounts::signingKey() const { return d->signing; }
std::shared_ptr<crypto::KeyManager> ServiceAccounts::keys() const { return d->keys; }

Result<std::unique_ptr<ServiceAccounts>> ServiceAccounts::open(const QString& stateDir, std::shared_ptr<const policy::Policy> policy)
{
    std::unique_ptr<ServiceAccounts> a(new ServiceAccounts());
    a->d->stateDir = stateDir;
    a->d->policy = std::move(policy);
    const QString keyFolder = QDir(stateDir).filePath(QStringLiteral("keys"));
    const mode_t old = ::umask(077);
    const bool made = QDir().mkpath(keyFolder);
    ::umask(old);
    if (!made)
        return Error{QObject::tr("The service's key folder %1 could not be made.").arg(keyFolder)};
    ::chmod(QFile::encodeName(keyFolder).constData(), 0700);
    a->d->keyStore = makeFolderKeyStore(keyFolder);
    auto keys = crypto::KeyManager::open(*a->d->keyStore);
    if (!keys)
        return keys.error();
    a->d->keys = keys.value();
    auto signing = loadOrCreateSigningKey(stateDir);
    if (!signing)
        return signing.error();
    a->d->signing = signing.value();
    if (auto loaded = a->d->load(); !loaded)
        return loaded.error();
    a->d->sso = std::make_unique<SsoVerifier>(a->d->policy, stateDir, policy::siteMode());
    return a;
}

Result<Ticket> ServiceAccounts::checkTicket(const QByteArray& ticket, quint32 uid)
{
    const QByteArray hash = crypto::sha256(ticket);
    std::optional<Ticket> cached;
    {
        std::lock_guard lock(d->mutex);
        if (auto it = d->verified.constFind(hash); it != d->verified.cend())
            cached = it.value();
    }
    if (!cached) {
        auto v = d->signing.verify(ticket);
        if (!v)
            return v.error();
        cached = v.value();
        std::lock_guard lock(d->mutex);
        if (d->verified.size() > 4096)
            d->verified.clear();
        d->verified.insert(hash, *cached);
    }
    if (auto usable = checkTicketUse(*cached, uid); !usable)
        return usable.error();
    std::lock_guard lock(d->mutex);
    if (d->revoked.contains(cached->id))
        return Error{QObject::tr("You signed out with this ticket; sign in again.")};
    if (d->generations.value(cached->subject, 0) != cached->generation)
        return Error{QObject::tr("Your account was changed or removed by an administrator since you signed in, so your sign-in no longer counts. "
                       "Sign in again (or ask your administrator).")};
    return *cached;
}

Result<QByteArray> ServiceAccounts::signIn(const QString& user, const QString& password, const QString& code, qint64 lifetimeSeconds,
                                           const Caller& caller, Events& events)
{
    auto store = d->store(QStringLiteral("custosd"), events);
    if (!store)
        return store.error();
    auto id = store.value()->authenticate(user, password, code); // records the attempt
    if (!id)
        return id.error();
    // The password (and code) were checked just now: a fresh sign-in.
    return issue(id.value(), amrOf(id.value()), lifetimeSeconds, true, caller, events);
}

Result<QByteArray> ServiceAccounts::issue(const auth::Identity& who, const QStringList& amr, qint64 lifetimeSeconds, bool freshSignIn,
                                          const Caller& caller, Events& events)
{
    Ticket ticket;
    ticket.subject = who.subject;
    ticket.issuer = who.issuer;
    ticket.userName = who.userName;
    ticket.displayName = who.displayName;
    ticket.roles = who.roles;
    ticket.amr = amr;
    ticket.method = who.method;
    ticket.mfa = who.mfa;
    ticket.mfaDetail = who.mfaDetail;
    ticket.authTime = who.authenticatedAt;
    ticket.issuedAt = QDateTime::currentDateTimeUtc();
    qint64 lifetime = qint64(d->policy->session.maxLength.count());
    if (lifetimeSeconds > 0)
        lifetime = std::min(lifetime, lifetimeSeconds);
    ticket.expiresAt = ticket.issuedAt.addSecs(lifetime);
    ticket.uid = caller.uid;
    auto jti = crypto::randomBytes(16);
    if (!jti)
        return jti.error();
    ticket.id = jti.value();
    ticket.freshSignIn = freshSignIn;
    {
        std::lock_guard lock(d->mutex);
        ticket.generation = d->generations.value(ticket.subject, 0);
    }
    audit::Event issued = audit::events::userAuthentication(
        who.userName, QStringLiteral("custosd session ticket"), true,
        QStringLiteral("ticket %1 for %2, until %3").arg(QString::fromLatin1(ticket.id.toHex()), osIdentity(caller), ticket.expiresAt.toString(Qt::ISODate)));
    events.push_back(issued);
    return d->signing.sign(ticket);
}

Result<void> ServiceAccounts::logout(const QByteArray& ticket, const Caller& caller, Events& events)
{
    auto checked = checkTicket(ticket, caller.uid);
    if (!checked)
        return checked.error();
    {
        std::lock_guard lock(d->mutex);
        d->revoked.insert(checked.value().id, checked.value().expiresAt.toSecsSinceEpoch());
        if (auto saved = d->saveLocked(); !saved)
            return saved;
    }
    events.push_back(audit::events::userAuthentication(checked.value().userName, QStringLiteral("custosd session ticket"), true,
                                                       QStringLiteral("logout (%1)").arg(osIdentity(caller)),
                                                       audit::events::AuthenticationType::Logout));
    return {};
}

Result<QCborMap> ServiceAccounts::manage(const QCborMap& request, const Caller& caller, Events& events)
{
    const QString action = request.value(QStringLiteral("action")).toString();
    const QString name = request.value(QStringLiteral("name")).toString().trimmed().toLower();
    static const QStringList known{QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("set-roles"), QStringLiteral("reset-mfa"),
                                   QStringLiteral("list"), QStringLiteral("issue-enrolment")};
    if (!known.contains(action))
        return Error{QObject::tr("custosd does not know the account action \"%1\".").arg(action)};
    const QString what = action == QLatin1String("list") ? QStringLiteral("list accounts") : action + QLatin1Char(' ') + name;
    auto actor = d->authorize(request, what, caller, events, *this);
    if (!actor)
        return actor.error();
    auto opened = d->store(actor.value(), events);
    if (!opened)
        return opened.error();
    auth::LocalAccountStore& store = *opened.value();
    const QString subject = QStringLiteral("local:") + name;
    QCborMap reply;
    auto enrollment = [&reply](const auth::Enrollment& e) {
        reply.insert(QStringLiteral("user"), e.userName);
        reply.insert(QStringLiteral("uri"), e.otpauthUri);
        reply.insert(QStringLiteral("digits"), e.parameters.digits);
        reply.insert(QStringLiteral("period"), e.parameters.period);
        reply.insert(QStringLiteral("algorithm"), auth::totp::algorithmName(e.parameters.algorithm));
        QCborArray codes;
        for (const QString& c : e.recoveryCodes)
            codes.append(c);
        reply.insert(QStringLiteral("recovery"), codes);
    };
    if (action == QLatin1String("list")) {
        auto users = store.listUsers();
        if (!users)
            return users.error();
        QCborArray list;
        for (const auth::AccountSummary& u : users.value()) {
            if (u.name.startsWith(QLatin1String("sso.")))
                continue;
            QCborMap m;
            m.insert(QStringLiteral("name"), u.name);
            m.insert(QStringLiteral("displayName"), u.displayName);
            QCborArray roles;
            for (const QString& r : u.roles)
                roles.append(r);
            m.insert(QStringLiteral("roles"), roles);
            m.insert(QStringLiteral("mfaEnrolled"), u.mfaEnrolled);
            m.insert(QStringLiteral("recoveryCodesLeft"), u.recoveryCodesLeft);
            m.insert(QStringLiteral("lockedForSeconds"), u.lockedForSeconds);
            m.insert(QStringLiteral("lastSignIn"), u.lastSignIn.isValid() ? u.lastSignIn.toString(Qt::ISODate) : QString());
            list.append(m);
        }
        reply.insert(QStringLiteral("users"), list);
        return reply;
    }
    if (action == QLatin1String("add")) {
        auth::totp::Parameters p;
        p.digits = int(integerOf(request.value(QStringLiteral("digits")), 6));
        if (auto alg = auth::totp::algorithmFromName(request.value(QStringLiteral("algorithm")).toString(QStringLiteral("sha1"))))
            p.algorithm = *alg;
        QString password = request.value(QStringLiteral("password")).toString();
        auto e = store.addUser(name, request.value(QStringLiteral("displayName")).toString(), stringList(request.value(QStringLiteral("roles"))),
                               password, p);
        password.fill(QLatin1Char('\0'));
        if (!e)
            return e.error();
        // A name used before starts a new generation: old tickets stay dead.
        if (auto b = d->bump(subject); !b)
            return b.error();
        enrollment(e.value());
        return reply;
    }
    if (action == QLatin1String("issue-enrolment")) {
        // `name` is the person's user name at the identity provider.
        auto code = store.issueStepUpEnrolment(name);
        if (!code)
            return code.error();
        reply.insert(QStringLiteral("code"), code.value());
        reply.insert(QStringLiteral("hours"), auth::LocalAccountStore::kStepUpEnrolmentHours);
        return reply;
    }
    // Changes to an existing account: its tickets end first.
    if (auto b = d->bump(subject); !b)
        return b.error();
    if (action == QLatin1String("remove")) {
        if (auto r = store.removeUser(name); !r)
            return r.error();
        return reply;
    }
    if (action == QLatin1String("set-roles")) {
        if (auto r = store.setRoles(name, stringList(request.value(QStringLiteral("roles")))); !r)
            return r.error();
        return reply;
    }
    auto e = store.resetMfa(name);
    if (!e)
        return e.error();
    enrollment(e.value());
    return reply;
}

Result<QCborMap> ServiceAccounts::ssoSignIn(const QCborMap& request, const Caller& caller, Events& events)
{
    SsoRequest ask;
    ask.idToken = request.value(QStringLiteral("idToken")).toByteArray();
    ask.nonce = request.value(QStringLiteral("nonce")).toString();
    const bool reauthentication = request.contains(QStringLiteral("reauthSince"));
    if (reauthentication)
        ask.reauthenticationRequestedAt = QDateTime::fromSecsSinceEpoch(integerOf(request.value(QStringLiteral("reauthSince")), 0), Qt::UTC);
    const QString method = reauthentication ? QStringLiteral("OpenID Connect re-authentication via custosd") : QStringLiteral("OpenID Connect via custosd");
    const auto refuse = [&](const QString& who, const QString& why) -> Result<QCborMap> {
        events.push_back(audit::events::userAuthentication(who, method, false, why + QStringLiteral(" (") + osIdentity(caller) + QLatin1Char(')')));
        return Error{why};
    };
    auto proof = d->sso->redeem(ask);
    if (!proof)
        return refuse(QStringLiteral("(unknown)"), proof.errorMessage());
    auth::Identity who = proof.value().identity;
    QStringList amr = proof.value().amr;
    // Re-authentication confirms the person of the caller's own ticket, nobody else.
    if (const QByteArray current = request.value(QStringLiteral("ticket")).toByteArray(); !current.isEmpty()) {
        auto checked = checkTicket(current, caller.uid);
        if (!checked)
            return refuse(who.userName, checked.errorMessage());
        if (checked.value().subject != who.subject)
            return refuse(who.userName, QObject::tr("The identity provider signed in someone else; only the person of this session may confirm it."));
    }
    // AAL2: the provider's second factor (amr/acr as the policy counts them),
    // or Custos's own code, which exists only where an administrator issued
    // an enrolment code. A password-only sign-in never sets one up alone.
    if (d->policy->session.requireMfa && who.mfa == auth::MfaMethod::None) {
        auto store = d->store(QStringLiteral("custosd"), events);
        if (!store)
            return store.error();
        const QString code = request.value(QStringLiteral("code")).toString();
        const QString enrolmentCode = request.value(QStringLiteral("enrolmentCode")).toString();
        if (!enrolmentCode.isEmpty()) {
            auto e = store.value()->enrolStepUp(who, enrolmentCode); // records the attempt
            if (!e)
                return Error{e.errorMessage()};
            QCborMap reply;
            reply.insert(QStringLiteral("enrolled"), true);
            reply.insert(QStringLiteral("user"), e.value().userName);
            reply.insert(QStringLiteral("uri"), e.value().otpauthUri);
            QCborArray codes;
            for (const QString& c : e.value().recoveryCodes)
                codes.append(c);
            reply.insert(QStringLiteral("recovery"), codes);
            return reply; // no ticket yet: the next sign-in gives the first code
        }
        auto enrolled = store.value()->hasStepUp(who);
        if (!enrolled)
            return enrolled.error();
        if (!enrolled.value())
            return refuse(who.userName, QObject::tr("This site requires a second factor and the identity provider did not report one for %1. "
                                                    "Sign in with your second factor at the provider, or ask your administrator for a one-time "
                                                    "enrolment code (custos-cli users issue-enrolment %1) to set up a Custos code.")
                                            .arg(who.userName));
        if (code.isEmpty())
            return refuse(who.userName, QObject::tr("The identity provider did not report a second factor for %1; give your Custos one-time code.")
                                            .arg(who.userName));
        auto stepped = store.value()->stepUp(who, code); // records the attempt
        if (!stepped)
            return Error{stepped.errorMessage()};
        who = stepped.value();
        amr << QStringLiteral("otp") << QStringLiteral("mfa");
        amr.removeDuplicates();
    }
    events.push_back(audit::events::userAuthentication(who.userName, method, true,
                                                       QStringLiteral("roles %1, amr %2, auth_time %3 (%4)")
                                                           .arg(who.roles.join(QLatin1Char(',')), amr.join(QLatin1Char(',')),
                                                                who.authenticatedAt.toString(Qt::ISODate), osIdentity(caller))));
    // Only a re-authentication is a fresh sign-in: redeem() found its
    // auth_time not before the moment it was asked for. A plain sign-in may
    // have been answered silently by a live provider session.
    auto ticket = issue(who, amr, integerOf(request.value(QStringLiteral("lifetime")), 0), reauthentication, caller, events);
    if (!ticket)
        return ticket.error();
    QCborMap reply;
    reply.insert(QStringLiteral("ticket"), ticket.value());
    return reply;
}

} // namespace custos::service
