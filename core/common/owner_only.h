// SPDX-License-Identifier: Apache-2.0
#pragma once
// Owner-only files and folders on every OS: what holds patient data or
// audit records outside the encrypted cache (exports, reports, Custos's
// own folders) is readable by its owner only. POSIX: 0600 files, 0700
// folders. Windows: a protected DACL for the current user and SYSTEM
// (owner_only_win.h), since QFile::setPermissions only toggles the
// read-only attribute there.

#include <QString>

namespace custos::common {

bool makeOwnerOnlyFile(const QString& path);
bool makeOwnerOnlyFolder(const QString& path);

} // namespace custos::common
