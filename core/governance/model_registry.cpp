// SPDX-License-Identifier: Apache-2.0
#include "core/governance/model_registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSysInfo>

namespace custos::governance {

namespace {

// lupdate extracts Text::tr("...") under "custos::governance", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::governance)
};

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

QString quoted(QString s)
{
    // The tag is parsed back: a quote inside a vendor's name must not end it.
    s.replace(QLatin1Char('"'), QLatin1Char('\''));
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('"') + s.left(80) + QLatin1Char('"');
}

} // namespace

int compareVersions(const QString& a, const QString& b)
{
    const QStringList pa = a.trimmed().split(QLatin1Char('.'));
    const QStringList pb = b.trimmed().split(QLatin1Char('.'));
    for (int i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        bool okA = true, okB = true;
        const qlonglong va = i < pa.size() ? pa[i].toLongLong(&okA) : 0;
        const qlonglong vb = i < pb.size() ? pb[i].toLongLong(&okB) : 0;
        if (!okA || !okB) { // not numbers: compare as text, so the order is still total
            const int c = QString::compare(pa.value(i), pb.value(i));
            if (c != 0)
                return c < 0 ? -1 : 1;
            continue;
        }
        if (va != vb)
            return va < vb ? -1 : 1;
    }
    return 0;
}

bool RegisteredModel::versionAllowed(const QString& version) const
{
    if (!exactVersions.isEmpty())
        return exactVersions.contains(version.trimmed());
    if (minimumVersion.isEmpty() && maximumVersion.isEmpty())
        return false; // the policy names no version: none is approved
    if (version.trimmed().isEmpty() || !QRegularExpression(QStringLiteral("^[0-9]+(\\.[0-9]+)*$")).match(version.trimmed()).hasMatch())
        return false;
    if (!minimumVersion.isEmpty() && compareVersions(version, minimumVersion) < 0)
        return false;
    if (!maximumVersion.isEmpty() && compareVersions(version, maximumVersion) > 0)
        return false;
    return true;
}

QString RegisteredModel::versionsText() const
{
    if (!exactVersions.isEmpty())
        return exactVersions.join(QStringLiteral(", "));
    if (minimumVersion.isEmpty() && maximumVersion.isEmpty())
        return Text::tr("none");
    if (maximumVersion.isEmpty())
        return Text::tr("%1 or later").arg(minimumVersion);
    if (minimumVersion.isEmpty())
        return Text::tr("up to %1").arg(maximumVersion);
    return Text::tr("%1 to %2").arg(minimumVersion, maximumVersion);
}

Registry Registry::fromPolicy(const QJsonObject& g)
{
    Registry r;
    r.configured = !g.isEmpty();
    r.unregistered = g.value(QStringLiteral("unregisteredModels")).toString() == QLatin1String("hide") ? UnregisteredHandling::Hide
                                                                                                      : UnregisteredHandling::Grey;
    r.driftFalseAlarmRate = g.value(QStringLiteral("driftFalseAlarmRate")).toDouble(0.01);
    for (const QJsonValue& v : g.value(QStringLiteral("models")).toArray()) {
        const QJsonObject m = v.toObject();
        RegisteredModel model;
        model.manufacturer = m.value(QStringLiteral("manufacturer")).toString();
        model.modelName = m.value(QStringLiteral("modelName")).toString();
        const QJsonObject versions = m.value(QStringLiteral("versions")).toObject();
        model.exactVersions = strings(versions.value(QStringLiteral("exact")));
        model.minimumVersion = versions.value(QStringLiteral("minimum")).toString();
        model.maximumVersion = versions.value(QStringLiteral("maximum")).toString();
        model.intendedUse = m.value(QStringLiteral("intendedUse")).toString();
        model.findingTypes = strings(m.value(QStringLiteral("findingTypes")));
        const QJsonObject baa = m.value(QStringLiteral("baa")).toObject();
        model.baaReference = baa.value(QStringLiteral("reference")).toString();
        model.baaExpires = QDate::fromString(baa.value(QStringLiteral("expires")).toString(), Qt::ISODate);
        model.vendorTier = m.value(QStringLiteral("vendorTier")).toString();
        const QJsonObject validation = m.value(QStringLiteral("validation")).toObject();
        model.validationReference = validation.value(QStringLiteral("reference")).toString();
        model.validationDate = QDate::fromString(validation.value(QStringLiteral("date")).toString(), Qt::ISODate);
        const QJsonObject baseline = m.value(QStringLiteral("baseline")).toObject();
        for (auto it = baseline.begin(); it != baseline.end(); ++it)
            model.baseline[it.key()] = {it.value().toObject().value(QStringLiteral("acceptanceRate")).toDouble(),
                                        it.value().toObject().value(QStringLiteral("sampleSize")).toInt()};
        r.models.push_back(std::move(model));
    }
    return r;
}

const RegisteredModel* Registry::find(const QString& manufacturer, const QString& modelName) const
{
    for (const RegisteredModel& m : models)
        if (m.modelName.compare(modelName.trimmed(), Qt::CaseInsensitive) == 0
            && (manufacturer.trimmed().isEmpty() || m.manufacturer.compare(manufacturer.trimmed(), Qt::CaseInsensitive) == 0))
            return &m;
    return nullptr;
}

QString statusCode(ModelStatus status)
{
    switch (status) {
    case ModelStatus::NotGoverned: return QStringLiteral("not-governed");
    case ModelStatus::Approved: return QStringLiteral("approved");
    case ModelStatus::Unregistered: return QStringLiteral("unregistered");
    case ModelStatus::VersionNotAllowed: return QStringLiteral("version-not-allowed");
    case ModelStatus::BaaExpired: return QStringLiteral("baa-expired");
    case ModelStatus::NoBaa: return QStringLiteral("no-baa");
    }
    return {};
}

ai::Source modelOf(const ai::AiObject& object, const ai::Finding& finding)
{
    ai::Source s = finding.source;
    if (s.modelName.isEmpty())
        s.modelName = object.source.modelName;
    if (s.modelVersion.isEmpty())
        s.modelVersion = object.source.modelVersion;
    if (s.manufacturer.isEmpty())
        s.manufacturer = object.source.manufacturer;
    return s;
}

Verdict evaluate(const Registry& registry, const ai::Source& source, const QDate& today)
{
    Verdict v;
    if (!registry.configured)
        return v;
    const bool hide = registry.unregistered == UnregisteredHandling::Hide;
    const QString name = source.modelName.isEmpty() ? Text::tr("an unnamed model") : QStringLiteral("\u201C%1\u201D").arg(source.modelName);
    v.model = registry.find(source.manufacturer, source.modelName);
    if (!v.model || source.modelName.trimmed().isEmpty()) {
        v.model = nullptr;
        v.status = ModelStatus::Unregistered;
        v.rule = Text::tr("%1 is not in the site's AI model registry").arg(name);
    } else if (!v.model->versionAllowed(source.modelVersion)) {
        v.status = ModelStatus::VersionNotAllowed;
        v.rule = Text::tr("version %1 of %2 is not approved (approved: %3)")
                     .arg(source.modelVersion.isEmpty() ? Text::tr("(none stated)") : source.modelVersion, name, v.model->versionsText());
    } else if (v.model->baaReference.isEmpty() || !v.model->baaExpires.isValid()) {
        v.status = ModelStatus::NoBaa;
        v.rule = Text::tr("no business associate agreement is on file for %1").arg(name);
    } else if (v.model->baaExpires < today) {
        v.status = ModelStatus::BaaExpired;
        v.rule = Text::tr("the business associate agreement %1 for %2 expired on %3")
                     .arg(v.model->baaReference, name, v.model->baaExpires.toString(Qt::ISODate));
    } else {
        v.status = ModelStatus::Approved;
        return v;
    }
    v.hidden = hide;
    return v;
}

QString modelTag(const ai::Source& source, const QString& findingType)
{
    return QStringLiteral(" model=%1 version=%2 manufacturer=%3 type=%4")
        .arg(quoted(source.modelName), quoted(source.modelVersion), quoted(source.manufacturer), quoted(findingType));
}

TaggedModel parseModelTag(const QString& detail)
{
    static const QRegularExpression re(QStringLiteral(" model=\"([^\"]*)\" version=\"([^\"]*)\" manufacturer=\"([^\"]*)\" type=\"([^\"]*)\""));
    const auto m = re.match(detail);
    if (!m.hasMatch())
        return {};
    return {m.captured(3), m.captured(1), m.captured(2), m.captured(4), true};
}

audit::Event unapprovedModelEvent(const QString& user, const QString& studyUid, const ai::Source& source, const Verdict& verdict)
{
    audit::Event e;
    e.id = {QStringLiteral("110113"), QStringLiteral("DCM"), QStringLiteral("Security Alert")};
    e.type = {QStringLiteral("110132"), QStringLiteral("DCM"), QStringLiteral("Use of Restricted Function")};
    e.action = QLatin1Char('E');
    e.outcome = audit::Outcome::MinorFailure;
    // English and fixed: the report and the collector read it.
    e.outcomeDescription = QStringLiteral("AI model not approved (%1, %2)%3")
                               .arg(statusCode(verdict.status), verdict.hidden ? QStringLiteral("hidden") : QStringLiteral("greyed"),
                                    modelTag(source, QString()));
    e.purposeOfUse = QStringLiteral("ai-findings-review");
    audit::ActiveParticipant p;
    p.userId = user;
    p.userName = user;
    p.requestor = true;
    p.networkAccessPoint = QSysInfo::machineHostName();
    e.participants = {p};
    audit::ParticipantObject study;
    study.typeCode = 2;
    study.typeCodeRole = 3;
    study.idType = {QStringLiteral("110180"), QStringLiteral("DCM"), QStringLiteral("Study Instance UID")};
    study.id = studyUid;
    e.objects = {study};
    return e;
}

} // namespace custos::governance
