// SPDX-License-Identifier: Apache-2.0
#include "ui/viewport/presets.h"

#include <QCoreApplication>

namespace custos::ui {

namespace {
struct Raw
{
    const char* key;
    const char* name;
    double center, width;
};
constexpr Raw kPresets[] = {
    {"brain", QT_TRANSLATE_NOOP("Presets", "Brain"), 40, 80},
    {"subdural", QT_TRANSLATE_NOOP("Presets", "Subdural"), 75, 215},
    {"stroke", QT_TRANSLATE_NOOP("Presets", "Stroke"), 32, 8},
    {"lung", QT_TRANSLATE_NOOP("Presets", "Lung"), -600, 1500},
    {"mediastinum", QT_TRANSLATE_NOOP("Presets", "Mediastinum"), 50, 350},
    {"abdomen", QT_TRANSLATE_NOOP("Presets", "Abdomen"), 50, 400},
    {"liver", QT_TRANSLATE_NOOP("Presets", "Liver"), 30, 150},
    {"bone", QT_TRANSLATE_NOOP("Presets", "Bone"), 400, 1800},
};
} // namespace

const std::vector<WindowPreset>& ctPresets()
{
    static const std::vector<WindowPreset> presets = [] {
        std::vector<WindowPreset> out;
        for (const Raw& r : kPresets)
            out.push_back({QCoreApplication::translate("Presets", r.name), r.center, r.width});
        return out;
    }();
    return presets;
}

const QStringList& ctPresetKeys()
{
    static const QStringList keys = [] {
        QStringList out;
        for (const Raw& r : kPresets)
            out << QLatin1String(r.key);
        return out;
    }();
    return keys;
}

const WindowPreset* ctPresetByKey(const QString& key)
{
    for (std::size_t i = 0; i < std::size(kPresets); ++i)
        if (key.compare(QLatin1String(kPresets[i].key), Qt::CaseInsensitive) == 0)
            return &ctPresets()[i];
    return nullptr;
}

} // namespace custos::ui
