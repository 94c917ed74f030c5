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

double VerdictJudge::trendValue(double earlierValue, int earlierYear, double laterValue, int laterYear, int year) {
    if (laterYear == earlierYear)
        return laterValue;
    const double slope = (laterValue - earlierValue) / (laterYear - earlierYear);
    return laterValue + slope * (year - laterYear);
}

double VerdictJudge::trendValue(const IndicatorValue& earlier, const IndicatorValue& later, int year) {
    return trendValue(earlier.value, earlier.year, later.value, later.year, year);
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

VerdictNumbers VerdictJudge::decide(Indicator indicator, Comparator comparator, double targetValue,
                                    int targetYear, const VerdictPoint* at, const VerdictPoint* latest,
                                    const VerdictPoint* earlier) const {
    VerdictNumbers v;
    const double margin = m_atRiskMargin * std::abs(targetValue);
    const auto setRate = [&]() {
        if (!latest)
            return;
        if (auto rate = requiredAnnualRate(indicator, latest->value, latest->year, targetValue, targetYear)) {
            v.hasRate = true;
            v.rate = *rate;
        }
    };
    if (at) {
        v.basis = VerdictNumbers::TargetYear;
        v.hasValue = true;
        v.shown = *at;
        v.hasGap = true;
        v.gap = at->value - targetValue;
        const bool met = meets(comparator, at->value, targetValue);
        const bool projected = at->provenance == ProvenanceKind::Projected;
        if (met)
            v.status = std::abs(at->value - targetValue) < margin ? VerdictStatus::AtRisk : VerdictStatus::Met;
        else
            v.status = projected ? VerdictStatus::AtRisk : VerdictStatus::Missed;
        if (v.status != VerdictStatus::Met)
            setRate();
        return v;
    }
    if (latest && earlier) {
        v.trend = trendValue(earlier->value, earlier->year, latest->value, latest->year, targetYear);
        if (!meets(comparator, v.trend, targetValue)) {
            v.basis = VerdictNumbers::TrendShort;
            v.status = VerdictStatus::AtRisk;
            v.hasValue = true;
            v.shown = *latest;
            v.shown.provenance = weakest(v.shown.provenance, ProvenanceKind::Projected);
            v.hasGap = true;
            v.gap = v.trend - targetValue;
            setRate();
            return v;
        }
        v.basis = VerdictNumbers::TrendMeets;
        v.status = VerdictStatus::NoData;
        return v;
    }
    v.basis = VerdictNumbers::NoValue;
    v.status = VerdictStatus::NoData;
    // The rate still needed is useful even without a trend.
    setRate();
    return v;
}

Verdict VerdictJudge::judge(const PlanTarget& target, const VerdictInputs& in, const std::string& scenario) const {
    const auto point = [](const std::optional<IndicatorValue>& v) -> std::optional<VerdictPoint> {
        if (!v)
            return std::nullopt;
        return VerdictPoint{.value = v->value, .year = v->year, .provenance = v->provenance, .reported = v->reported};
    };
    const auto at = point(in.atTargetYear);
    const auto latest = point(in.latestBefore);
    const auto earlier = point(in.earlierBefore);
    const VerdictNumbers n = decide(target.indicator, target.comparator, target.value, target.year,
                                    at ? &*at : nullptr, latest ? &*latest : nullptr, earlier ? &*earlier : nullptr);
    Verdict v;
    v.target = target;
    v.scenario = scenario;
    v.status = n.status;
    if (n.hasGap)
        v.gap = n.gap;
    if (n.hasRate)
        v.requiredAnnualRate = n.rate;
    const std::string what = describe(target);
    const auto needs = [&]() -> std::string {
        if (!n.hasRate || !in.latestBefore)
            return {};
        return "; needs " + fixed(n.rate * 100.0, 2) + " %/yr from " + std::to_string(in.latestBefore->year);
    };
    switch (n.basis) {
    case VerdictNumbers::TargetYear: {
        const IndicatorValue& value = *in.atTargetYear;
        v.value = value;
        const bool met = meets(target.comparator, value.value, target.value);
        std::string reason;
        if (v.status == VerdictStatus::Met)
            reason = "met";
        else if (met)
            reason = "met by less than the " + fixed(m_atRiskMargin * 100.0, 1) + " % margin";
        else if (value.provenance == ProvenanceKind::Projected)
            reason = "projection falls short";
        else
            reason = "missed";
        v.explanation = what + ": " + formatValue(target.indicator, value.value, target.unit) + ", " + reason +
                        " (" + provenanceKindId(value.provenance) + (value.reported ? ", reported" : "") +
                        (value.method.empty() ? "" : "; " + value.method) + ")" + needs();
        return v;
    }
    case VerdictNumbers::TrendShort:
    case VerdictNumbers::TrendMeets: {
        const std::string trend = "trend of " + std::to_string(in.earlierBefore->year) + "-" +
                                  std::to_string(in.latestBefore->year) + " reaches " +
                                  formatValue(target.indicator, n.trend, target.unit);
        if (n.basis == VerdictNumbers::TrendShort) {
            IndicatorValue shown = *in.latestBefore;
            shown.provenance = n.shown.provenance;
            v.value = shown;
            v.explanation = what + ": no value for the target year; " + trend + ", short of the target" + needs();
        } else {
            v.explanation = what + ": no value for the target year (" + in.noDataReason + "); " + trend;
        }
        return v;
    }
    case VerdictNumbers::NoValue:
        break;
    }
    v.explanation = what + ": no data (" + (in.noDataReason.empty() ? "no value" : in.noDataReason) + ")";
    if (in.latestBefore)
        v.explanation += "; latest value " + formatValue(target.indicator, in.latestBefore->value, target.unit) +
                         " in " + std::to_string(in.latestBefore->year);
    return v;
}

} // namespace jieshui::core
