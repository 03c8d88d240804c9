// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/orientation.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace custos::ui {

QString orientationLabel(const dicom::Vec3& d)
{
    // DICOM LPS: +x is patient Left, +y Posterior, +z Head.
    struct Axis
    {
        double value;
        QChar positive, negative;
    };
    std::array<Axis, 3> axes{{{d.x, QLatin1Char('L'), QLatin1Char('R')},
                              {d.y, QLatin1Char('P'), QLatin1Char('A')},
                              {d.z, QLatin1Char('H'), QLatin1Char('F')}}};
    std::sort(axes.begin(), axes.end(), [](const Axis& a, const Axis& b) { return std::abs(a.value) > std::abs(b.value); });
    const double largest = std::abs(axes[0].value);
    if (largest <= 0)
        return {};
    QString label;
    for (const Axis& a : axes) {
        if (std::abs(a.value) < 0.1 * largest)
            break;
        label += a.value > 0 ? a.positive : a.negative;
    }
    return label;
}

} // namespace custos::ui
