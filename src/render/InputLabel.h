// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"
#include "uncertainty/UncertainInput.h"

#include <QString>

namespace jieshui::render {

/**
 * How an uncertain input of a Monte Carlo run reads to a user — the tornado chart's bars, the CLI's "moved
 * most by" lists and the report: "灵山县 农田灌溉用水量 2022" / "Lingshan Farmland irrigation water 2022" for a
 * statistic, "钦州市 地区生产总值实际增速 2023–2035" for a driver (the city: one shared draw for every county),
 * and its spread ("σ 10 %", "±1.5 个百分点"). Language "zh" or "en", as the map builders take it.
 */
class InputLabel {
public:
    static QString text(const core::UncertainInput& input, const core::Dataset& dataset, const QString& language);
    /** The spread as the user set it: "σ 10 %" (normal) or "±10 %" (triangular, uniform); absolute spreads in
     * percentage points for drivers and fractions, index points for 上年=100 indices, else the base unit. */
    static QString spread(const core::UncertainInput& input, const core::Dataset& dataset, const QString& language);
    /** A driver's name: "地区生产总值实际增速" / "real GDP growth". */
    static QString driverName(core::Driver driver, const QString& language);
};

} // namespace jieshui::render
