// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ScenarioLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"
#include "scenario/DriverTraits.h"
#include "units/UnitParser.h"

#include <map>
#include <set>
#include <tuple>

namespace jieshui::core {

namespace {

std::string driverIds() {
    std::string out;
    for (Driver d : DriverTraits::all)
        out += (out.empty() ? "" : ", ") + std::string(driverId(d));
    return out;
}

} // namespace

Result<std::vector<Scenario>> ScenarioLoader::fromFiles(const std::filesystem::path& scenariosPath,
                                                        const std::filesystem::path& overridesPath) {
    m_report.clear();
    auto scenarios = CsvReader::readFile(scenariosPath);
    if (scenarios.hasError()) {
        m_report.add(scenarios.error());
        return scenarios.error();
    }
    if (overridesPath.empty())
        return fromText(scenarios.value(), scenariosPath.string());
    auto overrides = CsvReader::readFile(overridesPath);
    if (overrides.hasError()) {
        m_report.add(overrides.error());
        return overrides.error();
    }
    return fromText(scenarios.value(), scenariosPath.string(), overrides.value(), overridesPath.string());
}

Result<std::vector<Scenario>> ScenarioLoader::fromText(std::string_view scenariosText,
                                                       const std::string& scenariosName,
                                                       std::string_view overridesText,
                                                       const std::string& overridesName) {
    m_report.clear();
    auto parsed = CsvReader::parse(scenariosText, scenariosName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table, {"name", "parent", "description_zh", "description_en"},
                                 {"name_zh", "name_en"}, m_report))
        return m_report.combined();

    std::vector<Scenario> scenarios;
    std::vector<int> lines;
    std::map<std::string, std::size_t, std::less<>> index;
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        Scenario s;
        s.name = f.text("name");
        s.parent = f.text("parent");
        s.descriptionZh = f.text("description_zh");
        s.descriptionEn = f.text("description_en");
        s.nameZh = f.text("name_zh");
        s.nameEn = f.text("name_en");
        if (!isScenarioId(s.name)) {
            f.error(ErrorCode::InvalidValue,
                    "scenario name '" + s.name + "' must be an identifier (letters, digits, '-', '_')",
                    "name");
            continue;
        }
        if (!index.emplace(s.name, scenarios.size()).second) {
            f.error(ErrorCode::DuplicateRow, "scenario '" + s.name + "' is defined twice", "name");
            continue;
        }
        scenarios.push_back(std::move(s));
        lines.push_back(record.line);
    }

    int baselines = 0;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const Scenario& s = scenarios[i];
        const ErrorLocation at{.file = scenariosName, .line = lines[i], .field = "parent"};
        if (s.parent.empty()) {
            if (++baselines == 2)
                m_report.add(
                    Error(ErrorCode::InvalidValue, "a second baseline (a scenario without parent)", at));
            continue;
        }
        if (index.count(s.parent) == 0) {
            m_report.add(
                Error(ErrorCode::InvalidValue, "parent scenario '" + s.parent + "' is not defined", at));
            continue;
        }
        // Follow the parents; more steps than scenarios means a cycle.
        std::string current = s.parent;
        for (std::size_t steps = 0; !current.empty(); ++steps) {
            if (current == s.name || steps > scenarios.size()) {
                m_report.add(
                    Error(ErrorCode::InvalidValue, "scenario '" + s.name + "' inherits from itself", at));
                break;
            }
            auto it = index.find(current);
            if (it == index.end())
                break;
            current = scenarios[it->second].parent;
        }
    }
    if (baselines == 0 && !scenarios.empty())
        m_report.add(Error(ErrorCode::MissingData, "no baseline: one scenario must have an empty parent",
                           {.file = scenariosName, .field = "parent"}));

    if (!overridesName.empty())
        readOverrides(scenarios, overridesText, overridesName);
    if (m_report.hasErrors())
        return m_report.combined();
    return scenarios;
}

void ScenarioLoader::readOverrides(std::vector<Scenario>& scenarios, std::string_view text,
                                   const std::string& displayName) {
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return;
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table, {"scenario", "region_code", "driver", "from_year", "value", "unit"},
                                 {}, m_report))
        return;
    const Region* root = m_context.root();
    std::set<std::tuple<std::string, std::string, Driver, int>> seen;
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        const std::size_t errorsBefore = m_report.totalCount();
        const std::string scenarioName = f.text("scenario");
        DriverOverride o;
        o.regionCode = f.text("region_code");
        f.setRegion(o.regionCode);
        Scenario* scenario = nullptr;
        for (Scenario& s : scenarios)
            if (s.name == scenarioName)
                scenario = &s;
        if (scenario == nullptr)
            f.error(ErrorCode::InvalidValue, "scenario '" + scenarioName + "' is not in the scenarios file",
                    "scenario");
        const Region* region = m_context.region(o.regionCode);
        if (region == nullptr || (region->kind != RegionKind::County && region != root))
            f.error(ErrorCode::UnknownRegion,
                    "region '" + o.regionCode + "' is neither the city nor a county", "region_code");
        const std::string driverText = f.text("driver");
        const auto driver = driverFromId(driverText);
        if (!driver)
            f.error(ErrorCode::InvalidValue, "unknown driver '" + driverText + "'; known: " + driverIds(),
                    "driver");
        else
            o.driver = *driver;
        if (auto fromYear = f.optionalYear("from_year")) {
            o.fromYear = *fromYear;
            f.setYear(*fromYear);
        }
        auto value = f.number("value");
        const std::string unitText = f.text("unit");
        auto converted =
            value ? UnitParser::toBase(*value, unitText, Dimension::Fraction) : Result<double>(0.0);
        if (converted.hasError())
            f.error(converted.error().code(), converted.error().message() + " (use % or 1)", "unit");
        else if (value && driver) {
            o.value = converted.value();
            if (!DriverTraits::inRange(*driver, o.value))
                f.error(ErrorCode::InvalidValue,
                        std::string("value outside the range of ") + driverId(*driver) +
                            (*driver == Driver::IrrigationCoefficient ? " (0, 1]"
                             : DriverTraits::isLevel(*driver)         ? " [0, 1]"
                                                                      : " [-50 %, +100 %] per year"),
                        "value");
        }
        if (m_report.totalCount() != errorsBefore || scenario == nullptr)
            continue;
        if (!seen.emplace(scenarioName, o.regionCode, o.driver, o.fromYear).second) {
            f.error(ErrorCode::DuplicateRow, "the same scenario, region, driver and from_year twice",
                    "driver");
            continue;
        }
        scenario->overrides.push_back(std::move(o));
    }
}

} // namespace jieshui::core
