// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/DriverCatalog.h"

namespace jieshui::core {

const std::vector<DriverInfo>& DriverCatalog::all() {
    static const std::vector<DriverInfo> drivers{
        {Driver::GdpRealGrowth, "地区生产总值实际增速", "Real GDP growth", true, "%/年", "%/yr"},
        {Driver::IvaRealGrowth, "工业增加值实际增速", "Real industrial value added growth", true, "%/年",
         "%/yr"},
        {Driver::AgricultureIntensityChange, "亩均灌溉用水量年变化", "Irrigation water per area, change",
         true, "%/年", "%/yr"},
        {Driver::IndustryIntensityChange, "工业用水强度年变化", "Industrial water intensity, change", true,
         "%/年", "%/yr"},
        {Driver::DomesticIntensityChange, "生活与公共用水强度年变化",
         "Domestic and public water intensity, change", true, "%/年", "%/yr"},
        {Driver::IrrigatedAreaChange, "灌溉面积年变化", "Irrigated area, change", true, "%/年", "%/yr"},
        {Driver::IrrigationCoefficient, "农田灌溉水有效利用系数（末年达到）",
         "Irrigation coefficient reached by the horizon", false, "", ""},
        {Driver::LeakageRate, "公共供水管网漏损率（末年达到）", "Leakage rate reached by the horizon", true,
         "%", "%"},
        {Driver::ReuseRate, "规模以上工业用水重复利用率（末年达到）",
         "Industrial reuse rate reached by the horizon", true, "%", "%"},
    };
    return drivers;
}

const DriverInfo& DriverCatalog::info(Driver driver) {
    return all()[DriverTraits::index(driver)];
}

double DriverCatalog::toDisplay(Driver driver, double fraction) {
    return info(driver).inPercent ? fraction * 100.0 : fraction;
}

double DriverCatalog::fromDisplay(Driver driver, double display) {
    return info(driver).inPercent ? display / 100.0 : display;
}

double DriverCatalog::displayMinimum(Driver driver) {
    return toDisplay(driver, DriverTraits::isLevel(driver) ? 0.0 : DriverTraits::minimumRate);
}

double DriverCatalog::displayMaximum(Driver driver) {
    return toDisplay(driver, DriverTraits::isLevel(driver) ? 1.0 : DriverTraits::maximumRate);
}

bool DriverCatalog::minimumIncluded(Driver driver) {
    return DriverTraits::inRange(driver, DriverTraits::isLevel(driver) ? 0.0 : DriverTraits::minimumRate);
}

} // namespace jieshui::core
