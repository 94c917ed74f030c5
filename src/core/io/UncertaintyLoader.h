// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "scenario/Scenario.h"
#include "uncertainty/UncertaintyModel.h"

#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads uncertainty.csv (docs/data-formats.md):
 * `scope,scenario,region_code,item,from_year,to_year,distribution,spread_kind,spread,unit,note`, one row per
 * provenance default (scope `provenance`, item sourced|estimate|projected), statistics rule (scope
 * `statistic`, item a variable or empty) or driver rule (scope `driver`, item a driver id), rules in their
 * order of precedence. A relative spread is in % or 1 (10 % = 0.1); an absolute spread of a statistic is in
 * any unit of its variable's dimension (万m³, 亿元, 上年=100 for index points, % for a fraction), of a driver
 * in % or 1 (percentage points per year for a rate). Provenance defaults not listed keep the standard ones.
 * All or nothing; every problem located (file, line, column, region, year).
 */
class UncertaintyLoader {
public:
    UncertaintyLoader(const Dataset& context, const std::vector<Scenario>& scenarios)
        : m_context(context), m_scenarios(scenarios) {}

    Result<UncertaintyModel> fromText(std::string_view text, const std::string& displayName);
    const LoadReport& report() const { return m_report; }

private:
    const Dataset& m_context;
    const std::vector<Scenario>& m_scenarios;
    LoadReport m_report;
};

} // namespace jieshui::core
