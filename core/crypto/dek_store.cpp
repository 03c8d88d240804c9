// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/dek_store.h"

#include "core/crypto/key_manager.h"

#include "core/crypto/aead.h"
#include "core/crypto/crypto_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QtEndian>

#include <openssl/crypto.h>

#include <algorithm>

namespace custos::crypto {

namespace {

// The MAC key of the DEK files (their metadata — ids, usage counts — is
// not covered by the per-key wrapping). Not rotated with the KEK: it
// protects integrity only.
const QString kDekFileMacName = QStringLiteral("dek-file-mac");
const QString kDekFileName = QStringLiteral("keys.dek");

// Usage counts are persisted in reservations of this many encryptions: a
// crash loses at most the unused rest of a reservation, never lets a key
// exceed its limit.
constexpr quint64 kReserveBatch = 4096;

// keys.dek, version 1 (integers big-endian):
//   "CUSTOSDK" | u32 version | u32 count |
//   count × ( id[16] | kekId[8] | i64 created (ms since epoch, UTC) |
//             u64 reserved uses | u16 n | wrapped[n] ) |
//   HMAC-SHA-256(file MAC key, everything before)[32]
const QByteArray kMagic = QByteArrayLiteral("CUSTOSDK");
constexpr quint32 kFormatVersion = 1;
constexpr int kDekIdBytes = 16;
constexpr int kMacBytes = 32;
constexpr qint64 kMaxDekFileBytes = qint64(16) << 20;

QByteArray copyOf(const QByteArray& secret)
{
    // A deep copy: whoever holds it can wipe it without touching ours.
    return QByteArray(secret.constData(), secret.size());
}

struct Entry
{
    QByteArray id;
    QByteArray kekId;
    qint64 createdMs = 0;
    quint64 reserved = 0; // encryptions handed out (or reserved) so far
    QByteArray wrapped;
};

class Reader
{
public:
    explicit Reader(const QByteArray& data) : m_data(data) {}
    bool take(int n, QByteArray* out)
    {
        if (n < 0 || m_data.size() - m_pos < n) return false;
        *out = m_data.mid(m_pos, n);
        m_pos += n;
        return true;
    }
    template <class T> bool number(T* out)
    {
        if (m_data.size() - m_pos < qsizetype(sizeof(T))) return false;
        *out = qFromBigEndian<T>(m_data.constData() + m_pos);
        m_pos += qsizetype(sizeof(T));
        return true;
    }
    bool atEnd() const { return m_pos == m_data.size(); }

private:
    const QByteArray& m_data;
    qsizetype m_pos = 0;
};

template <class T> void appendNumber(QByteArray& out, T value)
{
    char raw[sizeof(T)];
    qToBigEndian(value, raw);
    out.append(raw, qsizetype(sizeof(T)));
}

QByteArray serialize(const std::vector<Entry>& entries, const QByteArray& macKey)
{
    QByteArray out = kMagic;
    appendNumber<quint32>(out, kFormatVersion);
    appendNumber<quint32>(out, quint32(entries.size()));
    for (const Entry& e : entries) {
        out += e.id;
        out += e.kekId;
        appendNumber<qint64>(out, e.createdMs);
        appendNumber<quint64>(out, e.reserved);
        appendNumber<quint16>(out, quint16(e.wrapped.size()));
        out += e.wrapped;
    }
    out += hmacSha256(macKey, out);
    return out;
}

Result<std::vector<Entry>> parse(const QByteArray& data, const QByteArray& macKey,
                                 const QString& path)
{
    const qsizetype header = kMagic.size() + 8;
    if (data.size() < header + kMacBytes) {
        if (!data.startsWith(kMagic.left(std::min<qsizetype>(data.size(), kMagic.size()))))
            return Error{QStringLiteral("%1 is not a Custos key file.").arg(path)};
        return Error{
            QObject::tr(
                "The key file %1 is truncated (%2 bytes); Custos will not use it. The data it "
                "protects cannot be read unless it is restored from a backup.")
                .arg(path)
                .arg(data.size())};
    }
    if (!data.startsWith(kMagic))
        return Error{QStringLiteral("%1 is not a Custos key file.").arg(path)};
    const quint32 version = qFromBigEndian<quint32>(data.constData() + kMagic.size());
    if (version != kFormatVersion)
        return Error{
            QObject::tr(
                "The key file %1 has format version %2; this version of Custos reads version %3.")
                .arg(path)
                .arg(version)
                .arg(kFormatVersion)};

    const QByteArray body = data.left(data.size() - kMacBytes);
    const QByteArray expected = hmacSha256(macKey, body);
    if (expected.size() != kMacBytes ||
        CRYPTO_memcmp(expected.constData(), data.constData() + body.size(), size_t(kMacBytes)) != 0)
        return Error{
            QObject::tr(
                "The key file %1 failed its integrity check (it was modified or damaged); Custos "
                "will not use it. The data it protects cannot be read unless it is restored "
                "from a backup.")
                .arg(path)};

    Reader in(body);
    QByteArray skip;
    quint32 count = 0;
    std::vector<Entry> entries;
    bool ok = in.take(int(kMagic.size()), &skip) && in.take(4, &skip) && in.number(&count);
    for (quint32 i = 0; ok && i < count; ++i) {
        Entry e;
        quint16 wrappedSize = 0;
        ok = in.take(kDekIdBytes, &e.id) && in.take(detail::kKekIdBytes, &e.kekId) &&
             in.number(&e.createdMs) && in.number(&e.reserved) && in.number(&wrappedSize) &&
             in.take(wrappedSize, &e.wrapped);
        if (ok) entries.push_back(std::move(e));
    }
    if (!ok || !in.atEnd())
        return Error{
            QObject::tr(
                "The key file %1 is damaged (its records do not add up); Custos will not use it.")
                .arg(path)};
    return entries;
}

} // namespace

struct DekStore::Impl
{
    std::shared_ptr<KeyManager> keys;
    QString folder;
    QString path;
    quint64 usageLimit = 0;

    std::mutex mutex;
    std::vector<Entry> entries;          // as last read from (or written to) the file
    QHash<QByteArray, QByteArray> cache; // DEK id -> unwrapped DEK
    QByteArray fileMacKey;

    // This instance's reservation on the newest DEK: uses in [.., windowEnd).
    QByteArray windowId;
    quint64 windowUsed = 0;
    quint64 windowEnd = 0;

    ~Impl()
    {
        for (auto it = cache.begin(); it != cache.end(); ++it)
            wipe(it.value());
        wipe(fileMacKey);
    }

    Result<void> ensureMacKey()
    {
        if (!fileMacKey.isEmpty()) return Ok{};
        auto key = keys->macKey(kDekFileMacName);
        if (!key) return key.error();
        fileMacKey = std::move(key.value());
        return Ok{};
    }

    // Re-reads the file: another DekStore (or process) may have changed it.
    Result<void> load()
    {
        QFile file(path);
        if (!file.exists()) {
            entries.clear();
            return Ok{};
        }
        if (auto mac = ensureMacKey(); !mac) return mac;
        if (file.size() > kMaxDekFileBytes)
            return Error{QStringLiteral("%1 is too large to be a Custos key file.").arg(path)};
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                QObject::tr("Could not read the key file %1: %2.").arg(path, file.errorString())};
        auto parsed = parse(file.readAll(), fileMacKey, path);
        if (!parsed) return parsed.error();
        entries = std::move(parsed.value());
        return Ok{};
    }

    Result<void> persist(const std::vector<Entry>& next, bool scrubOld)
    {
        if (auto mac = ensureMacKey(); !mac) return mac;
        if (!QDir().mkpath(folder))
            return Error{QObject::tr("Could not create the folder %1.").arg(folder)};
        auto written = detail::writeAtomically(path, serialize(next, fileMacKey), scrubOld);
        if (!written) return written;
        entries = next;
        return Ok{};
    }

    const Entry* find(const QByteArray& id) const
    {
        const auto it = std::find_if(entries.begin(), entries.end(),
                                     [&](const Entry& e) { return e.id == id; });
        return it == entries.end() ? nullptr : &*it;
    }

    // The unwrapped key of an entry, from the cache or the KEK.
    Result<QByteArray> unwrapped(const Entry& entry)
    {
        if (const auto it = cache.constFind(entry.id); it != cache.constEnd()) return copyOf(*it);
        auto key = keys->unwrap(entry.id, entry.wrapped);
        if (!key) return key.error();
        if (key.value().size() != kKeyBytes) {
            wipe(key.value());
            return Error{QObject::tr("The data key %1 in %2 has the wrong size.")
                             .arg(QString::fromLatin1(entry.id.toHex()), path)};
        }
        cache.insert(entry.id, copyOf(key.value()));
        return std::move(key.value());
    }

    void forget(const QByteArray& id)
    {
        if (auto it = cache.find(id); it != cache.end()) {
            wipe(it.value());
            cache.erase(it);
        }
        if (windowId == id) {
            windowId.clear();
            windowUsed = windowEnd = 0;
        }
    }

    // Uses are reserved in batches and the reservation is persisted before
    // the key is handed out: a crash can waste a reservation, never let a
    // key exceed its limit. The entries were just re-read under the folder lock.
    quint64 reservationEnd(quint64 start, quint64 uses) const
    {
        const quint64 grant = std::max(uses, kReserveBatch);
        return grant > usageLimit - start ? usageLimit : start + grant;
    }

    void setWindow(const QByteArray& id, quint64 used, quint64 end)
    {
        windowId = id;
        windowUsed = used;
        windowEnd = end;
    }

    Result<Dek> reserveOnNewest(quint64 uses)
    {
        std::vector<Entry> next = entries;
        Entry& newest = next.back();
        auto key = unwrapped(newest);
        if (!key) return key.error();
        const quint64 start = newest.reserved;
        newest.reserved = reservationEnd(start, uses);
        if (auto saved = persist(next, false); !saved) {
            wipe(key.value());
            return saved.error();
        }
        setWindow(newest.id, start + uses, newest.reserved);
        return Dek{newest.id, std::move(key.value())};
    }

    // A new DEK, stored (wrapped) before anything is encrypted with it.
    Result<Dek> makeDek(quint64 uses)
    {
        auto id = randomBytes(kDekIdBytes);
        if (!id) return id.error();
        auto key = randomBytes(kKeyBytes);
        if (!key) return key.error();
        auto wrapped = keys->wrap(id.value(), key.value());
        if (!wrapped) {
            wipe(key.value());
            return wrapped.error();
        }
        Entry entry;
        entry.id = id.value();
        entry.kekId = keys->kekId();
        entry.createdMs = QDateTime::currentMSecsSinceEpoch();
        entry.reserved = reservationEnd(0, uses);
        entry.wrapped = wrapped.value();
        std::vector<Entry> next = entries;
        next.push_back(entry);
        if (auto saved = persist(next, false); !saved) {
            wipe(key.value());
            return saved.error();
        }
        cache.insert(entry.id, copyOf(key.value()));
        setWindow(entry.id, uses, entry.reserved);
        return Dek{entry.id, std::move(key.value())};
    }
};

DekStore::DekStore(std::shared_ptr<KeyManager> keys, QString folder, quint64 usageLimit)
    : d(std::make_unique<Impl>())
{
    d->keys = std::move(keys);
    d->folder = QDir(folder).absolutePath();
    d->path = QDir(d->folder).filePath(kDekFileName);
    d->usageLimit = std::max<quint64>(usageLimit, 1);
}

DekStore::~DekStore() = default;

Result<DekStore::Dek> DekStore::current(quint64 uses)
{
    std::lock_guard lock(d->mutex);
    if (uses > d->usageLimit)
        return Error{
            QStringLiteral(
                "%1 encryptions were asked for at once, more than one data key may do (%2).")
                .arg(uses)
                .arg(d->usageLimit)};

    // The common case: inside this instance's reservation, no disk access.
    if (!d->windowId.isEmpty() && d->windowUsed + uses <= d->windowEnd) {
        if (const auto it = d->cache.constFind(d->windowId); it != d->cache.constEnd()) {
            d->windowUsed += uses;
            return Dek{d->windowId, copyOf(*it)};
        }
    }

    if (!QDir().mkpath(d->folder))
        return Error{QObject::tr("Could not create the folder %1.").arg(d->folder)};
    detail::FolderLock folderLock(d->folder);
    if (auto loaded = d->load(); !loaded) return loaded.error();

    if (!d->entries.empty() && d->entries.back().reserved + uses <= d->usageLimit)
        return d->reserveOnNewest(uses);
    return d->makeDek(uses);
}

Result<QByteArray> DekStore::key(const QByteArray& id)
{
    std::lock_guard lock(d->mutex);
    if (const auto it = d->cache.constFind(id); it != d->cache.constEnd()) return copyOf(*it);
    if (auto loaded = d->load(); !loaded) return loaded.error();
    const Entry* entry = d->find(id);
    if (!entry)
        return Error{
            QObject::tr(
                "The data key %1 does not exist in %2: it was destroyed (crypto-shredded) or never "
                "existed, so the data it protected cannot be read.")
                .arg(QString::fromLatin1(id.toHex()), d->path)};
    return d->unwrapped(*entry);
}

Result<void> DekStore::destroy(const QByteArray& id)
{
    std::lock_guard lock(d->mutex);
    if (!QFile::exists(d->path)) {
        d->forget(id);
        return Ok{};
    }
    detail::FolderLock folderLock(d->folder);
    if (auto loaded = d->load(); !loaded) return loaded.error();
    std::vector<Entry> next = d->entries;
    const auto removed =
        std::remove_if(next.begin(), next.end(), [&](const Entry& e) { return e.id == id; });
    if (removed != next.end()) {
        next.erase(removed, next.end());
        // The replaced file's bytes are overwritten: they held the wrapped key.
        if (auto saved = d->persist(next, true); !saved) return saved.error();
    }
    d->forget(id);
    return Ok{};
}

Result<void> DekStore::destroyAll()
{
    std::lock_guard lock(d->mutex);
    if (QFileInfo::exists(d->folder)) {
        detail::FolderLock folderLock(d->folder);
        // Leftovers of interrupted writes hold wrapped keys too.
        const QStringList leftovers = QDir(d->folder).entryList(
            {kDekFileName + QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden);
        for (const QString& name : leftovers) {
            if (auto removed = detail::scrubAndRemove(QDir(d->folder).filePath(name)); !removed)
                return removed;
        }
        if (auto removed = detail::scrubAndRemove(d->path); !removed) return removed;
    }
    for (auto it = d->cache.begin(); it != d->cache.end(); ++it)
        wipe(it.value());
    d->cache.clear();
    d->entries.clear();
    d->windowId.clear();
    d->windowUsed = d->windowEnd = 0;
    return Ok{};
}

Result<void> DekStore::rewrapAll()
{
    std::lock_guard lock(d->mutex);
    if (!QFile::exists(d->path)) return Ok{};
    detail::FolderLock folderLock(d->folder);
    if (auto loaded = d->load(); !loaded) return loaded.error();
    std::vector<Entry> next = d->entries;
    const QByteArray kekId = d->keys->kekId();
    for (Entry& e : next) {
        auto key = d->unwrapped(e);
        if (!key)
            return Error{QStringLiteral("%1 Nothing in %2 was re-wrapped.")
                             .arg(key.errorMessage(), d->path)};
        auto wrapped = d->keys->wrap(e.id, key.value());
        wipe(key.value());
        if (!wrapped) return wrapped.error();
        e.wrapped = std::move(wrapped.value());
        e.kekId = kekId;
    }
    // The old file's bytes are overwritten: they hold keys under the old KEK.
    return d->persist(next, true);
}

int DekStore::count() const
{
    std::lock_guard lock(d->mutex);
    // Best effort: on a read error the last known count is the answer.
    (void)d->load();
    return int(d->entries.size());
}

QString DekStore::path() const
{
    return d->path;
}

} // namespace custos::crypto
