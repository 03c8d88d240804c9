// SPDX-License-Identifier: Apache-2.0
// custos-cli policy: what the site policy says, and whether a draft is valid.
// Showing the policy needs no sign-in: it is readable by everyone on the
// machine anyway, and people follow rules they can read.

#include "app/cli/cli_policy.h"
#include "app/cli/cli_compliance.h"

#include "app/cli/cli_session.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/policy/policy_loader.h"
#include "core/policy/policy_state.h"
#include "core/policy/training.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

QStringList names(const QSet<policy::Action>& actions)
{
    QStringList out;
    for (policy::Action a : policy::allActions())
        if (actions.contains(a))
            out << policy::actionName(a);
    return out;
}

QString describe(const policy::Policy& p)
{
    QString s;
    s += t("Site policy: %1\n").arg(p.source);
    if (!p.siteName.isEmpty())
        s += t("Site: %1\n").arg(p.siteName);
    s += t("Session: locks after %1 min idle, ends after %2 h; second factor %3.\n")
             .arg(p.session.idleTimeout.count() / 60)
             .arg(p.session.maxLength.count() / 3600)
             .arg(p.session.requireMfa ? t("required") : t("not required"));
    s += t("\nRoles:\n");
    for (const auto& [name, role] : p.roles) {
        s += QStringLiteral("  %1%2\n    %3\n")
                 .arg(name, role.deidentifiedOnly ? t(" (de-identified data only)") : QString(),
                      names(role.permissions).join(QStringLiteral(", ")));
    }
    s += t("\nBreak-glass: %1 min per grant; reason of at least %2 characters; categories: %3; covers: %4.\n")
             .arg(p.breakGlass.durationMinutes)
             .arg(p.breakGlass.minimumReasonLength)
             .arg(p.breakGlass.reasonCategories.join(QStringLiteral(", ")), names(p.breakGlass.eligibleActions).join(QStringLiteral(", ")));
    s += t("Training (renewed every %1 days):\n").arg(p.training.renewalDays);
    for (const policy::TrainingRequirement& m : p.training.modules) {
        const auto module = policy::trainingModule(m.moduleId);
        s += QStringLiteral("  %1 v%2 \"%3\" before: %4\n")
                 .arg(m.moduleId, m.version, module ? module.value().title : QString(), names(m.requiredFor).join(QStringLiteral(", ")));
    }
    s += t("Export destinations: %1\n")
             .arg(p.exportDestinations.isEmpty() ? t("none (no export to files)") : p.exportDestinations.join(QStringLiteral(", ")));
    s += t("Watermark: \"%1\" on %2\n").arg(p.watermark.text, names(p.watermark.appliesTo).join(QStringLiteral(", ")));
    s += t("Capture protection: %1\n").arg(policy::captureProtectionName(p.captureProtection));
    if (!p.identityProvider.issuer.isEmpty())
        s += t("Identity provider: %1 (client %2, roles from \"%3\")\n")
                 .arg(p.identityProvider.issuer, p.identityProvider.clientId, p.identityProvider.rolesClaim);
    if (!p.auditCollector.host.isEmpty())
        s += t("Audit collector: %1:%2\n").arg(p.auditCollector.host).arg(p.auditCollector.port);
    return s;
}

QJsonObject toJson(const policy::Policy& p)
{
    QJsonObject roles;
    for (const auto& [name, role] : p.roles)
        roles[name] = QJsonObject{{QStringLiteral("permissions"), QJsonArray::fromStringList(names(role.permissions))},
                                  {QStringLiteral("deidentifiedOnly"), role.deidentifiedOnly}};
    return QJsonObject{{QStringLiteral("source"), p.source},
                       {QStringLiteral("siteName"), p.siteName},
                       {QStringLiteral("roles"), roles},
                       {QStringLiteral("requireMfa"), p.session.requireMfa},
                       {QStringLiteral("exportDestinations"), QJsonArray::fromStringList(p.exportDestinations)}};
}

} // namespace

int runPolicy(const QStringList& args, const GlobalOptions& global)
{
    Q_UNUSED(global);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), t("Print JSON (show)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("show|validate FILE|example"), t("What to do."));
    if (auto done = parseCommand(parser, QStringLiteral("policy"), args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString sub = pos.value(0);
    if (sub == QLatin1String("show") && pos.size() == 1) {
        auto p = policy::loadSitePolicy();
        if (!p) {
            printErr(p.errorMessage() + QLatin1Char('\n') + t("Custos refuses patient-data actions until this is fixed.\n"));
            return PartialFailure;
        }
        printOut(parser.isSet(json) ? QString::fromUtf8(QJsonDocument(toJson(*p.value())).toJson()) : describe(*p.value()));
        return Success;
    }
    if (sub == QLatin1String("validate") && pos.size() == 2) {
        auto p = policy::loadPolicyFileUnchecked(pos[1]);
        if (!p) {
            printErr(p.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printOut(t("%1 is a valid site policy (%2 roles).\n").arg(pos[1]).arg(p.value().roles.size()));
        if (auto protectedFile = policy::checkPolicyFileProtection(pos[1]); !protectedFile)
            printOut(t("Note: deployed like this it would be refused: %1\n").arg(protectedFile.errorMessage()));
        return Success;
    }
    if (sub == QLatin1String("example") && pos.size() == 1) {
        printOut(QString::fromUtf8(policy::exampleSitePolicyJson()));
        return Success;
    }
    printErr(t("Usage: custos-cli policy show [--json] | validate FILE | example\n"));
    return UsageError;
}

int runTraining(const QStringList& args, const GlobalOptions& global)
{
    if (args.value(0) == QLatin1String("roster"))
        return runTrainingRoster(args.mid(1), global);
    QCommandLineParser parser;
    const QCommandLineOption answers(QStringLiteral("answers"), t("Your answers, one per question, 1-based: 2,3,1."), QStringLiteral("LIST"));
    parser.addOption(answers);
    parser.addPositionalArgument(QStringLiteral("list|show MODULE|take MODULE"), t("What to do."));
    if (auto done = parseCommand(parser, QStringLiteral("training"), args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString sub = pos.value(0);
    const bool list = sub == QLatin1String("list") && pos.size() == 1;
    const bool show = sub == QLatin1String("show") && pos.size() == 2;
    const bool take = sub == QLatin1String("take") && pos.size() == 2 && parser.isSet(answers);
    if (!list && !show && !take) {
        printErr(t("Usage: custos-cli training list | show MODULE | take MODULE --answers 2,3,1\n"));
        return UsageError;
    }
    if (show) {
        auto m = policy::trainingModule(pos[1]);
        if (!m) {
            printErr(m.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        QString text = QStringLiteral("%1 (version %2)\n%3\n").arg(m.value().title, m.value().version, m.value().summary);
        for (std::size_t q = 0; q < m.value().questions.size(); ++q) {
            text += QStringLiteral("\n%1. %2\n").arg(q + 1).arg(m.value().questions[q].text);
            for (int c = 0; c < m.value().questions[q].choices.size(); ++c)
                text += QStringLiteral("   %1) %2\n").arg(c + 1).arg(m.value().questions[q].choices[c]);
        }
        printOut(text);
        return Success;
    }
    auto services = openServices(global, false);
    if (!services->keys() && !services->siteMode()) // site mode: the acknowledgements are custosd's
        return PartialFailure;
    auto sitePolicy = policy::loadSitePolicy();
    if (!sitePolicy) {
        printErr(sitePolicy.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    auto signIn = savedSignIn(*services);
    if (!signIn || !signIn.value() || signIn.value()->expiresAt <= QDateTime::currentDateTimeUtc()) {
        printErr(t("Not signed in. Sign in with custos-cli login.\n"));
        return PartialFailure;
    }
    const auth::Identity& who = *signIn.value();
    auto record = [services](const audit::Event& e) { services->record(e); };
    auto state = app::openPolicyStateFor(services, sitePolicy.value(), record);
    if (!state) {
        printErr(state.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (list) {
        QString text;
        for (const policy::TrainingRequirement& req : sitePolicy.value()->training.modules) {
            const bool current = state.value().training->current(who.subject, req, sitePolicy.value()->training.renewalDays, now);
            text += QStringLiteral("%1 v%2: %3\n").arg(req.moduleId, req.version, current ? t("done") : t("required"));
        }
        printOut(text.isEmpty() ? t("This site requires no training.\n") : text);
        return Success;
    }
    auto m = policy::trainingModule(pos[1]);
    if (!m) {
        printErr(m.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    std::vector<int> given;
    for (const QString& a : parser.value(answers).split(QLatin1Char(','), Qt::SkipEmptyParts))
        given.push_back(a.trimmed().toInt() - 1);
    if (auto r = policy::acknowledge(*state.value().training, m.value(), who, given, now, record); !r) {
        printErr(r.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    printOut(t("Thank you: \"%1\" (version %2) is recorded for %3.\n").arg(m.value().title, m.value().version, who.userName));
    return Success;
}

} // namespace custos::cli
