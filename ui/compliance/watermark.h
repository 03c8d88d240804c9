// SPDX-License-Identifier: Apache-2.0
#pragma once
// The visible watermark: on every image that leaves the viewer (export,
// clipboard, print, drag) it is burned into the pixels; on screen an
// optional overlay names who is looking and when, so a photo or screen
// capture of the monitor still says where it came from.

#include "ui/burnin/burn_in.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QStringList>
#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QTimer;

namespace custos::ui {

// "<policy text> · Contains PHI" or "… · De-identified" (core/export
// decides it: exports::watermarkLine; an image released through core/export
// carries its line in ReleasedImage::watermark()).
QString watermarkLine(const QString& policyText, const QString& user, const QDateTime& time, bool deidentified);

// burnWatermark and encodeImage: ui/burnin/burn_in.h (Qt Gui only, shared with custos-cli).

// A see-through layer over a viewport: user and time, refreshed each minute.
class WatermarkOverlay : public QWidget
{
    Q_OBJECT
public:
    WatermarkOverlay(QWidget* viewport, QString user);
    QString text() const;
    // Where and how the text is drawn: whole, inside the viewport, however
    // narrow it is (an MPR pane): a smaller font first, then one line for
    // the person and one for the time.
    struct Layout
    {
        QFont font;
        QStringList lines;
        QRect box; // the text's bounding box, in the overlay's coordinates
    };
    Layout layoutText() const;
    // What the viewport writes itself (corner text, labels, scale): the
    // watermark moves up until it covers none of it.
    void setAvoid(std::function<std::vector<QRectF>()> avoid) { m_avoid = std::move(avoid); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_user;
    QTimer* m_timer = nullptr;
    std::function<std::vector<QRectF>()> m_avoid;
};

} // namespace custos::ui
