// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/atomic_file.h"

#include "core/crypto/key_manager.h"

#include "core/crypto/aead.h"
#include "core/crypto/crypto_p.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

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

#if defined(Q_OS_UNIX)
QString errnoText(int error)
{
    return qt_error_string(error);
}

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

#endif

} // namespace

Result<void> syncFolder(const QString& folder)
{
#if defined(Q_OS_UNIX)
    Fd dir(openRetrying(QFile::encodeName(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.valid() || ::fsync(dir.get()) != 0)
        return Error{QObject::tr("Could not flush the folder %1 to disk: %2.")
                         .arg(folder, errnoText(errno))};
#else
    Q_UNUSED(folder);
#endif
    return Ok{};
}

namespace detail {

#if defined(Q_OS_UNIX)
FolderLock::FolderLock(const QString& folder)
    : m_fd(openRetrying(QFile::encodeName(folder), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
    if (m_fd >= 0) {
        while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) {
        }
    }
}

FolderLock::~FolderLock()
{
    if (m_fd >= 0) ::close(m_fd);
}
#else
FolderLock::FolderLock(const QString&) {}

FolderLock::~FolderLock() = default;
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

} // namespace detail

Result<void> writeFileAtomically(const QString& path, const QByteArray& data)
{
    return detail::writeAtomically(path, data, false);
}

} // namespace custos::crypto
