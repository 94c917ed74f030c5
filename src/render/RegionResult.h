// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"

#include <optional>

namespace jieshui::render {

/** What a thematic map shows for one region (county): its status, its value and whether it is estimated. */
struct RegionResult {
    core::VerdictStatus status = core::VerdictStatus::NoData;
    std::optional<double>
        value;             ///< the value in its display unit (core::IndicatorDisplay), for classes and labels
    bool estimate = false; ///< provenance estimate or projected: drawn hatched, noted in the legend
};

} // namespace jieshui::render
