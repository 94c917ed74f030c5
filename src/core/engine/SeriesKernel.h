// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineSettings.h"
#include "engine/IndicatorGrid.h"
#include "engine/RegionSeries.h"
#include "engine/WaterUseLedger.h"

#include <vector>

namespace jieshui::core {

/**
 * The region-level formulas of the Evaluator over the dense RegionSeries of one region that has no
 * counties, districts or utilities below it (those are left to Evaluator::compute()). It applies the
 * same formula classes in the same order as the Evaluator, so its cells equal compute() (a test checks
 * it), only without building method text: the fast path of Evaluator::computeGrid().
 */
class SeriesKernel {
public:
    /** The sector ledger of every year of @p data is summed once, on first use; compute() then reads it. */
    SeriesKernel(const RegionSeries& data, const EngineSettings& settings);

    /** The cell of @p indicator in @p year; TaskMilestone is UnknownIndicator. */
    GridCell compute(Indicator indicator, int year, int baseYear) const;

private:
    /** The ledger results of one year; each cell carries the provenance of all the ledger's reads. */
    struct YearLedger {
        GridCell bulletin;
        GridCell assessment;
        GridCell industry; ///< with or without once-through cooling, per the settings
    };
    WaterUseLedger ledger(int year, ProvenanceKind& provenance) const;
    const YearLedger& ledgerAt(int year) const;
    GridCell totalUse(int year, WaterUseScope scope) const;
    GridCell intensity(Indicator indicator, int year) const;
    GridCell reduction(Indicator indicator, int year, int baseYear) const;
    GridCell reported(EngineVariable variable, int year, ErrorCode missing) const;
    GridCell reuseRate(int year) const;

    const RegionSeries& m_data;
    const EngineSettings& m_settings;
    void sumLedgers() const;
    mutable bool m_ledgersSummed = false;
    mutable std::vector<YearLedger> m_ledgers; // from m_data.fromYear(), filled on first use
    YearLedger m_none;                         // outside the span: nothing
};

} // namespace jieshui::core
