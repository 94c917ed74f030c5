// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/AllocationLoader.h"

#include "io/CsvFields.h"
#include "io/CsvReader.h"
#include "units/UnitParser.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace jieshui::core {

Result<std::vector<Allocation>> AllocationLoader::fromFile(const std::filesystem::path& path) {
    m_report.clear();
    auto text = CsvReader::readFile(path);
    if (text.hasError()) {
        m_report.add(text.error());
        return text.error();
    }
    return fromText(text.value(), path.string());
}

Result<std::vector<Allocation>> AllocationLoader::fromText(std::string_view text,
                                                           const std::string& displayName) {
    m_report.clear();
    auto parsed = CsvReader::parse(text, displayName, m_report);
    if (parsed.hasError())
        return parsed.error();
    const CsvTable& table = parsed.value();
    if (!CsvFields::checkColumns(table,
                                 {"id", "scenario", "parent_region", "year", "cap", "cap_unit", "method",
                                  "base_year", "region_code", "share", "share_unit", "manual"},
                                 {}, m_report))
        return m_report.combined();

    std::vector<Allocation> allocations;
    std::map<std::string, std::pair<std::size_t, int>, std::less<>> index; // id → (position, first line)
    for (const CsvRecord& record : table.records()) {
        CsvFields f(table, record, m_report);
        const std::size_t errorsBefore = m_report.totalCount();
        Allocation a;
        a.id = f.requiredText("id").value_or("");
        a.scenario = f.text("scenario");
        a.parentRegion = f.text("parent_region");
        f.setRegion(a.parentRegion);
        if (auto year = f.year("year")) {
            a.year = *year;
            f.setYear(*year);
        }
        if (!m_scenarioNames.empty() &&
            std::find(m_scenarioNames.begin(), m_scenarioNames.end(), a.scenario) == m_scenarioNames.end())
            f.error(ErrorCode::InvalidValue, "scenario '" + a.scenario + "' is not defined", "scenario");
        if (m_context.region(a.parentRegion) == nullptr)
            f.error(ErrorCode::UnknownRegion, "unknown parent region '" + a.parentRegion + "'",
                    "parent_region");
        if (auto cap = f.number("cap")) {
            auto base = UnitParser::toBase(*cap, f.text("cap_unit"), Dimension::Volume);
            if (base.hasError())
                f.error(base.error().code(), base.error().message(), "cap_unit");
            else if (base.value() <= 0)
                f.error(ErrorCode::InvalidValue, "a cap must be greater than zero", "cap");
            else
                a.cap = base.value();
        }
        const std::string methodText = f.text("method");
        if (auto method = allocationMethodFromId(methodText))
            a.method = *method;
        else
            f.error(ErrorCode::InvalidValue,
                    "method '" + methodText +
                        "' is not one of base-year-share, equal-intensity, gdp-share, manual",
                    "method");
        if (auto baseYear = f.optionalYear("base_year"); baseYear && *baseYear != 0)
            a.baseYear = *baseYear;

        AllocationShare share;
        share.regionCode = f.text("region_code");
        const Region* child = m_context.region(share.regionCode);
        if (child == nullptr)
            f.error(ErrorCode::UnknownRegion, "unknown region code '" + share.regionCode + "'",
                    "region_code");
        else if (child->parentCode != a.parentRegion)
            f.error(ErrorCode::InvalidValue,
                    "region '" + share.regionCode + "' is not a child of '" + a.parentRegion + "'",
                    "region_code");
        if (auto value = f.number("share")) {
            const std::string unitText = f.text("share_unit");
            auto unit = UnitParser::parse(unitText);
            if (unit.hasError())
                f.error(ErrorCode::UnknownUnit, unit.error().message(), "share_unit");
            else if (unit.value().dimension == Dimension::Volume)
                share.volume = *value * unit.value().toBase;
            else if (unit.value().dimension == Dimension::Fraction)
                share.volume = *value * unit.value().toBase * a.cap;
            else
                f.error(ErrorCode::UnitMismatch,
                        "share_unit '" + unitText + "' is neither a volume unit nor % or 1", "share_unit");
            if (share.volume < 0)
                f.error(ErrorCode::InvalidValue, "a share cannot be negative", "share");
        }
        if (auto manual = f.flag("manual"))
            share.manual = *manual;
        if (m_report.totalCount() != errorsBefore)
            continue;

        auto found = index.find(a.id);
        if (found == index.end()) {
            index.emplace(a.id, std::pair{allocations.size(), record.line});
            a.shares.push_back(std::move(share));
            allocations.push_back(std::move(a));
            continue;
        }
        Allocation& first = allocations[found->second.first];
        const bool sameHead = first.scenario == a.scenario && first.parentRegion == a.parentRegion &&
                              first.year == a.year && std::abs(first.cap - a.cap) <= 1e-9 * first.cap &&
                              first.method == a.method && first.baseYear == a.baseYear;
        if (!sameHead) {
            f.error(ErrorCode::InvalidValue,
                    "scenario, parent_region, year, cap, method or base_year differ from the first row of "
                    "allocation '" +
                        a.id + "' (line " + std::to_string(found->second.second) + ")",
                    "id");
            continue;
        }
        const bool twice =
            std::any_of(first.shares.begin(), first.shares.end(),
                        [&](const AllocationShare& s) { return s.regionCode == share.regionCode; });
        if (twice) {
            f.error(ErrorCode::DuplicateRow,
                    "region '" + share.regionCode + "' has two shares in allocation '" + a.id + "'",
                    "region_code");
            continue;
        }
        first.shares.push_back(std::move(share));
    }
    if (m_report.hasErrors())
        return m_report.combined();
    for (Allocation& a : allocations) {
        double sum = 0.0;
        for (const AllocationShare& s : a.shares)
            sum += s.volume;
        a.remainder = a.cap - sum;
    }
    return allocations;
}

} // namespace jieshui::core
