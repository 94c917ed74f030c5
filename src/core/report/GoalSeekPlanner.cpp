// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/GoalSeekPlanner.h"

#include "report/EvaluationService.h"
#include "scenario/GoalSeeker.h"
#include "scenario/ScenarioEditor.h"

#include <cstdio>

namespace jieshui::core {

namespace {

bool isCapIndicator(Indicator i) {
    return i == Indicator::TotalWaterUse || i == Indicator::TotalWaterUseAssessment;
}

std::vector<DriverOverride> declineOverrides(const std::string& region, double decline) {
    std::vector<DriverOverride> out;
    for (Driver d : GoalSeeker::intensityDrivers())
        out.push_back({.regionCode = region, .driver = d, .fromYear = 0, .value = -decline});
    return out;
}

std::vector<DriverOverride> growthOverrides(const std::string& region, double growth) {
    return {{.regionCode = region, .driver = Driver::GdpRealGrowth, .fromYear = 0, .value = growth},
            {.regionCode = region, .driver = Driver::IvaRealGrowth, .fromYear = 0, .value = growth}};
}

std::string percentText(double fraction) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", fraction * 100.0);
    return buffer;
}

} // namespace

GoalSeekPlanner::GoalSeekPlanner(const EvaluationService& service) : m_service(service) {}

Result<GoalSeekOutcome> GoalSeekPlanner::seek(std::string_view scenario, std::string_view targetId) const {
    if (m_service.scenarios().empty())
        return Error(ErrorCode::InvalidValue,
                     "the project has no scenarios: a goal seek needs one to build on");
    auto evaluated = m_service.evaluate(scenario);
    if (evaluated.hasError())
        return evaluated.error();
    const ScenarioResult& base = evaluated.value();
    std::optional<std::size_t> index;
    for (std::size_t i = 0; i < base.verdicts().size(); ++i)
        if (base.verdicts()[i].target.id == targetId)
            index = i;
    if (!index)
        return Error(ErrorCode::InvalidValue, "the plan has no target '" + std::string(targetId) + "'");
    const PlanTarget& target = base.verdicts()[*index].target;
    if (target.indicator == Indicator::TaskMilestone)
        return Error(ErrorCode::InvalidValue, "a task milestone does not depend on water intensity or growth",
                     {.region = target.regionCode, .year = target.year});
    if (target.year <= base.lastObservedYear())
        return Error(ErrorCode::InvalidValue,
                     "the " + std::to_string(target.year) +
                         " value is observed: no assumption about the projected years changes it",
                     {.region = target.regionCode, .year = target.year});

    GoalSeekOutcome out;
    out.scenario = base.scenario();
    out.target = target;
    out.firstProjectedYear = base.lastObservedYear() + 1;
    const Region* root = m_service.observed().root();
    const std::string cityCode = root != nullptr ? root->code : target.regionCode;

    std::vector<Scenario> variant = m_service.scenarios();
    const std::string trialId = ScenarioEditor::uniqueId(variant, "goal-seek");
    variant.push_back(Scenario{.name = trialId, .parent = out.scenario});
    const std::size_t trial = variant.size() - 1;

    // county = npos: the city's own verdict; else the county's verdict of the city target.
    const auto meets = [&](std::size_t county, std::vector<DriverOverride> overrides) -> Result<bool> {
        variant[trial].overrides = std::move(overrides);
        auto r = m_service.evaluateVariant(variant, trialId);
        if (r.hasError())
            return r.error();
        const std::vector<Verdict>& countyVerdicts = r.value().countyVerdicts(*index);
        const Verdict& v =
            county == std::string::npos ? r.value().verdicts()[*index] : countyVerdicts.at(county);
        return v.status == VerdictStatus::Met;
    };

    const auto find = [&](std::size_t county, const std::string& region,
                          bool growth) -> Result<GoalSeekFinding> {
        // growth: x = highestGrowth − g, so the smallest x that meets is the highest growth that does.
        const double far = growth ? highestGrowth - lowestGrowth : highestDecline;
        const auto overridesAt = [&](double x) {
            return growth ? growthOverrides(region, highestGrowth - x) : declineOverrides(region, x);
        };
        auto atFar = meets(county, overridesAt(far));
        if (atFar.hasError())
            return atFar.error();
        if (!atFar.value())
            return GoalSeekFinding{.outcome = GoalSeekFinding::Outcome::Unreachable};
        GoalSeekOptions options{.lowestDecline = 0.0, .highestDecline = far, .tolerance = tolerance};
        auto found =
            GoalSeeker::seekFallible([&](double x) { return meets(county, overridesAt(x)); }, options);
        if (found.hasError())
            return found.error();
        const double x = found.value().annualDecline.value();
        GoalSeekFinding finding{.outcome = GoalSeekFinding::Outcome::Found};
        finding.value = growth ? highestGrowth - x : x;
        finding.atSearchLimit = growth && x == 0.0;
        return finding;
    };

    const auto answer = [&](std::size_t county, const std::string& region,
                            VerdictStatus now) -> Result<RegionGoalSeek> {
        RegionGoalSeek r{.regionCode = region, .statusNow = now};
        if (now == VerdictStatus::NoData || now == VerdictStatus::NoQuota)
            return r; // nothing to judge against: both levers NotApplicable
        auto decline = find(county, region, false);
        if (decline.hasError())
            return decline.error();
        r.decline = decline.value();
        if (isCapIndicator(target.indicator)) {
            auto ceiling = find(county, region, true);
            if (ceiling.hasError())
                return ceiling.error();
            r.growthCeiling = ceiling.value();
        }
        return r;
    };

    auto city = answer(std::string::npos, cityCode, base.verdicts()[*index].status);
    if (city.hasError())
        return city.error();
    out.city = std::move(city).value();
    const std::vector<Verdict>& counties = base.countyVerdicts(*index);
    for (std::size_t k = 0; k < counties.size(); ++k) {
        auto county = answer(k, counties[k].target.regionCode, counties[k].status);
        if (county.hasError())
            return county.error();
        out.counties.push_back(std::move(county).value());
    }
    return out;
}

Scenario GoalSeekOutcome::toScenario(const std::string& id, bool perCounty, const std::string& cityCode,
                                     std::string_view indicatorNameZh,
                                     std::string_view indicatorNameEn) const {
    Scenario s{.name = id, .parent = scenario};
    const std::string year = std::to_string(target.year);
    s.nameZh = "目标反推：" + std::string(indicatorNameZh) + " " + year;
    s.nameEn = "Goal seek: " + std::string(indicatorNameEn) + " " + year;
    if (!perCounty) {
        if (city.decline.outcome == GoalSeekFinding::Outcome::Found)
            s.overrides = declineOverrides(cityCode, city.decline.value);
        s.descriptionZh = "目标反推：各县区用水强度每年统一下降 " + percentText(city.decline.value) +
                          "%，使" + std::string(indicatorNameZh) + " " + year + " 年全市达标";
        s.descriptionEn = "Goal seek: every county's water intensity falls " +
                          percentText(city.decline.value) + " % a year, so that the city meets " +
                          std::string(indicatorNameEn) + " " + year;
        return s;
    }
    for (const RegionGoalSeek& c : counties)
        if (c.decline.outcome == GoalSeekFinding::Outcome::Found)
            for (DriverOverride& o : declineOverrides(c.regionCode, c.decline.value))
                s.overrides.push_back(std::move(o));
    s.descriptionZh = "目标反推：各县区用水强度按各自所需每年下降，使" + std::string(indicatorNameZh) + " " +
                      year + " 年各县区达标";
    s.descriptionEn = "Goal seek: each county's water intensity falls by what it needs, so that every county "
                      "meets " +
                      std::string(indicatorNameEn) + " " + year;
    return s;
}

} // namespace jieshui::core
