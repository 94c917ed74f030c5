// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ScenarioComparison.h"

#include "model/IndicatorDisplay.h"

namespace jieshui::core {

namespace {

std::string shown(const PlanTarget& target, double value) {
    return target.indicator == Indicator::TaskMilestone ? IndicatorDisplay::formatForTarget(target, value)
                                                        : IndicatorDisplay::format(target.indicator, value);
}

} // namespace

std::vector<ComparisonRow> ScenarioComparison::compare(const std::vector<const ScenarioResult*>& results,
                                                       int year) {
    std::vector<ComparisonRow> rows;
    if (results.empty() || results.front() == nullptr)
        return rows;
    for (const Verdict* reference : results.front()->verdictsOfYear(year)) {
        ComparisonRow row{.target = reference->target};
        const bool hasBase = reference->value.has_value();
        const double base = hasBase ? reference->value->value : 0.0;
        for (const ScenarioResult* result : results) {
            const Verdict* v = result != nullptr ? result->verdict(reference->target.id) : nullptr;
            ComparisonCell cell;
            if (v != nullptr) {
                cell.status = v->status;
                if (v->value)
                    cell.value = v->value->value;
            }
            if (result != results.front() && cell.value && hasBase) {
                cell.difference = *cell.value - base;
                if (shown(row.target, *cell.value) != shown(row.target, base))
                    row.differs = true;
            }
            if (cell.status != reference->status || cell.value.has_value() != hasBase)
                row.differs = true;
            row.cells.push_back(cell);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace jieshui::core
