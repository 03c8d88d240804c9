// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_compliance.h"

#include "app/cli/cli_guard.h"
#include "app/cli/cli_session.h"
#include "app/cli/cli_users.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/audit/audit_log.h"
#include "core/auth/oidc_client.h"
#include "core/policy/break_glass.h"
#include "core/policy/policy_loader.h"
#include "core/policy/training.h"

#include <QCborArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

QString iso(const QDateTime& d) { return d.isValid() ? d.toUTC().toString(Qt::ISODate) : QStringLiteral("-"); }

void printGrants(const std::vector<policy::BreakGlassGrant>& grants, bool json)
{
    if (json) {
        QJsonArray list;
        for (const policy::BreakGlassGrant& g : grants)
            list.append(policy::BreakGlassRegistry::grantToJson(g));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("grants"), list}}).toJson()));
        return;
    }
    if (grants.empty()) {
        printOut(t("No emergency accesses.\n"));
        return;
    }
    for (const policy::BreakGlassGrant& g : grants)
        printOut(QStringLiteral("%1  %2  %3  %4  %5 .. %6  %7\n")
                     .arg(g.id, g.userSubject, g.category, g.studyUid, iso(g.startedAt), iso(g.endedAt.isValid() ? g.endedAt : g.expiresAt),
                          g.origin.isEmpty() ? QStringLiteral("-") : g.origin));
}

// The signed-in person's ticket set on `services` (site mode), if any:
// reads are decided by custosd, which also records a refusal, so a request
// goes there even without one.
void useSavedTicket(app::Services& services)
{
    if (auto site = siteSignIn(services); !site)
        printErr(site.errorMessage() + QLatin1Char('\n'));
}

} // namespace

int runBreakGlass(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), t("Print JSON."));
    const QCommandLineOption study(QStringLiteral("study"), t("start: the Study Instance UID."), QStringLiteral("UID"));
    const QCommandLineOption category(QStringLiteral("category"), t("start: the kind of emergency (one of the site policy's categories)."), QStringLiteral("C"));
    const QCommandLineOption reason(QStringLiteral("reason"), t("start: what the emergency is (reviewed afterwards)."), QStringLiteral("TEXT"));
    const QCommandLineOption action(QStringLiteral("action"), t("start: an action asked for (default ViewStudy); may be repeated."), QStringLiteral("A"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), t("start: read your password from standard input (one line)."));
    const QCommandLineOption otp(QStringLiteral("otp"), t("start: the one-time code of your authenticator."), QStringLiteral("CODE"));
    const QCommandLineOption verdict(QStringLiteral("verdict"), t("review: justified, not-justified or follow-up."), QStringLiteral("V"));
    const QCommandLineOption note(QStringLiteral("note"), t("review: what you found."), QStringLiteral("TEXT"));
    const QCommandLineOption browser(QStringLiteral("browser-command"),
                                     t("start, single sign-on: open the sign-in page with CMD ({url} is replaced) instead of the system browser."),
                                     QStringLiteral("CMD"));
    parser.addOptions({json, study, category, reason, action, passwordStdin, otp, verdict, note, browser});
    parser.addPositionalArgument(QStringLiteral("start|status|end GRANT|queue|review GRANT"), t("What to do."));
    if (auto done = parseCommand(parser, QStringLiteral("break-glass"), args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    const QString sub = pos.value(0);
    const bool oneArg = pos.size() == 1, twoArgs = pos.size() == 2;
    if (!((sub == QLatin1String("start") && oneArg) || (sub == QLatin1String("status") && oneArg) || (sub == QLatin1String("queue") && oneArg)
          || (sub == QLatin1String("end") && twoArgs) || (sub == QLatin1String("review") && twoArgs))) {
        printErr(t("Usage: custos-cli break-glass start --study UID --category C --reason TEXT [--action A] [--password-stdin] [--otp CODE]\n"
                   "                              [--browser-command CMD]   (single sign-on: the provider asks again)\n"
                   "                              | status | end GRANT | queue | review GRANT --verdict V --note TEXT\n"));
        return UsageError;
    }
    auto services = openServices(global, false);
    auto g = openGuard(services);
    if (!g) {
        printErr(g.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    policy::BreakGlassRegistry* registry = g.value()->state.breakGlass.get();
    if (!registry) {
        printErr(t("Emergency access is not available here (no protected storage for the grants).\n"));
        return Refused;
    }
    const bool site = services->siteMode();
    auto signIn = savedSignIn(*services);
    const auth::Identity who = signIn && signIn.value() ? *signIn.value() : auth::Identity{};

    if (sub == QLatin1String("queue") || sub == QLatin1String("review")) {
        // Personal mode decides here; site mode asks custosd, whose Guard
        // decides and records the read (or the refusal) itself.
        if (!site) {
            policy::Subject subject;
            subject.description = QStringLiteral("custos-cli break-glass ") + sub;
            if (auto refused = g.value()->require(policy::Action::ReviewBreakGlass, subject, subject.description))
                return *refused;
        }
        if (sub == QLatin1String("queue")) {
            const auto waiting = registry->awaitingReview();
            if (!registry->remoteProblem().isEmpty()) {
                printErr(registry->remoteProblem() + QLatin1Char('\n'));
                return Refused;
            }
            printGrants(waiting, parser.isSet(json));
            return Success;
        }
        const policy::BreakGlassVerdict v = policy::verdictFromCode(parser.value(verdict));
        if (v == policy::BreakGlassVerdict::Unstated) {
            printErr(t("Give the verdict: --verdict justified, not-justified or follow-up.\n"));
            return UsageError;
        }
        if (auto done = registry->recordReview(pos[1], who, parser.value(note), v); !done) {
            printErr(done.errorMessage() + QLatin1Char('\n'));
            return Refused;
        }
        printOut(t("Review of %1 recorded.\n").arg(pos[1]));
        return Success;
    }

    if (!who.valid()) {
        printErr((signIn ? t("Not signed in. Sign in with custos-cli login.") : signIn.errorMessage()) + QLatin1Char('\n'));
        return Refused;
    }
    if (sub == QLatin1String("status")) {
        std::vector<policy::BreakGlassGrant> own;
        // Site mode: custosd answers with the ticket holder's own grants only.
        for (const policy::BreakGlassGrant& grant : registry->grants())
            if (site || grant.userSubject == who.subject)
                own.push_back(grant);
        if (!registry->remoteProblem().isEmpty()) {
            printErr(registry->remoteProblem() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printGrants(own, parser.isSet(json));
        return Success;
    }
    if (sub == QLatin1String("end")) {
        if (auto done = registry->end(pos[1], t("ended by the user")); !done) {
            printErr(done.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printOut(t("Emergency access %1 ended.\n").arg(pos[1]));
        return Success;
    }
    // start
    if (!site) {
        printErr(t("Without a site policy, ask for emergency access in the viewer.\n"));
        return UsageError;
    }
    if (!parser.isSet(study) || !parser.isSet(category) || !parser.isSet(reason)) {
        printErr(t("break-glass start needs --study, --category and --reason.\n"));
        return UsageError;
    }
    auto client = std::static_pointer_cast<app::SiteCompliance>(g.value()->state.keepAlive);
    if (!client || (who.method != auth::AuthMethod::LocalAccount && who.method != auth::AuthMethod::OpenIdConnect)) {
        printErr(t("Emergency access needs a fresh sign-in, which is possible here for local accounts and single sign-on only.\n"));
        return Refused;
    }
    Result<auth::Identity> fresh = Error{};
    if (who.method == auth::AuthMethod::OpenIdConnect) {
        // The site's provider asks again (prompt=login, max_age=0); custosd
        // checks the answer (auth_time, the person, the second factor) and
        // issues a short ticket that only this request carries. The saved
        // sign-in stays as it is.
        auto config = siteProviderConfig(parser.value(browser));
        if (!config) {
            printErr(config.errorMessage() + QLatin1Char('\n'));
            return Refused;
        }
        auth::OidcClient oidc(config.value(), nullptr);
        announceSignInPage(oidc);
        Result<auth::Identity> provider = Error{};
        QEventLoop loop;
        oidc.reauthenticate(who.subject, false, [&](Result<auth::Identity> r) {
            provider = std::move(r);
            loop.quit();
        });
        loop.exec();
        if (!provider) {
            printErr(provider.errorMessage() + QLatin1Char('\n'));
            return SignInFailed;
        }
        QString code = parser.value(otp);
        if (provider.value().mfa == auth::MfaMethod::None && code.isEmpty())
            code = readSecret(t("The identity provider did not confirm a second factor. Custos one-time code: "), false).value_or(QString());
        fresh = client->reauthenticateSso(oidc.lastProof(), code);
    } else {
        auto password = readSecret(t("Password: "), parser.isSet(passwordStdin));
        if (!password || password->isEmpty()) {
            printErr(t("No password given.\n"));
            return UsageError;
        }
        QString code = parser.value(otp);
        if (code.isEmpty() && !parser.isSet(passwordStdin))
            code = readSecret(t("One-time code: "), false).value_or(QString());
        fresh = client->reauthenticateLocal(who.userName, *password, code);
        password->fill(QLatin1Char('\0'));
    }
    if (!fresh) {
        printErr(fresh.errorMessage() + QLatin1Char('\n'));
        return SignInFailed;
    }
    policy::BreakGlassRequest request;
    request.category = parser.value(category);
    request.reason = parser.value(reason);
    request.subject.studyUid = parser.value(study);
    for (const QString& a : parser.values(action)) {
        auto known = policy::actionFromName(a);
        if (!known) {
            printErr(t("Unknown action \"%1\".\n").arg(a));
            return UsageError;
        }
        request.actions.insert(*known);
    }
    auto grant = registry->start(who, fresh.value(), request);
    if (!grant) {
        printErr(grant.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    printOut(t("Emergency access %1 granted until %2.\n").arg(grant.value().id, iso(grant.value().expiresAt)));
    return Success;
}

int runTrainingRoster(const QStringList& args, const GlobalOptions& global)
{
    const bool json = args.contains(QStringLiteral("--json"));
    auto services = openServices(global, false);
    if (!services->siteMode()) {
        printErr(t("The training roster of a workstation is kept by the Custos service (site mode); without a site policy each "
                   "person's acknowledgements stay in their own data folder.\n"));
        return UsageError;
    }
    useSavedTicket(*services);
    app::SiteCompliance site(services);
    auto r = site.call(QStringLiteral("training"), QStringLiteral("roster"));
    if (!r) {
        printErr(r.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    const auto acks = app::acknowledgementsFromCbor(r.value().value(QStringLiteral("acknowledgements")));
    if (json) {
        QJsonArray list;
        for (const policy::Acknowledgement& a : acks)
            list.append(QJsonObject{{QStringLiteral("subject"), a.userSubject},
                                    {QStringLiteral("module"), a.moduleId},
                                    {QStringLiteral("version"), a.version},
                                    {QStringLiteral("time"), a.time.toUTC().toString(Qt::ISODateWithMs)}});
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("acknowledgements"), list}}).toJson()));
        return Success;
    }
    if (acks.empty())
        printOut(t("No training acknowledged on this workstation yet.\n"));
    for (const policy::Acknowledgement& a : acks)
        printOut(QStringLiteral("%1  %2 v%3  %4\n").arg(a.userSubject, a.moduleId, a.version, iso(a.time)));
    return Success;
}

Result<std::vector<audit::Record>> readSiteTrail(const std::shared_ptr<app::Services>& services, const QDateTime& since)
{
    app::SiteCompliance site(services);
    std::vector<audit::Record> records;
    qint64 from = 1;
    for (;;) {
        QCborMap m;
        m.insert(QStringLiteral("from"), from);
        if (since.isValid())
            m.insert(QStringLiteral("since"), since.toUTC().toString(Qt::ISODateWithMs));
        auto page = site.call(QStringLiteral("auditQuery"), {}, m);
        if (!page)
            return page.error();
        for (const QCborValue& v : page.value().value(QStringLiteral("records")).toArray())
            if (auto r = audit::recordFromJson(v.toMap().toJsonObject()))
                records.push_back(std::move(r).value());
        const qint64 next = page.value().value(QStringLiteral("next")).toInteger(from);
        if (!page.value().value(QStringLiteral("more")).toBool() || next <= from)
            break;
        from = next;
    }
    return records;
}

int runSiteAuditShow(const GlobalOptions& global, const QDateTime& since, bool json)
{
    auto services = openServices(global, false);
    useSavedTicket(*services);
    auto read = readSiteTrail(services, since);
    if (!read) {
        printErr(read.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    const std::vector<audit::Record>& records = read.value();
    if (json) {
        QJsonArray arr;
        for (const auto& r : records)
            arr.append(audit::toJson(r));
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), arr}}).toJson()));
        return Success;
    }
    QString out;
    for (const auto& r : records) {
        QStringList objects;
        for (const auto& o : r.event.objects)
            objects << o.id;
        const QString who = r.event.participants.empty() ? QString() : r.event.participants.front().userId;
        out += QStringLiteral("%1  %2  %3 %4  %5  %6  %7\n")
                   .arg(r.seq, 6)
                   .arg(r.time.toUTC().toString(Qt::ISODateWithMs))
                   .arg(r.event.id.code, r.event.id.meaning)
                   .arg(r.event.outcome == audit::Outcome::Success ? t("success") : t("failure %1").arg(int(r.event.outcome)))
                   .arg(who)
                   .arg(objects.join(QLatin1Char(',')));
    }
    printOut(out);
    return Success;
}

} // namespace custos::cli
