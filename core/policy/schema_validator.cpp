// SPDX-License-Identifier: Apache-2.0
#include "core/policy/schema_validator.h"

#include "core/policy/json_locator_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <cmath>

namespace custos::policy {

namespace {

// lupdate extracts Text::tr("...") under "custos::policy", the context looked up at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(custos::policy)
};

const QSet<QString>& knownKeywords()
{
    static const QSet<QString> k{
        QStringLiteral("$schema"),  QStringLiteral("$id"),      QStringLiteral("$defs"),        QStringLiteral("$ref"),
        QStringLiteral("title"),    QStringLiteral("description"), QStringLiteral("default"),   QStringLiteral("examples"),
        QStringLiteral("type"),     QStringLiteral("properties"), QStringLiteral("required"),   QStringLiteral("additionalProperties"),
        QStringLiteral("propertyNames"), QStringLiteral("items"), QStringLiteral("minItems"),   QStringLiteral("maxItems"),
        QStringLiteral("uniqueItems"), QStringLiteral("enum"),   QStringLiteral("minimum"),     QStringLiteral("maximum"),
        QStringLiteral("minLength"), QStringLiteral("maxLength"), QStringLiteral("pattern"),    QStringLiteral("x-noun"),
    };
    return k;
}

// Every keyword of every sub-schema must be one we implement.
QString unknownKeyword(const QJsonValue& schema, const QString& where)
{
    if (!schema.isObject())
        return {};
    const QJsonObject o = schema.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeywords().contains(it.key()))
            return where + QLatin1Char('/') + it.key();
        if (it.key() == QLatin1String("properties") || it.key() == QLatin1String("$defs")) {
            const QJsonObject children = it.value().toObject();
            for (auto c = children.begin(); c != children.end(); ++c)
                if (QString bad = unknownKeyword(c.value(), where + QLatin1Char('/') + it.key() + QLatin1Char('/') + c.key()); !bad.isEmpty())
                    return bad;
        } else if (it.key() == QLatin1String("items") || it.key() == QLatin1String("additionalProperties")
                   || it.key() == QLatin1String("propertyNames")) {
            if (QString bad = unknownKeyword(it.value(), where + QLatin1Char('/') + it.key()); !bad.isEmpty())
                return bad;
        }
    }
    return {};
}

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

bool hasType(const QJsonValue& v, const QString& type)
{
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    return typeOf(v) == type;
}

QString shown(const QJsonValue& v)
{
    if (v.isString())
        return QLatin1Char('"') + detail::clipped(v.toString()) + QLatin1Char('"');
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return typeOf(v);
}

} // namespace

Result<SchemaValidator> SchemaValidator::create(const QJsonObject& schema)
{
    if (const QString bad = unknownKeyword(schema, QStringLiteral("#")); !bad.isEmpty())
        return Error{Text::tr("The policy schema uses %1, which this validator does not implement.").arg(bad)};
    return SchemaValidator(schema);
}

std::vector<SchemaError> SchemaValidator::validate(const QJsonValue& document) const
{
    std::vector<SchemaError> out;
    check(m_schema, document, QString(), out);
    return out;
}

QJsonObject SchemaValidator::resolve(const QJsonObject& schema) const
{
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (!ref.startsWith(QLatin1String("#/$defs/")))
        return schema;
    return m_schema.value(QStringLiteral("$defs")).toObject().value(ref.mid(8)).toObject();
}

void SchemaValidator::check(const QJsonObject& raw, const QJsonValue& value, const QString& path, std::vector<SchemaError>& out) const
{
    const QJsonObject schema = resolve(raw);
    if (!checkType(schema, value, path, out))
        return;
    if (value.isObject())
        checkObject(schema, value.toObject(), path, out);
    else if (value.isArray())
        checkArray(schema, value.toArray(), path, out);
    else
        checkScalar(schema, value, path, out);
}

bool SchemaValidator::checkType(const QJsonObject& schema, const QJsonValue& value, const QString& path, std::vector<SchemaError>& out) const
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isUndefined())
        return true;
    QStringList types;
    if (type.isArray())
        for (const QJsonValue& t : type.toArray())
            types << t.toString();
    else
        types << type.toString();
    for (const QString& ty : types)
        if (hasType(value, ty))
            return true;
    out.push_back({path, Text::tr("expected %1, found %2").arg(types.join(Text::tr(" or ")), value.isDouble() ? shown(value) : typeOf(value))});
    return false;
}

void SchemaValidator::checkObject(const QJsonObject& schema, const QJsonObject& value, const QString& path, std::vector<SchemaError>& out) const
{
    for (const QJsonValue& r : schema.value(QStringLiteral("required")).toArray())
        if (!value.contains(r.toString()))
            out.push_back({path, Text::tr("the field \"%1\" is required").arg(r.toString())});
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
    const QJsonObject names = resolve(schema.value(QStringLiteral("propertyNames")).toObject());
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QString childPath = detail::JsonLocator::child(path, it.key());
        if (!names.isEmpty())
            checkScalar(names, QJsonValue(it.key()), childPath, out);
        if (properties.contains(it.key())) {
            check(properties.value(it.key()).toObject(), it.value(), childPath, out);
        } else if (additional.isBool() && !additional.toBool()) {
            out.push_back({childPath, Text::tr("unknown field (known fields: %1)").arg(properties.keys().join(QStringLiteral(", ")))});
        } else if (additional.isObject()) {
            check(additional.toObject(), it.value(), childPath, out);
        }
    }
}

void SchemaValidator::checkArray(const QJsonObject& schema, const QJsonArray& value, const QString& path, std::vector<SchemaError>& out) const
{
    if (const QJsonValue min = schema.value(QStringLiteral("minItems")); min.isDouble() && value.size() < min.toInt())
        out.push_back({path, Text::tr("needs at least %1 entries, has %2").arg(min.toInt()).arg(value.size())});
    if (const QJsonValue max = schema.value(QStringLiteral("maxItems")); max.isDouble() && value.size() > max.toInt())
        out.push_back({path, Text::tr("allows at most %1 entries, has %2").arg(max.toInt()).arg(value.size())});
    const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
    const bool unique = schema.value(QStringLiteral("uniqueItems")).toBool();
    // uniqueItems in linear time: each item's canonical compact JSON (object
    // keys are sorted) in a hash set, not a comparison with every earlier item.
    QSet<QByteArray> seen;
    for (int i = 0; i < value.size(); ++i) {
        const QString itemPath = detail::JsonLocator::element(path, i);
        if (!items.isEmpty())
            check(items, value.at(i), itemPath, out);
        if (unique) {
            const QByteArray canonical = QJsonDocument(QJsonArray{value.at(i)}).toJson(QJsonDocument::Compact);
            if (seen.contains(canonical))
                out.push_back({itemPath, Text::tr("%1 is listed twice").arg(shown(value.at(i)))});
            else
                seen.insert(canonical);
        }
    }
}

void SchemaValidator::checkScalar(const QJsonObject& schema, const QJsonValue& value, const QString& path, std::vector<SchemaError>& out) const
{
    if (const QJsonValue e = schema.value(QStringLiteral("enum")); e.isArray() && !e.toArray().contains(value)) {
        const QString noun = schema.value(QStringLiteral("x-noun")).toString();
        if (!noun.isEmpty()) {
            out.push_back({path, Text::tr("%1 is not a known %2").arg(shown(value), noun)});
        } else {
            QStringList choices;
            for (const QJsonValue& c : e.toArray())
                choices << shown(c);
            out.push_back({path, Text::tr("%1 is not one of %2").arg(shown(value), choices.join(QStringLiteral(", ")))});
        }
        return;
    }
    if (value.isDouble()) {
        const double v = value.toDouble();
        if (const QJsonValue min = schema.value(QStringLiteral("minimum")); min.isDouble() && v < min.toDouble())
            out.push_back({path, Text::tr("%1 is below the minimum %2").arg(shown(value), shown(min))});
        if (const QJsonValue max = schema.value(QStringLiteral("maximum")); max.isDouble() && v > max.toDouble())
            out.push_back({path, Text::tr("%1 is above the maximum %2").arg(shown(value), shown(max))});
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (const QJsonValue min = schema.value(QStringLiteral("minLength")); min.isDouble() && s.size() < min.toInt())
            out.push_back({path, Text::tr("%1 is shorter than %2 characters").arg(shown(value)).arg(min.toInt())});
        if (const QJsonValue max = schema.value(QStringLiteral("maxLength")); max.isDouble() && s.size() > max.toInt())
            out.push_back({path, Text::tr("%1 is longer than %2 characters").arg(shown(value)).arg(max.toInt())});
        if (const QJsonValue pattern = schema.value(QStringLiteral("pattern")); pattern.isString()) {
            // Compiled once per pattern, not once per value.
            thread_local QHash<QString, QRegularExpression> compiled;
            auto it = compiled.find(pattern.toString());
            if (it == compiled.end())
                it = compiled.insert(pattern.toString(), QRegularExpression(pattern.toString()));
            const QRegularExpression& re = *it;
            if (!re.match(s).hasMatch()) {
                const QString noun = schema.value(QStringLiteral("x-noun")).toString();
                out.push_back({path, noun.isEmpty() ? Text::tr("%1 does not match the pattern %2").arg(shown(value), pattern.toString())
                                                    : Text::tr("%1 is not a valid %2 (pattern %3)").arg(shown(value), noun, pattern.toString())});
            }
        }
    }
}

} // namespace custos::policy
