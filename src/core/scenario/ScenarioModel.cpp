// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioModel.h"

#include "engine/IndicatorKernel.h"
#include "engine/NullRecorder.h"

#include <cmath>

namespace jieshui::core {

namespace {

double perturbed(PerturbationMode mode, double base, double input) {
    switch (mode) {
    case PerturbationMode::Scale:
        return base * input;
    case PerturbationMode::Replace:
        return input;
    case PerturbationMode::Add:
        return base + input;
    }
    return base;
}

TargetOutcome outcomeOf(const VerdictNumbers& v) {
    return TargetOutcome{.status = v.status,
                         .hasValue = v.hasValue,
                         .value = v.shown.value,
                         .provenance = v.shown.provenance,
                         .reported = v.shown.reported,
                         .hasGap = v.hasGap,
                         .gap = v.gap,
                         .hasRate = v.hasRate,
                         .rate = v.rate};
}

bool isCap(Indicator i) {
    return i == Indicator::TotalWaterUse || i == Indicator::TotalWaterUseAssessment;
}

} // namespace

Result<ScenarioModel> ScenarioModel::create(const Projector& projector, std::string_view scenario, Options options) {
    const int last = projector.lastObservedYear();
    auto drivers = projector.resolveDrivers(scenario, last, options.horizonYear);
    if (drivers.hasError())
        return drivers.error();
    ScenarioModel m;
    m.m_project = projector.sharedObserved();
    m.m_scenario = std::string(scenario);
    m.m_horizon = options.horizonYear;
    m.m_hasCity = projector.hasCity();
    m.m_countyIds = projector.countyIds();
    m.m_countyCodes = projector.scenarios().regions().countyCodes;
    m.m_cityCode = projector.scenarios().regions().cityCode;
    m.m_drivers = std::move(drivers).value();
    m.m_start = projector.start();
    m.m_emptyProjection = projector.emptyProjection(scenario, last, options.horizonYear);
    m.m_overlay = projector.overlayLayout();

    const CompiledProject& project = *m.m_project;
    for (const PlanTarget& t : project.targets()) {
        if (options.evaluation.year != 0 && t.year != options.evaluation.year)
            continue;
        m.m_targets.push_back(t);
        m.m_targetSpecs.push_back(TargetSpec::of(t, project, options.evaluation));
    }
    // Every city indicator target applied to every county, as the compliance map does (Evaluator::judgeRegions
    // rules: a cap needs the county's share). Key-task milestones are not mapped: they stay city targets.
    const RegionId root = project.root();
    for (const Region& region : project.regions())
        if (region.kind == RegionKind::County)
            m.m_judgedCounties.push_back(region.code);
    for (const PlanTarget& t : m.m_targets) {
        if (!options.judgeCounties || root == kNoRegion || t.regionCode != project.regionCode(root) ||
            t.indicator == Indicator::TaskMilestone)
            continue;
        m.m_cityTargets.push_back(t);
        const Allocation* allocation = nullptr;
        for (const Allocation* a : options.allocations)
            if (a != nullptr && a->year == t.year && allocation == nullptr)
                allocation = a;
        for (const std::string& county : m.m_judgedCounties) {
            PlanTarget own = t;
            own.regionCode = county;
            bool judged = true;
            if (isCap(t.indicator)) {
                judged = false;
                if (allocation != nullptr)
                    for (const AllocationShare& s : allocation->shares)
                        if (s.regionCode == county) {
                            own.value = s.volume;
                            judged = true;
                        }
            }
            TargetSpec spec = TargetSpec::of(own, project, options.evaluation);
            if (!judged)
                spec.region = kNoRegion; // NoQuota: no share of the cap allocated to the county
            m.m_countySpecs.push_back(spec);
        }
    }
    return m;
}

Result<ScenarioModel::Perturbations> ScenarioModel::prepare(const PerturbationPlan& plan) const {
    Perturbations out;
    const CompiledProject& project = *m_project;
    for (const StatisticPerturbation& s : plan.statistics) {
        const ErrorLocation where{.field = s.variable, .region = s.regionCode, .year = s.year};
        const RegionId region = project.findRegion(s.regionCode);
        if (region == kNoRegion)
            return Error(ErrorCode::UnknownRegion, "unknown region code '" + s.regionCode + "'", where);
        const auto variable = project.findVariable(s.variable);
        if (!variable)
            return Error(ErrorCode::UnknownVariable, "unknown variable '" + s.variable + "'", where);
        const std::int32_t column = project.column(region, *variable);
        const int slot = s.year - project.firstYear();
        if (column < 0 || slot < 0 || slot >= project.yearCount() ||
            project.states()[static_cast<std::size_t>(column + slot)] == 0)
            return Error(ErrorCode::InvalidValue, "no value to perturb (a perturbation never invents one)", where);
        out.m_statistics.push_back({.offset = static_cast<std::size_t>(column + slot), .mode = s.mode});
    }
    for (const DriverPerturbation& d : plan.drivers) {
        const int from = d.fromYear == 0 ? m_drivers.firstYear() : d.fromYear;
        const int to = d.toYear == 0 ? m_drivers.lastYear() : d.toYear;
        const ErrorLocation where{.field = driverId(d.driver), .region = d.regionCode, .year = from};
        if (from < m_drivers.firstYear() || to > m_drivers.lastYear() || from > to)
            return Error(ErrorCode::InvalidValue,
                         "the years " + std::to_string(from) + "–" + std::to_string(to) + " are not inside the projection " +
                             std::to_string(m_drivers.firstYear()) + "–" + std::to_string(m_drivers.lastYear()),
                         where);
        Perturbations::DriverRange range{.firstCounty = 0,
                                         .lastCounty = m_countyCodes.size() - 1,
                                         .driver = d.driver,
                                         .fromYear = from,
                                         .toYear = to,
                                         .mode = d.mode};
        if (m_countyCodes.empty())
            return Error(ErrorCode::UnknownRegion, "the project has no county to perturb", where);
        if (d.regionCode != m_cityCode || m_cityCode.empty()) {
            std::size_t i = 0;
            while (i < m_countyCodes.size() && m_countyCodes[i] != d.regionCode)
                ++i;
            if (i == m_countyCodes.size())
                return Error(ErrorCode::UnknownRegion,
                             "drivers are per county or for the whole city; '" + d.regionCode + "' is neither",
                             where);
            range.firstCounty = range.lastCounty = i;
        }
        out.m_drivers.push_back(range);
    }
    return out;
}

ScenarioModel::Scratch::Scratch(const ScenarioModel& model, const Perturbations& plan)
    : m_project(model.m_project.get()), m_plan(plan), m_inputs(plan.size(), 0.0), m_drivers(model.m_drivers), m_start(model.m_start),
      m_projection(model.m_emptyProjection), m_overlay(model.m_overlay),
      m_targets(model.m_targetSpecs.size()), m_counties(model.m_countySpecs.size()) {
    if (!plan.m_statistics.empty())
        m_values = model.m_project->values();
    for (std::size_t k = 0; k < plan.m_statistics.size(); ++k)
        m_inputs[k] = plan.m_statistics[k].mode == PerturbationMode::Scale ? 1.0 : 0.0;
    for (std::size_t k = 0; k < plan.m_drivers.size(); ++k)
        m_inputs[plan.m_statistics.size() + k] = plan.m_drivers[k].mode == PerturbationMode::Scale ? 1.0 : 0.0;
    m_overlay.setTable(m_projection.data(), m_projection.firstYear(), m_projection.lastYear());
}

ScenarioModel::Scratch ScenarioModel::scratch(const Perturbations& plan) const {
    return Scratch(*this, plan);
}

bool ScenarioModel::evaluate(Scratch& s) const {
    const CompiledProject& project = *m_project;
    const Perturbations& plan = s.m_plan;
    EngineView observed(project);
    // Statistics: this draw's values over the unperturbed ones, in the scratch's own copy.
    if (!plan.m_statistics.empty()) {
        const std::vector<double>& base = project.values();
        for (const auto& p : plan.m_statistics)
            s.m_values[p.offset] = base[p.offset];
        for (std::size_t k = 0; k < plan.m_statistics.size(); ++k) {
            const auto& p = plan.m_statistics[k];
            s.m_values[p.offset] = perturbed(p.mode, s.m_values[p.offset], s.m_inputs[k]);
        }
        observed.useValues(s.m_values.data(), project.states().data());
    }
    // Drivers: this draw's changes over the resolved ones.
    if (!plan.m_drivers.empty()) {
        s.m_drivers.copyValuesFrom(m_drivers);
        for (std::size_t k = 0; k < plan.m_drivers.size(); ++k) {
            const auto& p = plan.m_drivers[k];
            const double input = s.m_inputs[plan.m_statistics.size() + k];
            for (std::size_t c = p.firstCounty; c <= p.lastCounty; ++c)
                for (int y = p.fromYear; y <= p.toYear; ++y)
                    s.m_drivers.set(c, p.driver, y, perturbed(p.mode, s.m_drivers.raw(c, p.driver, y), input));
        }
    }
    // The projection starts from the (perturbed) last observed year.
    const ResolvedDrivers& drivers = plan.m_drivers.empty() ? m_drivers : s.m_drivers;
    const Projector::Start* start = &m_start;
    if (!plan.m_statistics.empty()) {
        Projector::readStart(IndicatorKernel(observed), m_countyIds, m_start.lastYear, s.m_start);
        start = &s.m_start;
    }
    s.m_fault = Projector::run(*start, drivers, m_hasCity, s.m_projection);
    if (s.m_fault.kind != ProjectionFault::None) {
        std::fill(s.m_targets.begin(), s.m_targets.end(), TargetOutcome{});
        std::fill(s.m_counties.begin(), s.m_counties.end(), TargetOutcome{});
        return false;
    }
    s.m_overlay.setTable(s.m_projection.data(), s.m_projection.firstYear(), s.m_projection.lastYear());
    EngineView view = observed;
    view.setOverlay(&s.m_overlay);
    judgeAll(view, s);
    return true;
}

void ScenarioModel::judgeAll(const EngineView& view, Scratch& s) const {
    const IndicatorKernel kernel(view);
    NullRecorder quiet;
    for (std::size_t i = 0; i < m_targetSpecs.size(); ++i)
        s.m_targets[i] = m_targetSpecs[i].region == kNoRegion
                             ? TargetOutcome{}
                             : outcomeOf(kernel.judge(m_targetSpecs[i], quiet).verdict);
    for (std::size_t i = 0; i < m_countySpecs.size(); ++i)
        s.m_counties[i] = m_countySpecs[i].region == kNoRegion
                              ? TargetOutcome{.status = VerdictStatus::NoQuota}
                              : outcomeOf(kernel.judge(m_countySpecs[i], quiet).verdict);
}

} // namespace jieshui::core
