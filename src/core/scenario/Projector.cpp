// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Projector.h"

#include "engine/NullRecorder.h"
#include "model/Variable.h"
#include "scenario/ObservedLevels.h"

#include <cmath>
#include <limits>

namespace jieshui::core {

namespace {
using PV = ProjectedVariable;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

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

constexpr std::array<Driver, 3> kLevelDrivers{Driver::IrrigationCoefficient, Driver::LeakageRate,
                                              Driver::ReuseRate};
} // namespace

Projector::Projector(const Dataset& observed, const ScenarioSet& scenarios)
    : m_dataset(&observed), m_project(CompiledProject::compile(observed)), m_scenarios(scenarios) {
    initialise();
}

Projector::Projector(std::shared_ptr<const CompiledProject> observed, const ScenarioSet& scenarios)
    : m_project(std::move(observed)), m_scenarios(scenarios) {
    initialise();
}

void Projector::initialise() {
    const ScenarioRegions& regions = m_scenarios.regions();
    for (const std::string& c : regions.countyCodes)
        m_counties.push_back(m_project->findRegion(c));
    m_city = m_project->findRegion(regions.cityCode);
    m_hasCity = !(regions.countyCodes.size() == 1 && regions.countyCodes.front() == regions.cityCode) &&
                !regions.cityCode.empty();
    const EngineView view(*m_project);
    const IndicatorKernel kernel(view);
    readStart(kernel, m_counties, lastObservedYear(view, m_counties), m_start);
    std::vector<RegionId> rows = m_counties;
    if (m_hasCity)
        rows.push_back(m_city);
    std::vector<VariableId> variables;
    for (std::size_t v = 0; v < Projection::variableCount; ++v)
        variables.push_back(*m_project->findVariable(Projection::variableId(static_cast<PV>(v))));
    m_overlay = ValueOverlay(*m_project, rows, variables);
}

int Projector::lastObservedYear(const EngineView& view, std::span<const RegionId> counties) {
    int last = 0;
    for (RegionId c : counties) {
        if (c == kNoRegion)
            continue;
        for (int y = view.lastYear(); y >= view.firstYear() && y > last; --y) {
            double gdp = 0.0;
            ProvenanceKind ignored = ProvenanceKind::Sourced;
            if (view.read(c, variableId(Var::GdpCurrent), y, gdp, ignored)) {
                last = y;
                break;
            }
        }
    }
    return last;
}

void Projector::readStart(const IndicatorKernel& kernel, std::span<const RegionId> counties, int lastYear,
                          Start& out) {
    out.lastYear = lastYear;
    out.counties.resize(counties.size());
    const ObservedLevels levels(kernel);
    for (std::size_t i = 0; i < counties.size(); ++i) {
        const RegionId c = counties[i];
        const auto observed = [&](Var v) {
            double x = nan;
            ProvenanceKind ignored = ProvenanceKind::Sourced;
            if (c == kNoRegion || !kernel.view().read(c, variableId(v), lastYear, x, ignored))
                return nan;
            return x;
        };
        CountyStart& st = out.counties[i];
        st = CountyStart{.gdp = observed(Var::GdpCurrent),
                         .iva = observed(Var::IvaCurrent),
                         .area = observed(Var::IrrigatedArea),
                         .farm = observed(Var::WaterFarmlandIrrigation),
                         .forestry = observed(Var::WaterForestryLivestockFishery),
                         .industry = observed(Var::WaterIndustry),
                         .cooling = observed(Var::WaterIndustryOnceThroughCooling),
                         .urbanPublic = observed(Var::WaterUrbanPublic),
                         .residential = observed(Var::WaterResidential),
                         .ecological = observed(Var::WaterEcological),
                         .nonconventional = observed(Var::WaterNonconventional),
                         .levels = {nan, nan, nan}};
        if (c != kNoRegion)
            for (std::size_t k = 0; k < 3; ++k)
                st.levels[k] = levels.level(c, kLevelDrivers[k], lastYear).value_or(nan);
    }
}

Projection Projector::emptyProjection(std::string_view scenario, int lastYear, int horizonYear) const {
    std::vector<std::string> regionCodes = m_scenarios.regions().countyCodes;
    if (m_hasCity)
        regionCodes.push_back(m_scenarios.regions().cityCode);
    return Projection(std::string(scenario), std::move(regionCodes), lastYear + 1, horizonYear);
}

Result<ResolvedDrivers> Projector::resolveDrivers(std::string_view scenario, int last, int horizon) const {
    if (last == 0)
        return Error(ErrorCode::MissingData, "no current-price GDP in any county: nothing to project from",
                     {.field = std::string(var::GdpCurrent)});
    if (horizon <= last)
        return Error(ErrorCode::InvalidValue,
                     "the horizon " + std::to_string(horizon) + " is not after the last observed year " +
                         std::to_string(last),
                     {.year = horizon});
    return m_scenarios.resolve(scenario, last + 1, horizon);
}

Error Projector::error(const ProjectionFault& fault, const ScenarioRegions& regions, int lastYear) {
    const std::string county = fault.county < regions.countyCodes.size() ? regions.countyCodes[fault.county] : "";
    if (fault.kind == ProjectionFault::NoGdp)
        return Error(ErrorCode::MissingData, "no positive current-price GDP in the last observed year",
                     {.field = std::string(var::GdpCurrent), .region = county, .year = lastYear});
    return Error(ErrorCode::MissingData,
                 std::string("no value for driver ") + driverId(fault.driver) + " (no baseline trend and no override)",
                 {.field = driverId(fault.driver), .region = county, .year = fault.year});
}

Result<Projection> Projector::projectSeries(std::string_view scenario, const ProjectionOptions& options) const {
    const int last = options.lastObservedYear != 0 ? options.lastObservedYear : m_start.lastYear;
    auto drivers = resolveDrivers(scenario, last, options.horizonYear);
    if (drivers.hasError())
        return drivers.error();
    // The year-L state read at construction, unless another L is asked for.
    Start other;
    if (last != m_start.lastYear) {
        const EngineView view(*m_project);
        readStart(IndicatorKernel(view), m_counties, last, other);
    }
    Projection out = emptyProjection(scenario, last, options.horizonYear);
    const ProjectionFault fault = run(last == m_start.lastYear ? m_start : other, drivers.value(), m_hasCity, out);
    if (fault.kind != ProjectionFault::None)
        return error(fault, m_scenarios.regions(), last);
    return out;
}

ProjectionFault Projector::run(const Start& start, const ResolvedDrivers& rd, bool hasCity, Projection& out) {
    const int last = start.lastYear;
    const int horizon = out.lastYear();
    out.clear();
    const std::size_t counties = start.counties.size();
    ProjectionFault fault;
    for (std::size_t i = 0; i < counties; ++i) {
        // A driver's value, or the fault that ends the projection.
        const auto driver = [&](Driver d, int year, double& value) {
            if (auto v = rd.value(i, d, year)) {
                value = *v;
                return true;
            }
            fault = {.kind = ProjectionFault::NoDriver, .county = i, .driver = d, .year = year};
            return false;
        };

        const CountyStart& st = start.counties[i];
        double gdp = st.gdp;
        if (std::isnan(gdp) || !(gdp > 0.0))
            return {.kind = ProjectionFault::NoGdp, .county = i, .year = last};
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
        const double total0 = orZero(farm) + orZero(forestry) + orZero(industry) + domestic + orZero(ecological);
        const double nonconventionalShare =
            !std::isnan(nonconventional) && total0 > 0.0 ? nonconventional / total0 : nan;
        std::array<double, 3> level = st.levels;
        const std::array<PV, 3> levelSlots{PV::IrrigationCoefficient, PV::LeakageRate, PV::ReuseRate};

        for (int t = last + 1; t <= horizon; ++t) {
            double g = 0.0;
            if (!driver(Driver::GdpRealGrowth, t, g))
                return fault;
            gdp *= 1.0 + g;
            out.setCell(i, PV::GdpCurrent, t, gdp);
            out.setCell(i, PV::GdpIndex, t, 100.0 * (1.0 + g));
            if (hasIva) {
                double gi = 0.0;
                if (!driver(Driver::IvaRealGrowth, t, gi))
                    return fault;
                iva *= 1.0 + gi;
                out.setCell(i, PV::IvaCurrent, t, iva);
                out.setCell(i, PV::IvaIndex, t, 100.0 * (1.0 + gi));
            }
            if (!std::isnan(farm)) {
                double ca = 0.0;
                if (!driver(Driver::AgricultureIntensityChange, t, ca))
                    return fault;
                if (hasArea) {
                    double da = 0.0;
                    if (!driver(Driver::IrrigatedAreaChange, t, da))
                        return fault;
                    area *= 1.0 + da;
                    perArea *= 1.0 + ca;
                    farm = area * perArea;
                } else {
                    farm *= 1.0 + ca;
                }
                out.setCell(i, PV::WaterFarmlandIrrigation, t, farm);
            } else if (hasArea) {
                double da = 0.0;
                if (!driver(Driver::IrrigatedAreaChange, t, da))
                    return fault;
                area *= 1.0 + da;
            }
            if (hasArea)
                out.setCell(i, PV::IrrigatedArea, t, area);
            double industryNow = nan;
            if (!std::isnan(industryIntensity)) {
                double ci = 0.0;
                if (!driver(Driver::IndustryIntensityChange, t, ci))
                    return fault;
                industryIntensity *= 1.0 + ci;
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
                double cd = 0.0;
                if (!driver(Driver::DomesticIntensityChange, t, cd))
                    return fault;
                domesticIntensity *= 1.0 + cd;
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
                if (auto target = rd.value(i, kLevelDrivers[k], t))
                    level[k] += (*target - level[k]) / static_cast<double>(horizon - t + 1);
                out.setCell(i, levelSlots[k], t, level[k]);
            }
        }
    }

    if (hasCity) {
        const std::size_t n = counties;
        double gdpBefore = 0.0;
        double ivaBefore = 0.0;
        bool ivaComplete = true;
        for (const CountyStart& st : start.counties) {
            gdpBefore += st.gdp;
            ivaComplete = ivaComplete && !std::isnan(st.iva);
            ivaBefore += orZero(st.iva);
        }
        for (int t = last + 1; t <= horizon; ++t) {
            for (PV v : {PV::GdpCurrent, PV::IvaCurrent, PV::IrrigatedArea, PV::WaterFarmlandIrrigation,
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
            out.setCell(n, PV::LeakageRate, t,
                        weightedLevel(out, n, PV::LeakageRate, {PV::WaterUrbanPublic, PV::WaterResidential}, t));
            out.setCell(n, PV::ReuseRate, t, weightedLevel(out, n, PV::ReuseRate, {PV::WaterIndustry}, t));
        }
    }
    return {};
}

Status Projector::apply(const Projection& projection, Dataset& dataset) {
    const Provenance provenance{.kind = ProvenanceKind::Projected, .source = "scenario " + projection.scenario()};
    for (std::size_t r = 0; r < projection.regionCodes().size(); ++r) {
        for (std::size_t v = 0; v < Projection::variableCount; ++v) {
            const auto pv = static_cast<PV>(v);
            for (int t = projection.firstYear(); t <= projection.lastYear(); ++t) {
                const double x = projection.cell(r, pv, t);
                if (std::isnan(x))
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
    if (m_dataset == nullptr)
        return Error(ErrorCode::InvalidValue, "this projector has no dataset to copy (made from a compiled project)");
    auto series = projectSeries(scenario, options);
    if (series.hasError())
        return series.error();
    Dataset out = *m_dataset;
    if (auto st = apply(series.value(), out); st.hasError())
        return st.error();
    return out;
}

} // namespace jieshui::core
