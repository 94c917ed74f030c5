// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/CompiledProject.h"

#include "engine/IrrigationCoefficientAggregator.h"
#include "model/Variable.h"

#include <stdexcept>

namespace jieshui::core {

CompiledProject::CompiledProject(const Dataset& dataset, EngineSettings settings) : m_settings(settings) {
    // Variables: the catalogue in the order of Var, then the project's key-task variables.
    const auto& catalog = VariableCatalog::all();
    if (catalog.size() != static_cast<std::size_t>(Var::CatalogCount))
        throw std::logic_error("Var (engine/EngineVariable.h) does not match VariableCatalog::all()");
    for (const VariableInfo& v : catalog)
        m_variableNames.emplace_back(v.id);
    for (const auto& [id, dimension] : dataset.taskVariables())
        m_variableNames.push_back(id);
    if (m_variableNames.size() > 0xFFFF)
        throw std::logic_error("more than 65,535 statistics variables");
    for (std::size_t i = 0; i < m_variableNames.size(); ++i)
        m_variableIds.emplace(m_variableNames[i], static_cast<VariableId>(i));

    // Regions and their structure (RegionIndex rules: a utility or district counts for its county and every
    // ancestor; districts are placed by their profile's county, else their parent).
    m_regions = dataset.regions();
    for (std::size_t i = 0; i < m_regions.size(); ++i)
        m_regionIds.emplace(m_regions[i].code, static_cast<RegionId>(i));
    const std::size_t n = m_regions.size();
    Lists counties(n), utilities(n), districts(n);
    m_districtInfo.resize(n);
    const auto addUp = [&](Lists& lists, RegionId member, std::string_view start) {
        for (int depth = 0; depth < 16 && !start.empty(); ++depth) {
            const RegionId at = findRegion(start);
            if (at == kNoRegion)
                break;
            lists[at].push_back(member);
            start = m_regions[at].parentCode;
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        const Region& r = m_regions[i];
        const auto id = static_cast<RegionId>(i);
        if (r.parentCode.empty() && m_root == kNoRegion)
            m_root = id;
        switch (r.kind) {
        case RegionKind::County:
            if (const RegionId parent = findRegion(r.parentCode); parent != kNoRegion)
                counties[parent].push_back(id);
            break;
        case RegionKind::SupplyUtility:
            addUp(utilities, id, r.code);
            break;
        case RegionKind::IrrigationDistrict:
            if (r.irrigation) {
                districts[id].push_back(id);
                addUp(districts, id, r.irrigation->countyCode.empty() ? r.parentCode : r.irrigation->countyCode);
                m_districtInfo[id] = {.group = IrrigationCoefficientAggregator::groupOf(*r.irrigation),
                                      .large = r.irrigation->districtClass == DistrictClass::Large,
                                      .effectiveArea = r.irrigation->effectiveArea.value()};
            }
            break;
        default:
            break;
        }
    }
    m_counties = flatten(counties);
    m_utilities = flatten(utilities);
    m_districts = flatten(districts);

    // Values: one dense series per region × variable that has any, over the dataset's years.
    const auto [lo, hi] = dataset.yearRange();
    m_firstYear = lo;
    m_yearCount = hi >= lo ? hi - lo + 1 : 1;
    const std::size_t variables = m_variableNames.size();
    m_columns.assign(n * variables, -1);
    for (std::size_t i = 0; i < n; ++i) {
        const RegionColumns* columns = dataset.columns(m_regions[i].code);
        if (columns == nullptr)
            continue;
        for (const auto& [name, column] : *columns) {
            const auto v = findVariable(name);
            if (!v)
                continue; // cannot happen: Dataset accepts catalogue and declared task variables only
            const std::size_t start = m_values.size();
            if (start + static_cast<std::size_t>(m_yearCount) > 0x7FFFFFFF)
                throw std::length_error("a compiled project holds at most 2^31 values");
            m_values.resize(start + static_cast<std::size_t>(m_yearCount), 0.0);
            m_states.resize(start + static_cast<std::size_t>(m_yearCount), 0);
            bool any = false;
            for (std::size_t k = 0; k < column.states.size(); ++k) {
                if (column.states[k] == 0)
                    continue;
                const int slot = column.firstYear + static_cast<int>(k) - m_firstYear;
                if (slot < 0 || slot >= m_yearCount)
                    continue;
                m_values[start + static_cast<std::size_t>(slot)] = column.values[k];
                m_states[start + static_cast<std::size_t>(slot)] = column.states[k];
                any = true;
            }
            if (!any) { // a column whose values were all removed
                m_values.resize(start);
                m_states.resize(start);
                continue;
            }
            m_columns[i * variables + *v] = static_cast<std::int32_t>(start);
        }
    }
    m_targets = dataset.targets();
}

std::shared_ptr<const CompiledProject> CompiledProject::compile(const Dataset& dataset, EngineSettings settings) {
    return std::make_shared<const CompiledProject>(dataset, settings);
}

CompiledProject::FlatLists CompiledProject::flatten(const Lists& lists) {
    FlatLists out;
    out.offsets.reserve(lists.size() + 1);
    out.offsets.push_back(0);
    for (const auto& l : lists) {
        out.items.insert(out.items.end(), l.begin(), l.end());
        out.offsets.push_back(static_cast<std::uint32_t>(out.items.size()));
    }
    return out;
}

RegionId CompiledProject::findRegion(std::string_view code) const {
    auto it = m_regionIds.find(code);
    return it == m_regionIds.end() ? kNoRegion : it->second;
}

std::optional<VariableId> CompiledProject::findVariable(std::string_view id) const {
    auto it = m_variableIds.find(id);
    if (it == m_variableIds.end())
        return std::nullopt;
    return it->second;
}

} // namespace jieshui::core
