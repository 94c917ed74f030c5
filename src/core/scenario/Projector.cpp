// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Projector.h"

#include "model/Variable.h"
#include "scenario/ObservedLevels.h"
#include "scenario/WaterLedger.h"

#include <cmath>
#include <limits>

namespace jieshui::core {

namespace {
using PV = ProjectedVariable;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double observed(const Dataset& d, const std::string& region, std::string_view variable, int year) {
    const Statistic* s = d.statistic(region, variable, year);
    return s == nullptr ? nan : s->value;
}

double orZero(double x) {
    return std::isnan(x) ? 0.0 : x;
}

/** Sums a variable over the counties for one year; NaN when any county lacks it. */
double sumOverCounties(const Projection& p, std::size_t counties, PV v, int year) {
    double sum = 0.0;
    for (std::size_t i = 0; i < counties; ++i) {
        const double x = p.cell(i, v, year);
        if (std::isnan(x))
            return nan;
        sum += x;
    }
    return sum;
}

/** Σ level·weight / Σ weight over the counties having both; NaN when none has. */
double weightedLevel(const Projection& p, std::size_t counties, PV level, std::initializer_list<PV> weights,
                     int year) {
    double num = 0.0;
    double den = 0.0;
    for (std::size_t i = 0; i < counties; ++i) {
        const double x = p.cell(i, level, year);
        double w = 0.0;
        for (PV wv : weights)
            w += orZero(p.cell(i, wv, year));
        if (std::isnan(x) || !(w > 0.0))
            continue;
        num += x * w;
        den += w;
    }
    return den > 0.0 ? num / den : nan;
}
} // namespace

Projector::Projector(const Dataset& observed, const ScenarioSet& scenarios)
    : m_observed(observed), m_scenarios(scenarios), m_levels(observed),
      m_statesYear(WaterLedger::lastObservedYear(observed, scenarios.regions().countyCodes)),
      m_states(readStates(m_statesYear)) {}

std::vector<Projector::CountyState> Projector::readStates(int year) const {
    std::vector<CountyState> out;
    if (year == 0)
        return out;
    const std::array<Driver, 3> levelDrivers{Driver::IrrigationCoefficient, Driver::LeakageRate,
                                             Driver::ReuseRate};
    for (const std::string& c : m_scenarios.regions().countyCodes) {
        CountyState st{.gdp = observed(m_observed, c, var::GdpCurrent, year),
                       .iva = observed(m_observed, c, var::IvaCurrent, year),
                       .area = observed(m_observed, c, var::IrrigatedArea, year),
                       .farm = observed(m_observed, c, var::WaterFarmlandIrrigation, year),
                       .forestry = observed(m_observed, c, var::WaterForestryLivestockFishery, year),
                       .industry = observed(m_observed, c, var::WaterIndustry, year),
                       .cooling = observed(m_observed, c, var::WaterIndustryOnceThroughCooling, year),
                       .urbanPublic = observed(m_observed, c, var::WaterUrbanPublic, year),
                       .residential = observed(m_observed, c, var::WaterResidential, year),
                       .ecological = observed(m_observed, c, var::WaterEcological, year),
                       .nonconventional = observed(m_observed, c, var::WaterNonconventional, year)};
        for (std::size_t k = 0; k < 3; ++k)
            st.levels[k] = m_levels.level(c, levelDrivers[k], year).value_or(nan);
        out.push_back(st);
    }
    return out;
}

Result<Projection> Projector::projectSeries(std::string_view scenario,
                                            const ProjectionOptions& options) const {
    const auto& counties = m_scenarios.regions().countyCodes;
    const std::string& city = m_scenarios.regions().cityCode;
    const int last = options.lastObservedYear != 0 ? options.lastObservedYear
                                                   : WaterLedger::lastObservedYear(m_observed, counties);
    if (last == 0)
        return Error(ErrorCode::MissingData, "no current-price GDP in any county: nothing to project from",
                     {.field = std::string(var::GdpCurrent)});
    const int horizon = options.horizonYear;
    if (horizon <= last)
        return Error(ErrorCode::InvalidValue,
                     "the horizon " + std::to_string(horizon) + " is not after the last observed year " +
                         std::to_string(last),
                     {.year = horizon});

    auto drivers = m_scenarios.resolve(scenario, last + 1, horizon);
    if (drivers.hasError())
        return drivers.error();
    const ResolvedDrivers& rd = drivers.value();
    // The year-L state read at construction, unless another L is asked for.
    std::vector<CountyState> otherStates;
    if (last != m_statesYear)
        otherStates = readStates(last);
    const std::vector<CountyState>& states = last == m_statesYear ? m_states : otherStates;

    std::vector<std::string> regionCodes = counties;
    const bool hasCity = !(counties.size() == 1 && counties.front() == city) && !city.empty();
    if (hasCity)
        regionCodes.push_back(city);
    Projection out(std::string(scenario), std::move(regionCodes), last + 1, horizon);

    for (std::size_t i = 0; i < counties.size(); ++i) {
        const std::string& c = counties[i];
        auto driver = [&](Driver d, int year) -> Result<double> {
            if (auto v = rd.value(i, d, year))
                return *v;
            return Error(ErrorCode::MissingData,
                         std::string("no value for driver ") + driverId(d) +
                             " (no baseline trend and no override)",
                         {.field = driverId(d), .region = c, .year = year});
        };

        const CountyState& st = states[i];
        double gdp = st.gdp;
        if (std::isnan(gdp) || !(gdp > 0.0))
            return Error(ErrorCode::MissingData, "no positive current-price GDP in the last observed year",
                         {.field = std::string(var::GdpCurrent), .region = c, .year = last});
        double iva = st.iva;
        double area = st.area;
        double farm = st.farm;
        const double forestry = st.forestry;
        const double industry = st.industry;
        const double cooling = st.cooling;
        const double urbanPublic = st.urbanPublic;
        const double residential = st.residential;
        const double ecological = st.ecological;
        const double nonconventional = st.nonconventional;

        const bool hasIva = !std::isnan(iva) && iva > 0.0;
        const bool hasArea = !std::isnan(area) && area > 0.0;
        double perArea = hasArea && !std::isnan(farm) ? farm / area : nan;
        double industryIntensity = hasIva && !std::isnan(industry) ? industry / iva : nan;
        const double coolingShare =
            !std::isnan(cooling) && !std::isnan(industry) && industry > 0.0 ? cooling / industry : nan;
        const bool hasDomestic = !std::isnan(urbanPublic) || !std::isnan(residential);
        const double domestic = orZero(urbanPublic) + orZero(residential);
        double domesticIntensity = hasDomestic ? domestic / gdp : nan;
        const double urbanPublicShare = domestic > 0.0 ? orZero(urbanPublic) / domestic : 0.0;
        const double total0 =
            orZero(farm) + orZero(forestry) + orZero(industry) + domestic + orZero(ecological);
        const double nonconventionalShare =
            !std::isnan(nonconventional) && total0 > 0.0 ? nonconventional / total0 : nan;
        std::array<double, 3> level = st.levels;
        const std::array<Driver, 3> levelDrivers{Driver::IrrigationCoefficient, Driver::LeakageRate,
                                                 Driver::ReuseRate};
        const std::array<PV, 3> levelSlots{PV::IrrigationCoefficient, PV::LeakageRate, PV::ReuseRate};

        for (int t = last + 1; t <= horizon; ++t) {
            auto g = driver(Driver::GdpRealGrowth, t);
            if (g.hasError())
                return g.error();
            gdp *= 1.0 + g.value();
            out.setCell(i, PV::GdpCurrent, t, gdp);
            out.setCell(i, PV::GdpIndex, t, 100.0 * (1.0 + g.value()));
            if (hasIva) {
                auto gi = driver(Driver::IvaRealGrowth, t);
                if (gi.hasError())
                    return gi.error();
                iva *= 1.0 + gi.value();
                out.setCell(i, PV::IvaCurrent, t, iva);
                out.setCell(i, PV::IvaIndex, t, 100.0 * (1.0 + gi.value()));
            }
            if (!std::isnan(farm)) {
                auto ca = driver(Driver::AgricultureIntensityChange, t);
                if (ca.hasError())
                    return ca.error();
                if (hasArea) {
                    auto da = driver(Driver::IrrigatedAreaChange, t);
                    if (da.hasError())
                        return da.error();
                    area *= 1.0 + da.value();
                    perArea *= 1.0 + ca.value();
                    farm = area * perArea;
                } else {
                    farm *= 1.0 + ca.value();
                }
                out.setCell(i, PV::WaterFarmlandIrrigation, t, farm);
            } else if (hasArea) {
                auto da = driver(Driver::IrrigatedAreaChange, t);
                if (da.hasError())
                    return da.error();
                area *= 1.0 + da.value();
            }
            if (hasArea)
                out.setCell(i, PV::IrrigatedArea, t, area);
            double industryNow = nan;
            if (!std::isnan(industryIntensity)) {
                auto ci = driver(Driver::IndustryIntensityChange, t);
                if (ci.hasError())
                    return ci.error();
                industryIntensity *= 1.0 + ci.value();
                industryNow = iva * industryIntensity;
                out.setCell(i, PV::WaterIndustry, t, industryNow);
                if (!std::isnan(coolingShare))
                    out.setCell(i, PV::WaterIndustryOnceThroughCooling, t, industryNow * coolingShare);
            } else if (!std::isnan(industry)) {
                industryNow = industry; // industry without IVA: held
                out.setCell(i, PV::WaterIndustry, t, industryNow);
                if (!std::isnan(cooling))
                    out.setCell(i, PV::WaterIndustryOnceThroughCooling, t, cooling);
            }
            double domesticNow = 0.0;
            if (hasDomestic) {
                auto cd = driver(Driver::DomesticIntensityChange, t);
                if (cd.hasError())
                    return cd.error();
                domesticIntensity *= 1.0 + cd.value();
                domesticNow = gdp * domesticIntensity;
                if (!std::isnan(urbanPublic))
                    out.setCell(i, PV::WaterUrbanPublic, t, domesticNow * urbanPublicShare);
                if (!std::isnan(residential))
                    out.setCell(i, PV::WaterResidential, t, domesticNow * (1.0 - urbanPublicShare));
            }
            if (!std::isnan(forestry))
                out.setCell(i, PV::WaterForestryLivestockFishery, t, forestry);
            if (!std::isnan(ecological))
                out.setCell(i, PV::WaterEcological, t, ecological);
            if (!std::isnan(nonconventionalShare)) {
                const double total =
                    orZero(farm) + orZero(forestry) + orZero(industryNow) + domesticNow + orZero(ecological);
                out.setCell(i, PV::WaterNonconventional, t, total * nonconventionalShare);
            }
            for (std::size_t k = 0; k < 3; ++k) {
                if (std::isnan(level[k]))
                    continue;
                if (auto target = rd.value(i, levelDrivers[k], t))
                    level[k] += (*target - level[k]) / static_cast<double>(horizon - t + 1);
                out.setCell(i, levelSlots[k], t, level[k]);
            }
        }
    }

    if (hasCity) {
        const std::size_t n = counties.size();
        double gdpBefore = 0.0;
        double ivaBefore = 0.0;
        bool ivaComplete = true;
        for (const CountyState& st : states) {
            gdpBefore += st.gdp;
            ivaComplete = ivaComplete && !std::isnan(st.iva);
            ivaBefore += orZero(st.iva);
        }
        for (int t = last + 1; t <= horizon; ++t) {
            for (PV v :
                 {PV::GdpCurrent, PV::IvaCurrent, PV::IrrigatedArea, PV::WaterFarmlandIrrigation,
                  PV::WaterForestryLivestockFishery, PV::WaterIndustry, PV::WaterIndustryOnceThroughCooling,
                  PV::WaterUrbanPublic, PV::WaterResidential, PV::WaterEcological, PV::WaterNonconventional})
                out.setCell(n, v, t, sumOverCounties(out, n, v, t));
            const double gdpNow = out.cell(n, PV::GdpCurrent, t);
            out.setCell(n, PV::GdpIndex, t, 100.0 * gdpNow / gdpBefore);
            gdpBefore = gdpNow;
            const double ivaNow = out.cell(n, PV::IvaCurrent, t);
            if (ivaComplete && !std::isnan(ivaNow) && ivaBefore > 0.0)
                out.setCell(n, PV::IvaIndex, t, 100.0 * ivaNow / ivaBefore);
            ivaBefore = ivaNow;
            out.setCell(n, PV::IrrigationCoefficient, t,
                        weightedLevel(out, n, PV::IrrigationCoefficient, {PV::WaterFarmlandIrrigation}, t));
            out.setCell(
                n, PV::LeakageRate, t,
                weightedLevel(out, n, PV::LeakageRate, {PV::WaterUrbanPublic, PV::WaterResidential}, t));
            out.setCell(n, PV::ReuseRate, t, weightedLevel(out, n, PV::ReuseRate, {PV::WaterIndustry}, t));
        }
    }
    return out;
}

Status Projector::apply(const Projection& projection, Dataset& dataset) {
    const Provenance provenance{.kind = ProvenanceKind::Projected,
                                .source = "scenario " + projection.scenario()};
    for (std::size_t r = 0; r < projection.regionCodes().size(); ++r) {
        for (std::size_t v = 0; v < Projection::variableCount; ++v) {
            const auto pv = static_cast<PV>(v);
            for (int t = projection.firstYear(); t <= projection.lastYear(); ++t) {
                const double x = projection.cell(r, pv, t);
                if (std::isnan(x))
                    continue;
                // A year after the last complete one may already hold observed values (statistics arrive
                // county by county): observed values win over the projection.
                if (const Statistic* seen =
                        dataset.statistic(projection.regionCodes()[r], Projection::variableId(pv), t);
                    seen != nullptr && seen->provenance.kind != ProvenanceKind::Projected)
                    continue;
                auto st = dataset.setStatistic(Statistic{.regionCode = projection.regionCodes()[r],
                                                         .year = t,
                                                         .variable = std::string(Projection::variableId(pv)),
                                                         .value = x,
                                                         .unit = std::string(Projection::unitSymbol(pv)),
                                                         .provenance = provenance});
                if (st.hasError())
                    return st;
            }
        }
    }
    return okStatus();
}

Result<Dataset> Projector::project(std::string_view scenario, const ProjectionOptions& options) const {
    auto series = projectSeries(scenario, options);
    if (series.hasError())
        return series.error();
    Dataset out = m_observed;
    if (auto st = apply(series.value(), out); st.hasError())
        return st.error();
    return out;
}

} // namespace jieshui::core
