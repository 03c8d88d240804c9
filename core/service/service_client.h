// SPDX-License-Identifier: Apache-2.0
#pragma once
// The viewer's and custos-cli's side of custosd's socket. Before it sends
// anything it asks the kernel who listens there (SO_PEERCRED/getpeereid):
// if that is not the service account, it refuses, so a person cannot put
// their own custosd in its place. Synchronous and thread-safe: a record is
// durable in the service when append() returns.

#include "core/audit/audit_event.h"
#include "core/common/result.h"
#include "core/service/service_config.h"

#include <QCborMap>

#include <memory>

namespace custos::service {

class Client
{
public:
    explicit Client(Endpoint endpoint, int timeoutMs = 5000);
    ~Client();

    // The session ticket sent with every append (site mode: required for
    // records of actions on patient data). Thread-safe.
    void setTicket(const QByteArray& ticket);
    QByteArray ticket() const;

    // Connects (again) if needed; the record's sequence number once durable.
    Result<quint64> append(const audit::Event& event);
    // Local sign-in inside the service: the ticket, or the service's sentence.
    // `lifetimeSeconds` > 0 asks for a shorter ticket than the site's session length.
    Result<QByteArray> signIn(const QString& user, const QString& password, const QString& code, qint64 lifetimeSeconds = 0);
    // Any other request ({"op": ...}); the reply of an ok answer, else its sentence.
    Result<QCborMap> call(QCborMap request);
    Result<QCborMap> status();
    // Sends raw bytes and returns the first reply (tests of bad frames).
    Result<QCborMap> exchangeRaw(const QByteArray& bytes);

    const Endpoint& endpoint() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::service
