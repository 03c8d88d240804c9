// SPDX-License-Identifier: Apache-2.0
#pragma once
// Keeps Custos's windows out of screenshots, screen recordings and screen
// sharing where the operating system allows it, and says plainly how much
// protection there is:
//   Windows 10 2004+  Full     (WDA_EXCLUDEFROMCAPTURE: the window is left out)
//   older Windows     Partial  (WDA_MONITOR: the window is captured black)
//   macOS             Partial  (NSWindowSharingNone: a legacy request that
//                              ScreenCaptureKit, macOS 15's capture path, ignores)
//   Linux             None     (X11 has no isolation; Wayland no opt-out)
//
// Every top-level window must be protected, dialogs included. install()
// puts an event filter on the application that applies protection on each
// window's Show event, so a dialog opened anywhere is covered without its
// author remembering to call apply().

#include <QObject>
#include <QString>

class QWidget;

namespace custos::ui {

namespace native {
struct Result;
}

enum class CaptureProtectionLevel { Full, Partial, None };

struct CaptureProtectionStatus
{
    CaptureProtectionLevel level = CaptureProtectionLevel::None;
    QString explanation; // one or two sentences for the person, translated
};

class CaptureProtection : public QObject
{
    Q_OBJECT

public:
    explicit CaptureProtection(QObject* parent = nullptr);
    ~CaptureProtection() override;

    // Applies protection to every window shown from now on (the event filter
    // on qApp), and to the top-level windows already visible.
    void install();

    // Protects one top-level window (a child widget's window is used).
    // Returns what this window got; status() keeps the weakest so far.
    CaptureProtectionStatus apply(QWidget* topLevel);

    // The weakest protection any window got; before the first window, what
    // this platform offers.
    CaptureProtectionStatus status() const;

    // How many distinct windows apply() has seen (tests, diagnostics).
    int protectedWindowCount() const;

signals:
    // The level dropped (a window could not be protected as well as the rest).
    void statusChanged(const custos::ui::CaptureProtectionStatus& status);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static CaptureProtectionStatus describe(const native::Result& result);
    static QString unsupportedExplanation();

    CaptureProtectionStatus status_;
    bool applied_ = false;
    QList<const QWidget*> seen_;
};

} // namespace custos::ui
