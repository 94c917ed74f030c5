// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Evaluator.h"
#include "model/Dataset.h"
#include "scenario/Scenario.h"

#include <optional>
#include <string_view>

namespace jieshui::core {

/**
 * The observed value behind a level driver (irrigation coefficient, leakage rate, reuse rate) of a region
 * and year, as a fraction: the reported statistic when there is one (WaterLedger::observedLevel), else
 * what the engine computes from the detail data (districts by the official aggregation, utilities by
 * CJJ 92-2016 R_BL, above-scale reuse volumes). The starting point of the projected levels and the input
 * of their trend.
 */
class ObservedLevels {
public:
    explicit ObservedLevels(const Dataset& dataset);

    /** nullopt for rate drivers or when neither a reported value nor the engine's computation exists. */
    std::optional<double> level(const std::string& regionCode, Driver driver, int year) const;

private:
    const Dataset& m_dataset;
    Evaluator m_evaluator;
};

} // namespace jieshui::core
