// SPDX-License-Identifier: Apache-2.0
#include "core/crypto/key_manager.h"

#include "core/crypto/aead.h"
#include "core/crypto/crypto_p.h"

#include <QObject>

namespace custos::crypto {

namespace {

const QString kKekName = QStringLiteral("kek");
const QString kPreviousKekName = QStringLiteral("kek.previous");

QByteArray dekAad(const QByteArray& dekId)
{
    return QByteArrayLiteral("custos/dek/v1/") + dekId.toHex();
}

// Reads a 32-byte secret, or makes, stores and re-reads one on first use.
Result<QByteArray> readOrCreateSecret(KeyStore& store, const QString& name, const QString& what)
{
    auto existing = store.read(name);
    if (!existing) return existing.error();
    if (existing.value()) {
        QByteArray& secret = *existing.value();
        if (secret.size() != kKeyBytes) {
            const auto size = secret.size();
            wipe(secret);
            return Error{
                QObject::tr("The %1 \"%2\" held by %3 has %4 bytes instead of %5: it was "
                            "changed outside Custos. Custos does not replace it, because the data "
                            "protected by the original would be lost.")
                    .arg(what, name, store.description())
                    .arg(size)
                    .arg(kKeyBytes)};
        }
        return std::move(secret);
    }

    auto fresh = randomBytes(kKeyBytes);
    if (!fresh) return fresh.error();
    auto written = store.write(name, fresh.value());
    if (!written) {
        wipe(fresh.value());
        return written.error();
    }
    // Read back: a keychain that accepts a secret but does not keep it
    // (or a second process that stored its own first) must be noticed
    // before anything is encrypted under a key that would be lost.
    auto kept = store.read(name);
    wipe(fresh.value());
    if (!kept) return kept.error();
    if (!kept.value() || kept.value()->size() != kKeyBytes)
        return Error{QStringLiteral("%1 accepted the new %2 but does not return it; Custos keeps "
                                    "patient data in memory only.")
                         .arg(store.description(), what)};
    // If another process won the race, its key is the one everybody uses.
    return std::move(*kept.value());
}

} // namespace

KeyManager::KeyManager(KeyStore& store, QByteArray kek, QByteArray previous)
    : m_store(store), m_kek(std::move(kek)), m_previous(std::move(previous))
{
}

Result<std::shared_ptr<KeyManager>> KeyManager::open(KeyStore& store)
{
    auto kek = readOrCreateSecret(store, kKekName, QStringLiteral("key-encryption key"));
    if (!kek) return kek.error();

    // A rotation interrupted after the new KEK was stored: DEKs still
    // wrapped by the previous one stay readable until rewrapAll + commit.
    auto previous = store.read(kPreviousKekName);
    if (!previous) {
        wipe(kek.value());
        return previous.error();
    }
    QByteArray previousKek;
    if (previous.value()) {
        previousKek = std::move(*previous.value());
        if (previousKek.size() != kKeyBytes) {
            wipe(previousKek);
            wipe(kek.value());
            return Error{QObject::tr("The previous key-encryption key held by %1 has the wrong "
                                     "size: it was changed outside Custos.")
                             .arg(store.description())};
        }
    }

    // The deleter wipes both keys: the class has no destructor of its own.
    return std::shared_ptr<KeyManager>(
        new KeyManager(store, std::move(kek.value()), std::move(previousKek)),
        [](KeyManager* manager) {
            wipe(manager->m_kek);
            wipe(manager->m_previous);
            delete manager;
        });
}

QByteArray KeyManager::kekId() const
{
    std::lock_guard lock(m_mutex);
    return hmacSha256(m_kek, QByteArrayLiteral("custos/kek-id")).left(detail::kKekIdBytes);
}

Result<QByteArray> KeyManager::wrap(const QByteArray& dekId, const QByteArray& dek) const
{
    if (dekId.isEmpty())
        return Error{QStringLiteral("A data key cannot be wrapped without an id.")};
    std::lock_guard lock(m_mutex);
    return seal(m_kek, dek, dekAad(dekId));
}

Result<QByteArray> KeyManager::unwrap(const QByteArray& dekId, const QByteArray& wrapped) const
{
    std::lock_guard lock(m_mutex);
    const QByteArray aad = dekAad(dekId);
    auto dek = crypto::open(m_kek, wrapped, aad);
    if (!dek && !m_previous.isEmpty()) dek = crypto::open(m_previous, wrapped, aad);
    if (!dek)
        return Error{
            QObject::tr(
                "The data key %1 could not be unwrapped with the key-encryption key held by %2: it "
                "belongs to another key or keychain, or its record was modified.")
                .arg(QString::fromLatin1(dekId.toHex()), m_store.description())};
    return dek;
}

Result<QByteArray> KeyManager::macKey(const QString& name)
{
    if (name == kKekName || name == kPreviousKekName)
        return Error{
            QStringLiteral(
                "\"%1\" is the name of a key-encryption key and cannot be used as a MAC key.")
                .arg(name)};
    // Serialised so that two threads asking for a new key at once do not
    // each create (and one of them use) a different one.
    static std::mutex creation;
    std::lock_guard lock(creation);
    return readOrCreateSecret(m_store, name, QStringLiteral("MAC key"));
}

Result<bool> KeyManager::destroyMacKey(const QString& name)
{
    if (name == kKekName || name == kPreviousKekName)
        return Error{QStringLiteral("\"%1\" is the name of a key-encryption key and cannot be destroyed as a MAC key.").arg(name)};
    auto existing = m_store.read(name);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return false;
    wipe(*existing.value());
    if (auto removed = m_store.remove(name); !removed)
        return removed.error();
    return true;
}

Result<void> KeyManager::beginRotation()
{
    std::lock_guard lock(m_mutex);
    if (!m_previous.isEmpty())
        return Error{QStringLiteral(
            "A key rotation is already in progress: re-wrap every key file and commit it "
            "before starting another.")};
    auto fresh = randomBytes(kKeyBytes);
    if (!fresh) return fresh.error();

    // Order matters for a crash in between: the old KEK is kept as
    // "previous" before "kek" changes, so every DEK stays readable.
    auto keptPrevious = m_store.write(kPreviousKekName, m_kek);
    if (!keptPrevious) {
        wipe(fresh.value());
        return keptPrevious.error();
    }
    auto written = m_store.write(kKekName, fresh.value());
    if (!written) {
        wipe(fresh.value());
        return written.error();
    }
    auto kept = m_store.read(kKekName);
    if (!kept || !kept.value() || *kept.value() != fresh.value()) {
        wipe(fresh.value());
        if (kept && kept.value()) wipe(*kept.value());
        return kept ? Error{QStringLiteral("%1 did not keep the new key-encryption key; the "
                                           "rotation did not start.")
                                .arg(m_store.description())}
                    : kept.error();
    }
    wipe(*kept.value());
    m_previous = std::move(m_kek);
    m_kek = std::move(fresh.value());
    return Ok{};
}

Result<void> KeyManager::commitRotation()
{
    std::lock_guard lock(m_mutex);
    if (m_previous.isEmpty()) return Ok{};
    auto removed = m_store.remove(kPreviousKekName);
    if (!removed) return removed.error();
    wipe(m_previous);
    return Ok{};
}

bool KeyManager::rotating() const
{
    std::lock_guard lock(m_mutex);
    return !m_previous.isEmpty();
}

} // namespace custos::crypto
