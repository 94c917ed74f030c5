// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "io/LoadReport.h"
#include "model/Dataset.h"
#include "model/Region.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/**
 * Reads irrigation_districts.csv (`code,name_zh,name_en,county_code,class,source_type,well_method,
 * design_area,effective_area,area_unit,source,estimate`) into Regions of kind IrrigationDistrict whose
 * parent is the county and whose `irrigation` profile is set (areas in m²). The class must agree with
 * the design area: large ≥ 30 万亩, medium 1–30 万亩, small < 1 万亩 (well-only: any size).
 */
class IrrigationDistrictLoader {
public:
    /** @p context must already hold the counties the districts name. */
    explicit IrrigationDistrictLoader(const Dataset& context) : m_context(context) {}

    Result<std::vector<Region>> fromText(std::string_view text, const std::string& displayName);
    Result<std::vector<Region>> fromFile(const std::filesystem::path& path);
    const LoadReport& report() const { return m_report; }

private:
    const Dataset& m_context;
    LoadReport m_report;
};

} // namespace jieshui::core
