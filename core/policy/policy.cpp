// SPDX-License-Identifier: Apache-2.0
#include "core/policy/policy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace custos::policy {

namespace {

struct ActionInfo
{
    Action action;
    const char* name;
    const char* description;
    bool phi;
    bool exports;
    int version = 1;
};

// The one table of actions: stable name, words for people, what it touches.
constexpr ActionInfo kActions[] = {
    {Action::ViewStudy, "ViewStudy", QT_TRANSLATE_NOOP("custos::policy", "view studies"), true, false},
    {Action::ReviewAiFindings, "ReviewAiFindings", QT_TRANSLATE_NOOP("custos::policy", "review AI findings"), true, false},
    {Action::ExportDicom, "ExportDicom", QT_TRANSLATE_NOOP("custos::policy", "export DICOM files"), true, true},
    {Action::ExportDeidentified, "ExportDeidentified", QT_TRANSLATE_NOOP("custos::policy", "export de-identified DICOM files"), true, true},
    {Action::ExportImage, "ExportImage", QT_TRANSLATE_NOOP("custos::policy", "export images"), true, true},
    {Action::CopyToClipboard, "CopyToClipboard", QT_TRANSLATE_NOOP("custos::policy", "copy images to the clipboard"), true, true},
    {Action::Print, "Print", QT_TRANSLATE_NOOP("custos::policy", "print images"), true, true},
    {Action::DragOut, "DragOut", QT_TRANSLATE_NOOP("custos::policy", "drag images out of the viewer"), true, true},
    {Action::SendToPacs, "SendToPacs", QT_TRANSLATE_NOOP("custos::policy", "send studies to a PACS"), true, true},
    {Action::ViewAuditTrail, "ViewAuditTrail", QT_TRANSLATE_NOOP("custos::policy", "read the audit trail"), false, false},
    {Action::ExportAuditTrail, "ExportAuditTrail", QT_TRANSLATE_NOOP("custos::policy", "export the audit trail"), false, false},
    {Action::ReviewBreakGlass, "ReviewBreakGlass", QT_TRANSLATE_NOOP("custos::policy", "review emergency accesses"), false, false},
    {Action::StartBreakGlass, "StartBreakGlass", QT_TRANSLATE_NOOP("custos::policy", "use emergency (break-glass) access"), false, false},
    {Action::ViewPolicy, "ViewPolicy", QT_TRANSLATE_NOOP("custos::policy", "view the site policy"), false, false},
    {Action::ManagePolicy, "ManagePolicy", QT_TRANSLATE_NOOP("custos::policy", "change the site policy"), false, false},
    {Action::ManageUsers, "ManageUsers", QT_TRANSLATE_NOOP("custos::policy", "manage user accounts"), false, false},
    {Action::ManageCache, "ManageCache", QT_TRANSLATE_NOOP("custos::policy", "manage the encrypted cache"), false, false},
    {Action::UnlockSession, "UnlockSession", QT_TRANSLATE_NOOP("custos::policy", "unlock a locked session"), false, false},
    {Action::QueryPacs, "QueryPacs", QT_TRANSLATE_NOOP("custos::policy", "search a PACS"), true, false, 2},
    {Action::RetrieveStudy, "RetrieveStudy", QT_TRANSLATE_NOOP("custos::policy", "retrieve studies from a PACS"), true, false, 2},
    {Action::ComplianceReport, "ComplianceReport", QT_TRANSLATE_NOOP("custos::policy", "produce the compliance report"), false, false, 2},
    {Action::ComplianceReportIdentified, "ComplianceReportIdentified",
     QT_TRANSLATE_NOOP("custos::policy", "produce the compliance report naming patients and users"), false, false, 2},
    {Action::OverrideDeidRisk, "OverrideDeidRisk",
     QT_TRANSLATE_NOOP("custos::policy", "export images that may show patient data burned into the pixels"), true, false, 2},
};

const ActionInfo& info(Action a)
{
    for (const ActionInfo& i : kActions)
        if (i.action == a)
            return i;
    return kActions[0]; // unreachable: every enumerator is in the table
}

QString expandHome(const QString& path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// Absolute, with symbolic links resolved as far as the path exists, so
// "allowed/../../etc" or a link out of an allowed folder does not pass.
QString canonical(const QString& path)
{
    QFileInfo fi(QDir::cleanPath(QDir(expandHome(path)).absolutePath()));
    QString rest;
    while (!fi.exists() && fi.absoluteFilePath() != fi.absolutePath()) {
        rest = QLatin1Char('/') + fi.fileName() + rest;
        fi = QFileInfo(fi.absolutePath());
    }
    const QString base = fi.exists() ? fi.canonicalFilePath() : fi.absoluteFilePath();
    return QDir::cleanPath(base + rest);
}

} // namespace

QString actionName(Action action) { return QLatin1String(info(action).name); }

std::optional<Action> actionFromName(const QString& name)
{
    for (const ActionInfo& i : kActions)
        if (name == QLatin1String(i.name))
            return i.action;
    return std::nullopt;
}

const std::vector<Action>& allActions()
{
    static const std::vector<Action> all = [] {
        std::vector<Action> v;
        for (const ActionInfo& i : kActions)
            v.push_back(i.action);
        return v;
    }();
    return all;
}

QString actionDescription(Action action) { return QCoreApplication::translate("custos::policy", info(action).description); }
bool touchesPhi(Action action) { return info(action).phi; }
bool isExport(Action action) { return info(action).exports; }
int actionSchemaVersion(Action action) { return info(action).version; }

QString captureProtectionName(CaptureProtection mode)
{
    switch (mode) {
    case CaptureProtection::Off: return QStringLiteral("off");
    case CaptureProtection::Warn: return QStringLiteral("warnWithoutCaptureProtection");
    case CaptureProtection::Refuse: break;
    }
    return QStringLiteral("refuseWithoutCaptureProtection");
}

const RolePolicy* Policy::role(const QString& name) const
{
    const auto it = roles.find(name);
    return it == roles.end() ? nullptr : &it->second;
}

const DeidProject* Policy::deidProject(const QString& name) const
{
    for (const DeidProject& d : deidProjects)
        if (d.name == name)
            return &d;
    return nullptr;
}

const PacsNode* Policy::pacsNode(const QString& name) const
{
    for (const PacsNode& n : pacsNodes)
        if (n.name.compare(name, Qt::CaseInsensitive) == 0)
            return &n;
    return nullptr;
}

Policy::Grant Policy::grants(const QStringList& roleNames, Action action) const
{
    Grant best;
    for (const QString& name : roleNames) {
        const RolePolicy* r = role(name);
        if (!r)
            continue; // a role the site does not define grants nothing
        Grant g;
        if (r->permissions.contains(action)) {
            g = {true, (r->deidentifiedOnly && touchesPhi(action)) || action == Action::ExportDeidentified, name};
        } else if (action == Action::ExportDicom && r->deidentifiedOnly && r->permissions.contains(Action::ExportDeidentified)) {
            g = {true, true, name};
        }
        if (g.granted && (!best.granted || (best.forceDeidentify && !g.forceDeidentify)))
            best = g;
    }
    return best;
}

const TrainingRequirement* Policy::trainingFor(Action action, bool deidentified) const
{
    const Action effective = deidentified && action == Action::ExportDicom ? Action::ExportDeidentified : action;
    for (const TrainingRequirement& m : training.modules)
        if (m.requiredFor.contains(effective))
            return &m;
    return nullptr;
}

bool Policy::exportDestinationAllowed(const QString& directory) const
{
    const QString dir = canonical(directory);
    for (const QString& prefix : exportDestinations) {
        const QString allowed = canonical(prefix);
        if (dir == allowed || dir.startsWith(allowed.endsWith(QLatin1Char('/')) ? allowed : allowed + QLatin1Char('/')))
            return true;
    }
    return false;
}

QString Policy::watermarkFor(Action action, const QString& user, const QDateTime& time) const
{
    if (watermark.text.isEmpty() || !watermark.appliesTo.contains(action))
        return {};
    QString text = watermark.text;
    text.replace(QLatin1String("{user}"), user);
    text.replace(QLatin1String("{time}"), time.toUTC().toString(Qt::ISODate));
    return text;
}

} // namespace custos::policy
