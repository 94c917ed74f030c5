// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "model/Dataset.h"
#include "model/Statistic.h"

#include <string>
#include <vector>

namespace jieshui::core {

/** A row of an imported statistics file that cannot be imported, with every reason. */
struct RejectedStatisticRow {
    int line = 0;           ///< physical line where the record starts (header = 1)
    std::string regionCode; ///< as written (may be unknown)
    int year = 0;           ///< 0 when unreadable
    std::string variable;   ///< as written (may be unknown)
    std::vector<Error> reasons;
};

/** A row whose key exists already with another value, unit, provenance or vintage. */
struct StatisticReplacement {
    Statistic before;
    Statistic after;
};

/**
 * What importing a statistics file into an existing dataset would do (jieshui-cli import-stats): rows
 * to add, rows to replace, rows already present unchanged, rows rejected. Values in base units.
 */
struct StatisticsImportPlan {
    std::vector<Statistic> additions;
    std::vector<StatisticReplacement> replacements;
    std::vector<Statistic> unchanged;
    std::vector<RejectedStatisticRow> rejected;

    bool hasRejections() const { return !rejected.empty(); }
    /** Whether applying would change anything. */
    bool hasChanges() const { return !additions.empty() || !replacements.empty(); }

    /**
     * Adds and replaces in @p dataset, all or nothing (rejected rows are never applied; a caller that
     * wants all-or-nothing for the whole file refuses to apply a plan with rejections). Fails, leaving
     * the dataset unchanged, when the dataset no longer accepts a row.
     */
    Status apply(Dataset& dataset) const;
};

} // namespace jieshui::core
