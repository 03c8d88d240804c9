// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/key_store.h"

#include <QFileInfo>
#include <QObject>

#include "core/crypto/aead.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

namespace custos::crypto {

namespace {

const QString kService = QStringLiteral("Custos");
// A locked keyring may wait for a password prompt nobody answers: fail
// with a sentence instead of hanging the caller.
constexpr std::chrono::milliseconds kDefaultTimeout{15000};

// The keychain's name in sentences ("The system keychain (Secret Service) ...").
QString backendName()
{
#if defined(Q_OS_WIN)
    return QObject::tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_ANDROID)
    return QObject::tr("Android Keystore");
#else
    return QObject::tr("Secret Service");
#endif
}

// The same with what sits behind it, for settings pages and diagnostics.
QString backendDescription()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS) || defined(Q_OS_ANDROID)
    return backendName();
#else
    return QObject::tr("Secret Service (GNOME Keyring or KWallet)");
#endif
}

// ---------------------------------------------------------------------------
// Every QtKeychain job of the process runs on one private thread.
//
// Why not a local QEventLoop in the caller's thread: QtKeychain funnels all
// jobs through one process-wide, unsynchronised JobExecutor that lives in the
// thread of the first job and hears about finished jobs through queued
// signals. Jobs started from a second thread then wait for the first thread
// to spin its event loop (a deadlock when it is blocked), and race on the
// executor's queue. On one dedicated thread all of that is single-threaded,
// and callers (UI thread, worker pools, threads without an event loop) just
// wait on a condition variable with a deadline.
//
// A job that misses its deadline is never deleted: libsecret still holds a
// raw pointer to it and calls back when (if ever) the Secret Service
// answers. It deletes itself then; one that never answers is leaked.
// ---------------------------------------------------------------------------
class KeychainThread
{
public:
    // Queues `call` on the keychain thread, starting it on first use. False
    // (with a reason) when there is no application object or it is shutting
    // down. Posting under the lock keeps shutDown() from deleting the
    // context object in between.
    template <class Call> static bool post(Call call, QString* whyNot)
    {
        std::lock_guard lock(s_mutex);
        if (s_shutDown) {
            *whyNot = QStringLiteral("the application is shutting down");
            return false;
        }
        if (!QCoreApplication::instance()) {
            *whyNot = QStringLiteral(
                "it needs a Qt application object (QCoreApplication), and none exists");
            return false;
        }
        if (!s_thread) {
            // Owned manually, not by a parent: it must outlive every caller
            // and is stopped by the application's post routine below.
            s_thread = new QThread;
            s_thread->setObjectName(QStringLiteral("custos-keychain"));
            s_thread->moveToThread(QCoreApplication::instance()->thread());
            s_context = new QObject;
            s_context->moveToThread(s_thread);
            QObject::connect(s_thread, &QThread::finished, s_context, &QObject::deleteLater);
            s_thread->start();
            qAddPostRoutine(&KeychainThread::shutDown);
        }
        if (!QMetaObject::invokeMethod(s_context, std::move(call), Qt::QueuedConnection)) {
            *whyNot = QStringLiteral("its worker thread is not running");
            return false;
        }
        return true;
    }

private:
    // Runs in ~QCoreApplication: stop the thread while Qt is still whole.
    static void shutDown()
    {
        QThread* thread = nullptr;
        {
            std::lock_guard lock(s_mutex);
            s_shutDown = true;
            thread = s_thread;
            s_thread = nullptr;
            s_context = nullptr;
        }
        if (!thread) return;
        thread->quit();
        // A finished thread can be deleted; one still running (it should not
        // be: jobs are asynchronous) is left alone rather than aborting the process.
        if (thread->wait(QDeadlineTimer(5000))) delete thread;
    }

    static inline std::mutex s_mutex;
    static inline QThread* s_thread = nullptr;
    static inline QObject* s_context = nullptr;
    static inline bool s_shutDown = false;
};

enum class Op { Read, Write, Remove };

struct Outcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// Shared between the caller and the job: it outlives whichever gives up first.
struct Pending
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    Outcome outcome;
};

class SystemKeyStore final : public KeyStore
{
public:
    SystemKeyStore(QString scope, std::chrono::milliseconds timeout)
        : m_scope(std::move(scope)), m_timeout(timeout)
    {
    }

    Result<std::optional<QByteArray>> read(const QString& name) override
    {
        auto outcome = run(Op::Read, name, {});
        if (!outcome) return outcome.error();
        Outcome& o = outcome.value();
        if (o.error == QKeychain::EntryNotFound) return std::optional<QByteArray>();
        if (o.error != QKeychain::NoError) return failure(QStringLiteral("read"), name, o);
        return std::optional<QByteArray>(std::move(o.data));
    }

    Result<void> write(const QString& name, const QByteArray& secret) override
    {
        auto outcome = run(Op::Write, name, secret);
        if (!outcome) return outcome.error();
        if (outcome.value().error != QKeychain::NoError)
            return failure(QStringLiteral("write"), name, outcome.value());
        return Ok{};
    }

    Result<void> remove(const QString& name) override
    {
        auto outcome = run(Op::Remove, name, {});
        if (!outcome) return outcome.error();
        const Outcome& o = outcome.value();
        // Removing what is not there leaves the keychain as the caller wants it.
        if (o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound)
            return failure(QStringLiteral("remove"), name, o);
        return Ok{};
    }

    QString description() const override { return backendDescription(); }

private:
    QString unavailable(const QString& reason) const
    {
        return QObject::tr("The system keychain (%1) is not available: %2; Custos keeps patient "
                              "data in memory only.")
            .arg(backendName(), reason);
    }

    Error failure(const QString& verb, const QString& name, const Outcome& o) const
    {
        const QString reason =
            o.errorString.isEmpty() ? QStringLiteral("no reason given") : o.errorString;
        switch (o.error) {
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            return Error{
                QObject::tr(
                    "The system keychain (%1) refused access to \"%2\": %3 (is it locked?); "
                    "Custos keeps patient data in memory only.")
                    .arg(backendName(), name, reason)};
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
            return Error{unavailable(reason)};
        case QKeychain::CouldNotDeleteEntry:
            return Error{
                QObject::tr("Could not remove \"%1\" from the system keychain (%2): %3.")
                    .arg(name, backendName(), reason)};
        default:
            // libsecret reports "no session bus", "no Secret Service" and the
            // like as OtherError: the keychain is not usable.
            return Error{unavailable(
                QStringLiteral("%1 (while trying to %2 \"%3\")").arg(reason, verb, name))};
        }
    }

    Result<Outcome> run(Op op, const QString& name, const QByteArray& secret) const
    {
        auto pending = std::make_shared<Pending>();
        const QString key = m_scope + QLatin1Char('/') + name;
        QString whyNot;
        const bool posted = KeychainThread::post(
            [pending, op, key, secret] {
                QKeychain::Job* job = nullptr;
                switch (op) {
                case Op::Read:
                    job = new QKeychain::ReadPasswordJob(kService);
                    break;
                case Op::Write: {
                    auto* writeJob = new QKeychain::WritePasswordJob(kService);
                    writeJob->setBinaryData(secret);
                    job = writeJob;
                    break;
                }
                case Op::Remove:
                    job = new QKeychain::DeletePasswordJob(kService);
                    break;
                }
                // We delete the job ourselves, once it has finished (see above).
                job->setAutoDelete(false);
                job->setInsecureFallback(false);
                job->setKey(key);
                QObject::connect(
                    job, &QKeychain::Job::finished, job,
                    [pending, op](QKeychain::Job* finishedJob) {
                        Outcome outcome;
                        outcome.error = finishedJob->error();
                        outcome.errorString = finishedJob->errorString();
                        if (op == Op::Read && outcome.error == QKeychain::NoError)
                            outcome.data =
                                static_cast<QKeychain::ReadPasswordJob*>(finishedJob)->binaryData();
                        {
                            std::lock_guard lock(pending->mutex);
                            pending->outcome = std::move(outcome);
                            pending->finished = true;
                        }
                        pending->done.notify_all();
                        finishedJob->deleteLater();
                    });
                job->start();
            },
            &whyNot);
        if (!posted) return Error{unavailable(whyNot)};

        std::unique_lock lock(pending->mutex);
        if (!pending->done.wait_for(lock, m_timeout, [&] { return pending->finished; })) {
            const auto seconds =
                std::chrono::duration_cast<std::chrono::duration<double>>(m_timeout).count();
            return Error{
                QObject::tr(
                    "The system keychain (%1) did not answer within %2 seconds (it may be locked "
                    "and waiting for a password prompt); Custos keeps patient data in memory only.")
                    .arg(backendName())
                    .arg(seconds, 0, 'g', 3)};
        }
        return std::move(pending->outcome);
    }

    QString m_scope;
    std::chrono::milliseconds m_timeout;
};

class MemoryKeyStore final : public KeyStore
{
public:
    ~MemoryKeyStore() override
    {
        for (auto& entry : m_entries)
            wipe(entry.second);
    }

    Result<std::optional<QByteArray>> read(const QString& name) override
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(name);
        if (it == m_entries.end()) return std::optional<QByteArray>();
        // A deep copy: the caller may wipe its bytes without touching ours.
        return std::optional<QByteArray>(QByteArray(it->second.constData(), it->second.size()));
    }

    Result<void> write(const QString& name, const QByteArray& secret) override
    {
        std::lock_guard lock(m_mutex);
        QByteArray& slot = m_entries[name];
        wipe(slot);
        slot = QByteArray(secret.constData(), secret.size());
        return Ok{};
    }

    Result<void> remove(const QString& name) override
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_entries.find(name);
        if (it != m_entries.end()) {
            wipe(it->second);
            m_entries.erase(it);
        }
        return Ok{};
    }

    QString description() const override
    {
        return QStringLiteral("the in-memory key store (nothing is kept after exit)");
    }

private:
    std::mutex m_mutex;
    std::map<QString, QByteArray> m_entries;
};

} // namespace

namespace {

// No session bus at all (a server, a container, ssh without a desktop): the
// Secret Service cannot be reached, and asking would only wait for the
// timeout (libsecret tries to autolaunch a bus). Say so at once.
class UnreachableKeyStore final : public KeyStore
{
public:
    Result<std::optional<QByteArray>> read(const QString&) override { return error(); }
    Result<void> write(const QString&, const QByteArray&) override { return error(); }
    Result<void> remove(const QString&) override { return error(); }
    QString description() const override { return QStringLiteral("Secret Service"); }

private:
    static Error error()
    {
        return Error{QObject::tr("The system keychain (Secret Service) is not available: there is no D-Bus session on this "
                                 "computer; Custos keeps patient data in memory only.")};
    }
};

bool sessionBusReachable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true;
#endif
}

} // namespace

std::unique_ptr<KeyStore> makeSystemKeyStore(const QString& scope)
{
    if (!sessionBusReachable())
        return std::make_unique<UnreachableKeyStore>();
    return std::make_unique<SystemKeyStore>(scope, kDefaultTimeout);
}

std::unique_ptr<KeyStore> makeMemoryKeyStore()
{
    return std::make_unique<MemoryKeyStore>();
}

} // namespace custos::crypto
