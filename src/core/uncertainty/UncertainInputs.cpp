// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/UncertainInputs.h"

#include "scenario/DriverTraits.h"

#include <algorithm>
#include <limits>

namespace jieshui::core {

Result<UncertainInputs> UncertainInputs::build(const UncertaintyModel& model, const Dataset& observed,
                                               const ScenarioSet& scenarios, std::string_view scenario,
                                               int firstProjectedYear, int horizonYear) {
    UncertainInputs out;
    out.addStatistics(model, observed);
    if (!scenario.empty())
        if (auto st = out.addDrivers(model, scenarios, scenario, firstProjectedYear, horizonYear); st.hasError())
            return st.error();
    return out;
}

void UncertainInputs::addStatistics(const UncertaintyModel& model, const Dataset& observed) {
    for (const Statistic* s : observed.statistics()) {
        const auto dimension = observed.variableDimension(s->variable);
        if (!dimension)
            continue;
        const UncertaintyModel::Resolution r = model.resolve(*s, *dimension);
        if (r.uncertainty.isCertain())
            continue;
        UncertainInput in;
        in.kind = UncertainInput::Kind::Statistic;
        in.regionCode = s->regionCode;
        in.variable = s->variable;
        in.year = in.toYear = s->year;
        in.centre = s->value;
        in.provenance = s->provenance.kind;
        in.uncertainty = r.uncertainty;
        in.rule = r.rule;
        in.offset = s->value;
        if (r.uncertainty.spreadKind == SpreadKind::Absolute)
            in.scale = r.uncertainty.spread;
        else if (*dimension == Dimension::PriceIndex)
            in.scale = (s->value - 100.0) * r.uncertainty.spread; // the growth, not the 100
        else
            in.scale = s->value * r.uncertainty.spread;
        if (in.scale == 0.0)
            continue; // a relative spread of zero: nothing to vary
        in.low = 0.0;
        in.high = *dimension == Dimension::Fraction ? 1.0 : std::numeric_limits<double>::infinity();
        in.firstEntry = static_cast<std::uint32_t>(m_plan.statistics.size());
        in.entryCount = 1;
        m_plan.statistics.push_back(
            {.regionCode = s->regionCode, .variable = s->variable, .year = s->year, .mode = PerturbationMode::Replace});
        m_inputs.push_back(std::move(in));
    }
}

Status UncertainInputs::addDrivers(const UncertaintyModel& model, const ScenarioSet& scenarios,
                                   std::string_view scenario, int firstProjectedYear, int horizonYear) {
    const auto& rules = model.driverRules();
    if (rules.empty() || horizonYear < firstProjectedYear)
        return okStatus();
    auto chain = scenarios.chain(scenario);
    if (chain.hasError())
        return chain.error();
    const ScenarioRegions& regions = scenarios.regions();
    const std::size_t counties = regions.countyCodes.size();
    const int years = horizonYear - firstProjectedYear + 1;

    // How close a rule's scenario is to the evaluated one: 0 = its own, 1 = its parent ...; chain size = every
    // scenario; −1 = does not apply.
    const auto closeness = [&](const DriverUncertaintyRule& rule) -> int {
        if (rule.scenario.empty())
            return static_cast<int>(chain.value().size());
        for (std::size_t i = 0; i < chain.value().size(); ++i)
            if (chain.value()[i]->name == rule.scenario)
                return static_cast<int>(i);
        return -1;
    };
    const auto countyIndex = [&](const std::string& code) -> std::ptrdiff_t {
        const auto it = std::find(regions.countyCodes.begin(), regions.countyCodes.end(), code);
        return it == regions.countyCodes.end() ? -1 : it - regions.countyCodes.begin();
    };

    for (Driver driver : DriverTraits::all) {
        // The winning rule of each county × year cell of this driver (−1 = none).
        std::vector<int> winner(counties * static_cast<std::size_t>(years), -1);
        std::vector<std::tuple<int, int, int>> rank(winner.size(), {std::numeric_limits<int>::max(), 2, 0});
        for (std::size_t r = 0; r < rules.size(); ++r) {
            const DriverUncertaintyRule& rule = rules[r];
            if (rule.driver != driver || rule.uncertainty.isCertain())
                continue;
            const int near = closeness(rule);
            if (near < 0)
                continue;
            const bool city = rule.regionCode == regions.cityCode && counties > 0 &&
                              !(counties == 1 && regions.countyCodes.front() == regions.cityCode);
            const std::ptrdiff_t only = city ? -1 : countyIndex(rule.regionCode);
            if (!city && only < 0)
                continue; // validate() reports it
            const int from = std::max(firstProjectedYear, rule.fromYear == 0 ? firstProjectedYear : rule.fromYear);
            const int to = std::min(horizonYear, rule.toYear == 0 ? horizonYear : rule.toYear);
            // Nearer scenario first, then a county's own rule over the city's, then the later rule.
            const std::tuple<int, int, int> mine{near, city ? 1 : 0, -static_cast<int>(r)};
            for (std::size_t c = 0; c < counties; ++c) {
                if (!city && static_cast<std::ptrdiff_t>(c) != only)
                    continue;
                for (int y = from; y <= to; ++y) {
                    const std::size_t cell = c * static_cast<std::size_t>(years) + static_cast<std::size_t>(y - firstProjectedYear);
                    if (mine < rank[cell]) {
                        rank[cell] = mine;
                        winner[cell] = static_cast<int>(r);
                    }
                }
            }
        }
        for (std::size_t r = 0; r < rules.size(); ++r) {
            if (std::find(winner.begin(), winner.end(), static_cast<int>(r)) == winner.end())
                continue;
            const DriverUncertaintyRule& rule = rules[r];
            UncertainInput in;
            in.kind = UncertainInput::Kind::Driver;
            in.regionCode = rule.regionCode;
            in.driver = driver;
            in.uncertainty = rule.uncertainty;
            in.rule = static_cast<int>(r);
            // Entries count statistics first, then drivers (ScenarioModel::Scratch::inputs()).
            in.firstEntry = static_cast<std::uint32_t>(m_plan.statistics.size() + m_plan.drivers.size());
            const bool relative = rule.uncertainty.spreadKind == SpreadKind::Relative;
            in.centre = relative ? 1.0 : 0.0;
            in.offset = in.centre;
            in.scale = rule.uncertainty.spread;
            if (relative)
                in.low = 0.0; // a factor never turns a rate's sign
            in.year = horizonYear;
            in.toYear = firstProjectedYear;
            // One plan entry per county and run of consecutive years this rule wins.
            for (std::size_t c = 0; c < counties; ++c) {
                int y = 0;
                while (y < years) {
                    const auto at = [&](int yy) {
                        return winner[c * static_cast<std::size_t>(years) + static_cast<std::size_t>(yy)];
                    };
                    if (at(y) != static_cast<int>(r)) {
                        ++y;
                        continue;
                    }
                    int end = y;
                    while (end + 1 < years && at(end + 1) == static_cast<int>(r))
                        ++end;
                    m_plan.drivers.push_back({.regionCode = regions.countyCodes[c],
                                              .driver = driver,
                                              .fromYear = firstProjectedYear + y,
                                              .toYear = firstProjectedYear + end,
                                              .mode = relative ? PerturbationMode::Scale : PerturbationMode::Add});
                    in.year = std::min(in.year, firstProjectedYear + y);
                    in.toYear = std::max(in.toYear, firstProjectedYear + end);
                    y = end + 1;
                }
            }
            in.entryCount =
                static_cast<std::uint32_t>(m_plan.statistics.size() + m_plan.drivers.size()) - in.firstEntry;
            m_inputs.push_back(std::move(in));
        }
    }
    return okStatus();
}

} // namespace jieshui::core
