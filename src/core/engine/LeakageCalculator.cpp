// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LeakageCalculator.h"

#include "model/Variable.h"

#include <algorithm>

namespace jieshui::core {

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

Result<LeakageResult> LeakageCalculator::utility(const UtilityLeakageInput& in) {
    const auto invalid = [&in](const std::string& message, std::string_view field) {
        return Error(ErrorCode::InvalidValue, message, {.field = std::string(field), .region = in.code});
    };
    if (!(in.supplied.value() > 0.0))
        return invalid("water supplied (Q_s) must be positive", var::SupplyTotal);
    if (in.registered.value() < 0.0)
        return invalid("registered consumption cannot be negative", var::SupplyRegistered);
    if (in.registered > in.supplied)
        return invalid("registered consumption exceeds the water supplied", var::SupplyRegistered);
    if (in.billed && (in.billed->value() < 0.0 || *in.billed > in.supplied))
        return invalid("billed consumption must lie between 0 and the water supplied", var::SupplyBilled);
    if (in.residentialMetered &&
        (in.residentialMetered->value() < 0.0 || *in.residentialMetered > in.supplied))
        return invalid("residential metered use must lie between 0 and the water supplied",
                       var::SupplyResidentialMetered);
    if (in.mainLength && in.mainLength->value() < 0.0)
        return invalid("main length cannot be negative", var::SupplyMainLength);

    LeakageResult out;
    out.supplied = in.supplied;
    out.utilityCount = 1;
    out.comprehensive = ratio(((in.supplied - in.registered) / in.supplied).value());
    const auto note = [&out](const std::string& text) {
        out.notes += (out.notes.empty() ? "" : "; ") + text;
    };
    if (in.residentialMetered)
        out.corrections.residentialMetering =
            residentialMeteringCorrection(*in.residentialMetered, in.supplied);
    else
        note("R1 not applied (no residential metered use)");
    if (in.mainLength)
        out.corrections.mainLength = mainLengthCorrection(*in.mainLength, in.supplied);
    else
        note("R2 not applied (no main length)");
    if (in.meanPressure)
        out.corrections.pressure = pressureCorrection(*in.meanPressure);
    if (in.frostDepth)
        out.corrections.frostDepth = frostDepthCorrection(*in.frostDepth);
    out.corrected = out.comprehensive - out.corrections.total();
    if (in.billed)
        out.nonRevenue = ratio(((in.supplied - *in.billed) / in.supplied).value());
    return out;
}

Result<LeakageResult> LeakageCalculator::region(const std::vector<UtilityLeakageInput>& utilities) {
    if (utilities.empty())
        return Error(ErrorCode::MissingData, "no supply utility with supply and registered use");
    LeakageResult out;
    double supplied = 0.0;
    double wl = 0.0, bl = 0.0, r1 = 0.0, r2 = 0.0, r3 = 0.0, r4 = 0.0, nrw = 0.0;
    bool allBilled = true;
    for (const auto& u : utilities) {
        auto one = utility(u);
        if (one.hasError())
            return one.error();
        const LeakageResult& r = one.value();
        const double q = r.supplied.value();
        supplied += q;
        wl += r.comprehensive.value() * q;
        bl += r.corrected.value() * q;
        r1 += r.corrections.residentialMetering.value() * q;
        r2 += r.corrections.mainLength.value() * q;
        r3 += r.corrections.pressure.value() * q;
        r4 += r.corrections.frostDepth.value() * q;
        if (r.nonRevenue)
            nrw += r.nonRevenue->value() * q;
        else
            allBilled = false;
        if (!r.notes.empty())
            out.notes += (out.notes.empty() ? "" : "; ") + u.code + ": " + r.notes;
    }
    out.supplied = cubicMetres(supplied);
    out.utilityCount = static_cast<int>(utilities.size());
    out.comprehensive = ratio(wl / supplied);
    out.corrected = ratio(bl / supplied);
    out.corrections = {ratio(r1 / supplied), ratio(r2 / supplied), ratio(r3 / supplied),
                       ratio(r4 / supplied)};
    if (allBilled)
        out.nonRevenue = ratio(nrw / supplied);
    return out;
}

} // namespace jieshui::core
