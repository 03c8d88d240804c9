// SPDX-License-Identifier: Apache-2.0
#include "app/common/services.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSettings>

namespace custos::app {

QString keychainScope(const QString& dataDir)
{
    return QString::fromLatin1(QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

std::shared_ptr<Services> Services::open(const ServiceOptions& options)
{
    std::shared_ptr<Services> s(new Services());
    s->m_dataDir = options.dataDir;
    s->m_user = audit::events::operatingSystemUser();
    s->m_siteMode = service::siteMode();
    if (s->m_siteMode) {
        auto endpoint = service::siteEndpoint();
        if (endpoint)
            s->m_service = std::make_unique<service::Client>(endpoint.value());
        else
            s->m_serviceProblem = endpoint.errorMessage();
    }
    if (!QDir().mkpath(options.dataDir)) {
        s->m_problem = QObject::tr("The data folder %1 could not be created; patient data stays in memory only.").arg(options.dataDir);
        return s;
    }
    s->m_store = crypto::makeSystemKeyStore(keychainScope(options.dataDir));
    auto keys = crypto::KeyManager::open(*s->m_store);
    if (!keys) {
        // The keychain's own sentence already says that PHI stays in memory.
        s->m_problem = QObject::tr("%1 The audit trail waits in memory until the keychain is available.").arg(keys.errorMessage());
        return s;
    }
    s->m_keys = keys.value();
    // Site mode: the trail is custosd's, never a file this user could rewrite.
    audit::AuditLogOptions logOptions;
    logOptions.recordNote = personalModeNote();
    auto log = s->m_siteMode ? Result<std::shared_ptr<audit::AuditLog>>(std::shared_ptr<audit::AuditLog>())
                             : audit::AuditLog::open(QDir(options.dataDir).filePath(QStringLiteral("audit")), s->m_keys, logOptions);
    if (!log) {
        s->m_problem = QObject::tr("The audit trail could not be opened (%1).").arg(log.errorMessage());
    } else {
        s->m_audit = log.value();
    }
    if (options.cache) {
        // Size limit and time-to-live from settings.ini [cache] (later: the site policy).
        const QSettings settings(QDir(options.dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        cache::CacheOptions cacheOptions;
        cacheOptions.maxBytes = qint64(settings.value(QStringLiteral("cache/maxGiB"), 20.0).toDouble() * 1024 * 1024 * 1024);
        cacheOptions.ttlSeconds = qint64(settings.value(QStringLiteral("cache/ttlDays"), 30.0).toDouble() * 86400);
        auto cache = cache::StudyCache::open(QDir(options.dataDir).filePath(QStringLiteral("cache")), s->m_keys, cacheOptions);
        if (cache)
            s->m_cache = cache.value();
        else if (s->m_problem.isEmpty())
            s->m_problem = QObject::tr("The encrypted cache could not be opened (%1); studies are read from their files each time.")
                               .arg(cache.errorMessage());
    }
    return s;
}

Services::~Services() = default;

QString Services::personalModeNote()
{
    return QStringLiteral("personal mode: not for patient data in production");
}

Result<void> Services::recordDurably(const audit::Event& event)
{
    if (!m_siteMode) {
        record(event);
        return {};
    }
    if (!m_service)
        return Error{m_serviceProblem};
    auto appended = m_service->append(event);
    if (!appended)
        return appended.error();
    return {};
}

std::function<Result<void>(const audit::Event&)> Services::durableSink()
{
    return [this](const audit::Event& e) { return recordDurably(e); };
}

std::function<QString()> Services::phiGate()
{
    return [this]() -> QString {
        if (!m_siteMode)
            return {};
        if (!m_service)
            return m_serviceProblem;
        auto status = m_service->status();
        if (!status)
            return status.errorMessage();
        return status.value().value(QStringLiteral("refusePhi")).toString();
    };
}

void Services::record(const audit::Event& event)
{
    if (m_siteMode) {
        if (recordDurably(event))
            return;
    } else if (m_audit) {
        if (m_audit->append(event))
            return;
    }
    // No trail on disk: keep it (PHI included) in memory only, never in a plain file.
    std::lock_guard lock(m_mutex);
    m_memory.push_back(event);
}

void Services::setTicket(const QByteArray& ticket)
{
    if (m_service)
        m_service->setTicket(ticket);
}

QByteArray Services::ticket() const { return m_service ? m_service->ticket() : QByteArray(); }

std::size_t Services::pendingInMemory() const
{
    std::lock_guard lock(m_mutex);
    return m_memory.size();
}

} // namespace custos::app
