// SPDX-License-Identifier: Apache-2.0
// custos-cli export: the command line's way out for patient data, through
// the same Guard as the viewer. The saved sign-in says who asks, the site
// policy what they may, and every study's decision is in the audit trail
// before a byte is written. A refusal (exit 3) writes nothing; a role that
// sees de-identified data only gets de-identified files whatever it asked.

#include "app/cli/cli_export.h"

#include "app/cli/cli_export_png.h"
#include "app/cli/cli_session.h"
#include "app/common/services.h"
#include "app/common/site_compliance.h"
#include "core/deid/deidentifier.h"
#include "core/deid/export_files.h"
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
    parser.addOptions({format, out, purpose});
    parser.addPositionalArgument(QStringLiteral("PATH"), t("DICOM files, folders or DICOMDIRs."), QStringLiteral("PATH..."));
    if (auto done = parseCommand(parser, QStringLiteral("export"), args))
        return *done;
    const QString formatName = parser.value(format);
    if (parser.positionalArguments().isEmpty() || !parser.isSet(out)
        || !QStringList{QStringLiteral("dicom"), QStringLiteral("deid"), QStringLiteral("png")}.contains(formatName)) {
        printErr(t("Usage: custos-cli export --format dicom|deid|png PATH... --out DIR [--purpose TEXT]\n"));
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

    const dicom::Catalog catalog = dicom::scanPaths(parser.positionalArguments());
    if (catalog.instances.empty()) {
        printErr(t("No DICOM files were found in the given paths; nothing was exported.\n"));
        return PartialFailure;
    }
    // core/export asks the Guard for each study (each decision recorded).
    const std::vector<exports::StudyFiles> studies = exports::groupByStudy(catalog, destination, formatName + QStringLiteral(" (command line)"));
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
    auto written = exports::DicomWriter::write(asked.batch(studies), fmt == Format::Deid, QDir(destination));
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
    if (!written.value().heldBack.empty()) {
        printOut(t("%1 files were held back and not exported, because de-identification cannot remove what their pixels show:\n")
                     .arg(written.value().heldBack.size()));
        for (const deid::HeldBack& h : written.value().heldBack)
            printOut(QStringLiteral("  %1: %2\n").arg(h.source, h.reason));
    }
    if (!catalog.errors.empty())
        printErr(t("%1 files could not be read and were not exported.\n").arg(catalog.errors.size()));
    return Success;
}

} // namespace custos::cli
