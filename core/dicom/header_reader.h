// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/common/result.h"
#include "core/dicom/instance.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace custos::dicom {

inline constexpr const char* kDicomdirSopClass = "1.2.840.10008.1.3.10";

enum class Probe { NotDicom, Dicom, Dicomdir };

// Cheap check on the first bytes of a file: Part 10 preamble, or a dataset
// without meta header that starts with a plausible group (implicit/explicit,
// little/big endian). Files that are not DICOM are skipped silently by scans.
// FIFOs, devices and empty files are never DICOM (a FIFO is never opened
// for reading); `why`, when given, says why a file is not DICOM.
Probe probeFile(const QString& path, QString* why = nullptr);

// Parses one file's header (pixel data is located, not read).
Result<Instance> readInstanceHeader(const QString& path);
// Parses one instance held in memory (a Part 10 byte stream as a PACS sends
// it). The instance keeps `bytes`; its pixels are decoded from there, so
// nothing of it is ever written to disk.
Result<Instance> readInstanceHeader(std::shared_ptr<const QByteArray> bytes);

// Files referenced by a DICOMDIR, as absolute paths.
Result<QStringList> readDicomdir(const QString& path);

} // namespace custos::dicom
