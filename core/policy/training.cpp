// SPDX-License-Identifier: Apache-2.0
#include "core/policy/training.h"

#include "core/policy/sealed_file_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>

namespace custos::policy {

namespace {

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

const QString kFileName = QStringLiteral("training.sealed");

audit::Event trainingEvent(const auth::Identity& who, const TrainingModule& module, bool passed, const QString& detail)
{
    // CID 70 110137 "User Security Attributes Changed": an acknowledgement
    // changes what the person may do next.
    audit::Event e;
    e.id = {QStringLiteral("110113"), QStringLiteral("DCM"), QStringLiteral("Security Alert")};
    e.type = {QStringLiteral("110137"), QStringLiteral("DCM"), QStringLiteral("User Security Attributes Changed")};
    e.action = QLatin1Char('E');
    e.outcome = passed ? audit::Outcome::Success : audit::Outcome::MinorFailure;
    e.outcomeDescription = QStringLiteral("training %1 version %2 %3").arg(module.id, module.version, passed ? QStringLiteral("acknowledged") : detail);
    audit::ActiveParticipant p;
    p.userId = who.subject;
    p.userName = who.userName;
    p.requestor = true;
    p.networkAccessPoint = QSysInfo::machineHostName();
    e.participants = {p};
    return e;
}

} // namespace

Result<TrainingModule> parseTrainingModule(const QByteArray& json, const QString& sourceName)
{
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    if (err.error != QJsonParseError::NoError || o.isEmpty())
        return Error{Text::tr("The training module %1 is not valid JSON.").arg(sourceName)};
    TrainingModule m;
    m.id = o.value(QStringLiteral("id")).toString();
    m.version = o.value(QStringLiteral("version")).toString();
    m.title = o.value(QStringLiteral("title")).toString();
    m.summary = o.value(QStringLiteral("summary")).toString();
    m.contentResource = QStringLiteral(":/custos/training/") + o.value(QStringLiteral("content")).toString();
    const QJsonArray qs = o.value(QStringLiteral("questions")).toArray();
    for (int i = 0; i < qs.size(); ++i) {
        const QJsonObject q = qs.at(i).toObject();
        TrainingQuestion question{q.value(QStringLiteral("id")).toString(), q.value(QStringLiteral("text")).toString(), {},
                                  q.value(QStringLiteral("answer")).toInt(-1)};
        for (const QJsonValue& c : q.value(QStringLiteral("choices")).toArray())
            question.choices << c.toString();
        if (question.text.isEmpty() || question.choices.size() < 2 || question.answer < 0 || question.answer >= question.choices.size())
            return Error{Text::tr("The training module %1: question %2 needs a text, two or more choices and the index of the right one.")
                             .arg(sourceName)
                             .arg(i + 1)};
        m.questions.push_back(question);
    }
    if (m.id.isEmpty() || m.version.isEmpty() || m.title.isEmpty() || m.questions.empty())
        return Error{Text::tr("The training module %1 needs an id, a version, a title and at least one question.").arg(sourceName)};
    // The module in the language the viewer speaks (QLocale's default, which
    // the viewer sets to the chosen language): its words only. Ids,
    // answers and version are the module's, so an acknowledgement is the
    // same whatever language it was read in. A translation that does not
    // fit the questions one to one is not used.
    const QJsonObject tr = o.value(QStringLiteral("translations")).toObject().value(QLocale().name().section(QLatin1Char('_'), 0, 0)).toObject();
    const QJsonArray tq = tr.value(QStringLiteral("questions")).toArray();
    bool fits = !tr.isEmpty() && tq.size() == int(m.questions.size());
    for (int i = 0; fits && i < tq.size(); ++i)
        fits = !tq.at(i).toObject().value(QStringLiteral("text")).toString().isEmpty() &&
               tq.at(i).toObject().value(QStringLiteral("choices")).toArray().size() == m.questions[std::size_t(i)].choices.size();
    if (fits) {
        m.title = tr.value(QStringLiteral("title")).toString(m.title);
        m.summary = tr.value(QStringLiteral("summary")).toString(m.summary);
        for (int i = 0; i < tq.size(); ++i) {
            TrainingQuestion& q = m.questions[std::size_t(i)];
            q.text = tq.at(i).toObject().value(QStringLiteral("text")).toString();
            q.choices.clear();
            for (const QJsonValue& c : tq.at(i).toObject().value(QStringLiteral("choices")).toArray())
                q.choices << c.toString();
        }
    }
    return m;
}

QStringList trainingModuleIds()
{
    QStringList ids;
    for (const QString& f : QDir(QStringLiteral(":/custos/training")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        ids << f.chopped(5);
    return ids;
}

Result<TrainingModule> trainingModule(const QString& id)
{
    QFile f(QStringLiteral(":/custos/training/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("There is no training module \"%1\" in this version of Custos.").arg(id)};
    return parseTrainingModule(f.readAll(), id + QStringLiteral(".json"));
}

Result<std::unique_ptr<TrainingRecords>> TrainingRecords::open(std::shared_ptr<crypto::KeyManager> keys, const QString& folder)
{
    std::unique_ptr<TrainingRecords> r(new TrainingRecords());
    r->m_keys = std::move(keys);
    r->m_folder = folder;
    if (!r->m_keys || folder.isEmpty())
        return r;
    auto stored = detail::readSealed(r->m_keys, folder, kFileName);
    if (!stored)
        return stored.error();
    if (stored.value()) {
        for (const QJsonValue& v : stored.value()->value(QStringLiteral("acknowledgements")).toArray()) {
            const QJsonObject o = v.toObject();
            Acknowledgement a{o[QStringLiteral("subject")].toString(), o[QStringLiteral("module")].toString(),
                              o[QStringLiteral("version")].toString(),
                              QDateTime::fromString(o[QStringLiteral("time")].toString(), Qt::ISODateWithMs)};
            r->m_acks[{a.userSubject, a.moduleId}] = a;
        }
    }
    return r;
}

TrainingRecords::~TrainingRecords() = default;

std::unique_ptr<TrainingRecords> TrainingRecords::openRemote(std::shared_ptr<TrainingRemote> remote)
{
    std::unique_ptr<TrainingRecords> r(new TrainingRecords());
    r->m_remote = std::move(remote);
    return r; // asked when first needed: the person may not be signed in yet
}

void TrainingRecords::refreshIfStale() const
{
    const QDateTime time = QDateTime::currentDateTimeUtc();
    if (!m_remote || (m_refreshed.isValid() && m_refreshed <= time && m_refreshed.msecsTo(time) < 3000))
        return;
    m_refreshed = time;
    m_acks.clear(); // without an answer, nothing counts as done
    if (auto mine = m_remote->mine())
        for (const Acknowledgement& a : mine.value())
            m_acks[{a.userSubject, a.moduleId}] = a;
}

Result<void> TrainingRecords::refresh()
{
    if (!m_remote)
        return {};
    m_refreshed = {};
    refreshIfStale();
    return {};
}

std::vector<Acknowledgement> TrainingRecords::all() const
{
    refreshIfStale();
    std::vector<Acknowledgement> out;
    for (const auto& [key, a] : m_acks)
        out.push_back(a);
    return out;
}

std::optional<Acknowledgement> TrainingRecords::latest(const QString& userSubject, const QString& moduleId) const
{
    refreshIfStale();
    const auto it = m_acks.find({userSubject, moduleId});
    if (it == m_acks.end())
        return std::nullopt;
    return it->second;
}

bool TrainingRecords::current(const QString& userSubject, const TrainingRequirement& requirement, int renewalDays,
                              const QDateTime& now) const
{
    const auto ack = latest(userSubject, requirement.moduleId);
    return ack && ack->version == requirement.version && ack->time <= now && ack->time.addDays(renewalDays) > now;
}

Result<void> TrainingRecords::record(const Acknowledgement& ack)
{
    m_acks[{ack.userSubject, ack.moduleId}] = ack;
    return save();
}

Result<void> TrainingRecords::save() const
{
    if (m_remote)
        return {};
    if (!m_keys || m_folder.isEmpty())
        return {};
    QJsonArray list;
    for (const auto& [key, a] : m_acks)
        list.append(QJsonObject{{QStringLiteral("subject"), a.userSubject},
                                {QStringLiteral("module"), a.moduleId},
                                {QStringLiteral("version"), a.version},
                                {QStringLiteral("time"), a.time.toUTC().toString(Qt::ISODateWithMs)}});
    return detail::writeSealed(m_keys, m_folder, kFileName, QJsonObject{{QStringLiteral("acknowledgements"), list}});
}

Result<void> acknowledge(TrainingRecords& records, const TrainingModule& module, const auth::Identity& who,
                         const std::vector<int>& answers, const QDateTime& now, const AuditSink& audit)
{
    if (!who.valid())
        return Error{Text::tr("Sign in before completing a training module.")};
    if (records.remoteParts()) {
        // custosd checks the answers and records (and audits) the result for
        // the person its ticket names; nothing is decided in this process.
        auto done = records.remoteParts()->acknowledge(module, answers);
        if (done)
            (void)records.refresh();
        return done;
    }
    QStringList wrong;
    for (std::size_t i = 0; i < module.questions.size(); ++i)
        if (i >= answers.size() || answers[i] != module.questions[i].answer)
            wrong << QString::number(i + 1);
    if (!wrong.isEmpty()) {
        if (audit)
            audit(trainingEvent(who, module, false, QStringLiteral("not passed (%1 of %2 wrong)").arg(wrong.size()).arg(module.questions.size())));
        return Error{Text::tr("Not yet: please look again at question %1 of \"%2\" and try once more.").arg(wrong.join(QStringLiteral(", ")), module.title)};
    }
    if (auto saved = records.record({who.subject, module.id, module.version, now}); !saved)
        return Error{Text::tr("Your answers were right, but the acknowledgement could not be kept: %1").arg(saved.errorMessage())};
    if (audit)
        audit(trainingEvent(who, module, true, {}));
    return {};
}

} // namespace custos::policy
