// SPDX-License-Identifier: Apache-2.0
#include "ui/burnin/burn_in.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

namespace custos::ui {

QByteArray encodeImage(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (image.isNull() || !buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, format))
        return {};
    return bytes;
}

QImage burnWatermark(const QImage& image, const QString& text)
{
    const QImage picture = image.convertToFormat(QImage::Format_ARGB32);
    if (picture.isNull())
        return picture;
    const int w = picture.width(), h = picture.height();
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(10, std::min(h / 28, w / 40)));
    const int band = QFontMetrics(font).height() + 8;
    // The band goes below the picture, not over it: laid over the bottom
    // edge it hid the view's lower corner text (zoom, window, spacing,
    // matrix) in every exported view (issue 14, item 5).
    QImage out(w, h + band, QImage::Format_ARGB32);
    out.fill(QColor(0, 0, 0));
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.drawImage(0, 0, picture);
    p.setFont(font);
    p.setPen(QColor(255, 210, 80));
    p.drawText(QRect(6, h, w - 12, band), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
    // The same words across the middle of the picture: cutting the band
    // off is not enough.
    p.save();
    p.translate(w / 2.0, h / 2.0);
    p.rotate(-30);
    font.setPixelSize(std::max(12, std::min(w, h) / 18));
    p.setFont(font);
    p.setPen(QColor(255, 255, 255, 70));
    p.drawText(QRect(-w, -band, 2 * w, 2 * band), Qt::AlignCenter, text);
    p.restore();
    return out;
}

} // namespace custos::ui
