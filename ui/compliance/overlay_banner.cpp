// SPDX-License-Identifier: Apache-2.0
#include "ui/compliance/overlay_banner.h"

#include <QEvent>
#include <QHBoxLayout>

namespace custos::ui {

OverlayBanner::OverlayBanner(QWidget* host) : QFrame(host), m_host(host), m_row(new QHBoxLayout(this))
{
    m_row->setContentsMargins(6, 4, 6, 4);
    setAutoFillBackground(true);
    host->installEventFilter(this);
}

bool OverlayBanner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_host && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

bool OverlayBanner::event(QEvent* event)
{
    // Its text changes its height; the host's width is always its width.
    if (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest)
        place();
    return QFrame::event(event);
}

void OverlayBanner::place()
{
    const int w = m_host->width();
    const int h = hasHeightForWidth() ? heightForWidth(w) : sizeHint().height();
    setGeometry(0, 0, w, h);
    raise();
}

} // namespace custos::ui
