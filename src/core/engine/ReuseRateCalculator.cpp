// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ReuseRateCalculator.h"

#include "model/Variable.h"

namespace jieshui::core {

ReuseRateCalculator::Fault ReuseRateCalculator::Accumulator::add(double reused, double fresh) {
    if (reused < 0.0)
        return Fault::ReusedNegative;
    if (fresh < 0.0)
        return Fault::FreshNegative;
    m_reused += reused;
    m_total += reused + fresh;
    return Fault::None;
}

Outcome<double> ReuseRateCalculator::Accumulator::rate() const {
    if (!(m_total > 0.0))
        return Outcome<double>::failure(ErrorCode::MissingData);
    return Outcome<double>::success(m_reused / m_total);
}

Error ReuseRateCalculator::error(Fault fault, const std::string& code) {
    switch (fault) {
    case Fault::ReusedNegative:
        return Error(ErrorCode::InvalidValue, "reused water cannot be negative",
                     {.field = std::string(var::ReuseReused), .region = code});
    case Fault::FreshNegative:
        return Error(ErrorCode::InvalidValue, "fresh water intake cannot be negative",
                     {.field = std::string(var::ReuseFresh), .region = code});
    case Fault::None:
        break;
    }
    return Error(ErrorCode::MissingData, "no above-scale industrial water use to compute a reuse rate");
}

Result<Ratio> ReuseRateCalculator::rate(const std::vector<ReuseVolumes>& units) {
    Accumulator accumulator;
    for (const auto& u : units)
        if (const Fault f = accumulator.add(u.reused.value(), u.fresh.value()); f != Fault::None)
            return error(f, u.code);
    const Outcome<double> r = accumulator.rate();
    if (!r.ok)
        return error(Fault::None, {});
    return ratio(r.value);
}

} // namespace jieshui::core
