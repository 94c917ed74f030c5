// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/GoalSeeker.h"

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

Result<GoalSeekResult> GoalSeeker::seekTotalUseCap(const Dataset& observed, const ScenarioSet& scenarios,
                                                   std::string_view scenario, int year, WaterVolume cap,
                                                   bool assessmentScope, const GoalSeekOptions& options) {
    if (scenarios.scenario(scenario) == nullptr)
        return Error(ErrorCode::InvalidValue, "unknown scenario '" + std::string(scenario) + "'");
    ScenarioSet work = scenarios;
    std::string name = "goal-seek";
    while (work.scenario(name) != nullptr)
        name += "'";
    const std::string& city = scenarios.regions().cityCode;
    if (auto st = work.addScenario(declineScenario(name, std::string(scenario), city, 0.0)); st.hasError())
        return st.error();
    const Projector projector(observed, work);
    const ProjectionOptions projection{.horizonYear = year};
    return seekFallible(
        [&](double d) -> Result<bool> {
            if (auto st = work.replaceScenario(declineScenario(name, std::string(scenario), city, d));
                st.hasError())
                return st.error();
            auto p = projector.projectSeries(name, projection);
            if (p.hasError())
                return p.error();
            const auto& codes = p.value().regionCodes();
            auto total = p.value().totalUse(codes.back(), year, assessmentScope);
            if (!total)
                return Error(ErrorCode::MissingData, "no projected water use for the city",
                             {.region = codes.back(), .year = year});
            return *total <= cap;
        },
        options);
}

Result<GoalSeekResult> GoalSeeker::seekTarget(const Dataset& observed, const ScenarioSet& scenarios,
                                              std::string_view scenario, const PlanTarget& target,
                                              const EvaluationOptions& evaluation,
                                              const GoalSeekOptions& options) {
    if (scenarios.scenario(scenario) == nullptr)
        return Error(ErrorCode::InvalidValue, "unknown scenario '" + std::string(scenario) + "'");
    if (target.indicator == Indicator::TaskMilestone)
        return Error(ErrorCode::InvalidValue, "a task milestone does not depend on water intensity",
                     {.region = target.regionCode, .year = target.year});
    ScenarioSet work = scenarios;
    std::string name = "goal-seek";
    while (work.scenario(name) != nullptr)
        name += "'";
    const std::string& city = scenarios.regions().cityCode;
    if (auto st = work.addScenario(declineScenario(name, std::string(scenario), city, 0.0)); st.hasError())
        return st.error();
    const Projector projector(observed, work);
    const ProjectionOptions projection{.horizonYear = std::max(target.year, 2035)};
    EvaluationOptions judging = evaluation;
    judging.scenario = name;
    return seekFallible(
        [&](double d) -> Result<bool> {
            if (auto st = work.replaceScenario(declineScenario(name, std::string(scenario), city, d));
                st.hasError())
                return st.error();
            auto projected = projector.project(name, projection);
            if (projected.hasError())
                return projected.error();
            const Verdict v = Evaluator(projected.value()).judge(target, judging);
            if (!v.value)
                return Error(ErrorCode::MissingData,
                             "the engine cannot compute the target's value: " + v.explanation,
                             {.region = target.regionCode, .year = target.year});
            return target.comparator == Comparator::AtMost ? v.value->value <= target.value
                                                           : v.value->value >= target.value;
        },
        options);
}

} // namespace jieshui::core
