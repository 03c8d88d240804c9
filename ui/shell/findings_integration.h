// SPDX-License-Identifier: Apache-2.0
#pragma once
// Wires the AI findings (ui/findings) into the main window: the dock, the
// overlays on every view, the AI objects of each scanned study, the
// overlays built for each loaded series. Kept out of main_window.cpp so the
// window needs only a hook line.

#include "ui/shell/protection.h"

namespace custos::ui {

class FindingsController;
class MainWindow;

// `protection`: the audit sink and signed-in user for the review.
FindingsController* attachFindings(MainWindow* window, const Protection& protection);

} // namespace custos::ui
