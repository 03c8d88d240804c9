// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_make_demo.h"

#include "core/ai/demo_findings.h"
#include "core/ai/demo_report.h"
#include "core/dicom/demo_study.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace custos::cli {

int runMakeDemo(const QStringList& args, const GlobalOptions&)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Writes a synthetic CT study (fictitious patient) as DICOM files."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("cli", "Folder to write the study into."));
    const QCommandLineOption slices(QStringLiteral("slices"), QCoreApplication::translate("cli", "Number of slices (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption size(QStringLiteral("size"), QCoreApplication::translate("cli", "Rows and columns (default 512)."), QStringLiteral("N"), QStringLiteral("512"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QCoreApplication::translate("cli", "No progress output."));
    parser.addOptions({slices, size, quiet});
    if (auto done = parseCommand(parser, QStringLiteral("make-demo"), args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr(QCoreApplication::translate("cli", "make-demo needs exactly one folder.\n"));
        return UsageError;
    }
    bool okSlices = false, okSize = false;
    dicom::DemoStudyOptions options;
    options.slices = parser.value(slices).toInt(&okSlices);
    options.size = parser.value(size).toInt(&okSize);
    if (!okSlices || !okSize || options.slices < 1 || options.slices > 5000 || options.size < 16 || options.size > 4096) {
        printErr(QCoreApplication::translate("cli", "--slices must be 1 to 5000 and --size 16 to 4096.\n"));
        return UsageError;
    }
    const bool showProgress = !parser.isSet(quiet);
    options.progress = [showProgress](int done, int total) {
        if (showProgress && (done % 25 == 0 || done == total))
            printErr(QStringLiteral("\rwriting slice %1 of %2").arg(done).arg(total));
    };
    QElapsedTimer timer;
    timer.start();
    const auto result = dicom::writeDemoStudy(positional.front(), options);
    if (showProgress)
        printErr(QStringLiteral("\n"));
    if (!result) {
        printErr(QCoreApplication::translate("cli", "The demo study could not be written: %1\n").arg(result.errorMessage()));
        return PartialFailure;
    }
    printOut(QCoreApplication::translate("cli", "Wrote %1 CT slices (%2×%2) to %3 in %4 s.\n")
                 .arg(result.value().files)
                 .arg(options.size)
                 .arg(positional.front())
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    // The demo AI's results on that study: a SEG and a heatmap in DIR/ai/.
    const auto findings = ai::writeDemoFindings(positional.front(), options);
    if (!findings) {
        printErr(QCoreApplication::translate("cli", "The demo AI results could not be written: %1\n").arg(findings.errorMessage()));
        return PartialFailure;
    }
    printOut(QCoreApplication::translate("cli", "Wrote the demo AI results: %1, %2\n")
                 .arg(findings.value().segmentation, findings.value().heatmap));
    // And a TID 1500 measurement report of the lesion, also in DIR/ai/.
    const auto report = ai::writeDemoReport(positional.front(), options);
    if (!report) {
        printErr(QCoreApplication::translate("cli", "The demo measurement report could not be written: %1\n").arg(report.errorMessage()));
        return PartialFailure;
    }
    printOut(QCoreApplication::translate("cli", "Wrote the demo measurement report: %1\n").arg(report.value().path));
    return Success;
}

} // namespace custos::cli
