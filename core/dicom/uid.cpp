// SPDX-License-Identifier: Apache-2.0
#include "core/dicom/uid.h"

#include <array>

namespace custos::dicom {

QString uidFrom128Bits(const QByteArray& bytes)
{
    Q_ASSERT(bytes.size() >= 16);
    std::array<unsigned, 16> digits{};
    for (std::size_t i = 0; i < digits.size(); ++i)
        digits[i] = quint8(bytes[qsizetype(i)]);
    QString decimal;
    bool zero = false;
    while (!zero) { // long division of the 128-bit big-endian number by 10
        unsigned rest = 0;
        zero = true;
        for (unsigned& d : digits) {
            const unsigned cur = rest * 256 + d;
            d = cur / 10;
            rest = cur % 10;
            zero = zero && d == 0;
        }
        decimal.prepend(QChar(char('0' + rest)));
    }
    return QStringLiteral("2.25.") + decimal;
}

QString uidFromName(const QUuid& ns, const QString& name)
{
    return uidFrom128Bits(QUuid::createUuidV5(ns, name.toUtf8()).toRfc4122());
}

} // namespace custos::dicom
