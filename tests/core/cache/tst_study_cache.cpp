// SPDX-License-Identifier: Apache-2.0
// The encrypted cache: round trips, and every way an object on disk can be
// damaged or swapped is caught; eviction, TTL, purge and key rotation.

#include "core/cache/study_cache.h"
#include "core/crypto/key_manager.h"
#include "core/crypto/key_store.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

using namespace custos;

namespace {

const QByteArray kMarker = QByteArrayLiteral("PATIENT-XYZZY-31415");

// A volume whose voxels spell a distinctive marker, so plaintext on disk is easy to spot.
std::shared_ptr<dicom::Volume> makeVolume(int seed, int slices = 12)
{
    dicom::VolumeGeometry g;
    g.columns = 96;
    g.rows = 80;
    g.slices = slices;
    g.spacing = {0.7, 0.8, 2.5};
    g.origin = {-30, -20, 10};
    g.hasPatientGeometry = true;
    auto v = std::make_shared<dicom::Volume>(g, dicom::SampleType::Int16, 1);
    v->rescaleIntercept = -1024;
    v->rescaleUnits = QStringLiteral("HU");
    v->windows.push_back({40, 400, QStringLiteral("SOFT TISSUE")});
    for (int k = 0; k < slices; ++k)
        v->slicePositions.push_back({-30, -20, 10 + 2.5 * k});
    auto* bytes = reinterpret_cast<char*>(v->data());
    for (std::size_t i = 0; i < v->totalBytes(); ++i)
        bytes[i] = (i / 64) % 3 == 0 ? kMarker[qsizetype(i % std::size_t(kMarker.size()))] : char((i * 31 + std::size_t(seed)) & 0xff);
    return v;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList objectFiles(const QString& folder)
{
    QStringList files;
    QDirIterator it(folder + QStringLiteral("/objects"), QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

class TestStudyCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripsAVolumeExactly();
    void neverWritesPlaintext();
    void rejectsEveryKindOfDamage_data();
    void rejectsEveryKindOfDamage();
    void evictsLeastRecentlyUsedOverTheSizeLimit();
    void expiresObjectsAfterTheirTimeToLive();
    void purgeCryptoShredsEverything();
    void keyRotationKeepsObjectsReadable();
    void verifyFindsAndRemovesDamagedObjects();
    void blobsRoundTrip();
    void deferredObjectsCountOnlyAfterFlush();
    void editedHeaderNumbersCannotWrapIntoAHugeRead();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<crypto::KeyManager> m_keys;
    std::shared_ptr<cache::StudyCache> openCache(cache::CacheOptions options = {});
};

void TestStudyCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = crypto::makeMemoryKeyStore();
    auto keys = crypto::KeyManager::open(*m_store);
    QVERIFY(keys.ok());
    m_keys = keys.value();
}

std::shared_ptr<cache::StudyCache> TestStudyCache::openCache(cache::CacheOptions options)
{
    options.chunkBytes = 16 * 1024; // several chunks per object
    auto c = cache::StudyCache::open(m_dir->path(), m_keys, options);
    return c ? c.value() : nullptr;
}

void TestStudyCache::roundTripsAVolumeExactly()
{
    auto c = openCache();
    QVERIFY(c);
    auto v = makeVolume(1);
    QVERIFY(c->putVolume(QStringLiteral("volume/a"), *v).ok());
    // A new cache object over the same folder: it persists.
    c.reset();
    c = openCache();
    auto got = c->getVolume(QStringLiteral("volume/a"));
    QVERIFY2(got.hit, qPrintable(got.message));
    QCOMPARE(got.volume->totalBytes(), v->totalBytes());
    QVERIFY(std::memcmp(got.volume->data(), v->data(), v->totalBytes()) == 0);
    QCOMPARE(got.volume->geometry().slices, 12);
    QCOMPARE(got.volume->rescaleIntercept, -1024.0);
    QCOMPARE(got.volume->windows.at(0).explanation, QStringLiteral("SOFT TISSUE"));
    QCOMPARE(got.volume->readySliceCount(), 12);
    QVERIFY(std::abs(got.volume->slicePositions.at(5).z - 22.5) < 1e-9);

    // fillVolume decrypts into a volume the viewer already holds.
    auto target = makeVolume(99);
    for (int k = 0; k < 12; ++k)
        QVERIFY(!target->isSliceReady(k));
    QVERIFY(c->fillVolume(QStringLiteral("volume/a"), *target).hit);
    QVERIFY(std::memcmp(target->data(), v->data(), v->totalBytes()) == 0);
    QCOMPARE(target->readySliceCount(), 12);
    // ...and refuses one of another size without calling it tampering.
    auto other = makeVolume(1, 7);
    const auto miss = c->fillVolume(QStringLiteral("volume/a"), *other);
    QVERIFY(!miss.hit && !miss.damaged);
}

void TestStudyCache::neverWritesPlaintext()
{
    auto c = openCache();
    QVERIFY(c->putVolume(QStringLiteral("volume/marker"), *makeVolume(2)).ok());
    int files = 0;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        ++files;
        QVERIFY2(!readAll(f).contains(kMarker), qPrintable(f));
        QVERIFY2(!readAll(f).contains(QByteArrayLiteral("SOFT TISSUE")), qPrintable(f));
        QVERIFY(!f.contains(QLatin1String("marker")));  // names are hashes
    }
    QVERIFY(files >= 3); // object, index, DEK file
}

void TestStudyCache::rejectsEveryKindOfDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flipped bit in a chunk") << "flip";
    QTest::newRow("truncated object") << "truncate";
    QTest::newRow("bytes appended") << "append";
    QTest::newRow("object swapped for another") << "swap";
    QTest::newRow("old version put back") << "replay";
    QTest::newRow("header edited") << "header";
    QTest::newRow("index edited") << "index";
}

void TestStudyCache::rejectsEveryKindOfDamage()
{
    QFETCH(QString, damage);
    auto c = openCache();
    const QString a = QStringLiteral("volume/a"), b = QStringLiteral("volume/b");
    QVERIFY(c->putVolume(a, *makeVolume(1)).ok());
    QVERIFY(c->putVolume(b, *makeVolume(2)).ok());
    const QStringList files = objectFiles(m_dir->path());
    QCOMPARE(files.size(), 2);
    // Which file is a's? The one that changes when a is rewritten.
    QString fileA;
    {
        const QByteArray before0 = readAll(files[0]);
        QVERIFY(c->putVolume(a, *makeVolume(3)).ok());
        fileA = readAll(files[0]) != before0 ? files[0] : files[1];
    }
    const QString fileB = fileA == files[0] ? files[1] : files[0];
    QByteArray bytes = readAll(fileA);

    if (damage == QLatin1String("flip")) {
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x01);
    } else if (damage == QLatin1String("truncate")) {
        bytes.chop(1000);
    } else if (damage == QLatin1String("append")) {
        bytes.append("extra");
    } else if (damage == QLatin1String("swap")) {
        bytes = readAll(fileB);
    } else if (damage == QLatin1String("replay")) {
        const QByteArray old = bytes;
        QVERIFY(c->putVolume(a, *makeVolume(4)).ok());
        bytes = old; // the previous version, put back
    } else if (damage == QLatin1String("header")) {
        const qsizetype at = bytes.indexOf("\"chunks\"");
        QVERIFY(at > 0);
        bytes.replace(at, 8, "\"chunkz\"");
    }
    if (damage == QLatin1String("index")) {
        QFile idx(m_dir->path() + QStringLiteral("/index.dat"));
        QVERIFY(idx.open(QIODevice::ReadWrite));
        QByteArray i = idx.readAll();
        i.replace("\"version\":\"2\"", "\"version\":\"1\"");
        idx.seek(0);
        idx.write(i);
        idx.resize(i.size());
        idx.close();
        // An index that fails its MAC: nothing in the cache is trusted.
        c.reset();
        c = openCache();
        QVERIFY(!c->contains(a) && !c->contains(b));
        return;
    }
    QFile f(fileA);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();

    const auto got = c->getVolume(a);
    QVERIFY(!got.hit);
    QVERIFY(got.damaged);
    QVERIFY2(got.message.contains(QLatin1String("discarded")), qPrintable(got.message));
    QVERIFY(!c->contains(a));   // discarded: it will be read again from the source
    QVERIFY(c->getVolume(b).hit); // the other object is untouched
}

void TestStudyCache::evictsLeastRecentlyUsedOverTheSizeLimit()
{
    cache::CacheOptions options;
    const qint64 one = qint64(makeVolume(0)->totalBytes());
    options.maxBytes = one * 3 + one / 2;
    auto c = openCache(options);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(c->putVolume(QStringLiteral("volume/%1").arg(i), *makeVolume(i)).ok());
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    QVERIFY(c->getVolume(QStringLiteral("volume/0")).hit); // 0 is now the most recent
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    QVERIFY(c->putVolume(QStringLiteral("volume/3"), *makeVolume(3)).ok());
    QVERIFY(c->contains(QStringLiteral("volume/0")));
    QVERIFY(!c->contains(QStringLiteral("volume/1"))); // least recently used
    QVERIFY(c->contains(QStringLiteral("volume/2")));
    QVERIFY(c->contains(QStringLiteral("volume/3")));
    QVERIFY(c->stats().bytes <= options.maxBytes);
    QCOMPARE(objectFiles(m_dir->path()).size(), 3);
}

void TestStudyCache::expiresObjectsAfterTheirTimeToLive()
{
    cache::CacheOptions options;
    options.ttlSeconds = 1;
    auto c = openCache(options);
    QVERIFY(c->putVolume(QStringLiteral("volume/old"), *makeVolume(1)).ok());
    std::this_thread::sleep_for(std::chrono::milliseconds(1200));
    QVERIFY(c->evictExpired().ok());
    QVERIFY(!c->contains(QStringLiteral("volume/old")));
    QCOMPARE(objectFiles(m_dir->path()).size(), 0);
}

void TestStudyCache::purgeCryptoShredsEverything()
{
    auto c = openCache();
    QVERIFY(c->putVolume(QStringLiteral("volume/a"), *makeVolume(1)).ok());
    const QString file = objectFiles(m_dir->path()).front();
    const QByteArray copy = readAll(file); // what a disk-recovery tool might find later
    const QByteArray dekFileBefore = readAll(m_dir->path() + QStringLiteral("/keys.dek"));
    QVERIFY(!dekFileBefore.isEmpty());
    auto purged = c->purge();
    QVERIFY(purged.ok());
    QCOMPARE(purged.value(), 1);
    QCOMPARE(objectFiles(m_dir->path()).size(), 0);
    QCOMPARE(c->stats().objects, 0);
    // The DEK that encrypted the copy is gone: put the file back, it cannot be read.
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(copy);
    f.close();
    QVERIFY(!c->getVolume(QStringLiteral("volume/a")).hit);
    const QByteArray dekFileAfter = readAll(m_dir->path() + QStringLiteral("/keys.dek"));
    QVERIFY(dekFileAfter != dekFileBefore);
}

void TestStudyCache::keyRotationKeepsObjectsReadable()
{
    auto c = openCache();
    auto v = makeVolume(5);
    QVERIFY(c->putVolume(QStringLiteral("volume/a"), *v).ok());
    const QByteArray objectBefore = readAll(objectFiles(m_dir->path()).front());
    const QByteArray dekBefore = readAll(m_dir->path() + QStringLiteral("/keys.dek"));
    QVERIFY(m_keys->beginRotation().ok());
    QVERIFY(c->rewrapKeys().ok());
    QVERIFY(m_keys->commitRotation().ok());
    // Re-wrapped, not re-encrypted: the DEK file changed, the object did not.
    QVERIFY(readAll(m_dir->path() + QStringLiteral("/keys.dek")) != dekBefore);
    QCOMPARE(readAll(objectFiles(m_dir->path()).front()), objectBefore);
    auto got = c->getVolume(QStringLiteral("volume/a"));
    QVERIFY(got.hit);
    QVERIFY(std::memcmp(got.volume->data(), v->data(), v->totalBytes()) == 0);
    // --data: new DEKs, new ciphertext, same content.
    QVERIFY(c->reencryptAll().ok());
    QVERIFY(readAll(objectFiles(m_dir->path()).front()) != objectBefore);
    got = c->getVolume(QStringLiteral("volume/a"));
    QVERIFY(got.hit);
    QVERIFY(std::memcmp(got.volume->data(), v->data(), v->totalBytes()) == 0);
}

void TestStudyCache::verifyFindsAndRemovesDamagedObjects()
{
    auto c = openCache();
    for (int i = 0; i < 3; ++i)
        QVERIFY(c->putVolume(QStringLiteral("volume/%1").arg(i), *makeVolume(i)).ok());
    const QString victim = objectFiles(m_dir->path()).at(1);
    QByteArray bytes = readAll(victim);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x40);
    QFile f(victim);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const auto report = c->verify();
    QCOMPARE(report.objects, 3);
    QCOMPARE(report.damaged.size(), std::size_t(1));
    QCOMPARE(c->stats().objects, 2);
    QVERIFY(c->verify().damaged.empty());
}

void TestStudyCache::blobsRoundTrip()
{
    auto c = openCache();
    QByteArray blob(70000, '\0');
    for (int i = 0; i < blob.size(); ++i)
        blob[i] = char(i * 7);
    QVERIFY(c->putBlob(QStringLiteral("thumb/x"), blob).ok());
    const auto got = c->getBlob(QStringLiteral("thumb/x"));
    QVERIFY(got.hit);
    QCOMPARE(got.blob, blob);
}

// A retrieved study's instances are written AtFlush: readable at once in
// this process, but only flush() makes them (and the index that names them)
// durable. A second open of the folder stands for the program after a crash.
void TestStudyCache::deferredObjectsCountOnlyAfterFlush()
{
    auto c = openCache();
    QVERIFY(c->putBlob(QStringLiteral("durable"), QByteArray(500, 'd')).ok());
    for (int i = 0; i < 5; ++i)
        QVERIFY(c->putBlob(QStringLiteral("inst/%1").arg(i), QByteArray(3000, char('a' + i)), cache::StudyCache::Durability::AtFlush).ok());
    QCOMPARE(c->getBlob(QStringLiteral("inst/3")).blob, QByteArray(3000, 'd'));
    QCOMPARE(objectFiles(m_dir->path()).size(), 6);
    {
        // Crashed before flush(): the index on disk names only the durable
        // object; the five files are leftovers and go at the next open.
        auto afterCrash = openCache();
        QVERIFY(afterCrash);
        QVERIFY(afterCrash->contains(QStringLiteral("durable")));
        for (int i = 0; i < 5; ++i)
            QVERIFY(!afterCrash->contains(QStringLiteral("inst/%1").arg(i)));
        QCOMPARE(objectFiles(m_dir->path()).size(), 1);
    }
    // Written again and flushed: all of them survive the next open.
    auto again = openCache();
    for (int i = 0; i < 5; ++i)
        QVERIFY(again->putBlob(QStringLiteral("inst/%1").arg(i), QByteArray(3000, char('a' + i)), cache::StudyCache::Durability::AtFlush).ok());
    QVERIFY(again->flush().ok());
    // Replacing a durable object is never deferred: the index must not name
    // a version that its file no longer holds.
    QVERIFY(again->putBlob(QStringLiteral("durable"), QByteArray(500, 'e'), cache::StudyCache::Durability::AtFlush).ok());
    auto reopened = openCache();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(reopened->getBlob(QStringLiteral("inst/%1").arg(i)).blob, QByteArray(3000, char('a' + i)));
    const auto durable = reopened->getBlob(QStringLiteral("durable"));
    QVERIFY2(durable.hit, qPrintable(durable.message));
    QCOMPARE(durable.blob, QByteArray(500, 'e'));
    QVERIFY(!durable.damaged);
}

// Found by fuzz_cache. The object's header (version, chunk size and count,
// byte count) is in clear, and the aads bind key, version and chunk
// positions, not the byte count: an attacker who can write the cache folder
// takes a genuine object and edits its numbers. With chunk size 1 and a byte
// count X such that 33·X wraps around to the file's size, both consistency
// checks passed and getBlob asked for X ≈ 2^62 bytes: std::bad_alloc,
// uncaught, the viewer gone (and signed overflow on the way).
void TestStudyCache::editedHeaderNumbersCannotWrapIntoAHugeRead()
{
    auto c = openCache();
    const QString key = QStringLiteral("thumb/x");
    QVERIFY(c->putBlob(key, QByteArray(100, 'b')).ok());
    const QStringList files = objectFiles(m_dir->path());
    QCOMPARE(files.size(), 1);
    const QByteArray genuine = readAll(files[0]);
    const quint32 headerLen = quint32(quint8(genuine[8])) | quint32(quint8(genuine[9])) << 8 |
                              quint32(quint8(genuine[10])) << 16 | quint32(quint8(genuine[11])) << 24;
    QJsonObject header = QJsonDocument::fromJson(genuine.mid(12, headerLen)).object();
    QVERIFY(header.contains(QStringLiteral("bytes")));
    const QByteArray sealedPart = genuine.mid(12 + headerLen); // meta length, sealed meta, chunks
    const quint32 metaLen = quint32(quint8(sealedPart[0])) | quint32(quint8(sealedPart[1])) << 8 |
                            quint32(quint8(sealedPart[2])) << 16 | quint32(quint8(sealedPart[3])) << 24;
    const quint64 frames = quint64(sealedPart.size()) - 4 - metaLen; // bytes after the meta
    // 33 = 4 (frame length) + 28 (nonce and tag) + 1 byte per chunk of size 1.
    quint64 inverse = 33; // of 33 modulo 2^64, by Newton's iteration
    for (int i = 0; i < 5; ++i)
        inverse *= 2 - 33 * inverse;
    QCOMPARE(quint64(33) * inverse, quint64(1));
    quint64 count = 0;
    int pad = 0;
    for (; pad < 64; ++pad) { // a positive X (as qint64) for some padding
        count = (frames + quint64(pad)) * inverse;
        if (count < (quint64(1) << 63) && count > quint64(1) << 40)
            break;
    }
    QVERIFY(pad < 64);
    header[QStringLiteral("chunkBytes")] = QStringLiteral("1");
    header[QStringLiteral("chunks")] = QString::number(count);
    header[QStringLiteral("bytes")] = QString::number(count);
    const QByteArray newHeader = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray edited = genuine.left(8);
    for (int i = 0; i < 4; ++i)
        edited.append(char((quint32(newHeader.size()) >> (8 * i)) & 0xff));
    edited += newHeader + sealedPart + QByteArray(pad, 'p');
    QFile f(files[0]);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(edited), edited.size());
    f.close();

    const auto got = c->getBlob(key);
    QVERIFY(!got.hit);
    QVERIFY(got.damaged);
    QVERIFY2(got.message.contains(QLatin1String("inconsistent")), qPrintable(got.message));
}

QTEST_GUILESS_MAIN(TestStudyCache)
#include "tst_study_cache.moc"
