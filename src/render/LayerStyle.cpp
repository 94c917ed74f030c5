// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/LayerStyle.h"

namespace jieshui::render {

LayerStyle LayerStyle::forRole(geo::LayerRole role) {
    LayerStyle style;
    switch (role) {
    case geo::LayerRole::Counties:
        style.fillColor = QColor(0xf4, 0xf1, 0xe8);
        style.strokeColor = QColor(0x40, 0x40, 0x40);
        style.strokeWidth = 0.8;
        style.labelsVisible = true;
        style.labelPointSize = 10.0;
        style.labelPriority = 10;
        break;
    case geo::LayerRole::Cities:
        style.fillColor = QColor(0xf4, 0xf1, 0xe8);
        style.strokeColor = QColor(0x20, 0x20, 0x20);
        style.strokeWidth = 1.6;
        style.labelsVisible = true;
        break;
    case geo::LayerRole::Basins:
        // Outlines only: basins overlap counties.
        style.fillColor = Qt::transparent;
        style.strokeColor = QColor(0x3a, 0x6e, 0xa5, 200);
        style.strokeWidth = 1.2;
        style.labelsVisible = false;
        style.labelPriority = 2;
        break;
    case geo::LayerRole::IrrigationDistricts:
        style.fillColor = QColor(0x56, 0xB4, 0xE9, 60);
        style.strokeColor = QColor(0x56, 0xB4, 0xE9);
        style.strokeWidth = 0.8;
        style.labelPointSize = 8.0;
        style.labelPriority = 3;
        break;
    case geo::LayerRole::Rivers:
        style.fillColor = Qt::transparent;
        style.strokeColor = QColor(0x1f, 0x78, 0xb4);
        style.strokeWidth = 1.4;
        style.labelPointSize = 8.0;
        style.labelColor = QColor(0x1f, 0x5a, 0x8a);
        style.labelPriority = 4;
        break;
    case geo::LayerRole::Reservoirs:
        style.fillColor = QColor(0x1f, 0x78, 0xb4);
        style.strokeColor = Qt::white;
        style.strokeWidth = 1.0;
        style.pointSize = 7.0;
        style.labelPointSize = 8.0;
        style.labelColor = QColor(0x1f, 0x5a, 0x8a);
        style.labelPriority = 5;
        break;
    case geo::LayerRole::Other:
        break;
    }
    return style;
}

} // namespace jieshui::render
