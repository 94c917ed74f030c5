// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapLayer.h"

namespace jieshui::render {

MapLayer::MapLayer(geo::FeatureLayer layer) : MapLayer(std::move(layer), LayerStyle{}) {
    m_style = LayerStyle::forRole(role());
}

MapLayer::MapLayer(geo::FeatureLayer layer, LayerStyle style)
    : MapLayer(std::make_shared<const LayerGeometry>(std::move(layer)), std::move(style)) {}

MapLayer::MapLayer(std::shared_ptr<const LayerGeometry> geometry, LayerStyle style)
    : m_geometry(std::move(geometry)), m_style(std::move(style)), m_name(m_geometry->layer().name) {}

} // namespace jieshui::render
