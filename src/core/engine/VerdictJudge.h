// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/IndicatorValue.h"
#include "engine/Verdict.h"
#include "model/PlanTarget.h"

#include <optional>
#include <string>

namespace jieshui::core {

/** What the judge knows about one target: the value in the target year and the latest ones before it. */
struct VerdictInputs {
    std::optional<IndicatorValue> atTargetYear;  ///< observed or projected value in the target year
    std::string noDataReason;                    ///< why atTargetYear is absent (English)
    std::optional<IndicatorValue> latestBefore;  ///< latest value in a year before the target year
    std::optional<IndicatorValue> earlierBefore; ///< the one before latestBefore, for a linear trend
};

/**
 * Turns a value and a target into a Verdict (达标 / 临界 / 未达标 / 无数据):
 * - a value in the target year meets the target or not; met by less than `atRiskMargin` × |target| is
 *   AtRisk; a projected value that falls short is AtRisk rather than Missed (it has not happened);
 * - no value in the target year: the linear trend of the two latest values before it is extended to
 *   the target year; short of the target is AtRisk, otherwise NoData (a trend proves nothing met);
 * - the required annual rate is set when not Met and a value exists before the target year
 *   (requiredAnnualRate() documents the formulas); provenance is the value's (the weakest input).
 */
class VerdictJudge {
public:
    explicit VerdictJudge(double atRiskMargin = 0.02);

    Verdict judge(const PlanTarget& target, const VerdictInputs& inputs, const std::string& scenario) const;

    /** value ≤ target for AtMost, value ≥ target for AtLeast. */
    static bool meets(Comparator comparator, double value, double target);

    /**
     * Annual rate of change (fraction per year; negative = decline) that takes the indicator from
     * @p currentValue in @p currentYear to @p targetValue in @p targetYear:
     * - reductions R (intensity = I_0·(1−R)): the intensity must change by ((1−R_T)/(1−R_now))^(1/n) − 1
     *   a year, n = targetYear − currentYear (37 % from the base year over 5 years: −8.8 %/yr);
     * - caps and every other level: (target / current)^(1/n) − 1 (for a cap, the annual change of total
     *   use that just keeps it at the cap).
     * nullopt when n ≤ 0 or the ratio is undefined (non-positive values).
     */
    static std::optional<double> requiredAnnualRate(Indicator indicator, double currentValue, int currentYear,
                                                    double targetValue, int targetYear);

    /** Linear extension of two values to @p year. */
    static double trendValue(const IndicatorValue& earlier, const IndicatorValue& later, int year);

    /** A value in its display unit with the unit (IndicatorDisplay), e.g. "37.0 %", "16.53 亿m³". */
    static std::string formatValue(Indicator indicator, double value, const std::string& unit = {});

private:
    double m_atRiskMargin;
};

} // namespace jieshui::core
