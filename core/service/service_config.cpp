// SPDX-License-Identifier: Apache-2.0
#include "core/service/service_config.h"

#include "core/policy/policy.h"
#include "core/policy/policy_loader.h"
#include "core/service/peer_credentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace custos::service {

// One answer for the whole product: the policy loader's (a link at the
// policy's place, or macOS managed preferences, are site mode too).
bool siteMode() { return policy::siteMode(); }

QString serviceConfigPath() { return QFileInfo(policy::systemPolicyPath()).dir().filePath(QStringLiteral("service.json")); }

namespace {

Result<QJsonObject> readServiceJson()
{
    const QString path = serviceConfigPath();
    if (!QFileInfo::exists(path))
        return QJsonObject();
    if (auto safe = policy::checkPolicyFileProtection(path); !safe)
        return safe.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QObject::tr("%1 cannot be read (%2).").arg(path, f.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        return Error{QObject::tr("%1 is not valid JSON (%2).").arg(path, error.errorString())};
    return doc.object();
}

} // namespace

Result<Endpoint> siteEndpoint()
{
    Endpoint e;
    auto json = readServiceJson();
    if (!json)
        return json.error();
    const QJsonObject& o = json.value();
    if (!o.isEmpty()) {
        if (o.contains(QLatin1String("account")))
            e.account = o.value(QLatin1String("account")).toString();
        if (o.contains(QLatin1String("socket")))
            e.socketPath = o.value(QLatin1String("socket")).toString();
        if (e.account.isEmpty() || !e.socketPath.startsWith(QLatin1Char('/')))
            return Error{QObject::tr("%1 must name the service \"account\" and an absolute \"socket\" path.").arg(serviceConfigPath())};
    }
    auto uid = userId(e.account);
    if (!uid)
        return Error{QObject::tr("The Custos service account %1 does not exist on this computer, so the Custos service cannot be trusted. Ask IT to reinstall Custos.")
                         .arg(e.account)};
    e.uid = uid.value();
    return e;
}

Result<BacklogCeiling> backlogCeiling(const policy::Policy& policy)
{
    auto json = readServiceJson();
    if (!json)
        return json.error();
    for (const char* key : {"maxBacklogRecords", "maxBacklogHours"})
        if (json.value().contains(QLatin1String(key)))
            return Error{QObject::tr("%1 names \"%2\", which is no longer read there: the backlog ceiling is part of the site policy now "
                                     "(\"auditCollector\": {\"backlogCeiling\": {\"records\": N, \"hours\": H}}, policy version 2). "
                                     "Move it into the policy and remove it from %1.")
                             .arg(serviceConfigPath(), QLatin1String(key))};
    BacklogCeiling c;
    if (policy.auditCollector.host.isEmpty())
        return c; // nothing is forwarded, so nothing can back up
    c.records = policy.auditCollector.backlogCeilingRecords;
    c.seconds = policy.auditCollector.backlogCeilingSeconds;
    return c;
}

QString serviceDownMessage(const QString& detail)
{
    return QObject::tr("The Custos service is not running, so nothing can be recorded; ask IT to start it (custosd). "
                       "Until then no patient data can be shown or exported. (%1)")
        .arg(detail);
}

} // namespace custos::service
