#include "core/policy/policy_loader.h"

#include "core/policy/json_locator_p.h"
#include "core/policy/schema_validator.h"
#include "core/policy/training.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>

#include <optional>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace custos::policy {

namespace {

QString t(const char* s) { return QCoreApplication::translate("custos::policy", s); }

QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/custos/policy/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const SchemaValidator& schema()
{
    static const SchemaValidator validator = [] {
        auto v = SchemaValidator::create(QJsonDocument::fromJson(resource(QStringLiteral("policy.schema.json"))).object());
        Q_ASSERT_X(v.ok(), "policy schema", "the compiled-in schema uses an unimplemented keyword");
        return std::move(v).value();
    }();
    return validator;
}

QSet<Action> actions(const QJsonValue& list)
{
    QSet<Action> out;
    for (const QJsonValue& v : list.toArray())
        if (auto a = actionFromName(v.toString()))
            out.insert(*a);
    return out;
}

QStringList strings(const QJsonValue& list)
{
    QStringList out;
    for (const QJsonValue& v : list.toArray())
        out << v.toString();
    return out;
}

struct Located
{
    QString path;
    QString message;
};

// Rules a JSON Schema cannot say: references between fields, and modules
// that must exist in this build.
std::vector<Located> crossFieldProblems(const QJsonObject& root)
{
    std::vector<Located> out;
    const QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
    const QJsonObject mapping = root.value(QStringLiteral("identityProvider")).toObject().value(QStringLiteral("roleMapping")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const QJsonArray targets = it.value().toArray();
        for (int i = 0; i < targets.size(); ++i)
            if (!roles.contains(targets.at(i).toString()))
                out.push_back({QStringLiteral("identityProvider.roleMapping.%1[%2]").arg(it.key()).arg(i),
                               t("\"%1\" is not a role defined under \"roles\"").arg(targets.at(i).toString())});
    }
    const QJsonArray eligible = root.value(QStringLiteral("breakGlass")).toObject().value(QStringLiteral("eligibleActions")).toArray();
    for (int i = 0; i < eligible.size(); ++i)
        if (auto a = actionFromName(eligible.at(i).toString()); a && !touchesPhi(*a))
            out.push_back({QStringLiteral("breakGlass.eligibleActions[%1]").arg(i),
                           t("\"%1\" is not an action on a study; only those can be emergency-eligible").arg(eligible.at(i).toString())});
    const QJsonArray modules = root.value(QStringLiteral("training")).toObject().value(QStringLiteral("modules")).toArray();
    QSet<QString> ids;
    // The installed modules are few: look each id up once, however often a
    // (hostile) policy names it.
    QHash<QString, std::optional<QString>> installedVersion;
    for (int i = 0; i < modules.size(); ++i) {
        const QJsonObject m = modules.at(i).toObject();
        const QString id = m.value(QStringLiteral("id")).toString();
        if (ids.contains(id))
            out.push_back({QStringLiteral("training.modules[%1].id").arg(i),
                           t("the module \"%1\" is listed twice").arg(detail::clipped(id))});
        ids.insert(id);
        auto known = installedVersion.find(id);
        if (known == installedVersion.end()) {
            const auto installed = trainingModule(id);
            known = installedVersion.insert(id, installed ? std::optional<QString>(installed.value().version) : std::nullopt);
        }
        const QString version = m.value(QStringLiteral("version")).toString();
        if (known->has_value() && **known != version)
            out.push_back({QStringLiteral("training.modules[%1].version").arg(i),
                           t("version %1 of \"%2\" is not installed (installed: %3); nobody could complete it")
                               .arg(detail::clipped(version), detail::clipped(id), **known)});
    }
    return out;
}

Policy build(const QJsonObject& root, const QString& name)
{
    Policy p;
    p.source = name;
    p.siteName = root.value(QStringLiteral("siteName")).toString();
    const QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        p.roles[it.key()] = {it.key(), r.value(QStringLiteral("description")).toString(), actions(r.value(QStringLiteral("permissions"))),
                             r.value(QStringLiteral("deidentifiedOnly")).toBool(false)};
    }
    const QJsonObject s = root.value(QStringLiteral("session")).toObject();
    p.session.idleTimeout = std::chrono::minutes(s.value(QStringLiteral("idleTimeoutMinutes")).toInt());
    p.session.maxLength = std::chrono::hours(s.value(QStringLiteral("maxSessionHours")).toInt());
    p.session.requireMfa = s.value(QStringLiteral("requireMfa")).toBool(true);
    const QJsonObject bg = root.value(QStringLiteral("breakGlass")).toObject();
    p.breakGlass.eligibleActions = actions(bg.value(QStringLiteral("eligibleActions")));
    p.breakGlass.durationMinutes = bg.value(QStringLiteral("durationMinutes")).toInt(60);
    p.breakGlass.minimumReasonLength = bg.value(QStringLiteral("minimumReasonLength")).toInt(20);
    p.breakGlass.reauthenticationMaxAgeSeconds = bg.value(QStringLiteral("reauthenticationMaxAgeSeconds")).toInt(300);
    p.breakGlass.reasonCategories = strings(bg.value(QStringLiteral("reasonCategories")));
    const QJsonObject tr = root.value(QStringLiteral("training")).toObject();
    p.training.renewalDays = tr.value(QStringLiteral("renewalDays")).toInt(365);
    for (const QJsonValue& m : tr.value(QStringLiteral("modules")).toArray())
        p.training.modules.push_back({m[QStringLiteral("id")].toString(), m[QStringLiteral("version")].toString(), actions(m[QStringLiteral("requiredFor")])});
    const QJsonObject wm = root.value(QStringLiteral("watermark")).toObject();
    p.watermark = {wm.value(QStringLiteral("text")).toString(), actions(wm.value(QStringLiteral("appliesTo")))};
    const QString cp = root.value(QStringLiteral("captureProtection")).toString();
    p.captureProtection = cp == QLatin1String("off") ? CaptureProtection::Off
                          : cp == QLatin1String("warnWithoutCaptureProtection") ? CaptureProtection::Warn
                                                                                : CaptureProtection::Refuse;
    p.exportDestinations = strings(root.value(QStringLiteral("exportDestinations")));
    const QJsonObject idp = root.value(QStringLiteral("identityProvider")).toObject();
    p.identityProvider.issuer = idp.value(QStringLiteral("issuer")).toString();
    p.identityProvider.clientId = idp.value(QStringLiteral("clientId")).toString();
    p.identityProvider.scopes = strings(idp.value(QStringLiteral("scopes")));
    p.identityProvider.rolesClaim = idp.value(QStringLiteral("rolesClaim")).toString();
    const QJsonObject map = idp.value(QStringLiteral("roleMapping")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        p.identityProvider.roleMapping[it.key()] = strings(it.value());
    const QJsonObject ac = root.value(QStringLiteral("auditCollector")).toObject();
    p.auditCollector = {ac.value(QStringLiteral("host")).toString(), ac.value(QStringLiteral("port")).toInt(6514),
                        ac.value(QStringLiteral("caFile")).toString()};
    p.pacs = root.value(QStringLiteral("pacs")).toObject();
    return p;
}

#ifdef Q_OS_UNIX
QString userName(uid_t uid)
{
    if (const passwd* pw = getpwuid(uid); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

// One file or folder: owned by root, no group/other write (folders: unless sticky).
QString protectionProblem(const QString& path, bool isFolder)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return t("%1 cannot be examined").arg(path);
    if (st.st_uid != 0)
        return t("%1 is owned by %2, not by root, so that user can change the policy").arg(path, userName(st.st_uid));
    const bool sticky = isFolder && (st.st_mode & S_ISVTX);
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !sticky)
        return t("%1 is writable by %2").arg(path, (st.st_mode & S_IWOTH) ? t("every user") : t("its group"));
    return {};
}
#endif

} // namespace

QString systemPolicyPath()
{
#if defined(Q_OS_WIN)
    const QString programData = qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"));
    return QDir::fromNativeSeparators(programData) + QStringLiteral("/Custos/policy.json");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("/Library/Application Support/Custos/policy.json");
#else
    return QStringLiteral("/etc/custos/policy.json");
#endif
}

PolicySource policySource()
{
    const QString env = qEnvironmentVariable("CUSTOS_POLICY_FILE");
    if (!env.isEmpty())
        return {env, true};
    return {systemPolicyPath(), false};
}

Result<Policy> parsePolicy(const QByteArray& json, const QString& name)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{t("%1 line %2: not valid JSON: %3")
                         .arg(name)
                         .arg(detail::JsonLocator::lineAtOffset(json, parseError.offset))
                         .arg(parseError.errorString())};
    const detail::JsonLocator lines(json);
    QStringList errors;
    for (const QString& d : lines.duplicateKeys())
        if (errors.size() < 100)
            errors << name + QLatin1Char(' ') + d;
    std::vector<Located> problems;
    for (const SchemaError& e : schema().validate(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array())))
        problems.push_back({e.path, e.message});
    if (problems.empty() && doc.isObject())
        problems = crossFieldProblems(doc.object());
    // A person reads the first problems; a hostile file with 200,000 of them
    // must not produce a message of hundreds of megabytes.
    constexpr qsizetype kMaxListed = 100;
    qsizetype unlisted = 0;
    for (const Located& p : problems) {
        if (errors.size() >= kMaxListed) {
            ++unlisted;
            continue;
        }
        errors << t("%1 line %2: %3: %4")
                      .arg(name)
                      .arg(lines.lineOf(p.path))
                      .arg(p.path.isEmpty() ? t("(top level)") : detail::clipped(p.path), p.message);
    }
    if (unlisted > 0)
        errors << t("%1: and %2 more problems of the same kinds.").arg(name).arg(unlisted);
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n'))};
    return build(doc.object(), name);
}

Result<void> checkPolicyFileProtection(const QString& path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.exists())
        return Error{t("The site policy %1 does not exist.").arg(path)};
    const QString real = info.canonicalFilePath();
    QString problem = protectionProblem(real, false);
    for (QDir dir = QFileInfo(real).dir(); problem.isEmpty(); dir.cdUp()) {
        problem = protectionProblem(dir.absolutePath(), true);
        if (dir.isRoot())
            break;
    }
    if (!problem.isEmpty())
        return Error{t("The site policy %1 is refused: %2. Only an administrator may be able to change it: "
                       "make it and its folders owned by root and not writable by others (chmod 644 file, 755 folders).")
                         .arg(path, problem)};
#else
    Q_UNUSED(path);
#endif
    return {};
}

Result<Policy> loadPolicyFileUnchecked(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{t("The site policy %1 cannot be read: %2").arg(path, f.errorString())};
    return parsePolicy(f.readAll(), QFileInfo(path).fileName());
}

Result<Policy> loadPolicyFile(const QString& path)
{
    if (auto protectedFile = checkPolicyFileProtection(path); !protectedFile)
        return protectedFile.error();
    auto p = loadPolicyFileUnchecked(path);
    if (p)
        p.value().source = path;
    return p;
}

std::shared_ptr<const Policy> builtInDefaultPolicy()
{
    static const std::shared_ptr<const Policy> policy = [] {
        auto p = parsePolicy(resource(QStringLiteral("default-policy.json")), QStringLiteral("default-policy.json"));
        Q_ASSERT_X(p.ok(), "default policy", "the compiled-in default policy is invalid");
        Policy value = p ? std::move(p).value() : Policy{}; // an empty policy grants nothing
        value.source = t("built-in default policy");
        return std::make_shared<const Policy>(std::move(value));
    }();
    return policy;
}

QByteArray exampleSitePolicyJson() { return resource(QStringLiteral("example-site-policy.json")); }

Result<std::shared_ptr<const Policy>> loadSitePolicy()
{
    const PolicySource source = policySource();
    if (!source.fromEnvironment && !QFileInfo::exists(source.path))
        return builtInDefaultPolicy();
    auto p = loadPolicyFile(source.path);
    if (!p)
        return p.error();
    return std::make_shared<const Policy>(std::move(p).value());
}

} // namespace custos::policy
