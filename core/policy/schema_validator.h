// SPDX-License-Identifier: Apache-2.0
#pragma once
// A validator for the subset of JSON Schema (draft 2020-12) the policy
// schema uses: type (incl. integer), properties, required,
// additionalProperties (false or a schema), propertyNames, items,
// minItems/maxItems, uniqueItems, enum, minimum/maximum,
// minLength/maxLength, pattern and local "$ref": "#/$defs/<name>". The
// non-standard "x-noun" names what an enum lists, so an error can say
// "\"ExportDicomm\" is not a known action". Any other keyword in the schema
// is refused when the validator is built, so the schema cannot silently
// ask for a check that is not made.

#include "core/common/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <vector>

namespace custos::policy {

struct SchemaError
{
    QString path;    // "roles.technologist.permissions[2]" ("" for the top level)
    QString message; // "\"ExportDicomm\" is not a known action"
};

class SchemaValidator
{
public:
    // Fails when the schema uses a keyword this validator does not implement.
    static Result<SchemaValidator> create(const QJsonObject& schema);

    std::vector<SchemaError> validate(const QJsonValue& document) const;

private:
    explicit SchemaValidator(QJsonObject schema) : m_schema(std::move(schema)) {}
    void check(const QJsonObject& schema, const QJsonValue& value, const QString& path, std::vector<SchemaError>& out) const;
    bool checkType(const QJsonObject& schema, const QJsonValue& value, const QString& path, std::vector<SchemaError>& out) const;
    void checkObject(const QJsonObject& schema, const QJsonObject& value, const QString& path, std::vector<SchemaError>& out) const;
    void checkArray(const QJsonObject& schema, const QJsonArray& value, const QString& path, std::vector<SchemaError>& out) const;
    void checkScalar(const QJsonObject& schema, const QJsonValue& value, const QString& path, std::vector<SchemaError>& out) const;
    QJsonObject resolve(const QJsonObject& schema) const;

    QJsonObject m_schema;
};

} // namespace custos::policy
