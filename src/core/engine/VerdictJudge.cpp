// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/VerdictJudge.h"

#include "model/Indicator.h"
#include "model/IndicatorDisplay.h"

#include <cmath>
#include <cstdio>

namespace jieshui::core {

namespace {
bool isReduction(Indicator i) {
    return i == Indicator::WaterPerGdpReduction || i == Indicator::WaterPerIvaReduction;
}

std::string fixed(double v, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string describe(const PlanTarget& target) {
    return std::string(IndicatorCatalog::info(target.indicator).id) + " of " + target.regionCode + " in " +
           std::to_string(target.year) + " (target " + comparatorSymbol(target.comparator) + " " +
           VerdictJudge::formatValue(target.indicator, target.value, target.unit) + ")";
}
} // namespace

VerdictJudge::VerdictJudge(double atRiskMargin) : m_atRiskMargin(atRiskMargin) {}

bool VerdictJudge::meets(Comparator comparator, double value, double target) {
    return comparator == Comparator::AtMost ? value <= target : value >= target;
}

std::string VerdictJudge::formatValue(Indicator indicator, double value, const std::string& unit) {
    PlanTarget context;
    context.indicator = indicator;
    context.unit = unit;
    const std::string shownUnit = IndicatorDisplay::targetUnit(context);
    const std::string number = IndicatorDisplay::formatForTarget(context, value);
    return shownUnit.empty() ? number : number + " " + shownUnit;
}

double VerdictJudge::trendValue(const IndicatorValue& earlier, const IndicatorValue& later, int year) {
    if (later.year == earlier.year)
        return later.value;
    const double slope = (later.value - earlier.value) / (later.year - earlier.year);
    return later.value + slope * (year - later.year);
}

std::optional<double> VerdictJudge::requiredAnnualRate(Indicator indicator, double currentValue,
                                                       int currentYear, double targetValue, int targetYear) {
    const int n = targetYear - currentYear;
    if (n <= 0)
        return std::nullopt;
    double from = currentValue;
    double to = targetValue;
    if (isReduction(indicator)) {
        // Work on the intensity relative to the base year: I/I_0 = 1 − R.
        from = 1.0 - currentValue;
        to = 1.0 - targetValue;
    }
    if (!(from > 0.0) || !(to > 0.0))
        return std::nullopt;
    return std::pow(to / from, 1.0 / n) - 1.0;
}

Verdict VerdictJudge::judge(const PlanTarget& target, const VerdictInputs& in,
                            const std::string& scenario) const {
    Verdict v;
    v.target = target;
    v.scenario = scenario;
    const std::string what = describe(target);
    const double margin = m_atRiskMargin * std::abs(target.value);

    const auto setRate = [&]() {
        if (v.status == VerdictStatus::Met || !in.latestBefore)
            return;
        v.requiredAnnualRate = requiredAnnualRate(target.indicator, in.latestBefore->value,
                                                  in.latestBefore->year, target.value, target.year);
        if (v.requiredAnnualRate)
            v.explanation += "; needs " + fixed(*v.requiredAnnualRate * 100.0, 2) + " %/yr from " +
                             std::to_string(in.latestBefore->year);
    };

    if (in.atTargetYear) {
        const IndicatorValue& value = *in.atTargetYear;
        v.value = value;
        v.gap = value.value - target.value;
        const bool met = meets(target.comparator, value.value, target.value);
        const bool projected = value.provenance == ProvenanceKind::Projected;
        if (met)
            v.status =
                std::abs(value.value - target.value) < margin ? VerdictStatus::AtRisk : VerdictStatus::Met;
        else
            v.status = projected ? VerdictStatus::AtRisk : VerdictStatus::Missed;
        std::string reason;
        if (v.status == VerdictStatus::Met)
            reason = "met";
        else if (met)
            reason = "met by less than the " + fixed(m_atRiskMargin * 100.0, 1) + " % margin";
        else if (projected)
            reason = "projection falls short";
        else
            reason = "missed";
        v.explanation = what + ": " + formatValue(target.indicator, value.value, target.unit) + ", " +
                        reason + " (" + provenanceKindId(value.provenance) +
                        (value.reported ? ", reported" : "") +
                        (value.method.empty() ? "" : "; " + value.method) + ")";
        setRate();
        return v;
    }

    if (in.latestBefore && in.earlierBefore) {
        const double projected = trendValue(*in.earlierBefore, *in.latestBefore, target.year);
        const std::string trend = "trend of " + std::to_string(in.earlierBefore->year) + "-" +
                                  std::to_string(in.latestBefore->year) + " reaches " +
                                  formatValue(target.indicator, projected, target.unit);
        if (!meets(target.comparator, projected, target.value)) {
            v.status = VerdictStatus::AtRisk;
            IndicatorValue shown = *in.latestBefore;
            shown.provenance = weakest(shown.provenance, ProvenanceKind::Projected);
            v.value = shown;
            v.gap = projected - target.value;
            v.explanation = what + ": no value for the target year; " + trend + ", short of the target";
            setRate();
            return v;
        }
        v.status = VerdictStatus::NoData;
        v.explanation = what + ": no value for the target year (" + in.noDataReason + "); " + trend;
        return v;
    }
    v.status = VerdictStatus::NoData;
    v.explanation = what + ": no data (" + (in.noDataReason.empty() ? "no value" : in.noDataReason) + ")";
    if (in.latestBefore) {
        v.explanation += "; latest value " +
                         formatValue(target.indicator, in.latestBefore->value, target.unit) + " in " +
                         std::to_string(in.latestBefore->year);
        v.status = VerdictStatus::NoData;
        // The rate still needed is useful even without a trend.
        v.requiredAnnualRate = requiredAnnualRate(target.indicator, in.latestBefore->value,
                                                  in.latestBefore->year, target.value, target.year);
    }
    return v;
}

} // namespace jieshui::core
