// SPDX-License-Identifier: Apache-2.0
#pragma once
// custosd's sealed trail as a source of records for the syslog-TLS
// forwarder (core/audit): frames are read from the file up to the last
// durable sequence number the writer reports, and shown as audit records
// (with the OS user the service observed).

#include "core/audit/syslog_forwarder.h"

#include <functional>
#include <mutex>
#include <vector>

namespace custos::service {

class TrailSource final : public audit::RecordSource
{
public:
    TrailSource(QString stateDir, std::function<quint64()> durableSeq);
    QString folder() const override;
    quint64 lastSeq() const override;
    Result<std::vector<audit::Record>> read(quint64 from, quint64 max) override;

private:
    Result<void> index(quint64 through);
    QString m_stateDir;
    std::function<quint64()> m_durableSeq;
    std::mutex m_mutex;
    std::vector<qint64> m_offsets; // m_offsets[seq - 1]: where that frame starts
    qint64 m_end = 0;              // indexed up to here
};

} // namespace custos::service
