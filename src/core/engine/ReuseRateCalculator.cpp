// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ReuseRateCalculator.h"

#include "model/Variable.h"

namespace jieshui::core {

Result<Ratio> ReuseRateCalculator::rate(const std::vector<ReuseVolumes>& units) {
    double reused = 0.0;
    double total = 0.0;
    for (const auto& u : units) {
        if (u.reused.value() < 0.0)
            return Error(ErrorCode::InvalidValue, "reused water cannot be negative",
                         {.field = std::string(var::ReuseReused), .region = u.code});
        if (u.fresh.value() < 0.0)
            return Error(ErrorCode::InvalidValue, "fresh water intake cannot be negative",
                         {.field = std::string(var::ReuseFresh), .region = u.code});
        reused += u.reused.value();
        total += u.reused.value() + u.fresh.value();
    }
    if (!(total > 0.0))
        return Error(ErrorCode::MissingData, "no above-scale industrial water use to compute a reuse rate");
    return ratio(reused / total);
}

} // namespace jieshui::core
