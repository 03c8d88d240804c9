// SPDX-License-Identifier: Apache-2.0
#pragma once
// The viewer's dark theme (Fusion and a dark palette), as the application
// applies it, so that tests check colours against what a person really sees.

#include <QApplication>
#include <QColor>
#include <QPalette>
#include <QStyleFactory>

namespace custos::ui {

inline void applyDarkTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor base(28, 29, 32), window(38, 40, 44), text(220, 222, 226), accent(64, 140, 220);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    // Placeholders ("user", "patient name or ID") readable on the dark fields.
    p.setColor(QPalette::PlaceholderText, QColor(138, 144, 153));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(110, 110, 115));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(110, 110, 115));
    app.setPalette(p);
}

} // namespace custos::ui
