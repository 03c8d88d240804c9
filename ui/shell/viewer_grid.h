// SPDX-License-Identifier: Apache-2.0
#pragma once
// The viewports of the main window: layouts (1×1, 1×2, 2×1, 2×2, 1×3), the
// active view, synchronised scrolling between views of the same frame of
// reference (by patient position, not index), reference lines, and MPR
// (axial, coronal and sagittal of one volume with a linked cursor), and a
// 3D pane beside any layout (the active view's volume, rendered).

#include "ui/viewport/slice_view.h"
#include "ui/viewport/volume_view.h"

#include <QWidget>

#include <array>
#include <optional>

class QGridLayout;

namespace custos::ui {

class ViewerGrid : public QWidget
{
    Q_OBJECT
public:
    explicit ViewerGrid(QWidget* parent = nullptr);

    // "1x1", "1x2", "2x1", "2x2", "1x3"; false if unknown.
    bool setLayoutName(const QString& name);
    QString layoutName() const { return m_layout; }
    static QStringList layoutNames();

    int viewCount() const { return m_visible; }
    SliceView* view(int i) const { return m_views[std::size_t(i)]; }
    SliceView* activeView() const { return m_views[std::size_t(m_active)]; }
    int activeIndex() const { return m_active; }
    void setActiveView(SliceView* view);

    void setSynchronized(bool on) { m_sync = on; }
    bool synchronized() const { return m_sync; }

    // Shows one volume in three views: axial (acquisition plane), coronal, sagittal.
    void showMpr(std::shared_ptr<const dicom::Volume> volume, const OverlayText& text,
                 std::shared_ptr<std::vector<Measurement>> measurements);
    void refreshReferenceLines();
    bool isMpr() const { return m_mpr; }
    // MPR: where the three planes cross (patient), nullopt outside MPR or
    // when they do not meet in one point.
    std::optional<dicom::Vec3> crosshairCentre() const;
    // Turns every MPR plane but `source`'s about `axis` through the crosshair
    // centre (what dragging a crosshair line does).
    // interactive: a person is dragging (the turned views draw at interactive quality meanwhile).
    void rotatePlanes(SliceView* source, const dicom::Vec3& axis, double radians, bool interactive = false);
    // Every view back to its acquisition plane or standard reformat through
    // the crosshair centre; window, zoom and pan stay.
    void resetPlanes();

    // The 3D pane, after the slice views (1 view: side by side; MPR: the
    // fourth quarter). It shows the active view's volume and the cursor.
    void set3D(bool on);
    bool is3D() const { return m_3d; }
    VolumeView* volumeView() const { return m_volumeView; }
    // Shows the active view's volume in the 3D pane (when it is on).
    void sync3D();

signals:
    void activeViewChanged(SliceView* view);
    // A series was dropped from the browser onto view `index`.
    void stackDropped(int index, const QString& stackKey);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSliceChanged(SliceView* source);
    void onCursor(const dicom::Vec3& p);
    void onSlabDragged(int view, double thicknessMm);

    void arrange();

    std::array<SliceView*, 4> m_views{};
    VolumeView* m_volumeView = nullptr;
    bool m_3d = false;
    QGridLayout* m_grid = nullptr;
    QString m_layout = QStringLiteral("1x1");
    int m_visible = 1;
    int m_rows = 1; // of the slice views' layout
    int m_active = 0;
    bool m_sync = true;
    bool m_syncing = false;
    bool m_mpr = false; // the three views show one volume's planes (showMpr)
};

inline constexpr const char* kStackMimeType = "application/x-custos-stack";

} // namespace custos::ui
