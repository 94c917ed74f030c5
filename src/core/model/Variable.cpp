// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Variable.h"

namespace jieshui::core {

const std::vector<VariableInfo>& VariableCatalog::all() {
    // The vocabulary of the statistics long table; docs/data-formats.md documents each entry.
    static const std::vector<VariableInfo> table{
        {var::WaterFarmlandIrrigation, Dimension::Volume, "农田灌溉用水量", "Farmland irrigation water use",
         "city,county"},
        {var::WaterForestryLivestockFishery, Dimension::Volume, "林牧渔畜用水量",
         "Forestry, animal husbandry and fishery water use", "city,county"},
        {var::WaterIndustry, Dimension::Volume, "工业用水量（含直流冷却）",
         "Industrial water use (incl. once-through power cooling)", "city,county"},
        {var::WaterIndustryOnceThroughCooling, Dimension::Volume, "火（核）电直流冷却用水量",
         "Once-through power-plant cooling water (part of industry)", "city,county"},
        {var::WaterUrbanPublic, Dimension::Volume, "城镇公共用水量", "Urban public water use", "city,county"},
        {var::WaterResidential, Dimension::Volume, "居民生活用水量", "Residential water use", "city,county"},
        {var::WaterEcological, Dimension::Volume, "人工生态环境补水量", "Ecological replenishment water use",
         "city,county"},
        {var::WaterNonconventional, Dimension::Volume, "非常规水源利用量（计入各行业）",
         "Non-conventional water used (included in the sectors)", "city,county"},
        {var::WaterTotalReported, Dimension::Volume, "用水总量（公报值）", "Total water use as published",
         "city,county"},
        {var::GdpCurrent, Dimension::Money, "地区生产总值（当年价）", "GDP at current prices", "city,county"},
        {var::GdpIndex, Dimension::PriceIndex, "地区生产总值指数（上年=100）",
         "GDP volume index (previous year = 100)", "city,county"},
        {var::IvaCurrent, Dimension::Money, "工业增加值（当年价）",
         "Industrial value added at current prices", "city,county"},
        {var::IvaIndex, Dimension::PriceIndex, "工业增加值指数（上年=100）",
         "Industrial value added volume index (previous year = 100)", "city,county"},
        {var::IvaIndexIsAboveScaleProxy, Dimension::Flag, "工业指数为规模以上代用（近似）",
         "Industrial index is the above-scale proxy (approximate)", "city,county"},
        {var::Population, Dimension::Count, "常住人口", "Resident population", "city,county"},
        {var::IrrigatedArea, Dimension::Area, "有效灌溉面积", "Effective irrigated area", "city,county"},
        {var::IrrigationGross, Dimension::Volume, "毛灌溉用水量", "Gross irrigation water (at the source)",
         "irrigation-district"},
        {var::IrrigationNet, Dimension::Volume, "净灌溉用水量", "Net irrigation water (in the fields)",
         "irrigation-district"},
        {var::IrrigationIsSample, Dimension::Flag, "样点灌区", "Sample district of the coefficient survey",
         "irrigation-district"},
        {var::IrrigationCoefficientReported, Dimension::Fraction, "农田灌溉水有效利用系数（上报值）",
         "Irrigation coefficient as reported", "city,county"},
        {var::ReuseFresh, Dimension::Volume, "规模以上工业新水取用量",
         "Above-scale industry fresh water intake", "city,county"},
        {var::ReuseReused, Dimension::Volume, "规模以上工业重复利用水量", "Above-scale industry reused water",
         "city,county"},
        {var::ReuseRateReported, Dimension::Fraction, "规模以上工业用水重复利用率（上报值）",
         "Above-scale industrial reuse rate as reported", "city,county"},
        {var::SupplyTotal, Dimension::Volume, "供水总量", "Water supplied (Q_s)", "supply-utility"},
        {var::SupplyRegistered, Dimension::Volume, "注册用户用水量", "Registered consumption (Q_a)",
         "supply-utility"},
        {var::SupplyBilled, Dimension::Volume, "计费用水量", "Billed consumption", "supply-utility"},
        {var::SupplyResidentialMetered, Dimension::Volume, "居民抄表到户水量",
         "Residential consumption metered per household (for R1)", "supply-utility"},
        {var::SupplyMainLength, Dimension::Length, "DN75及以上管道长度",
         "Length of mains DN75 and larger (for R2)", "supply-utility"},
        {var::SupplyMeanPressure, Dimension::Pressure, "年平均出厂压力", "Mean outlet pressure (for R3)",
         "supply-utility"},
        {var::SupplyFrostDepth, Dimension::Length, "最大冻土深度", "Maximum frost depth (for R4)",
         "supply-utility"},
        {var::LeakageRateReported, Dimension::Fraction, "公共供水管网漏损率（上报值）",
         "Leakage rate as reported", "city,county,supply-utility"},
    };
    return table;
}

const VariableInfo* VariableCatalog::find(std::string_view id) {
    for (const auto& v : all())
        if (v.id == id)
            return &v;
    // Task milestone quantities are an open family: "task.<number>.<name>", dimension from the unit.
    return nullptr;
}

std::optional<TaskVariableName> VariableCatalog::parseTaskVariable(std::string_view id) {
    constexpr std::string_view prefix = "task.";
    if (id.size() < prefix.size() + 4 || id.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    const std::string_view rest = id.substr(prefix.size());
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (!isDigit(rest[0]) || !isDigit(rest[1]) || rest[2] != '.')
        return std::nullopt;
    const int number = (rest[0] - '0') * 10 + (rest[1] - '0');
    const std::string_view name = rest.substr(3);
    if (number == 0 || name.empty())
        return std::nullopt;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || isDigit(c) || c == '_'))
            return std::nullopt;
    return TaskVariableName{number, std::string(name)};
}

bool VariableCatalog::isTaskVariableDimension(Dimension dimension) {
    // Index points and intensities are never key-task quantities; everything countable or measurable is.
    return dimension != Dimension::PriceIndex && dimension != Dimension::Intensity &&
           dimension != Dimension::Pressure;
}

} // namespace jieshui::core
