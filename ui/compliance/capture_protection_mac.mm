// SPDX-License-Identifier: Apache-2.0
// macOS: NSWindow.sharingType = NSWindowSharingNone. Apple treats this as a
// legacy request: the window server leaves the window out of the older
// capture paths (CGWindowListCreateImage, screencapture, most screen
// sharing), but ScreenCaptureKit, the capture framework of macOS 12.3 and
// later and the only one on macOS 15, is not bound by it, and macOS 15's own
// screenshot and recording tools use it. So on macOS the protection is
// partial, and capture_protection.cpp says so to the person.
//
// Qt-free: the handle is the NSView* Qt returns from QWidget::winId().

#include "ui/compliance/capture_protection_native.h"

#import <AppKit/AppKit.h>

namespace custos::ui::native {

Outcome expectedOutcome()
{
    return Outcome::Legacy;
}

Result protectWindow(void* nativeHandle)
{
#if __has_feature(objc_arc)
    NSView* view = (__bridge NSView*)nativeHandle;
#else
    NSView* view = static_cast<NSView*>(nativeHandle);
#endif
    NSWindow* window = view != nil ? [view window] : nil;
    if (window == nil)
        return {Outcome::Failed, 0, "the view is not in a window yet"};
    [window setSharingType:NSWindowSharingNone];
    if ([window sharingType] != NSWindowSharingNone)
        return {Outcome::Failed, 0, "the window server did not accept NSWindowSharingNone"};
    return {Outcome::Legacy, 0, {}};
}

} // namespace custos::ui::native
