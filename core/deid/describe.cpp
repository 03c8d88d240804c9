// SPDX-License-Identifier: Apache-2.0
// The human-readable name of a profile and its options, as the audit trail
// and the export dialog show it, and as De-identification Method (0012,0063)
// records it in the output.

#include "core/deid/deidentifier.h"

#include <QCoreApplication>

namespace custos::deid {

QString describe(const Options& o)
{
    QStringList parts{QCoreApplication::translate("custos::deid", "Basic Profile")};
    const auto add = [&](bool on, const char* text) {
        if (on)
            parts << QCoreApplication::translate("custos::deid", text);
    };
    add(o.cleanPixelData, QT_TRANSLATE_NOOP("custos::deid", "Clean Pixel Data"));
    add(o.cleanDescriptors, QT_TRANSLATE_NOOP("custos::deid", "Clean Descriptors"));
    add(o.retainLongitudinalFullDates, QT_TRANSLATE_NOOP("custos::deid", "Retain Longitudinal Temporal Information Full Dates"));
    add(o.retainLongitudinalModifiedDates && !o.retainLongitudinalFullDates,
        QT_TRANSLATE_NOOP("custos::deid", "Retain Longitudinal Temporal Information Modified Dates"));
    add(o.retainPatientCharacteristics, QT_TRANSLATE_NOOP("custos::deid", "Retain Patient Characteristics"));
    add(o.retainDeviceIdentity, QT_TRANSLATE_NOOP("custos::deid", "Retain Device Identity"));
    add(o.retainInstitutionIdentity, QT_TRANSLATE_NOOP("custos::deid", "Retain Institution Identity"));
    add(o.retainUids, QT_TRANSLATE_NOOP("custos::deid", "Retain UIDs"));
    add(o.retainSafePrivate, QT_TRANSLATE_NOOP("custos::deid", "Retain Safe Private"));
    return parts.join(QStringLiteral(" + "));
}

} // namespace custos::deid
