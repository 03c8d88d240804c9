// SPDX-License-Identifier: Apache-2.0
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

#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include "core/policy/policy_file_win.h"
#endif
#ifdef Q_OS_MACOS
#include <CoreFoundation/CoreFoundation.h>
#endif

namespace custos::policy {

namespace {

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

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
// Every action name in the file, with where it stands.
void collectActions(const QJsonValue& v, const QString& path, std::vector<std::pair<QString, QString>>& out)
{
    if (v.isString()) {
        if (actionFromName(v.toString()))
            out.emplace_back(path, v.toString());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            collectActions(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectActions(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    }
}

std::vector<Located> crossFieldProblems(const QJsonObject& root)
{
    std::vector<Located> out;
    // A version 1 file names only version 1 actions: an older Custos would
    // refuse the file rather than silently ignore what it does not know.
    const int version = root.value(QStringLiteral("version")).toInt(1);
    std::vector<std::pair<QString, QString>> named;
    for (const QString& section : {QStringLiteral("roles"), QStringLiteral("breakGlass"), QStringLiteral("training"), QStringLiteral("watermark")})
        collectActions(root.value(section), section, named);
    for (const auto& [where, name] : named)
        if (const auto a = actionFromName(name); a && actionSchemaVersion(*a) > version)
            out.push_back({where, Text::tr("\"%1\" needs \"version\": %2 at the top of the policy").arg(name).arg(actionSchemaVersion(*a))});
    const QJsonObject idpObject = root.value(QStringLiteral("identityProvider")).toObject();
    for (const QString& key : {QStringLiteral("requiredAcr"), QStringLiteral("requiredAmr"), QStringLiteral("caFile")})
        if (version < 2 && idpObject.contains(key))
            out.push_back({QStringLiteral("identityProvider.") + key, Text::tr("this field needs \"version\": 2 at the top of the policy")});
    for (const QString& block : {QStringLiteral("aiGovernance"), QStringLiteral("compliance")})
        if (version < 2 && root.contains(block))
            out.push_back({block, Text::tr("this field needs \"version\": 2 at the top of the policy")});
    if (version < 2 && root.contains(QStringLiteral("service")))
        out.push_back({QStringLiteral("service"), Text::tr("this field needs \"version\": 2 at the top of the policy")});
    for (auto& [where, message] : pacsPolicyProblems(root))
        out.push_back({where, message});
    if (version < 2 && root.contains(QStringLiteral("deidentification")))
        out.push_back({QStringLiteral("deidentification"), Text::tr("this field needs \"version\": 2 at the top of the policy")});
    {
        const QJsonArray projects = root.value(QStringLiteral("deidentification")).toObject().value(QStringLiteral("projects")).toArray();
        const QJsonObject roleNames = root.value(QStringLiteral("roles")).toObject();
        QSet<QString> seen;
        for (int i = 0; i < projects.size(); ++i) {
            const QJsonObject project = projects.at(i).toObject();
            const QString name = project.value(QStringLiteral("name")).toString();
            if (seen.contains(name.toLower()))
                out.push_back({QStringLiteral("deidentification.projects[%1].name").arg(i),
                               Text::tr("the project name \"%1\" is used twice: each project has one key").arg(detail::clipped(name))});
            seen.insert(name.toLower());
            const QJsonArray options = project.value(QStringLiteral("options")).toArray();
            if (options.contains(QStringLiteral("retainLongitudinalFullDates")) && options.contains(QStringLiteral("retainLongitudinalModifiedDates")))
                out.push_back({QStringLiteral("deidentification.projects[%1].options").arg(i),
                               Text::tr("choose full dates or modified dates, not both")});
            const QJsonArray roles = project.value(QStringLiteral("roles")).toArray();
            for (int r = 0; r < roles.size(); ++r)
                if (!roleNames.contains(roles.at(r).toString()))
                    out.push_back({QStringLiteral("deidentification.projects[%1].roles[%2]").arg(i).arg(r),
                                   Text::tr("there is no role \"%1\"").arg(detail::clipped(roles.at(r).toString()))});
        }
    }
    if (version < 2 && root.value(QStringLiteral("auditCollector")).toObject().contains(QStringLiteral("backlogCeiling")))
        out.push_back({QStringLiteral("auditCollector.backlogCeiling"), Text::tr("this field needs \"version\": 2 at the top of the policy")});
    if (const QJsonObject ceiling = root.value(QStringLiteral("auditCollector")).toObject().value(QStringLiteral("backlogCeiling")).toObject();
        !ceiling.isEmpty() && root.value(QStringLiteral("auditCollector")).toObject().value(QStringLiteral("host")).toString().isEmpty())
        out.push_back({QStringLiteral("auditCollector.backlogCeiling"), Text::tr("a backlog ceiling needs the collector's \"host\" beside it")});
    const QJsonObject roles = root.value(QStringLiteral("roles")).toObject();
    const QJsonObject mapping = root.value(QStringLiteral("identityProvider")).toObject().value(QStringLiteral("roleMapping")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        const QJsonArray targets = it.value().toArray();
        for (int i = 0; i < targets.size(); ++i)
            if (!roles.contains(targets.at(i).toString()))
                out.push_back({QStringLiteral("identityProvider.roleMapping.%1[%2]").arg(it.key()).arg(i),
                               Text::tr("\"%1\" is not a role defined under \"roles\"").arg(targets.at(i).toString())});
    }
    const QJsonArray eligible = root.value(QStringLiteral("breakGlass")).toObject().value(QStringLiteral("eligibleActions")).toArray();
    for (int i = 0; i < eligible.size(); ++i)
        if (auto a = actionFromName(eligible.at(i).toString()); a && !touchesPhi(*a))
            out.push_back({QStringLiteral("breakGlass.eligibleActions[%1]").arg(i),
                           Text::tr("\"%1\" is not an action on a study; only those can be emergency-eligible").arg(eligible.at(i).toString())});
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
                           Text::tr("the module \"%1\" is listed twice").arg(detail::clipped(id))});
        ids.insert(id);
        auto known = installedVersion.find(id);
        if (known == installedVersion.end()) {
            const auto installed = trainingModule(id);
            known = installedVersion.insert(id, installed ? std::optional<QString>(installed.value().version) : std::nullopt);
        }
        const QString moduleVersion = m.value(QStringLiteral("version")).toString();
        if (known->has_value() && **known != moduleVersion)
            out.push_back({QStringLiteral("training.modules[%1].version").arg(i),
                           Text::tr("version %1 of \"%2\" is not installed (installed: %3); nobody could complete it")
                               .arg(detail::clipped(moduleVersion), detail::clipped(id), **known)});
    }
    return out;
}

Policy build(const QJsonObject& root, const QString& name)
{
    Policy p;
    p.source = name;
    p.version = root.value(QStringLiteral("version")).toInt(1);
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
    p.identityProvider.requiredAcr = idp.value(QStringLiteral("requiredAcr")).toString();
    p.identityProvider.requiredAmr = strings(idp.value(QStringLiteral("requiredAmr")));
    p.identityProvider.caFile = idp.value(QStringLiteral("caFile")).toString();
    const QJsonObject map = idp.value(QStringLiteral("roleMapping")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        p.identityProvider.roleMapping[it.key()] = strings(it.value());
    p.serviceAdminGroups = strings(root.value(QStringLiteral("service")).toObject().value(QStringLiteral("adminGroups")));
    const QJsonObject ac = root.value(QStringLiteral("auditCollector")).toObject();
    p.auditCollector.host = ac.value(QStringLiteral("host")).toString();
    p.auditCollector.port = ac.value(QStringLiteral("port")).toInt(6514);
    p.auditCollector.caFile = ac.value(QStringLiteral("caFile")).toString();
    const QJsonObject ceiling = ac.value(QStringLiteral("backlogCeiling")).toObject();
    p.auditCollector.backlogCeilingRecords = ceiling.value(QStringLiteral("records")).toInteger(0);
    p.auditCollector.backlogCeilingSeconds = qint64(ceiling.value(QStringLiteral("hours")).toDouble(0) * 3600);
    p.pacs = root.value(QStringLiteral("pacs")).toObject();
    p.pacsNodes = parsePacsNodes(p.pacs);
    for (const QJsonValue& v : root.value(QStringLiteral("deidentification")).toObject().value(QStringLiteral("projects")).toArray()) {
        const QJsonObject d = v.toObject();
        p.deidProjects.push_back({d.value(QStringLiteral("name")).toString(), d.value(QStringLiteral("description")).toString(),
                                  d.value(QStringLiteral("minimumK")).toInt(1), strings(d.value(QStringLiteral("options"))),
                                  strings(d.value(QStringLiteral("roles")))});
    }
    p.aiGovernance = root.value(QStringLiteral("aiGovernance")).toObject();
    p.compliance = root.value(QStringLiteral("compliance")).toObject();
    return p;
}

#ifdef Q_OS_UNIX
QString userName(uid_t uid)
{
    if (const passwd* pw = getpwuid(uid); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(uid);
}

// One opened file or folder: owned by root, no group/other write (folders:
// unless sticky, like /tmp). Checked on the descriptor, so what is checked
// is what is read.
QString protectionProblem(int fd, const QString& path, bool isFolder)
{
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        return Text::tr("%1 cannot be examined").arg(path);
    if (!isFolder && !S_ISREG(st.st_mode))
        return Text::tr("%1 is not a regular file").arg(path);
    if (st.st_uid != 0)
        return Text::tr("%1 is owned by %2, not by root, so that user can change the policy").arg(path, userName(st.st_uid));
    const bool sticky = isFolder && (st.st_mode & S_ISVTX);
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) && !sticky)
        return Text::tr("%1 is writable by %2").arg(path, (st.st_mode & S_IWOTH) ? Text::tr("every user") : Text::tr("its group"));
    return {};
}

struct Fd
{
    int fd = -1;
    explicit Fd(int f) : fd(f) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Walks from "/" to the file with openat(), never following a symbolic
// link (O_NOFOLLOW on every step), checks each folder and then the file on
// their open descriptors, and reads the file from the descriptor that was
// checked. Nothing is looked up by name twice, so a link flipped between a
// check and the read has nothing to redirect.
Result<QByteArray> readProtected(const QString& path)
{
    const QString absolute = QDir::cleanPath(QDir(path).absolutePath());
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error{Text::tr("%1 is not a file").arg(path)};
    auto dir = std::make_unique<Fd>(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    QString walked = QStringLiteral("/");
    if (dir->fd < 0)
        return Error{Text::tr("/ cannot be opened")};
    if (QString p = protectionProblem(dir->fd, walked, true); !p.isEmpty())
        return Error{p};
    for (int i = 0; i < parts.size() - 1; ++i) {
        walked = QDir::cleanPath(walked + QLatin1Char('/') + parts[i]);
        auto next = std::make_unique<Fd>(::openat(dir->fd, QFile::encodeName(parts[i]).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (next->fd < 0)
            return Error{errno == ELOOP || errno == ENOTDIR ? Text::tr("%1 is a symbolic link (or no folder); the policy is read only through real folders").arg(walked)
                                                            : Text::tr("%1 cannot be opened").arg(walked)};
        if (QString p = protectionProblem(next->fd, walked, true); !p.isEmpty())
            return Error{p};
        dir = std::move(next);
    }
    Fd file(::openat(dir->fd, QFile::encodeName(parts.last()).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (file.fd < 0) {
        if (errno == ENOENT)
            return Error{Text::tr("%1 does not exist").arg(absolute)};
        return Error{errno == ELOOP ? Text::tr("%1 is a symbolic link; the policy file itself must be there, not a link to it").arg(absolute)
                                    : Text::tr("%1 cannot be opened: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (QString p = protectionProblem(file.fd, absolute, false); !p.isEmpty())
        return Error{p};
    QByteArray content;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return Error{Text::tr("%1 could not be read: %2").arg(absolute, QString::fromLocal8Bit(std::strerror(errno)))};
        if (n == 0)
            break;
        content.append(buffer, n);
        if (content.size() > 4 * 1024 * 1024)
            return Error{Text::tr("%1 is larger than 4 MiB, which is no policy file").arg(absolute)};
    }
    return content;
}
#endif

#ifdef Q_OS_WIN
Result<QByteArray> readProtected(const QString& path)
{
    const auto read = win::readProtectedPolicyFile(QDir::toNativeSeparators(QDir(path).absolutePath()).toStdWString());
    if (!read.problem.empty())
        return Error{QString::fromStdWString(read.problem)};
    return QByteArray::fromStdString(read.content);
}
#endif

#ifdef Q_OS_MACOS
// The managed-preferences domain com.custos.viewer (a configuration profile
// pushed by the MDM, installer/macos/com.custos.viewer.mobileconfig): its
// PolicyJSON, only when forced by the profile. A value a user set in their
// own preferences is not forced and is never read.
std::optional<QByteArray> managedPolicyJson()
{
    const CFStringRef key = CFSTR("PolicyJSON");
    const CFStringRef domain = CFSTR("com.custos.viewer");
    if (!CFPreferencesAppValueIsForced(key, domain))
        return std::nullopt;
    CFPropertyListRef value = CFPreferencesCopyAppValue(key, domain);
    if (!value)
        return std::nullopt;
    std::optional<QByteArray> out;
    if (CFGetTypeID(value) == CFStringGetTypeID())
        out = QString::fromCFString(static_cast<CFStringRef>(value)).toUtf8();
    CFRelease(value);
    return out;
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
        return Error{Text::tr("%1 line %2: not valid JSON: %3")
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
        errors << Text::tr("%1 line %2: %3: %4")
                      .arg(name)
                      .arg(lines.lineOf(p.path))
                      .arg(p.path.isEmpty() ? Text::tr("(top level)") : detail::clipped(p.path), p.message);
    }
    if (unlisted > 0)
        errors << Text::tr("%1: and %2 more problems of the same kinds.").arg(name).arg(unlisted);
    if (!errors.isEmpty())
        return Error{errors.join(QLatin1Char('\n'))};
    return build(doc.object(), name);
}

Result<void> checkPolicyFileProtection(const QString& path)
{
    if (auto read = readProtectedPolicyFile(path); !read)
        return read.error();
    return {};
}

Result<QByteArray> readProtectedPolicyFile(const QString& path)
{
    auto read = readProtected(path);
    if (!read)
        return Error{Text::tr("The site policy %1 is refused: %2. Only an administrator may be able to change it: "
                       "make it and its folders owned by root and not writable by others (chmod 644 file, 755 folders), "
                       "with no symbolic link on the way.")
                         .arg(path, read.errorMessage())};
    return read;
}

Result<Policy> loadPolicyFileUnchecked(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("The site policy %1 cannot be read: %2").arg(path, f.errorString())};
    return parsePolicy(f.readAll(), QFileInfo(path).fileName());
}

Result<Policy> loadPolicyFile(const QString& path)
{
    // One open, checked on its descriptor, read from it: no second lookup by name.
    auto content = readProtectedPolicyFile(path);
    if (!content)
        return content.error();
    auto p = parsePolicy(content.value(), QFileInfo(path).fileName());
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
        value.source = Text::tr("built-in default policy");
        return std::make_shared<const Policy>(std::move(value));
    }();
    return policy;
}

QByteArray exampleSitePolicyJson() { return resource(QStringLiteral("example-site-policy.json")); }

bool siteMode()
{
#ifdef Q_OS_MACOS
    if (managedPolicyJson())
        return true;
#endif
    const QFileInfo installed(systemPolicyPath());
    return installed.exists() || installed.isSymLink(); // a link there is still IT's place, and refused when read
}

QString siteModeRefusal(const QString& what, const QString& because)
{
    return Text::tr("%1 is refused: a site policy is installed on this computer (%2), so %3 Ask your IT department if you need something else.")
        .arg(what, systemPolicyPath(), because);
}

Result<void> checkSiteModeChoices(const SiteModeChoices& choices)
{
    if (!siteMode())
        return {};
    QStringList refused;
    if (qEnvironmentVariableIsSet("CUSTOS_POLICY_FILE"))
        refused << siteModeRefusal(QStringLiteral("CUSTOS_POLICY_FILE"), Text::tr("the installed policy is the only one that applies."));
    if (qEnvironmentVariableIsSet("CUSTOS_DATA_DIR"))
        refused << siteModeRefusal(QStringLiteral("CUSTOS_DATA_DIR"),
                                   Text::tr("Custos keeps its accounts, audit trail and records where the site decided, not in a folder of your choice."));
    if (choices.dataDirOption)
        refused << siteModeRefusal(QStringLiteral("--data-dir"),
                                   Text::tr("Custos keeps its accounts, audit trail and records where the site decided, not in a folder of your choice."));
    if (choices.demo)
        refused << siteModeRefusal(QStringLiteral("--demo"), Text::tr("the demo's accounts with public passwords have no place on a clinical workstation."));
    for (const QString& option : choices.identityOptions)
        refused << siteModeRefusal(option, Text::tr("the identity provider and how its groups become roles come only from the site policy "
                                             "(identityProvider), never from a command line."));
    for (const QString& key : choices.identitySettings)
        refused << siteModeRefusal(QStringLiteral("settings.ini [sso] %1").arg(key),
                                   Text::tr("the identity provider and how its groups become roles come only from the site policy "
                                     "(identityProvider), never from a settings file; remove the setting."));
    if (!refused.isEmpty())
        return Error{refused.join(QLatin1Char('\n'))};
    return {};
}

Result<std::shared_ptr<const Policy>> loadSitePolicy()
{
    const bool site = siteMode();
    const PolicySource source = policySource();
    if (site && source.fromEnvironment)
        return Error{siteModeRefusal(QStringLiteral("CUSTOS_POLICY_FILE"), Text::tr("the installed policy is the only one that applies."))};
#ifdef Q_OS_MACOS
    if (auto managed = managedPolicyJson()) {
        auto p = parsePolicy(*managed, QStringLiteral("com.custos.viewer PolicyJSON"));
        if (!p)
            return p.error();
        p.value().source = Text::tr("managed preferences (com.custos.viewer)");
        return std::make_shared<const Policy>(std::move(p).value());
    }
#endif
    if (!source.fromEnvironment && !site)
        return builtInDefaultPolicy();
    auto p = loadPolicyFile(source.path);
    if (!p)
        return p.error();
    return std::make_shared<const Policy>(std::move(p).value());
}

Result<auth::OidcConfig> identityProviderConfig(const Policy& policy, bool siteModeRules)
{
    const IdentityProviderPolicy& idp = policy.identityProvider;
    if (!idp.configured())
        return Error{Text::tr("The site policy %1 names no identity provider (identityProvider.issuer and clientId), so single sign-on is not available.")
                         .arg(policy.source)};
    auth::OidcConfig config;
    config.issuer = QUrl(idp.issuer);
    if (siteModeRules && config.issuer.scheme() != QLatin1String("https"))
        return Error{Text::tr("The identity provider %1 is refused: at a site, single sign-on uses https only, "
                       "so nobody on the network or on this computer can stand in for the provider.")
                         .arg(idp.issuer)};
    config.clientId = idp.clientId;
    if (!idp.scopes.isEmpty())
        config.scopes = idp.scopes;
    // Tokens stay in memory for the session: no refresh token is asked for.
    config.scopes.removeAll(QStringLiteral("offline_access"));
    if (!idp.rolesClaim.isEmpty())
        config.rolesClaim = idp.rolesClaim;
    if (config.rolesClaim == QLatin1String("groups") && !config.scopes.contains(QStringLiteral("groups")))
        config.scopes << QStringLiteral("groups");
    config.roleMapping = idp.roleMapping;
    config.requiredAcr = idp.requiredAcr;
    if (!idp.requiredAmr.isEmpty())
        config.mfaAmrValues = idp.requiredAmr;
    config.caFile = idp.caFile;
    if (auto valid = config.validate(); !valid)
        return Error{Text::tr("The site policy's identity provider cannot be used: %1").arg(valid.errorMessage())};
    return config;
}

} // namespace custos::policy
