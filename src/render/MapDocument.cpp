// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/MapDocument.h"

#include <algorithm>
#include <stdexcept>

namespace jieshui::render {

int MapDocument::addLayer(MapLayer layer) {
    m_layers.push_back(std::move(layer));
    return layerCount() - 1;
}

void MapDocument::insertLayer(int index, MapLayer layer) {
    if (index < 0 || index > layerCount())
        throw std::out_of_range("MapDocument::insertLayer: index out of range");
    m_layers.insert(m_layers.begin() + index, std::move(layer));
}

void MapDocument::removeLayer(int index) {
    if (index < 0 || index >= layerCount())
        throw std::out_of_range("MapDocument::removeLayer: index out of range");
    m_layers.erase(m_layers.begin() + index);
}

void MapDocument::moveLayer(int from, int to) {
    if (from < 0 || from >= layerCount() || to < 0 || to >= layerCount())
        throw std::out_of_range("MapDocument::moveLayer: index out of range");
    MapLayer moving = std::move(m_layers[static_cast<std::size_t>(from)]);
    m_layers.erase(m_layers.begin() + from);
    m_layers.insert(m_layers.begin() + to, std::move(moving));
}

int MapDocument::indexOf(const QString& name) const {
    for (int i = 0; i < layerCount(); ++i)
        if (layer(i).name() == name)
            return i;
    return -1;
}

int MapDocument::indexOfRole(geo::LayerRole role) const {
    for (int i = 0; i < layerCount(); ++i)
        if (layer(i).role() == role)
            return i;
    return -1;
}

QRectF MapDocument::extent() const {
    QRectF visible;
    QRectF all;
    for (const MapLayer& l : m_layers) {
        const QRectF b = l.bounds();
        if (b.isNull() && b.topLeft().isNull())
            continue;
        all = all.isNull() ? b : all.united(b);
        if (l.isVisible())
            visible = visible.isNull() ? b : visible.united(b);
    }
    return visible.isNull() ? all : visible;
}

bool MapDocument::hasVisibleSchematicLayer() const {
    return std::any_of(m_layers.begin(), m_layers.end(),
                       [](const MapLayer& l) { return l.isVisible() && l.isSchematic(); });
}

} // namespace jieshui::render
