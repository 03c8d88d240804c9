// SPDX-License-Identifier: Apache-2.0
#pragma once
// What every image that leaves Custos carries: its watermark line burned
// into the pixels. Qt Gui only (QPainter on a QImage, never a window), so
// that custos-cli's PNG export burns the same band as the viewer's export,
// clipboard, print and drag-out without linking Widgets or VTK.

#include <QByteArray>
#include <QImage>
#include <QString>

namespace custos::ui {

// Burns `text` into a copy of `image`: a band added below the picture (the
// result is taller by the band; nothing of the picture is covered) and the
// same text faintly across the middle, large enough to survive scaling.
QImage burnWatermark(const QImage& image, const QString& text);

// The image as PNG/JPEG bytes for core/export's writer; empty when it cannot be encoded.
QByteArray encodeImage(const QImage& image, const char* format);

} // namespace custos::ui
