// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_compliance.h"

#include "core/audit/audit_log.h"
#include "core/policy/break_glass.h"
#include "core/policy/guard.h"
#include "core/policy/training.h"
#include "core/service/peer_credentials.h"
#include "core/service/sealed_trail.h"
#include "core/service/trail_source.h"
#include "core/service/service_protocol.h"

#include <algorithm>

#include <QCborArray>
#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <sys/stat.h>

namespace custos::service {

namespace {

QString osIdentity(const Caller& c)
{
    return QStringLiteral("OS user %1 (uid %2, pid %3)").arg(userName(c.uid)).arg(c.uid).arg(c.pid);
}

QCborMap grantToCbor(const policy::BreakGlassGrant& g)
{
    return QCborMap::fromJsonObject(policy::BreakGlassRegistry::grantToJson(g));
}

QCborArray grantsToCbor(const std::vector<policy::BreakGlassGrant>& grants)
{
    QCborArray out;
    for (const policy::BreakGlassGrant& g : grants)
        out.append(grantToCbor(g));
    return out;
}

QCborMap ackToCbor(const policy::Acknowledgement& a)
{
    QCborMap m;
    m.insert(QStringLiteral("subject"), a.userSubject);
    m.insert(QStringLiteral("module"), a.moduleId);
    m.insert(QStringLiteral("version"), a.version);
    m.insert(QStringLiteral("time"), a.time.toUTC().toString(Qt::ISODateWithMs));
    return m;
}

// A reply larger than a frame could not be sent: audit queries are paged.
constexpr qsizetype kPageBytes = 512 * 1024;

} // namespace

struct ServiceCompliance::Impl
{
    QString stateDir;
    std::shared_ptr<const policy::Policy> policy;
    ServiceAccounts* accounts = nullptr;
    std::function<quint64()> lastSeq;
    std::unique_ptr<policy::TrainingRecords> training;
    std::unique_ptr<policy::BreakGlassRegistry> breakGlass;
    Events* events = nullptr; // of the request being handled: the registry's audit sink writes here

    void record(const audit::Event& e)
    {
        if (events)
            events->push_back(e);
    }

    // The caller's valid ticket, or a refusal that is itself recorded.
    Result<Ticket> who(const QCborMap& request, const QString& what, const Caller& caller)
    {
        const QByteArray ticket = request.value(QStringLiteral("ticket")).toByteArray();
        Result<Ticket> checked = ticket.isEmpty() ? Result<Ticket>(Error{QObject::tr("Sign in first: this request carried no sign-in ticket.")})
                                                  : accounts->checkTicket(ticket, caller.uid);
        if (!checked)
            record(audit::events::securityAlert(osIdentity(caller), QStringLiteral("custosd refused %1: %2").arg(what, checked.errorMessage()),
                                                audit::Outcome::MinorFailure));
        return checked;
    }

    // The Guard inside the service decides a read of the compliance records;
    // allowed or not, it records the decision (allowed: 110101 Audit Log Used).
    Result<Ticket> guardedRead(const QCborMap& request, policy::Action action, const QString& what, const Caller& caller)
    {
        auto ticket = who(request, what, caller);
        if (!ticket)
            return ticket;
        // PS3.15 A.5.3.2: the object of "Audit Log Used" is the audit log
        // itself, a security resource (role 13) named by its URI.
        const auto sink = [this](const audit::Event& decided) {
            audit::Event e = decided;
            if (e.id.code == QLatin1String("110101"))
                for (audit::ParticipantObject& o : e.objects) {
                    o.typeCode = 2;
                    o.typeCodeRole = 13;
                    o.idType = {QStringLiteral("12"), QStringLiteral("RFC-3881"), QStringLiteral("URI")};
                    o.id = QUrl::fromLocalFile(trailPath(stateDir)).toString();
                }
            record(e);
        };
        policy::Guard guard(policy::GuardParts{policy, policy::signInRequester(ticket.value().identity()), sink, nullptr, nullptr, {}, {}, {}});
        policy::Subject subject;
        subject.description = QStringLiteral("custosd: %1 (%2)").arg(what, osIdentity(caller));
        const policy::Decision decision = guard.request(action, subject, what);
        if (!decision.allowed())
            return Error{decision.reason};
        return ticket;
    }

    Result<QCborMap> breakGlassOp(const QCborMap& request, const Caller& caller)
    {
        const QString action = request.value(QStringLiteral("action")).toString();
        breakGlass->expireLapsed(); // a lapsed grant ends, audited, before anything is answered
        QCborMap reply;
        if (action == QLatin1String("queue")) {
            auto reader = guardedRead(request, policy::Action::ReviewBreakGlass, QStringLiteral("break-glass review queue"), caller);
            if (!reader)
                return reader.error();
            reply.insert(QStringLiteral("grants"), grantsToCbor(breakGlass->awaitingReview()));
            return reply;
        }
        if (action == QLatin1String("review")) {
            auto reviewer = guardedRead(request, policy::Action::ReviewBreakGlass, QStringLiteral("break-glass review"), caller);
            if (!reviewer)
                return reviewer.error();
            // The registry checks the role again, refuses one's own grant and
            // a running one, and records the verdict as 110101 (action U).
            if (auto r = breakGlass->recordReview(request.value(QStringLiteral("grantId")).toString(), reviewer.value().identity(),
                                                  request.value(QStringLiteral("note")).toString(),
                                                  policy::verdictFromCode(request.value(QStringLiteral("verdict")).toString()));
                !r)
                return r.error();
            return reply;
        }
        const QString what = QStringLiteral("break-glass %1").arg(action);
        auto ticket = who(request, what, caller);
        if (!ticket)
            return ticket.error();
        const QString subject = ticket.value().subject;
        if (action == QLatin1String("mine")) {
            std::vector<policy::BreakGlassGrant> own;
            for (const policy::BreakGlassGrant& g : breakGlass->grants())
                if (g.userSubject == subject)
                    own.push_back(g);
            reply.insert(QStringLiteral("grants"), grantsToCbor(own));
            return reply;
        }
        if (action == QLatin1String("end")) {
            const QString id = request.value(QStringLiteral("grantId")).toString();
            bool own = false;
            for (const policy::BreakGlassGrant& g : breakGlass->grants())
                own = own || (g.id == id && g.userSubject == subject);
            if (!own)
                return Error{QObject::tr("There is no emergency access of yours with that id.")};
            if (auto r = breakGlass->end(id, request.value(QStringLiteral("reason")).toString()); !r)
                return r.error();
            return reply;
        }
        if (action == QLatin1String("start")) {
            // The fresh sign-in: a ticket of this same person and OS user,
            // issued by this service moments ago (password and code, or a
            // single sign-on re-authentication, checked here).
            const QByteArray reauth = request.value(QStringLiteral("reauthTicket")).toByteArray();
            if (reauth.isEmpty())
                return Error{QObject::tr("Emergency access needs you to sign in again (password and code, or your identity provider once more); the request carried no fresh sign-in.")};
            auto fresh = accounts->checkTicket(reauth, caller.uid);
            if (!fresh) {
                record(audit::events::securityAlert(osIdentity(caller), QStringLiteral("custosd refused break-glass: %1").arg(fresh.errorMessage()),
                                                    audit::Outcome::MinorFailure));
                return fresh.error();
            }
            // A sign-in made for this request: not the session's own ticket,
            // and one whose person proved themselves when it was issued (a
            // plain single sign-on may have been answered silently by a live
            // provider session, with an auth_time that still looks recent).
            const auto refuseFresh = [&](const QString& why) -> Result<QCborMap> {
                record(audit::events::securityAlert(osIdentity(caller), QStringLiteral("custosd refused break-glass for %1: %2").arg(subject, why),
                                                    audit::Outcome::MinorFailure));
                return Error{why};
            };
            if (fresh.value().id == ticket.value().id)
                return refuseFresh(QObject::tr("Emergency access needs you to sign in again; the request carried the session's own sign-in instead of a new one."));
            if (!fresh.value().freshSignIn)
                return refuseFresh(QObject::tr("Emergency access needs a sign-in made for it: your password again, or your identity provider asking for it "
                                     "again. The request carried an earlier sign-in, so it was refused."));
            // One fresh sign-in, one request: it ends now, whatever the answer.
            if (auto ended = accounts->logout(reauth, caller, *events); !ended)
                return refuseFresh(QObject::tr("The fresh sign-in could not be used up, so emergency access was not granted: %1").arg(ended.errorMessage()));
            policy::BreakGlassRequest r;
            r.category = request.value(QStringLiteral("category")).toString();
            r.reason = request.value(QStringLiteral("reason")).toString();
            r.subject.studyUid = request.value(QStringLiteral("studyUid")).toString();
            r.subject.patientId = request.value(QStringLiteral("patientId")).toString();
            for (const QCborValue& a : request.value(QStringLiteral("actions")).toArray()) {
                auto known = policy::actionFromName(a.toString());
                if (!known)
                    return Error{QObject::tr("custosd does not know the action \"%1\".").arg(a.toString())};
                r.actions.insert(*known);
            }
            r.origin = osIdentity(caller);
            // The registry checks role, category, reason, the fresh sign-in's
            // person and age, training; it records the start (110113/110127).
            auto grant = breakGlass->start(ticket.value().identity(), fresh.value().identity(), r);
            if (!grant) {
                record(audit::events::securityAlert(osIdentity(caller), QStringLiteral("custosd refused break-glass for %1: %2")
                                                                            .arg(subject, grant.errorMessage()),
                                                    audit::Outcome::MinorFailure));
                return grant.error();
            }
            reply.insert(QStringLiteral("grant"), grantToCbor(grant.value()));
            return reply;
        }
        return Error{QObject::tr("custosd does not know the break-glass action \"%1\".").arg(action)};
    }

    Result<QCborMap> trainingOp(const QCborMap& request, const Caller& caller)
    {
        const QString action = request.value(QStringLiteral("action")).toString();
        QCborMap reply;
        if (action == QLatin1String("roster")) {
            auto reader = guardedRead(request, policy::Action::ViewAuditTrail, QStringLiteral("training roster"), caller);
            if (!reader)
                return reader.error();
            QCborArray list;
            for (const policy::Acknowledgement& a : training->all())
                list.append(ackToCbor(a));
            reply.insert(QStringLiteral("acknowledgements"), list);
            return reply;
        }
        auto ticket = who(request, QStringLiteral("training %1").arg(action), caller);
        if (!ticket)
            return ticket.error();
        const auth::Identity identity = ticket.value().identity();
        if (action == QLatin1String("mine")) {
            QCborArray list;
            for (const policy::Acknowledgement& a : training->all())
                if (a.userSubject == identity.subject)
                    list.append(ackToCbor(a));
            reply.insert(QStringLiteral("acknowledgements"), list);
            return reply;
        }
        if (action == QLatin1String("acknowledge")) {
            auto module = policy::trainingModule(request.value(QStringLiteral("module")).toString());
            if (!module)
                return module.error();
            std::vector<int> answers;
            for (const QCborValue& a : request.value(QStringLiteral("answers")).toArray())
                answers.push_back(int(std::clamp<qint64>(integerOf(a, -1), -1, 1000)));
            // The answers are checked here: a user process cannot just claim
            // an acknowledgement. Passed or not, it is recorded.
            if (auto r = policy::acknowledge(*training, module.value(), identity, answers, QDateTime::currentDateTimeUtc(),
                                             [this](const audit::Event& e) { record(e); });
                !r)
                return r.error();
            return reply;
        }
        return Error{QObject::tr("custosd does not know the training action \"%1\".").arg(action)};
    }

    Result<QCborMap> auditQuery(const QCborMap& request, const Caller& caller)
    {
        auto reader = guardedRead(request, policy::Action::ViewAuditTrail, QStringLiteral("audit query"), caller);
        if (!reader)
            return reader.error();
        const quint64 from = quint64(std::max<qint64>(1, integerOf(request.value(QStringLiteral("from")), 1)));
        QDateTime since;
        if (const QString s = request.value(QStringLiteral("since")).toString(); !s.isEmpty())
            since = QDateTime::fromString(s, Qt::ISODateWithMs);
        TrailSource source(stateDir, lastSeq);
        const quint64 last = lastSeq();
        QCborArray list;
        qsizetype bytes = 0;
        quint64 next = from;
        while (next <= last && bytes < kPageBytes) {
            auto records = source.read(next, 200);
            if (!records)
                return records.error();
            if (records.value().empty())
                break;
            for (const audit::Record& r : records.value()) {
                next = r.seq + 1;
                if (since.isValid() && r.time < since)
                    continue;
                const QCborMap m = QCborMap::fromJsonObject(audit::toJson(r));
                bytes += m.toCborValue().toCbor().size();
                list.append(m);
                if (bytes >= kPageBytes)
                    break;
            }
        }
        QCborMap reply;
        reply.insert(QStringLiteral("records"), list);
        reply.insert(QStringLiteral("next"), qint64(next));
        reply.insert(QStringLiteral("more"), next <= last);
        return reply;
    }
};

ServiceCompliance::ServiceCompliance() : d(std::make_unique<Impl>()) {}
ServiceCompliance::~ServiceCompliance() = default;

bool ServiceCompliance::handles(const QString& op)
{
    return op == QLatin1String("breakGlass") || op == QLatin1String("training") || op == QLatin1String("auditQuery");
}

Result<std::unique_ptr<ServiceCompliance>> ServiceCompliance::open(const QString& stateDir, std::shared_ptr<const policy::Policy> policy,
                                                                   ServiceAccounts& accounts, std::function<quint64()> lastSeq)
{
    std::unique_ptr<ServiceCompliance> c(new ServiceCompliance());
    Impl& d = *c->d;
    d.stateDir = stateDir;
    d.policy = std::move(policy);
    d.accounts = &accounts;
    d.lastSeq = std::move(lastSeq);
    const QString folder = QDir(stateDir).filePath(QStringLiteral("policy"));
    const mode_t old = ::umask(077);
    const bool made = QDir().mkpath(folder);
    ::umask(old);
    if (!made)
        return Error{QObject::tr("The service's folder %1 could not be made.").arg(folder)};
    ::chmod(QFile::encodeName(folder).constData(), 0700);
    auto training = policy::TrainingRecords::open(accounts.keys(), folder);
    if (!training)
        return training.error();
    d.training = std::move(training).value();
    policy::BreakGlassParts parts;
    parts.policy = d.policy;
    parts.audit = [&d](const audit::Event& e) { d.record(e); };
    parts.training = d.training.get();
    parts.keys = accounts.keys();
    parts.folder = folder;
    auto registry = policy::BreakGlassRegistry::open(std::move(parts));
    if (!registry)
        return registry.error();
    d.breakGlass = std::move(registry).value();
    return c;
}

Result<QCborMap> ServiceCompliance::handle(const QString& op, const QCborMap& request, const Caller& caller, Events& events)
{
    d->events = &events;
    Result<QCborMap> r = op == QLatin1String("breakGlass") ? d->breakGlassOp(request, caller)
                         : op == QLatin1String("training") ? d->trainingOp(request, caller)
                                                            : d->auditQuery(request, caller);
    d->events = nullptr;
    return r;
}

} // namespace custos::service
