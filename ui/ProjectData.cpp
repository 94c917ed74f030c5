// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectData.h"

namespace jieshui::ui {

const core::Scenario* ProjectData::scenario(const QString& name) const {
    const std::string key = name.toStdString();
    for (const core::Scenario& s : scenarios)
        if (s.name == key)
            return &s;
    return nullptr;
}

core::Scenario* ProjectData::scenario(const QString& name) {
    const std::string key = name.toStdString();
    for (core::Scenario& s : scenarios)
        if (s.name == key)
            return &s;
    return nullptr;
}

void ProjectData::normalizeLayerFlags() {
    while (layerVisible.size() < layers.size())
        layerVisible.push_back(true);
    layerVisible.resize(layers.size());
}

} // namespace jieshui::ui
