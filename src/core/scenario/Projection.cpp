// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Projection.h"

#include "model/Variable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::core {

namespace {
struct VariableRow {
    std::string_view id;
    std::string_view unit;
};
constexpr std::array<VariableRow, Projection::variableCount> rows{{
    {var::GdpCurrent, "元"},
    {var::GdpIndex, "上年=100"},
    {var::IvaCurrent, "元"},
    {var::IvaIndex, "上年=100"},
    {var::IrrigatedArea, "m²"},
    {var::WaterFarmlandIrrigation, "m³"},
    {var::WaterForestryLivestockFishery, "m³"},
    {var::WaterIndustry, "m³"},
    {var::WaterIndustryOnceThroughCooling, "m³"},
    {var::WaterUrbanPublic, "m³"},
    {var::WaterResidential, "m³"},
    {var::WaterEcological, "m³"},
    {var::WaterNonconventional, "m³"},
    {var::IrrigationCoefficientReported, "1"},
    {var::LeakageRateReported, "1"},
    {var::ReuseRateReported, "1"},
}};
} // namespace

Projection::Projection(std::string scenario, std::vector<std::string> regionCodes, int firstYear,
                       int lastYear)
    : m_scenario(std::move(scenario)), m_regionCodes(std::move(regionCodes)), m_firstYear(firstYear),
      m_lastYear(std::max(lastYear, firstYear - 1)),
      m_yearCount(static_cast<std::size_t>(m_lastYear - firstYear + 1)) {
    m_values.assign(m_regionCodes.size() * variableCount * m_yearCount,
                    std::numeric_limits<double>::quiet_NaN());
}

std::string_view Projection::variableId(ProjectedVariable v) {
    return rows[static_cast<std::size_t>(v)].id;
}

std::string_view Projection::unitSymbol(ProjectedVariable v) {
    return rows[static_cast<std::size_t>(v)].unit;
}

std::size_t Projection::regionIndex(std::string_view regionCode) const {
    return static_cast<std::size_t>(std::find(m_regionCodes.begin(), m_regionCodes.end(), regionCode) -
                                    m_regionCodes.begin());
}

std::optional<double> Projection::value(std::string_view regionCode, ProjectedVariable v, int year) const {
    const std::size_t r = regionIndex(regionCode);
    if (r >= m_regionCodes.size() || year < m_firstYear || year > m_lastYear)
        return std::nullopt;
    const double x = cell(r, v, year);
    if (std::isnan(x))
        return std::nullopt;
    return x;
}

void Projection::clear() {
    std::fill(m_values.begin(), m_values.end(), std::numeric_limits<double>::quiet_NaN());
}

} // namespace jieshui::core
