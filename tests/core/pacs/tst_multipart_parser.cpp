// SPDX-License-Identifier: Apache-2.0
// The streaming multipart/related parser WADO-RS answers go through: the
// same parts whatever way the bytes are cut, a part handed on as soon as
// its closing boundary is there, and a body that stops early is never
// complete (a PACS dying mid-series must not look like a short series).

#include "core/pacs/multipart_parser.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace custos::pacs;

namespace {

QByteArray body(const QList<QByteArray>& parts, const QByteArray& boundary)
{
    QByteArray out = "preamble to ignore\r\n";
    for (const QByteArray& p : parts)
        out += "--" + boundary + "\r\nContent-Type: application/dicom\r\n\r\n" + p + "\r\n";
    return out + "--" + boundary + "--\r\nepilogue";
}

} // namespace

class TestMultipartParser : public QObject
{
    Q_OBJECT

private slots:
    void boundaryFromContentType();
    void sameInEveryCut();
    void partArrivesBeforeTheRest();
    void truncatedBodyIsNotComplete();
    void garbageIsRefused();
};

void TestMultipartParser::boundaryFromContentType()
{
    QCOMPARE(MultipartParser::boundaryOf("multipart/related; type=\"application/dicom\"; boundary=\"abc-123\""), QByteArray("abc-123"));
    QCOMPARE(MultipartParser::boundaryOf("multipart/related;boundary=xyz;type=application/dicom"), QByteArray("xyz"));
    QVERIFY(MultipartParser::boundaryOf("application/dicom").isEmpty());
}

void TestMultipartParser::sameInEveryCut()
{
    // Parts that contain CRLFs, dashes and the boundary's first characters.
    QList<QByteArray> parts{QByteArray("DICM\r\n--bound\r\nnot yet"), QByteArray(), QByteArray(70000, '\x00'), QByteArray("\r\n\r\n-")};
    for (int i = 0; i < 2000; ++i)
        parts[2][i * 31] = char(QRandomGenerator::global()->bounded(256));
    const QByteArray whole = body(parts, "boundary-42");
    for (int chunk : {1, 2, 3, 7, 64, 4096, int(whole.size())}) {
        QList<QByteArray> got;
        MultipartParser parser("boundary-42", [&got](const QMap<QByteArray, QByteArray>& headers, QByteArray&& b) {
            if (headers.value("content-type") != "application/dicom")
                return false;
            got << b;
            return true;
        });
        for (qsizetype at = 0; at < whole.size(); at += chunk)
            QVERIFY2(parser.feed(whole.mid(at, chunk)), qPrintable(parser.problem()));
        QVERIFY2(parser.complete(), qPrintable(QStringLiteral("chunk %1").arg(chunk)));
        QCOMPARE(got, parts);
    }
}

void TestMultipartParser::partArrivesBeforeTheRest()
{
    int seen = 0;
    MultipartParser parser("b", [&seen](const QMap<QByteArray, QByteArray>&, QByteArray&&) { return ++seen, true; });
    QVERIFY(parser.feed("--b\r\n\r\nfirst\r\n--b\r\n\r\nsecond, still arriving"));
    QCOMPARE(seen, 1);
    QVERIFY(!parser.complete());
}

void TestMultipartParser::truncatedBodyIsNotComplete()
{
    const QByteArray whole = body({QByteArray("one"), QByteArray("two")}, "b");
    for (qsizetype cut = 0; cut < whole.indexOf("--b--") + 4; ++cut) {
        MultipartParser parser("b", [](const QMap<QByteArray, QByteArray>&, QByteArray&&) { return true; });
        parser.feed(whole.left(cut));
        QVERIFY2(!parser.complete(), qPrintable(QStringLiteral("complete after %1 bytes").arg(cut)));
    }
}

void TestMultipartParser::garbageIsRefused()
{
    MultipartParser parser("b", [](const QMap<QByteArray, QByteArray>&, QByteArray&&) { return true; });
    QVERIFY(!parser.feed(QByteArray(20000, 'x')));
    QVERIFY(parser.failed());
    QVERIFY(!parser.problem().isEmpty());
    MultipartParser noBoundary("", [](const QMap<QByteArray, QByteArray>&, QByteArray&&) { return true; });
    QVERIFY(noBoundary.failed());
}

QTEST_GUILESS_MAIN(TestMultipartParser)
#include "tst_multipart_parser.moc"
