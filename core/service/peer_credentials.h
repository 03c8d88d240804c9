// SPDX-License-Identifier: Apache-2.0
#pragma once
// Who is at the other end of a connected local socket, as the kernel says:
// Linux SO_PEERCRED (uid, gid, pid as of connect()/listen()), macOS and
// the BSDs getpeereid() (uid, gid) plus LOCAL_PEERPID where available.
// Never what a message claims.

#include "core/common/result.h"

#include <QtGlobal>

namespace custos::service {

struct PeerCredentials
{
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 pid = -1; // -1 where the system does not say
};

Result<PeerCredentials> peerCredentials(qintptr socketDescriptor);

// The account name of a uid ("uid 1234" when it has none).
QString userName(quint32 uid);
// The uid of an account name; nullopt when there is no such account.
Result<quint32> userId(const QString& name);

} // namespace custos::service
