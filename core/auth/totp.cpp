// SPDX-License-Identifier: Apache-2.0
#include "core/auth/totp.h"

#include "core/crypto/aead.h"

#include <QCoreApplication>
#include <QUrl>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>

namespace custos::auth::totp {

namespace {

const EVP_MD* digestOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256:
        return EVP_sha256();
    case Algorithm::Sha512:
        return EVP_sha512();
    case Algorithm::Sha1:
        break;
    }
    return EVP_sha1();
}

constexpr std::array<quint32, kMaxDigits + 1> kPowersOfTen{
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

const char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The digits of `code` without the spaces people type ("123 456").
QByteArray digitsOnly(const QString& code)
{
    QByteArray out;
    for (const QChar c : code) {
        if (c.isSpace()) continue;
        out.append(c.unicode() < 128 ? char(c.unicode()) : '?');
    }
    return out;
}

} // namespace

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    case Algorithm::Sha1:
        break;
    }
    return QStringLiteral("SHA1");
}

std::optional<Algorithm> algorithmFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper().remove(QLatin1Char('-'));
    if (n == QLatin1String("SHA1")) return Algorithm::Sha1;
    if (n == QLatin1String("SHA256")) return Algorithm::Sha256;
    if (n == QLatin1String("SHA512")) return Algorithm::Sha512;
    return std::nullopt;
}

int secretBytes(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256:
        return 32;
    case Algorithm::Sha512:
        return 64;
    case Algorithm::Sha1:
        break;
    }
    return 20;
}

Result<void> validate(const Parameters& parameters)
{
    if (parameters.digits < kMinDigits || parameters.digits > kMaxDigits)
        return Error{QCoreApplication::translate("custos::auth",
                                                 "One-time codes have %1 to %2 digits, not %3.")
                         .arg(kMinDigits)
                         .arg(kMaxDigits)
                         .arg(parameters.digits)};
    if (parameters.period <= 0)
        return Error{QCoreApplication::translate("custos::auth",
                                                 "The one-time code period must be positive.")};
    return Ok{};
}

QString hotp(const QByteArray& secret, quint64 counter, Algorithm algorithm, int digits)
{
    digits = qBound(kMinDigits, digits, kMaxDigits);
    std::array<unsigned char, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[std::size_t(i)] = static_cast<unsigned char>(counter & 0xff);
        counter >>= 8;
    }
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int macLength = 0;
    if (!HMAC(digestOf(algorithm), secret.constData(), int(secret.size()), message.data(),
              message.size(), mac.data(), &macLength) ||
        macLength < 20)
        return {};
    // RFC 4226 section 5.3, dynamic truncation.
    const unsigned offset = mac[macLength - 1] & 0x0f;
    const quint32 binary = (quint32(mac[offset] & 0x7f) << 24) | (quint32(mac[offset + 1]) << 16) |
                           (quint32(mac[offset + 2]) << 8) | quint32(mac[offset + 3]);
    OPENSSL_cleanse(mac.data(), mac.size());
    return QStringLiteral("%1").arg(binary % kPowersOfTen[std::size_t(digits)], digits, 10,
                                    QLatin1Char('0'));
}

quint64 timeStep(qint64 unixSeconds, int period)
{
    if (unixSeconds <= 0 || period <= 0) return 0;
    return quint64(unixSeconds) / quint64(period);
}

QString totp(const QByteArray& secret, qint64 unixSeconds, const Parameters& parameters)
{
    return hotp(secret, timeStep(unixSeconds, parameters.period), parameters.algorithm,
                parameters.digits);
}

std::optional<quint64> verify(const QByteArray& secret, const QString& code, qint64 unixSeconds,
                              const Parameters& parameters, int window)
{
    if (!validate(parameters) || secret.isEmpty() || window < 0) return std::nullopt;
    const QByteArray given = digitsOnly(code);
    if (given.size() != parameters.digits) return std::nullopt;
    const quint64 now = timeStep(unixSeconds, parameters.period);
    std::optional<quint64> matched;
    for (qint64 delta = -window; delta <= window; ++delta) {
        if (delta < 0 && now < quint64(-delta)) continue;
        const quint64 step = now + quint64(delta);
        const QByteArray expected =
            hotp(secret, step, parameters.algorithm, parameters.digits).toLatin1();
        if (expected.size() == given.size() &&
            CRYPTO_memcmp(expected.constData(), given.constData(), std::size_t(given.size())) == 0)
            matched = step; // the highest match wins; no early exit
    }
    return matched;
}

Result<QByteArray> generateSecret(Algorithm algorithm)
{
    return crypto::randomBytes(secretBytes(algorithm));
}

QString base32Encode(const QByteArray& data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kBase32Alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0) out.append(QLatin1Char(kBase32Alphabet[(buffer << (5 - bits)) & 0x1f]));
    return out;
}

std::optional<QByteArray> base32Decode(const QString& text)
{
    QString clean;
    for (const QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-')) clean.append(c.toUpper());
    while (clean.endsWith(QLatin1Char('=')))
        clean.chop(1);
    // 1, 3 or 6 leftover characters cannot come from whole bytes.
    const qsizetype tail = clean.size() % 8;
    if (tail == 1 || tail == 3 || tail == 6) return std::nullopt;
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : clean) {
        int value = -1;
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            value = c.unicode() - 'A';
        else if (c >= QLatin1Char('2') && c <= QLatin1Char('7'))
            value = c.unicode() - '2' + 26;
        if (value < 0) return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString otpauthUri(const QString& account, const QByteArray& secret, const Parameters& parameters,
                   const QString& issuer)
{
    // The label is "Issuer:account", percent-encoded as a whole (the colon too
    // may be encoded; apps accept both). The parameters are plain tokens.
    const QString label =
        QString::fromLatin1(QUrl::toPercentEncoding(issuer + QLatin1Char(':') + account, "@:"));
    // Concatenated, not QString::arg(): the percent-encoded label ("%20")
    // would be taken for a placeholder by the next arg().
    return QStringLiteral("otpauth://totp/") + label + QStringLiteral("?secret=") +
           base32Encode(secret) + QStringLiteral("&issuer=") +
           QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + QStringLiteral("&algorithm=") +
           algorithmName(parameters.algorithm) + QStringLiteral("&digits=") +
           QString::number(parameters.digits) + QStringLiteral("&period=") +
           QString::number(parameters.period);
}

} // namespace custos::auth::totp
