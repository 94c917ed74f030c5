// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Dimension.h before Quantities.h: GCC 12 -Wshadow flags the Dimension enumerators (Money, Area, ...)
// when the Quantities aliases of the same names are declared first.
#include "units/Dimension.h"
#include "units/Quantities.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** The statistics a projection produces, in storage order (Projection::variables() gives their ids). */
enum class ProjectedVariable : std::size_t {
    GdpCurrent,                      ///< yuan, at the prices of the last observed year
    GdpIndex,                        ///< 上年=100
    IvaCurrent,                      ///< yuan, at the prices of the last observed year
    IvaIndex,                        ///< 上年=100
    IrrigatedArea,                   ///< m²
    WaterFarmlandIrrigation,         ///< m³
    WaterForestryLivestockFishery,   ///< m³
    WaterIndustry,                   ///< m³
    WaterIndustryOnceThroughCooling, ///< m³
    WaterUrbanPublic,                ///< m³
    WaterResidential,                ///< m³
    WaterEcological,                 ///< m³
    WaterNonconventional,            ///< m³
    IrrigationCoefficient,           ///< fraction (irrigation.coefficient_reported)
    LeakageRate,                     ///< fraction (supply.leakage_rate_reported)
    ReuseRate                        ///< fraction (industry.reuse_rate_reported)
};

/**
 * The projected statistics of one scenario as a dense table: regions (the counties, then the city) ×
 * variables × years after the last observed year. Values are in base units (m³, yuan, m², index points,
 * fractions). The engine reads it through a ValueOverlay (Projector::overlayLayout) standing over the compiled
 * observed data; Projector::apply writes it into a Dataset for those who want a copy. It holds numbers only:
 * totals and indicators of projected years are the engine's (one water total, docs/methods.md).
 */
class Projection {
public:
    static constexpr std::size_t variableCount = 16;

    Projection(std::string scenario, std::vector<std::string> regionCodes, int firstYear, int lastYear);

    const std::string& scenario() const { return m_scenario; }
    /** The counties in the order of ScenarioRegions, then the city (if the dataset has counties). */
    const std::vector<std::string>& regionCodes() const { return m_regionCodes; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }

    /** The statistics-variable id of each ProjectedVariable, e.g. "econ.gdp_current". */
    static std::string_view variableId(ProjectedVariable v);
    /** The canonical unit the projected statistic is written with, e.g. "m³", "元", "上年=100", "1". */
    static std::string_view unitSymbol(ProjectedVariable v);

    /** A projected value; nullopt outside the table or when not projected (input absent). */
    std::optional<double> value(std::string_view regionCode, ProjectedVariable v, int year) const;

    /** Raw cell access for the Projector: NaN = not projected. */
    double cell(std::size_t region, ProjectedVariable v, int year) const {
        return m_values[offset(region, v, year)];
    }
    void setCell(std::size_t region, ProjectedVariable v, int year, double value) {
        m_values[offset(region, v, year)] = value;
    }
    /** Every cell back to NaN (not projected), keeping the shape. */
    void clear();
    /** The whole table, region-major then variable then year (what a ValueOverlay points at). */
    const double* data() const { return m_values.data(); }

    /** Index into regionCodes(), or regionCodes().size() when absent. */
    std::size_t regionIndex(std::string_view regionCode) const;

private:
    std::size_t offset(std::size_t region, ProjectedVariable v, int year) const {
        return (region * variableCount + static_cast<std::size_t>(v)) * m_yearCount +
               static_cast<std::size_t>(year - m_firstYear);
    }

    std::string m_scenario;
    std::vector<std::string> m_regionCodes;
    int m_firstYear;
    int m_lastYear;
    std::size_t m_yearCount;
    std::vector<double> m_values;
};

} // namespace jieshui::core
