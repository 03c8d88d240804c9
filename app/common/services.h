// SPDX-License-Identifier: Apache-2.0
#pragma once
// The core services both executables share, opened from the data directory:
// the keychain, the key hierarchy, the audit trail and the encrypted cache.
// If the keychain is unavailable or locked, nothing with PHI is written to
// disk: the audit events wait in memory and the cache is off; `problem`
// says why, in words for the person at the screen.

#include "core/audit/audit_log.h"
#include "core/cache/study_cache.h"
#include "core/crypto/key_manager.h"
#include "core/service/service_client.h"

#include <QString>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace custos::app {

struct ServiceOptions
{
    QString dataDir;
    bool cache = true;
    QString application = QStringLiteral("custos");
};

class Services
{
public:
    static std::shared_ptr<Services> open(const ServiceOptions& options);
    ~Services();

    const QString& dataDir() const { return m_dataDir; }
    const QString& user() const { return m_user; }
    QString problem() const { return m_problem; }
    bool protectedStorage() const { return m_keys != nullptr; }

    std::shared_ptr<crypto::KeyManager> keys() const { return m_keys; }
    std::shared_ptr<audit::AuditLog> auditLog() const { return m_audit; }
    std::shared_ptr<cache::StudyCache> cache() const { return m_cache; }
    // The person's OS keychain in this data directory's scope (null when
    // the data folder could not be made): also where PACS passwords live.
    std::shared_ptr<crypto::KeyStore> keyStore() const { return m_store; }

    // Site mode (a site policy is installed machine-wide): every record goes
    // to custosd, which notes the OS uid and pid it sees. Personal mode: the
    // in-process trail of the data directory, each record marked with
    // personalModeNote().
    bool siteMode() const { return m_siteMode; }
    static QString personalModeNote();

    // Records an event in the audit trail (durable on return), or keeps it
    // in memory when the trail cannot be written. Thread-safe.
    void record(const audit::Event& event);
    // The same, saying whether the record is durable. Site mode: an error
    // (the service is down) means the action must not happen. Personal
    // mode: today's behaviour, never an error.
    Result<void> recordDurably(const audit::Event& event);
    std::function<Result<void>(const audit::Event&)> durableSink();
    // For GuardParts::phiGate: site mode asks custosd whether the
    // collector's backlog allows new PHI actions; personal mode: always.
    std::function<QString()> phiGate();
    std::size_t pendingInMemory() const;

    // Site mode: the connection to custosd (null when its configuration is
    // unusable: serviceProblem() says why), and the signed-in person's
    // session ticket that every record carries from now on.
    service::Client* serviceClient() const { return m_service.get(); }
    QString serviceProblem() const { return m_serviceProblem; }
    void setTicket(const QByteArray& ticket);
    QByteArray ticket() const;

private:
    Services() = default;
    QString m_dataDir;
    QString m_user;
    QString m_problem;
    std::shared_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<crypto::KeyManager> m_keys;
    std::shared_ptr<audit::AuditLog> m_audit;
    std::shared_ptr<cache::StudyCache> m_cache;
    bool m_siteMode = false;
    std::unique_ptr<service::Client> m_service;
    QString m_serviceProblem; // site mode without a usable service configuration
    mutable std::mutex m_mutex;
    std::vector<audit::Event> m_memory;
};

// The keychain scope of a data directory: separate installations (and test
// runs) on one machine never share keys.
QString keychainScope(const QString& dataDir);

} // namespace custos::app
