// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_info.h"

#include "app/cli/cli_guard.h"
#include "core/study/study_access.h"

#include "app/common/services.h"
#include "core/dicom/scanner.h"
#include "core/dicom/volume_loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <limits>

namespace custos::cli {

namespace {

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject describeStack(const dicom::Stack& stack)
{
    QJsonObject o;
    o[QStringLiteral("seriesInstanceUid")] = stack.seriesInstanceUid;
    o[QStringLiteral("seriesNumber")] = stack.seriesNumber;
    o[QStringLiteral("seriesDescription")] = stack.seriesDescription;
    o[QStringLiteral("stackIndex")] = stack.stackIndexInSeries;
    o[QStringLiteral("modality")] = stack.modality;
    o[QStringLiteral("rows")] = stack.rows;
    o[QStringLiteral("columns")] = stack.columns;
    o[QStringLiteral("frames")] = int(stack.frames.size());
    o[QStringLiteral("photometricInterpretation")] = stack.photometric;
    o[QStringLiteral("samplesPerPixel")] = stack.components;
    o[QStringLiteral("sampleType")] = dicom::sampleTypeName(stack.sampleType);
    o[QStringLiteral("transferSyntaxes")] = QJsonArray::fromStringList(stack.transferSyntaxes);
    if (stack.rowSpacing && stack.columnSpacing)
        o[QStringLiteral("pixelSpacing")] = QJsonArray{*stack.rowSpacing, *stack.columnSpacing};
    else
        o[QStringLiteral("pixelSpacing")] = QJsonValue(QJsonValue::Null);
    o[QStringLiteral("sliceSpacing")] = optionalNumber(stack.sliceSpacing);
    o[QStringLiteral("sliceThickness")] = optionalNumber(stack.sliceThickness);
    o[QStringLiteral("isVolume")] = stack.isVolume;
    if (stack.rowDir && stack.colDir) {
        const auto r = *stack.rowDir, c = *stack.colDir;
        o[QStringLiteral("orientation")] = QJsonArray{r.x, r.y, r.z, c.x, c.y, c.z};
    }
    if (stack.origin)
        o[QStringLiteral("origin")] = QJsonArray{stack.origin->x, stack.origin->y, stack.origin->z};
    QJsonArray windows;
    for (const auto& w : stack.windows)
        windows.append(QJsonObject{{QStringLiteral("center"), w.center},
                                   {QStringLiteral("width"), w.width},
                                   {QStringLiteral("explanation"), w.explanation}});
    o[QStringLiteral("windows")] = windows;
    o[QStringLiteral("warnings")] = QJsonArray::fromStringList(stack.warnings);
    return o;
}

QString humanStack(const QJsonObject& s)
{
    QString line = QStringLiteral("    %1 series %2%3: %4×%5×%6 %7%8\n")
                       .arg(s[QStringLiteral("modality")].toString(), -3)
                       .arg(s[QStringLiteral("seriesNumber")].toInt())
                       .arg(s[QStringLiteral("stackIndex")].toInt() > 0 ? QStringLiteral(" (stack %1)").arg(s[QStringLiteral("stackIndex")].toInt() + 1) : QString())
                       .arg(s[QStringLiteral("columns")].toInt())
                       .arg(s[QStringLiteral("rows")].toInt())
                       .arg(s[QStringLiteral("frames")].toInt())
                       .arg(s[QStringLiteral("isVolume")].toBool() ? QStringLiteral("volume") : QStringLiteral("images"))
                       .arg(s[QStringLiteral("seriesDescription")].toString().isEmpty()
                                ? QString()
                                : QStringLiteral(" \"%1\"").arg(s[QStringLiteral("seriesDescription")].toString()));
    if (s.contains(QStringLiteral("min")))
        line += QStringLiteral("      values %1 … %2, mean %3\n")
                    .arg(s[QStringLiteral("min")].toDouble())
                    .arg(s[QStringLiteral("max")].toDouble())
                    .arg(s[QStringLiteral("mean")].toDouble(), 0, 'f', 3);
    for (const auto& w : s[QStringLiteral("warnings")].toArray())
        line += QStringLiteral("      warning: %1\n").arg(w.toString());
    return line;
}

} // namespace

int runInfo(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Scans DICOM files, folders and DICOMDIRs."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("cli", "Files or folders."), QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object."));
    const QCommandLineOption stats(QStringLiteral("stats"), QCoreApplication::translate("cli", "Decode every frame; add min, max and mean modality values."));
    parser.addOptions({json, stats});
    if (auto done = parseCommand(parser, QStringLiteral("info"), args))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printErr(QCoreApplication::translate("cli", "info needs at least one file or folder.\n"));
        return UsageError;
    }

    // Dates, descriptions and UIDs are patient data: they need a session
    // and the Guard's ViewStudy for each study (recorded). Without one,
    // info shows only what identifies no one: sizes, transfer syntaxes,
    // counts and pixel statistics.
    auto services = openServices(global, false);
    services->record(audit::events::applicationStart(services->user(), QStringLiteral("custos-cli info")));
    std::unique_ptr<CliGuard> guard;
    if (services->keys()) {
        auto opened = openGuard(services);
        if (opened)
            guard = std::move(opened).value();
        else
            printErr(opened.errorMessage() + QLatin1Char('\n'));
    }
    const bool session = guard && guard->signedIn();
    if (!session)
        printErr(QCoreApplication::translate("cli", "Not signed in: only sizes, transfer syntaxes and counts are shown. "
                                                    "Sign in (custos-cli login) to see dates, descriptions and UIDs.\n"));
    dicom::Catalog catalog = dicom::scanPaths(paths);
    QSet<QString> identified; // studies whose ViewStudy was allowed (and not de-identified only)
    bool refused = false;
    if (session) {
        // core/study asks the Guard for each study (recorded, allowed or not).
        const auto decisions = study::decideEach(catalog, [&guard](const policy::Subject& subject) {
            policy::Subject s = subject;
            s.description = subject.description + QStringLiteral(" (custos-cli info)");
            policy::Decision decision;
            if (guard->require(policy::Action::ViewStudy, s, QStringLiteral("custos-cli info"), &decision))
                decision.kind = policy::Decision::Kind::Denied; // the reason is printed
            return decision;
        });
        for (const study::Withheld& d : decisions) {
            if (!d.decision.allowed())
                refused = true;
            else if (!d.decision.forceDeidentify)
                identified.insert(d.subject.studyUid);
        }
    }
    std::vector<dicom::FileError> errors = catalog.errors;

    QJsonArray studies;
    for (const dicom::Study& study : catalog.studies) {
        QJsonArray seriesOut;
        for (const dicom::Series& series : study.series) {
            if (series.stacks.empty()) {
                // Documents and other non-image objects (SR, RT plan...).
                QJsonObject o;
                if (identified.contains(study.studyInstanceUid)) {
                    o[QStringLiteral("seriesInstanceUid")] = series.seriesInstanceUid;
                    o[QStringLiteral("seriesDescription")] = series.seriesDescription;
                }
                o[QStringLiteral("seriesNumber")] = series.seriesNumber;
                o[QStringLiteral("modality")] = series.modality;
                o[QStringLiteral("rows")] = 0;
                o[QStringLiteral("columns")] = 0;
                o[QStringLiteral("frames")] = 0;
                o[QStringLiteral("instances")] = int(series.instances.size());
                QStringList syntaxes;
                for (int i : series.instances)
                    if (!syntaxes.contains(catalog.instances[std::size_t(i)].transferSyntaxUid))
                        syntaxes << catalog.instances[std::size_t(i)].transferSyntaxUid;
                o[QStringLiteral("transferSyntaxes")] = QJsonArray::fromStringList(syntaxes);
                o[QStringLiteral("pixelSpacing")] = QJsonValue(QJsonValue::Null);
                o[QStringLiteral("sliceSpacing")] = QJsonValue(QJsonValue::Null);
                o[QStringLiteral("isVolume")] = false;
                o[QStringLiteral("warnings")] = QJsonArray();
                seriesOut.append(o);
                continue;
            }
            for (const dicom::Stack& stack : series.stacks) {
                QJsonObject o = describeStack(stack);
                if (!identified.contains(study.studyInstanceUid)) {
                    o.remove(QStringLiteral("seriesInstanceUid"));
                    o.remove(QStringLiteral("seriesDescription"));
                }
                if (parser.isSet(stats)) {
                    dicom::LoadReport report;
                    dicom::LoadOptions load;
                    load.gatherStats = true; // one parallel pass, during the load
                    auto volume = dicom::loadStack(catalog, stack, load, &report);
                    for (const auto& e : report.errors)
                        errors.push_back(e);
                    if (volume && report.errors.empty() && report.stats) {
                        o[QStringLiteral("min")] = report.stats->min;
                        o[QStringLiteral("max")] = report.stats->max;
                        o[QStringLiteral("mean")] = report.stats->mean;
                    } else {
                        o[QStringLiteral("min")] = QJsonValue(QJsonValue::Null);
                        o[QStringLiteral("max")] = QJsonValue(QJsonValue::Null);
                        o[QStringLiteral("mean")] = QJsonValue(QJsonValue::Null);
                    }
                }
                seriesOut.append(o);
            }
        }
        QJsonObject s;
        if (identified.contains(study.studyInstanceUid)) {
            s[QStringLiteral("studyInstanceUid")] = study.studyInstanceUid;
            s[QStringLiteral("studyDate")] = study.studyDate;
            s[QStringLiteral("studyDescription")] = study.studyDescription;
        }
        s[QStringLiteral("identified")] = identified.contains(study.studyInstanceUid);
        s[QStringLiteral("series")] = seriesOut;
        studies.append(s);
    }
    QJsonArray errorsOut;
    for (const auto& e : errors)
        errorsOut.append(QJsonObject{{QStringLiteral("file"), e.file}, {QStringLiteral("message"), e.message}});

    if (parser.isSet(json)) {
        QJsonObject root{{QStringLiteral("studies"), studies}, {QStringLiteral("errors"), errorsOut}};
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        for (const auto& sv : std::as_const(studies)) {
            const QJsonObject s = sv.toObject();
            if (s[QStringLiteral("identified")].toBool())
                text += QCoreApplication::translate("cli", "Study %1  %2  %3\n")
                            .arg(s[QStringLiteral("studyInstanceUid")].toString(), s[QStringLiteral("studyDate")].toString(),
                                 s[QStringLiteral("studyDescription")].toString());
            else
                text += QCoreApplication::translate("cli", "Study (not identified)\n");
            for (const auto& ser : s[QStringLiteral("series")].toArray())
                text += humanStack(ser.toObject());
        }
        for (const auto& e : std::as_const(errorsOut))
            text += QCoreApplication::translate("cli", "error: %1: %2\n")
                        .arg(e.toObject()[QStringLiteral("file")].toString(), e.toObject()[QStringLiteral("message")].toString());
        if (studies.isEmpty() && errorsOut.isEmpty())
            text += QCoreApplication::translate("cli", "No DICOM files found.\n");
        printOut(text);
    }
    services->record(audit::events::applicationStop(services->user(), QStringLiteral("custos-cli info")));
    if (refused)
        return Refused;
    return errors.empty() ? Success : PartialFailure;
}

} // namespace custos::cli
