// SPDX-License-Identifier: Apache-2.0
#include "core/cache/study_cache.h"

#include "core/common/parallel.h"
#include "core/common/read_at.h"
#include "core/crypto/aead.h"
#include "core/crypto/atomic_file.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>
#include <set>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace custos::cache {

namespace {

constexpr char kMagic[8] = {'C', 'U', 'S', 'T', 'O', 'S', 'C', '1'};
constexpr int kSealOverhead = crypto::kNonceBytes + crypto::kTagBytes;

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }


QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    return b;
}
quint32 readU32(const char* p)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= quint32(quint8(p[i])) << (8 * i);
    return v;
}

QByteArray aadFor(const QString& key, qint64 version, const QString& part)
{
    return QStringLiteral("custos/cache/v1/%1/%2/%3").arg(key).arg(version).arg(part).toUtf8();
}

QJsonArray vec(const dicom::Vec3& v) { return QJsonArray{v.x, v.y, v.z}; }
dicom::Vec3 vec(const QJsonValue& j)
{
    const QJsonArray a = j.toArray();
    return {a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble()};
}

QByteArray encodeVolumeMeta(const dicom::Volume& v)
{
    const auto& g = v.geometry();
    QJsonObject o;
    o[QStringLiteral("kind")] = QStringLiteral("volume");
    o[QStringLiteral("dims")] = QJsonArray{g.columns, g.rows, g.slices};
    o[QStringLiteral("spacing")] = QJsonArray{g.spacing[0], g.spacing[1], g.spacing[2]};
    o[QStringLiteral("origin")] = vec(g.origin);
    o[QStringLiteral("rowDir")] = vec(g.rowDir);
    o[QStringLiteral("colDir")] = vec(g.colDir);
    o[QStringLiteral("normal")] = vec(g.normal);
    o[QStringLiteral("patientGeometry")] = g.hasPatientGeometry;
    o[QStringLiteral("type")] = int(v.sampleType());
    o[QStringLiteral("components")] = v.components();
    o[QStringLiteral("slope")] = v.rescaleSlope;
    o[QStringLiteral("intercept")] = v.rescaleIntercept;
    o[QStringLiteral("units")] = v.rescaleUnits;
    o[QStringLiteral("inverted")] = v.invertedGrayscale;
    QJsonArray windows;
    for (const auto& w : v.windows)
        windows.append(QJsonArray{w.center, w.width, w.explanation});
    o[QStringLiteral("windows")] = windows;
    QJsonArray positions;
    for (const auto& p : v.slicePositions)
        positions.append(vec(p));
    o[QStringLiteral("positions")] = positions;
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::shared_ptr<dicom::Volume> decodeVolumeMeta(const QByteArray& bytes)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(QStringLiteral("kind")).toString() != QLatin1String("volume"))
        return nullptr;
    dicom::VolumeGeometry g;
    const QJsonArray dims = o[QStringLiteral("dims")].toArray();
    g.columns = dims.at(0).toInt();
    g.rows = dims.at(1).toInt();
    g.slices = dims.at(2).toInt();
    const QJsonArray sp = o[QStringLiteral("spacing")].toArray();
    g.spacing = {sp.at(0).toDouble(), sp.at(1).toDouble(), sp.at(2).toDouble()};
    g.origin = vec(o[QStringLiteral("origin")]);
    g.rowDir = vec(o[QStringLiteral("rowDir")]);
    g.colDir = vec(o[QStringLiteral("colDir")]);
    g.normal = vec(o[QStringLiteral("normal")]);
    g.hasPatientGeometry = o[QStringLiteral("patientGeometry")].toBool();
    const int type = o[QStringLiteral("type")].toInt();
    const int comps = o[QStringLiteral("components")].toInt();
    if (g.columns <= 0 || g.rows <= 0 || g.slices <= 0 || type < 0 || type > int(dicom::SampleType::Float32) || (comps != 1 && comps != 3))
        return nullptr;
    auto v = std::make_shared<dicom::Volume>(g, dicom::SampleType(type), comps);
    v->rescaleSlope = o[QStringLiteral("slope")].toDouble(1.0);
    v->rescaleIntercept = o[QStringLiteral("intercept")].toDouble();
    v->rescaleUnits = o[QStringLiteral("units")].toString();
    v->invertedGrayscale = o[QStringLiteral("inverted")].toBool();
    for (const auto& w : o[QStringLiteral("windows")].toArray()) {
        const QJsonArray a = w.toArray();
        v->windows.push_back({a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toString()});
    }
    for (const auto& p : o[QStringLiteral("positions")].toArray())
        v->slicePositions.push_back(vec(p));
    return v;
}

struct Entry
{
    qint64 version = 0;
    qint64 bytes = 0;
    qint64 created = 0;    // ms since epoch
    qint64 lastAccess = 0; // ms since epoch
    QByteArray dekId;
    bool pending = false;  // written AtFlush, not yet synced: the index file leaves it out
};

} // namespace

struct StudyCache::Impl
{
    QString folder;
    std::shared_ptr<crypto::KeyManager> keys;
    std::unique_ptr<crypto::DekStore> deks;
    CacheOptions options;
    QByteArray indexMacKey;
    mutable std::mutex mutex;
    std::map<QString, Entry> index;

    QString objectPath(const QString& key) const
    {
        return QDir(folder).filePath(QStringLiteral("objects/") +
                                     QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex()) +
                                     QStringLiteral(".obj"));
    }
    QString indexPath() const { return QDir(folder).filePath(QStringLiteral("index.dat")); }
    int threads() const { return workerCount(options.threads); }

    // The index holds no PHI (keys are hashes of UIDs); it is MACed so that
    // editing it (e.g. to roll an object back to an old version) is seen.
    Result<void> saveIndex()
    {
        QJsonArray entries;
        for (const auto& [key, e] : index)
            if (!e.pending)
                entries.append(QJsonObject{{QStringLiteral("key"), key},
                                       {QStringLiteral("version"), QString::number(e.version)},
                                       {QStringLiteral("bytes"), QString::number(e.bytes)},
                                       {QStringLiteral("created"), QString::number(e.created)},
                                       {QStringLiteral("access"), QString::number(e.lastAccess)},
                                       {QStringLiteral("dek"), QString::fromLatin1(e.dekId.toHex())}});
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson(QJsonDocument::Compact);
        return crypto::writeFileAtomically(indexPath(), crypto::hmacSha256(indexMacKey, body).toHex() + '\n' + body);
    }

    Result<void> loadIndex()
    {
        QFile f(indexPath());
        if (!f.exists())
            return {};
        if (!f.open(QIODevice::ReadOnly))
            return Error{QObject::tr("The cache index could not be read: %1").arg(f.errorString())};
        const QByteArray all = f.readAll();
        const qsizetype nl = all.indexOf('\n');
        const QByteArray body = nl > 0 ? all.mid(nl + 1) : QByteArray();
        if (nl <= 0 || QByteArray::fromHex(all.left(nl)) != crypto::hmacSha256(indexMacKey, body))
            return Error{QObject::tr("The cache index failed its integrity check.")};
        for (const auto& v : QJsonDocument::fromJson(body).object()[QStringLiteral("entries")].toArray()) {
            const QJsonObject o = v.toObject();
            Entry e{o[QStringLiteral("version")].toString().toLongLong(), o[QStringLiteral("bytes")].toString().toLongLong(),
                    o[QStringLiteral("created")].toString().toLongLong(), o[QStringLiteral("access")].toString().toLongLong(),
                    QByteArray::fromHex(o[QStringLiteral("dek")].toString().toLatin1())};
            index[o[QStringLiteral("key")].toString()] = e;
        }
        return {};
    }

    void removeLocked(const QString& key)
    {
        QFile::remove(objectPath(key));
        index.erase(key);
    }

    // A damaged object is removed from disk and index; the caller reloads
    // it from its source and audits the event.
    void discard(const QString& key, const QString& why, StudyCache::Lookup& result)
    {
        result.damaged = true;
        result.message = QObject::tr("The cached copy was damaged or tampered with (%1); it was discarded.").arg(why);
        std::lock_guard lock(mutex);
        removeLocked(key);
        (void)saveIndex();
    }

    Result<void> writeObject(const QString& key, const QByteArray& meta, const std::byte* data, qint64 bytes,
                             StudyCache::Durability durability = StudyCache::Durability::Now);
    // target(meta, plaintext bytes) returns where to decrypt to (nullptr: authenticate only).
    Result<QByteArray> readObject(const QString& key, const std::function<std::byte*(const QByteArray& meta, qint64 bytes)>& target);
};

StudyCache::StudyCache() : d(std::make_unique<Impl>()) {}
StudyCache::~StudyCache() = default;

Result<std::shared_ptr<StudyCache>> StudyCache::open(const QString& folder, std::shared_ptr<crypto::KeyManager> keys,
                                                     const CacheOptions& options)
{
    if (!QDir().mkpath(QDir(folder).filePath(QStringLiteral("objects"))))
        return Error{QObject::tr("The cache folder %1 could not be created.").arg(folder)};
    std::shared_ptr<StudyCache> cache(new StudyCache());
    cache->d->folder = folder;
    cache->d->keys = keys;
    cache->d->options = options;
    cache->d->deks = std::make_unique<crypto::DekStore>(keys, folder);
    auto mac = keys->macKey(QStringLiteral("cache-index-mac"));
    if (!mac)
        return mac.error();
    cache->d->indexMacKey = mac.value();
    if (auto r = cache->d->loadIndex(); !r) {
        // An index we cannot trust: drop every object (they may be rolled back).
        QDir(QDir(folder).filePath(QStringLiteral("objects"))).removeRecursively();
        QDir().mkpath(QDir(folder).filePath(QStringLiteral("objects")));
        cache->d->index.clear();
        (void)cache->d->saveIndex();
    }
    // Leftovers of a crash mid-write are removed: temp files, and objects
    // whose index entry was never written.
    QSet<QString> known;
    for (const auto& [key, e] : cache->d->index)
        known.insert(QFileInfo(cache->d->objectPath(key)).fileName());
    for (const QFileInfo& fi : QDir(QDir(folder).filePath(QStringLiteral("objects"))).entryInfoList(QDir::Files))
        if (fi.fileName().contains(QLatin1String(".tmp-")) || !known.contains(fi.fileName()))
            QFile::remove(fi.absoluteFilePath());
    (void)cache->evictExpired();
    return cache;
}

QString StudyCache::keyFor(const dicom::Catalog& catalog, const dicom::Stack& stack)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(stack.seriesInstanceUid.toUtf8());
    h.addData(QByteArray::number(stack.stackIndexInSeries));
    for (const dicom::FrameRef& f : stack.frames) {
        const dicom::Instance& inst = catalog.instanceOf(f);
        h.addData(inst.sopInstanceUid.toUtf8());
        h.addData(QByteArray::number(f.frame));
        if (inst.memory) { // retrieved from a PACS: its SOP instance UID names it
            h.addData(QByteArray::number(inst.memory->size()));
            continue;
        }
        const QFileInfo fi(inst.filePath);
        h.addData(fi.absoluteFilePath().toUtf8());
        h.addData(QByteArray::number(fi.size()));
        h.addData(QByteArray::number(fi.lastModified().toMSecsSinceEpoch()));
    }
    return QStringLiteral("volume/") + QString::fromLatin1(h.result().toHex());
}

Result<void> StudyCache::Impl::writeObject(const QString& key, const QByteArray& meta, const std::byte* data, qint64 bytes,
                                           StudyCache::Durability durability)
{
    const qint64 chunk = std::max<qint64>(4096, options.chunkBytes);
    const qint64 chunks = (bytes + chunk - 1) / chunk;
    qint64 version = 1;
    bool defer = durability == StudyCache::Durability::AtFlush;
    {
        std::lock_guard lock(mutex);
        if (auto it = index.find(key); it != index.end()) {
            version = it->second.version + 1;
            defer = defer && it->second.pending; // it replaces a durable object: Now
        }
    }
    auto dek = deks->current(quint64(chunks + 1));
    if (!dek)
        return dek.error();
    const QByteArray header = QJsonDocument(QJsonObject{{QStringLiteral("v"), 1},
                                                        {QStringLiteral("dek"), QString::fromLatin1(dek.value().id.toHex())},
                                                        {QStringLiteral("version"), QString::number(version)},
                                                        {QStringLiteral("chunks"), QString::number(chunks)},
                                                        {QStringLiteral("chunkBytes"), QString::number(chunk)},
                                                        {QStringLiteral("bytes"), QString::number(bytes)}})
                                  .toJson(QJsonDocument::Compact);
    auto sealedMeta = crypto::seal(dek.value().key, meta, aadFor(key, version, QStringLiteral("meta")));
    if (!sealedMeta)
        return sealedMeta.error();

    const QString finalPath = objectPath(key);
    const QString tmpPath = finalPath + QStringLiteral(".tmp-") + QString::number(QDateTime::currentMSecsSinceEpoch()) +
                            QString::number(reinterpret_cast<quintptr>(this) & 0xffff);
    const int fd = ::open(QFile::encodeName(tmpPath).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return Error{QObject::tr("The cache could not write %1: %2").arg(tmpPath, errnoText())};
    auto fail = [&](const QString& why) -> Result<void> {
        ::close(fd);
        QFile::remove(tmpPath);
        return Error{QObject::tr("The cache object could not be written: %1").arg(why)};
    };
    auto writeAll = [&](const QByteArray& b) {
        qint64 done = 0;
        while (done < b.size()) {
            const ssize_t n = ::write(fd, b.constData() + done, std::size_t(b.size() - done));
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    };
    if (!writeAll(QByteArray(kMagic, 8) + u32(quint32(header.size())) + header + u32(quint32(sealedMeta.value().size())) + sealedMeta.value()))
        return fail(errnoText());
    // Seal a batch of chunks in parallel, write them in order.
    const int nThreads = threads();
    std::vector<Result<QByteArray>> batch;
    for (qint64 first = 0; first < chunks; first += nThreads) {
        const qint64 last = std::min(chunks, first + nThreads);
        batch.assign(std::size_t(last - first), Result<QByteArray>(QByteArray()));
        auto work = [&](qint64 c) {
            const qint64 off = c * chunk, n = std::min(chunk, bytes - off);
            batch[std::size_t(c - first)] = crypto::seal(dek.value().key, QByteArray::fromRawData(reinterpret_cast<const char*>(data + off), n),
                                                         aadFor(key, version, QStringLiteral("%1/%2").arg(c).arg(chunks)));
        };
        std::atomic<qint64> nextChunk{first};
        runOnWorkers(int(last - first), [&] {
            for (qint64 c = nextChunk++; c < last; c = nextChunk++)
                work(c);
        });
        for (auto& sealed : batch) {
            if (!sealed)
                return fail(sealed.errorMessage());
            if (!writeAll(u32(quint32(sealed.value().size())) + sealed.value()))
                return fail(errnoText());
        }
    }
    if (!defer && ::fsync(fd) != 0)
        return fail(errnoText());
    ::close(fd);
    if (::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(finalPath).constData()) != 0) {
        QFile::remove(tmpPath);
        return Error{QObject::tr("The cache object could not be written: %1").arg(errnoText())};
    }
    if (!defer)
        (void)crypto::syncFolder(QFileInfo(finalPath).absolutePath());

    std::lock_guard lock(mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Entry& e = index[key];
    e.version = version;
    e.bytes = QFileInfo(finalPath).size();
    e.created = now;
    e.lastAccess = now;
    e.dekId = dek.value().id;
    e.pending = defer;
    // Least recently used objects go first when the cache is over its size.
    qint64 total = 0;
    for (const auto& [k, en] : index)
        total += en.bytes;
    bool evicted = false;
    while (total > options.maxBytes && index.size() > 1) {
        auto oldest = std::min_element(index.begin(), index.end(), [](const auto& a, const auto& b) { return a.second.lastAccess < b.second.lastAccess; });
        if (oldest->first == key)
            break;
        total -= oldest->second.bytes;
        removeLocked(oldest->first);
        evicted = true;
    }
    // A deferred object changes nothing the index file says, unless its
    // arrival pushed a durable one out.
    return defer && !evicted ? Result<void>{} : saveIndex();
}

Result<void> StudyCache::flush()
{
    std::vector<QString> keys;
    {
        std::lock_guard lock(d->mutex);
        for (const auto& [key, e] : d->index)
            if (e.pending)
                keys.push_back(key);
    }
    if (keys.empty())
        return {};
    const QString objects = QDir(d->folder).filePath(QStringLiteral("objects"));
#ifdef __linux__
    // One call for the whole file system rather than one journal commit per
    // file (fsync of each). It also writes back what others left dirty there;
    // on the cache's own disk that is the price of one commit instead of N.
    const int dirFd = ::open(QFile::encodeName(objects).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0 || ::syncfs(dirFd) != 0) {
        const QString why = errnoText();
        if (dirFd >= 0)
            ::close(dirFd);
        return Error{QObject::tr("The cache could not make its new objects durable: %1").arg(why)};
    }
    ::close(dirFd);
#else
    for (const QString& key : keys) {
        const int fd = ::open(QFile::encodeName(d->objectPath(key)).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue; // evicted meanwhile
        const bool synced = ::fsync(fd) == 0;
        const QString why = errnoText();
        ::close(fd);
        if (!synced)
            return Error{QObject::tr("The cache could not make its new objects durable: %1").arg(why)};
    }
    (void)crypto::syncFolder(objects);
#endif
    std::lock_guard lock(d->mutex);
    for (const QString& key : keys)
        if (auto it = d->index.find(key); it != d->index.end())
            it->second.pending = false;
    return d->saveIndex();
}

Result<QByteArray> StudyCache::Impl::readObject(const QString& key, const std::function<std::byte*(const QByteArray& meta, qint64 bytes)>& target)
{
    Entry entry;
    {
        std::lock_guard lock(mutex);
        auto it = index.find(key);
        if (it == index.end())
            return Error{QObject::tr("not in the cache")};
        entry = it->second;
    }
    const QString path = objectPath(key);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Error{QObject::tr("the cached file is missing")};
    struct Closer { int fd; ~Closer() { ::close(fd); } } closer{fd};
    const qint64 fileSize = QFileInfo(path).size();
    auto readAt = [&](qint64 off, qint64 n) -> QByteArray {
        if (n < 0 || off + n > fileSize)
            return {};
        QByteArray b(n, Qt::Uninitialized);
        return custos::readAt(fd, b.data(), std::size_t(n), off) == std::size_t(n) ? b : QByteArray();
    };
    const QByteArray start = readAt(0, 12);
    if (start.size() != 12 || std::memcmp(start.constData(), kMagic, 8) != 0)
        return Error{QObject::tr("the cached file is not a Custos cache object")};
    const qint64 headerLen = readU32(start.constData() + 8);
    const QJsonObject header = QJsonDocument::fromJson(readAt(12, headerLen)).object();
    const qint64 version = header[QStringLiteral("version")].toString().toLongLong();
    const qint64 chunks = header[QStringLiteral("chunks")].toString().toLongLong();
    const qint64 chunk = header[QStringLiteral("chunkBytes")].toString().toLongLong();
    const qint64 bytes = header[QStringLiteral("bytes")].toString().toLongLong();
    const QByteArray dekId = QByteArray::fromHex(header[QStringLiteral("dek")].toString().toLatin1());
    // The index says which version is current: an older file put back is
    // refused. A newer one is what a crash between the object's rename and
    // the index's update leaves behind; its authenticity is checked below
    // (the version is bound into every chunk's aad), then the index catches up.
    if (version < entry.version)
        return Error{QObject::tr("the cached file is version %1, the index expects %2 (an old copy was put back)").arg(version).arg(entry.version)};
    auto dek = deks->key(dekId);
    if (!dek)
        return dek.error();
    qint64 off = 12 + headerLen;
    const QByteArray metaLen = readAt(off, 4);
    if (metaLen.size() != 4)
        return Error{QObject::tr("the cached file is truncated")};
    auto meta = crypto::open(dek.value(), readAt(off + 4, readU32(metaLen.constData())), aadFor(key, version, QStringLiteral("meta")));
    if (!meta)
        return Error{QObject::tr("its description failed the integrity check")};
    off += 4 + readU32(metaLen.constData());
    // The header's numbers are in clear and not authenticated (the aads bind
    // key, version and chunk positions): bound each by the file before any
    // arithmetic. Found by fuzz_cache: with sums that wrap, an edited header
    // of a genuine object passed both checks and made getBlob ask for 2^63
    // bytes (an uncaught std::bad_alloc; signed overflow besides).
    if (chunks < 0 || chunk <= 0 || bytes < 0 || bytes > fileSize || chunk > (qint64(1) << 30) ||
        chunks > fileSize / (4 + kSealOverhead) || chunks != (bytes + chunk - 1) / chunk)
        return Error{QObject::tr("the cached file's header is inconsistent")};
    // Exactly the frames the header announces, nothing appended or cut.
    if (off + chunks * (4 + kSealOverhead) + bytes != fileSize)
        return Error{QObject::tr("the cached file is truncated or has extra bytes")};
    std::byte* out = target ? target(meta.value(), bytes) : nullptr;
    if (target && !out)
        return Error{QObject::tr("its description does not match its contents")};

    // Chunks sit at fixed offsets: decrypt them on every core.
    const qint64 framed = 4 + chunk + kSealOverhead;
    std::atomic_bool ok{true};
    std::atomic<qint64> next{0};
    QString failure;
    std::mutex failureMutex;
    auto work = [&] {
        QByteArray frame; // one read buffer per thread, reused chunk after chunk
        for (qint64 c = next++; c < chunks && ok; c = next++) {
            const qint64 n = std::min(chunk, bytes - c * chunk);
            const qint64 frameBytes = 4 + n + kSealOverhead;
            if (frame.size() != frameBytes)
                frame.resize(frameBytes);
            const bool whole = custos::readAt(fd, frame.data(), std::size_t(frameBytes), off + c * framed) == std::size_t(frameBytes);
            const QString aad = QStringLiteral("%1/%2").arg(c).arg(chunks);
            const QByteArray sealed = QByteArray::fromRawData(frame.constData() + 4, frameBytes - 4);
            // Decrypted straight into the caller's buffer: no second copy of
            // hundreds of MiB (issue 16).
            Result<void> opened = Error{QObject::tr("the cached file is truncated")};
            if (whole && readU32(frame.constData()) == quint32(n + kSealOverhead)) {
                if (out) {
                    opened = crypto::openInto(dek.value(), sealed, aadFor(key, version, aad), out + c * chunk, n);
                } else {
                    auto plain = crypto::open(dek.value(), sealed, aadFor(key, version, aad));
                    opened = plain ? Result<void>{} : Result<void>(plain.error());
                }
            }
            if (!opened) {
                ok = false;
                std::lock_guard lock(failureMutex);
                failure = whole ? QObject::tr("chunk %1 failed the integrity check").arg(c + 1)
                                : QObject::tr("the cached file is truncated");
                return;
            }
        }
    };
    runOnWorkers(threads(), work);
    if (!ok)
        return Error{failure};
    std::lock_guard lock(mutex);
    if (auto it = index.find(key); it != index.end()) {
        it->second.lastAccess = QDateTime::currentMSecsSinceEpoch();
        if (version > it->second.version) {
            it->second.version = version;
            it->second.dekId = dekId;
            it->second.bytes = fileSize;
            (void)saveIndex();
        }
    }
    return meta.value();
}

Result<void> StudyCache::putVolume(const QString& key, const dicom::Volume& volume)
{
    return d->writeObject(key, encodeVolumeMeta(volume), volume.data(), qint64(volume.totalBytes()));
}

Result<void> StudyCache::putBlob(const QString& key, const QByteArray& data, Durability durability)
{
    return d->writeObject(key, QByteArrayLiteral("{\"kind\":\"blob\"}"), reinterpret_cast<const std::byte*>(data.constData()), data.size(),
                          durability);
}

StudyCache::Lookup StudyCache::getVolume(const QString& key)
{
    Lookup result;
    if (!contains(key)) {
        result.message = QObject::tr("not in the cache");
        return result;
    }
    std::shared_ptr<dicom::Volume> volume;
    auto r = d->readObject(key, [&](const QByteArray& meta, qint64 bytes) -> std::byte* {
        volume = decodeVolumeMeta(meta);
        return volume && qint64(volume->totalBytes()) == bytes ? volume->data() : nullptr;
    });
    if (!r) {
        d->discard(key, r.errorMessage(), result);
        return result;
    }
    for (int k = 0; k < volume->geometry().slices; ++k)
        volume->markSliceReady(k);
    result.volume = volume;
    result.hit = true;
    return result;
}

StudyCache::Lookup StudyCache::fillVolume(const QString& key, dicom::Volume& target)
{
    Lookup result;
    if (!contains(key)) {
        result.message = QObject::tr("not in the cache");
        return result;
    }
    bool mismatch = false;
    auto r = d->readObject(key, [&](const QByteArray& meta, qint64 bytes) -> std::byte* {
        const auto described = decodeVolumeMeta(meta);
        const auto& a = target.geometry();
        mismatch = !described || described->sampleType() != target.sampleType() || described->components() != target.components() ||
                   described->geometry().columns != a.columns || described->geometry().rows != a.rows ||
                   described->geometry().slices != a.slices || qint64(target.totalBytes()) != bytes;
        return mismatch ? nullptr : target.data();
    });
    if (!r && mismatch) {
        // Not damage: the series changed shape since it was cached.
        d->discard(key, r.errorMessage(), result);
        result.damaged = false;
        result.message = QObject::tr("The cached copy does not match this series any more; it was discarded.");
        return result;
    }
    if (!r) {
        d->discard(key, r.errorMessage(), result);
        return result;
    }
    for (int k = 0; k < target.geometry().slices; ++k)
        target.markSliceReady(k);
    result.hit = true;
    return result;
}

StudyCache::Lookup StudyCache::getBlob(const QString& key)
{
    Lookup result;
    if (!contains(key)) {
        result.message = QObject::tr("not in the cache");
        return result;
    }
    QByteArray data;
    auto r = d->readObject(key, [&](const QByteArray&, qint64 bytes) {
        data.resize(bytes);
        return reinterpret_cast<std::byte*>(data.data());
    });
    if (!r) {
        d->discard(key, r.errorMessage(), result);
        return result;
    }
    result.blob = data;
    result.hit = true;
    return result;
}

bool StudyCache::contains(const QString& key) const
{
    std::lock_guard lock(d->mutex);
    return d->index.count(key) > 0;
}

CacheStats StudyCache::stats() const
{
    std::lock_guard lock(d->mutex);
    CacheStats s;
    s.folder = d->folder;
    s.options = d->options;
    s.objects = int(d->index.size());
    for (const auto& [k, e] : d->index)
        s.bytes += e.bytes;
    s.deks = d->deks->count();
    return s;
}

CacheVerifyReport StudyCache::verify()
{
    CacheVerifyReport report;
    std::vector<QString> keys;
    {
        std::lock_guard lock(d->mutex);
        for (const auto& [k, e] : d->index)
            keys.push_back(k);
    }
    for (const QString& key : keys) {
        ++report.objects;
        auto r = d->readObject(key, {}); // authenticates every chunk, keeps nothing
        if (!r) {
            report.damaged.push_back(key);
            std::lock_guard lock(d->mutex);
            d->removeLocked(key);
        }
    }
    std::lock_guard lock(d->mutex);
    (void)d->saveIndex();
    return report;
}

Result<int> StudyCache::purge()
{
    std::lock_guard lock(d->mutex);
    const int n = int(d->index.size());
    // Keys first: once the DEKs are gone, whatever remains of the files on
    // disk is unreadable.
    if (auto r = d->deks->destroyAll(); !r)
        return r.error();
    QDir(QDir(d->folder).filePath(QStringLiteral("objects"))).removeRecursively();
    QDir().mkpath(QDir(d->folder).filePath(QStringLiteral("objects")));
    d->index.clear();
    if (auto r = d->saveIndex(); !r)
        return r.error();
    return n;
}

Result<void> StudyCache::rewrapKeys() { return d->deks->rewrapAll(); }

Result<void> StudyCache::reencryptAll()
{
    std::vector<std::pair<QString, QByteArray>> old;
    {
        std::lock_guard lock(d->mutex);
        for (const auto& [k, e] : d->index)
            old.emplace_back(k, e.dekId);
    }
    // Force fresh DEKs: the current one is retired by spending its budget.
    (void)d->deks->current(quint64(1) << 24);
    for (const auto& [key, dekId] : old) {
        std::vector<std::byte> buffer;
        auto r = d->readObject(key, [&](const QByteArray&, qint64 bytes) {
            buffer.resize(std::size_t(bytes));
            return buffer.data();
        });
        if (!r)
            continue;
        const qint64 bytes = qint64(buffer.size());
        if (auto w = d->writeObject(key, r.value(), buffer.data(), bytes); !w)
            return w.error();
    }
    // Old DEKs that no object uses any more are destroyed.
    std::set<QByteArray> inUse;
    {
        std::lock_guard lock(d->mutex);
        for (const auto& [k, e] : d->index)
            inUse.insert(e.dekId);
    }
    for (const auto& [key, dekId] : old)
        if (!inUse.count(dekId))
            (void)d->deks->destroy(dekId);
    return {};
}

Result<void> StudyCache::evictExpired()
{
    std::lock_guard lock(d->mutex);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<QString> expired;
    for (const auto& [k, e] : d->index)
        if (now - e.created > d->options.ttlSeconds * 1000)
            expired.push_back(k);
    for (const QString& k : expired)
        d->removeLocked(k);
    return expired.empty() ? Result<void>() : d->saveIndex();
}

} // namespace custos::cache
