// SPDX-License-Identifier: Apache-2.0
// custos-cli: the headless face of Custos. It speaks to the same core as the
// viewer and has no private path around it.

#include "app/cli/cli_common.h"
#include "app/cli/cli_compliance.h"
#include "app/cli/cli_compliance_report.h"
#include "app/cli/cli_findings.h"
#include "app/cli/cli_export.h"
#include "app/cli/cli_info.h"
#include "app/cli/cli_make_demo.h"
#include "app/cli/cli_pacs.h"
#include "app/cli/cli_policy.h"
#include "app/cli/cli_security.h"
#include "app/cli/cli_session.h"
#include "app/cli/cli_users.h"
#include "core/common/data_directory.h"
#include "core/policy/policy_loader.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <exception>
#include <memory>
#include <new>

using namespace custos;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "cli",
        "Usage: custos-cli [--data-dir DIR] COMMAND [ARGS...]\n"
        "\n"
        "Commands:\n"
        "  info PATH... [--stats] [--json]   Scan files, folders or DICOMDIRs and describe\n"
        "                                    the studies and series found (no patient names\n"
        "                                    or IDs are printed).\n"
        "  findings PATH... [--json]         List AI results (SEG, parametric maps, SR, presentation\n"
        "                                    states, Custos JSON): segments with voxel counts and\n"
        "                                    volumes, measurements, regions.\n"
        "  make-demo DIR [--slices N] [--size N]\n"
        "                                    Write the synthetic demo CT study.\n"
        "  keys rotate [--data]              New key-encryption key; re-wrap (or re-encrypt) data keys.\n"
        "  cache stats|verify|purge          The encrypted cache (purge crypto-shreds).\n"
        "  audit verify                      Check the audit trail's hash chain and MACs.\n"
        "  audit verify --verification-key-file FILE [--state-dir DIR]\n"
        "                                    Prove the Custos service's sealed trail (site mode).\n"
        "  audit show [--since T] [--json]   List audit records.\n"
        "  audit export --format atna-xml    DICOM PS3.15 A.5 audit messages.\n"
        "  users add|remove|reset-mfa|list   Local accounts (password + TOTP); see users --help.\n"
        "  login --local USER | --issuer URL --client-id ID\n"
        "                                    Sign in (kept encrypted for at most 8 hours).\n"
        "  whoami [--json]                   Who is signed in, roles, second factor, expiry.\n"
        "  logout                            Sign out (the saved sign-in is crypto-shredded).\n"
        "  export --format dicom|deid|png PATH... --out DIR [--purpose TEXT]\n"
        "                                    Export studies, if the site policy allows it\n"
        "                                    (exit 3 when refused: nothing is written).\n"
        "          [--project NAME] [--override-risk REASON] [--into-existing]\n"
        "                                    deid: a research project's stable pseudonyms,\n"
        "                                    provenance manifest, residual-risk check.\n"
        "  project destroy-key NAME --confirm NAME\n"
        "                                    Destroy a project's pseudonymisation key (audited).\n"
        "  pacs echo|find|get|send|login|logout --node NAME\n"
        "                                    A PACS of the site policy, over TLS: find studies,\n"
        "                                    retrieve one into the encrypted cache, send files\n"
        "                                    (exit 3 when refused); login/logout keep your PACS\n"
        "                                    password in your keychain; see pacs --help.\n"
        "  policy show|validate FILE|example\n"
        "                                    The site policy in force; check a draft.\n"
        "  training list|show M|take M --answers 2,3,1\n"
        "                                    Required training modules; acknowledge one.\n"
        "  training roster [--json]          Everyone's acknowledgements here (site mode).\n"
        "  break-glass start|status|end|queue|review\n"
        "                                    Emergency access and its review; see break-glass --help.\n"
        "  compliance report --out DIR [--since D] [--until D] [--format html,pdf,json] [--identified]\n"
        "                                    The compliance evidence pack from the audit trail and\n"
        "                                    the policy (ComplianceReport; --identified names patients).\n"
        "  compliance report ... --verification-key-file FILE [--state-dir DIR]\n"
        "                                    Site mode: also prove the Custos service's sealed trail.\n"
        "  compliance monitor                Record due AI drift alarms for the compliance officer.\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR   Where Custos keeps its state (also CUSTOS_DATA_DIR).\n"
        "  --help, --version\n");
}

} // namespace

int main(int argc, char** argv)
{
    // Images exported with --format png get their watermark drawn as text,
    // which needs fonts: a GUI application, on the display-less offscreen
    // platform (the command line never opens a window).
    bool drawsText = false;
    for (int i = 1; i < argc; ++i)
        drawsText = drawsText || std::strcmp(argv[i], "png") == 0 || std::strcmp(argv[i], "--format=png") == 0
                    || std::strcmp(argv[i], "compliance") == 0; // the report's PDF and charts
    if (drawsText)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        drawsText ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION));

    QStringList args = app.arguments().mid(1);
    cli::GlobalOptions global;
    QString dataDirOverride;
    while (!args.isEmpty() && args.front().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            cli::printOut(usage());
            return cli::Success;
        }
        if (opt == QLatin1String("--version")) {
            cli::printOut(QStringLiteral("custos-cli %1\n").arg(QStringLiteral(CUSTOS_VERSION)));
            return cli::Success;
        }
        if (opt == QLatin1String("--data-dir") && !args.isEmpty()) {
            dataDirOverride = args.takeFirst();
            continue;
        }
        if (opt.startsWith(QLatin1String("--data-dir="))) {
            dataDirOverride = opt.mid(11);
            continue;
        }
        cli::printErr(QCoreApplication::translate("cli", "Unknown option %1.\n\n").arg(opt) + usage());
        return cli::UsageError;
    }
    // Site mode: a person does not pick their own data folder or policy.
    policy::SiteModeChoices choices;
    choices.dataDirOption = !dataDirOverride.isEmpty();
    if (auto allowed = policy::checkSiteModeChoices(choices); !allowed) {
        cli::printErr(allowed.errorMessage() + QLatin1Char('\n'));
        return cli::Refused;
    }
    global.dataDir = resolveDataDirectory(dataDirOverride);

    if (args.isEmpty()) {
        cli::printErr(usage());
        return cli::UsageError;
    }
    // Nothing a file or an answer from outside does may end the process
    // with an uncaught exception: it becomes a sentence and an exit code.
    try {
        const QString command = args.takeFirst();
        if (command == QLatin1String("info"))
            return cli::runInfo(args, global);
        if (command == QLatin1String("findings"))
            return cli::runFindings(args, global);
        if (command == QLatin1String("make-demo"))
            return cli::runMakeDemo(args, global);
        if (command == QLatin1String("keys"))
            return cli::runKeys(args, global);
        if (command == QLatin1String("cache"))
            return cli::runCache(args, global);
        if (command == QLatin1String("audit"))
            return cli::runAudit(args, global);
        if (command == QLatin1String("users"))
            return cli::runUsers(args, global);
        if (command == QLatin1String("login"))
            return cli::runLogin(args, global);
        if (command == QLatin1String("whoami"))
            return cli::runWhoami(args, global);
        if (command == QLatin1String("logout"))
            return cli::runLogout(args, global);
        if (command == QLatin1String("export"))
            return cli::runExport(args, global);
        if (command == QLatin1String("project"))
            return cli::runProject(args, global);
        if (command == QLatin1String("pacs"))
            return cli::runPacs(args, global);
        if (command == QLatin1String("policy"))
            return cli::runPolicy(args, global);
        if (command == QLatin1String("training"))
            return cli::runTraining(args, global);
        if (command == QLatin1String("break-glass"))
            return cli::runBreakGlass(args, global);
        if (command == QLatin1String("compliance"))
            return cli::runCompliance(args, global);
        cli::printErr(QCoreApplication::translate("cli", "Unknown command \"%1\".\n\n").arg(command) + usage());
        return cli::UsageError;
    } catch (const std::bad_alloc&) {
        cli::printErr(QCoreApplication::translate("cli", "error: not enough memory; an input is damaged or hostile.\n"));
    } catch (const std::exception& e) {
        cli::printErr(QCoreApplication::translate("cli", "error: %1\n").arg(QString::fromLocal8Bit(e.what())));
    }
    return cli::PartialFailure;
}
