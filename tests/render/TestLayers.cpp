// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestLayers.h"

namespace jieshui::render::test {

geo::Feature squareFeature(qint64 id, const QString& code, const QString& name, const QRectF& square) {
    geo::Feature feature;
    feature.id = id;
    feature.regionCode = code;
    feature.name = name;
    feature.rings = {QPolygonF{square.topLeft(), square.topRight(), square.bottomRight(), square.bottomLeft(),
                               square.topLeft()}};
    feature.partStarts = {0};
    feature.bounds = square;
    return feature;
}

geo::FeatureLayer toyCounties() {
    geo::FeatureLayer layer;
    layer.name = QStringLiteral("县区");
    layer.role = geo::LayerRole::Counties;
    layer.crs = QStringLiteral("EPSG:4545");
    const double x0 = 500000.0;
    const double y0 = 2400000.0;
    const double s = 10000.0;
    layer.features = {
        squareFeature(1, QStringLiteral("450703"), QStringLiteral("钦北区"), QRectF(x0, y0 + s, s, s)),
        squareFeature(2, QStringLiteral("450721"), QStringLiteral("灵山县"), QRectF(x0 + s, y0 + s, s, s)),
        squareFeature(3, QStringLiteral("450702"), QStringLiteral("钦南区"), QRectF(x0, y0, s, s)),
        squareFeature(4, QStringLiteral("450722"), QStringLiteral("浦北县"), QRectF(x0 + s, y0, s, s)),
    };
    layer.updateBounds();
    return layer;
}

geo::FeatureLayer toyRivers() {
    geo::FeatureLayer layer;
    layer.name = QStringLiteral("河流");
    layer.role = geo::LayerRole::Rivers;
    layer.geometryKind = geo::GeometryKind::Line;
    layer.crs = QStringLiteral("EPSG:4545");
    geo::Feature river;
    river.id = 1;
    river.name = QStringLiteral("钦江");
    river.rings = {
        QPolygonF{QPointF(500000.0, 2410000.0), QPointF(510000.0, 2410000.0), QPointF(520000.0, 2410000.0)}};
    layer.features = {river};
    layer.updateBounds();
    return layer;
}

} // namespace jieshui::render::test
