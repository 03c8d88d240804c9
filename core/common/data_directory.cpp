// SPDX-License-Identifier: Apache-2.0
#include "core/common/data_directory.h"

#include <QDir>
#include <QStandardPaths>

namespace custos {

QString resolveDataDirectory(const QString& explicitOverride)
{
    if (!explicitOverride.isEmpty())
        return QDir(explicitOverride).absolutePath();
    const QString fromEnv = qEnvironmentVariable("CUSTOS_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir(base).absoluteFilePath(QStringLiteral("Custos"));
}

} // namespace custos
