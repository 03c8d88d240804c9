// SPDX-License-Identifier: Apache-2.0
#include "core/policy/guard.h"

#include "core/auth/session.h"
#include "core/policy/break_glass.h"
#include "core/policy/training.h"

#include <QCoreApplication>

namespace custos::policy {

namespace {

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

Decision denied(const QString& reason)
{
    Decision d;
    d.kind = Decision::Kind::Denied;
    d.reason = reason;
    return d;
}

QString rolesText(const QStringList& roles) { return roles.isEmpty() ? Text::tr("none") : roles.join(QStringLiteral(", ")); }

// Who else may do it, so the person knows whom to ask.
QString whoMay(const Policy& policy, Action action)
{
    QStringList names;
    for (const auto& [name, role] : policy.roles)
        if (role.permissions.contains(action))
            names << name;
    if (names.isEmpty())
        return Text::tr("No role at this site may do this; ask your administrator if you need it.");
    return Text::tr("Ask someone with the role %1, or your administrator.").arg(names.join(Text::tr(" or ")));
}

QString sessionProblem(Requester::State state)
{
    switch (state) {
    case Requester::State::SignedOut: return Text::tr("You are not signed in. Sign in first.");
    case Requester::State::Locked: return Text::tr("Your session is locked. Unlock it by signing in again.");
    case Requester::State::Expired: return Text::tr("Your session has expired. Sign in again.");
    case Requester::State::Active: break;
    }
    return {};
}

} // namespace

QString decisionKindName(Decision::Kind kind)
{
    switch (kind) {
    case Decision::Kind::Allowed: return QStringLiteral("allowed");
    case Decision::Kind::NeedsTraining: return QStringLiteral("needs-training");
    case Decision::Kind::NeedsBreakGlass: return QStringLiteral("needs-break-glass");
    case Decision::Kind::Denied: break;
    }
    return QStringLiteral("denied");
}

RequesterSource sessionRequester(const auth::Session& session, Clock clock)
{
    return [&session, clock] {
        Requester r;
        r.identity = session.identity();
        const QDateTime now = clock ? clock() : QDateTime::currentDateTimeUtc();
        switch (session.state()) {
        case auth::SessionState::SignedOut: r.state = Requester::State::SignedOut; return r;
        case auth::SessionState::Locked: r.state = Requester::State::Locked; return r;
        case auth::SessionState::Active: break;
        }
        const auth::SessionPolicy& p = session.policy();
        if (session.startedAt().secsTo(now) >= qint64(p.maxLength.count()))
            r.state = Requester::State::Expired;
        else if (session.lastActivity().secsTo(now) >= qint64(p.idleTimeout.count()))
            r.state = Requester::State::Locked;
        else
            r.state = Requester::State::Active;
        return r;
    };
}

RequesterSource signInRequester(auth::Identity identity, Clock clock)
{
    return [identity = std::move(identity), clock] {
        Requester r;
        r.identity = identity;
        const QDateTime now = clock ? clock() : QDateTime::currentDateTimeUtc();
        if (!identity.valid())
            r.state = Requester::State::SignedOut;
        else if (!identity.expiresAt.isValid() || identity.expiresAt <= now)
            r.state = Requester::State::Expired;
        else
            r.state = Requester::State::Active;
        return r;
    };
}

Guard::Guard(GuardParts parts) : m_parts(std::move(parts))
{
    Q_ASSERT(m_parts.policy);
    Q_ASSERT(m_parts.requester);
}

Guard::~Guard() = default;

QDateTime Guard::now() const { return m_parts.clock ? m_parts.clock() : QDateTime::currentDateTimeUtc(); }

Requester Guard::requester() const { return m_parts.requester(); }

Decision Guard::request(Action action, const Subject& subject, const QString& purpose)
{
    if (m_parts.breakGlass)
        m_parts.breakGlass->expireLapsed(); // a lapsed grant ends (audited) before it could be used
    const Requester who = m_parts.requester();
    Decision d = decide(action, subject, who);
    if (m_parts.durableAudit) {
        // The action proceeds only once its record is durable.
        if (auto recorded = m_parts.durableAudit(decisionEvent(action, subject, purpose, who, d)); !recorded)
            return denied(recorded.errorMessage());
    } else if (m_parts.audit) {
        m_parts.audit(decisionEvent(action, subject, purpose, who, d));
    }
    if (d.allowed() && isExport(action))
        d.permit = std::shared_ptr<const ExportPermit>(new ExportPermit(action, subject, d.forceDeidentify, d.watermark, purpose));
    return d;
}

Decision Guard::preview(Action action, const Subject& subject) const { return decide(action, subject, m_parts.requester()); }

Decision Guard::decide(Action action, const Subject& subject, const Requester& who) const
{
    if (m_parts.phiGate && touchesPhi(action)) {
        if (const QString closed = m_parts.phiGate(); !closed.isEmpty())
            return denied(closed);
    }
    Decision d = decideForRole(action, subject, who);
    // Where it goes counts only once the person may export at all, so the
    // reason names the real obstacle.
    const Policy& policy = *m_parts.policy;
    if (d.kind == Decision::Kind::Allowed && !subject.destination.isEmpty() && !policy.exportDestinationAllowed(subject.destination))
        return denied(policy.exportDestinations.isEmpty()
                          ? Text::tr("This site allows no export to files. Ask your administrator.")
                          : Text::tr("The folder %1 is not an allowed export destination at this site. Allowed: %2.")
                                .arg(subject.destination, policy.exportDestinations.join(QStringLiteral(", "))));
    return d;
}

Decision Guard::decideForRole(Action action, const Subject& subject, const Requester& who) const
{
    const Policy& policy = *m_parts.policy;
    // Unlocking is the one thing a locked session may ask for (the Session
    // itself checks that the same person re-authenticated).
    const bool unlocking = action == Action::UnlockSession && who.state == Requester::State::Locked;
    if (who.state != Requester::State::Active && !unlocking)
        return denied(sessionProblem(who.state));
    if (policy.session.requireMfa && who.identity.mfa == auth::MfaMethod::None)
        return denied(Text::tr("This site requires a second factor, and your sign-in had none. Sign in again with your one-time code."));
    // A PACS query is about the patients its keys match, not one study: its
    // keys are the subject (in the description), recorded like any other.
    if (touchesPhi(action) && action != Action::QueryPacs && subject.studyUid.isEmpty() && subject.patientId.isEmpty())
        return denied(Text::tr("No study was named for this action; nothing was done."));

    const Policy::Grant grant = policy.grants(who.identity.roles, action);
    if (grant.granted) {
        Decision d;
        d.kind = Decision::Kind::Allowed;
        d.forceDeidentify = grant.forceDeidentify;
        d.role = grant.role;
        d.watermark = policy.watermarkFor(action, who.identity.userName, now());
        return withTraining(d, action, who);
    }

    const QString roles = rolesText(who.identity.roles);
    const QString notAllowed = Text::tr("Your role (%1) may not %2.").arg(roles, actionDescription(action));
    if (m_parts.breakGlass && !subject.studyUid.isEmpty()) {
        if (auto g = m_parts.breakGlass->covering(who.identity.subject, subject.studyUid, action)) {
            Decision d;
            d.kind = Decision::Kind::Allowed;
            d.underBreakGlass = true;
            d.breakGlassGrantId = g->id;
            d.role = QStringLiteral("break-glass");
            d.watermark = policy.watermarkFor(action, who.identity.userName, now());
            return withTraining(d, action, who); // the action's own training rule holds under a grant too
        }
    }
    const bool eligible = policy.breakGlass.eligibleActions.contains(action)
                          && policy.grants(who.identity.roles, Action::StartBreakGlass).granted && !subject.studyUid.isEmpty();
    if (eligible) {
        Decision d;
        d.kind = Decision::Kind::NeedsBreakGlass;
        d.reason = notAllowed + QLatin1Char(' ')
                   + Text::tr("In an emergency you may use break-glass access for this study: it is recorded and reviewed.");
        return withTraining(d, Action::StartBreakGlass, who);
    }
    return denied(notAllowed + QLatin1Char(' ') + whoMay(policy, action));
}

// An allowed (or break-glass-eligible) decision becomes NeedsTraining when
// the policy asks for a module this person has not acknowledged (or whose
// acknowledgement is too old or for an earlier version).
Decision Guard::withTraining(Decision d, Action action, const Requester& who) const
{
    const Policy& policy = *m_parts.policy;
    const TrainingRequirement* req = policy.trainingFor(action, d.forceDeidentify);
    if (!req)
        return d;
    if (m_parts.training && m_parts.training->current(who.identity.subject, *req, policy.training.renewalDays, now()))
        return d;
    Decision n;
    n.kind = Decision::Kind::NeedsTraining;
    n.trainingModule = req->moduleId;
    n.forceDeidentify = d.forceDeidentify;
    const auto module = trainingModule(req->moduleId);
    const QString title = module ? module.value().title : req->moduleId;
    n.reason = Text::tr("Before you %1, complete the short training \"%2\" (version %3).")
                   .arg(action == Action::StartBreakGlass ? Text::tr("use emergency access") : actionDescription(action), title, req->version);
    return n;
}

} // namespace custos::policy
