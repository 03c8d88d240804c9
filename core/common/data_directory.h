// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace custos {

// All state Custos keeps (cache, audit trail, settings) lives under one data
// directory. Precedence: explicit override (--data-dir) > CUSTOS_DATA_DIR >
// the platform's application data location.
QString resolveDataDirectory(const QString& explicitOverride = {});

} // namespace custos
