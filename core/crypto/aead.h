// SPDX-License-Identifier: Apache-2.0
#pragma once
// Primitives over OpenSSL EVP: AES-256-GCM with random 96-bit nonces,
// SHA-256, HMAC-SHA-256, HKDF-SHA-256, secure random bytes.

#include "core/common/result.h"

#include <QByteArray>

namespace custos::crypto {

inline constexpr int kKeyBytes = 32;   // AES-256
inline constexpr int kNonceBytes = 12; // 96-bit GCM nonce
inline constexpr int kTagBytes = 16;   // 128-bit GCM tag

// Cryptographically secure random bytes (RAND_bytes).
Result<QByteArray> randomBytes(int count);

// Encrypts with a fresh random nonce. Output: nonce || ciphertext || tag.
// `aad` binds the ciphertext to its context (object identity, format
// version, ...): decrypting with any other aad fails.
Result<QByteArray> seal(const QByteArray& key, const QByteArray& plaintext, const QByteArray& aad);
// Verifies the tag and decrypts. Fails (without output) on any tampering,
// wrong key or wrong aad.
Result<QByteArray> open(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad);
// The same, decrypting straight into `out` (exactly the plaintext's size,
// sealed.size() - kNonceBytes - kTagBytes), so a large object is not copied
// once more (issue 16: the cache reopen). On failure `out` is zeroed: what
// was decrypted before the tag check failed is not left behind.
Result<void> openInto(const QByteArray& key, const QByteArray& sealed, const QByteArray& aad, void* out,
                      qsizetype outBytes);

// The same with an explicit nonce, for the NIST test vectors only.
Result<QByteArray> sealWithNonce(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                 const QByteArray& aad);

QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// RFC 5869 HKDF-SHA-256.
QByteArray hkdfSha256(const QByteArray& ikm, const QByteArray& salt, const QByteArray& info, int length);

// Overwrites a secret's bytes before it is released.
void wipe(QByteArray& secret);

} // namespace custos::crypto
