// SPDX-License-Identifier: Apache-2.0
#pragma once
// Window/level presets radiologists expect on the number keys (CT, in HU).

#include <QString>
#include <QStringList>

#include <vector>

namespace custos::ui {

struct WindowPreset
{
    QString name; // translated for display
    double center;
    double width;
};

// 1 brain, 2 subdural, 3 stroke, 4 lung, 5 mediastinum, 6 abdomen, 7 liver, 8 bone.
const std::vector<WindowPreset>& ctPresets();
const WindowPreset* ctPresetByKey(const QString& key); // "lung", "bone", ...
// The keys of ctPresets(), in the same order (keys 1–8, the menu, hanging protocols).
const QStringList& ctPresetKeys();

} // namespace custos::ui
