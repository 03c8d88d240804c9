// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace custos::crypto {

// Writes `data` to `path` atomically: a temp file in the same folder,
// fsync, rename, fsync of the folder. A crash leaves the old file or the new.
Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

// Makes the names in `folder` durable (a file created or renamed there
// survives a crash only once its folder is synced). Elsewhere than on Unix
// it does nothing: there is no folder handle to sync.
Result<void> syncFolder(const QString& folder);

} // namespace custos::crypto
