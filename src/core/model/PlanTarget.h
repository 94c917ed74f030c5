// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Indicator.h"

#include <optional>
#include <string>
#include <string_view>

namespace jieshui::core {

enum class Comparator { AtMost, AtLeast }; ///< "<=" and ">="

/**
 * One target of a plan, as data: e.g. "water-per-gdp-reduction, 450700, 2020, >=, 37 %, base 2015,
 * 2015 prices, 钦州市节水行动实施方案, 二、主要目标". The value is in the base unit of the indicator's
 * dimension (a fraction for %, m³ for 亿m³).
 */
struct PlanTarget {
    std::string id; ///< unique within the plan, e.g. "QZ-2020-GDP"
    Indicator indicator = Indicator::TotalWaterUse;
    std::string regionCode;
    int year = 0;
    Comparator comparator = Comparator::AtMost;
    double value = 0.0;    ///< base unit of the indicator's dimension
    std::string unit;      ///< the unit as written in the plan, e.g. "%" or "亿m³"
    int baseYear = 0;      ///< for reductions; 0 when not applicable
    int priceBaseYear = 0; ///< comparable-price base; 0 when not applicable
    std::string variable;  ///< task milestones: the statistics variable holding the actual
    int taskNumber = 0;    ///< task milestones: the plan's task number (1–30)
    std::string source;    ///< document
    std::string clause;    ///< section or clause of the document
};

const char* comparatorSymbol(Comparator c); ///< "<=" or ">="
/** "<=" or "≤", ">=" or "≥"; nullopt for anything else. */
std::optional<Comparator> comparatorFromSymbol(std::string_view symbol);

} // namespace jieshui::core
