// SPDX-License-Identifier: Apache-2.0
#pragma once
// Shared looks of the sign-in and lock screens.

#include <QFrame>
#include <QColor>
#include <QHBoxLayout>
#include <QPalette>
#include <QString>
#include <QVBoxLayout>
#include <QWidget>

namespace custos::ui::auth_style {

inline QString page()
{
    return QStringLiteral("QWidget#authPage { background: #16171a; }"
                          "QLabel { color: #c8ccd2; }"
                          "QFrame#authCard { background: #222428; border: 1px solid #34373d; border-radius: 10px; }"
                          "QLabel#authTitle { font-size: 26px; font-weight: 600; color: #e8eaee; }"
                          "QLabel#authSubtitle { color: #9aa0a8; }"
                          "QLabel#authError { color: #ff8a80; }"
                          "QLabel#authMessage { color: #9fd0ff; }"
                          "QLineEdit { padding: 6px; border: 1px solid #3a3d44; border-radius: 4px; background: #1a1b1e; color: #e8eaee; }"
                          "QPushButton { background: #2b2e34; color: #dfe3e8; border: 1px solid #3a3d44; padding: 6px 14px; border-radius: 4px; }"
                          "QPushButton:hover { background: #343840; }"
                          "QPushButton#primary { background: #2f6fb3; color: white; padding: 7px 18px; border-radius: 4px; }"
                          "QPushButton#primary:disabled { background: #2a3a4c; color: #7d8794; }"
                          "QTableWidget { background: #1a1b1e; color: #dfe3e8; gridline-color: #2c2f35; border: 1px solid #34373d; }"
                          "QHeaderView { background: #2b2e34; border: none; }"
                          "QHeaderView::section { background: #2b2e34; color: #aeb4bc; border: none; padding: 4px 8px; }"
                          "QLabel#demoBanner { background: #b8860b; color: #111; font-weight: 600; padding: 6px; border-radius: 4px; }");
}

// Makes `page` a full-window screen with one card in its middle and returns
// the card's layout. `width`: fixed width; `maximumWidth` > 0: the card may
// grow up to it instead.
inline QVBoxLayout* centredCard(QWidget* page, int width, int maximumWidth = 0)
{
    page->setObjectName(QStringLiteral("authPage"));
    page->setAttribute(Qt::WA_StyledBackground);
    page->setStyleSheet(auth_style::page());
    // Placeholders light enough to read on the dark fields (style sheets
    // cannot colour them in Qt 6.4; the palette can).
    QPalette palette = page->palette();
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x90, 0x99));
    palette.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xee));
    page->setPalette(palette);
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("authCard"));
    if (maximumWidth > 0) {
        card->setMinimumWidth(width);
        card->setMaximumWidth(maximumWidth);
    } else {
        card->setFixedWidth(width);
    }
    auto* box = new QVBoxLayout(card);
    box->setContentsMargins(28, 24, 28, 24);
    box->setSpacing(12);
    auto* outer = new QVBoxLayout(page);
    outer->addStretch();
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch();
    return box;
}

} // namespace custos::ui::auth_style
