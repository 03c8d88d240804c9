// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/capture_protection.h"

#include "ui/compliance/capture_protection_native.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QWidget>

namespace custos::ui {

namespace {

int rank(CaptureProtectionLevel level)
{
    switch (level) {
    case CaptureProtectionLevel::Full:
        return 2;
    case CaptureProtectionLevel::Partial:
        return 1;
    case CaptureProtectionLevel::None:
        break;
    }
    return 0;
}

} // namespace

// Where there is nothing to ask, say why in the terms of this desktop.
QString CaptureProtection::unsupportedExplanation()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("xcb"))
        return tr("Screen capture protection is not available: on X11 any program on this desktop can read "
                  "the screen, so screenshots and screen sharing can show patient images.");
    if (platform.startsWith(QLatin1String("wayland")))
        return tr("Screen capture protection is not available: Wayland has no way for a window to opt out of "
                  "screenshots and screen sharing that the person approves.");
    return tr("Screen capture protection is not available on this platform: screenshots and screen sharing "
              "can show patient images.");
}

CaptureProtectionStatus CaptureProtection::describe(const native::Result& r)
{
    const QString detail = QString::fromStdString(r.systemMessage);
    switch (r.outcome) {
    case native::Outcome::Excluded:
        return {CaptureProtectionLevel::Full,
                tr("Custos windows are left out of screenshots, screen recordings and screen sharing.")};
    case native::Outcome::Blackened:
        return {CaptureProtectionLevel::Partial,
                detail.isEmpty()
                    ? tr("Custos windows appear black in screenshots and screen sharing. This version of Windows "
                         "cannot leave them out entirely (that needs Windows 10 version 2004 or later).")
                    : tr("Custos windows appear black in screenshots and screen sharing. This version of Windows "
                         "cannot leave them out entirely (that needs Windows 10 version 2004 or later): %1")
                          .arg(detail)};
    case native::Outcome::Legacy:
        return {CaptureProtectionLevel::Partial,
                tr("Custos windows ask macOS to be left out of screen captures, but macOS honours this only for "
                   "older capture methods: ScreenCaptureKit, used by macOS 15's screenshot and recording tools "
                   "and by many sharing apps, can still capture them.")};
    case native::Outcome::Unsupported:
        return {CaptureProtectionLevel::None, unsupportedExplanation()};
    case native::Outcome::Failed:
        break;
    }
    return {CaptureProtectionLevel::None,
            tr("A Custos window could not be protected from screen capture: %1")
                .arg(detail.isEmpty() ? tr("the system gave no reason") : detail)};
}

CaptureProtection::CaptureProtection(QObject* parent)
    : QObject(parent)
    , status_(describe({native::expectedOutcome(), 0, {}}))
{
}

CaptureProtection::~CaptureProtection()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void CaptureProtection::install()
{
    qApp->installEventFilter(this);
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            apply(w);
    }
}

CaptureProtectionStatus CaptureProtection::apply(QWidget* topLevel)
{
    if (topLevel == nullptr)
        return status_;
    QWidget* window = topLevel->window();
    // winId() creates the native window if it does not exist yet, so the
    // request reaches the OS before the first frame is on screen.
    const auto result = describe(native::protectWindow(reinterpret_cast<void*>(window->winId())));
    if (!seen_.contains(window)) {
        seen_.append(window);
        connect(window, &QObject::destroyed, this, [this, window] { seen_.removeAll(window); });
    }
    if (!applied_ || rank(result.level) < rank(status_.level)) {
        const bool changed = result.level != status_.level || result.explanation != status_.explanation;
        status_ = result;
        applied_ = true;
        if (changed)
            emit statusChanged(status_);
    }
    return result;
}

CaptureProtectionStatus CaptureProtection::status() const
{
    return status_;
}

int CaptureProtection::protectedWindowCount() const
{
    return int(seen_.size());
}

bool CaptureProtection::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        // Menus, pop-ups and tool tips too: they can show series descriptions.
        if (widget->isWindow())
            apply(widget);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace custos::ui
