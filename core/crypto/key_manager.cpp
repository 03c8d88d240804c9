#include "core/crypto/key_manager.h"

#include <QObject>

#include "core/crypto/aead.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtEndian>

#include <openssl/crypto.h>

#include <algorithm>
#include <cerrno>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <QSaveFile>
#endif

namespace custos::crypto {

namespace {

const QString kKekName = QStringLiteral("kek");
const QString kPreviousKekName = QStringLiteral("kek.previous");
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
constexpr int kKekIdBytes = 8;
constexpr int kMacBytes = 32;
constexpr qint64 kMaxDekFileBytes = qint64(16) << 20;

QByteArray dekAad(const QByteArray& dekId)
{
    return QByteArrayLiteral("custos/dek/v1/") + dekId.toHex();
}

QByteArray copyOf(const QByteArray& secret)
{
    // A deep copy: whoever holds it can wipe it without touching ours.
    return QByteArray(secret.constData(), secret.size());
}

QString errnoText(int error)
{
    return qt_error_string(error);
}

// Reads a 32-byte secret, or makes, stores and re-reads one on first use.
Result<QByteArray> readOrCreateSecret(KeyStore& store, const QString& name, const QString& what)
{
    auto existing = store.read(name);
    if (!existing) return existing.error();
    if (existing.value()) {
        QByteArray& secret = *existing.value();
        if (secret.size() != kKeyBytes) {
            const auto size = secret.size();
            wipe(secret);
            return Error{QObject::tr(
                             "The %1 \"%2\" held by %3 has %4 bytes instead of %5: it was "
                             "changed outside Custos. Custos does not replace it, because the data "
                             "protected by the original would be lost.")
                             .arg(what, name, store.description())
                             .arg(size)
                             .arg(kKeyBytes)};
        }
        return std::move(secret);
    }

    auto fresh = randomBytes(kKeyBytes);
    if (!fresh) return fresh.error();
    auto written = store.write(name, fresh.value());
    if (!written) {
        wipe(fresh.value());
        return written.error();
    }
    // Read back: a keychain that accepts a secret but does not keep it
    // (or a second process that stored its own first) must be noticed
    // before anything is encrypted under a key that would be lost.
    auto kept = store.read(name);
    wipe(fresh.value());
    if (!kept) return kept.error();
    if (!kept.value() || kept.value()->size() != kKeyBytes)
        return Error{QStringLiteral("%1 accepted the new %2 but does not return it; Custos keeps "
                                    "patient data in memory only.")
                         .arg(store.description(), what)};
    // If another process won the race, its key is the one everybody uses.
    return std::move(*kept.value());
}

#if defined(Q_OS_UNIX)
class Fd
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() { reset(); }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    void reset()
    {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }
    // close() reports deferred write errors on some file systems (NFS).
    int close()
    {
        const int rc = ::close(m_fd);
        m_fd = -1;
        return rc;
    }

private:
    int m_fd;
};

int openRetrying(const QByteArray& path, int flags, mode_t mode = 0)
{
    int fd;
    do
        fd = ::open(path.constData(), flags, mode);
    while (fd < 0 && errno == EINTR);
    return fd;
}

bool writeAll(int fd, const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(std::min<qsizetype>(size, qsizetype(1) << 30)));
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

// Overwrites a file's current bytes in place (used on files about to be
// unlinked or already replaced). On copy-on-write file systems and SSDs the
// old blocks may survive elsewhere: this narrows exposure, the crypto-shred
// itself rests on the key no longer existing anywhere readable.
void scrubOpenFile(int fd)
{
    struct stat st;
    if (::fstat(fd, &st) != 0 || st.st_size <= 0) return;
    const QByteArray zeros(qsizetype(std::min<off_t>(st.st_size, 1 << 20)), '\0');
    off_t offset = 0;
    while (offset < st.st_size) {
        const size_t n = size_t(std::min<off_t>(st.st_size - offset, zeros.size()));
        const ssize_t w = ::pwrite(fd, zeros.constData(), n, offset);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        offset += w;
    }
    ::fdatasync(fd);
}

Result<void> syncFolder(const QString& folder)
{
    Fd dir(openRetrying(QFile::encodeName(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid() || ::fsync(dir.get()) != 0)
        return Error{QObject::tr("Could not flush the folder %1 to disk: %2.")
                         .arg(folder, errnoText(errno))};
    return Ok{};
}

// An exclusive lock on the folder, so that DekStores of several processes
// (the viewer and custos-cli) never interleave a read-modify-write of the
// same key file. Advisory and best effort: a file system without flock()
// on directories still gets the in-process mutex.
class FolderLock
{
public:
    explicit FolderLock(const QString& folder)
        : m_fd(openRetrying(QFile::encodeName(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
        if (m_fd.valid()) {
            while (::flock(m_fd.get(), LOCK_EX) != 0 && errno == EINTR) {
            }
        }
    }

private:
    Fd m_fd; // closing it releases the lock
};
#else
class FolderLock
{
public:
    explicit FolderLock(const QString&) {}
};
#endif

Result<void> writeAtomically(const QString& path, const QByteArray& data, bool scrubOld)
{
    const QFileInfo info(path);
#if defined(Q_OS_UNIX)
    const QString folder = info.absolutePath();
    auto suffix = randomBytes(8);
    if (!suffix) return suffix.error();
    const QString tmp = info.absoluteFilePath() + QStringLiteral(".tmp-") +
                        QString::fromLatin1(suffix.value().toHex());
    const QByteArray tmpName = QFile::encodeName(tmp);
    const QByteArray finalName = QFile::encodeName(info.absoluteFilePath());

    Fd out(openRetrying(tmpName, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
    if (!out.valid())
        return Error{
            QObject::tr("Could not create a temporary file in %1: %2 (%3 was not changed).")
                .arg(folder, errnoText(errno), info.fileName())};
    auto failed = [&](const QString& step) {
        const int error = errno;
        out.reset();
        ::unlink(tmpName.constData());
        return Error{QObject::tr("Could not %1 %2: %3 (the previous version is kept).")
                         .arg(step, info.absoluteFilePath(), errnoText(error))};
    };
    if (!writeAll(out.get(), data.constData(), data.size())) return failed(QStringLiteral("write"));
    if (::fsync(out.get()) != 0) return failed(QStringLiteral("flush to disk"));
    if (out.close() != 0) {
        const int error = errno;
        ::unlink(tmpName.constData());
        return Error{QObject::tr("Could not write %1: %2 (the previous version is kept).")
                         .arg(info.absoluteFilePath(), errnoText(error))};
    }

    // Opened before the rename so that its bytes can still be reached afterwards.
    Fd old(scrubOld ? openRetrying(finalName, O_WRONLY | O_CLOEXEC | O_NOFOLLOW) : -1);
    if (::rename(tmpName.constData(), finalName.constData()) != 0) {
        const int error = errno;
        ::unlink(tmpName.constData());
        return Error{QObject::tr("Could not replace %1: %2 (the previous version is kept).")
                         .arg(info.absoluteFilePath(), errnoText(error))};
    }
    auto synced = syncFolder(folder);
    if (old.valid()) scrubOpenFile(old.get());
    if (!synced)
        return Error{QStringLiteral("%1 was written, but it may not survive a power loss: %2")
                         .arg(info.absoluteFilePath(), synced.errorMessage())};
    return Ok{};
#else
    // Untested sketch for Windows: QSaveFile replaces with MoveFileEx; the
    // old bytes are not scrubbed there.
    Q_UNUSED(scrubOld)
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error{QObject::tr("Could not write %1: %2 (the previous version is kept).")
                         .arg(info.absoluteFilePath(), file.errorString())};
    return Ok{};
#endif
}

// Removes a file after overwriting its bytes.
Result<void> scrubAndRemove(const QString& path)
{
#if defined(Q_OS_UNIX)
    const QByteArray name = QFile::encodeName(path);
    {
        Fd fd(openRetrying(name, O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
        if (!fd.valid()) {
            if (errno == ENOENT) return Ok{};
        } else {
            scrubOpenFile(fd.get());
        }
    }
    if (::unlink(name.constData()) != 0 && errno != ENOENT)
        return Error{QObject::tr("Could not remove %1: %2.").arg(path, errnoText(errno))};
    return syncFolder(QFileInfo(path).absolutePath());
#else
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{QObject::tr("Could not remove %1.").arg(path)};
    return Ok{};
#endif
}

} // namespace

// ---------------------------------------------------------------------------
// KeyManager
// ---------------------------------------------------------------------------

KeyManager::KeyManager(KeyStore& store, QByteArray kek, QByteArray previous)
    : m_store(store), m_kek(std::move(kek)), m_previous(std::move(previous))
{
}

Result<std::shared_ptr<KeyManager>> KeyManager::open(KeyStore& store)
{
    auto kek = readOrCreateSecret(store, kKekName, QStringLiteral("key-encryption key"));
    if (!kek) return kek.error();

    // A rotation interrupted after the new KEK was stored: DEKs still
    // wrapped by the previous one stay readable until rewrapAll + commit.
    auto previous = store.read(kPreviousKekName);
    if (!previous) {
        wipe(kek.value());
        return previous.error();
    }
    QByteArray previousKek;
    if (previous.value()) {
        previousKek = std::move(*previous.value());
        if (previousKek.size() != kKeyBytes) {
            wipe(previousKek);
            wipe(kek.value());
            return Error{QObject::tr("The previous key-encryption key held by %1 has the wrong "
                                        "size: it was changed outside Custos.")
                             .arg(store.description())};
        }
    }

    // The deleter wipes both keys: the class has no destructor of its own.
    return std::shared_ptr<KeyManager>(
        new KeyManager(store, std::move(kek.value()), std::move(previousKek)),
        [](KeyManager* manager) {
            wipe(manager->m_kek);
            wipe(manager->m_previous);
            delete manager;
        });
}

QByteArray KeyManager::kekId() const
{
    std::lock_guard lock(m_mutex);
    return hmacSha256(m_kek, QByteArrayLiteral("custos/kek-id")).left(kKekIdBytes);
}

Result<QByteArray> KeyManager::wrap(const QByteArray& dekId, const QByteArray& dek) const
{
    if (dekId.isEmpty())
        return Error{QStringLiteral("A data key cannot be wrapped without an id.")};
    std::lock_guard lock(m_mutex);
    return seal(m_kek, dek, dekAad(dekId));
}

Result<QByteArray> KeyManager::unwrap(const QByteArray& dekId, const QByteArray& wrapped) const
{
    std::lock_guard lock(m_mutex);
    const QByteArray aad = dekAad(dekId);
    auto dek = crypto::open(m_kek, wrapped, aad);
    if (!dek && !m_previous.isEmpty()) dek = crypto::open(m_previous, wrapped, aad);
    if (!dek)
        return Error{
            QObject::tr(
                "The data key %1 could not be unwrapped with the key-encryption key held by %2: it "
                "belongs to another key or keychain, or its record was modified.")
                .arg(QString::fromLatin1(dekId.toHex()), m_store.description())};
    return dek;
}

Result<QByteArray> KeyManager::macKey(const QString& name)
{
    if (name == kKekName || name == kPreviousKekName)
        return Error{
            QStringLiteral(
                "\"%1\" is the name of a key-encryption key and cannot be used as a MAC key.")
                .arg(name)};
    // Serialised so that two threads asking for a new key at once do not
    // each create (and one of them use) a different one.
    static std::mutex creation;
    std::lock_guard lock(creation);
    return readOrCreateSecret(m_store, name, QStringLiteral("MAC key"));
}

Result<void> KeyManager::beginRotation()
{
    std::lock_guard lock(m_mutex);
    if (!m_previous.isEmpty())
        return Error{QStringLiteral(
            "A key rotation is already in progress: re-wrap every key file and commit it "
            "before starting another.")};
    auto fresh = randomBytes(kKeyBytes);
    if (!fresh) return fresh.error();

    // Order matters for a crash in between: the old KEK is kept as
    // "previous" before "kek" changes, so every DEK stays readable.
    auto keptPrevious = m_store.write(kPreviousKekName, m_kek);
    if (!keptPrevious) {
        wipe(fresh.value());
        return keptPrevious.error();
    }
    auto written = m_store.write(kKekName, fresh.value());
    if (!written) {
        wipe(fresh.value());
        return written.error();
    }
    auto kept = m_store.read(kKekName);
    if (!kept || !kept.value() || *kept.value() != fresh.value()) {
        wipe(fresh.value());
        if (kept && kept.value()) wipe(*kept.value());
        return kept ? Error{QStringLiteral("%1 did not keep the new key-encryption key; the "
                                           "rotation did not start.")
                                .arg(m_store.description())}
                    : kept.error();
    }
    wipe(*kept.value());
    m_previous = std::move(m_kek);
    m_kek = std::move(fresh.value());
    return Ok{};
}

Result<void> KeyManager::commitRotation()
{
    std::lock_guard lock(m_mutex);
    if (m_previous.isEmpty()) return Ok{};
    auto removed = m_store.remove(kPreviousKekName);
    if (!removed) return removed.error();
    wipe(m_previous);
    return Ok{};
}

bool KeyManager::rotating() const
{
    std::lock_guard lock(m_mutex);
    return !m_previous.isEmpty();
}

// ---------------------------------------------------------------------------
// DekStore
// ---------------------------------------------------------------------------

namespace {

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
        ok = in.take(kDekIdBytes, &e.id) && in.take(kKekIdBytes, &e.kekId) &&
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
            return Error{QObject::tr("Could not read the key file %1: %2.")
                             .arg(path, file.errorString())};
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
        auto written = writeAtomically(path, serialize(next, fileMacKey), scrubOld);
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
    FolderLock folderLock(d->folder);
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
    FolderLock folderLock(d->folder);
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
        FolderLock folderLock(d->folder);
        // Leftovers of interrupted writes hold wrapped keys too.
        const QStringList leftovers = QDir(d->folder).entryList(
            {kDekFileName + QStringLiteral(".tmp-*")}, QDir::Files | QDir::Hidden);
        for (const QString& name : leftovers) {
            if (auto removed = scrubAndRemove(QDir(d->folder).filePath(name)); !removed)
                return removed;
        }
        if (auto removed = scrubAndRemove(d->path); !removed) return removed;
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
    FolderLock folderLock(d->folder);
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

Result<void> writeFileAtomically(const QString& path, const QByteArray& data)
{
    return writeAtomically(path, data, false);
}

} // namespace custos::crypto
