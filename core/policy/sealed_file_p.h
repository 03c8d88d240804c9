// SPDX-License-Identifier: Apache-2.0
#pragma once
// The policy module's small state files (break-glass grants, training
// acknowledgements): a JSON object sealed with AES-256-GCM under a data key
// of the folder (wrapped by the keychain's KEK), written atomically. Sealing
// hides the study UIDs and makes a record impossible to forge or edit for
// someone who can only write the data folder.

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace custos::crypto {
class KeyManager;
}

namespace custos::policy::detail {

// nullopt: the file does not exist yet.
Result<std::optional<QJsonObject>> readSealed(const std::shared_ptr<crypto::KeyManager>& keys, const QString& folder,
                                              const QString& fileName);
Result<void> writeSealed(const std::shared_ptr<crypto::KeyManager>& keys, const QString& folder, const QString& fileName,
                         const QJsonObject& content);

} // namespace custos::policy::detail
