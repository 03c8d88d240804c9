// SPDX-License-Identifier: Apache-2.0
#pragma once
// What both writers of core/export share: the folder check against the
// Guard's destination, and the record of a write that failed after it was
// allowed.

#include "core/audit/audit_event.h"

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace custos::exports::detail {

// The folder the Guard checked, and no other.
inline bool sameFolder(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

// DICOM "Export" (110106), a serious failure, for a write the Guard allowed.
inline audit::Event failedExport(const QString& description, const QString& purpose)
{
    audit::Event failed;
    failed.id = {QStringLiteral("110106"), QStringLiteral("DCM"), QStringLiteral("Export")};
    failed.action = QLatin1Char('R');
    failed.outcome = audit::Outcome::SeriousFailure;
    failed.outcomeDescription = description;
    failed.purposeOfUse = purpose;
    return failed;
}

} // namespace custos::exports::detail
