// SPDX-License-Identifier: Apache-2.0
#include "core/governance/compliance_report.h"

#include "core/governance/monitoring.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace custos::governance {

namespace {

QString iso(const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); }
QString isoDate(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

QString escaped(const QString& s) { return s.toHtmlEscaped(); }

const audit::ParticipantObject* objectOfType(const audit::Event& e, const QString& idTypeCode)
{
    for (const audit::ParticipantObject& o : e.objects)
        if (o.idType.code == idTypeCode)
            return &o;
    return nullptr;
}

QString requestorOf(const audit::Event& e)
{
    for (const audit::ActiveParticipant& p : e.participants)
        if (p.requestor)
            return p.userId;
    return e.participants.empty() ? QString() : e.participants.front().userId;
}

bool isType(const audit::Event& e, const char* id, const char* type = nullptr)
{
    return e.id.code == QLatin1String(id) && (!type || e.type.code == QLatin1String(type));
}

// "ExportDicom allowed; role radiologist; ..." -> the action and whether it was allowed.
std::pair<QString, bool> guardDecision(const audit::Event& e)
{
    static const QRegularExpression allowed(QStringLiteral("^([A-Za-z]+) allowed(;|$)"));
    static const QRegularExpression refused(QStringLiteral("^([A-Za-z]+) (denied|needs-training|needs-break-glass|[a-z-]+)( \\(|:)"));
    if (e.outcome == audit::Outcome::Success) {
        const auto m = allowed.match(e.outcomeDescription);
        if (m.hasMatch() && policy::actionFromName(m.captured(1)))
            return {m.captured(1), true};
    } else if (isType(e, "110113", "110132")) {
        const auto m = refused.match(e.outcomeDescription);
        if (m.hasMatch() && policy::actionFromName(m.captured(1)))
            return {m.captured(1), false};
    }
    return {};
}

QJsonObject countsJson(const Counts& c)
{
    QJsonObject reasons;
    for (const auto& [reason, n] : c.rejectedByReason)
        reasons.insert(reason, n);
    const Interval w = wilson(c.accepted, c.decided());
    return QJsonObject{{QStringLiteral("decided"), c.decided()},
                       {QStringLiteral("accepted"), c.accepted},
                       {QStringLiteral("rejected"), c.rejected},
                       {QStringLiteral("corrected"), c.corrected},
                       {QStringLiteral("rejectedByReason"), reasons},
                       {QStringLiteral("acceptanceRate"), c.decided() ? double(c.accepted) / c.decided() : 0.0},
                       {QStringLiteral("acceptanceWilson95"), QJsonArray{w.low, w.high}}};
}

QJsonObject safeguard(const QString& section, const QString& name, const QString& feature, const QString& configuration,
                      const QString& evidence, const QJsonObject& numbers)
{
    return QJsonObject{{QStringLiteral("section"), section},     {QStringLiteral("safeguard"), name},
                       {QStringLiteral("feature"), feature},     {QStringLiteral("configuration"), configuration},
                       {QStringLiteral("evidence"), evidence},   {QStringLiteral("numbers"), numbers}};
}

} // namespace

QByteArray reportSchema()
{
    QFile f(QStringLiteral(":/custos/governance/compliance-report.schema.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject buildReport(const ReportInputs& in)
{
    const policy::Policy& policy = *in.policy;
    const Registry registry = Registry::fromPolicy(policy.aiGovernance);
    const QDateTime from = in.since.isValid() ? QDateTime(in.since, QTime(0, 0), Qt::UTC) : QDateTime();
    const QDateTime to = in.until.isValid() ? QDateTime(in.until, QTime(23, 59, 59, 999), Qt::UTC) : QDateTime();
    const QDateTime periodEnd = to.isValid() ? std::min(to, in.generatedAt) : in.generatedAt;
    auto inPeriod = [&](const audit::Record& r) { return (!from.isValid() || r.time >= from) && (!to.isValid() || r.time <= to); };

    // ---- one pass over the trail
    int records = 0, signIns = 0, failedSignIns = 0, automaticLocks = 0, securityAlerts = 0, refusals = 0, auditLogUses = 0,
        keyRotations = 0, cachePurges = 0, pacsOperations = 0, unapprovedShown = 0, driftAlarms = 0;
    QSet<QString> signedInPeople;
    QDateTime lastRotation, lastPurge;
    std::map<QString, QDateTime> lastSignIn;           // person -> last successful sign-in (whole trail)
    std::map<QString, QSet<QString>> rolesSeen;        // person -> roles the Guard saw
    std::map<std::pair<QString, QString>, std::pair<QString, QDateTime>> training; // (person, module) -> (version, last)
    std::map<QString, std::pair<int, int>> guardByAction; // action -> (allowed, refused), in the period
    QJsonArray exports, breakGlass;
    QHash<QString, int> breakGlassIndex; // grant id -> index in breakGlass
    std::map<QString, QJsonObject> grants;
    QJsonArray unapproved;

    const QSet<QString> exportActions{QStringLiteral("ExportDicom"), QStringLiteral("ExportDeidentified"), QStringLiteral("ExportImage"),
                                      QStringLiteral("Print"), QStringLiteral("CopyToClipboard"), QStringLiteral("DragOut"),
                                      QStringLiteral("SendToPacs"), QStringLiteral("ExportAuditTrail")};
    for (const audit::Record& r : in.records) {
        const audit::Event& e = r.event;
        const QString who = requestorOf(e);
        if (isType(e, "110114", "110122") && e.outcome == audit::Outcome::Success && !e.outcomeDescription.contains(QLatin1String("unlocked")))
            lastSignIn[who] = r.time;
        for (const audit::ActiveParticipant& p : e.participants)
            if (p.role.codingScheme == QLatin1String("99CUSTOS"))
                for (const QString& role : p.role.code.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    rolesSeen[p.userId].insert(role);
        static const QRegularExpression ack(QStringLiteral("^training (\\S+) version (\\S+) acknowledged$"));
        if (isType(e, "110113", "110137") && e.outcome == audit::Outcome::Success)
            if (const auto m = ack.match(e.outcomeDescription); m.hasMatch() && (!to.isValid() || r.time <= to))
                training[{who, m.captured(1)}] = {m.captured(2), r.time};
        if (!inPeriod(r))
            continue;
        ++records;
        if (isType(e, "110114", "110122") && !e.outcomeDescription.contains(QLatin1String("unlocked"))) {
            if (e.outcome == audit::Outcome::Success) {
                ++signIns;
                signedInPeople.insert(who);
            } else {
                ++failedSignIns;
            }
        }
        if (isType(e, "110114", "110123") && e.outcomeDescription.contains(QLatin1String("session locked")))
            ++automaticLocks;
        if (e.id.code == QLatin1String("110113"))
            ++securityAlerts;
        if (e.id.code == QLatin1String("110101"))
            ++auditLogUses;
        if (isType(e, "110113", "110135") && e.outcomeDescription.startsWith(QLatin1String("Key-encryption key rotated"))) {
            ++keyRotations;
            lastRotation = r.time;
        }
        if (e.id.code == QLatin1String("110103") && e.action == QLatin1Char('D')) {
            ++cachePurges;
            lastPurge = r.time;
        }
        if (e.outcomeDescription.startsWith(QLatin1String("AI model not approved"))) {
            ++unapprovedShown;
            const TaggedModel tag = parseModelTag(e.outcomeDescription);
            QJsonObject u{{QStringLiteral("time"), iso(r.time)},
                          {QStringLiteral("user"), who},
                          {QStringLiteral("model"), tag.modelName},
                          {QStringLiteral("version"), tag.version},
                          {QStringLiteral("manufacturer"), tag.manufacturer},
                          {QStringLiteral("rule"), e.outcomeDescription.section(QLatin1Char('('), 1, 1).section(QLatin1Char(')'), 0, 0)},
                          {QStringLiteral("auditSeq"), double(r.seq)}};
            if (in.identified)
                if (const auto* s = objectOfType(e, QStringLiteral("110180")))
                    u.insert(QStringLiteral("studyUid"), s->id);
            unapproved.append(u);
        }
        if (e.outcomeDescription.startsWith(QLatin1String("AI drift alarm")))
            ++driftAlarms;
        const auto [action, allowed] = guardDecision(e);
        if (!action.isEmpty()) {
            auto& c = guardByAction[action];
            (allowed ? c.first : c.second) += 1;
            if (!allowed)
                ++refusals;
            if (action == QLatin1String("QueryPacs") || action == QLatin1String("RetrieveStudy") || action == QLatin1String("SendToPacs"))
                pacsOperations += allowed ? 1 : 0;
            if (exportActions.contains(action)) {
                const auto* study = objectOfType(e, QStringLiteral("110180"));
                const QString detail = study ? study->detail : QString();
                const QString destination = detail.contains(QLatin1String("to ")) ? detail.section(QStringLiteral("to "), -1) : QString();
                QString rule;
                for (const QString& d : policy.exportDestinations) {
                    policy::Policy one;
                    one.exportDestinations = {d};
                    if (!destination.isEmpty() && one.exportDestinationAllowed(destination))
                        rule = d;
                }
                const bool deidentified = action == QLatin1String("ExportDeidentified")
                                          || e.outcomeDescription.contains(QLatin1String("de-identification forced"));
                QJsonObject x{{QStringLiteral("time"), iso(r.time)},
                              {QStringLiteral("user"), who},
                              {QStringLiteral("action"), action},
                              {QStringLiteral("allowed"), allowed},
                              {QStringLiteral("deidentified"), deidentified},
                              {QStringLiteral("destinationRule"), rule},
                              {QStringLiteral("underBreakGlass"), e.breakGlass},
                              {QStringLiteral("auditSeq"), double(r.seq)}};
                if (in.identified) {
                    x.insert(QStringLiteral("destination"), destination);
                    if (study)
                        x.insert(QStringLiteral("studyUid"), study->id);
                    if (const auto* p = objectOfType(e, QStringLiteral("2")))
                        x.insert(QStringLiteral("patientId"), p->id);
                }
                exports.append(x);
            }
        }
        // Break-glass: started / stopped (110127 / 110138), reviewed (110101 "break-glass grant X reviewed").
        static const QRegularExpression grantRe(QStringLiteral("^grant (\\S+)$"));
        if (isType(e, "110113", "110127") || isType(e, "110113", "110138")) {
            const auto* study = objectOfType(e, QStringLiteral("110180"));
            const auto m = grantRe.match(study ? study->detail : QString());
            if (!m.hasMatch())
                continue;
            QJsonObject& g = grants[m.captured(1)];
            g.insert(QStringLiteral("grantId"), m.captured(1));
            g.insert(QStringLiteral("user"), who);
            if (e.type.code == QLatin1String("110127")) {
                g.insert(QStringLiteral("started"), iso(r.time));
                g.insert(QStringLiteral("category"), e.purposeOfUse.section(QLatin1Char(':'), 0, 0));
                if (in.identified) {
                    g.insert(QStringLiteral("reason"), e.purposeOfUse.section(QStringLiteral(": "), 1));
                    g.insert(QStringLiteral("studyUid"), study->id);
                    if (const auto* p = objectOfType(e, QStringLiteral("2")))
                        g.insert(QStringLiteral("patientId"), p->id);
                }
            } else {
                g.insert(QStringLiteral("ended"), iso(r.time));
            }
        }
    }
    // Second pass for what refers to grants: actions under them, reviews (at any time after).
    for (const audit::Record& r : in.records) {
        const audit::Event& e = r.event;
        static const QRegularExpression under(QStringLiteral("under break-glass grant (\\S+)"));
        static const QRegularExpression reviewed(QStringLiteral("^break-glass grant (\\S+) reviewed(?:: (\\S+))?$"));
        if (const auto m = under.match(e.outcomeDescription); m.hasMatch() && grants.count(m.captured(1))) {
            QJsonObject& g = grants[m.captured(1)];
            g.insert(QStringLiteral("actionsUnderGrant"), g.value(QStringLiteral("actionsUnderGrant")).toInt() + 1);
        }
        if (const auto m = reviewed.match(e.outcomeDescription); m.hasMatch() && grants.count(m.captured(1))) {
            QJsonObject& g = grants[m.captured(1)];
            g.insert(QStringLiteral("reviewedBy"), requestorOf(e));
            g.insert(QStringLiteral("reviewed"), iso(r.time));
            g.insert(QStringLiteral("verdict"), m.captured(2).isEmpty() ? QStringLiteral("unstated") : m.captured(2));
        }
    }
    int reviewedGrants = 0;
    for (auto& [id, g] : grants) {
        if (!g.contains(QStringLiteral("started")))
            continue; // started before the period
        if (!g.contains(QStringLiteral("actionsUnderGrant")))
            g.insert(QStringLiteral("actionsUnderGrant"), 0);
        const QDateTime started = QDateTime::fromString(g.value(QStringLiteral("started")).toString(), Qt::ISODate);
        const QDateTime ended = QDateTime::fromString(g.value(QStringLiteral("ended")).toString(), Qt::ISODate);
        if (ended.isValid())
            g.insert(QStringLiteral("durationMinutes"), double(started.secsTo(ended)) / 60.0);
        const bool done = g.contains(QStringLiteral("reviewed"));
        reviewedGrants += done ? 1 : 0;
        g.insert(QStringLiteral("reviewStatus"), done ? QStringLiteral("reviewed") : QStringLiteral("awaiting review"));
        breakGlassIndex.insert(id, breakGlass.size());
        breakGlass.append(g);
    }

    QJsonObject report;
    report.insert(QStringLiteral("schemaVersion"), kReportSchemaVersion);
    report.insert(QStringLiteral("meta"),
                  QJsonObject{{QStringLiteral("site"), policy.siteName},
                              {QStringLiteral("generatedAt"), iso(in.generatedAt)},
                              {QStringLiteral("generatedBy"), in.generatedBy},
                              {QStringLiteral("since"), isoDate(in.since)},
                              {QStringLiteral("until"), isoDate(in.until)},
                              {QStringLiteral("identified"), in.identified},
                              {QStringLiteral("custosVersion"), in.custosVersion},
                              {QStringLiteral("policySource"), policy.source},
                              {QStringLiteral("policySchemaVersion"), policy.version},
                              {QStringLiteral("trail"), in.trailKind},
                              {QStringLiteral("auditRecordsInPeriod"), records},
                              {QStringLiteral("lastAuditRecord"), double(in.records.empty() ? 0 : in.records.back().seq)}});

    // ---- access control matrix and accounts
    QJsonArray matrix;
    for (const auto& [name, role] : policy.roles) {
        QJsonArray granted;
        for (policy::Action a : policy::allActions())
            if (role.permissions.contains(a))
                granted.append(policy::actionName(a));
        matrix.append(QJsonObject{{QStringLiteral("role"), name},
                                  {QStringLiteral("deidentifiedOnly"), role.deidentifiedOnly},
                                  {QStringLiteral("permissions"), granted}});
    }
    QJsonArray actionNames;
    for (policy::Action a : policy::allActions())
        actionNames.append(policy::actionName(a));
    QSet<QString> people;
    for (const auto& [p, t] : lastSignIn)
        people.insert(p);
    for (const auto& [p, roles] : rolesSeen)
        people.insert(p);
    QStringList sortedPeople(people.begin(), people.end());
    sortedPeople.sort();
    QJsonArray accounts;
    int unused = 0;
    for (const QString& p : sortedPeople) {
        if (p.isEmpty())
            continue;
        QStringList roles(rolesSeen[p].begin(), rolesSeen[p].end());
        roles.sort();
        const QDateTime last = lastSignIn.count(p) ? lastSignIn[p] : QDateTime();
        const bool stale = !last.isValid() || last < periodEnd.addDays(-90);
        unused += stale ? 1 : 0;
        accounts.append(QJsonObject{{QStringLiteral("user"), p},
                                    {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
                                    {QStringLiteral("lastSignIn"), iso(last)},
                                    {QStringLiteral("unused90Days"), stale}});
    }
    report.insert(QStringLiteral("accessControl"), QJsonObject{{QStringLiteral("actions"), actionNames},
                                                                {QStringLiteral("roles"), matrix},
                                                                {QStringLiteral("accounts"), accounts},
                                                                {QStringLiteral("accountsUnused90Days"), unused}});

    // ---- training roster: every person seen x every module the policy requires
    QJsonArray roster;
    int overdue = 0, dueSoon = 0;
    for (const QString& p : sortedPeople) {
        if (p.isEmpty())
            continue;
        for (const policy::TrainingRequirement& m : policy.training.modules) {
            QJsonObject row{{QStringLiteral("user"), p}, {QStringLiteral("module"), m.moduleId}, {QStringLiteral("requiredVersion"), m.version}};
            const auto it = training.find({p, m.moduleId});
            QString status = QStringLiteral("never");
            if (it != training.end()) {
                const QDateTime due = it->second.second.addDays(policy.training.renewalDays);
                row.insert(QStringLiteral("version"), it->second.first);
                row.insert(QStringLiteral("acknowledged"), iso(it->second.second));
                row.insert(QStringLiteral("due"), iso(due));
                status = it->second.first != m.version ? QStringLiteral("outdated version")
                         : due < periodEnd                ? QStringLiteral("overdue")
                         : due < periodEnd.addDays(30)    ? QStringLiteral("due within 30 days")
                                                          : QStringLiteral("current");
            }
            overdue += (status == QLatin1String("overdue") || status == QLatin1String("outdated version")) ? 1 : 0;
            dueSoon += status == QLatin1String("due within 30 days") ? 1 : 0;
            row.insert(QStringLiteral("status"), status);
            roster.append(row);
        }
    }
    report.insert(QStringLiteral("training"), QJsonObject{{QStringLiteral("renewalDays"), policy.training.renewalDays},
                                                          {QStringLiteral("roster"), roster},
                                                          {QStringLiteral("overdue"), overdue},
                                                          {QStringLiteral("dueWithin30Days"), dueSoon}});
    report.insert(QStringLiteral("breakGlass"), QJsonObject{{QStringLiteral("grants"), breakGlass},
                                                            {QStringLiteral("reviewed"), reviewedGrants},
                                                            {QStringLiteral("awaitingReview"), int(breakGlass.size()) - reviewedGrants}});
    QJsonObject guardCounts;
    for (const auto& [action, c] : guardByAction)
        guardCounts.insert(action, QJsonObject{{QStringLiteral("allowed"), c.first}, {QStringLiteral("refused"), c.second}});
    report.insert(QStringLiteral("exports"), QJsonObject{{QStringLiteral("events"), exports}, {QStringLiteral("guardDecisions"), guardCounts}});

    // ---- keys
    const int rotationDays = policy.compliance.value(QStringLiteral("keyRotationDays")).toInt(0);
    QJsonObject keys{{QStringLiteral("rotationIntervalDays"), rotationDays},
                     {QStringLiteral("rotationsInPeriod"), keyRotations},
                     {QStringLiteral("lastRotation"), iso(lastRotation)},
                     {QStringLiteral("cachePurgesInPeriod"), cachePurges},
                     {QStringLiteral("lastCryptoShred"), iso(lastPurge)}};
    QDateTime lastRotationEver;
    QDateTime firstRecord = in.records.empty() ? QDateTime() : in.records.front().time;
    for (const audit::Record& r : in.records)
        if (isType(r.event, "110113", "110135") && r.time <= periodEnd)
            lastRotationEver = r.time;
    const QDateTime keySince = lastRotationEver.isValid() ? lastRotationEver : firstRecord;
    const int ageDays = keySince.isValid() ? int(keySince.daysTo(periodEnd)) : 0;
    keys.insert(QStringLiteral("keyAgeDays"), ageDays);
    keys.insert(QStringLiteral("rotationOverdue"), rotationDays > 0 && ageDays > rotationDays);
    report.insert(QStringLiteral("keys"), keys);

    // ---- AI registry and monitoring
    QJsonArray models;
    for (const RegisteredModel& m : registry.models) {
        QString baa = QStringLiteral("valid");
        if (m.baaReference.isEmpty() || !m.baaExpires.isValid())
            baa = QStringLiteral("none on file");
        else if (m.baaExpires < periodEnd.date())
            baa = QStringLiteral("expired");
        else if (m.baaExpires < periodEnd.date().addDays(60))
            baa = QStringLiteral("expires within 60 days");
        QJsonObject baseline;
        for (const auto& [type, b] : m.baseline)
            baseline.insert(type, QJsonObject{{QStringLiteral("acceptanceRate"), b.acceptanceRate}, {QStringLiteral("sampleSize"), b.sampleSize}});
        models.append(QJsonObject{{QStringLiteral("manufacturer"), m.manufacturer},
                                  {QStringLiteral("modelName"), m.modelName},
                                  {QStringLiteral("versions"), m.versionsText()},
                                  {QStringLiteral("intendedUse"), m.intendedUse},
                                  {QStringLiteral("findingTypes"), QJsonArray::fromStringList(m.findingTypes)},
                                  {QStringLiteral("baaReference"), m.baaReference},
                                  {QStringLiteral("baaExpires"), isoDate(m.baaExpires)},
                                  {QStringLiteral("baaStatus"), baa},
                                  {QStringLiteral("vendorTier"), m.vendorTier},
                                  {QStringLiteral("validationReference"), m.validationReference},
                                  {QStringLiteral("validationDate"), isoDate(m.validationDate)},
                                  {QStringLiteral("baseline"), baseline}});
    }
    QJsonArray streams;
    const std::vector<DecisionRecord> decisions = decisionsFromTrail(in.records);
    for (const StreamReport& s : monitor(registry, decisions, from, to)) {
        QJsonObject o{{QStringLiteral("manufacturer"), s.key.manufacturer},
                      {QStringLiteral("modelName"), s.key.modelName},
                      {QStringLiteral("version"), s.key.version},
                      {QStringLiteral("findingType"), s.key.findingType},
                      {QStringLiteral("registered"), registry.find(s.key.manufacturer, s.key.modelName) != nullptr},
                      {QStringLiteral("period"), countsJson(s.total)},
                      {QStringLiteral("last30Days"), countsJson(s.last30Days)},
                      {QStringLiteral("last90Days"), countsJson(s.last90Days)}};
        if (s.baseline)
            o.insert(QStringLiteral("baseline"), QJsonObject{{QStringLiteral("acceptanceRate"), s.baseline->acceptanceRate},
                                                             {QStringLiteral("sampleSize"), s.baseline->sampleSize}});
        if (s.drift)
            o.insert(QStringLiteral("drift"), QJsonObject{{QStringLiteral("method"), QStringLiteral("one-sided Bernoulli CUSUM on not-accepted decisions")},
                                                          {QStringLiteral("p0"), s.drift->p0},
                                                          {QStringLiteral("p1"), s.drift->p1},
                                                          {QStringLiteral("threshold"), s.drift->h},
                                                          {QStringLiteral("falseAlarmRate"), s.drift->alpha},
                                                          {QStringLiteral("horizonDecisions"), s.drift->horizon},
                                                          {QStringLiteral("expectedDelayDecisions"), driftExpectedDelay(*s.drift)},
                                                          {QStringLiteral("statedDelayDecisions"), driftStatedDelay(*s.drift)},
                                                          {QStringLiteral("alarm"), s.alarmAtDecision.has_value()},
                                                          {QStringLiteral("alarmAtDecision"), s.alarmAtDecision.value_or(0)},
                                                          {QStringLiteral("alarmTime"), iso(s.alarmTime)}});
        QJsonArray weekly;
        for (const auto& [week, rate] : s.weeklyAcceptance)
            weekly.append(QJsonArray{isoDate(week.date()), rate});
        o.insert(QStringLiteral("weeklyAcceptance"), weekly);
        streams.append(o);
    }
    report.insert(QStringLiteral("ai"), QJsonObject{{QStringLiteral("governed"), registry.configured},
                                                    {QStringLiteral("unregisteredModels"), registry.unregistered == UnregisteredHandling::Hide
                                                                                                ? QStringLiteral("hide") : QStringLiteral("grey")},
                                                    {QStringLiteral("models"), models},
                                                    {QStringLiteral("monitoring"), streams},
                                                    {QStringLiteral("unapprovedShown"), unapproved},
                                                    {QStringLiteral("driftAlarmsInPeriod"), driftAlarms}});

    // ---- SBOM
    QJsonArray components;
    for (const QJsonValue& c : in.sbom.value(QStringLiteral("components")).toArray())
        components.append(QJsonObject{{QStringLiteral("name"), c[QStringLiteral("name")].toString()},
                                      {QStringLiteral("version"), c[QStringLiteral("version")].toString()},
                                      {QStringLiteral("purl"), c[QStringLiteral("purl")].toString()}});
    report.insert(QStringLiteral("sbom"), QJsonObject{{QStringLiteral("installed"), !in.sbom.isEmpty()},
                                                      {QStringLiteral("components"), components},
                                                      {QStringLiteral("linked"), in.linkedComponents}});

    // ---- the safeguard table (numbers above, in sentences)
    const QString idp = policy.identityProvider.configured() ? QStringLiteral("OpenID Connect (%1)").arg(policy.identityProvider.issuer)
                                                             : QStringLiteral("local accounts (Argon2id password + TOTP)");
    QStringList tls;
    for (const policy::PacsNode& n : policy.pacsNodes)
        tls << n.name;
    QJsonArray table;
    table.append(safeguard(QStringLiteral("164.312(a)(2)(i)"), QStringLiteral("Unique user identification"),
                           QStringLiteral("Personal sign-in; every audit record names the person"), idp,
                           QStringLiteral("%1 sign-ins by %2 people; %3 failed sign-ins").arg(signIns).arg(signedInPeople.size()).arg(failedSignIns),
                           {{QStringLiteral("signIns"), signIns}, {QStringLiteral("people"), int(signedInPeople.size())}, {QStringLiteral("failedSignIns"), failedSignIns}}));
    table.append(safeguard(QStringLiteral("164.312(a)(2)(ii)"), QStringLiteral("Emergency access procedure"),
                           QStringLiteral("Break-glass grant for one study, re-authentication, post-event review"),
                           QStringLiteral("%1 minutes; reason of at least %2 characters; eligible: %3")
                               .arg(policy.breakGlass.durationMinutes).arg(policy.breakGlass.minimumReasonLength).arg(policy.breakGlass.eligibleActions.size()),
                           QStringLiteral("%1 grants, %2 reviewed, %3 awaiting review").arg(breakGlass.size()).arg(reviewedGrants).arg(breakGlass.size() - reviewedGrants),
                           {{QStringLiteral("grants"), int(breakGlass.size())}, {QStringLiteral("reviewed"), reviewedGrants}}));
    table.append(safeguard(QStringLiteral("164.312(a)(2)(iii)"), QStringLiteral("Automatic logoff"), QStringLiteral("Idle lock and maximum session length"),
                           QStringLiteral("idle lock %1 min; session at most %2 h")
                               .arg(std::chrono::duration_cast<std::chrono::minutes>(policy.session.idleTimeout).count())
                               .arg(std::chrono::duration_cast<std::chrono::hours>(policy.session.maxLength).count()),
                           QStringLiteral("%1 automatic locks").arg(automaticLocks), {{QStringLiteral("automaticLocks"), automaticLocks}}));
    table.append(safeguard(QStringLiteral("164.312(a)(2)(iv)"), QStringLiteral("Encryption and decryption"),
                           QStringLiteral("AES-256-GCM cache and sealed files; keys in the OS keychain; crypto-shred on purge"),
                           rotationDays > 0 ? QStringLiteral("key rotation every %1 days").arg(rotationDays) : QStringLiteral("no rotation interval set"),
                           QStringLiteral("%1 key rotations, %2 cache purges (crypto-shred); key age %3 days").arg(keyRotations).arg(cachePurges).arg(ageDays),
                           {{QStringLiteral("keyRotations"), keyRotations}, {QStringLiteral("cachePurges"), cachePurges}}));
    table.append(safeguard(QStringLiteral("164.312(b)"), QStringLiteral("Audit controls"), QStringLiteral("Append-only, hash-chained, MAC-sealed audit trail"),
                           policy.auditCollector.host.isEmpty() ? QStringLiteral("no collector configured")
                                                                : QStringLiteral("forwarded over syslog-TLS to %1:%2").arg(policy.auditCollector.host).arg(policy.auditCollector.port),
                           QStringLiteral("%1 records in the period; %2").arg(records).arg(in.auditVerification),
                           {{QStringLiteral("records"), records}, {QStringLiteral("chainVerified"), in.auditVerified}}));
    table.append(safeguard(QStringLiteral("164.312(c)(1)"), QStringLiteral("Integrity"), QStringLiteral("Chain verification; signed review reports"),
                           QStringLiteral("every record MACed and chained"),
                           QStringLiteral("chain %1; %2 security alerts").arg(in.auditVerified ? QStringLiteral("verified") : QStringLiteral("NOT verified")).arg(securityAlerts),
                           {{QStringLiteral("securityAlerts"), securityAlerts}}));
    table.append(safeguard(QStringLiteral("164.312(d)"), QStringLiteral("Person or entity authentication"), QStringLiteral("Second factor at sign-in and for break-glass"),
                           policy.session.requireMfa ? QStringLiteral("second factor required") : QStringLiteral("second factor NOT required"),
                           QStringLiteral("%1 refusals by the Guard").arg(refusals), {{QStringLiteral("refusals"), refusals}}));
    table.append(safeguard(QStringLiteral("164.312(e)(1)"), QStringLiteral("Transmission security"), QStringLiteral("TLS 1.2 or later to PACS and the audit collector"),
                           tls.isEmpty() ? QStringLiteral("no PACS nodes") : QStringLiteral("PACS nodes: %1").arg(tls.join(QStringLiteral(", "))),
                           QStringLiteral("%1 PACS operations").arg(pacsOperations), {{QStringLiteral("pacsOperations"), pacsOperations}}));
    table.append(safeguard(QStringLiteral("164.308(a)(5)"), QStringLiteral("Security awareness and training"), QStringLiteral("Just-in-time training before the actions that need it"),
                           QStringLiteral("%1 modules, renewed every %2 days").arg(policy.training.modules.size()).arg(policy.training.renewalDays),
                           QStringLiteral("%1 roster entries overdue or never taken, %2 due within 30 days").arg(overdue + int(std::count_if(roster.begin(), roster.end(), [](const QJsonValue& v) { return v[QStringLiteral("status")].toString() == QLatin1String("never"); }))).arg(dueSoon),
                           {{QStringLiteral("overdue"), overdue}}));
    table.append(safeguard(QStringLiteral("164.308(a)(1)(ii)(D)"), QStringLiteral("Information system activity review"), QStringLiteral("Audit viewer, break-glass review queue, this report"),
                           QStringLiteral("reviews by the compliance-officer role"),
                           QStringLiteral("%1 uses of the audit trail; %2 break-glass reviews").arg(auditLogUses).arg(reviewedGrants),
                           {{QStringLiteral("auditLogUses"), auditLogUses}}));
    table.append(safeguard(QStringLiteral("164.308(b)(1)"), QStringLiteral("Business associate contracts (AI vendors)"), QStringLiteral("AI model registry with BAA and version checks"),
                           registry.configured ? QStringLiteral("%1 models registered; unregistered models %2").arg(registry.models.size()).arg(registry.unregistered == UnregisteredHandling::Hide ? QStringLiteral("hidden") : QStringLiteral("greyed"))
                                               : QStringLiteral("no AI governance block in the policy"),
                           QStringLiteral("%1 studies showed findings of a model not approved; %2 drift alarms").arg(unapprovedShown).arg(driftAlarms),
                           {{QStringLiteral("unapprovedShown"), unapprovedShown}, {QStringLiteral("driftAlarms"), driftAlarms}}));
    report.insert(QStringLiteral("safeguards"), table);
    return report;
}

// ---------------------------------------------------------------- HTML

namespace {

QString cell(const QJsonValue& v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'f', 3);
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& x : v.toArray())
            parts << cell(x);
        return parts.join(QStringLiteral(", "));
    }
    return escaped(v.toString());
}

QString table(const QJsonArray& rows, const QStringList& columns, const QStringList& headings)
{
    QString out = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>");
    for (const QString& h : headings)
        out += QStringLiteral("<th>%1</th>").arg(escaped(h));
    out += QStringLiteral("</tr>\n");
    for (const QJsonValue& r : rows) {
        out += QStringLiteral("<tr>");
        for (const QString& c : columns)
            out += QStringLiteral("<td>%1</td>").arg(cell(r.toObject().value(c)));
        out += QStringLiteral("</tr>\n");
    }
    if (rows.isEmpty())
        out += QStringLiteral("<tr><td colspan=\"%1\">none in this period</td></tr>").arg(columns.size());
    return out + QStringLiteral("</table>\n");
}

} // namespace

QString renderHtml(const QJsonObject& r, const QString& dataFlowSvgFile)
{
    const QJsonObject meta = r.value(QStringLiteral("meta")).toObject();
    const bool identified = meta.value(QStringLiteral("identified")).toBool();
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Custos compliance report</title>"
                        "<style>body{font-family:sans-serif;font-size:10pt} table{border-collapse:collapse;margin-bottom:1em} "
                        "th{background:#dde} td,th{vertical-align:top}</style></head><body>\n");
    h += QStringLiteral("<h1>Compliance report: %1</h1>\n").arg(escaped(meta.value(QStringLiteral("site")).toString()));
    h += QStringLiteral("<p>Period %1 to %2. Generated %3 by %4 with Custos %5 from the %6 audit trail (%7 records in the period) and the policy %8 (schema %9). %10</p>\n")
             .arg(meta.value(QStringLiteral("since")).toString().isEmpty() ? QStringLiteral("the beginning") : meta.value(QStringLiteral("since")).toString(),
                  meta.value(QStringLiteral("until")).toString().isEmpty() ? QStringLiteral("now") : meta.value(QStringLiteral("until")).toString(),
                  meta.value(QStringLiteral("generatedAt")).toString(), escaped(meta.value(QStringLiteral("generatedBy")).toString()),
                  meta.value(QStringLiteral("custosVersion")).toString(), meta.value(QStringLiteral("trail")).toString())
             .arg(meta.value(QStringLiteral("auditRecordsInPeriod")).toInt())
             .arg(escaped(meta.value(QStringLiteral("policySource")).toString()))
             .arg(meta.value(QStringLiteral("policySchemaVersion")).toInt())
             .arg(identified ? QStringLiteral("<b>IDENTIFIED: this report names patients and studies; handle it as PHI.</b>")
                             : QStringLiteral("De-identified: no patient identifiers."));
    h += QStringLiteral("<h2>1. HIPAA Security Rule safeguards</h2>\n");
    h += table(r.value(QStringLiteral("safeguards")).toArray(), {QStringLiteral("section"), QStringLiteral("safeguard"), QStringLiteral("feature"), QStringLiteral("configuration"), QStringLiteral("evidence")},
               {QStringLiteral("§"), QStringLiteral("Safeguard"), QStringLiteral("Custos feature"), QStringLiteral("Configuration in force"), QStringLiteral("Evidence for the period")});
    const QJsonObject ac = r.value(QStringLiteral("accessControl")).toObject();
    h += QStringLiteral("<h2>2. Access control</h2>\n<h3>Role matrix</h3>\n");
    QJsonArray matrixRows;
    for (const QJsonValue& role : ac.value(QStringLiteral("roles")).toArray())
        matrixRows.append(role);
    h += table(matrixRows, {QStringLiteral("role"), QStringLiteral("deidentifiedOnly"), QStringLiteral("permissions")},
               {QStringLiteral("Role"), QStringLiteral("De-identified only"), QStringLiteral("Permissions")});
    h += QStringLiteral("<h3>Accounts (%1 unused for 90 days)</h3>\n").arg(ac.value(QStringLiteral("accountsUnused90Days")).toInt());
    h += table(ac.value(QStringLiteral("accounts")).toArray(), {QStringLiteral("user"), QStringLiteral("roles"), QStringLiteral("lastSignIn"), QStringLiteral("unused90Days")},
               {QStringLiteral("Person"), QStringLiteral("Roles seen"), QStringLiteral("Last sign-in"), QStringLiteral("Unused 90 days")});
    const QJsonObject tr = r.value(QStringLiteral("training")).toObject();
    h += QStringLiteral("<h2>3. Training roster</h2>\n<p>Renewal every %1 days; %2 overdue, %3 due within 30 days.</p>\n")
             .arg(tr.value(QStringLiteral("renewalDays")).toInt()).arg(tr.value(QStringLiteral("overdue")).toInt()).arg(tr.value(QStringLiteral("dueWithin30Days")).toInt());
    h += table(tr.value(QStringLiteral("roster")).toArray(), {QStringLiteral("user"), QStringLiteral("module"), QStringLiteral("version"), QStringLiteral("acknowledged"), QStringLiteral("due"), QStringLiteral("status")},
               {QStringLiteral("Person"), QStringLiteral("Module"), QStringLiteral("Version"), QStringLiteral("Acknowledged"), QStringLiteral("Due"), QStringLiteral("Status")});
    const QJsonObject bg = r.value(QStringLiteral("breakGlass")).toObject();
    h += QStringLiteral("<h2>4. Break-glass (emergency access)</h2>\n<p>%1 reviewed, %2 awaiting review.</p>\n")
             .arg(bg.value(QStringLiteral("reviewed")).toInt()).arg(bg.value(QStringLiteral("awaitingReview")).toInt());
    QStringList bgCols{QStringLiteral("user"), QStringLiteral("category"), QStringLiteral("started"), QStringLiteral("durationMinutes"), QStringLiteral("actionsUnderGrant"), QStringLiteral("reviewStatus"), QStringLiteral("verdict"), QStringLiteral("reviewedBy")};
    QStringList bgHead{QStringLiteral("Person"), QStringLiteral("Category"), QStringLiteral("Started"), QStringLiteral("Minutes"), QStringLiteral("Actions under grant"), QStringLiteral("Review"), QStringLiteral("Verdict"), QStringLiteral("Reviewer")};
    if (identified) {
        bgCols << QStringLiteral("reason") << QStringLiteral("patientId") << QStringLiteral("studyUid");
        bgHead << QStringLiteral("Reason") << QStringLiteral("Patient ID") << QStringLiteral("Study");
    }
    h += table(bg.value(QStringLiteral("grants")).toArray(), bgCols, bgHead);
    const QJsonObject ex = r.value(QStringLiteral("exports")).toObject();
    h += QStringLiteral("<h2>5. Exports and other ways out</h2>\n");
    QStringList exCols{QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("allowed"), QStringLiteral("deidentified"), QStringLiteral("destinationRule"), QStringLiteral("underBreakGlass")};
    QStringList exHead{QStringLiteral("Time"), QStringLiteral("Person"), QStringLiteral("What"), QStringLiteral("Allowed"), QStringLiteral("De-identified"), QStringLiteral("Under destination rule"), QStringLiteral("Break-glass")};
    if (identified) {
        exCols << QStringLiteral("destination") << QStringLiteral("patientId") << QStringLiteral("studyUid");
        exHead << QStringLiteral("Destination") << QStringLiteral("Patient ID") << QStringLiteral("Study");
    }
    h += table(ex.value(QStringLiteral("events")).toArray(), exCols, exHead);
    const QJsonObject k = r.value(QStringLiteral("keys")).toObject();
    h += QStringLiteral("<h2>6. Keys</h2>\n<p>Rotation interval: %1. Key age: %2 days%3. Rotations in the period: %4 (last %5). Cache purges (crypto-shred): %6 (last %7).</p>\n")
             .arg(k.value(QStringLiteral("rotationIntervalDays")).toInt() > 0 ? QStringLiteral("%1 days").arg(k.value(QStringLiteral("rotationIntervalDays")).toInt()) : QStringLiteral("not set"))
             .arg(k.value(QStringLiteral("keyAgeDays")).toInt())
             .arg(k.value(QStringLiteral("rotationOverdue")).toBool() ? QStringLiteral(" — <b>ROTATION OVERDUE</b>") : QString())
             .arg(k.value(QStringLiteral("rotationsInPeriod")).toInt())
             .arg(k.value(QStringLiteral("lastRotation")).toString().isEmpty() ? QStringLiteral("never") : k.value(QStringLiteral("lastRotation")).toString())
             .arg(k.value(QStringLiteral("cachePurgesInPeriod")).toInt())
             .arg(k.value(QStringLiteral("lastCryptoShred")).toString().isEmpty() ? QStringLiteral("never") : k.value(QStringLiteral("lastCryptoShred")).toString());
    const QJsonObject ai = r.value(QStringLiteral("ai")).toObject();
    h += QStringLiteral("<h2>7. AI models</h2>\n<h3>Registry</h3>\n");
    h += table(ai.value(QStringLiteral("models")).toArray(), {QStringLiteral("manufacturer"), QStringLiteral("modelName"), QStringLiteral("versions"), QStringLiteral("intendedUse"), QStringLiteral("vendorTier"), QStringLiteral("baaReference"), QStringLiteral("baaExpires"), QStringLiteral("baaStatus"), QStringLiteral("validationReference"), QStringLiteral("validationDate")},
               {QStringLiteral("Manufacturer"), QStringLiteral("Model"), QStringLiteral("Versions"), QStringLiteral("Intended use"), QStringLiteral("Vendor tier"), QStringLiteral("BAA"), QStringLiteral("BAA expires"), QStringLiteral("BAA status"), QStringLiteral("Validation"), QStringLiteral("Validated")});
    h += QStringLiteral("<h3>Performance from the radiologists' decisions</h3>\n");
    QJsonArray monitorRows;
    for (const QJsonValue& v : ai.value(QStringLiteral("monitoring")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject p = s.value(QStringLiteral("period")).toObject();
        const QJsonArray ci = p.value(QStringLiteral("acceptanceWilson95")).toArray();
        const QJsonObject d = s.value(QStringLiteral("drift")).toObject();
        monitorRows.append(QJsonObject{{QStringLiteral("model"), s.value(QStringLiteral("modelName")).toString() + QLatin1Char(' ') + s.value(QStringLiteral("version")).toString()},
                                       {QStringLiteral("type"), s.value(QStringLiteral("findingType"))},
                                       {QStringLiteral("registered"), s.value(QStringLiteral("registered"))},
                                       {QStringLiteral("decided"), p.value(QStringLiteral("decided"))},
                                       {QStringLiteral("accepted"), p.value(QStringLiteral("accepted"))},
                                       {QStringLiteral("rejected"), p.value(QStringLiteral("rejected"))},
                                       {QStringLiteral("corrected"), p.value(QStringLiteral("corrected"))},
                                       {QStringLiteral("rate"), QStringLiteral("%1 (%2–%3)").arg(p.value(QStringLiteral("acceptanceRate")).toDouble(), 0, 'f', 3).arg(ci.at(0).toDouble(), 0, 'f', 3).arg(ci.at(1).toDouble(), 0, 'f', 3)},
                                       {QStringLiteral("baseline"), s.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("acceptanceRate"))},
                                       {QStringLiteral("alarm"), d.isEmpty() ? QStringLiteral("no baseline") : d.value(QStringLiteral("alarm")).toBool() ? QStringLiteral("DRIFT at decision %1 (%2)").arg(d.value(QStringLiteral("alarmAtDecision")).toInt()).arg(d.value(QStringLiteral("alarmTime")).toString()) : QStringLiteral("none")}});
    }
    h += table(monitorRows, {QStringLiteral("model"), QStringLiteral("type"), QStringLiteral("registered"), QStringLiteral("decided"), QStringLiteral("accepted"), QStringLiteral("rejected"), QStringLiteral("corrected"), QStringLiteral("rate"), QStringLiteral("baseline"), QStringLiteral("alarm")},
               {QStringLiteral("Model"), QStringLiteral("Finding type"), QStringLiteral("Registered"), QStringLiteral("Decided"), QStringLiteral("Accepted"), QStringLiteral("Rejected"), QStringLiteral("Corrected"), QStringLiteral("Acceptance (95% Wilson)"), QStringLiteral("Baseline"), QStringLiteral("Drift alarm")});
    h += QStringLiteral("<p>Drift alarm: one-sided Bernoulli CUSUM on rejected or corrected findings against the validated baseline; at most the stated false-alarm rate per %1 decisions while the model performs as validated.</p>\n").arg(kDriftHorizon);
    h += QStringLiteral("<!--CHARTS-->\n");
    h += QStringLiteral("<h3>Findings of models not approved (shown greyed or hidden)</h3>\n");
    h += table(ai.value(QStringLiteral("unapprovedShown")).toArray(), {QStringLiteral("time"), QStringLiteral("user"), QStringLiteral("model"), QStringLiteral("version"), QStringLiteral("rule")},
               {QStringLiteral("Time"), QStringLiteral("Person"), QStringLiteral("Model"), QStringLiteral("Version"), QStringLiteral("Rule")});
    const QJsonObject sbom = r.value(QStringLiteral("sbom")).toObject();
    h += QStringLiteral("<h2>8. Software bill of materials</h2>\n<p>%1</p>\n")
             .arg(sbom.value(QStringLiteral("installed")).toBool() ? QStringLiteral("From the installed CycloneDX SBOM.")
                                                                    : QStringLiteral("No SBOM is installed with this build (a development build); the components it was linked with:"));
    h += table(sbom.value(QStringLiteral("installed")).toBool() ? sbom.value(QStringLiteral("components")).toArray() : sbom.value(QStringLiteral("linked")).toArray(),
               {QStringLiteral("name"), QStringLiteral("version")}, {QStringLiteral("Component"), QStringLiteral("Version")});
    h += QStringLiteral("<h2>9. PHI data flow</h2>\n");
    if (!dataFlowSvgFile.isEmpty())
        h += QStringLiteral("<p><img src=\"%1\" alt=\"PHI data flow\"></p>\n").arg(escaped(dataFlowSvgFile));
    h += QStringLiteral("</body></html>\n");
    return h;
}

// ---------------------------------------------------------------- SVG

QString dataFlowSvg(const policy::Policy& policy)
{
    struct Box
    {
        QString label;
        int x, y;
        QString colour;
    };
    std::vector<Box> sources, sinks;
    for (const policy::PacsNode& n : policy.pacsNodes)
        sources.push_back({QStringLiteral("PACS %1").arg(n.name), 10, 0, QStringLiteral("#cde")});
    sources.push_back({QStringLiteral("Local folders / DICOMDIR"), 10, 0, QStringLiteral("#cde")});
    if (policy.identityProvider.configured())
        sources.push_back({QStringLiteral("Identity provider %1").arg(policy.identityProvider.issuer), 10, 0, QStringLiteral("#eed")});
    else
        sources.push_back({QStringLiteral("Local accounts (custosd)"), 10, 0, QStringLiteral("#eed")});
    sinks.push_back({QStringLiteral("Encrypted cache (AES-256-GCM)"), 560, 0, QStringLiteral("#dec")});
    sinks.push_back({QStringLiteral("Audit trail (sealed)"), 560, 0, QStringLiteral("#dec")});
    if (!policy.auditCollector.host.isEmpty())
        sinks.push_back({QStringLiteral("Collector %1 (syslog-TLS)").arg(policy.auditCollector.host), 560, 0, QStringLiteral("#edc")});
    for (const QString& d : policy.exportDestinations)
        sinks.push_back({QStringLiteral("Export destination %1").arg(d), 560, 0, QStringLiteral("#edc")});
    const int rows = int(std::max(sources.size(), sinks.size()));
    const int height = 40 + rows * 50;
    QString s = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"820\" height=\"%1\" viewBox=\"0 0 820 %1\" font-family=\"sans-serif\" font-size=\"11\">\n"
                               "<rect width=\"820\" height=\"%1\" fill=\"white\"/>\n"
                               "<defs><marker id=\"a\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#444\"/></marker></defs>\n")
                    .arg(height);
    const int cx = 330, cy = height / 2 - 25;
    s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"160\" height=\"50\" fill=\"#fdd\" stroke=\"#333\"/><text x=\"%3\" y=\"%4\" text-anchor=\"middle\">Custos viewer / CLI</text>"
                        "<text x=\"%3\" y=\"%5\" text-anchor=\"middle\">(Guard on every PHI action)</text>\n")
             .arg(cx).arg(cy).arg(cx + 80).arg(cy + 22).arg(cy + 38);
    auto draw = [&](std::vector<Box>& boxes, bool left) {
        for (size_t i = 0; i < boxes.size(); ++i) {
            Box& b = boxes[i];
            b.y = 20 + int(i) * 50;
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"250\" height=\"34\" fill=\"%3\" stroke=\"#333\"/><text x=\"%4\" y=\"%5\" text-anchor=\"middle\">%6</text>\n")
                     .arg(b.x).arg(b.y).arg(b.colour).arg(b.x + 125).arg(b.y + 21).arg(escaped(b.label.left(44)));
            if (left)
                s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#444\" marker-end=\"url(#a)\"/>\n").arg(b.x + 250).arg(b.y + 17).arg(cx).arg(cy + 25);
            else
                s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#444\" marker-end=\"url(#a)\"/>\n").arg(cx + 160).arg(cy + 25).arg(b.x).arg(b.y + 17);
        }
    };
    draw(sources, true);
    draw(sinks, false);
    s += QStringLiteral("</svg>\n");
    return s;
}

} // namespace custos::governance
