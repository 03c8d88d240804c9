// SPDX-License-Identifier: Apache-2.0
#pragma once
// Ships every audit record to the hospital's audit repository as RFC 5424
// messages over TLS with RFC 5425 octet-counting framing. TLS 1.2 or newer;
// the server certificate is verified against the configured CA; a client
// certificate is sent when configured. The local log is the spool: records
// wait while the collector is down and are sent, in order, when it returns.
// After a broken connection the records that may not have arrived are sent
// again; the receiver de-duplicates by the sequence number in the
// structured data. The last delivered sequence number is kept in
// "<audit>/forwarded.seq".

#include "core/audit/audit_log.h"

#include <QObject>
#include <QString>

#include <memory>

namespace custos::audit {

struct ForwarderConfig
{
    QString host;
    quint16 port = 6514;
    QString caFile;          // PEM; required
    QString clientCertFile;  // PEM; optional
    QString clientKeyFile;   // PEM; optional
    QString appName = QStringLiteral("custos");
    int reconnectMs = 1000;
    int pollMs = 200;        // how often to look for new records
};

// Where the records to ship come from: the in-process AuditLog, or
// custosd's sealed trail (core/service). "forwarded.seq" is kept in folder().
class RecordSource
{
public:
    virtual ~RecordSource() = default;
    virtual QString folder() const = 0;
    virtual quint64 lastSeq() const = 0; // durable records only
    virtual Result<std::vector<Record>> read(quint64 from, quint64 max) = 0;
};

class SyslogForwarder : public QObject
{
    Q_OBJECT
public:
    SyslogForwarder(std::shared_ptr<AuditLog> log, ForwarderConfig config, QObject* parent = nullptr);
    SyslogForwarder(std::shared_ptr<RecordSource> source, ForwarderConfig config, QObject* parent = nullptr);
    ~SyslogForwarder() override;

    void start();
    void stop();
    quint64 deliveredSeq() const;
    bool connected() const;

signals:
    void delivered(quint64 seq);
    void connectionError(const QString& message);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace custos::audit
