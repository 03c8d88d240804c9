// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/watermark.h"

#include "core/export/image_writer.h"

#include <QBuffer>
#include <QDateTime>
#include <QEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace custos::ui {

QString watermarkLine(const QString& policyText, const QString& user, const QDateTime& time, bool deidentified)
{
    return exports::watermarkLine(policyText, user, time, deidentified);
}

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
    QImage out = image.convertToFormat(QImage::Format_ARGB32);
    if (out.isNull())
        return out;
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const int w = out.width(), h = out.height();
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(std::max(10, std::min(h / 28, w / 40)));
    p.setFont(font);
    const int band = QFontMetrics(font).height() + 8;
    p.fillRect(QRect(0, h - band, w, band), QColor(0, 0, 0, 200));
    p.setPen(QColor(255, 210, 80));
    p.drawText(QRect(6, h - band, w - 12, band), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
    // The same words across the middle: cropping the band away is not enough.
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

WatermarkOverlay::WatermarkOverlay(QWidget* viewport, QString user) : QWidget(viewport), m_user(std::move(user))
{
    setObjectName(QStringLiteral("watermarkOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(viewport->rect());
    viewport->installEventFilter(this);
    m_timer = new QTimer(this);
    m_timer->start(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    raise();
    show();
}

QString WatermarkOverlay::text() const
{
    return QStringLiteral("%1 · %2").arg(m_user, QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

bool WatermarkOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return false;
}

void WatermarkOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(11, height() / 40));
    p.setFont(font);
    p.setPen(QColor(255, 214, 140, 110)); // tinted: never mistaken for image greys
    // Above the bottom edge's labels and scale bar, where it does not hide them.
    p.drawText(rect().adjusted(8, 8, -8, -height() / 8), Qt::AlignBottom | Qt::AlignHCenter, text());
}

} // namespace custos::ui
