// SPDX-License-Identifier: Apache-2.0
#pragma once
// One-time passwords: HOTP (RFC 4226) and TOTP (RFC 6238) with HMAC-SHA-1,
// -SHA-256 or -SHA-512, 6 to 8 digits, 30-second steps; base32 (RFC 4648)
// for secrets; the otpauth:// URI that authenticator apps read from a QR code.
//
// Replay protection is the caller's: verify() returns the time step a code
// matched, the caller stores the last accepted step and refuses any code
// whose step is at or below it (RFC 6238 section 5.2).

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace custos::auth::totp {

enum class Algorithm { Sha1, Sha256, Sha512 };

inline constexpr int kMinDigits = 6;
inline constexpr int kMaxDigits = 8;
inline constexpr int kDefaultPeriod = 30;
// Codes one step before or after "now" are accepted: a clock drift or a
// slow typist, and no more (RFC 6238 section 5.2 recommends at most one).
inline constexpr int kDefaultWindow = 1;

struct Parameters
{
    Algorithm algorithm = Algorithm::Sha1;
    int digits = kMinDigits;
    int period = kDefaultPeriod; // seconds
};

// "SHA1", "SHA256", "SHA512": the spelling of otpauth URIs.
QString algorithmName(Algorithm algorithm);
// Accepts "sha1", "SHA-256", "sha512", ... (case and dash insensitive).
std::optional<Algorithm> algorithmFromName(const QString& name);
// The secret length an authenticator expects: the hash's output (20/32/64 bytes).
int secretBytes(Algorithm algorithm);

// Fails for digits outside 6..8 or a period that is not positive.
Result<void> validate(const Parameters& parameters);

// RFC 4226 HOTP value of `counter`, zero-padded to `digits`.
QString hotp(const QByteArray& secret, quint64 counter, Algorithm algorithm, int digits);
// The time step of a Unix time (T = floor(time / period), T0 = 0).
quint64 timeStep(qint64 unixSeconds, int period = kDefaultPeriod);
// RFC 6238 TOTP value at a Unix time.
QString totp(const QByteArray& secret, qint64 unixSeconds, const Parameters& parameters);

// Compares `code` (spaces ignored) with the codes of the steps within
// ±window of `unixSeconds`, in constant time per candidate and without an
// early exit. Returns the highest matching step, or nullopt.
std::optional<quint64> verify(const QByteArray& secret, const QString& code, qint64 unixSeconds,
                              const Parameters& parameters, int window = kDefaultWindow);

// A new random secret of secretBytes(algorithm) bytes.
Result<QByteArray> generateSecret(Algorithm algorithm);

// RFC 4648 base32, upper case, without '=' padding.
QString base32Encode(const QByteArray& data);
// Case-insensitive; ignores spaces, dashes and trailing '=' padding.
// nullopt for any other character or an impossible length.
std::optional<QByteArray> base32Decode(const QString& text);

// otpauth://totp/Custos:<account>?secret=...&issuer=Custos&algorithm=SHA1&digits=6&period=30
// (Key Uri Format as read by common authenticator apps). It contains the
// secret: show it once, never log it.
QString otpauthUri(const QString& account, const QByteArray& secret, const Parameters& parameters,
                   const QString& issuer = QStringLiteral("Custos"));

} // namespace custos::auth::totp
