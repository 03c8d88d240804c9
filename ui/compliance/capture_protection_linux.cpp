// SPDX-License-Identifier: Apache-2.0
// Linux and other Unix desktops: there is nothing to ask.
//  - X11 has no isolation between clients: any program connected to the
//    display can read every window's pixels (XGetImage, XComposite).
//  - Wayland compositors hand the screen to capture tools through the
//    desktop portal (org.freedesktop.portal.ScreenCast) after asking the
//    person; no protocol lets a window opt out of that capture.
// So the honest answer is "none", and capture_protection.cpp tells the
// person which of the two it is.

#include "ui/compliance/capture_protection_native.h"

namespace custos::ui::native {

Outcome expectedOutcome()
{
    return Outcome::Unsupported;
}

Result protectWindow(void*)
{
    return {Outcome::Unsupported, 0, {}};
}

} // namespace custos::ui::native
