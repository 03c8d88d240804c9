// SPDX-License-Identifier: Apache-2.0
#include "core/auth/qr_code.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace custos::auth {

Result<QrMatrix> encodeQr(const QByteArray& text)
{
    if (text.isEmpty())
        return Error{
            QCoreApplication::translate("custos::auth", "There is nothing to put in a QR code.")};
    // Version 0: the smallest symbol that fits. 8-bit mode keeps the text
    // exactly as given (libqrencode would otherwise pick modes per segment,
    // which is also valid; 8-bit is simply predictable).
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        const int error = errno;
        return Error{QCoreApplication::translate("custos::auth",
                                                 "The QR code could not be made (%1 bytes): %2.")
                         .arg(text.size())
                         .arg(error == ERANGE ? QCoreApplication::translate(
                                                    "custos::auth", "too long for a QR code")
                                              : qt_error_string(error))};
    }
    QrMatrix matrix;
    matrix.width = code->width;
    matrix.modules.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < matrix.modules.size(); ++i)
        matrix.modules[i] = (code->data[i] & 0x01) != 0; // bit 0: dark module
    return matrix;
}

QString qrToText(const QrMatrix& matrix, int margin, bool inverted)
{
    if (matrix.empty()) return {};
    margin = qMax(0, margin);
    // "Ink" is what the terminal draws in its text colour.
    auto ink = [&](int x, int y) { return matrix.dark(x, y) == inverted; };
    const int from = -margin;
    const int to = matrix.width + margin;
    QString out;
    for (int y = from; y < to; y += 2) {
        for (int x = from; x < to; ++x) {
            const bool top = ink(x, y);
            const bool bottom = y + 1 < to && ink(x, y + 1);
            if (top && bottom)
                out.append(QChar(0x2588)); // █ full block
            else if (top)
                out.append(QChar(0x2580)); // ▀ upper half
            else if (bottom)
                out.append(QChar(0x2584)); // ▄ lower half
            else
                out.append(QLatin1Char(' '));
        }
        out.append(QLatin1Char('\n'));
    }
    return out;
}

} // namespace custos::auth
