// SPDX-License-Identifier: Apache-2.0
#pragma once
// Where Custos keeps its few secrets (the key-encryption key, the audit MAC
// key, audit checkpoints): the operating system's keychain through
// QtKeychain (Windows Credential Manager, macOS Keychain, Secret Service on
// Linux). Never a plain file.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace custos::crypto {

class KeyStore
{
public:
    virtual ~KeyStore() = default;
    // nullopt (not an error) when the entry does not exist.
    virtual Result<std::optional<QByteArray>> read(const QString& name) = 0;
    virtual Result<void> write(const QString& name, const QByteArray& secret) = 0;
    virtual Result<void> remove(const QString& name) = 0;
    // A sentence for a person: which keychain, e.g. "Secret Service (GNOME Keyring)".
    virtual QString description() const = 0;
};

// The OS keychain. `scope` separates installations/data directories on one
// machine (entries are named "<scope>/<name>" under the service "Custos").
// Calls are synchronous (QtKeychain's jobs run in a local event loop) and
// fail with a clear message when the keychain is missing or locked.
std::unique_ptr<KeyStore> makeSystemKeyStore(const QString& scope);

// In memory only: for tests of faults that cannot be provoked otherwise.
std::unique_ptr<KeyStore> makeMemoryKeyStore();

} // namespace custos::crypto
