// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/IndicatorDisplay.h"

#include "units/UnitParser.h"

#include <cmath>
#include <cstdio>

namespace jieshui::core {

namespace {

// Factor from the base unit to the display unit of a dimension (and display unit "%" or not).
double displayFactor(Indicator indicator) {
    const IndicatorInfo& info = IndicatorCatalog::info(indicator);
    switch (info.dimension) {
    case Dimension::Volume:
        return 1e-8; // m³ → 亿m³
    case Dimension::Intensity:
        return 1e4; // m³/yuan → m³/万元
    case Dimension::Fraction:
        return info.displayUnit == "%" ? 100.0 : 1.0;
    case Dimension::Area:
        return 15.0 / 1e8; // m² → 万亩
    default:
        return 1.0;
    }
}

std::string fixed(double shown, int places, bool withSign) {
    // Never "-0.0" for a value that rounds to zero.
    if (std::fabs(shown) < 0.5 * std::pow(10.0, -places))
        shown = 0.0;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, withSign && shown > 0.0 ? "+%.*f" : "%.*f", places, shown);
    return buffer;
}

// A milestone counted per year ("万亩/年") is shown in its stock unit ("万亩") with "/年" kept in the label.
std::string withoutPerYear(std::string unit) {
    for (const std::string suffix : {"/年", "/a"})
        if (unit.size() > suffix.size() &&
            unit.compare(unit.size() - suffix.size(), suffix.size(), suffix) == 0)
            unit.resize(unit.size() - suffix.size());
    return unit;
}

} // namespace

double IndicatorDisplay::toDisplay(Indicator indicator, double baseValue) {
    return baseValue * displayFactor(indicator);
}

double IndicatorDisplay::fromDisplay(Indicator indicator, double displayValue) {
    return displayValue / displayFactor(indicator);
}

std::string IndicatorDisplay::unit(Indicator indicator) {
    const IndicatorInfo& info = IndicatorCatalog::info(indicator);
    if (info.dimension == Dimension::Area)
        return "万亩";
    return info.displayUnit == "1" ? std::string() : std::string(info.displayUnit);
}

int IndicatorDisplay::decimals(Indicator indicator) {
    const IndicatorInfo& info = IndicatorCatalog::info(indicator);
    switch (info.dimension) {
    case Dimension::Volume:
    case Dimension::Area:
        return 2;
    case Dimension::Intensity:
        return 1;
    case Dimension::Fraction:
        return info.displayUnit == "%" ? 1 : 3; // coefficients are published to three places (0.503)
    default:
        return 0;
    }
}

std::string IndicatorDisplay::format(Indicator indicator, double baseValue) {
    return fixed(toDisplay(indicator, baseValue), decimals(indicator), false);
}

std::string IndicatorDisplay::formatSigned(Indicator indicator, double baseValue) {
    return fixed(toDisplay(indicator, baseValue), decimals(indicator), true);
}

std::string IndicatorDisplay::formatWithUnit(Indicator indicator, double baseValue) {
    const std::string u = unit(indicator);
    return u.empty() ? format(indicator, baseValue) : format(indicator, baseValue) + " " + u;
}

bool IndicatorDisplay::differencesInPercentagePoints(Indicator indicator) {
    const IndicatorInfo& info = IndicatorCatalog::info(indicator);
    return info.dimension == Dimension::Fraction && info.displayUnit == "%";
}

double IndicatorDisplay::toTargetUnit(const PlanTarget& target, double baseValue) {
    if (target.indicator != Indicator::TaskMilestone)
        return toDisplay(target.indicator, baseValue);
    const Result<UnitSpec> spec = UnitParser::parse(withoutPerYear(target.unit));
    return spec.isOk() && spec.value().toBase != 0.0 ? baseValue / spec.value().toBase : baseValue;
}

std::string IndicatorDisplay::targetUnit(const PlanTarget& target) {
    if (target.indicator != Indicator::TaskMilestone)
        return unit(target.indicator);
    return target.unit == "1" || target.unit == "flag" ? std::string() : target.unit;
}

std::string IndicatorDisplay::formatForTarget(const PlanTarget& target, double baseValue, bool withSign) {
    return fixed(toTargetUnit(target, baseValue), decimalsForTarget(target, baseValue), withSign);
}

int IndicatorDisplay::decimalsForTarget(const PlanTarget& target, double baseValue) {
    if (target.indicator != Indicator::TaskMilestone)
        return decimals(target.indicator);
    const double shown = toTargetUnit(target, baseValue);
    // Counts and done flags are whole; areas and shares keep two places.
    return std::abs(shown - std::round(shown)) < 1e-9 ? 0 : 2;
}

std::string IndicatorDisplay::formatAnnualRate(double fractionPerYear) {
    return fixed(fractionPerYear * 100.0, 1, true);
}

std::string IndicatorDisplay::formatProbability(double probability) {
    if (!(probability > 0.0))
        return "0 %";
    if (probability >= 1.0)
        return "100 %";
    if (probability < 0.005)
        return "<1 %";
    if (probability > 0.995)
        return ">99 %";
    return fixed(probability * 100.0, 0, false) + " %";
}

std::string IndicatorDisplay::formatRange(const PlanTarget& target, double lowBase, double highBase) {
    return formatForTarget(target, lowBase) + "–" + formatForTarget(target, highBase);
}

} // namespace jieshui::core
