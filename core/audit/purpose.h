// SPDX-License-Identifier: Apache-2.0
#pragma once
// Purposes of use the program states itself (opening a study is "image
// review", the administration reads the policy, ...). They are recorded as
// language-neutral codes, never in the language the viewer happens to show,
// so a trail written in German is read the same in French, by the CLI, or by
// a collector; they are shown translated. A purpose a person types (an
// export's) is their words and is kept as typed.

#include <QString>

namespace custos::audit::purpose {

// The codes (stored in Event::purposeOfUse as they are).
inline const QString imageReview = QStringLiteral("image-review");
inline const QString aiFindingsReview = QStringLiteral("ai-findings-review");
inline const QString administration = QStringLiteral("administration");
inline const QString readPolicy = QStringLiteral("administration-read-policy");
inline const QString exportAuditTrail = QStringLiteral("administration-export-audit-trail");
inline const QString breakGlassReview = QStringLiteral("administration-break-glass-review");
inline const QString exportMenu = QStringLiteral("export-menu");
inline const QString screenshot = QStringLiteral("screenshot-option");
inline const QString copyImage = QStringLiteral("copy-image");
inline const QString printImage = QStringLiteral("print-image");
inline const QString dragImage = QStringLiteral("drag-image-out");
inline const QString emergencyAccess = QStringLiteral("emergency-access-requested");
inline const QString saveReadingMarks = QStringLiteral("save-reading-marks");

// What a person reads for a stored purpose: a code in the current
// language; anything else (typed words, older records) as it is.
QString text(const QString& stored);
// The English words of a code (for ATNA's originalText); empty: not a code.
QString englishText(const QString& stored);

} // namespace custos::audit::purpose
