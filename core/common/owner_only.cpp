// SPDX-License-Identifier: Apache-2.0
#include "core/common/owner_only.h"

#include <QFile>

#ifdef Q_OS_WIN
#include "core/common/owner_only_win.h"
#endif

namespace custos::common {

namespace {
bool restrict(const QString& path, [[maybe_unused]] QFile::Permissions posix, [[maybe_unused]] bool folder)
{
#ifdef Q_OS_WIN
    return win::restrictToOwner(path.toStdWString(), folder).empty();
#else
    return QFile::setPermissions(path, posix);
#endif
}
} // namespace

bool makeOwnerOnlyFile(const QString& path) { return restrict(path, QFile::ReadOwner | QFile::WriteOwner, false); }
bool makeOwnerOnlyFolder(const QString& path) { return restrict(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner, true); }

} // namespace custos::common
