// SPDX-License-Identifier: Apache-2.0
// One window/level for thumbnails, PNG export and the viewer's auto-window:
// DICOM's linear VOI function (PS3.3 C.11.2.1.2.1) and the window that spans
// a slice's values when the file names none.

#include "core/dicom/windowing.h"

#include <QtTest>

using namespace custos::dicom;

class TestWindowing : public QObject
{
    Q_OBJECT
private slots:
    void linearFunctionOfThePs33_data();
    void linearFunctionOfThePs33();
    void spanningWindowMapsItsEndsToBlackAndWhite_data();
    void spanningWindowMapsItsEndsToBlackAndWhite();
};

void TestWindowing::linearFunctionOfThePs33_data()
{
    QTest::addColumn<double>("center");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<int>("grey");
    // Edges of the standard's function: x <= c - 0.5 - (w-1)/2 -> 0,
    // x > c - 0.5 + (w-1)/2 -> 255, linear between.
    QTest::newRow("CT lung, below") << -600.0 << 1500.0 << -1400.0 << false << 0;
    QTest::newRow("CT lung, lower edge") << -600.0 << 1500.0 << -1350.0 << false << 0;
    QTest::newRow("CT lung, centre") << -600.0 << 1500.0 << -600.5 << false << 128;
    QTest::newRow("CT lung, upper edge") << -600.0 << 1500.0 << 149.0 << false << 255;
    QTest::newRow("CT lung, above") << -600.0 << 1500.0 << 3000.0 << false << 255;
    QTest::newRow("12-bit full range, 0") << 2048.0 << 4096.0 << 0.0 << false << 0;
    QTest::newRow("12-bit full range, 4095") << 2048.0 << 4096.0 << 4095.0 << false << 255;
    QTest::newRow("12-bit full range, quarter") << 2048.0 << 4096.0 << 1023.5 << false << 64;
    QTest::newRow("MONOCHROME1 inverts") << 2048.0 << 4096.0 << 0.0 << true << 255;
    QTest::newRow("MONOCHROME1, upper end") << 2048.0 << 4096.0 << 4095.0 << true << 0;
    QTest::newRow("width 1: threshold, at c - 0.5") << 100.0 << 1.0 << 99.5 << false << 0;
    QTest::newRow("width 1: threshold, above") << 100.0 << 1.0 << 99.6 << false << 255;
    QTest::newRow("width 0 taken as 1") << 100.0 << 0.0 << 101.0 << false << 255;
    QTest::newRow("negative width taken as 1") << 100.0 << -5.0 << 50.0 << false << 0;
}

void TestWindowing::linearFunctionOfThePs33()
{
    QFETCH(double, center);
    QFETCH(double, width);
    QFETCH(double, value);
    QFETCH(bool, invert);
    QFETCH(int, grey);
    QCOMPARE(int(windowedGrey(value, GreyWindow{center, width}, invert)), grey);
}

void TestWindowing::spanningWindowMapsItsEndsToBlackAndWhite_data()
{
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::newRow("CT, air to bone") << -1024.0 << 3071.0;
    QTest::newRow("MR, small range") << 0.0 << 37.0;
    QTest::newRow("two values") << 5.0 << 6.0;
    QTest::newRow("fractional (PET SUV)") << 0.0 << 12.25;
    QTest::newRow("one value") << 42.0 << 42.0;
}

void TestWindowing::spanningWindowMapsItsEndsToBlackAndWhite()
{
    QFETCH(double, lo);
    QFETCH(double, hi);
    const GreyWindow w = windowSpanning(lo, hi);
    QVERIFY(w.width >= 1.0);
    QCOMPARE(int(windowedGrey(lo, w)), 0);
    if (hi > lo) {
        QCOMPARE(int(windowedGrey(hi, w)), 255);
        // Monotonic between, and the middle is mid-grey within one level.
        int previous = 0;
        for (int i = 0; i <= 100; ++i) {
            const int g = windowedGrey(lo + (hi - lo) * i / 100.0, w);
            QVERIFY(g >= previous);
            previous = g;
        }
        QVERIFY(std::abs(int(windowedGrey((lo + hi) / 2, w)) - 128) <= 1);
    }
}

QTEST_APPLESS_MAIN(TestWindowing)
#include "tst_windowing.moc"
