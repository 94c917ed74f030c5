// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/TrendEstimator.h"

#include "engine/ComparablePriceSeries.h"
#include "engine/IndicatorKernel.h"
#include "model/IndicatorDisplay.h"
#include "model/RegionName.h"
#include "model/Variable.h"
#include "scenario/DriverCatalog.h"
#include "scenario/ObservedLevels.h"
#include "scenario/Projector.h"
#include "scenario/ScenarioSet.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

/** A statistic of a region as observed (its own value), or nullopt. */
std::optional<double> observed(const EngineView& view, RegionId region, Var variable, int year) {
    double x = 0.0;
    ProvenanceKind ignored = ProvenanceKind::Sourced;
    if (region == kNoRegion || !view.read(region, variableId(variable), year, x, ignored))
        return std::nullopt;
    return x;
}

/** Real values in the prices of the first year with a current value, chaining the 上年=100 index. */
std::vector<std::optional<double>> realSeries(const EngineView& view, RegionId county, Var current, Var index,
                                              int first, int last) {
    std::vector<std::optional<double>> out(static_cast<std::size_t>(last - first + 1));
    int base = 0;
    double baseValue = 0.0;
    for (int y = first; y <= last; ++y) {
        if (base == 0) {
            if (auto v = observed(view, county, current, y)) {
                base = y;
                baseValue = *v;
                out[static_cast<std::size_t>(y - first)] = baseValue;
            }
            continue;
        }
        const ChainOutcome chain = ComparablePriceSeries::chain(base, y, [&](int k) {
            return observed(view, county, index, k).value_or(std::numeric_limits<double>::quiet_NaN());
        });
        if (!chain.ok())
            break; // the comparable-price chain stops at a gap
        out[static_cast<std::size_t>(y - first)] = baseValue * chain.factor;
    }
    return out;
}

/** A driver's value as a reader sees it, formatted as its indicator is: "+3.4 %/yr", "0.561", "9.5 %". */
std::string shown(Driver driver, double fraction, bool chinese) {
    if (const auto indicator = ObservedLevels::indicatorOf(driver))
        return IndicatorDisplay::formatWithUnit(*indicator, fraction);
    const DriverInfo& info = DriverCatalog::info(driver);
    return IndicatorDisplay::formatAnnualRate(fraction) + " " +
           std::string(chinese ? info.unitZh : info.unitEn);
}

/** "钦南区 (450702)" / "Qinnan District (450702)": a note names the county as the reader knows it. */
std::string readerName(const Region& region, bool chinese) {
    const std::string& name = regionName(region, chinese);
    return name == region.code ? name : name + " (" + region.code + ")";
}

double clampRate(double rate, const Region& county, Driver driver, std::vector<TrendNote>& notes) {
    const double clamped = std::clamp(rate, DriverTraits::minimumRate, DriverTraits::maximumRate);
    if (clamped != rate) {
        const DriverInfo& info = DriverCatalog::info(driver);
        notes.push_back({readerName(county, false) + ": " + std::string(info.nameEn) + " fitted at " +
                             shown(driver, rate, false) + ", clamped to " + shown(driver, clamped, false),
                         readerName(county, true) + "：" + std::string(info.nameZh) + "拟合值 " +
                             shown(driver, rate, true) + "，已限定为 " + shown(driver, clamped, true)});
    }
    return clamped;
}

} // namespace

TrendEstimator::TrendEstimator(const Dataset& observed) : m_project(CompiledProject::compile(observed)) {}

TrendEstimator::TrendEstimator(std::shared_ptr<const CompiledProject> observed)
    : m_project(std::move(observed)) {}

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
    const ScenarioRegions regions = ScenarioRegions::fromProject(*m_project);
    if (regions.countyCodes.empty())
        return Error(ErrorCode::MissingData, "the dataset has no regions to estimate trends for");
    const EngineView view(*m_project);
    const IndicatorKernel kernel(view);
    std::vector<RegionId> ids;
    for (const std::string& c : regions.countyCodes)
        ids.push_back(m_project->findRegion(c));
    const int last = options.lastYear != 0 ? options.lastYear : Projector::lastObservedYear(view, ids);
    if (last == 0)
        return Error(ErrorCode::MissingData, "no current-price GDP (econ.gdp_current) in any county",
                     {.field = std::string(var::GdpCurrent)});
    const int first = options.firstYear != 0 ? options.firstYear : std::max(m_project->firstYear(), 1900);
    if (first > last)
        return Error(ErrorCode::InvalidValue, "the first observed year is after the last", {.year = first});

    // A county the observed data does not know (kNoRegion) is named by its code.
    std::vector<Region> named(regions.countyCodes.size());
    for (std::size_t c = 0; c < ids.size(); ++c) {
        if (ids[c] != kNoRegion)
            named[c] = m_project->region(ids[c]);
        named[c].code = regions.countyCodes[c];
    }

    TrendEstimate out;
    const ObservedLevels observedLevels(kernel);
    auto& notes = out.notes;
    if (options.lastYear == 0)
        for (const auto& [year, missing] : Projector::partialYears(view, ids)) {
            std::string listEn;
            std::string listZh;
            for (const std::size_t c : missing) {
                listEn += (listEn.empty() ? "" : ", ") + readerName(named[c], false);
                listZh += (listZh.empty() ? "" : "、") + readerName(named[c], true);
            }
            const std::string y = std::to_string(year);
            notes.push_back({y + " is incomplete: current-price GDP is still missing for " + listEn +
                                 "; the projection starts after " + std::to_string(last) + " and the " + y +
                                 " values already observed are kept",
                             y + " 年数据不完整：" + listZh + "尚缺现价地区生产总值；预测从 " +
                                 std::to_string(last) + " 年之后开始，" + y + " 年已有的观测值予以保留"});
        }
    for (std::size_t c = 0; c < regions.countyCodes.size(); ++c) {
        const std::string& county = regions.countyCodes[c];
        const RegionId id = ids[c];
        const Region& region = named[c];
        const auto note = [&](const std::string& en, const std::string& zh) {
            notes.push_back({readerName(region, false) + ": " + en, readerName(region, true) + "：" + zh});
        };

        // Real growth: compound mean of the last indices.
        for (auto [driver, index, label, labelZh] :
             {std::tuple{Driver::GdpRealGrowth, Var::GdpIndex, "GDP", "地区生产总值"},
              std::tuple{Driver::IvaRealGrowth, Var::IvaIndex, "IVA", "工业增加值"}}) {
            std::vector<double> indices;
            for (int y = std::max(first, last - options.growthWindow + 1); y <= last; ++y)
                if (auto i = observed(view, id, index, y))
                    indices.push_back(*i);
            auto g = meanGrowthFromIndices(indices);
            if (!g) {
                const std::string window = std::to_string(options.growthWindow);
                note(std::string("no ") + label + " index (上年=100) in the last " + window +
                         " years; real growth held at 0",
                     "近 " + window + " 年无" + labelZh + "指数（上年=100），实际增速取 0");
            }
            out.drivers.set(county, driver, clampRate(g.value_or(0.0), region, driver, notes));
        }

        const auto gdpReal = realSeries(view, id, Var::GdpCurrent, Var::GdpIndex, first, last);
        const auto ivaReal = realSeries(view, id, Var::IvaCurrent, Var::IvaIndex, first, last);
        Series industry;
        Series domestic;
        Series agriculture;
        Series area;
        for (int y = first; y <= last; ++y) {
            const auto k = static_cast<std::size_t>(y - first);
            auto wInd = observed(view, id, Var::WaterIndustry, y);
            if (wInd && ivaReal[k] && *ivaReal[k] > 0.0)
                industry.add(y, *wInd / *ivaReal[k]);
            auto up = observed(view, id, Var::WaterUrbanPublic, y);
            auto res = observed(view, id, Var::WaterResidential, y);
            if ((up || res) && gdpReal[k] && *gdpReal[k] > 0.0)
                domestic.add(y, (up.value_or(0.0) + res.value_or(0.0)) / *gdpReal[k]);
            auto farm = observed(view, id, Var::WaterFarmlandIrrigation, y);
            auto a = observed(view, id, Var::IrrigatedArea, y);
            if (a && *a > 0.0) {
                area.add(y, *a);
                if (farm)
                    agriculture.add(y, *farm / *a);
            }
        }
        for (auto [driver, series, label, labelZh] :
             {std::tuple{Driver::IndustryIntensityChange, &industry, "industrial water per real IVA",
                         "单位工业增加值（可比价）用水量"},
              std::tuple{Driver::DomesticIntensityChange, &domestic, "domestic water per real GDP",
                         "单位地区生产总值（可比价）生活与公共用水量"},
              std::tuple{Driver::AgricultureIntensityChange, &agriculture,
                         "irrigation water per irrigated area", "单位灌溉面积用水量"},
              std::tuple{Driver::IrrigatedAreaChange, &area, "irrigated area", "有效灌溉面积"}}) {
            auto change = logLinearAnnualChange(series->years, series->values);
            if (!change)
                note(std::string("fewer than two observed years of ") + label + "; its change held at 0",
                     std::string(labelZh) + "的观测年份少于两年，其年变化率取 0");
            out.drivers.set(county, driver, clampRate(change.value_or(0.0), region, driver, notes));
        }

        for (Driver level : {Driver::IrrigationCoefficient, Driver::LeakageRate, Driver::ReuseRate}) {
            // Fit the gap to the bound: 1 − level for the coefficient and the reuse rate, the level for
            // leakage.
            const bool towardsOne = level != Driver::LeakageRate;
            Series gap;
            double lastLevel = 0.0;
            for (int y = first; y <= last; ++y)
                if (auto v = id == kNoRegion ? std::nullopt : observedLevels.level(id, level, y)) {
                    gap.add(y, towardsOne ? 1.0 - *v : *v);
                    lastLevel = *v;
                }
            if (gap.years.empty())
                continue; // nothing observed, nothing projected
            auto gapAtHorizon = logLinearTrendAt(gap.years, gap.values, options.horizonYear);
            double at = lastLevel; // a gap of 0 (or below) cannot be fitted: hold the last level
            if (gapAtHorizon)
                at = towardsOne ? 1.0 - *gapAtHorizon : *gapAtHorizon;
            const IndicatorInfo& info = IndicatorCatalog::info(*ObservedLevels::indicatorOf(level));
            if (!gapAtHorizon)
                note(std::string(info.nameEn) + " reached its bound; held at the last observed value " +
                         shown(level, lastLevel, false),
                     std::string(info.nameZh) + "已达到其界限，保持最后观测值 " +
                         shown(level, lastLevel, true));
            const double lo = level == Driver::IrrigationCoefficient ? 0.01 : 0.0;
            const double clamped = std::clamp(at, lo, 1.0);
            const std::string horizon = std::to_string(options.horizonYear);
            if (clamped != at)
                note(std::string(info.nameEn) + " trend at " + horizon + " is " + shown(level, at, false) +
                         ", clamped to " + shown(level, clamped, false),
                     std::string(info.nameZh) + " " + horizon + " 年趋势值为 " + shown(level, at, true) +
                         "，已限定为 " + shown(level, clamped, true));
            out.drivers.set(county, level, clamped);
        }
    }
    return out;
}

} // namespace jieshui::core
