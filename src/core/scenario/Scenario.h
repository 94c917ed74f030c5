// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** Per-county driver of a projection to 2035. Rates are fractions per year (0.06 = 6 %/yr). */
enum class Driver {
    GdpRealGrowth,              ///< real GDP growth per year
    IvaRealGrowth,              ///< real industrial value added growth per year
    AgricultureIntensityChange, ///< change per year of irrigation water per irrigated area
    IndustryIntensityChange,    ///< change per year of industrial water per real IVA
    DomesticIntensityChange,    ///< change per year of urban public + residential water per real GDP
    IrrigatedAreaChange,        ///< change per year of the irrigated area
    IrrigationCoefficient,      ///< level of the coefficient reached by the horizon year (fraction)
    LeakageRate,                ///< level of the leakage rate reached by the horizon year (fraction)
    ReuseRate                   ///< level of the above-scale reuse rate reached by the horizon year
};

const char* driverId(Driver d); ///< e.g. "gdp-real-growth"
std::optional<Driver> driverFromId(std::string_view id);

/** One stored difference of a scenario from its parent. */
struct DriverOverride {
    std::string regionCode; ///< a county code, or the city code for all counties
    Driver driver = Driver::GdpRealGrowth;
    int fromYear = 0;   ///< first projected year it applies to; 0 = all
    double value = 0.0; ///< fraction per year, or level fraction (see Driver)
};

/**
 * A scenario stores only its overrides; everything else is inherited from its parent, up to the
 * baseline (the scenario with an empty parent), whose drivers are the observed trend.
 */
struct Scenario {
    std::string name;
    std::string parent; ///< empty for the baseline
    std::string descriptionZh;
    std::string descriptionEn;
    std::vector<DriverOverride> overrides;
};

/**
 * The name a reader sees for a scenario, never its id: the description's lead — the words before its
 * first colon (：or :), e.g. "严格节水情景" / "Strict saving" — when that is short (≤ 24 characters),
 * else the id. @p chinese picks the description's language (falling back to the other).
 */
std::string scenarioDisplayName(const Scenario& scenario, bool chinese);

} // namespace jieshui::core
