// SPDX-License-Identifier: Apache-2.0
#include "core/ai/finding.h"

#include <QCoreApplication>

namespace custos::ai {

QString kindName(AiObjectKind kind)
{
    switch (kind) {
    case AiObjectKind::Segmentation: return QStringLiteral("SEG");
    case AiObjectKind::MeasurementReport: return QStringLiteral("SR TID 1500");
    case AiObjectKind::StructuredReport: return QStringLiteral("SR");
    case AiObjectKind::ParametricMap: return QCoreApplication::translate("custos::ai", "Parametric map");
    case AiObjectKind::PresentationState: return QCoreApplication::translate("custos::ai", "Presentation state");
    case AiObjectKind::VendorJson: return QStringLiteral("JSON");
    }
    return {};
}

} // namespace custos::ai
