// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/windowing.h"

#include <algorithm>
#include <cmath>

namespace custos::dicom {

std::uint8_t windowedGrey(double value, const GreyWindow& window, bool invert)
{
    const double width = std::max(1.0, window.width);
    double grey;
    if (width <= 1.0) // PS3.3: x <= c - 0.5 is the minimum, anything above the maximum
        grey = value <= window.center - 0.5 ? 0.0 : 255.0;
    else
        grey = std::clamp(((value - (window.center - 0.5)) / (width - 1.0) + 0.5) * 255.0, 0.0, 255.0);
    const auto level = static_cast<std::uint8_t>(std::lround(grey));
    return invert ? static_cast<std::uint8_t>(255 - level) : level;
}

GreyWindow windowSpanning(double lo, double hi)
{
    if (!(hi > lo)) // one value (or none): a window of width 1 around it
        return GreyWindow{lo + 0.5, 1.0};
    // With the linear function, c - ½ - (w - 1)/2 = lo and c - ½ + (w - 1)/2 = hi.
    return GreyWindow{(lo + hi) / 2.0 + 0.5, hi - lo + 1.0};
}

} // namespace custos::dicom
