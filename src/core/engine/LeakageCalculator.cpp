// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LeakageCalculator.h"

#include "model/Variable.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::core {

namespace {
constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

double orNone(const std::optional<WaterVolume>& v) {
    return v ? v->value() : kNone;
}
} // namespace

Ratio LeakageCalculator::residentialMeteringCorrection(WaterVolume residentialMetered, WaterVolume supplied) {
    if (!(supplied.value() > 0.0))
        return ratio(0);
    return ratio(0.08 * (residentialMetered / supplied).value());
}

Ratio LeakageCalculator::mainLengthCorrection(Length mainLength, WaterVolume supplied) {
    if (!(supplied.value() > 0.0))
        return ratio(0);
    // A in km of DN75+ mains per 10⁴ m³ supplied, as the standard states it.
    const double a = inKilometres(mainLength) / inTenThousandCubicMetres(supplied);
    return ratio(std::clamp(0.99 * (a - 0.0693), -0.03, 0.03));
}

Ratio LeakageCalculator::pressureCorrection(Pressure meanOutletPressure) {
    const double mpa = inMegapascals(meanOutletPressure);
    if (mpa > 0.75)
        return percent(2.0);
    if (mpa > 0.55)
        return percent(1.0);
    if (mpa > 0.35)
        return percent(0.5);
    return ratio(0);
}

Ratio LeakageCalculator::frostDepthCorrection(Length maxFrostDepth) {
    return maxFrostDepth.value() > 1.4 ? percent(1.0) : ratio(0);
}

LeakageCalculator::UtilityFigures LeakageCalculator::utilityOf(const UtilityNumbers& in) {
    UtilityFigures out;
    const auto fail = [&out](LeakageFault::Kind kind) {
        out.fault.kind = kind;
        return out;
    };
    const bool hasBilled = !std::isnan(in.billed);
    const bool hasMetered = !std::isnan(in.residentialMetered);
    const bool hasLength = !std::isnan(in.mainLength);
    if (!(in.supplied > 0.0))
        return fail(LeakageFault::SuppliedNotPositive);
    if (in.registered < 0.0)
        return fail(LeakageFault::RegisteredNegative);
    if (in.registered > in.supplied)
        return fail(LeakageFault::RegisteredAboveSupplied);
    if (hasBilled && (in.billed < 0.0 || in.billed > in.supplied))
        return fail(LeakageFault::BilledOutOfRange);
    if (hasMetered && (in.residentialMetered < 0.0 || in.residentialMetered > in.supplied))
        return fail(LeakageFault::MeteredOutOfRange);
    if (hasLength && in.mainLength < 0.0)
        return fail(LeakageFault::MainLengthNegative);

    out.supplied = in.supplied;
    out.comprehensive = (in.supplied - in.registered) / in.supplied;
    if (hasMetered)
        out.r1 = residentialMeteringCorrection(cubicMetres(in.residentialMetered), cubicMetres(in.supplied)).value();
    else
        out.notes |= 1U;
    if (hasLength)
        out.r2 = mainLengthCorrection(metres(in.mainLength), cubicMetres(in.supplied)).value();
    else
        out.notes |= 2U;
    if (!std::isnan(in.meanPressure))
        out.r3 = pressureCorrection(in.meanPressure * pascal).value();
    if (!std::isnan(in.frostDepth))
        out.r4 = frostDepthCorrection(metres(in.frostDepth)).value();
    out.corrected = out.comprehensive - (((out.r1 + out.r2) + out.r3) + out.r4);
    out.nonRevenue = hasBilled ? (in.supplied - in.billed) / in.supplied : kNone;
    return out;
}

void LeakageCalculator::Accumulator::add(const UtilityFigures& r) {
    const double q = r.supplied;
    m_supplied += q;
    m_wl += r.comprehensive * q;
    m_bl += r.corrected * q;
    m_r1 += r.r1 * q;
    m_r2 += r.r2 * q;
    m_r3 += r.r3 * q;
    m_r4 += r.r4 * q;
    if (!std::isnan(r.nonRevenue))
        m_nrw += r.nonRevenue * q;
    else
        m_allBilled = false;
    ++m_count;
}

LeakageCalculator::UtilityFigures LeakageCalculator::Accumulator::result() const {
    UtilityFigures out;
    if (m_count == 0) {
        out.fault.kind = LeakageFault::NoUtility;
        return out;
    }
    out.supplied = m_supplied;
    out.comprehensive = m_wl / m_supplied;
    out.corrected = m_bl / m_supplied;
    out.r1 = m_r1 / m_supplied;
    out.r2 = m_r2 / m_supplied;
    out.r3 = m_r3 / m_supplied;
    out.r4 = m_r4 / m_supplied;
    out.nonRevenue = m_allBilled ? m_nrw / m_supplied : kNone;
    return out;
}

Error LeakageCalculator::error(const LeakageFault& fault, const std::string& code) {
    const auto invalid = [&code](const std::string& message, std::string_view field) {
        return Error(ErrorCode::InvalidValue, message, {.field = std::string(field), .region = code});
    };
    switch (fault.kind) {
    case LeakageFault::SuppliedNotPositive:
        return invalid("water supplied (Q_s) must be positive", var::SupplyTotal);
    case LeakageFault::RegisteredNegative:
        return invalid("registered consumption cannot be negative", var::SupplyRegistered);
    case LeakageFault::RegisteredAboveSupplied:
        return invalid("registered consumption exceeds the water supplied", var::SupplyRegistered);
    case LeakageFault::BilledOutOfRange:
        return invalid("billed consumption must lie between 0 and the water supplied", var::SupplyBilled);
    case LeakageFault::MeteredOutOfRange:
        return invalid("residential metered use must lie between 0 and the water supplied",
                       var::SupplyResidentialMetered);
    case LeakageFault::MainLengthNegative:
        return invalid("main length cannot be negative", var::SupplyMainLength);
    case LeakageFault::NoUtility:
    case LeakageFault::None:
        break;
    }
    return Error(ErrorCode::MissingData, "no supply utility with supply and registered use");
}

std::string LeakageCalculator::notesText(std::uint8_t notes, bool chinese) {
    std::string out;
    if (chinese) {
        if (notes & 1U)
            out = "未作 R1 修正（无居民抄表水量）";
        if (notes & 2U)
            out += (out.empty() ? "" : "；") + std::string("未作 R2 修正（无管网长度）");
        return out;
    }
    if (notes & 1U)
        out = "R1 not applied (no residential metered use)";
    if (notes & 2U)
        out += (out.empty() ? "" : "; ") + std::string("R2 not applied (no main length)");
    return out;
}

namespace {
LeakageResult toResult(const LeakageCalculator::UtilityFigures& f, int count) {
    LeakageResult out;
    out.comprehensive = ratio(f.comprehensive);
    out.corrected = ratio(f.corrected);
    out.corrections = {ratio(f.r1), ratio(f.r2), ratio(f.r3), ratio(f.r4)};
    if (!std::isnan(f.nonRevenue))
        out.nonRevenue = ratio(f.nonRevenue);
    out.supplied = cubicMetres(f.supplied);
    out.utilityCount = count;
    return out;
}

LeakageCalculator::UtilityNumbers numbersOf(const UtilityLeakageInput& in) {
    return {.supplied = in.supplied.value(),
            .registered = in.registered.value(),
            .billed = orNone(in.billed),
            .residentialMetered = orNone(in.residentialMetered),
            .mainLength = in.mainLength ? in.mainLength->value() : kNone,
            .meanPressure = in.meanPressure ? in.meanPressure->value() : kNone,
            .frostDepth = in.frostDepth ? in.frostDepth->value() : kNone};
}
} // namespace

Result<LeakageResult> LeakageCalculator::utility(const UtilityLeakageInput& in) {
    const UtilityFigures f = utilityOf(numbersOf(in));
    if (f.fault.kind != LeakageFault::None)
        return error(f.fault, in.code);
    LeakageResult out = toResult(f, 1);
    out.notes = notesText(f.notes);
    return out;
}

Result<LeakageResult> LeakageCalculator::region(const std::vector<UtilityLeakageInput>& utilities) {
    Accumulator accumulator;
    std::string notes;
    for (const auto& u : utilities) {
        const UtilityFigures f = utilityOf(numbersOf(u));
        if (f.fault.kind != LeakageFault::None)
            return error(f.fault, u.code);
        accumulator.add(f);
        if (f.notes != 0)
            notes += (notes.empty() ? "" : "; ") + u.code + ": " + notesText(f.notes);
    }
    const UtilityFigures total = accumulator.result();
    if (total.fault.kind != LeakageFault::None)
        return error(total.fault, {});
    LeakageResult out = toResult(total, accumulator.count());
    out.notes = std::move(notes);
    return out;
}

} // namespace jieshui::core
