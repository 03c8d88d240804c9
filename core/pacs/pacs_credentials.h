// SPDX-License-Identifier: Apache-2.0
#pragma once
// A person's own user name and password for a PACS whose DICOMweb wants
// HTTP basic authentication ("auth": "basic" in the site policy). They live
// in that person's OS keychain (crypto::KeyStore, the same keychain and
// scope as Custos's keys), never in the policy, a file, a log or the audit
// trail, and in memory only while a request needs them.

#include "core/common/result.h"
#include "core/crypto/key_store.h"
#include "core/pacs/pacs_types.h"

#include <QString>

#include <memory>
#include <optional>

namespace custos::pacs {

class CredentialStore
{
public:
    explicit CredentialStore(std::shared_ptr<crypto::KeyStore> keychain);

    // nullopt (not an error) when none are stored for the node.
    Result<std::optional<BasicCredentials>> basic(const QString& node) const;
    Result<void> storeBasic(const QString& node, const BasicCredentials& credentials);
    Result<void> forgetBasic(const QString& node);
    QString keychainName() const;

private:
    std::shared_ptr<crypto::KeyStore> m_keychain;
};

} // namespace custos::pacs
