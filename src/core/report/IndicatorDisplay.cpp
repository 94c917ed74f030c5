// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/IndicatorDisplay.h"

#include <cmath>
#include <cstdio>

namespace jieshui::core {

double IndicatorDisplay::toDisplay(Indicator indicator, double baseValue) {
    switch (IndicatorCatalog::info(indicator).dimension) {
    case Dimension::Volume:
        return baseValue / 1e8;
    case Dimension::Intensity:
        return baseValue * 1e4;
    case Dimension::Fraction:
        return indicator == Indicator::IrrigationCoefficient ? baseValue : baseValue * 100.0;
    case Dimension::Area:
        return baseValue * 15.0 / 1e8; // 万亩
    default:
        return baseValue;
    }
}

std::string IndicatorDisplay::unit(Indicator indicator) {
    switch (IndicatorCatalog::info(indicator).dimension) {
    case Dimension::Volume:
        return "亿m³";
    case Dimension::Intensity:
        return "m³/万元";
    case Dimension::Fraction:
        return indicator == Indicator::IrrigationCoefficient ? "" : "%";
    case Dimension::Area:
        return "万亩";
    default:
        return "";
    }
}

int IndicatorDisplay::decimals(Indicator indicator) {
    switch (IndicatorCatalog::info(indicator).dimension) {
    case Dimension::Volume:
        return 2;
    case Dimension::Intensity:
        return 1;
    case Dimension::Fraction:
        return indicator == Indicator::IrrigationCoefficient ? 3 : 1;
    case Dimension::Area:
        return 2;
    default:
        return 0;
    }
}

std::string IndicatorDisplay::format(Indicator indicator, double baseValue) {
    char buffer[64];
    double shown = toDisplay(indicator, baseValue);
    const int places = decimals(indicator);
    // Avoid printing "-0.0" for values that round to zero.
    if (std::fabs(shown) < 0.5 * std::pow(10.0, -places))
        shown = 0.0;
    std::snprintf(buffer, sizeof buffer, "%.*f", places, shown);
    return buffer;
}

std::string IndicatorDisplay::formatSigned(Indicator indicator, double baseValue) {
    std::string text = format(indicator, baseValue);
    if (!text.empty() && text.front() != '-' && text.find_first_not_of("0.") != std::string::npos)
        text.insert(text.begin(), '+');
    return text;
}

} // namespace jieshui::core
