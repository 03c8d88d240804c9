// SPDX-License-Identifier: Apache-2.0
#pragma once
// Password hashing with Argon2id (RFC 9106) through libargon2: a random
// 16-byte salt per hash, the PHC string format
// ("$argon2id$v=19$m=65536,t=3,p=1$<salt>$<hash>") so that the cost travels
// with the hash, and a verification whose time does not depend on where a
// guess differs.
//
// Passwords are Unicode-normalised (NFKC, NIST SP 800-63B 5.1.1.2) and
// hashed as UTF-8.

#include "core/common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>

namespace custos::auth {

struct Argon2Cost
{
    std::uint32_t timeCost = 3;          // passes over memory
    std::uint32_t memoryKiB = 64 * 1024; // 64 MiB
    std::uint32_t parallelism = 1;       // lanes (threads)

    // Far cheaper, for tests and the demo only: a stolen hash of this cost
    // is much faster to attack.
    static Argon2Cost cheap() { return {1, 8 * 1024, 1}; }
};

struct PasswordPolicy
{
    int minimumLength = 12;   // characters (code points) after normalisation
    int maximumLength = 1024; // a bound for the hash's input, far above any real need
};

inline constexpr int kArgon2SaltBytes = 16;
inline constexpr int kArgon2HashBytes = 32;

// Checks a new password against the policy; the message says what to change.
Result<void> checkPasswordPolicy(const QString& password, const PasswordPolicy& policy);

// Argon2id hash of `password` in PHC string format. Refuses an empty password.
Result<QString> hashPassword(const QString& password, const Argon2Cost& cost = {});

// true: it matches; false: it does not; Error: `encoded` is not a valid
// Argon2id hash (damaged or changed) or asks for a cost beyond sane bounds.
Result<bool> verifyPassword(const QString& password, const QString& encoded);

// The cost recorded in a PHC string, to tell whether a hash should be
// renewed at the next successful sign-in.
Result<Argon2Cost> argon2CostOf(const QString& encoded);

// Single-use recovery codes, for when the authenticator is lost:
// "xxxx-xxxx-xxxx", 60 random bits each in Crockford's base32 (no i, l, o
// or u to misread), kept only as HMAC-SHA-256 under a per-account salt.
// (Not Argon2id: with 60 random bits a slow hash adds nothing but seconds
// to each of ten checks, and the store is encrypted besides.)
struct RecoveryCodes
{
    QByteArray salt;
    QList<QByteArray> hashes; // of the codes not yet used
};

// `count` new codes, to show once, and what to keep of them.
Result<std::pair<QStringList, RecoveryCodes>> makeRecoveryCodes(int count);
// Compares `typed` (any case, with or without dashes and spaces; i/l read
// as 1, o as 0) with every unused code in constant time and, on a match,
// removes that code. true: it matched and is now used up.
bool useRecoveryCode(RecoveryCodes& codes, const QString& typed);

} // namespace custos::auth
