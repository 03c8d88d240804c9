// SPDX-License-Identifier: Apache-2.0
// custos-cli pacs: the command line's way to a PACS the site policy names,
// with the same rules as the viewer. Who asks is the saved sign-in
// (cliRequester), the Guard decides and records before a byte goes out:
// QueryPacs (DICOM Query 110112, with the node and every key), RetrieveStudy
// (110104, then the outcome with node, study UID and instance count),
// SendToPacs (110104 per study). A refusal is exit 3 and nothing is sent or
// kept. Query and retrieval run through core/study, as in the viewer.

#include "app/cli/cli_pacs.h"

#include "app/cli/cli_guard.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/dicom/scanner.h"
#include "core/export/pacs_send.h"
#include "core/pacs/dicomweb_client.h"
#include "core/pacs/dimse_client.h"
#include "core/pacs/pacs_credentials.h"
#include "core/pacs/retrieved_study.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/policy/policy_state.h"
#include "core/study/pacs_access.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

// The Guard as custos-cli export builds it: the saved sign-in, the site
// policy, durable audit in site mode, the PHI gate.
struct PacsSession
{
    std::shared_ptr<app::Services> services;
    std::shared_ptr<const policy::Policy> policy;
    policy::PolicyState state;
    std::unique_ptr<policy::Guard> guard;
    const policy::PacsNode* node = nullptr;
    pacs::BasicCredentials basic; // "auth": "basic": from the person's keychain, memory only
};

std::optional<int> openSession(const GlobalOptions& global, const QString& nodeName, bool withCache, PacsSession& s)
{
    s.services = openServices(global, withCache);
    if (!s.services->keys()) {
        printErr(t("Nothing was done: without the keychain there is no sign-in and no audit trail.\n"));
        return Refused;
    }
    auto sitePolicy = policy::loadSitePolicy();
    if (!sitePolicy) {
        s.services->record(audit::events::securityAlert(s.services->user(), QStringLiteral("site policy refused: ") + sitePolicy.errorMessage()));
        printErr(sitePolicy.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    s.policy = sitePolicy.value();
    auto services = s.services;
    auto record = [services](const audit::Event& e) { services->record(e); };
    auto state = app::openPolicyStateFor(s.services, s.policy, record);
    if (!state) {
        printErr(state.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    s.state = std::move(state.value());
    QString problem;
    auto requester = cliRequester(*s.services, &problem);
    if (!problem.isEmpty())
        printErr(problem + QLatin1Char('\n'));
    s.guard = std::make_unique<policy::Guard>(policy::GuardParts{s.policy, std::move(requester), record, s.state.breakGlass.get(),
                                                                 s.state.training.get(), {}, s.services->durableSink(), s.services->phiGate()});
    s.node = s.policy->pacsNode(nodeName);
    if (!s.node) {
        QStringList known;
        for (const policy::PacsNode& n : s.policy->pacsNodes)
            known << n.name;
        printErr(known.isEmpty() ? t("The site policy (%1) names no PACS (pacs.nodes), so there is nothing to connect to.\n").arg(s.policy->source)
                                 : t("The site policy names no PACS \"%1\"; it names: %2.\n").arg(nodeName, known.join(QStringLiteral(", "))));
        return UsageError;
    }
    if (s.node->auth == policy::PacsAuth::Basic) {
        // None stored: the DICOMweb client says so, and how to store them, when it is asked.
        auto stored = pacs::CredentialStore(s.services->keyStore()).basic(s.node->name);
        if (!stored)
            printErr(stored.errorMessage() + QLatin1Char('\n'));
        else if (stored.value())
            s.basic = std::move(*stored.value());
    }
    return std::nullopt;
}

bool refused(const policy::Decision& d)
{
    if (d.allowed())
        return false;
    printErr(d.reason + QLatin1Char('\n'));
    if (d.kind == policy::Decision::Kind::NeedsTraining)
        printErr(t("Complete it in the viewer, then run the command again.\n"));
    return true;
}

// The outcome of an allowed action, after the fact: the Guard recorded the
// decision, this records what happened (how many instances, or why not).
void recordOutcome(PacsSession& s, policy::Action action, const policy::Subject& subject, const policy::Decision& d, bool ok, const QString& what)
{
    s.services->record(study::pacsOutcomeEvent(action, subject, s.guard->requester(), d, ok, what));
}

bool useDicomweb(const policy::PacsNode& node, bool forced) { return forced || !node.hasDimse(); }

QString protocolName(bool dicomweb) { return study::pacsProtocolName(dicomweb); }

// Query and retrieval are core/study's (the viewer's study browser runs the
// same code); the Guard is asked here, before them.
Result<std::vector<pacs::StudyMatch>> queryPacs(PacsSession& s, const pacs::QueryKeys& keys, bool dicomweb, int* exitCode)
{
    const policy::Subject subject = study::querySubject(*s.node, keys, dicomweb);
    const policy::Decision d = s.guard->request(policy::Action::QueryPacs, subject, {});
    if (refused(d)) {
        *exitCode = Refused;
        return Error{t("Nothing was asked of the PACS.")};
    }
    auto found = study::queryPacs(*s.node, keys, dicomweb, nullptr, s.basic);
    if (!found) {
        recordOutcome(s, policy::Action::QueryPacs, subject, d, false, QStringLiteral("query failed: ") + found.errorMessage());
        *exitCode = PartialFailure;
    }
    return found;
}

Result<int> retrieveStudy(PacsSession& s, const QString& studyUid, bool dicomweb, int* exitCode)
{
    const policy::Subject subject = study::retrieveSubject(*s.node, studyUid, dicomweb);
    const policy::Decision d = s.guard->request(policy::Action::RetrieveStudy, subject, {});
    if (refused(d)) {
        *exitCode = Refused;
        return Error{t("Nothing was retrieved.")};
    }
    if (!s.services->cache()) {
        *exitCode = PartialFailure;
        return Error{t("The encrypted cache is not available (%1), and a retrieved study is kept nowhere else.").arg(s.services->problem())};
    }
    study::RetrieveRequest request;
    request.node = *s.node;
    request.studyInstanceUid = studyUid;
    request.dicomweb = dicomweb;
    request.basic = s.basic;
    request.cache = s.services->cache();
    const study::PacsRetrieval got = study::retrieveFromPacs(request);
    recordOutcome(s, policy::Action::RetrieveStudy, got.subject, d, got.ok, got.outcome);
    if (!got.ok) {
        *exitCode = PartialFailure;
        return Error{got.error.message};
    }
    return got.instances;
}

// Sending is core/export's (the viewer's signed review leaves the same way):
// every study decided before anything leaves, then study by study.
Result<int> sendToPacs(PacsSession& s, const QStringList& paths, bool dicomweb, int* exitCode)
{
    const dicom::Catalog catalog = dicom::scanPaths(paths);
    if (catalog.instances.empty()) {
        *exitCode = PartialFailure;
        return Error{t("No DICOM files were found in the given paths; nothing was sent.")};
    }
    std::vector<pacs::StoreItem> items;
    for (const dicom::Instance& i : catalog.instances) {
        QFile file(i.filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode = PartialFailure;
            return Error{t("%1 cannot be read: %2").arg(i.filePath, file.errorString())};
        }
        items.push_back({QFileInfo(i.filePath).fileName(), file.readAll()});
    }
    auto planned = exports::planPacsSend(*s.node, dicomweb, std::move(items));
    if (!planned) {
        *exitCode = PartialFailure;
        return planned.error();
    }
    exports::PacsSend& send = planned.value();
    send.basic = s.basic; // DICOMweb "auth": "basic", from the keychain (memory only)
    const exports::PacsSendAuthorization allowed = exports::authorizePacsSend(*s.guard, send, {});
    if (!allowed.allowed) {
        printErr(allowed.reason + QLatin1Char('\n'));
        if (allowed.trainingNotCompleted)
            printErr(t("Complete it in the viewer, then run the command again.\n"));
        *exitCode = Refused;
        return Error{t("Nothing was sent.")};
    }
    const exports::PacsSendOutcome outcome = exports::transmitPacsSend(send);
    for (const audit::Event& e : exports::pacsSendEvents(send, outcome, s.guard->requester()))
        s.services->record(e);
    if (!outcome.complete) {
        *exitCode = PartialFailure;
        return Error{outcome.error};
    }
    return outcome.stored;
}

QJsonObject toJson(const pacs::StudyMatch& m)
{
    return {{QStringLiteral("studyInstanceUid"), m.studyInstanceUid}, {QStringLiteral("patientName"), m.patientName},
            {QStringLiteral("patientId"), m.patientId},             {QStringLiteral("patientBirthDate"), m.patientBirthDate},
            {QStringLiteral("studyDate"), m.studyDate},             {QStringLiteral("studyTime"), m.studyTime},
            {QStringLiteral("studyDescription"), m.studyDescription}, {QStringLiteral("accessionNumber"), m.accessionNumber},
            {QStringLiteral("modalities"), QJsonArray::fromStringList(m.modalities)},
            {QStringLiteral("numberOfSeries"), m.numberOfSeries},   {QStringLiteral("numberOfInstances"), m.numberOfInstances}};
}

QString usageText()
{
    return t("Usage: custos-cli pacs echo --node NAME\n"
             "       custos-cli pacs find --node NAME [--patient-id ID] [--patient-name PATTERN]\n"
             "                            [--date YYYYMMDD[-YYYYMMDD]] [--modality M] [--accession A] [--json]\n"
             "       custos-cli pacs get --node NAME --study UID\n"
             "       custos-cli pacs send --node NAME FILES...\n"
             "       custos-cli pacs login --node NAME --user USER   (the password from standard input)\n"
             "       custos-cli pacs logout --node NAME\n"
             "Add --dicomweb to use the node's DICOMweb address instead of DICOM TLS.\n");
}

// pacs login / logout: the person's own user name and password for a
// DICOMweb node with "auth": "basic", kept in their OS keychain (the data
// directory's scope, as the viewer reads it). No patient data passes, so
// no session is needed; the record says that credentials changed, never
// what they are.
int runCredentials(const QString& sub, const GlobalOptions& global, const QString& nodeName, const QString& user)
{
    auto services = openServices(global, false);
    if (!services->keyStore() || !services->keys()) {
        printErr(t("Nothing was stored: there is no usable keychain, and a PACS password is kept nowhere else.\n"));
        return Refused;
    }
    auto sitePolicy = policy::loadSitePolicy();
    if (!sitePolicy) {
        printErr(sitePolicy.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    const policy::PacsNode* node = sitePolicy.value()->pacsNode(nodeName);
    if (!node) {
        printErr(t("The site policy names no PACS \"%1\".\n").arg(nodeName));
        return UsageError;
    }
    pacs::CredentialStore store(services->keyStore());
    if (sub == QLatin1String("logout")) {
        if (auto removed = store.forgetBasic(node->name); !removed) {
            printErr(removed.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        services->record(audit::events::securityAlert(services->user(), QStringLiteral("PACS credentials removed from the keychain for node %1").arg(node->name),
                                                      audit::Outcome::Success));
        printOut(t("The user name and password for \"%1\" are no longer in your keychain.\n").arg(node->name));
        return Success;
    }
    if (node->auth != policy::PacsAuth::Basic) {
        printErr(t("The site policy does not sign in to the PACS \"%1\" with a user name and password (its \"auth\" is \"%2\"); nothing was stored.\n")
                     .arg(node->name, policy::pacsAuthName(node->auth)));
        return UsageError;
    }
    // At a terminal: asked without echo; piped: the first line of standard input.
    QString password = stdinIsTerminal() ? askHidden(t("PACS password for %1 on \"%2\": ").arg(user, node->name)) : readLine();
    pacs::BasicCredentials credentials{user, password};
    password.fill(QLatin1Char('\0'));
    auto stored = store.storeBasic(node->name, credentials);
    credentials.password.fill(QLatin1Char('\0'));
    if (!stored) {
        printErr(stored.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    services->record(audit::events::securityAlert(services->user(), QStringLiteral("PACS credentials stored in the keychain for node %1 (PACS user %2)").arg(node->name, user),
                                                  audit::Outcome::Success));
    printOut(t("The user name and password for \"%1\" are in your keychain (%2).\n").arg(node->name, store.keychainName()));
    return Success;
}

} // namespace

int runPacs(const QStringList& args, const GlobalOptions& global)
{
    if (args.isEmpty()
        || !QStringList{QStringLiteral("echo"), QStringLiteral("find"), QStringLiteral("get"), QStringLiteral("send"), QStringLiteral("login"),
                        QStringLiteral("logout")}
                .contains(args.front())) {
        printErr(usageText());
        return UsageError;
    }
    const QString sub = args.front();
    QCommandLineParser parser;
    const QCommandLineOption node(QStringLiteral("node"), t("The PACS, by its name in the site policy."), QStringLiteral("NAME"));
    const QCommandLineOption dicomweb(QStringLiteral("dicomweb"), t("Use DICOMweb instead of DICOM TLS."));
    const QCommandLineOption patientId(QStringLiteral("patient-id"), t("Patient ID."), QStringLiteral("ID"));
    const QCommandLineOption patientName(QStringLiteral("patient-name"), t("Patient name; * and ? are wildcards."), QStringLiteral("PATTERN"));
    const QCommandLineOption date(QStringLiteral("date"), t("Study date YYYYMMDD or range YYYYMMDD-YYYYMMDD."), QStringLiteral("DATE"));
    const QCommandLineOption modality(QStringLiteral("modality"), t("Modality (CT, MR, ...)."), QStringLiteral("M"));
    const QCommandLineOption accession(QStringLiteral("accession"), t("Accession number."), QStringLiteral("A"));
    const QCommandLineOption json(QStringLiteral("json"), t("Print the matches as JSON."));
    const QCommandLineOption study(QStringLiteral("study"), t("The study instance UID to retrieve."), QStringLiteral("UID"));
    const QCommandLineOption user(QStringLiteral("user"), t("Your user name at the PACS."), QStringLiteral("USER"));
    const bool credentials = sub == QLatin1String("login") || sub == QLatin1String("logout");
    if (credentials) {
        parser.addOption(node);
        if (sub == QLatin1String("login"))
            parser.addOption(user);
        if (auto done = parseCommand(parser, QStringLiteral("pacs ") + sub, args.mid(1)))
            return *done;
        if (!parser.isSet(node) || (sub == QLatin1String("login") && parser.value(user).isEmpty()) || !parser.positionalArguments().isEmpty()) {
            printErr(usageText());
            return UsageError;
        }
        return runCredentials(sub, global, parser.value(node), parser.value(user));
    }
    parser.addOptions({node, dicomweb});
    if (sub == QLatin1String("find"))
        parser.addOptions({patientId, patientName, date, modality, accession, json});
    if (sub == QLatin1String("get"))
        parser.addOption(study);
    if (sub == QLatin1String("send"))
        parser.addPositionalArgument(QStringLiteral("FILES"), t("DICOM files or folders to send."), QStringLiteral("FILES..."));
    if (auto done = parseCommand(parser, QStringLiteral("pacs ") + sub, args.mid(1)))
        return *done;
    if (!parser.isSet(node) || (sub == QLatin1String("get") && !parser.isSet(study))
        || (sub == QLatin1String("send") && parser.positionalArguments().isEmpty())
        || (sub != QLatin1String("send") && !parser.positionalArguments().isEmpty())) {
        printErr(usageText());
        return UsageError;
    }
    pacs::QueryKeys keys;
    if (sub == QLatin1String("find")) {
        keys.patientId = parser.value(patientId);
        keys.patientName = parser.value(patientName);
        keys.studyDate = parser.value(date);
        keys.modality = parser.value(modality);
        keys.accessionNumber = parser.value(accession);
        if (const QString bad = pacs::checkQueryKeys(keys); !bad.isEmpty()) {
            printErr(bad + QLatin1Char('\n'));
            return UsageError;
        }
    }

    PacsSession s;
    if (auto failed = openSession(global, parser.value(node), sub == QLatin1String("get"), s))
        return *failed;
    const bool web = useDicomweb(*s.node, parser.isSet(dicomweb));
    int exitCode = Success;

    if (sub == QLatin1String("echo")) {
        // No patient data passes, but only a signed-in person learns whether the PACS answers.
        if (s.guard->requester().state != policy::Requester::State::Active) {
            printErr(t("You are not signed in; sign in with custos-cli login first.\n"));
            return Refused;
        }
        if (web) {
            pacs::DicomwebClient client(*s.node);
            client.setBasicCredentials(s.basic);
            auto answered = client.searchStudies([] {
                pacs::QueryKeys none;
                none.studyInstanceUid = QStringLiteral("1.2.3.4.5.6.7.8.9"); // matches nothing: a reachability check without patient data
                return none;
            }());
            if (!answered) {
                printErr(answered.errorMessage() + QLatin1Char('\n'));
                return PartialFailure;
            }
        } else if (auto echoed = pacs::DimseClient(*s.node).echo(); !echoed) {
            printErr(echoed.errorMessage() + QLatin1Char('\n'));
            return PartialFailure;
        }
        printOut(t("The PACS \"%1\" answers over %2.\n").arg(s.node->name, protocolName(web)));
        return Success;
    }
    if (sub == QLatin1String("find")) {
        auto found = queryPacs(s, keys, web, &exitCode);
        if (!found) {
            printErr(found.errorMessage() + QLatin1Char('\n'));
            return exitCode;
        }
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const pacs::StudyMatch& m : found.value())
                list.append(toJson(m));
            printOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
            return Success;
        }
        printOut(t("%1 studies on \"%2\":\n").arg(found.value().size()).arg(s.node->name));
        for (const pacs::StudyMatch& m : found.value())
            printOut(QStringLiteral("  %1  %2  %3  %4  %5  %6 series, %7 instances  %8\n")
                         .arg(m.studyDate, m.patientId, m.patientName, m.modalities.join(QLatin1Char('/')), m.accessionNumber)
                         .arg(m.numberOfSeries)
                         .arg(m.numberOfInstances)
                         .arg(m.studyInstanceUid));
        return Success;
    }
    if (sub == QLatin1String("get")) {
        auto got = retrieveStudy(s, parser.value(study), web, &exitCode);
        if (!got) {
            printErr(got.errorMessage() + QLatin1Char('\n'));
            return exitCode;
        }
        printOut(t("Retrieved %1 instances from \"%2\" into the encrypted cache.\n").arg(got.value()).arg(s.node->name));
        return Success;
    }
    auto sent = sendToPacs(s, parser.positionalArguments(), web, &exitCode);
    if (!sent) {
        printErr(sent.errorMessage() + QLatin1Char('\n'));
        return exitCode;
    }
    printOut(t("Sent %1 instances to \"%2\".\n").arg(sent.value()).arg(s.node->name));
    return Success;
}

} // namespace custos::cli
