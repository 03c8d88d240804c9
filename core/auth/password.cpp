// SPDX-License-Identifier: Apache-2.0
#include "core/auth/password.h"

#include "core/crypto/aead.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <QtEndian>

#include <argon2.h>
#include <openssl/crypto.h>

#include <vector>

namespace custos::auth {

namespace {

// Bounds on a stored cost: a hash that asks for more is refused rather than
// letting one verification take gigabytes or minutes.
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024; // 1 GiB
constexpr std::uint32_t kMaxTimeCost = 64;
constexpr std::uint32_t kMaxParallelism = 16;

// The UTF-8 bytes that are hashed. The caller wipes them.
QByteArray passwordBytes(const QString& password)
{
    return password.normalized(QString::NormalizationForm_KC).toUtf8();
}

Result<void> checkCost(const Argon2Cost& cost)
{
    if (cost.timeCost < 1 || cost.timeCost > kMaxTimeCost || cost.parallelism < 1 ||
        cost.parallelism > kMaxParallelism || cost.memoryKiB < 8 * cost.parallelism ||
        cost.memoryKiB > kMaxMemoryKiB)
        return Error{
            QCoreApplication::translate(
                "custos::auth",
                "The password hash cost (t=%1, m=%2 KiB, p=%3) is outside the accepted bounds.")
                .arg(cost.timeCost)
                .arg(cost.memoryKiB)
                .arg(cost.parallelism)};
    return Ok{};
}

} // namespace

Result<void> checkPasswordPolicy(const QString& password, const PasswordPolicy& policy)
{
    const QString normalized = password.normalized(QString::NormalizationForm_KC);
    const auto length = normalized.toUcs4().size();
    if (length == 0)
        return Error{
            QCoreApplication::translate("custos::auth", "The password must not be empty.")};
    if (length < policy.minimumLength)
        return Error{QCoreApplication::translate(
                         "custos::auth", "The password has %1 characters; it needs at least %2.")
                         .arg(length)
                         .arg(policy.minimumLength)};
    if (length > policy.maximumLength)
        return Error{QCoreApplication::translate(
                         "custos::auth", "The password has %1 characters; at most %2 are accepted.")
                         .arg(length)
                         .arg(policy.maximumLength)};
    return Ok{};
}

Result<QString> hashPassword(const QString& password, const Argon2Cost& cost)
{
    if (password.isEmpty())
        return Error{
            QCoreApplication::translate("custos::auth", "The password must not be empty.")};
    if (auto ok = checkCost(cost); !ok) return ok.error();
    auto salt = crypto::randomBytes(kArgon2SaltBytes);
    if (!salt) return salt.error();
    QByteArray input = passwordBytes(password);
    std::vector<char> encoded(argon2_encodedlen(cost.timeCost, cost.memoryKiB, cost.parallelism,
                                                kArgon2SaltBytes, kArgon2HashBytes, Argon2_id) +
                                  1,
                              '\0');
    const int rc =
        argon2id_hash_encoded(cost.timeCost, cost.memoryKiB, cost.parallelism, input.constData(),
                              std::size_t(input.size()), salt.value().constData(), kArgon2SaltBytes,
                              kArgon2HashBytes, encoded.data(), encoded.size());
    crypto::wipe(input);
    if (rc != ARGON2_OK)
        return Error{
            QCoreApplication::translate("custos::auth", "The password could not be hashed: %1.")
                .arg(QString::fromUtf8(argon2_error_message(rc)))};
    return QString::fromLatin1(encoded.data());
}

Result<Argon2Cost> argon2CostOf(const QString& encoded)
{
    static const QRegularExpression phc(QStringLiteral(
        R"(^\$argon2id\$v=19\$m=(\d{1,10}),t=(\d{1,10}),p=(\d{1,3})\$[A-Za-z0-9+/]{22,}\$[A-Za-z0-9+/]{43,}$)"));
    // At least a 16-byte salt and a 32-byte hash (22 and 43 base64 characters):
    // a shortened hash would be a weaker verifier.
    const auto match = phc.match(encoded);
    if (!match.hasMatch())
        return Error{QCoreApplication::translate(
            "custos::auth",
            "The stored password hash is not an Argon2id (version 19) hash: it is damaged.")};
    Argon2Cost cost;
    cost.memoryKiB =
        std::uint32_t(qMin<qulonglong>(match.captured(1).toULongLong(), 0xffffffffULL));
    cost.timeCost = std::uint32_t(qMin<qulonglong>(match.captured(2).toULongLong(), 0xffffffffULL));
    cost.parallelism = std::uint32_t(match.captured(3).toUInt());
    if (auto ok = checkCost(cost); !ok) return ok.error();
    return cost;
}

Result<bool> verifyPassword(const QString& password, const QString& encoded)
{
    if (auto cost = argon2CostOf(encoded); !cost) return cost.error();
    if (password.isEmpty()) return false;
    QByteArray input = passwordBytes(password);
    const QByteArray phc = encoded.toLatin1();
    // argon2id_verify recomputes the hash with the stored salt and cost and
    // compares in constant time.
    const int rc = argon2id_verify(phc.constData(), input.constData(), std::size_t(input.size()));
    crypto::wipe(input);
    if (rc == ARGON2_OK) return true;
    if (rc == ARGON2_VERIFY_MISMATCH) return false;
    return Error{QCoreApplication::translate("custos::auth",
                                             "The stored password hash could not be checked: %1.")
                     .arg(QString::fromUtf8(argon2_error_message(rc)))};
}

namespace {

const char kRecoveryAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford's base32

QByteArray normalizedRecoveryCode(const QString& code)
{
    QByteArray out;
    for (QChar c : code.toLower()) {
        if (c.isSpace() || c == QLatin1Char('-')) continue;
        if (c == QLatin1Char('i') || c == QLatin1Char('l')) c = QLatin1Char('1');
        if (c == QLatin1Char('o')) c = QLatin1Char('0');
        out.append(c.unicode() < 128 ? char(c.unicode()) : '?');
    }
    return out;
}

} // namespace

Result<std::pair<QStringList, RecoveryCodes>> makeRecoveryCodes(int count)
{
    auto salt = crypto::randomBytes(16);
    auto random = crypto::randomBytes(8 * qMax(0, count));
    if (!salt || !random) return !salt ? salt.error() : random.error();
    std::pair<QStringList, RecoveryCodes> out;
    out.second.salt = salt.value();
    for (int n = 0; n < count; ++n) {
        quint64 bits = qFromBigEndian<quint64>(random.value().constData() + 8 * n);
        QString code;
        for (int i = 0; i < 12; ++i, bits >>= 5) {
            if (i == 4 || i == 8) code.append(QLatin1Char('-'));
            code.append(QLatin1Char(kRecoveryAlphabet[bits & 0x1f]));
        }
        out.first.append(code);
        out.second.hashes.append(crypto::hmacSha256(salt.value(), normalizedRecoveryCode(code)));
    }
    crypto::wipe(random.value());
    return out;
}

bool useRecoveryCode(RecoveryCodes& codes, const QString& typed)
{
    const QByteArray given = crypto::hmacSha256(codes.salt, normalizedRecoveryCode(typed));
    qsizetype match = -1;
    for (qsizetype i = 0; i < codes.hashes.size(); ++i) // no early exit
        if (codes.hashes[i].size() == given.size() &&
            CRYPTO_memcmp(codes.hashes[i].constData(), given.constData(),
                          std::size_t(given.size())) == 0)
            match = i;
    if (match < 0) return false;
    codes.hashes.removeAt(match);
    return true;
}

} // namespace custos::auth
