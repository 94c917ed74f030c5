// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioSet.h"

#include "scenario/ScenarioEditor.h"

#include <algorithm>
#include <set>

namespace jieshui::core {

namespace {
constexpr std::size_t notFound = static_cast<std::size_t>(-1);

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

/** Among the overrides of one scenario, the applicable one for (region, driver, year), or nullptr. */
const DriverOverride* applicableOverride(const Scenario& s, std::string_view region, Driver driver,
                                         int year) {
    const DriverOverride* best = nullptr;
    for (const auto& o : s.overrides) {
        if (o.regionCode != region || o.driver != driver || o.fromYear > year)
            continue;
        if (best == nullptr || o.fromYear >= best->fromYear)
            best = &o; // latest fromYear wins; on a tie the later entry (the last edit) wins
    }
    return best;
}
} // namespace

ScenarioRegions ScenarioRegions::fromRegions(const std::vector<Region>& regions) {
    ScenarioRegions out;
    const Region* root = nullptr;
    for (const Region& r : regions)
        if (r.parentCode.empty()) {
            root = &r;
            break;
        }
    if (root == nullptr)
        return out;
    out.cityCode = root->code;
    for (const Region& r : regions)
        if (r.parentCode == root->code && r.kind == RegionKind::County)
            out.countyCodes.push_back(r.code);
    if (out.countyCodes.empty())
        out.countyCodes.push_back(root->code);
    return out;
}

ScenarioRegions ScenarioRegions::fromDataset(const Dataset& dataset) {
    return fromRegions(dataset.regions());
}

ScenarioRegions ScenarioRegions::fromProject(const CompiledProject& project) {
    return fromRegions(project.regions());
}

ScenarioSet::ScenarioSet(ScenarioRegions regions) : m_regions(std::move(regions)) {}

std::size_t ScenarioSet::countyIndex(std::string_view code) const {
    auto it = std::find(m_regions.countyCodes.begin(), m_regions.countyCodes.end(), code);
    return it == m_regions.countyCodes.end() ? notFound
                                             : static_cast<std::size_t>(it - m_regions.countyCodes.begin());
}

bool ScenarioSet::isKnownRegion(std::string_view code) const {
    return code == m_regions.cityCode || countyIndex(code) != notFound;
}

const Scenario* ScenarioSet::scenario(std::string_view name) const {
    for (const auto& s : m_scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

Status ScenarioSet::checkOverride(const DriverOverride& o, const ScenarioRegions& regions,
                                  std::string_view scenarioName) {
    // The one override rule, shared with the edits of the window and the CLI (ScenarioEditor).
    if (auto problem = ScenarioEditor::checkOverride(o, regions, scenarioName))
        return problem->toError();
    return okStatus();
}

Status ScenarioSet::checkScenarioAlone(const Scenario& s) const {
    if (s.name.empty())
        return Error(ErrorCode::InvalidValue, "a scenario needs a name");
    if (!s.parent.empty() && s.parent == s.name)
        return Error(ErrorCode::InvalidValue, "scenario " + quoted(s.name) + " cannot inherit from itself");
    if (!s.parent.empty() && scenario(s.parent) == nullptr)
        return Error(ErrorCode::InvalidValue,
                     "scenario " + quoted(s.name) + " inherits from unknown scenario " + quoted(s.parent));
    for (const auto& o : s.overrides)
        if (auto st = checkOverride(o, m_regions, s.name); st.hasError())
            return st;
    return okStatus();
}

Status ScenarioSet::addScenario(Scenario s) {
    if (scenario(s.name) != nullptr)
        return Error(ErrorCode::DuplicateRow, "scenario " + quoted(s.name) + " exists already");
    if (auto st = checkScenarioAlone(s); st.hasError())
        return st;
    m_scenarios.push_back(std::move(s));
    return okStatus();
}

Status ScenarioSet::replaceScenario(Scenario s) {
    auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                           [&](const Scenario& x) { return x.name == s.name; });
    if (it == m_scenarios.end())
        return Error(ErrorCode::InvalidValue, "no scenario " + quoted(s.name) + " to replace");
    if (auto st = checkScenarioAlone(s); st.hasError())
        return st;
    Scenario old = std::move(*it);
    *it = std::move(s);
    if (auto c = chain(it->name); c.hasError()) { // a new parent may close a cycle
        *it = std::move(old);
        return c.error();
    }
    return okStatus();
}

Status ScenarioSet::removeScenario(std::string_view name) {
    auto it = std::find_if(m_scenarios.begin(), m_scenarios.end(),
                           [&](const Scenario& x) { return x.name == name; });
    if (it == m_scenarios.end())
        return Error(ErrorCode::InvalidValue, "no scenario " + quoted(name) + " to remove");
    for (const auto& s : m_scenarios)
        if (s.parent == name)
            return Error(ErrorCode::InvalidValue, "scenario " + quoted(name) + " cannot be removed: " +
                                                      quoted(s.name) + " inherits from it");
    m_scenarios.erase(it);
    return okStatus();
}

void ScenarioSet::setScenarios(std::vector<Scenario> scenarios) {
    m_scenarios = std::move(scenarios);
}

std::vector<Error> ScenarioSet::validate() const {
    std::vector<Error> errors;
    std::set<std::string, std::less<>> seen;
    for (const auto& s : m_scenarios) {
        if (s.name.empty())
            errors.emplace_back(ErrorCode::InvalidValue, "a scenario needs a name");
        else if (!seen.insert(s.name).second)
            errors.emplace_back(ErrorCode::DuplicateRow,
                                "scenario name " + quoted(s.name) + " is used twice");
        if (!s.parent.empty() && scenario(s.parent) == nullptr)
            errors.emplace_back(ErrorCode::InvalidValue, "scenario " + quoted(s.name) +
                                                             " inherits from unknown scenario " +
                                                             quoted(s.parent));
        for (const auto& o : s.overrides)
            if (auto st = checkOverride(o, m_regions, s.name); st.hasError())
                errors.push_back(st.error());
    }
    // Cycles: report each scenario whose chain does not end at a baseline (once per scenario).
    for (const auto& s : m_scenarios) {
        if (s.parent.empty() || scenario(s.parent) == nullptr)
            continue;
        if (auto c = chain(s.name); c.hasError() && c.error().message().find("cycle") != std::string::npos)
            errors.push_back(c.error());
    }
    return errors;
}

Result<std::vector<const Scenario*>> ScenarioSet::chain(std::string_view name) const {
    std::vector<const Scenario*> out;
    const Scenario* s = scenario(name);
    if (s == nullptr)
        return Error(ErrorCode::InvalidValue, "unknown scenario " + quoted(name));
    while (s != nullptr) {
        if (std::find(out.begin(), out.end(), s) != out.end())
            return Error(ErrorCode::InvalidValue, "scenario " + quoted(name) +
                                                      " is part of an inheritance cycle through " +
                                                      quoted(s->name));
        out.push_back(s);
        if (s->parent.empty())
            break;
        const Scenario* parent = scenario(s->parent);
        if (parent == nullptr)
            return Error(ErrorCode::InvalidValue, "scenario " + quoted(s->name) +
                                                      " inherits from unknown scenario " + quoted(s->parent));
        s = parent;
    }
    return out;
}

Result<double> ScenarioSet::effectiveValue(std::string_view scenarioName, std::string_view countyCode,
                                           Driver driver, int year) const {
    if (countyCode == m_regions.cityCode && countyIndex(countyCode) == notFound)
        return Error(ErrorCode::UnknownRegion,
                     "driver values are defined per county; " + quoted(countyCode) + " is not a county of " +
                         m_regions.cityCode,
                     {.field = driverId(driver), .region = std::string(countyCode), .year = year});
    auto origin = effectiveOrigin(scenarioName, countyCode, driver, year);
    if (origin.hasError())
        return origin.error();
    return origin.value().value;
}

Result<DriverOrigin> ScenarioSet::effectiveOrigin(std::string_view scenarioName, std::string_view regionCode,
                                                  Driver driver, int year) const {
    const ErrorLocation where{.field = driverId(driver), .region = std::string(regionCode), .year = year};
    const bool isCounty = countyIndex(regionCode) != notFound;
    if (!isCounty && regionCode != m_regions.cityCode)
        return Error(ErrorCode::UnknownRegion,
                     "driver values are defined per county; " + quoted(regionCode) + " is not a county of " +
                         m_regions.cityCode,
                     where);
    auto c = chain(scenarioName);
    if (c.hasError())
        return c.error();
    for (const Scenario* s : c.value()) {
        if (isCounty)
            if (const DriverOverride* o = applicableOverride(*s, regionCode, driver, year))
                return DriverOrigin{o->value, s->name, o->regionCode, o->fromYear};
        if (const DriverOverride* o = applicableOverride(*s, m_regions.cityCode, driver, year))
            return DriverOrigin{o->value, s->name, o->regionCode, o->fromYear};
    }
    if (!isCounty)
        return Error(ErrorCode::MissingData, "no city-wide value: each county has its own", where);
    if (auto v = m_baseline.value(regionCode, driver))
        return DriverOrigin{*v, {}, {}, 0};
    return Error(ErrorCode::MissingData,
                 std::string("no baseline value and no override for ") + driverId(driver), where);
}

Result<ResolvedDrivers> ScenarioSet::resolve(std::string_view scenarioName, int firstYear,
                                             int lastYear) const {
    auto c = chain(scenarioName);
    if (c.hasError())
        return c.error();
    ResolvedDrivers out(m_regions.countyCodes, firstYear, lastYear);
    const std::size_t counties = m_regions.countyCodes.size();
    for (std::size_t i = 0; i < counties; ++i) {
        auto it = m_baseline.values().find(m_regions.countyCodes[i]);
        if (it == m_baseline.values().end())
            continue;
        for (Driver d : DriverTraits::all)
            if (auto v = it->second[DriverTraits::index(d)])
                out.setFrom(i, d, firstYear, *v);
    }
    // Apply the levels root first, so nearer levels overwrite farther ones; within a level, city-wide
    // overrides first and county ones after, each in order of fromYear (stable: a later entry wins a tie).
    const auto& levels = c.value();
    for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
        std::vector<const DriverOverride*> ordered;
        for (const auto& o : (*level)->overrides)
            ordered.push_back(&o);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [&](const DriverOverride* a, const DriverOverride* b) {
                             const bool aCity = a->regionCode == m_regions.cityCode;
                             const bool bCity = b->regionCode == m_regions.cityCode;
                             if (aCity != bCity)
                                 return aCity;
                             return a->fromYear < b->fromYear;
                         });
        for (const DriverOverride* o : ordered) {
            if (o->regionCode == m_regions.cityCode) {
                for (std::size_t i = 0; i < counties; ++i)
                    out.setFrom(i, o->driver, o->fromYear, o->value);
            } else if (const std::size_t i = countyIndex(o->regionCode); i != notFound) {
                out.setFrom(i, o->driver, o->fromYear, o->value);
            }
        }
    }
    return out;
}

} // namespace jieshui::core
