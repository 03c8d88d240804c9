// SPDX-License-Identifier: Apache-2.0
#include "core/audit/purpose.h"

#include <QCoreApplication>

#include <iterator>

namespace custos::audit::purpose {

namespace {

struct Known
{
    const QString* code;
    const char* words;
};

const Known kKnown[] = {
    {&imageReview, QT_TRANSLATE_NOOP("custos::audit::purpose", "Image review")},
    {&aiFindingsReview, QT_TRANSLATE_NOOP("custos::audit::purpose", "Review of AI findings")},
    {&administration, QT_TRANSLATE_NOOP("custos::audit::purpose", "Administration")},
    {&readPolicy, QT_TRANSLATE_NOOP("custos::audit::purpose", "Administration: read the policy")},
    {&exportAuditTrail, QT_TRANSLATE_NOOP("custos::audit::purpose", "Administration: export the audit trail")},
    {&breakGlassReview, QT_TRANSLATE_NOOP("custos::audit::purpose", "Administration: break-glass review")},
    {&exportMenu, QT_TRANSLATE_NOOP("custos::audit::purpose", "Export (menu or Ctrl+E)")},
    {&screenshot, QT_TRANSLATE_NOOP("custos::audit::purpose", "Screenshot (--screenshot)")},
    {&copyImage, QT_TRANSLATE_NOOP("custos::audit::purpose", "Copy image to the clipboard")},
    {&printImage, QT_TRANSLATE_NOOP("custos::audit::purpose", "Print image")},
    {&dragImage, QT_TRANSLATE_NOOP("custos::audit::purpose", "Drag image out of the viewer")},
    {&emergencyAccess, QT_TRANSLATE_NOOP("custos::audit::purpose", "Emergency access requested")},
    {&saveReadingMarks, QT_TRANSLATE_NOOP("custos::audit::purpose", "Save measurements and key images with the study")},
};

const Known* find(const QString& stored)
{
    for (const Known& k : kKnown)
        if (*k.code == stored)
            return &k;
    return nullptr;
}

} // namespace

QString text(const QString& stored)
{
    const Known* k = find(stored);
    return k ? QCoreApplication::translate("custos::audit::purpose", k->words) : stored;
}

QString englishText(const QString& stored)
{
    const Known* k = find(stored);
    return k ? QString::fromLatin1(k->words) : QString();
}

} // namespace custos::audit::purpose
