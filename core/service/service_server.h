// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's logic: listens on the local socket, identifies every caller by
// the kernel's peer credentials, and appends their audit events to the
// sealed trail. Group commit on the socket thread: one commit takes every
// request that arrived since the last one (those that came in while it
// waited for the disk included), writes them, makes them durable with one
// fdatasync and only then answers each: an acknowledged record is on disk.
// A timer on the same thread seals each epoch when its time is over, idle
// or not.

#include "core/audit/syslog_forwarder.h"
#include "core/common/result.h"
#include "core/policy/policy.h"

#include <QObject>
#include <QString>

#include <memory>

namespace custos::service {

struct ServerOptions
{
    QString stateDir;
    QString socketPath;
    // Forwarding to the site's collector (policy.auditCollector); empty host: none.
    audit::ForwarderConfig collector = {};
    // The undelivered backlog above which new PHI actions are refused
    // (0: no ceiling). Callers ask "status" before each such action.
    qint64 maxBacklogRecords = 0;
    qint64 maxBacklogSeconds = 0;
    // The site policy (roles, session length, service.adminGroups); null:
    // the built-in default. Accounts and tickets follow it.
    std::shared_ptr<const policy::Policy> policy = {};
};

class Server : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Server>> start(const ServerOptions& options);
    ~Server() override;

    quint64 lastSeq() const;
    // Records not yet delivered to the collector (0 without one).
    quint64 backlog() const;

private:
    Server();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::service
