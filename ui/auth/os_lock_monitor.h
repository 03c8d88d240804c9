// SPDX-License-Identifier: Apache-2.0
#pragma once
// Tells when the operating system locks the screen or goes to sleep, so the
// session locks with it (HIPAA automatic logoff).
//   Linux:   systemd-logind (PrepareForSleep, the session's Lock signal) on
//            the system bus; the freedesktop/GNOME screen savers'
//            ActiveChanged on the session bus.
//   Windows: WTS session notifications (WTS_SESSION_LOCK) and power
//            broadcasts (PBT_APMSUSPEND).
//   macOS:   not yet wired (NSWorkspace screensDidSleep / com.apple.screenIsLocked);
//            the idle lock still applies.

#include <QObject>

namespace custos::ui {

class OsLockMonitor : public QObject
{
    Q_OBJECT
public:
    explicit OsLockMonitor(QObject* parent = nullptr);
    ~OsLockMonitor() override;

    // What is being watched, for the About dialog and the audit trail.
    QStringList sources() const { return m_sources; }

signals:
    void lockRequested(const QString& reason);

private slots:
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
    void onScreenSaverActive(bool active);

private:
    QStringList m_sources;
    class NativeFilter;
    NativeFilter* m_native = nullptr;
};

} // namespace custos::ui
