// SPDX-License-Identifier: Apache-2.0
#pragma once
// custos-cli export --format png: the middle image of every stack of the
// allowed studies, at the file's window (or the value range), with the
// policy's watermark burned in ("Contains PHI" or "De-identified").

#include "core/common/result.h"
#include "core/dicom/catalog.h"
#include "core/policy/guard.h"

#include <QDir>
#include <QStringList>

#include <map>

namespace custos::cli {

// `decisions`: the Guard's allowed decision per study UID; `user` names the
// person in the watermark. On failure nothing written stays behind.
Result<QStringList> writeImages(const dicom::Catalog& catalog, const std::map<QString, policy::Decision>& decisions,
                                const QString& user, const QDir& out);

} // namespace custos::cli
