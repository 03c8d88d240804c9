// SPDX-License-Identifier: Apache-2.0
#pragma once
// One window/level for every 8-bit picture Custos makes from modality values
// (series thumbnails, PNG export) and one rule for a window when the file
// names none (those two and the viewer's auto-window). The viewer's own
// display maps through VTK's lookup table with the same centre and width.

#include <cstdint>

namespace custos::dicom {

// A VOI window in modality units (Window Center / Window Width).
struct GreyWindow
{
    double center = 0;
    double width = 1;
};

// The grey level 0..255 of a modality value under `window`: DICOM's linear
// VOI function (PS3.3 C.11.2.1.2.1), inverted for MONOCHROME1. A width
// below 1 is taken as 1 (the standard's minimum: a threshold at center - ½).
std::uint8_t windowedGrey(double value, const GreyWindow& window, bool invert = false);

// The window that spans values from lo to hi (inclusive) when the file names
// none: lo maps to black and hi to white.
GreyWindow windowSpanning(double lo, double hi);

} // namespace custos::dicom
