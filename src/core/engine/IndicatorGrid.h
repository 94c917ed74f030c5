// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "model/Indicator.h"
#include "model/Provenance.h"

#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/** One value of a grid: the number, or the kind of error that left it empty. */
struct GridCell {
    double value = 0.0; ///< base unit of the indicator's dimension
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    bool reported = false;
    std::optional<ErrorCode> error; ///< set when there is no value (Evaluator::compute() tells why)
    // 16 bytes: a 2,843-county grid is 600,000 cells, written at memory speed.

    bool isOk() const { return !error.has_value(); }
};

/**
 * One indicator over regions × years, for compliance maps, charts and tables: the same numbers as
 * Evaluator::compute(), without the per-value method text. Cells are region-major.
 */
struct IndicatorGrid {
    Indicator indicator = Indicator::TotalWaterUse;
    int fromYear = 0;
    int toYear = 0;
    int baseYear = 2015;
    std::vector<std::string> regionCodes;
    std::vector<GridCell> cells;

    int yearCount() const { return toYear >= fromYear ? toYear - fromYear + 1 : 0; }
    const GridCell& cell(std::size_t regionIndex, int year) const {
        return cells[regionIndex * static_cast<std::size_t>(yearCount()) +
                     static_cast<std::size_t>(year - fromYear)];
    }
};

} // namespace jieshui::core
