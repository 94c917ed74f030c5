// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioEditor.h"

#include "scenario/DriverTraits.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace jieshui::core {

namespace {

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

std::string number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

std::string rangeText(Driver d) {
    if (d == Driver::IrrigationCoefficient)
        return "(0, 1]";
    if (DriverTraits::isLevel(d))
        return "[0, 1]";
    return "[-0.5, 1] per year";
}

bool sameKey(const DriverOverride& o, std::string_view region, Driver driver, int fromYear) {
    return o.regionCode == region && o.driver == driver && o.fromYear == fromYear;
}

} // namespace

Error ScenarioProblem::toError() const {
    const std::string in = scenario.empty() ? std::string() : "scenario " + quoted(scenario) + ": ";
    const ErrorLocation overrideAt{.field = driverId(driver), .region = region, .year = year};
    switch (kind) {
    case Kind::InvalidId:
        return Error(
            ErrorCode::InvalidValue,
            "scenario id " + quoted(scenario) +
                " must be an identifier (letters, digits, '-', '_', starting with a letter or digit)",
            {.field = "name"});
    case Kind::DuplicateId:
        return Error(ErrorCode::DuplicateRow, "scenario " + quoted(scenario) + " exists already",
                     {.field = "name"});
    case Kind::UnknownScenario:
        return Error(ErrorCode::InvalidValue, "the project has no scenario " + quoted(scenario));
    case Kind::UnknownParent:
        return Error(ErrorCode::InvalidValue,
                     in + "the parent " + quoted(parent) + " is not a scenario of the project",
                     {.field = "parent"});
    case Kind::NeedsParent:
        return Error(ErrorCode::InvalidValue,
                     in + "a new scenario needs a parent (a project has one baseline)", {.field = "parent"});
    case Kind::HasHeirs: {
        std::string names;
        for (const std::string& h : heirs)
            names += (names.empty() ? "" : ", ") + quoted(h);
        return Error(ErrorCode::InvalidValue, "scenario " + quoted(scenario) +
                                                  " cannot be deleted: " + names + " inherit" +
                                                  (heirs.size() == 1 ? "s" : "") + " from it");
    }
    case Kind::UnknownRegion:
        return Error(ErrorCode::UnknownRegion,
                     in + "override for region " + quoted(region) +
                         ", which is neither the city nor one of its counties",
                     overrideAt);
    case Kind::ImplausibleYear:
        return Error(ErrorCode::InvalidValue,
                     in + "first year " + std::to_string(year) + " is not a plausible year", overrideAt);
    case Kind::OutOfRange:
        return Error(ErrorCode::InvalidValue,
                     in + "value " + number(value) + " of " + driverId(driver) + " is outside " +
                         rangeText(driver),
                     overrideAt);
    case Kind::NoSuchOverride:
        return Error(ErrorCode::InvalidValue,
                     in + "no override of " + std::string(driverId(driver)) + " for region " +
                         quoted(region) +
                         (year == 0 ? std::string(" for every year") : " from " + std::to_string(year)),
                     overrideAt);
    case Kind::DuplicateOverride:
        return Error(ErrorCode::DuplicateRow,
                     in + "an override of " + std::string(driverId(driver)) + " for region " +
                         quoted(region) +
                         (year == 0 ? std::string(" for every year") : " from " + std::to_string(year)) +
                         " exists already",
                     overrideAt);
    case Kind::NoSuchPosition:
        return Error(ErrorCode::InvalidValue, in + "no such position in the list");
    }
    return Error(ErrorCode::InvalidValue, in + "refused");
}

ScenarioEditor::ScenarioEditor(std::vector<Scenario>& scenarios, ScenarioRegions regions)
    : m_scenarios(scenarios), m_regions(std::move(regions)) {}

std::optional<ScenarioProblem> ScenarioEditor::checkOverride(const DriverOverride& o,
                                                             const ScenarioRegions& regions,
                                                             std::string_view scenario) {
    ScenarioProblem p{.scenario = std::string(scenario),
                      .driver = o.driver,
                      .region = o.regionCode,
                      .year = o.fromYear,
                      .value = o.value};
    const bool known = o.regionCode == regions.cityCode ||
                       std::find(regions.countyCodes.begin(), regions.countyCodes.end(), o.regionCode) !=
                           regions.countyCodes.end();
    if (!known) {
        p.kind = ScenarioProblem::Kind::UnknownRegion;
        return p;
    }
    if (o.fromYear != 0 && (o.fromYear < 1900 || o.fromYear > 2200)) {
        p.kind = ScenarioProblem::Kind::ImplausibleYear;
        return p;
    }
    if (!DriverTraits::inRange(o.driver, o.value)) {
        p.kind = ScenarioProblem::Kind::OutOfRange;
        return p;
    }
    return std::nullopt;
}

std::optional<std::size_t> ScenarioEditor::indexOf(const std::vector<Scenario>& scenarios,
                                                   std::string_view id) {
    for (std::size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].name == id)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> ScenarioEditor::overrideIndex(const Scenario& scenario, std::string_view region,
                                                         Driver driver, int fromYear) {
    for (std::size_t i = 0; i < scenario.overrides.size(); ++i)
        if (sameKey(scenario.overrides[i], region, driver, fromYear))
            return i;
    return std::nullopt;
}

std::vector<std::string> ScenarioEditor::heirsOf(const std::vector<Scenario>& scenarios,
                                                 std::string_view id) {
    std::vector<std::string> out;
    for (const Scenario& s : scenarios)
        if (!s.parent.empty() && s.parent == id)
            out.push_back(s.name);
    return out;
}

std::string ScenarioEditor::uniqueId(const std::vector<Scenario>& scenarios, std::string_view base) {
    std::string id(base);
    for (int n = 2; indexOf(scenarios, id); ++n)
        id = std::string(base) + "-" + std::to_string(n);
    return id;
}

Scenario* ScenarioEditor::find(std::string_view id) {
    const auto i = indexOf(m_scenarios, id);
    return i ? &m_scenarios[*i] : nullptr;
}

std::optional<ScenarioProblem> ScenarioEditor::checkCreate(const Scenario& s) const {
    using Kind = ScenarioProblem::Kind;
    if (!isScenarioId(s.name))
        return ScenarioProblem{.kind = Kind::InvalidId, .scenario = s.name};
    if (indexOf(m_scenarios, s.name))
        return ScenarioProblem{.kind = Kind::DuplicateId, .scenario = s.name};
    // One baseline per project (the loaders refuse a second): a project without scenarios may get one.
    if (s.parent.empty() && !m_scenarios.empty())
        return ScenarioProblem{.kind = Kind::NeedsParent, .scenario = s.name};
    if (!s.parent.empty() && !indexOf(m_scenarios, s.parent))
        return ScenarioProblem{.kind = Kind::UnknownParent, .scenario = s.name, .parent = s.parent};
    std::set<std::tuple<std::string, Driver, int>> keys;
    for (const DriverOverride& o : s.overrides) {
        if (auto p = checkOverride(o, m_regions, s.name))
            return p;
        if (!keys.emplace(o.regionCode, o.driver, o.fromYear).second)
            return ScenarioProblem{.kind = Kind::DuplicateOverride,
                                   .scenario = s.name,
                                   .driver = o.driver,
                                   .region = o.regionCode,
                                   .year = o.fromYear,
                                   .value = o.value};
    }
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::checkRemove(std::string_view id) const {
    using Kind = ScenarioProblem::Kind;
    if (!indexOf(m_scenarios, id))
        return ScenarioProblem{.kind = Kind::UnknownScenario, .scenario = std::string(id)};
    if (auto heirs = heirsOf(m_scenarios, id); !heirs.empty())
        return ScenarioProblem{
            .kind = Kind::HasHeirs, .scenario = std::string(id), .heirs = std::move(heirs)};
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::create(Scenario s, std::optional<std::size_t> position) {
    if (auto p = checkCreate(s))
        return p;
    if (position && *position > m_scenarios.size())
        return ScenarioProblem{.kind = ScenarioProblem::Kind::NoSuchPosition, .scenario = s.name};
    if (!position) {
        // After the parent's subtree, so that a tree read top to bottom keeps families together.
        std::set<std::string, std::less<>> family{s.parent};
        std::size_t last = m_scenarios.size() - (m_scenarios.empty() ? 0 : 1);
        for (std::size_t i = 0; i < m_scenarios.size(); ++i) {
            const Scenario& x = m_scenarios[i];
            if (family.count(x.name) != 0 || family.count(x.parent) != 0) {
                family.insert(x.name);
                last = i;
            }
        }
        position = m_scenarios.empty() ? 0 : last + 1;
    }
    m_scenarios.insert(m_scenarios.begin() + std::ptrdiff_t(*position), std::move(s));
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::remove(std::string_view id) {
    if (auto p = checkRemove(id))
        return p;
    m_scenarios.erase(m_scenarios.begin() + std::ptrdiff_t(*indexOf(m_scenarios, id)));
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::move(std::string_view id, std::size_t position) {
    const auto from = indexOf(m_scenarios, id);
    if (!from)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::UnknownScenario, .scenario = std::string(id)};
    if (position >= m_scenarios.size())
        return ScenarioProblem{.kind = ScenarioProblem::Kind::NoSuchPosition, .scenario = std::string(id)};
    Scenario moved = std::move(m_scenarios[*from]);
    m_scenarios.erase(m_scenarios.begin() + std::ptrdiff_t(*from));
    m_scenarios.insert(m_scenarios.begin() + std::ptrdiff_t(position), std::move(moved));
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::describe(std::string_view id, std::string nameZh,
                                                        std::string nameEn, std::string descriptionZh,
                                                        std::string descriptionEn) {
    Scenario* s = find(id);
    if (s == nullptr)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::UnknownScenario, .scenario = std::string(id)};
    s->nameZh = std::move(nameZh);
    s->nameEn = std::move(nameEn);
    s->descriptionZh = std::move(descriptionZh);
    s->descriptionEn = std::move(descriptionEn);
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::setOverride(std::string_view id, const DriverOverride& o) {
    Scenario* s = find(id);
    if (s == nullptr)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::UnknownScenario, .scenario = std::string(id)};
    if (auto p = checkOverride(o, m_regions, id))
        return p;
    if (const auto i = overrideIndex(*s, o.regionCode, o.driver, o.fromYear))
        s->overrides[*i].value = o.value; // in its place: the edited row stays where it was
    else
        s->overrides.push_back(o);
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::replaceOverride(std::string_view id, std::size_t index,
                                                               const DriverOverride& o) {
    Scenario* s = find(id);
    if (s == nullptr)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::UnknownScenario, .scenario = std::string(id)};
    if (index >= s->overrides.size())
        return ScenarioProblem{.kind = ScenarioProblem::Kind::NoSuchPosition, .scenario = std::string(id)};
    if (auto p = checkOverride(o, m_regions, id))
        return p;
    if (const auto other = overrideIndex(*s, o.regionCode, o.driver, o.fromYear); other && *other != index)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::DuplicateOverride,
                               .scenario = std::string(id),
                               .driver = o.driver,
                               .region = o.regionCode,
                               .year = o.fromYear,
                               .value = o.value};
    s->overrides[index] = o;
    return std::nullopt;
}

std::optional<ScenarioProblem> ScenarioEditor::removeOverride(std::string_view id, std::string_view region,
                                                              Driver driver, int fromYear) {
    Scenario* s = find(id);
    if (s == nullptr)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::UnknownScenario, .scenario = std::string(id)};
    const auto i = overrideIndex(*s, region, driver, fromYear);
    if (!i)
        return ScenarioProblem{.kind = ScenarioProblem::Kind::NoSuchOverride,
                               .scenario = std::string(id),
                               .driver = driver,
                               .region = std::string(region),
                               .year = fromYear};
    s->overrides.erase(s->overrides.begin() + std::ptrdiff_t(*i));
    return std::nullopt;
}

} // namespace jieshui::core
