// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/IrrigationCoefficientAggregator.h"
#include "engine/WaterUseLedger.h"

namespace jieshui::core {

/** Method choices a report may make (domain-methods.md §8); the defaults follow the official practice. */
struct EngineSettings {
    /** Water in 万元GDP用水量 and its reduction: the bulletin total (default) or the assessment scope. */
    WaterUseScope intensityScope = WaterUseScope::Bulletin;
    /** 万元工业增加值用水量 without once-through power cooling ("不含火(核)电"). */
    bool industryExcludesOnceThroughCooling = false;
    /** Weights of the coefficient aggregation: gross water (细则) or effective area × gross per mu. */
    IrrigationWeightBasis irrigationWeightBasis = IrrigationWeightBasis::GrossWater;
};

} // namespace jieshui::core
