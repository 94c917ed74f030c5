// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSettings.h"
#include "engine/EngineVariable.h"
#include "model/Dataset.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jieshui::core {

/** A region interned to a dense number by a CompiledProject. */
using RegionId = std::uint32_t;
inline constexpr RegionId kNoRegion = ~RegionId{0};

/**
 * The compiled form of a Dataset for evaluation: regions, variables and years interned to dense indices
 * once, every statistic in two contiguous arrays (values in base units, and a state byte: 0 = no value, else
 * 1 + ProvenanceKind), the region structure (counties, supply utilities and irrigation districts under each
 * region) as flat index lists. Strings are kept only for the edges (codes in, codes and messages out).
 *
 * Immutable after construction, so one compiled project may be shared by any number of threads; build a new
 * one after the dataset changes (it copies what it needs and keeps no reference to the dataset). A value is
 * read in O(1): column(region, variable) gives the offset of the region's series, indexed by year −
 * firstYear(). EngineView reads through it (and through a scenario's overlay); IndicatorKernel computes on it.
 */
class CompiledProject {
public:
    explicit CompiledProject(const Dataset& dataset, EngineSettings settings = {});

    /** A shared compiled project (what the evaluation service and the Monte Carlo engine keep). */
    static std::shared_ptr<const CompiledProject> compile(const Dataset& dataset, EngineSettings settings = {});

    const EngineSettings& settings() const { return m_settings; }

    // Regions, in the dataset's order.
    std::size_t regionCount() const { return m_regions.size(); }
    /** The id of a region code, or kNoRegion. */
    RegionId findRegion(std::string_view code) const;
    const Region& region(RegionId id) const { return m_regions[id]; }
    const std::vector<Region>& regions() const { return m_regions; }
    const std::string& regionCode(RegionId id) const { return m_regions[id].code; }
    RegionKind regionKind(RegionId id) const { return m_regions[id].kind; }
    /** The region without parent (the city), or kNoRegion. */
    RegionId root() const { return m_root; }
    /** Counties whose parent is @p id, in dataset order. */
    std::span<const RegionId> childCounties(RegionId id) const { return list(m_counties, id); }
    /** Supply utilities under @p id (a utility yields itself); see RegionIndex rules in docs/methods.md. */
    std::span<const RegionId> utilitiesUnder(RegionId id) const { return list(m_utilities, id); }
    /** Irrigation districts with a profile under @p id (a district yields itself). */
    std::span<const RegionId> districtsUnder(RegionId id) const { return list(m_districts, id); }

    /** What the coefficient aggregation needs of a district with a profile (IrrigationCoefficientAggregator). */
    struct DistrictInfo {
        std::uint8_t group = 0;     ///< IrrigationCoefficientAggregator::groupOf
        bool large = false;         ///< a large district (always a sample)
        double effectiveArea = 0.0; ///< m²
    };
    const DistrictInfo& district(RegionId id) const { return m_districtInfo[id]; }

    // Variables: the catalogue (Var) first, then the key-task variables.
    std::size_t variableCount() const { return m_variableNames.size(); }
    std::optional<VariableId> findVariable(std::string_view id) const;
    const std::string& variableName(VariableId id) const { return m_variableNames[id]; }

    // Years and values.
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_firstYear + m_yearCount - 1; }
    int yearCount() const { return m_yearCount; }
    /** The column table: one entry per region × variable (region-major), the offset of its series or −1. */
    const std::vector<std::int32_t>& columns() const { return m_columns; }
    /** The values of every column (base units), and their states (0 = none, 1 + ProvenanceKind). */
    const std::vector<double>& values() const { return m_values; }
    const std::vector<std::uint8_t>& states() const { return m_states; }
    /** Offset of the series of (@p region, @p variable), or −1 when the region has no value of it. */
    std::int32_t column(RegionId region, VariableId variable) const {
        return m_columns[static_cast<std::size_t>(region) * m_variableNames.size() + variable];
    }

    /** The plan targets, as in the dataset. */
    const std::vector<PlanTarget>& targets() const { return m_targets; }

private:
    using Lists = std::vector<std::vector<RegionId>>;
    struct FlatLists {
        std::vector<std::uint32_t> offsets; // regionCount + 1
        std::vector<RegionId> items;
    };
    static FlatLists flatten(const Lists& lists);
    std::span<const RegionId> list(const FlatLists& l, RegionId id) const {
        return {l.items.data() + l.offsets[id], l.items.data() + l.offsets[id + 1]};
    }

    EngineSettings m_settings;
    std::vector<Region> m_regions;
    /** Hashes a code for look-ups by string_view (no std::string made per look-up). */
    struct CodeHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view code) const { return std::hash<std::string_view>{}(code); }
    };
    // A hash map: a grid over 2,843 counties looks each code up once, and a tree's string compares cost more.
    std::unordered_map<std::string, RegionId, CodeHash, std::equal_to<>> m_regionIds;
    RegionId m_root = kNoRegion;
    FlatLists m_counties;
    FlatLists m_utilities;
    FlatLists m_districts;
    std::vector<DistrictInfo> m_districtInfo;
    std::vector<std::string> m_variableNames;
    std::map<std::string, VariableId, std::less<>> m_variableIds;
    int m_firstYear = 0;
    int m_yearCount = 1;
    std::vector<std::int32_t> m_columns;
    std::vector<double> m_values;
    std::vector<std::uint8_t> m_states;
    std::vector<PlanTarget> m_targets;
};

} // namespace jieshui::core
