// SPDX-License-Identifier: Apache-2.0
#pragma once
// The data-encryption keys of one folder (the key hierarchy: key_manager.h).

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace custos::crypto {

class KeyManager;

// The DEKs of one folder, in "<folder>/keys.dek" (atomic rewrite: temp file,
// fsync, rename). Thread-safe.
class DekStore
{
public:
    struct Dek
    {
        QByteArray id;  // 16 random bytes
        QByteArray key; // 32 bytes, in memory only
    };

    DekStore(std::shared_ptr<KeyManager> keys, QString folder, quint64 usageLimit = quint64(1) << 24);
    ~DekStore();

    // The DEK to encrypt with now; counts `uses` encryptions against its
    // limit and makes a new one when the limit is reached.
    Result<Dek> current(quint64 uses = 1);
    // A DEK by id (to decrypt); fails if it was destroyed.
    Result<QByteArray> key(const QByteArray& id);
    // Crypto-shredding: the DEK is overwritten and removed from the file.
    Result<void> destroy(const QByteArray& id);
    Result<void> destroyAll();
    // Re-wraps every DEK with the KeyManager's current KEK (after beginRotation()).
    Result<void> rewrapAll();
    int count() const;
    QString path() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::crypto
