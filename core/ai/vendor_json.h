// SPDX-License-Identifier: Apache-2.0
#pragma once
// Custos' documented JSON format for AI vendors without DICOM output
// (resources/ai/findings.schema.json, docs/ai-json-format.md): findings with
// id, label, confidence, model, and 2D boxes/polygons per image (pixel
// coordinates) or 3D boxes in patient coordinates (LPS, mm).

#include "core/ai/finding.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace custos::ai {

inline constexpr int kVendorJsonVersion = 1;

// Every problem of a document, each naming its field, e.g.
// "findings[2].confidence: must be between 0 and 1". Empty: valid.
QStringList validateVendorJson(const QJsonObject& document);

// Parses and validates; the error lists every problem found.
Result<AiObject> parseVendorJson(const QByteArray& json, const QString& path = {});
Result<AiObject> readVendorJson(const QString& path);

} // namespace custos::ai
