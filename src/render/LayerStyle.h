// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/FeatureLayer.h"
#include "render/GraduatedStyle.h"
#include "render/ThematicStyle.h"

#include <QColor>
#include <QHash>
#include <QString>

namespace jieshui::render {

enum class FillMode {
    Single,     ///< fillColor for every feature
    Compliance, ///< ThematicStyle status colours
    Graduated   ///< GraduatedStyle class colours
};

/**
 * How one layer is drawn. Widths and sizes are in logical pixels (points at 96 dpi in PDF/SVG).
 * Polygons use fill + stroke, lines the stroke, points a circle of pointSize filled with fillColor.
 */
struct LayerStyle {
    FillMode fillMode = FillMode::Single;
    QColor fillColor = QColor(0xf2, 0xef, 0xe6);
    QColor strokeColor = QColor(0x55, 0x55, 0x55);
    double strokeWidth = 0.6;
    double pointSize = 6.0;
    double opacity = 1.0;

    ThematicStyle compliance; ///< used when fillMode == Compliance
    GraduatedStyle graduated; ///< used when fillMode == Graduated
    /** Hatch (Qt::BDiagPattern) features whose result is an estimate (估算). */
    bool hatchEstimates = true;

    bool labelsVisible = false; ///< labels from the feature name
    /**
     * Label text of features linked to a project region, by region code: the region's name in the map's
     * language (a feature's own name is whatever its source file said, often Chinese only).
     */
    QHash<QString, QString> regionNames;
    /**
     * Labels carry the region's value after its name ("灵山县 0.512"), from the compliance or graduated
     * result, with valueDecimals places (signed in a diverging style); regions without value: name only.
     */
    bool valueLabels = false;
    int valueDecimals = 2;
    QString valueSuffix; ///< after the value in a label, e.g. " %" on a probability map
    double labelPointSize = 9.0;
    QColor labelColor = QColor(0x20, 0x20, 0x20);
    QColor haloColor = QColor(255, 255, 255, 220);
    double haloWidth = 2.5;
    int labelPriority = 0; ///< higher is placed first across layers

    /** Default style of a layer role: counties (labelled, grey outline), rivers (blue lines), ... */
    static LayerStyle forRole(geo::LayerRole role);
};

} // namespace jieshui::render
