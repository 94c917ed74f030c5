// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "model/Dataset.h"
#include "output/ReportLanguage.h"
#include "report/ReportTable.h"
#include "report/ScenarioResult.h"
#include "scenario/Allocation.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace jieshui::output {

/**
 * The tables an analyst exports, built from one evaluated scenario (core::ScenarioResult, the program's
 * one evaluation) in a document's language: the scorecard, a region's details, the key tasks, the appendix
 * of estimates and projections, an allocation and a scenario comparison. Numbers are numbers in the units
 * reports print (core::IndicatorDisplay), at full precision, each carrying the decimals the window shows
 * it with (core::IndicatorDisplay::decimalsForTarget); verdict words are
 * render::StatusPalette's. XLSX, CSV, the PDF report and the window's exports all take these tables.
 */
class ReportTables {
public:
    /** @p scenarioName: the scenario's display name (core::scenarioDisplayName), for the notes. */
    ReportTables(const core::ScenarioResult& result, const core::Dataset& dataset, ReportLanguage language,
                 QString scenarioName = {});

    /**
     * Every plan target (key-task milestones excepted) with value, comparator, target, gap, the annual
     * rate still needed, verdict, provenance and the plan's clause; @p year 0 = all years; @p counties adds
     * each county's row under its city target (caps against the county's quota).
     */
    core::ReportTable scorecard(int year = 0, bool counties = false) const;
    /** One region in @p year: its own targets and the city's targets applied to it (caps: its quota). */
    core::ReportTable regionDetails(const std::string& regionCode, int year) const;
    /** The key tasks with each milestone, its target, the value reached and its verdict. */
    core::ReportTable keyTasks() const;
    /**
     * Every value a verdict rests on that is not a sourced statistic — estimates (估算) and projections —
     * with its source or method; the trend's assumptions as notes.
     */
    core::ReportTable evidence() const;

    /** An allocation: each county's quota (亿m³) and share, the method and any remainder in the notes. */
    static core::ReportTable allocation(const core::Allocation& allocation, const core::Dataset& dataset,
                                        const ReportLanguage& language);
    /**
     * Scenarios side by side (core::ScenarioComparison, the rows every view of the comparison shows): each
     * target of @p year with, per scenario of @p results (the reference first, each from the same
     * EvaluationService, named by @p names), its value and verdict, and for every other scenario its
     * difference from the reference in the row's unit and relative to it in % (relativeDifference()). The
     * one table of the comparison panel's export, File → Export Table and `export-table --compare`.
     */
    static core::ReportTable comparison(const std::vector<const core::ScenarioResult*>& results,
                                        const std::vector<QString>& names, const core::Dataset& dataset,
                                        int year, const ReportLanguage& language);

    /**
     * @p difference as a percentage of |@p reference| (base units), to one decimal; nullopt where a relative
     * difference means nothing: without both values, a reference of 0, a done/not-done milestone, or an
     * indicator already in % (its difference is in percentage points).
     */
    static std::optional<double> relativeDifference(const core::PlanTarget& target,
                                                    std::optional<double> reference,
                                                    std::optional<double> difference);

    /** The region's name in the document's language, else its code. */
    static QString regionName(const core::Dataset& dataset, const std::string& code,
                              const ReportLanguage& language);
    /** What a verdict judges: the indicator's name, or "任务3：…" for a key-task milestone. */
    static QString indicatorLabel(const core::Dataset& dataset, const core::Verdict& verdict,
                                  const ReportLanguage& language);
    /**
     * A number cell for @p target: the value in the target's display unit at full precision, with the
     * decimals the window shows it with.
     */
    static core::ReportTable::Number shown(const core::PlanTarget& target, double baseValue);
    /** 估算 / 预测 / 统计 in the document's language. */
    static QString provenanceName(core::ProvenanceKind kind, const ReportLanguage& language);

private:
    std::vector<core::ReportTable::Cell> verdictCells(const core::Verdict& verdict) const;
    std::vector<core::ReportTable::Column> verdictColumns() const;
    std::vector<std::string> commonNotes() const;

    const core::ScenarioResult& m_result;
    const core::Dataset& m_dataset;
    ReportLanguage m_language;
    QString m_scenarioName;
};

} // namespace jieshui::output
