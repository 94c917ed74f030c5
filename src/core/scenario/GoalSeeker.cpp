// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/GoalSeeker.h"

#include "engine/NullRecorder.h"

#include <algorithm>
#include <cmath>

namespace jieshui::core {

namespace {
std::string percentText(double fraction) {
    const double p = std::round(fraction * 1000.0) / 10.0;
    std::string s = std::to_string(p);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}
} // namespace

Result<GoalSeekResult> GoalSeeker::seekFallible(const FalliblePredicate& meetsTarget,
                                                const GoalSeekOptions& options) {
    if (!(options.tolerance > 0.0) || !(options.highestDecline > options.lowestDecline))
        return Error(ErrorCode::InvalidValue,
                     "goal seek needs a positive tolerance and lowest < highest decline");
    GoalSeekResult out;
    auto call = [&](double d) -> Result<bool> {
        ++out.evaluations;
        return meetsTarget(d);
    };
    double lo = options.lowestDecline;
    double hi = options.highestDecline;
    auto atHigh = call(hi);
    if (atHigh.hasError())
        return atHigh.error();
    if (!atHigh.value())
        return Error(ErrorCode::InvalidValue, "target unreachable within [" + percentText(lo) + ", " +
                                                  percentText(hi) +
                                                  " %/yr] of uniform annual intensity decline");
    auto atLow = call(lo);
    if (atLow.hasError())
        return atLow.error();
    if (atLow.value()) {
        out.annualDecline = ratio(lo);
        return out;
    }
    // Invariant: lo fails, hi meets.
    while (hi - lo > options.tolerance) {
        const double mid = 0.5 * (lo + hi);
        auto m = call(mid);
        if (m.hasError())
            return m.error();
        (m.value() ? hi : lo) = mid;
    }
    out.annualDecline = ratio(hi);
    return out;
}

Result<GoalSeekResult> GoalSeeker::seek(const Predicate& meetsTarget, const GoalSeekOptions& options) {
    return seekFallible([&](double d) -> Result<bool> { return meetsTarget(d); }, options);
}

const std::vector<Driver>& GoalSeeker::intensityDrivers() {
    static const std::vector<Driver> drivers{
        Driver::AgricultureIntensityChange, Driver::IndustryIntensityChange, Driver::DomesticIntensityChange};
    return drivers;
}

Scenario GoalSeeker::declineScenario(const std::string& name, const std::string& parent,
                                     const std::string& cityCode, double decline) {
    Scenario s{.name = name,
               .parent = parent,
               .descriptionZh = "目标反推：各县用水强度每年下降 " + percentText(decline) + "%",
               .descriptionEn =
                   "Goal seek: every county's water intensity falls " + percentText(decline) + " % a year"};
    for (Driver d : intensityDrivers())
        s.overrides.push_back({.regionCode = cityCode, .driver = d, .fromYear = 0, .value = -decline});
    return s;
}

void GoalSeeker::applyDecline(const ResolvedDrivers& base, double decline, ResolvedDrivers& drivers) {
    drivers = base;
    for (std::size_t c = 0; c < base.countyCodes().size(); ++c)
        for (Driver d : intensityDrivers())
            drivers.setFrom(c, d, base.firstYear(), -decline);
}

namespace {
/** What every step of a goal seek reuses: the drivers, one projection buffer and the engine over it. */
struct SeekBuffers {
    ResolvedDrivers base;
    ResolvedDrivers drivers;
    Projection projection;
    ValueOverlay overlay;
    EngineView view;
    IndicatorKernel kernel;

    SeekBuffers(const Projector& projector, ResolvedDrivers resolved, Projection table)
        : base(std::move(resolved)), drivers(base), projection(std::move(table)),
          overlay(projector.overlayLayout()), view(projector.observed(), &overlay), kernel(view) {
        overlay.setTable(projection.data(), projection.firstYear(), projection.lastYear());
    }
    /** Projects the scenario with @p decline; false with @p error on a projection fault. */
    bool project(const Projector& projector, double decline, Error& error) {
        GoalSeeker::applyDecline(base, decline, drivers);
        const ProjectionFault fault = Projector::run(projector.start(), drivers, projector.hasCity(), projection);
        if (fault.kind == ProjectionFault::None)
            return true;
        error = Projector::error(fault, projector.scenarios().regions(), projector.start().lastYear);
        return false;
    }
};

Error unknownScenario(std::string_view scenario) {
    return Error(ErrorCode::InvalidValue, "unknown scenario '" + std::string(scenario) + "'");
}
} // namespace

Result<GoalSeekResult> GoalSeeker::seekTotalUseCap(const Dataset& observed, const ScenarioSet& scenarios,
                                                   std::string_view scenario, int year, WaterVolume cap,
                                                   bool assessmentScope, const GoalSeekOptions& options) {
    if (scenarios.scenario(scenario) == nullptr)
        return unknownScenario(scenario);
    const Projector projector(observed, scenarios);
    return seekTotalUseCap(projector, scenario, year, cap, assessmentScope, options);
}

Result<GoalSeekResult> GoalSeeker::seekTotalUseCap(const Projector& projector, std::string_view scenario, int year,
                                                   WaterVolume cap, bool assessmentScope,
                                                   const GoalSeekOptions& options) {
    if (projector.scenarios().scenario(scenario) == nullptr)
        return unknownScenario(scenario);
    const int last = projector.lastObservedYear();
    auto drivers = projector.resolveDrivers(scenario, last, year);
    if (drivers.hasError())
        return drivers.error();
    SeekBuffers buffers(projector, std::move(drivers).value(), projector.emptyProjection(scenario, last, year));
    // The city: the projection's last row (the only county when the city has none).
    const RegionId city = projector.hasCity() ? projector.cityId() : projector.countyIds().back();
    const std::string& cityCode = buffers.projection.regionCodes().back();
    const Indicator total = assessmentScope ? Indicator::TotalWaterUseAssessment : Indicator::TotalWaterUse;
    return seekFallible(
        [&](double d) -> Result<bool> {
            Error error(ErrorCode::MissingData, {});
            if (!buffers.project(projector, d, error))
                return error;
            NullRecorder quiet;
            const EngineValue v =
                city == kNoRegion ? EngineValue{} : buffers.kernel.compute(total, city, year, 2015, quiet);
            if (!v.ok)
                return Error(ErrorCode::MissingData, "no projected water use for the city",
                             {.region = cityCode, .year = year});
            return v.value <= cap.value();
        },
        options);
}

Result<GoalSeekResult> GoalSeeker::seekTarget(const Dataset& observed, const ScenarioSet& scenarios,
                                              std::string_view scenario, const PlanTarget& target,
                                              const EvaluationOptions& evaluation, const GoalSeekOptions& options) {
    if (scenarios.scenario(scenario) == nullptr)
        return unknownScenario(scenario);
    const Projector projector(observed, scenarios);
    return seekTarget(projector, scenario, target, evaluation, options);
}

Result<GoalSeekResult> GoalSeeker::seekTarget(const Projector& projector, std::string_view scenario,
                                              const PlanTarget& target, const EvaluationOptions& evaluation,
                                              const GoalSeekOptions& options) {
    if (projector.scenarios().scenario(scenario) == nullptr)
        return unknownScenario(scenario);
    if (target.indicator == Indicator::TaskMilestone)
        return Error(ErrorCode::InvalidValue, "a task milestone does not depend on water intensity",
                     {.region = target.regionCode, .year = target.year});
    const int last = projector.lastObservedYear();
    const int horizon = std::max(target.year, 2035);
    auto drivers = projector.resolveDrivers(scenario, last, horizon);
    if (drivers.hasError())
        return drivers.error();
    SeekBuffers buffers(projector, std::move(drivers).value(), projector.emptyProjection(scenario, last, horizon));
    const TargetSpec spec = TargetSpec::of(target, projector.observed(), evaluation);
    return seekFallible(
        [&](double d) -> Result<bool> {
            Error error(ErrorCode::MissingData, {});
            if (!buffers.project(projector, d, error))
                return error;
            NullRecorder quiet;
            const TargetJudgement j = spec.region == kNoRegion ? TargetJudgement{} : buffers.kernel.judge(spec, quiet);
            if (!j.verdict.hasValue) {
                EvaluationOptions judging = evaluation;
                judging.scenario = "goal-seek";
                const Evaluator text(projector.sharedObserved(), &buffers.overlay);
                return Error(ErrorCode::MissingData,
                             "the engine cannot compute the target's value: " + text.judge(target, judging).explanation,
                             {.region = target.regionCode, .year = target.year});
            }
            return target.comparator == Comparator::AtMost ? j.verdict.shown.value <= target.value
                                                           : j.verdict.shown.value >= target.value;
        },
        options);
}

} // namespace jieshui::core
