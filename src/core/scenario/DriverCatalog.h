// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/DriverTraits.h"
#include "scenario/Scenario.h"

#include <string_view>
#include <vector>

namespace jieshui::core {

/** What a reader sees of a scenario driver: its names, its display unit and its valid range. */
struct DriverInfo {
    Driver driver;
    std::string_view nameZh; ///< e.g. "地区生产总值实际增速"
    std::string_view nameEn; ///< e.g. "Real GDP growth"
    /**
     * Values are shown in percent (rates per year, leakage and reuse) — the stored fraction × 100 — except
     * the irrigation coefficient, shown as the bare fraction (0.55).
     */
    bool inPercent = true;
    std::string_view unitZh; ///< "%/年", "%" or "" (the coefficient)
    std::string_view unitEn; ///< "%/yr", "%" or ""
};

/**
 * The catalogue of the drivers' reader-facing facts, in DriverTraits::all order. The valid ranges are
 * DriverTraits::inRange's (the one rule); displayMinimum()/displayMaximum() state them in display units.
 */
class DriverCatalog {
public:
    static const DriverInfo& info(Driver driver);
    static const std::vector<DriverInfo>& all();

    /** @p fraction (as stored) in the driver's display unit: × 100 for percent drivers. */
    static double toDisplay(Driver driver, double fraction);
    /** A value typed in the display unit back to the stored fraction. */
    static double fromDisplay(Driver driver, double display);

    /** Lower and upper end of the valid range in display units (e.g. −50 and 100 for a growth rate). */
    static double displayMinimum(Driver driver);
    static double displayMaximum(Driver driver);
    /** False when the lower end is excluded: the coefficient lies in (0, 1]. */
    static bool minimumIncluded(Driver driver);
};

} // namespace jieshui::core
