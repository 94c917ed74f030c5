// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/IndicatorValue.h"
#include "model/PlanTarget.h"

#include <optional>
#include <string>

namespace jieshui::core {

enum class VerdictStatus {
    Met,    ///< 达标
    AtRisk, ///< 临界: met by less than the at-risk margin, or projected/trend short of a future target
    Missed, ///< 未达标
    NoData, ///< 无数据: the value cannot be computed (missing statistics)
    NoQuota ///< 未分配指标: a county judged on a city cap that has no quota for it in the allocation
};

const char* verdictStatusId(VerdictStatus s); ///< "met", "at-risk", "missed", "no-data", "no-quota"

/** The judgement of one plan target, with what a reader needs to act on it. */
struct Verdict {
    PlanTarget target;
    std::string scenario;
    VerdictStatus status = VerdictStatus::NoData;
    std::optional<IndicatorValue> value; ///< absent when NoData
    /** value − target in the indicator's base unit; positive means worse for "<=", better for ">=". */
    std::optional<double> gap;
    /**
     * For reductions and caps: the annual rate of change still needed from the value's year to reach the
     * target by the target year (fraction per year; negative = a decline is needed). Absent when met.
     */
    std::optional<double> requiredAnnualRate;
    std::string explanation; ///< why NoData, or what the verdict rests on (English)
};

} // namespace jieshui::core
