// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace jieshui::ui {

/**
 * The map toolbar's icons, drawn here so the toolbar is compact on every desktop (icon themes are absent
 * on many Linux installations, and text buttons made the toolbar overflow at 1920 px).
 */
class ToolIcons {
public:
    static QIcon zoomIn();
    static QIcon zoomOut();
    static QIcon fullExtent();
    static QIcon zoomBox();
    static QIcon presentation();
    static QIcon legend();
};

} // namespace jieshui::ui
