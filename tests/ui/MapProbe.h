// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProjectData.h"
#include "model/Dataset.h"

#include <QRgb>
#include <QString>
#include <string>

namespace jieshui::ui {
class MapCanvas;
}

namespace jieshui::ui::uitest {

/** The most frequent colour of the canvas pixels that pick @p regionCode (labels and hatching are
 * minorities). */
QRgb dominantColourOf(const MapCanvas& canvas, const QString& regionCode);

/**
 * The scenario @p scenario of @p project projected by the core alone — trend, scenario set, projector — not
 * through the evaluation service or the window: what the window's numbers are checked against.
 */
core::Dataset projectIndependently(const ProjectData& project, const std::string& scenario);

/** @p regionCode's total water use in the assessment scope (what caps are judged in), m³. */
double assessmentUse(const core::Dataset& dataset, const std::string& regionCode, int year);

} // namespace jieshui::ui::uitest
