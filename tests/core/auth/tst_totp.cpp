// SPDX-License-Identifier: Apache-2.0
// One-time passwords against the RFC test vectors and the OATH Toolkit's
// oathtool; base32; the otpauth URI; QR matrices from libqrencode.

#include "test_support.h"
#include "core/auth/qr_code.h"
#include "core/auth/totp.h"
#include "core/crypto/aead.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace custos;
using namespace custos::auth;

namespace {

// The RFC 6238 Appendix B seeds: ASCII "1234567890" repeated to the hash length.
QByteArray rfcSeed(totp::Algorithm algorithm)
{
    return QByteArray("1234567890123456789012345678901234567890123456789012345678901234")
        .left(totp::secretBytes(algorithm));
}

QString oathtoolPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("oathtool"));
}

// The secret goes to oathtool on standard input ("-"), never on its command line.
QString oathtoolTotp(const QByteArray& secret, totp::Algorithm algorithm, int digits,
                     qint64 unixSeconds)
{
    QProcess p;
    p.start(oathtoolPath(), {QStringLiteral("--totp=") + totp::algorithmName(algorithm),
                             QStringLiteral("-d"), QString::number(digits), QStringLiteral("-N"),
                             QStringLiteral("@%1").arg(unixSeconds), QStringLiteral("-")});
    if (!p.waitForStarted()) return QStringLiteral("oathtool did not start");
    p.write(secret.toHex());
    p.closeWriteChannel();
    p.waitForFinished();
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed();
}

// ISO/IEC 18004 format information next to the top-left finder pattern:
// 15 bits, masked with 0x5412. Returns (error-correction bits << 3 | mask) or -1.
int formatInformation(const QrMatrix& m)
{
    int bits = 0;
    auto put = [&](int bit, int x, int y) { bits |= int(m.dark(x, y)) << bit; };
    for (int i = 0; i <= 5; ++i)
        put(i, 8, i);
    put(6, 8, 7);
    put(7, 8, 8);
    put(8, 7, 8);
    for (int i = 9; i < 15; ++i)
        put(i, 14 - i, 8);
    const int raw = bits ^ 0x5412;
    const int data = raw >> 10;
    int rem = data;
    for (int i = 0; i < 10; ++i)
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    return ((data << 10) | (rem & 0x3ff)) == raw ? data : -1;
}

bool finderPatternAt(const QrMatrix& m, int x0, int y0)
{
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.dark(x0 + x, y0 + y) != (ring || core)) return false;
        }
    return true;
}

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private slots:
    void matchesRfc6238Vectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("expected");
        const struct
        {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        } rows[] = {{59, "94287082", "46119246", "90693936"},
                    {1111111109, "07081804", "68084774", "25091201"},
                    {1111111111, "14050471", "67062674", "99943326"},
                    {1234567890, "89005924", "91819424", "93441116"},
                    {2000000000, "69279037", "90698825", "38618901"},
                    {20000000000LL, "65353130", "77737706", "47863826"}};
        for (const auto& r : rows) {
            QTest::addRow("SHA1 T=%lld", r.time)
                << int(totp::Algorithm::Sha1) << r.time << QString::fromLatin1(r.sha1);
            QTest::addRow("SHA256 T=%lld", r.time)
                << int(totp::Algorithm::Sha256) << r.time << QString::fromLatin1(r.sha256);
            QTest::addRow("SHA512 T=%lld", r.time)
                << int(totp::Algorithm::Sha512) << r.time << QString::fromLatin1(r.sha512);
        }
    }
    void matchesRfc6238Vectors()
    {
        QFETCH(int, algorithm);
        QFETCH(qint64, time);
        QFETCH(QString, expected);
        const auto alg = totp::Algorithm(algorithm);
        const totp::Parameters p{alg, 8, 30};
        QCOMPARE(totp::totp(rfcSeed(alg), time, p), expected);
        QCOMPARE(totp::verify(rfcSeed(alg), expected, time, p, 0),
                 std::optional<quint64>(quint64(time / 30)));
    }

    void matchesRfc4226Vectors_data()
    {
        QTest::addColumn<quint64>("counter");
        QTest::addColumn<QString>("expected");
        const char* values[] = {"755224", "287082", "359152", "969429", "338314",
                                "254676", "287922", "162583", "399871", "520489"};
        for (quint64 c = 0; c < 10; ++c)
            QTest::addRow("count %llu", c) << c << QString::fromLatin1(values[c]);
    }
    void matchesRfc4226Vectors()
    {
        QFETCH(quint64, counter);
        QFETCH(QString, expected);
        QCOMPARE(totp::hotp(QByteArray("12345678901234567890"), counter, totp::Algorithm::Sha1, 6),
                 expected);
    }

    void agreesWithOathtool_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<int>("digits");
        QTest::addColumn<qint64>("time");
        const qint64 times[] = {1, 59, 1700000000, 1700000029, 4102444800LL};
        int n = 0;
        for (auto alg : {totp::Algorithm::Sha1, totp::Algorithm::Sha256, totp::Algorithm::Sha512})
            for (int digits : {6, 7, 8})
                for (qint64 t : times) {
                    auto secret = totp::generateSecret(alg);
                    QVERIFY(secret.ok());
                    QTest::addRow("%d %s %dd T=%lld", n++, qPrintable(totp::algorithmName(alg)),
                                  digits, t)
                        << secret.value() << int(alg) << digits << t;
                }
        // A short odd-length secret, as some sites hand out.
        QTest::addRow("10-byte secret") << QByteArray::fromHex("0a1b2c3d4e5f60718293")
                                        << int(totp::Algorithm::Sha1) << 6 << qint64(1234567890);
    }
    void agreesWithOathtool()
    {
        QFETCH(QByteArray, secret);
        QFETCH(int, algorithm);
        QFETCH(int, digits);
        QFETCH(qint64, time);
        QVERIFY2(!oathtoolPath().isEmpty(),
                 "oathtool is not installed (scripts/setup.sh installs it)");
        const totp::Parameters p{totp::Algorithm(algorithm), digits, 30};
        QCOMPARE(totp::totp(secret, time, p), oathtoolTotp(secret, p.algorithm, digits, time));
    }

    void acceptsOneStepOfDriftOnly()
    {
        const QByteArray secret = rfcSeed(totp::Algorithm::Sha1);
        const totp::Parameters p;
        const qint64 now = 1700000015; // mid-step
        const quint64 step = totp::timeStep(now);
        for (int delta : {-1, 0, 1}) {
            const QString code =
                totp::hotp(secret, step + quint64(qint64(delta)), p.algorithm, p.digits);
            QCOMPARE(totp::verify(secret, code, now, p),
                     std::optional<quint64>(step + quint64(qint64(delta))));
        }
        for (int delta : {-2, 2, -10, 10}) {
            const QString code =
                totp::hotp(secret, step + quint64(qint64(delta)), p.algorithm, p.digits);
            // The same code may, rarely, also be the code of a step inside the window.
            bool collides = false;
            for (int w : {-1, 0, 1})
                collides |=
                    code == totp::hotp(secret, step + quint64(qint64(w)), p.algorithm, p.digits);
            if (!collides) QVERIFY(!totp::verify(secret, code, now, p).has_value());
        }
    }

    void refusesMalformedCodes()
    {
        const QByteArray secret = rfcSeed(totp::Algorithm::Sha1);
        const totp::Parameters p;
        const QString good = totp::totp(secret, 1700000000, p);
        QVERIFY(totp::verify(secret, good, 1700000000, p).has_value());
        QVERIFY(totp::verify(secret, good.left(3) + QLatin1Char(' ') + good.mid(3), 1700000000, p)
                    .has_value());
        QVERIFY(!totp::verify(secret, good.left(5), 1700000000, p).has_value());
        QVERIFY(!totp::verify(secret, good + QLatin1Char('0'), 1700000000, p).has_value());
        QVERIFY(!totp::verify(secret, QString(), 1700000000, p).has_value());
        QVERIFY(!totp::verify(QByteArray(), good, 1700000000, p).has_value());
        QVERIFY(
            !totp::verify(secret, good, 1700000000, totp::Parameters{totp::Algorithm::Sha1, 9, 30})
                 .has_value());
        QVERIFY(!totp::validate({totp::Algorithm::Sha1, 5, 30}));
        QVERIFY(!totp::validate({totp::Algorithm::Sha1, 6, 0}));
    }

    void makesSecretsOfTheHashLength()
    {
        QCOMPARE(totp::generateSecret(totp::Algorithm::Sha1).value().size(), 20);
        QCOMPARE(totp::generateSecret(totp::Algorithm::Sha256).value().size(), 32);
        QCOMPARE(totp::generateSecret(totp::Algorithm::Sha512).value().size(), 64);
        QVERIFY(totp::generateSecret(totp::Algorithm::Sha1).value() !=
                totp::generateSecret(totp::Algorithm::Sha1).value());
    }

    void encodesBase32AsRfc4648_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("encoded");
        for (auto [p, e] : {std::pair{"", ""},
                            {"f", "MY"},
                            {"fo", "MZXQ"},
                            {"foo", "MZXW6"},
                            {"foob", "MZXW6YQ"},
                            {"fooba", "MZXW6YTB"},
                            {"foobar", "MZXW6YTBOI"}})
            QTest::addRow("\"%s\"", p) << QByteArray(p) << QString::fromLatin1(e);
    }
    void encodesBase32AsRfc4648()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QString, encoded);
        QCOMPARE(totp::base32Encode(plain), encoded);
        QCOMPARE(totp::base32Decode(encoded), std::optional<QByteArray>(plain));
        QCOMPARE(totp::base32Decode(encoded.toLower()), std::optional<QByteArray>(plain));
        QString padded = encoded;
        while (padded.size() % 8)
            padded.append(QLatin1Char('='));
        QCOMPARE(totp::base32Decode(padded), std::optional<QByteArray>(plain));
    }

    void roundTripsBase32()
    {
        for (int length = 0; length <= 70; ++length) {
            const QByteArray data = length ? crypto::randomBytes(length).value() : QByteArray();
            const QString text = totp::base32Encode(data);
            QVERIFY(!text.contains(QLatin1Char('=')));
            QCOMPARE(totp::base32Decode(text), std::optional<QByteArray>(data));
        }
        // Grouped as people copy them from a screen.
        QCOMPARE(totp::base32Decode(QStringLiteral("mzxw 6ytb-oi")),
                 std::optional<QByteArray>("foobar"));
        for (const char* bad : {"MZXW1", "MZ0W", "M", "MZX", "MZXW6Y", "MZ!W", "MZ=W"})
            QVERIFY2(!totp::base32Decode(QString::fromLatin1(bad)).has_value(), bad);
    }

    void writesOtpauthUri()
    {
        const QByteArray secret = rfcSeed(totp::Algorithm::Sha256);
        const QString uri =
            totp::otpauthUri(QStringLiteral("alice"), secret, {totp::Algorithm::Sha256, 8, 30});
        QVERIFY2(uri.startsWith(QLatin1String("otpauth://totp/Custos:alice?")), qPrintable(uri));
        const QUrl url(uri);
        const QUrlQuery query(url);
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));
        QCOMPARE(totp::base32Decode(query.queryItemValue(QStringLiteral("secret"))),
                 std::optional<QByteArray>(secret));
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Custos"));
        QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("8"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
        QVERIFY(!query.queryItemValue(QStringLiteral("secret")).contains(QLatin1Char('=')));
        // Characters that would break the label are encoded.
        QVERIFY(totp::otpauthUri(QStringLiteral("a b?c"), secret, {})
                    .startsWith(QLatin1String("otpauth://totp/Custos:a%20b%3Fc?")));
    }

    void makesQrMatrixOfTheRightShape_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("minimumVersion");
        QTest::addRow("short") << QByteArray("custos") << 1;
        const QByteArray secret = rfcSeed(totp::Algorithm::Sha256);
        QTest::addRow("otpauth SHA-256")
            << totp::otpauthUri(QStringLiteral("radiologist.one"), secret,
                                {totp::Algorithm::Sha256, 8, 30})
                   .toUtf8()
            << 4;
        QTest::addRow("long") << QByteArray(600, 'x') << 15;
    }
    void makesQrMatrixOfTheRightShape()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, minimumVersion);
        auto qr = encodeQr(text);
        QVERIFY2(qr.ok(), qr.ok() ? "" : qPrintable(qr.errorMessage()));
        const QrMatrix& m = qr.value();
        QVERIFY(m.version() >= minimumVersion && m.version() <= 40);
        QCOMPARE(m.width, 17 + 4 * m.version());
        QCOMPARE(m.modules.size(), std::size_t(m.width) * std::size_t(m.width));
        QVERIFY(finderPatternAt(m, 0, 0));
        QVERIFY(finderPatternAt(m, m.width - 7, 0));
        QVERIFY(finderPatternAt(m, 0, m.width - 7));
        // Timing pattern on row 6 between the finders: alternating, dark first.
        for (int x = 8; x < m.width - 8; ++x)
            QCOMPARE(m.dark(x, 6), x % 2 == 0);
        // Error correction level M is encoded as 00 in the format information.
        const int format = formatInformation(m);
        QVERIFY2(format >= 0, "format information fails its BCH check");
        QCOMPARE(format >> 3, 0);
        // Deterministic: the same text gives the same symbol; another text another.
        QCOMPARE(encodeQr(text).value().modules, m.modules);
        QVERIFY(encodeQr(text + "!").value().modules != m.modules);
    }

    // An independent decoder reads the symbol back (zbarimg, package
    // zbar-tools; skipped where it is not installed).
    void qrDecodesToTheOtpauthUri()
    {
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty()) CUSTOS_SKIP_UNLESS_CI("zbarimg (package zbar-tools) is not installed");
        const QByteArray uri =
            totp::otpauthUri(QStringLiteral("radiologist.one"), rfcSeed(totp::Algorithm::Sha256),
                             {totp::Algorithm::Sha256, 8, 30})
                .toUtf8();
        const QrMatrix m = encodeQr(uri).value();
        constexpr int scale = 4, quiet = 4;
        const int side = (m.width + 2 * quiet) * scale;
        QByteArray pgm = QStringLiteral("P5\n%1 %1\n255\n").arg(side).toLatin1();
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x)
                pgm.append(m.dark(x / scale - quiet, y / scale - quiet) ? '\0' : '\xff');
        QTemporaryDir dir;
        QFile image(dir.filePath(QStringLiteral("qr.pgm")));
        QVERIFY(image.open(QIODevice::WriteOnly) && image.write(pgm) == pgm.size());
        image.close();
        QProcess p;
        p.start(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), image.fileName()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.readAllStandardOutput().trimmed(), uri);
    }

    void refusesImpossibleQrCodes()
    {
        QVERIFY(!encodeQr(QByteArray()).ok());
        auto tooLong = encodeQr(QByteArray(4000, 'x')); // version 40-M holds 2331 bytes
        QVERIFY(!tooLong.ok());
        QVERIFY(!tooLong.errorMessage().isEmpty());
    }

    void printsQrAsTerminalText()
    {
        const QrMatrix m = encodeQr("custos").value();
        const QString text = qrToText(m, 2);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), (m.width + 4 + 1) / 2);
        for (const QString& line : lines)
            QCOMPARE(line.size(), m.width + 4);
        // The quiet zone is light: drawn as ink on the default (dark-background) rendering.
        QVERIFY(lines.front().count(QChar(0x2588)) == m.width + 4);
        QVERIFY(qrToText(m, 2, true) != text);
        QVERIFY(qrToText(QrMatrix{}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
