// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"

#include <QRectF>
#include <QString>

namespace jieshui::render::test {

/** An axis-aligned square polygon feature (one ring, closed) in map units. */
geo::Feature squareFeature(qint64 id, const QString& code, const QString& name, const QRectF& square);

/**
 * Four 10 km × 10 km counties on a 2 × 2 grid in EPSG:4545 metres, lower-left at (500000, 2400000):
 * 钦北区 450703 top-left, 灵山县 450721 top-right, 钦南区 450702 bottom-left, 浦北县 450722 bottom-right.
 */
geo::FeatureLayer toyCounties();

/** A line layer with one river along the middle (y = 2410000) from x 500000 to 520000. */
geo::FeatureLayer toyRivers();

} // namespace jieshui::render::test
