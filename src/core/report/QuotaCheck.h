// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "scenario/Allocation.h"

#include <optional>
#include <string>
#include <vector>

namespace jieshui::core {

/** One county of a quota split, beside its use in the split's year and scenario. Volumes in m³. */
struct QuotaRow {
    std::string regionCode;
    std::optional<double> quota; ///< m³; absent when the split has no share for the county
    double share = 0.0;          ///< quota / cap (fraction); 0 when the cap is 0 or there is no quota
    bool manual = false;         ///< typed by hand: pinned when the split is recomputed
    /**
     * The county judged against its quota exactly as the map and the CLI judge it: value = its use (the
     * cap's scope), gap = use − quota (positive = over), status Met / AtRisk / Missed, NoQuota, NoData.
     */
    Verdict verdict;
};

/**
 * A quota split (Allocation) judged in one scenario: every county's quota, share and use, the sum and the
 * remainder (cap − Σ quotas, never spread: positive = unallocated, negative = over-allocated).
 */
struct QuotaCheck {
    Allocation allocation;
    std::vector<QuotaRow> rows; ///< one per county, in the dataset's county order
    double sum = 0.0;           ///< Σ quotas, m³
    double remainder = 0.0;     ///< cap − sum, m³
    /** True when the plan has a cap for the year (judged against its scope); false: the typed cap's year. */
    bool planCap = false;
};

} // namespace jieshui::core
