// SPDX-License-Identifier: Apache-2.0
// The watermark burned into every image that leaves Custos (export,
// clipboard, print, drag-out, --screenshot, custos-cli's PNG): the line is in
// the pixels, and nothing of the picture is hidden by it (the band used to
// cover the view's lower corner text: zoom, window, spacing, matrix).

#include "ui/burnin/burn_in.h"

#include <QtTest>

using namespace custos::ui;

class TestBurnIn : public QObject
{
    Q_OBJECT
private slots:
    void bandIsAddedBelowAndThePictureKeepsItsEdges_data();
    void bandIsAddedBelowAndThePictureKeepsItsEdges();
};

void TestBurnIn::bandIsAddedBelowAndThePictureKeepsItsEdges_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("a 512x512 view") << QSize(512, 512);
    QTest::newRow("a wide 1024x700 window") << QSize(1024, 700);
    QTest::newRow("a narrow MPR pane") << QSize(300, 600);
}

void TestBurnIn::bandIsAddedBelowAndThePictureKeepsItsEdges()
{
    QFETCH(QSize, size);
    // A picture whose bottom rows carry "corner text" (a pattern no band
    // colour has) and whose top rows carry another.
    QImage picture(size, QImage::Format_ARGB32);
    picture.fill(QColor(30, 30, 30));
    for (int y = size.height() - 16; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            picture.setPixel(x, y, (x / 4 + y) % 2 ? qRgb(0, 200, 255) : qRgb(255, 0, 200));
    const QImage out = burnWatermark(picture, QStringLiteral("CONFIDENTIAL - radiologist - 2026-12-07T03:58:25Z · Contains PHI"));
    QCOMPARE(out.width(), size.width());
    QVERIFY2(out.height() > size.height(), "the band must be added, not laid over the picture");
    // Every pixel of the bottom rows is as it was: nothing covers them.
    for (int y = size.height() - 16; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            QVERIFY2(out.pixel(x, y) == picture.pixel(x, y), qPrintable(QStringLiteral("pixel %1,%2 changed").arg(x).arg(y)));
    // The words are in the band: amber on dark.
    int amber = 0;
    for (int y = size.height(); y < out.height(); ++y)
        for (int x = 0; x < out.width(); ++x) {
            const QRgb c = out.pixel(x, y);
            amber += qRed(c) > 200 && qGreen(c) > 150 && qBlue(c) < 140 ? 1 : 0;
        }
    QVERIFY2(amber > 50, qPrintable(QString::number(amber)));
    // And faintly across the middle: cutting the band off is not enough.
    int changed = 0;
    for (int y = size.height() / 3; y < size.height() * 2 / 3; ++y)
        for (int x = 0; x < size.width(); ++x)
            changed += out.pixel(x, y) != picture.pixel(x, y) ? 1 : 0;
    QVERIFY2(changed > 500, qPrintable(QString::number(changed)));
}

QTEST_MAIN(TestBurnIn)
#include "tst_burn_in.moc"
