// SPDX-License-Identifier: Apache-2.0
#include "app/cli/cli_findings.h"

#include "app/cli/cli_guard.h"

#include "app/common/services.h"
#include "core/ai/ai_reader.h"
#include "core/dicom/header_reader.h"
#include "core/study/study_access.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace custos::cli {

namespace {

bool isFindingsJson(const QString& path)
{
    QFile f(path);
    return f.size() < 64 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains("custos-ai-findings");
}

// Files named explicitly are always read (and fail loudly); in folders only
// AI objects are picked, so a study folder with its images can be given.
QStringList collect(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext()) {
            const QString file = it.next();
            if (file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
                if (isFindingsJson(file))
                    found << file;
            } else if (dicom::probeFile(file) == dicom::Probe::Dicom) {
                const auto header = dicom::readInstanceHeader(file);
                if (header && ai::isAiSopClass(header.value().sopClassUid))
                    found << file;
            }
        }
        found.sort();
        files << found;
    }
    return files;
}

QString findingKind(ai::FindingKind k)
{
    switch (k) {
    case ai::FindingKind::Segment: return QStringLiteral("segment");
    case ai::FindingKind::Measurement: return QStringLiteral("measurement");
    case ai::FindingKind::Qualitative: return QStringLiteral("qualitative");
    case ai::FindingKind::Region: return QStringLiteral("region");
    case ai::FindingKind::Heatmap: return QStringLiteral("heatmap");
    case ai::FindingKind::Annotation: return QStringLiteral("annotation");
    }
    return {};
}

QString graphicName(ai::GraphicType t)
{
    switch (t) {
    case ai::GraphicType::Point: return QStringLiteral("point");
    case ai::GraphicType::Multipoint: return QStringLiteral("multipoint");
    case ai::GraphicType::Polyline: return QStringLiteral("polyline");
    case ai::GraphicType::Polygon: return QStringLiteral("polygon");
    case ai::GraphicType::Circle: return QStringLiteral("circle");
    case ai::GraphicType::Ellipse: return QStringLiteral("ellipse");
    case ai::GraphicType::Box: return QStringLiteral("box");
    }
    return {};
}

QJsonObject describeFinding(const ai::Finding& f)
{
    QJsonObject o{{QStringLiteral("id"), f.id}, {QStringLiteral("kind"), findingKind(f.kind)}, {QStringLiteral("label"), f.label}};
    if (f.confidence)
        o[QStringLiteral("confidence")] = *f.confidence;
    if (f.kind == ai::FindingKind::Segment) {
        o[QStringLiteral("segmentNumber")] = f.segmentNumber;
        o[QStringLiteral("voxelCount")] = double(f.voxelCount);
        o[QStringLiteral("volumeMl")] = f.volumeMl;
    }
    if (!f.type.isEmpty())
        o[QStringLiteral("type")] = f.type.meaning;
    if (!f.source.modelName.isEmpty())
        o[QStringLiteral("model")] = QJsonObject{{QStringLiteral("name"), f.source.modelName},
                                                 {QStringLiteral("version"), f.source.modelVersion}};
    QJsonArray measurements;
    for (const ai::Measurement& m : f.measurements)
        measurements.append(QJsonObject{{QStringLiteral("name"), m.name.meaning}, {QStringLiteral("value"), m.value},
                                        {QStringLiteral("unit"), m.unit}});
    if (!measurements.isEmpty())
        o[QStringLiteral("measurements")] = measurements;
    QJsonArray regions;
    for (const ai::Region2D& r : f.regions2D) {
        QJsonArray points;
        for (const auto& [x, y] : r.points)
            points.append(QJsonArray{x, y});
        regions.append(QJsonObject{{QStringLiteral("type"), graphicName(r.type) + QStringLiteral("2d")},
                                   {QStringLiteral("sopInstanceUid"), r.referencedSopInstanceUid},
                                   {QStringLiteral("frame"), r.referencedFrame},
                                   {QStringLiteral("points"), points}});
    }
    for (const ai::Region3D& r : f.regions3D) {
        QJsonArray points;
        for (const dicom::Vec3& p : r.points)
            points.append(QJsonArray{p.x, p.y, p.z});
        regions.append(QJsonObject{{QStringLiteral("type"), graphicName(r.type) + QStringLiteral("3d")},
                                   {QStringLiteral("points"), points}});
    }
    if (!regions.isEmpty())
        o[QStringLiteral("regions")] = regions;
    return o;
}

QJsonObject describeObject(const ai::AiObject& object)
{
    QJsonArray findings;
    for (const ai::Finding& f : object.findings)
        findings.append(describeFinding(f));
    return {{QStringLiteral("path"), object.path},
            {QStringLiteral("type"), ai::kindName(object.kind)},
            {QStringLiteral("sopClassUid"), object.sopClassUid},
            {QStringLiteral("referencedSeriesUid"), object.referencedSeriesUid},
            {QStringLiteral("frameOfReferenceUid"), object.frameOfReferenceUid},
            {QStringLiteral("model"), QJsonObject{{QStringLiteral("name"), object.source.modelName},
                                                  {QStringLiteral("version"), object.source.modelVersion}}},
            {QStringLiteral("findings"), findings},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(object.warnings)}};
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

QString humanFinding(const QJsonObject& f)
{
    QString line = QStringLiteral("  %1 \"%2\"").arg(f[QStringLiteral("kind")].toString(), f[QStringLiteral("label")].toString());
    if (f.contains(QStringLiteral("confidence")))
        line += QCoreApplication::translate("cli", " (confidence %1)").arg(number(f[QStringLiteral("confidence")].toDouble()));
    if (f.contains(QStringLiteral("voxelCount")))
        line += QCoreApplication::translate("cli", ": %1 voxels, %2 mL")
                    .arg(qint64(f[QStringLiteral("voxelCount")].toDouble()))
                    .arg(f[QStringLiteral("volumeMl")].toDouble(), 0, 'f', 2);
    line += QLatin1Char('\n');
    for (const QJsonValue& v : f[QStringLiteral("measurements")].toArray()) {
        const QJsonObject m = v.toObject();
        line += QStringLiteral("    %1 = %2 %3\n")
                    .arg(m[QStringLiteral("name")].toString(), number(m[QStringLiteral("value")].toDouble()),
                         m[QStringLiteral("unit")].toString());
    }
    for (const QJsonValue& v : f[QStringLiteral("regions")].toArray()) {
        const QJsonObject r = v.toObject();
        QStringList points;
        for (const QJsonValue& p : r[QStringLiteral("points")].toArray()) {
            QStringList c;
            for (const QJsonValue& x : p.toArray())
                c << number(x.toDouble());
            points << QLatin1Char('(') + c.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        line += r.contains(QStringLiteral("sopInstanceUid"))
                    ? QCoreApplication::translate("cli", "    %1 on image %2 frame %3: %4\n")
                          .arg(r[QStringLiteral("type")].toString(), r[QStringLiteral("sopInstanceUid")].toString())
                          .arg(r[QStringLiteral("frame")].toInt())
                          .arg(points.join(QLatin1Char(' ')))
                    : QCoreApplication::translate("cli", "    %1 (patient mm): %2\n").arg(r[QStringLiteral("type")].toString(), points.join(QLatin1Char(' ')));
    }
    return line;
}

QString humanObject(const QJsonObject& o)
{
    QString text = QStringLiteral("%1  %2\n").arg(o[QStringLiteral("type")].toString(), o[QStringLiteral("path")].toString());
    const QString series = o[QStringLiteral("referencedSeriesUid")].toString();
    text += series.isEmpty() ? QCoreApplication::translate("cli", "  references no series\n") : QCoreApplication::translate("cli", "  series %1\n").arg(series);
    const QJsonObject model = o[QStringLiteral("model")].toObject();
    if (!model[QStringLiteral("name")].toString().isEmpty())
        text += QCoreApplication::translate("cli", "  model %1 %2\n").arg(model[QStringLiteral("name")].toString(), model[QStringLiteral("version")].toString());
    for (const QJsonValue& f : o[QStringLiteral("findings")].toArray())
        text += humanFinding(f.toObject());
    for (const QJsonValue& w : o[QStringLiteral("warnings")].toArray())
        text += QCoreApplication::translate("cli", "  warning: %1\n").arg(w.toString());
    return text;
}

} // namespace

int runFindings(const QStringList& args, const GlobalOptions& global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Lists the AI results (SEG, parametric maps, SR, presentation states, Custos JSON) "
                                        "in files or folders."));
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("cli", "AI result files, or folders to search for them."), QStringLiteral("PATH..."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print one JSON object."));
    parser.addOption(json);
    if (auto done = parseCommand(parser, QStringLiteral("findings"), args))
        return *done;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printErr(QCoreApplication::translate("cli", "findings needs at least one file or folder.\n"));
        return UsageError;
    }
    auto services = openServices(global, false);
    auto guard = openGuard(services);
    if (!guard) {
        printErr(guard.errorMessage() + QLatin1Char('\n') + QCoreApplication::translate("cli", "No findings were shown.\n"));
        return Refused;
    }
    services->record(audit::events::applicationStart(services->user(), QStringLiteral("custos-cli findings")));
    const QStringList files = collect(paths);
    // Findings are patient data: each study needs a session and ViewStudy.
    // The AI objects of a refused study are not shown (nor counted).
    std::vector<std::pair<QString, ai::AiObject>> read;
    QJsonArray objects, errors;
    for (const QString& file : files) {
        auto object = ai::readAiObject(file);
        if (object)
            read.emplace_back(file, std::move(object).value());
        else
            errors.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("message"), object.errorMessage()}});
    }
    // core/study decides each object under its study (one recorded ViewStudy per study).
    std::vector<ai::AiObject> readObjects;
    for (const auto& [file, object] : read)
        readObjects.push_back(object);
    const std::vector<bool> shown = study::admitAiObjects(readObjects, files, [&guard](const policy::Subject& subject) {
        policy::Decision decision;
        if (guard.value()->require(policy::Action::ViewStudy, subject, QStringLiteral("custos-cli findings"), &decision))
            decision.kind = policy::Decision::Kind::Denied; // the reason is printed
        return decision;
    });
    bool refused = false;
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (shown[i])
            objects.append(describeObject(read[i].second));
        else
            refused = true;
    }
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("objects"), objects}, {QStringLiteral("errors"), errors}})
                                       .toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        for (const QJsonValue& o : std::as_const(objects))
            text += humanObject(o.toObject());
        if (objects.isEmpty() && errors.isEmpty())
            text += QCoreApplication::translate("cli", "No AI results found.\n");
        printOut(text);
        QString problems;
        for (const QJsonValue& e : std::as_const(errors))
            problems += QCoreApplication::translate("cli", "error: %1\n").arg(e.toObject()[QStringLiteral("message")].toString());
        if (!problems.isEmpty())
            printErr(problems);
    }
    services->record(audit::events::applicationStop(services->user(), QStringLiteral("custos-cli findings")));
    if (refused)
        return Refused;
    return errors.isEmpty() ? Success : PartialFailure;
}

} // namespace custos::cli
