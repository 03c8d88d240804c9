// SPDX-License-Identifier: Apache-2.0
#pragma once
// UIDs under the 2.25 root (PS3.5 B.2, ISO/IEC 9834-8): "2.25." followed by
// a 128-bit number in decimal, here taken from a UUID or a digest.

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace custos::dicom {

// "2.25." and the first 16 bytes of `bytes` as one unsigned big-endian
// decimal integer (no leading zeros). `bytes` must hold at least 16 bytes.
QString uidFrom128Bits(const QByteArray& bytes);

// A stable UID for `name`: its name-based (version 5) UUID in `ns`.
QString uidFromName(const QUuid& ns, const QString& name);

} // namespace custos::dicom
