// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

namespace custos::crypto {

// Writes `data` to `path` atomically: a temp file in the same folder,
// fsync, rename, fsync of the folder. A crash leaves the old file or the new.
Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace custos::crypto
