// SPDX-License-Identifier: Apache-2.0
#pragma once
// A notice laid over the top edge of a host widget (the viewer grid), never
// in the window's layout: showing or hiding it must not change the size of
// the views under it, so the picture never rescales because of a notice.

#include <QFrame>

class QHBoxLayout;

namespace custos::ui {

class OverlayBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OverlayBanner(QWidget* host);
    QHBoxLayout* row() const { return m_row; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void place();

    QWidget* m_host;
    QHBoxLayout* m_row;
};

} // namespace custos::ui
