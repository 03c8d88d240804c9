// SPDX-License-Identifier: Apache-2.0
#pragma once
// The encrypted local cache of study data (decoded volumes for quick
// reopening, thumbnails; later: PACS retrievals, AI results, review state).
//
// Every object is AES-256-GCM encrypted in chunks under a DEK of the
// cache's DekStore (wrapped by the keychain's KEK); each chunk's aad binds
// it to the object's key, its version and its position, so swapped,
// reordered, truncated or replayed chunks fail their tag. Writes are
// atomic (temp file, fsync, rename): a crash leaves the old object or the
// new one. A failed tag discards the object (the caller reloads from the
// source and audits a security alert). Size limit with LRU eviction and a
// time-to-live. Purge crypto-shreds: the DEKs are destroyed before the
// files are removed. File names are hashes: nothing about the patient is
// visible in the folder.

#include "core/common/result.h"
#include "core/crypto/key_manager.h"
#include "core/dicom/catalog.h"
#include "core/dicom/volume.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace custos::cache {

struct CacheOptions
{
    qint64 maxBytes = qint64(20) << 30;       // 20 GiB
    qint64 ttlSeconds = qint64(30) * 24 * 3600; // 30 days
    qint64 chunkBytes = qint64(4) << 20;      // 4 MiB per sealed chunk
    int threads = 0;                          // 0: one per core
};

struct CacheStats
{
    QString folder;
    int objects = 0;
    qint64 bytes = 0;
    int deks = 0;
    CacheOptions options;
};

struct CacheVerifyReport
{
    int objects = 0;
    std::vector<QString> damaged; // keys of objects that failed (and were removed)
};

class StudyCache
{
public:
    static Result<std::shared_ptr<StudyCache>> open(const QString& folder, std::shared_ptr<crypto::KeyManager> keys,
                                                    const CacheOptions& options = {});
    ~StudyCache();

    // A stable key for a stack: a hash of its instances (UIDs, files, sizes,
    // modification times), so a changed file is a cache miss.
    static QString keyFor(const dicom::Catalog& catalog, const dicom::Stack& stack);

    // When an object becomes durable. Now: before put* returns (its file,
    // its folder and the index that names it are synced). AtFlush: its file
    // is written, but it is synced, and the index that names it written, only
    // by flush(); a crash before that loses it (the next open removes it, as
    // any object the index does not name). For many objects that make one
    // unit (a study retrieved from a PACS, instance by instance): one sync
    // for all of them instead of four per object. An object that replaces a
    // durable one is always written Now (a crash must not leave the index
    // naming a version its file no longer holds).
    enum class Durability { Now, AtFlush };

    Result<void> putVolume(const QString& key, const dicom::Volume& volume);
    Result<void> putBlob(const QString& key, const QByteArray& data, Durability durability = Durability::Now);
    // Makes every object written AtFlush so far durable, then the index.
    Result<void> flush();

    struct Lookup
    {
        std::shared_ptr<dicom::Volume> volume; // set on a hit (getVolume)
        QByteArray blob;                       // set on a hit (getBlob)
        bool hit = false;
        bool damaged = false; // the object failed authentication and was removed: audit it
        QString message;      // why it missed, for a person
    };
    Lookup getVolume(const QString& key);
    // Decrypts into an existing volume of the same size and type (the one a
    // view already shows); marks every slice ready on success.
    Lookup fillVolume(const QString& key, dicom::Volume& target);
    Lookup getBlob(const QString& key);
    bool contains(const QString& key) const;

    CacheStats stats() const;
    CacheVerifyReport verify();
    // Crypto-shredding of everything; returns how many objects were removed.
    Result<int> purge();
    Result<void> rewrapKeys();   // after KeyManager::beginRotation()
    Result<void> reencryptAll(); // new DEKs for every object, old ones destroyed
    Result<void> evictExpired();

private:
    StudyCache();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::cache
