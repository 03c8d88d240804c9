// SPDX-License-Identifier: Apache-2.0
// custos-cli export: the command line's way out for patient data, through
// the same Guard as the viewer. The saved sign-in says who asks, the site
// policy what they may, and every study's decision is in the audit trail
// before a byte is written. A refusal (exit 3) writes nothing; a role that
// sees de-identified data only gets de-identified files whatever it asked.

#include "app/cli/cli_export.h"

#include "app/cli/cli_export_png.h"
#include "app/cli/cli_guard.h"
#include "app/cli/cli_session.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/deid/deidentifier.h"
#include "core/deid/export_files.h"
#include "core/deid/research.h"
#include "core/export/dicom_writer.h"
#include "core/dicom/scanner.h"
#include "core/policy/guard.h"
#include "core/policy/policy_loader.h"
#include "core/policy/policy_state.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace custos::cli {

namespace {

QString t(const char* s) { return QCoreApplication::translate("cli", s); }

enum class Format { Dicom, Deid, Png };

} // namespace

int runExport(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), t("dicom (as stored), deid (de-identified DICOM) or png."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), t("The folder to write to (must be an export destination of the site policy)."), QStringLiteral("DIR"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), t("Why the data leaves Custos (recorded in the audit trail)."), QStringLiteral("TEXT"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     t("Research project of the site policy: its key keeps pseudonyms and UIDs the same in every export of the project."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption overrideRisk(QStringLiteral("override-risk"),
                                          t("Export although the residual-risk check refuses (needs OverrideDeidRisk; the reason is recorded)."),
                                          QStringLiteral("REASON"));
    const QCommandLineOption intoExisting(QStringLiteral("into-existing"),
                                          t("Add to an earlier export in the same folder; files already there (same SOP Instance UID) are not written twice."));
    parser.addOptions({format, out, purpose, project, overrideRisk, intoExisting});
    parser.addPositionalArgument(QStringLiteral("PATH"), t("DICOM files, folders or DICOMDIRs."), QStringLiteral("PATH..."));
    if (auto done = parseCommand(parser, QStringLiteral("export"), args))
        return *done;
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().isEmpty() || !parser.isSet(out)
        || !QStringList{QStringLiteral("dicom"), QStringLiteral("deid"), QStringLiteral("png")}.contains(formatName)) {
        printErr(t("Usage: custos-cli export --format dicom|deid|png PATH... --out DIR [--purpose TEXT]\n"
                   "       [--project NAME] [--override-risk REASON] [--into-existing]\n"));
        return UsageError;
    }
    const Format fmt = formatName == QLatin1String("deid") ? Format::Deid : formatName == QLatin1String("png") ? Format::Png : Format::Dicom;
    const policy::Action action = fmt == Format::Deid  ? policy::Action::ExportDeidentified
                                  : fmt == Format::Png ? policy::Action::ExportImage
                                                       : policy::Action::ExportDicom;
    const QString destination = QDir(parser.value(out)).absolutePath();

    auto services = openServices(global, false);
    if (!services->keys()) {
        printErr(t("Nothing was exported: without the keychain there is no sign-in and no audit trail.\n"));
        return Refused;
    }
    auto sitePolicy = policy::loadSitePolicy();
    if (!sitePolicy) {
        services->record(audit::events::securityAlert(services->user(), QStringLiteral("site policy refused: ") + sitePolicy.errorMessage()));
        printErr(sitePolicy.errorMessage() + QLatin1Char('\n') + t("Nothing was exported.\n"));
        return Refused;
    }
    auto signIn = savedSignIn(*services);
    if (!signIn) {
        printErr(signIn.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    auto record = [services](const audit::Event& e) { services->record(e); };
    auto state = app::openPolicyStateFor(services, sitePolicy.value(), record);
    if (!state) {
        printErr(state.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    policy::Guard guard({sitePolicy.value(), policy::signInRequester(signIn.value().value_or(auth::Identity{})), record,
                         state.value().breakGlass.get(), state.value().training.get(), {}, services->durableSink(), services->phiGate()});

    // A research project: its options, minimum k and key.
    deid::ExportSettings settings;
    settings.intoExisting = parser.isSet(intoExisting);
    settings.application = QStringLiteral("Custos %1 (custos-cli)").arg(QCoreApplication::applicationVersion());
    {
        const auth::Identity who = guard.requester().identity;
        settings.person = who.displayName.isEmpty() ? who.userName : QStringLiteral("%1 (%2)").arg(who.displayName, who.userName);
    }
    if (parser.isSet(project)) {
        if (fmt == Format::Png) {
            printErr(t("--project applies to de-identified DICOM exports, not to images; nothing was exported.\n"));
            return UsageError;
        }
        const QString name = parser.value(project);
        const policy::DeidProject* p = sitePolicy.value()->deidProject(name);
        if (!p) {
            QStringList known;
            for (const policy::DeidProject& d : sitePolicy.value()->deidProjects)
                known << d.name;
            printErr(t("The site policy names no research project \"%1\" (projects: %2); nothing was exported.\n")
                         .arg(name, known.isEmpty() ? t("none") : known.join(QStringLiteral(", "))));
            return Refused;
        }
        if (!p->roles.isEmpty()) {
            bool member = false;
            for (const QString& role : guard.requester().identity.roles)
                member = member || p->roles.contains(role);
            if (!member) {
                services->record(audit::events::securityAlert(services->user(),
                                                              QStringLiteral("de-identified export under project %1 refused: role not in the project").arg(name)));
                printErr(t("Your roles may not export under the project \"%1\" (the site policy allows: %2); nothing was exported.\n")
                             .arg(name, p->roles.join(QStringLiteral(", "))));
                return Refused;
            }
        }
        if (services->siteMode()) {
            // The project key must be held by custosd, which computes the
            // pseudonyms for an allowed ticket; it does not hold project keys
            // yet, and a key in this person's keychain would let each person
            // make their own "project" mapping.
            printErr(t("Project exports are not available in site mode yet: the project key must be held by the Custos service "
                       "(custosd), which does not hold project keys in this version. Nothing was exported. An export without "
                       "--project uses a one-time key.\n"));
            return Refused;
        }
        auto options = deid::optionsFromNames(p->options);
        if (!options) {
            printErr(options.errorMessage() + QLatin1Char('\n') + t("Nothing was exported.\n"));
            return Refused;
        }
        auto key = services->keys()->macKey(QStringLiteral("deid-project/") + name);
        if (!key) {
            printErr(t("The key of project \"%1\" could not be read from or made in your keychain: %2\nNothing was exported.\n")
                         .arg(name, key.errorMessage()));
            return Refused;
        }
        settings.options = options.value();
        settings.projectKey = key.value();
        settings.project = name;
        settings.minimumK = p->minimumK;
        settings.keyHolder = QStringLiteral("personal mode: the key is kept in the exporting person's keychain (%1), not held by the site")
                                 .arg(services->user());
        printOut(t("Project \"%1\", personal mode: its key is in your keychain, not held by the site's service.\n").arg(name));
    }
    if (parser.isSet(overrideRisk) && parser.value(overrideRisk).trimmed().size() < 10) {
        printErr(t("--override-risk needs a reason of at least 10 characters; nothing was exported.\n"));
        return UsageError;
    }

    const dicom::Catalog catalog = dicom::scanPaths(parser.positionalArguments());
    for (const dicom::FileError& e : catalog.errors)
        settings.scanned.push_back({e.file, deid::AccountedInput::Status::Unreadable, {}, e.message});
    for (const dicom::DuplicateFile& d : catalog.duplicates)
        settings.scanned.push_back({d.file, deid::AccountedInput::Status::Duplicate, d.sameAs,
                                    t("the same SOP Instance UID as %1: written once").arg(d.sameAs)});
    if (catalog.instances.empty()) {
        printErr(t("No DICOM files were found in the given paths; nothing was exported.\n"));
        return PartialFailure;
    }
    // core/export asks the Guard for each study (each decision recorded).
    const std::vector<exports::StudyFiles> studies = exports::groupByStudy(
        catalog, destination,
        formatName + (settings.project.isEmpty() ? QString() : QStringLiteral(" for project ") + settings.project) + QStringLiteral(" (command line)"));
    const exports::StudyDecisions asked = exports::requestEach(guard, action, studies, parser.value(purpose));
    const std::vector<policy::Decision>& decisions = asked.decisions;
    if (!asked.allowed()) {
        printErr(decisions.back().reason + QLatin1Char('\n'));
        if (decisions.back().kind == policy::Decision::Kind::NeedsTraining)
            printErr(t("Complete it in the viewer, then run the export again.\n"));
        printErr(t("Nothing was exported.\n"));
        return Refused;
    }

    if (!QDir().mkpath(destination)) {
        printErr(t("The folder %1 could not be created; nothing was exported.\n").arg(destination));
        return PartialFailure;
    }
    if (fmt == Format::Png) {
        std::map<QString, policy::Decision> byStudy;
        for (std::size_t i = 0; i < studies.size(); ++i)
            byStudy[studies[i].subject.studyUid] = decisions[i];
        const auth::Identity who = guard.requester().identity;
        auto images = writeImages(catalog, byStudy, who.displayName.isEmpty() ? who.userName : who.displayName, QDir(destination));
        if (!images) {
            audit::Event failed = policy::decisionEvent(action, studies.front().subject, parser.value(purpose), guard.requester(), decisions.front());
            failed.outcome = audit::Outcome::SeriousFailure;
            failed.outcomeDescription = QStringLiteral("export failed after it was allowed; partial output removed");
            services->record(failed);
            printErr(images.errorMessage() + QLatin1Char('\n') + t("Nothing was exported.\n"));
            return PartialFailure;
        }
        printOut(t("Exported %1 watermarked images from %2 studies to %3.\n").arg(images.value().size()).arg(studies.size()).arg(destination));
        return Success;
    }
    // Written through core/export with each study's permit from the Guard.
    auto written = exports::DicomWriter::write(asked.batch(studies), fmt == Format::Deid, QDir(destination), settings);
    if (written && !written.value().riskRefusal.isEmpty() && parser.isSet(overrideRisk)) {
        // Only now is the override asked for, so it is recorded only when used.
        policy::Subject subject = studies.front().subject;
        subject.description = QStringLiteral("residual-risk check overridden: k=%1, minimum %2, %3 studies")
                                  .arg(written.value().risk.k)
                                  .arg(settings.minimumK)
                                  .arg(studies.size());
        const policy::Decision over = guard.request(policy::Action::OverrideDeidRisk, subject, parser.value(overrideRisk));
        if (!over.allowed()) {
            printErr(written.value().riskRefusal + QLatin1Char('\n') + over.reason + QLatin1Char('\n') + t("Nothing was exported.\n"));
            return Refused;
        }
        settings.riskOverrideReason = parser.value(overrideRisk);
        written = exports::DicomWriter::write(asked.batch(studies), fmt == Format::Deid, QDir(destination), settings);
    }
    if (written && !written.value().riskRefusal.isEmpty()) {
        printErr(written.value().riskRefusal + QLatin1Char('\n'));
        return Refused;
    }
    if (!written) {
        audit::Event failed = policy::decisionEvent(action, studies.front().subject, parser.value(purpose), guard.requester(), decisions.front());
        failed.outcome = audit::Outcome::SeriousFailure;
        failed.outcomeDescription = QStringLiteral("export failed after it was allowed; partial output removed");
        services->record(failed);
        printErr(written.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    const bool deidentified = decisions.front().forceDeidentify;
    if (deidentified && fmt == Format::Dicom)
        printOut(t("Your role exports de-identified data only: the DICOM files were de-identified (%1).\n").arg(deid::describe(deid::Options{})));
    printOut(t("Exported %1 files from %2 studies to %3%4.\n")
                 .arg(written.value().files.size())
                 .arg(studies.size())
                 .arg(destination, deidentified ? t(", de-identified") : QString()));
    if (written.value().burnedIn > 0)
        printOut(t("%1 files may have text burned into the pixels: look at them before they leave.\n").arg(written.value().burnedIn));
    const deid::ExportedFiles& w = written.value();
    if (w.deidentified)
        printOut(t("Residual risk: k = %1 (the smallest group of patients sharing %2) over %3 patients; minimum for this export: %4.\n")
                     .arg(w.risk.k)
                     .arg(w.risk.quasiIdentifiers.join(QStringLiteral(", ")))
                     .arg(w.risk.patients)
                     .arg(settings.minimumK));
    if (!settings.riskOverrideReason.isEmpty())
        printOut(t("The residual-risk check was overridden (recorded): %1\n").arg(settings.riskOverrideReason));
    // Every input that was not written, by name, and why.
    std::vector<deid::AccountedInput> notWritten = settings.scanned;
    for (const deid::AccountedInput& a : w.accounting)
        if (a.status != deid::AccountedInput::Status::Exported)
            notWritten.push_back(a);
    if (!w.heldBack.empty())
        printOut(t("%1 files were held back and not exported, because de-identification cannot remove what their pixels show.\n")
                     .arg(w.heldBack.size()));
    if (!notWritten.empty()) {
        printOut(t("Not written:\n"));
        for (const deid::AccountedInput& a : notWritten) {
            using S = deid::AccountedInput::Status;
            const QString why = a.status == S::HeldBack          ? t("held back because %1").arg(a.detail)
                                : a.status == S::Unreadable      ? t("unreadable because %1").arg(a.detail)
                                : a.status == S::AlreadyExported ? t("already exported as %1").arg(a.output)
                                                                 : t("duplicate of %1").arg(a.output);
            printOut(QStringLiteral("  %1: %2\n").arg(a.input, why));
        }
    }
    if (!w.manifestPath.isEmpty())
        printOut(t("Provenance: %1 (and %2 for people to read).\n").arg(w.manifestPath, w.summaryPath));
    return Success;
}

int runProject(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    const QCommandLineOption confirm(QStringLiteral("confirm"), t("The project's name again: destroying its key cannot be undone."),
                                     QStringLiteral("NAME"));
    parser.addOption(confirm);
    parser.addPositionalArgument(QStringLiteral("destroy-key"), t("Destroy the project's pseudonymisation key."));
    if (auto done = parseCommand(parser, QStringLiteral("project"), args))
        return *done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || pos.front() != QLatin1String("destroy-key") || parser.value(confirm) != pos.at(1)) {
        printErr(t("Usage: custos-cli project destroy-key NAME --confirm NAME\n"
                   "Project keys are never rotated (that would break the joins between exports); destroying one means "
                   "no later export can be joined with the earlier ones.\n"));
        return UsageError;
    }
    const QString name = pos.at(1);
    auto services = openServices(global, false);
    if (!services->keys()) {
        printErr(t("Nothing was done: without the keychain there is no sign-in and no audit trail.\n"));
        return Refused;
    }
    if (services->siteMode()) {
        printErr(t("In site mode project keys belong to the Custos service (custosd), which does not hold them in this version: "
                   "there is no key here to destroy.\n"));
        return Refused;
    }
    auto guard = openGuard(services);
    if (!guard) {
        printErr(guard.errorMessage() + QLatin1Char('\n'));
        return Refused;
    }
    policy::Subject subject;
    subject.description = QStringLiteral("destroy the pseudonymisation key of research project %1").arg(name);
    if (auto refused = guard.value()->require(policy::Action::ManagePolicy, subject, subject.description)) {
        printErr(t("Nothing was done.\n"));
        return *refused;
    }
    auto destroyed = services->keys()->destroyMacKey(QStringLiteral("deid-project/") + name);
    if (!destroyed) {
        services->record(audit::events::securityAlert(services->user(),
                                                      QStringLiteral("destroying the key of research project %1 failed: %2").arg(name, destroyed.errorMessage())));
        printErr(destroyed.errorMessage() + QLatin1Char('\n'));
        return PartialFailure;
    }
    if (!destroyed.value()) {
        printOut(t("Project \"%1\" has no key here; nothing was destroyed.\n").arg(name));
        return Success;
    }
    services->record(audit::events::securityAlert(services->user(),
                                                  QStringLiteral("pseudonymisation key of research project %1 destroyed").arg(name),
                                                  audit::Outcome::Success));
    printOut(t("The key of project \"%1\" was destroyed (recorded in the audit trail). A new export under this project gets a new "
               "key: its pseudonyms and UIDs will not match earlier exports.\n").arg(name));
    return Success;
}

} // namespace custos::cli
