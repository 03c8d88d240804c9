// SPDX-License-Identifier: Apache-2.0
#include "core/ai/vendor_json.h"

#include "core/ai/ai_text.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace custos::ai {

namespace {

// Walks a document and collects every problem with the path of its field.
// Mirrors resources/ai/findings.schema.json (the tests check both agree).
class Checker
{
public:
    QStringList errors;

    void fail(const QString& at, const QString& what) { errors << at + QStringLiteral(": ") + what; }

    void onlyKnown(const QJsonObject& o, const QString& at, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                fail(join(at, it.key()), Text::tr("is not a field of this format"));
    }

    bool string(const QJsonObject& o, const QString& at, const QString& key, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(join(at, key), Text::tr("is required"));
            return false;
        }
        if (!o.value(key).isString() || o.value(key).toString().trimmed().isEmpty()) {
            fail(join(at, key), Text::tr("must be a non-empty string"));
            return false;
        }
        return true;
    }

    bool object(const QJsonObject& o, const QString& at, const QString& key, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(join(at, key), Text::tr("is required"));
            return false;
        }
        if (!o.value(key).isObject()) {
            fail(join(at, key), Text::tr("must be an object"));
            return false;
        }
        return true;
    }

    bool array(const QJsonObject& o, const QString& at, const QString& key, bool required)
    {
        if (!o.contains(key)) {
            if (required)
                fail(join(at, key), Text::tr("is required"));
            return false;
        }
        if (!o.value(key).isArray()) {
            fail(join(at, key), Text::tr("must be an array"));
            return false;
        }
        return true;
    }

    // A point of n finite numbers (pixel points also >= 0).
    bool point(const QJsonValue& v, const QString& at, int n, bool nonNegative)
    {
        const QJsonArray a = v.toArray();
        bool ok = v.isArray() && a.size() == n;
        for (const QJsonValue& x : a)
            ok = ok && x.isDouble() && std::isfinite(x.toDouble()) && (!nonNegative || x.toDouble() >= 0);
        if (!ok)
            fail(at, nonNegative ? Text::tr("must be [column, row] with numbers >= 0")
                                 : Text::tr("must be [x, y, z] in millimetres"));
        return ok;
    }

    static QString join(const QString& at, const QString& key) { return at.isEmpty() ? key : at + QLatin1Char('.') + key; }
};

void checkModel(Checker& c, const QJsonObject& o, const QString& at, bool required)
{
    if (!c.object(o, at, QStringLiteral("model"), required))
        return;
    const QJsonObject m = o.value(QStringLiteral("model")).toObject();
    const QString path = Checker::join(at, QStringLiteral("model"));
    c.onlyKnown(m, path, {QStringLiteral("name"), QStringLiteral("version"), QStringLiteral("manufacturer")});
    c.string(m, path, QStringLiteral("name"), true);
    c.string(m, path, QStringLiteral("version"), true);
    c.string(m, path, QStringLiteral("manufacturer"), false);
}

void checkRegion(Checker& c, const QJsonObject& r, const QString& at)
{
    const QString type = r.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("box2d") || type == QLatin1String("polygon2d")) {
        c.onlyKnown(r, at, {QStringLiteral("type"), QStringLiteral("sopInstanceUid"), QStringLiteral("frame"), QStringLiteral("points")});
        c.string(r, at, QStringLiteral("sopInstanceUid"), true);
        if (r.contains(QStringLiteral("frame"))) {
            const QJsonValue f = r.value(QStringLiteral("frame"));
            if (!f.isDouble() || f.toDouble() < 1 || f.toDouble() != std::floor(f.toDouble()))
                c.fail(Checker::join(at, QStringLiteral("frame")), Text::tr("must be a whole number >= 1"));
        }
        if (c.array(r, at, QStringLiteral("points"), true)) {
            const QJsonArray points = r.value(QStringLiteral("points")).toArray();
            const bool box = type == QLatin1String("box2d");
            if (box ? points.size() != 2 : points.size() < 3)
                c.fail(Checker::join(at, QStringLiteral("points")),
                       box ? Text::tr("must hold 2 corners") : Text::tr("must hold at least 3 points"));
            for (int i = 0; i < points.size(); ++i)
                c.point(points[i], QStringLiteral("%1.points[%2]").arg(at).arg(i), 2, true);
        }
    } else if (type == QLatin1String("box3d")) {
        c.onlyKnown(r, at, {QStringLiteral("type"), QStringLiteral("min"), QStringLiteral("max")});
        const bool hasMin = r.contains(QStringLiteral("min")), hasMax = r.contains(QStringLiteral("max"));
        if (!hasMin)
            c.fail(Checker::join(at, QStringLiteral("min")), Text::tr("is required"));
        if (!hasMax)
            c.fail(Checker::join(at, QStringLiteral("max")), Text::tr("is required"));
        if (hasMin && hasMax && c.point(r.value(QStringLiteral("min")), Checker::join(at, QStringLiteral("min")), 3, false) &&
            c.point(r.value(QStringLiteral("max")), Checker::join(at, QStringLiteral("max")), 3, false)) {
            const QJsonArray lo = r.value(QStringLiteral("min")).toArray(), hi = r.value(QStringLiteral("max")).toArray();
            for (int i = 0; i < 3; ++i)
                if (lo[i].toDouble() > hi[i].toDouble())
                    c.fail(Checker::join(at, QStringLiteral("max")), Text::tr("must not be below min"));
        }
    } else {
        c.fail(Checker::join(at, QStringLiteral("type")), Text::tr("must be \"box2d\", \"polygon2d\" or \"box3d\""));
    }
}

void checkFinding(Checker& c, const QJsonObject& f, const QString& at, QSet<QString>& ids)
{
    c.onlyKnown(f, at, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("confidence"), QStringLiteral("code"),
                        QStringLiteral("model"), QStringLiteral("measurements"), QStringLiteral("regions")});
    if (c.string(f, at, QStringLiteral("id"), true)) {
        const QString id = f.value(QStringLiteral("id")).toString();
        if (ids.contains(id))
            c.fail(Checker::join(at, QStringLiteral("id")), Text::tr("\"%1\" is used by another finding").arg(id));
        ids.insert(id);
    }
    c.string(f, at, QStringLiteral("label"), true);
    if (f.contains(QStringLiteral("confidence"))) {
        const QJsonValue v = f.value(QStringLiteral("confidence"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
            c.fail(Checker::join(at, QStringLiteral("confidence")), Text::tr("must be between 0 and 1"));
    }
    if (c.object(f, at, QStringLiteral("code"), false)) {
        const QJsonObject code = f.value(QStringLiteral("code")).toObject();
        const QString path = Checker::join(at, QStringLiteral("code"));
        c.onlyKnown(code, path, {QStringLiteral("value"), QStringLiteral("scheme"), QStringLiteral("meaning")});
        for (const char* key : {"value", "scheme", "meaning"})
            c.string(code, path, QString::fromLatin1(key), true);
    }
    checkModel(c, f, at, false);
    if (c.array(f, at, QStringLiteral("measurements"), false)) {
        const QJsonArray ms = f.value(QStringLiteral("measurements")).toArray();
        for (int i = 0; i < ms.size(); ++i) {
            const QString path = QStringLiteral("%1.measurements[%2]").arg(at).arg(i);
            const QJsonObject m = ms[i].toObject();
            c.onlyKnown(m, path, {QStringLiteral("name"), QStringLiteral("value"), QStringLiteral("unit")});
            c.string(m, path, QStringLiteral("name"), true);
            c.string(m, path, QStringLiteral("unit"), true);
            if (!m.value(QStringLiteral("value")).isDouble())
                c.fail(Checker::join(path, QStringLiteral("value")), Text::tr("must be a number"));
        }
    }
    if (c.array(f, at, QStringLiteral("regions"), false)) {
        const QJsonArray rs = f.value(QStringLiteral("regions")).toArray();
        for (int i = 0; i < rs.size(); ++i) {
            const QString path = QStringLiteral("%1.regions[%2]").arg(at).arg(i);
            if (!rs[i].isObject())
                c.fail(path, Text::tr("must be an object"));
            else
                checkRegion(c, rs[i].toObject(), path);
        }
    }
}

Source sourceOf(const QJsonObject& model)
{
    return {model.value(QStringLiteral("name")).toString(), model.value(QStringLiteral("version")).toString(),
            model.value(QStringLiteral("manufacturer")).toString()};
}

Finding findingOf(const QJsonObject& f, const AiObject& object)
{
    Finding out;
    out.id = QStringLiteral("json:") + f.value(QStringLiteral("id")).toString();
    out.kind = FindingKind::Region;
    out.label = f.value(QStringLiteral("label")).toString();
    if (f.contains(QStringLiteral("confidence")))
        out.confidence = f.value(QStringLiteral("confidence")).toDouble();
    const QJsonObject code = f.value(QStringLiteral("code")).toObject();
    out.type = {code.value(QStringLiteral("value")).toString(), code.value(QStringLiteral("scheme")).toString(),
                code.value(QStringLiteral("meaning")).toString()};
    out.source = f.contains(QStringLiteral("model")) ? sourceOf(f.value(QStringLiteral("model")).toObject()) : object.source;
    for (const QJsonValue& v : f.value(QStringLiteral("measurements")).toArray()) {
        const QJsonObject m = v.toObject();
        Measurement measurement;
        measurement.name.meaning = m.value(QStringLiteral("name")).toString();
        measurement.value = m.value(QStringLiteral("value")).toDouble();
        measurement.unit = m.value(QStringLiteral("unit")).toString();
        out.measurements.push_back(measurement);
    }
    for (const QJsonValue& v : f.value(QStringLiteral("regions")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString type = r.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("box3d")) {
            const QJsonArray lo = r.value(QStringLiteral("min")).toArray(), hi = r.value(QStringLiteral("max")).toArray();
            out.regions3D.push_back({GraphicType::Box, object.frameOfReferenceUid,
                                     {{lo[0].toDouble(), lo[1].toDouble(), lo[2].toDouble()},
                                      {hi[0].toDouble(), hi[1].toDouble(), hi[2].toDouble()}}});
            continue;
        }
        Region2D region;
        region.type = type == QLatin1String("box2d") ? GraphicType::Box : GraphicType::Polygon;
        region.referencedSopInstanceUid = r.value(QStringLiteral("sopInstanceUid")).toString();
        region.referencedFrame = r.value(QStringLiteral("frame")).toInt(0);
        for (const QJsonValue& p : r.value(QStringLiteral("points")).toArray())
            region.points.emplace_back(p.toArray()[0].toDouble(), p.toArray()[1].toDouble());
        out.regions2D.push_back(std::move(region));
    }
    return out;
}

} // namespace

QStringList validateVendorJson(const QJsonObject& d)
{
    Checker c;
    c.onlyKnown(d, {}, {QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
                        QStringLiteral("createdAt"), QStringLiteral("model"), QStringLiteral("study"),
                        QStringLiteral("series"), QStringLiteral("findings")});
    if (d.value(QStringLiteral("format")).toString() != QLatin1String("custos-ai-findings"))
        c.fail(QStringLiteral("format"), Text::tr("must be \"custos-ai-findings\""));
    if (d.value(QStringLiteral("version")).toInt(-1) != kVendorJsonVersion || !d.value(QStringLiteral("version")).isDouble())
        c.fail(QStringLiteral("version"), Text::tr("must be %1").arg(kVendorJsonVersion));
    c.string(d, {}, QStringLiteral("id"), true);
    if (d.contains(QStringLiteral("createdAt")) &&
        !QDateTime::fromString(d.value(QStringLiteral("createdAt")).toString(), Qt::ISODate).isValid())
        c.fail(QStringLiteral("createdAt"), Text::tr("must be an ISO 8601 date and time"));
    checkModel(c, d, {}, true);
    if (c.object(d, {}, QStringLiteral("study"), false)) {
        const QJsonObject study = d.value(QStringLiteral("study")).toObject();
        c.onlyKnown(study, QStringLiteral("study"), {QStringLiteral("studyInstanceUid")});
        c.string(study, QStringLiteral("study"), QStringLiteral("studyInstanceUid"), true);
    }
    if (c.object(d, {}, QStringLiteral("series"), true)) {
        const QJsonObject series = d.value(QStringLiteral("series")).toObject();
        c.onlyKnown(series, QStringLiteral("series"), {QStringLiteral("seriesInstanceUid"), QStringLiteral("frameOfReferenceUid")});
        c.string(series, QStringLiteral("series"), QStringLiteral("seriesInstanceUid"), true);
        c.string(series, QStringLiteral("series"), QStringLiteral("frameOfReferenceUid"), false);
    }
    if (c.array(d, {}, QStringLiteral("findings"), true)) {
        QSet<QString> ids;
        const QJsonArray findings = d.value(QStringLiteral("findings")).toArray();
        for (int i = 0; i < findings.size(); ++i) {
            const QString at = QStringLiteral("findings[%1]").arg(i);
            if (!findings[i].isObject())
                c.fail(at, Text::tr("must be an object"));
            else
                checkFinding(c, findings[i].toObject(), at, ids);
        }
    }
    return c.errors;
}

Result<AiObject> parseVendorJson(const QByteArray& json, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QString name = path.isEmpty() ? Text::tr("The JSON document") : path;
    if (parseError.error != QJsonParseError::NoError)
        return Error{Text::tr("%1 is not valid JSON: %2 at offset %3.").arg(name, parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return Error{Text::tr("%1 must hold one JSON object.").arg(name)};
    const QJsonObject d = doc.object();
    if (const QStringList problems = validateVendorJson(d); !problems.isEmpty())
        return Error{Text::tr("%1 does not follow the Custos AI findings format:\n  %2").arg(name, problems.join(QStringLiteral("\n  ")))};

    AiObject o;
    o.kind = AiObjectKind::VendorJson;
    o.path = path;
    o.sopInstanceUid = d.value(QStringLiteral("id")).toString();
    o.source = sourceOf(d.value(QStringLiteral("model")).toObject());
    o.contentDateTime = QDateTime::fromString(d.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    o.studyInstanceUid = d.value(QStringLiteral("study")).toObject().value(QStringLiteral("studyInstanceUid")).toString();
    const QJsonObject series = d.value(QStringLiteral("series")).toObject();
    o.referencedSeriesUid = series.value(QStringLiteral("seriesInstanceUid")).toString();
    o.frameOfReferenceUid = series.value(QStringLiteral("frameOfReferenceUid")).toString();
    for (const QJsonValue& v : d.value(QStringLiteral("findings")).toArray()) {
        o.findings.push_back(findingOf(v.toObject(), o));
        for (const Region2D& r : o.findings.back().regions2D)
            if (!o.referencedInstanceUids.contains(r.referencedSopInstanceUid))
                o.referencedInstanceUids << r.referencedSopInstanceUid;
    }
    return o;
}

Result<AiObject> readVendorJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{Text::tr("%1 could not be opened: %2").arg(path, f.errorString())};
    if (f.size() > 64 * 1024 * 1024)
        return Error{Text::tr("%1 is larger than 64 MB; it is not a findings document.").arg(path)};
    return parseVendorJson(f.readAll(), path);
}

} // namespace custos::ai
