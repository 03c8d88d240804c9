// SPDX-License-Identifier: Apache-2.0
#include "core/policy/break_glass.h"

#include "core/crypto/aead.h"
#include "core/policy/sealed_file_p.h"
#include "core/policy/training.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

#include <algorithm>

namespace custos::policy {

namespace {

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

const QString kFileName = QStringLiteral("break-glass.sealed");

audit::Code dcm(const char* code, const char* meaning) { return {QLatin1String(code), QStringLiteral("DCM"), QLatin1String(meaning)}; }

audit::ActiveParticipant person(const QString& subject, const QString& name)
{
    audit::ActiveParticipant p;
    p.userId = subject;
    p.userName = name.isEmpty() ? subject : name;
    p.requestor = true;
    p.networkAccessPoint = QSysInfo::machineHostName();
    return p;
}

audit::ParticipantObject studyObject(const QString& studyUid, const QString& detail)
{
    audit::ParticipantObject study;
    study.typeCode = 2;
    study.typeCodeRole = 3;
    study.idType = dcm("110180", "Study Instance UID");
    study.id = studyUid;
    study.detail = detail;
    return study;
}

// PS3.15 A.5.3.11 Security Alert, CID 70 110127 / 110138.
audit::Event overrideEvent(const BreakGlassGrant& g, bool started, const QString& detail, const QString& patientId = {})
{
    audit::Event e;
    e.id = dcm("110113", "Security Alert");
    e.type = started ? dcm("110127", "Emergency Override Started") : dcm("110138", "Emergency Override Stopped");
    e.action = QLatin1Char('E');
    e.outcome = audit::Outcome::Success;
    e.outcomeDescription = detail;
    e.purposeOfUse = QStringLiteral("%1: %2").arg(g.category, g.reason);
    e.breakGlass = true;
    e.participants = {person(g.userSubject, g.userName)};
    if (!patientId.isEmpty()) {
        audit::ParticipantObject patient;
        patient.typeCode = 1;
        patient.typeCodeRole = 1;
        patient.idType = {QStringLiteral("2"), QStringLiteral("RFC-3881"), QStringLiteral("Patient Number")};
        patient.id = patientId;
        e.objects.push_back(patient);
    }
    e.objects.push_back(studyObject(g.studyUid, QStringLiteral("grant %1").arg(g.id)));
    return e;
}

QString iso(const QDateTime& d) { return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QJsonValue& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

QJsonObject toJson(const BreakGlassGrant& g)
{
    QJsonArray actions;
    for (Action a : allActions())
        if (g.actions.contains(a))
            actions.append(actionName(a));
    QJsonObject o{{QStringLiteral("id"), g.id},           {QStringLiteral("userSubject"), g.userSubject},
                  {QStringLiteral("userName"), g.userName}, {QStringLiteral("studyUid"), g.studyUid},
                  {QStringLiteral("category"), g.category}, {QStringLiteral("reason"), g.reason},
                  {QStringLiteral("actions"), actions},     {QStringLiteral("startedAt"), iso(g.startedAt)},
                  {QStringLiteral("expiresAt"), iso(g.expiresAt)}, {QStringLiteral("endedAt"), iso(g.endedAt)},
                  {QStringLiteral("endReason"), g.endReason}};
    if (!g.origin.isEmpty())
        o.insert(QStringLiteral("origin"), g.origin);
    if (g.review)
        o.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("reviewerSubject"), g.review->reviewerSubject},
                                                       {QStringLiteral("reviewerName"), g.review->reviewerName},
                                                       {QStringLiteral("note"), g.review->note},
                                                       {QStringLiteral("time"), iso(g.review->time)},
                                                       {QStringLiteral("verdict"), verdictCode(g.review->verdict)}});
    return o;
}

BreakGlassGrant fromJson(const QJsonObject& o)
{
    BreakGlassGrant g;
    g.id = o[QStringLiteral("id")].toString();
    g.userSubject = o[QStringLiteral("userSubject")].toString();
    g.userName = o[QStringLiteral("userName")].toString();
    g.studyUid = o[QStringLiteral("studyUid")].toString();
    g.category = o[QStringLiteral("category")].toString();
    g.reason = o[QStringLiteral("reason")].toString();
    for (const QJsonValue& a : o[QStringLiteral("actions")].toArray())
        if (auto action = actionFromName(a.toString()))
            g.actions.insert(*action);
    g.startedAt = fromIso(o[QStringLiteral("startedAt")]);
    g.expiresAt = fromIso(o[QStringLiteral("expiresAt")]);
    g.endedAt = fromIso(o[QStringLiteral("endedAt")]);
    g.endReason = o[QStringLiteral("endReason")].toString();
    g.origin = o[QStringLiteral("origin")].toString();
    if (o.contains(QStringLiteral("review"))) {
        const QJsonObject r = o[QStringLiteral("review")].toObject();
        g.review = BreakGlassReview{r[QStringLiteral("reviewerSubject")].toString(), r[QStringLiteral("reviewerName")].toString(),
                                    r[QStringLiteral("note")].toString(), fromIso(r[QStringLiteral("time")]),
                                    verdictFromCode(r[QStringLiteral("verdict")].toString())};
    }
    return g;
}

} // namespace

BreakGlassRegistry::BreakGlassRegistry(BreakGlassParts parts) : m_parts(std::move(parts)) {}
BreakGlassRegistry::~BreakGlassRegistry() = default;

Result<std::unique_ptr<BreakGlassRegistry>> BreakGlassRegistry::open(BreakGlassParts parts)
{
    std::unique_ptr<BreakGlassRegistry> r(new BreakGlassRegistry(std::move(parts)));
    if (r->m_parts.remote)
        return r;
    if (r->m_parts.keys && !r->m_parts.folder.isEmpty()) {
        auto stored = detail::readSealed(r->m_parts.keys, r->m_parts.folder, kFileName);
        if (!stored)
            return stored.error();
        if (stored.value())
            for (const QJsonValue& v : stored.value()->value(QStringLiteral("grants")).toArray())
                r->m_grants.push_back(fromJson(v.toObject()));
    }
    return r;
}

QDateTime BreakGlassRegistry::now() const { return m_parts.clock ? m_parts.clock() : QDateTime::currentDateTimeUtc(); }

QJsonObject BreakGlassRegistry::grantToJson(const BreakGlassGrant& grant) { return toJson(grant); }
BreakGlassGrant BreakGlassRegistry::grantFromJson(const QJsonObject& json) { return fromJson(json); }

const std::vector<BreakGlassGrant>& BreakGlassRegistry::mirror() const
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    if (!m_mirrorTime.isValid() || m_mirrorTime.msecsTo(time) > 3000 || m_mirrorTime > time) {
        auto mine = m_parts.remote->mine();
        if (mine) {
            m_grants = std::move(mine).value();
            m_remoteProblem.clear();
        } else {
            // Without an answer nothing is covered: an emergency grant is never assumed.
            m_grants.clear();
            m_remoteProblem = mine.errorMessage();
        }
        m_mirrorTime = time;
    }
    return m_grants;
}

Result<void> BreakGlassRegistry::save() const
{
    if (m_parts.remote)
        return {};
    if (!m_parts.keys || m_parts.folder.isEmpty())
        return {};
    QJsonArray list;
    for (const BreakGlassGrant& g : m_grants)
        list.append(toJson(g));
    return detail::writeSealed(m_parts.keys, m_parts.folder, kFileName, QJsonObject{{QStringLiteral("grants"), list}});
}

Result<BreakGlassGrant> BreakGlassRegistry::start(const auth::Identity& current, const auth::Identity& reauthenticated,
                                                  const BreakGlassRequest& request)
{
    const Policy& policy = *m_parts.policy;
    const QDateTime time = now();
    if (m_parts.remote) {
        // custosd checks all of it again, with the identities of its own tickets.
        auto granted = m_parts.remote->start(request);
        m_mirrorTime = {};
        return granted;
    }
    if (!current.valid())
        return Error{Text::tr("Sign in before asking for emergency access.")};
    if (!policy.grants(current.roles, Action::StartBreakGlass).granted)
        return Error{Text::tr("Your role (%1) may not use emergency access. Ask someone with access to this study.")
                         .arg(current.roles.join(QStringLiteral(", ")))};
    if (request.subject.studyUid.isEmpty())
        return Error{Text::tr("Emergency access is granted for one study; no study was named.")};
    if (!policy.breakGlass.reasonCategories.contains(request.category))
        return Error{Text::tr("Choose one of the reason categories: %1.").arg(policy.breakGlass.reasonCategories.join(QStringLiteral(", ")))};
    const QString reason = request.reason.simplified();
    if (reason.size() < policy.breakGlass.minimumReasonLength)
        return Error{Text::tr("Describe the emergency in at least %1 characters (you wrote %2): the reason is reviewed afterwards.")
                         .arg(policy.breakGlass.minimumReasonLength)
                         .arg(reason.size())};
    if (reauthenticated.subject != current.subject || !reauthenticated.valid())
        return Error{Text::tr("Emergency access needs you to sign in again as yourself; the sign-in was for someone else.")};
    if (policy.session.requireMfa && reauthenticated.mfa == auth::MfaMethod::None)
        return Error{Text::tr("Emergency access needs a fresh sign-in with your second factor.")};
    if (!reauthenticated.authenticatedAt.isValid()
        || reauthenticated.authenticatedAt.secsTo(time) > policy.breakGlass.reauthenticationMaxAgeSeconds
        || reauthenticated.authenticatedAt.secsTo(time) < -60)
        return Error{Text::tr("Emergency access needs a sign-in from the last %1 minutes; please sign in again.")
                         .arg(policy.breakGlass.reauthenticationMaxAgeSeconds / 60)};
    if (const TrainingRequirement* req = policy.trainingFor(Action::StartBreakGlass, false);
        req && !(m_parts.training && m_parts.training->current(current.subject, *req, policy.training.renewalDays, time)))
        return Error{Text::tr("Complete the break-glass training before using emergency access.")};
    const QSet<Action> asked = request.actions.isEmpty() ? QSet<Action>{Action::ViewStudy} : request.actions;
    for (Action a : asked) {
        if (!policy.breakGlass.eligibleActions.contains(a))
            return Error{Text::tr("Emergency access at this site does not cover the wish to %1; ask someone whose role allows it.").arg(actionDescription(a))};
        // Each action keeps its own training rule: an emergency is no reason to skip it.
        if (const TrainingRequirement* req = policy.trainingFor(a, false);
            req && !(m_parts.training && m_parts.training->current(current.subject, *req, policy.training.renewalDays, time)))
            return Error{Text::tr("Before you %1 under emergency access, complete the training \"%2\".").arg(actionDescription(a), req->moduleId)};
    }

    BreakGlassGrant g;
    auto id = crypto::randomBytes(8);
    if (!id)
        return id.error();
    g.id = QString::fromLatin1(id.value().toHex());
    g.userSubject = current.subject;
    g.userName = current.userName;
    g.studyUid = request.subject.studyUid;
    g.category = request.category;
    g.reason = reason;
    g.origin = request.origin;
    g.actions = asked; // exactly what was asked for
    g.startedAt = time;
    g.expiresAt = time.addSecs(qint64(policy.breakGlass.durationMinutes) * 60);
    m_grants.push_back(g);
    if (auto saved = save(); !saved) {
        m_grants.pop_back();
        return Error{Text::tr("Emergency access could not be recorded, so it was not granted: %1").arg(saved.errorMessage())};
    }
    if (m_parts.audit)
        m_parts.audit(overrideEvent(g, true, QStringLiteral("granted until %1 for %2").arg(iso(g.expiresAt)).arg(g.actions.size() == 1 ? QStringLiteral("1 action") : QStringLiteral("%1 actions").arg(g.actions.size())),
                                    request.subject.patientId));
    return g;
}

void BreakGlassRegistry::finish(BreakGlassGrant& g, const QString& reason)
{
    g.endedAt = std::min(now(), g.expiresAt);
    g.endReason = reason;
    if (m_parts.audit)
        m_parts.audit(overrideEvent(g, false, reason));
}

Result<void> BreakGlassRegistry::end(const QString& grantId, const QString& reason)
{
    if (m_parts.remote) {
        auto ended = m_parts.remote->end(grantId, reason);
        m_mirrorTime = {};
        return ended;
    }
    for (BreakGlassGrant& g : m_grants) {
        if (g.id != grantId)
            continue;
        if (g.endedAt.isValid())
            return {};
        if (!g.activeAt(now()))
            finish(g, QStringLiteral("expired"));
        else
            finish(g, reason.isEmpty() ? QStringLiteral("ended early") : reason);
        return save();
    }
    return Error{Text::tr("There is no emergency access with that id.")};
}

void BreakGlassRegistry::expireLapsed()
{
    if (m_parts.remote)
        return; // custosd ends (and audits) lapsed grants; covering() never counts one
    const QDateTime time = now();
    bool changed = false;
    for (BreakGlassGrant& g : m_grants)
        if (!g.endedAt.isValid() && time >= g.expiresAt) {
            finish(g, QStringLiteral("expired"));
            changed = true;
        }
    if (changed)
        (void)save(); // the audit trail already holds the end; the file catches up next time
}

std::optional<BreakGlassGrant> BreakGlassRegistry::covering(const QString& userSubject, const QString& studyUid, Action action) const
{
    const QDateTime time = now();
    for (const BreakGlassGrant& g : m_parts.remote ? mirror() : m_grants)
        if (g.userSubject == userSubject && g.studyUid == studyUid && g.actions.contains(action) && g.activeAt(time))
            return g;
    return std::nullopt;
}

std::vector<BreakGlassGrant> BreakGlassRegistry::grants() const
{
    if (m_parts.remote) {
        m_mirrorTime = {};
        return mirror();
    }
    std::vector<BreakGlassGrant> out(m_grants.rbegin(), m_grants.rend());
    return out;
}

std::vector<BreakGlassGrant> BreakGlassRegistry::awaitingReview() const
{
    if (m_parts.remote) {
        auto queue = m_parts.remote->queue();
        if (!queue) {
            m_remoteProblem = queue.errorMessage();
            return {};
        }
        m_remoteProblem.clear();
        return queue.value();
    }
    std::vector<BreakGlassGrant> out;
    const QDateTime time = now();
    for (auto it = m_grants.rbegin(); it != m_grants.rend(); ++it)
        if (!it->review && !it->activeAt(time))
            out.push_back(*it);
    return out;
}

QString verdictCode(BreakGlassVerdict verdict)
{
    switch (verdict) {
    case BreakGlassVerdict::Justified: return QStringLiteral("justified");
    case BreakGlassVerdict::NotJustified: return QStringLiteral("not-justified");
    case BreakGlassVerdict::FollowUp: return QStringLiteral("follow-up");
    case BreakGlassVerdict::Unstated: break;
    }
    return {};
}

BreakGlassVerdict verdictFromCode(const QString& code)
{
    for (BreakGlassVerdict v : {BreakGlassVerdict::Justified, BreakGlassVerdict::NotJustified, BreakGlassVerdict::FollowUp})
        if (verdictCode(v) == code)
            return v;
    return BreakGlassVerdict::Unstated;
}

Result<void> BreakGlassRegistry::recordReview(const QString& grantId, const auth::Identity& reviewer, const QString& note,
                                              BreakGlassVerdict verdict)
{
    if (m_parts.remote)
        return m_parts.remote->review(grantId, note, verdict); // the reviewer is custosd's ticket holder
    if (!m_parts.policy->grants(reviewer.roles, Action::ReviewBreakGlass).granted)
        return Error{Text::tr("Your role (%1) may not review emergency accesses.").arg(reviewer.roles.join(QStringLiteral(", ")))};
    for (BreakGlassGrant& g : m_grants) {
        if (g.id != grantId)
            continue;
        if (g.userSubject == reviewer.subject)
            return Error{Text::tr("Nobody may review their own emergency access; another reviewer must do it.")};
        if (g.activeAt(now()))
            return Error{Text::tr("This emergency access is still running; review it after it ends.")};
        if (note.trimmed().isEmpty())
            return Error{Text::tr("Write what you found (the review note cannot be empty).")};
        g.review = BreakGlassReview{reviewer.subject, reviewer.userName, note.trimmed(), now(), verdict};
        if (auto saved = save(); !saved) {
            g.review.reset();
            return saved.error();
        }
        if (m_parts.audit) {
            audit::Event e;
            e.id = dcm("110101", "Audit Log Used");
            e.action = QLatin1Char('U');
            e.outcomeDescription = verdict == BreakGlassVerdict::Unstated
                                       ? QStringLiteral("break-glass grant %1 reviewed").arg(g.id)
                                       : QStringLiteral("break-glass grant %1 reviewed: %2").arg(g.id, verdictCode(verdict));
            e.participants = {person(reviewer.subject, reviewer.userName)};
            e.objects = {studyObject(g.studyUid, QStringLiteral("review of grant %1: %2").arg(g.id, note.trimmed()))};
            m_parts.audit(e);
        }
        return {};
    }
    return Error{Text::tr("There is no emergency access with that id.")};
}

} // namespace custos::policy
