// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Indicator.h"

#include <stdexcept>

namespace jieshui::core {

const std::vector<IndicatorInfo>& IndicatorCatalog::all() {
    static const std::vector<IndicatorInfo> table{
        {Indicator::TotalWaterUse, "total-water-use", Dimension::Volume, "用水总量（全口径）",
         "Total water use (bulletin scope)", "亿m³"},
        {Indicator::TotalWaterUseAssessment, "total-water-use-assessment", Dimension::Volume,
         "用水总量（考核口径）", "Total water use (assessment scope)", "亿m³"},
        {Indicator::WaterPerGdp, "water-per-gdp", Dimension::Intensity, "万元地区生产总值用水量",
         "Water use per 10,000 yuan GDP", "m³/万元"},
        {Indicator::WaterPerGdpReduction, "water-per-gdp-reduction", Dimension::Fraction,
         "万元地区生产总值用水量下降率", "Reduction of water use per 10,000 yuan GDP", "%"},
        {Indicator::WaterPerIva, "water-per-iva", Dimension::Intensity, "万元工业增加值用水量",
         "Water use per 10,000 yuan industrial value added", "m³/万元"},
        {Indicator::WaterPerIvaReduction, "water-per-iva-reduction", Dimension::Fraction,
         "万元工业增加值用水量下降率", "Reduction of water use per 10,000 yuan industrial value added", "%"},
        {Indicator::IrrigationCoefficient, "irrigation-coefficient", Dimension::Fraction,
         "农田灌溉水有效利用系数", "Farmland irrigation water effective-use coefficient", "1"},
        {Indicator::IndustrialReuseRate, "industrial-reuse-rate", Dimension::Fraction,
         "规模以上工业用水重复利用率", "Above-scale industrial water reuse rate", "%"},
        {Indicator::LeakageRateComprehensive, "leakage-rate-comprehensive", Dimension::Fraction,
         "公共供水管网综合漏损率", "Public supply network comprehensive leakage rate", "%"},
        {Indicator::LeakageRate, "leakage-rate", Dimension::Fraction, "公共供水管网漏损率",
         "Public supply network leakage rate (corrected)", "%"},
        {Indicator::TaskMilestone, "task-milestone", Dimension::Count, "重点任务进度", "Key task milestone", ""},
    };
    return table;
}

const IndicatorInfo& IndicatorCatalog::info(Indicator indicator) {
    for (const auto& i : all())
        if (i.indicator == indicator)
            return i;
    throw std::logic_error("indicator missing from IndicatorCatalog");
}

std::optional<Indicator> IndicatorCatalog::fromId(std::string_view id) {
    for (const auto& i : all())
        if (i.id == id)
            return i.indicator;
    return std::nullopt;
}

} // namespace jieshui::core
