// SPDX-License-Identifier: Apache-2.0
#include "core/service/peer_credentials.h"

#include <QObject>
#include <QString>

#include <cerrno>
#include <cstring>
#include <vector>

#include <pwd.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#if defined(Q_OS_MACOS)
#include <sys/un.h>
#endif

namespace custos::service {

Result<PeerCredentials> peerCredentials(qintptr socketDescriptor)
{
    PeerCredentials out;
#if defined(Q_OS_LINUX)
    struct ucred cred{};
    socklen_t length = sizeof cred;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &cred, &length) != 0)
        return Error{QObject::tr("The identity of the other process could not be read (%1).").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    out.uid = cred.uid;
    out.gid = cred.gid;
    out.pid = cred.pid;
#elif defined(Q_OS_MACOS) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD) || defined(Q_OS_NETBSD)
    uid_t uid = 0;
    gid_t gid = 0;
    if (::getpeereid(int(socketDescriptor), &uid, &gid) != 0)
        return Error{QObject::tr("The identity of the other process could not be read (%1).").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    out.uid = uid;
    out.gid = gid;
#if defined(LOCAL_PEERPID)
    pid_t pid = 0;
    socklen_t length = sizeof pid;
    if (::getsockopt(int(socketDescriptor), SOL_LOCAL, LOCAL_PEERPID, &pid, &length) == 0)
        out.pid = pid;
#endif
#else
    Q_UNUSED(socketDescriptor);
    return Error{QObject::tr("This system cannot tell which user is at the other end of a local socket.")};
#endif
    return out;
}

QString userName(quint32 uid)
{
    std::vector<char> buffer(16384);
    struct passwd pw{};
    struct passwd* found = nullptr;
    if (::getpwuid_r(uid_t(uid), &pw, buffer.data(), buffer.size(), &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

Result<quint32> userId(const QString& name)
{
    std::vector<char> buffer(16384);
    struct passwd pw{};
    struct passwd* found = nullptr;
    const QByteArray n = name.toLocal8Bit();
    if (::getpwnam_r(n.constData(), &pw, buffer.data(), buffer.size(), &found) == 0 && found)
        return quint32(found->pw_uid);
    return Error{QObject::tr("There is no system account named %1.").arg(name)};
}

} // namespace custos::service
