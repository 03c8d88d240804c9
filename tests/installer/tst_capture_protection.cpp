// SPDX-License-Identifier: Apache-2.0
// Capture protection as it behaves on this platform (Linux under Xvfb): it
// reports honestly that there is none and why, and the application-wide
// event filter reaches every window that is shown (main window, dialog,
// pop-up menu), not child widgets, and forgets windows that are destroyed.
// The Windows and macOS halves are compiled by installer_mingw (Windows)
// and cannot run here.

#include "ui/compliance/capture_protection.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using custos::ui::CaptureProtection;
using custos::ui::CaptureProtectionLevel;

class TestCaptureProtection : public QObject
{
    Q_OBJECT

private slots:
    void reportsNoneOnX11AndSaysWhy()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
        CaptureProtection protection;
        QCOMPARE(protection.status().level, CaptureProtectionLevel::None);
        QVERIFY2(protection.status().explanation.contains(QLatin1String("X11")),
                 qPrintable(protection.status().explanation));

        QWidget window;
        const auto applied = protection.apply(&window);
        QCOMPARE(applied.level, CaptureProtectionLevel::None);
        QVERIFY(!applied.explanation.isEmpty());
        QVERIFY(window.testAttribute(Qt::WA_WState_Created)); // the native window exists now
        QCOMPARE(protection.protectedWindowCount(), 1);
    }

    void protectsEveryWindowShownButNotChildWidgets()
    {
        CaptureProtection protection;
        protection.install();

        QWidget main;
        auto* layout = new QVBoxLayout(&main);
        auto* child = new QLabel(QStringLiteral("series"), &main);
        layout->addWidget(child);
        main.show();
        QVERIFY(QTest::qWaitForWindowExposed(&main));
        QCOMPARE(protection.protectedWindowCount(), 1);

        // A dialog opened later, by code that never heard of capture protection.
        auto* dialog = new QDialog(&main);
        dialog->setWindowTitle(QStringLiteral("Export"));
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(protection.protectedWindowCount(), 2);

        QMenu menu;
        menu.addAction(QStringLiteral("Copy"));
        menu.popup(main.mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(&menu));
        QCOMPARE(protection.protectedWindowCount(), 3);

        // Showing a child again or re-showing a window adds nothing.
        child->hide();
        child->show();
        dialog->hide();
        dialog->show();
        QCOMPARE(protection.protectedWindowCount(), 3);

        menu.hide();
        delete dialog;
        QCOMPARE(protection.protectedWindowCount(), 2);
        QCOMPARE(protection.status().level, CaptureProtectionLevel::None);
    }

    void aWindowAlreadyVisibleIsProtectedOnInstall()
    {
        QWidget early;
        early.show();
        QVERIFY(QTest::qWaitForWindowExposed(&early));
        CaptureProtection protection;
        protection.install();
        QCOMPARE(protection.protectedWindowCount(), 1);
    }
};

QTEST_MAIN(TestCaptureProtection)
#include "tst_capture_protection.moc"
