// SPDX-License-Identifier: Apache-2.0
#include "ui/auth/os_lock_monitor.h"

#include <QCoreApplication>
#include <QStringList>

#if defined(CUSTOS_HAVE_QTDBUS)
#include <QDBusConnection>
#endif

#if defined(Q_OS_WIN)
#include <QAbstractNativeEventFilter>
#include <QGuiApplication>
#include <QWindow>
#include <windows.h>
#include <wtsapi32.h>
#endif

namespace custos::ui {

#if defined(Q_OS_WIN)
class OsLockMonitor::NativeFilter : public QAbstractNativeEventFilter
{
public:
    explicit NativeFilter(OsLockMonitor* owner) : m_owner(owner) {}
    bool nativeEventFilter(const QByteArray& type, void* message, qintptr*) override
    {
        if (type != "windows_generic_MSG")
            return false;
        const MSG* msg = static_cast<const MSG*>(message);
        if (msg->message == WM_WTSSESSION_CHANGE && msg->wParam == WTS_SESSION_LOCK)
            emit m_owner->lockRequested(QCoreApplication::translate("custos::ui", "the computer was locked"));
        if (msg->message == WM_POWERBROADCAST && msg->wParam == PBT_APMSUSPEND)
            emit m_owner->lockRequested(QCoreApplication::translate("custos::ui", "the computer is going to sleep"));
        if (msg->message == WM_WTSSESSION_CHANGE || msg->message == WM_POWERBROADCAST)
            return false;
        if (!m_registered && msg->hwnd) { // the first window of ours to receive a message
            m_registered = WTSRegisterSessionNotification(msg->hwnd, NOTIFY_FOR_THIS_SESSION);
        }
        return false;
    }

private:
    OsLockMonitor* m_owner;
    bool m_registered = false;
};
#else
class OsLockMonitor::NativeFilter
{
};
#endif

OsLockMonitor::OsLockMonitor(QObject* parent) : QObject(parent)
{
#if defined(CUSTOS_HAVE_QTDBUS)
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        if (system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                           QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                           SLOT(onPrepareForSleep(bool))))
            m_sources << QStringLiteral("logind PrepareForSleep");
        const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
        if (!sessionId.isEmpty()
            && system.connect(QStringLiteral("org.freedesktop.login1"),
                              QStringLiteral("/org/freedesktop/login1/session/") + sessionId,
                              QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                              SLOT(onSessionLock())))
            m_sources << QStringLiteral("logind session Lock");
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        // Any sender: screen savers differ in which name they own.
        struct Saver { const char* path; const char* interface; };
        for (const Saver& s : {Saver{"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
                               Saver{"/ScreenSaver", "org.freedesktop.ScreenSaver"},
                               Saver{"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"}}) {
            if (session.connect(QString(), QString::fromLatin1(s.path), QString::fromLatin1(s.interface),
                                QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool))))
                m_sources << QStringLiteral("%1 ActiveChanged").arg(QString::fromLatin1(s.interface));
        }
    }
#elif defined(Q_OS_WIN)
    m_native = new NativeFilter(this);
    QCoreApplication::instance()->installNativeEventFilter(m_native);
    m_sources << QStringLiteral("WTS session notifications") << QStringLiteral("power broadcasts");
#endif
}

OsLockMonitor::~OsLockMonitor()
{
#if defined(Q_OS_WIN)
    QCoreApplication::instance()->removeNativeEventFilter(m_native);
    delete m_native;
#else
    Q_UNUSED(m_native);
#endif
}

void OsLockMonitor::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        emit lockRequested(tr("the computer is going to sleep"));
}

void OsLockMonitor::onSessionLock()
{
    emit lockRequested(tr("the computer was locked"));
}

void OsLockMonitor::onScreenSaverActive(bool active)
{
    if (active)
        emit lockRequested(tr("the screen was locked"));
}

} // namespace custos::ui
