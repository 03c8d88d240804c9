// SPDX-License-Identifier: Apache-2.0
#pragma once
// Internal to core/crypto (not for other modules): what KeyManager
// (key_manager.cpp), DekStore (dek_store.cpp) and the atomic file writer
// (atomic_file.cpp) share.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace custos::crypto::detail {

// KeyManager::kekId() is this long; the DEK file stores it per key.
inline constexpr int kKekIdBytes = 8;

// An exclusive lock on the folder, so that DekStores of several processes
// (the viewer and custos-cli) never interleave a read-modify-write of the
// same key file. Advisory and best effort: a file system without flock()
// on directories still gets the in-process mutex.
class FolderLock
{
public:
    explicit FolderLock(const QString& folder);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    [[maybe_unused]] int m_fd = -1; // closing it releases the lock (POSIX only)
};

// writeFileAtomically(); with `scrubOld`, the replaced file's bytes are
// overwritten afterwards (see atomic_file.cpp).
Result<void> writeAtomically(const QString& path, const QByteArray& data, bool scrubOld);

// Removes a file after overwriting its bytes.
Result<void> scrubAndRemove(const QString& path);

} // namespace custos::crypto::detail
