// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Dataset.h"
#include "scenario/Scenario.h"
#include "units/Quantities.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jieshui::core {

/**
 * Reads the quantities the scenario module needs from the statistics table, the same way for the
 * trend, the projection and the allocation. (The engine computes the official indicators; this is the
 * scenario module's own small view of the ledger, so that projection does not depend on the engine.)
 */
class WaterLedger {
public:
    /** The sector variables whose sum is the bulletin-scope total (once-through cooling is inside industry).
     */
    static const std::array<std::string_view, 6>& sectorVariables();

    /**
     * Total water use of a region in a year, bulletin scope (全口径), in m³: the sum of the six sectors
     * when all are present, else the reported total, else the sum of the sectors present; nullopt when
     * there is nothing.
     */
    static std::optional<WaterVolume> totalUse(const Dataset& dataset, std::string_view regionCode, int year);

    /**
     * The observed level behind a level driver (fraction): the reported irrigation coefficient, the
     * reported reuse rate (else reused / (reused + fresh) of above-scale industry), the reported leakage
     * rate. nullopt for rate drivers or when absent.
     */
    static std::optional<double> observedLevel(const Dataset& dataset, std::string_view regionCode,
                                               Driver driver, int year);

    /**
     * The last observed year: the largest year in which every one of @p regionCodes that has current-price
     * GDP at all has it (statistics arrive county by county, so a later year may be partial); 0 when none
     * has GDP. A region without any GDP is left out here (the projection names it).
     */
    static int lastObservedYear(const Dataset& dataset, const std::vector<std::string>& regionCodes);

    /**
     * Years after lastObservedYear() for which some of @p regionCodes already have current-price GDP, each
     * with the regions still missing it (the partial years a note should name).
     */
    static std::vector<std::pair<int, std::vector<std::string>>>
    partialYears(const Dataset& dataset, const std::vector<std::string>& regionCodes);

    /** The value of a statistic in its base unit, or nullopt. */
    static std::optional<double> value(const Dataset& dataset, std::string_view regionCode,
                                       std::string_view variable, int year);
};

} // namespace jieshui::core
