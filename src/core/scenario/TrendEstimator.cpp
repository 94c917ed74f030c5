// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/TrendEstimator.h"

#include "model/Variable.h"
#include "scenario/ObservedLevels.h"
#include "scenario/ScenarioSet.h"
#include "scenario/WaterLedger.h"

#include <algorithm>
#include <cmath>

namespace jieshui::core {

namespace {

/** One county's observed series, keyed by year index (year − firstYear); NaN where absent. */
struct Series {
    std::vector<int> years;
    std::vector<double> values;
    void add(int year, double value) {
        years.push_back(year);
        values.push_back(value);
    }
};

/** Real values in the prices of the first year with a current value, chaining the 上年=100 index. */
std::vector<std::optional<double>> realSeries(const Dataset& d, const std::string& county,
                                              std::string_view current, std::string_view index, int first,
                                              int last) {
    std::vector<std::optional<double>> out(static_cast<std::size_t>(last - first + 1));
    std::optional<double> real;
    for (int y = first; y <= last; ++y) {
        if (!real) {
            real = WaterLedger::value(d, county, current, y);
        } else {
            auto i = WaterLedger::value(d, county, index, y);
            if (!i || *i <= 0.0)
                break; // the comparable-price chain stops at a gap
            *real *= *i / 100.0;
        }
        out[static_cast<std::size_t>(y - first)] = real;
    }
    return out;
}

double clampRate(double rate, const std::string& what, std::vector<std::string>& notes) {
    const double clamped = std::clamp(rate, DriverTraits::minimumRate, DriverTraits::maximumRate);
    if (clamped != rate)
        notes.push_back(what + ": fitted change " + std::to_string(rate) + "/yr clamped to " +
                        std::to_string(clamped));
    return clamped;
}

} // namespace

TrendEstimator::TrendEstimator(const Dataset& observed) : m_observed(observed) {}

std::optional<double> TrendEstimator::meanGrowthFromIndices(const std::vector<double>& indices) {
    if (indices.empty())
        return std::nullopt;
    double logSum = 0.0;
    for (double i : indices) {
        if (!(i > 0.0))
            return std::nullopt;
        logSum += std::log(i / 100.0);
    }
    return std::exp(logSum / static_cast<double>(indices.size())) - 1.0;
}

namespace {
/** Least-squares ln(v) = a + b·year: {a, b}; b = 0 for a single year. nullopt when empty or v ≤ 0. */
std::optional<std::pair<double, double>> logLinearFit(const std::vector<int>& years,
                                                      const std::vector<double>& values) {
    if (years.size() != values.size() || years.empty())
        return std::nullopt;
    std::vector<double> logs;
    for (double v : values) {
        if (!(v > 0.0))
            return std::nullopt;
        logs.push_back(std::log(v));
    }
    const double n = static_cast<double>(years.size());
    double mx = 0.0;
    double my = 0.0;
    for (std::size_t i = 0; i < years.size(); ++i) {
        mx += years[i];
        my += logs[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0.0;
    double sxx = 0.0;
    for (std::size_t i = 0; i < years.size(); ++i) {
        sxy += (years[i] - mx) * (logs[i] - my);
        sxx += (years[i] - mx) * (years[i] - mx);
    }
    const double b = sxx == 0.0 ? 0.0 : sxy / sxx;
    return std::pair{my - b * mx, b};
}
} // namespace

std::optional<double> TrendEstimator::logLinearAnnualChange(const std::vector<int>& years,
                                                            const std::vector<double>& values) {
    if (years.size() < 2 ||
        std::all_of(years.begin(), years.end(), [&](int y) { return y == years.front(); }))
        return std::nullopt;
    auto fit = logLinearFit(years, values);
    if (!fit)
        return std::nullopt;
    return std::exp(fit->second) - 1.0;
}

std::optional<double> TrendEstimator::logLinearTrendAt(const std::vector<int>& years,
                                                       const std::vector<double>& values, int atYear) {
    auto fit = logLinearFit(years, values);
    if (!fit)
        return std::nullopt;
    return std::exp(fit->first + fit->second * atYear);
}

Result<TrendEstimate> TrendEstimator::estimate(const TrendOptions& options) const {
    const ScenarioRegions regions = ScenarioRegions::fromDataset(m_observed);
    if (regions.countyCodes.empty())
        return Error(ErrorCode::MissingData, "the dataset has no regions to estimate trends for");
    const int last = options.lastYear != 0 ? options.lastYear
                                           : WaterLedger::lastObservedYear(m_observed, regions.countyCodes);
    if (last == 0)
        return Error(ErrorCode::MissingData, "no current-price GDP (econ.gdp_current) in any county",
                     {.field = std::string(var::GdpCurrent)});
    const int first =
        options.firstYear != 0 ? options.firstYear : std::max(m_observed.yearRange().first, 1900);
    if (first > last)
        return Error(ErrorCode::InvalidValue, "the first observed year is after the last", {.year = first});

    TrendEstimate out;
    const ObservedLevels observedLevels(m_observed);
    auto& notes = out.notes;
    if (options.lastYear == 0)
        for (const auto& [year, missing] : WaterLedger::partialYears(m_observed, regions.countyCodes)) {
            std::string list;
            for (const auto& code : missing)
                list += (list.empty() ? "" : ", ") + code;
            notes.push_back(std::to_string(year) + " is incomplete: current-price GDP is still missing for " +
                            list + "; the projection starts after " + std::to_string(last) + " and the " +
                            std::to_string(year) + " values already observed are kept");
        }
    for (const auto& county : regions.countyCodes) {
        const auto note = [&](const std::string& what) { notes.push_back(county + ": " + what); };

        // Real growth: compound mean of the last indices.
        for (auto [driver, index, label] : {std::tuple{Driver::GdpRealGrowth, var::GdpIndex, "GDP"},
                                            std::tuple{Driver::IvaRealGrowth, var::IvaIndex, "IVA"}}) {
            std::vector<double> indices;
            for (int y = std::max(first, last - options.growthWindow + 1); y <= last; ++y)
                if (auto i = WaterLedger::value(m_observed, county, index, y))
                    indices.push_back(*i);
            auto g = meanGrowthFromIndices(indices);
            if (!g)
                note(std::string("no ") + label + " index (上年=100) in the last " +
                     std::to_string(options.growthWindow) + " years; real growth held at 0");
            out.drivers.set(county, driver,
                            clampRate(g.value_or(0.0), county + " " + label + " growth", notes));
        }

        const auto gdpReal = realSeries(m_observed, county, var::GdpCurrent, var::GdpIndex, first, last);
        const auto ivaReal = realSeries(m_observed, county, var::IvaCurrent, var::IvaIndex, first, last);
        Series industry;
        Series domestic;
        Series agriculture;
        Series area;
        for (int y = first; y <= last; ++y) {
            const auto k = static_cast<std::size_t>(y - first);
            auto wInd = WaterLedger::value(m_observed, county, var::WaterIndustry, y);
            if (wInd && ivaReal[k] && *ivaReal[k] > 0.0)
                industry.add(y, *wInd / *ivaReal[k]);
            auto up = WaterLedger::value(m_observed, county, var::WaterUrbanPublic, y);
            auto res = WaterLedger::value(m_observed, county, var::WaterResidential, y);
            if ((up || res) && gdpReal[k] && *gdpReal[k] > 0.0)
                domestic.add(y, (up.value_or(0.0) + res.value_or(0.0)) / *gdpReal[k]);
            auto farm = WaterLedger::value(m_observed, county, var::WaterFarmlandIrrigation, y);
            auto a = WaterLedger::value(m_observed, county, var::IrrigatedArea, y);
            if (a && *a > 0.0) {
                area.add(y, *a);
                if (farm)
                    agriculture.add(y, *farm / *a);
            }
        }
        for (auto [driver, series, label] :
             {std::tuple{Driver::IndustryIntensityChange, &industry, "industrial water per real IVA"},
              std::tuple{Driver::DomesticIntensityChange, &domestic, "domestic water per real GDP"},
              std::tuple{Driver::AgricultureIntensityChange, &agriculture,
                         "irrigation water per irrigated area"},
              std::tuple{Driver::IrrigatedAreaChange, &area, "irrigated area"}}) {
            auto change = logLinearAnnualChange(series->years, series->values);
            if (!change)
                note(std::string("fewer than two observed years of ") + label + "; its change held at 0");
            out.drivers.set(county, driver, clampRate(change.value_or(0.0), county + " " + label, notes));
        }

        for (Driver level : {Driver::IrrigationCoefficient, Driver::LeakageRate, Driver::ReuseRate}) {
            // Fit the gap to the bound: 1 − level for the coefficient and the reuse rate, the level for
            // leakage.
            const bool towardsOne = level != Driver::LeakageRate;
            Series gap;
            double lastLevel = 0.0;
            for (int y = first; y <= last; ++y)
                if (auto v = observedLevels.level(county, level, y)) {
                    gap.add(y, towardsOne ? 1.0 - *v : *v);
                    lastLevel = *v;
                }
            if (gap.years.empty())
                continue; // nothing observed, nothing projected
            auto gapAtHorizon = logLinearTrendAt(gap.years, gap.values, options.horizonYear);
            double at = lastLevel; // a gap of 0 (or below) cannot be fitted: hold the last level
            if (gapAtHorizon)
                at = towardsOne ? 1.0 - *gapAtHorizon : *gapAtHorizon;
            else
                note(std::string(driverId(level)) +
                     ": the level reached its bound; held at the last observed value");
            const double lo = level == Driver::IrrigationCoefficient ? 0.01 : 0.0;
            const double clamped = std::clamp(at, lo, 1.0);
            if (clamped != at)
                note(std::string(driverId(level)) + " trend " + std::to_string(at) + " at " +
                     std::to_string(options.horizonYear) + " clamped to " + std::to_string(clamped));
            out.drivers.set(county, level, clamped);
        }
    }
    return out;
}

} // namespace jieshui::core
