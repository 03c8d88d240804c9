// SPDX-License-Identifier: Apache-2.0
#pragma once
// The key hierarchy (envelope encryption):
//   KEK  — random 256-bit key-encryption key, only in the keychain ("kek").
//   DEKs — random 256-bit data-encryption keys, wrapped by the KEK
//          (AES-256-GCM, aad "custos/dek/v1/<id>") and stored in a DEK file
//          beside the data they protect (one DekStore per folder: cache/,
//          audit/). Each DEK has a usage limit (NIST SP 800-38D: random
//          nonces, at most 2^32 invocations per key; we stay far below),
//          after which a new DEK is made.
// Destroying a DEK (or the whole DEK file) crypto-shreds its data.
// If the keychain is unavailable, nothing is written: callers keep PHI in
// memory and tell the person why.

#include "core/common/result.h"
#include "core/crypto/key_store.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace custos::crypto {

class KeyManager
{
public:
    // Loads the KEK from the store or creates it on first use.
    static Result<std::shared_ptr<KeyManager>> open(KeyStore& store);

    // The KEK's id (SHA-256 prefix of a KEK-derived value), to tell which KEK wrapped a DEK.
    QByteArray kekId() const;
    Result<QByteArray> wrap(const QByteArray& dekId, const QByteArray& dek) const;
    Result<QByteArray> unwrap(const QByteArray& dekId, const QByteArray& wrapped) const;

    // A separate secret for record MACs (audit): created on first use, kept in
    // the keychain under `name`, never rotated with the KEK.
    Result<QByteArray> macKey(const QString& name);
    // Destroys the secret `name` made by macKey (a research project's
    // pseudonymisation key): what it protected can never be joined again.
    // false: there was none. The KEK cannot be destroyed this way.
    Result<bool> destroyMacKey(const QString& name);

    // Makes a new KEK and keeps it; DekStores re-wrap with rewrapAll(). The
    // previous KEK stays readable ("kek.previous") until every store was
    // re-wrapped and commitRotation() is called.
    Result<void> beginRotation();
    Result<void> commitRotation();
    bool rotating() const;

    KeyStore& store() { return m_store; }

private:
    KeyManager(KeyStore& store, QByteArray kek, QByteArray previous);
    KeyStore& m_store;
    QByteArray m_kek;
    QByteArray m_previous; // during rotation
    mutable std::mutex m_mutex;
};

} // namespace custos::crypto

// Declared in their own headers; included here for callers that reach
// them through this one.
#include "core/crypto/atomic_file.h"
#include "core/crypto/dek_store.h"
