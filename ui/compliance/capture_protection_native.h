// SPDX-License-Identifier: Apache-2.0
#pragma once
// The operating system's half of capture protection, free of Qt so that the
// Windows and macOS sources compile (and are checked in CI) without a Qt for
// those platforms. capture_protection.h turns these outcomes into what a
// person reads.

#include <string>

namespace custos::ui::native {

enum class Outcome {
    Excluded,    // the window is left out of screenshots, recordings and screen sharing
    Blackened,   // the window appears as a black rectangle in captures
    Legacy,      // a request the OS honours for some capture paths only (macOS)
    Unsupported, // the platform has no way to ask (X11, Wayland)
    Failed,      // the OS refused; errorCode and systemMessage say why
};

struct Result
{
    Outcome outcome = Outcome::Unsupported;
    unsigned long errorCode = 0; // GetLastError() on Windows
    std::string systemMessage;   // the OS's own words for errorCode, UTF-8
};

// What this OS (and version) can give, before any window exists.
Outcome expectedOutcome();

// Asks the OS to keep one top-level window out of captures. `nativeHandle`
// is QWidget::winId(): an HWND on Windows, an NSView* on macOS, an X11
// window id on Linux.
Result protectWindow(void* nativeHandle);

} // namespace custos::ui::native
