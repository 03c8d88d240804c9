#pragma once
// The core services both executables share, opened from the data directory:
// the keychain, the key hierarchy, the audit trail and the encrypted cache.
// If the keychain is unavailable or locked, nothing with PHI is written to
// disk: the audit events wait in memory and the cache is off; `problem`
// says why, in words for the person at the screen.

#include "core/audit/audit_log.h"
#include "core/cache/study_cache.h"
#include "core/crypto/key_manager.h"

#include <QString>

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

    // Records an event in the audit trail (durable on return), or keeps it
    // in memory when the trail cannot be written. Thread-safe.
    void record(const audit::Event& event);
    std::size_t pendingInMemory() const;

private:
    Services() = default;
    QString m_dataDir;
    QString m_user;
    QString m_problem;
    std::unique_ptr<crypto::KeyStore> m_store;
    std::shared_ptr<crypto::KeyManager> m_keys;
    std::shared_ptr<audit::AuditLog> m_audit;
    std::shared_ptr<cache::StudyCache> m_cache;
    mutable std::mutex m_mutex;
    std::vector<audit::Event> m_memory;
};

// The keychain scope of a data directory: separate installations (and test
// runs) on one machine never share keys.
QString keychainScope(const QString& dataDir);

} // namespace custos::app
