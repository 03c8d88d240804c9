// SPDX-License-Identifier: Apache-2.0
#pragma once
// QR codes (ISO/IEC 18004) for TOTP enrolment, made by libqrencode. Core
// hands out a plain bit matrix; the UI draws it (QtGui is not core's) and
// the command line prints it as text.

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace custos::auth {

struct QrMatrix
{
    int width = 0;             // modules per side: 17 + 4 × version
    std::vector<bool> modules; // row-major, width × width, true = dark

    bool empty() const { return width == 0; }
    int version() const { return width >= 21 ? (width - 17) / 4 : 0; }
    // Dark module at column x, row y (false outside the symbol).
    bool dark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < width && y < width &&
               modules[std::size_t(y) * std::size_t(width) + std::size_t(x)];
    }
};

// Encodes `text` (UTF-8, 8-bit mode) at error-correction level M, in the
// smallest version that holds it.
Result<QrMatrix> encodeQr(const QByteArray& text);

// Text for a terminal, two modules per character row (Unicode half blocks),
// with a quiet zone of `margin` modules. Dark modules are drawn as blanks
// and light ones as blocks, so that a terminal with light text on a dark
// background shows dark-on-light, as scanners expect; `inverted` swaps that
// for dark text on a light background.
QString qrToText(const QrMatrix& matrix, int margin = 2, bool inverted = false);

} // namespace custos::auth
