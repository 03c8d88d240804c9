// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/watermark.h"

#include "core/export/image_writer.h"

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

WatermarkOverlay::Layout WatermarkOverlay::layoutText() const
{
    Layout l;
    l.font = font();
    const int margin = 8;
    const int available = std::max(1, width() - 2 * margin - 4); // a little slack for glyphs' overhang
    const QString whole = text();
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    // One line as large as the pane allows (down to 9 px), else two lines.
    for (int pixels = std::max(11, height() / 40); pixels >= 9; --pixels) {
        l.font.setPixelSize(pixels);
        if (QFontMetrics(l.font).horizontalAdvance(whole) <= available) {
            l.lines = {whole};
            break;
        }
    }
    if (l.lines.isEmpty()) {
        l.lines = {m_user, time};
        for (int pixels = std::max(11, height() / 40); pixels >= 7; --pixels) {
            l.font.setPixelSize(pixels);
            const QFontMetrics fm(l.font);
            if (std::max(fm.horizontalAdvance(m_user), fm.horizontalAdvance(time)) <= available)
                break;
        }
    }
    const QFontMetrics fm(l.font);
    int w = 0;
    for (const QString& line : l.lines)
        w = std::max(w, fm.horizontalAdvance(line));
    const int h = fm.lineSpacing() * int(l.lines.size());
    // Above the bottom edge's labels and scale bar, where it does not hide
    // them; higher still where the viewport's own text is (narrow panes stack
    // their corner text), but not above the middle.
    const std::vector<QRectF> taken = m_avoid ? m_avoid() : std::vector<QRectF>{};
    const int preferred = height() - height() / 8;
    l.box = QRect((width() - w) / 2, preferred - h, w, h);
    for (int bottom = preferred; bottom - h > height() / 2; bottom -= 2) {
        const QRect box((width() - w) / 2, bottom - h, w, h);
        if (std::none_of(taken.begin(), taken.end(), [&](const QRectF& r) { return r.intersects(QRectF(box)); })) {
            l.box = box;
            break;
        }
    }
    return l;
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
    const Layout l = layoutText();
    p.setFont(l.font);
    p.setPen(QColor(255, 214, 140, 110)); // tinted: never mistaken for image greys
    p.drawText(l.box, Qt::AlignHCenter | Qt::AlignBottom, l.lines.join(QLatin1Char('\n')));
}

} // namespace custos::ui
