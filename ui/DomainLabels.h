// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "model/Dataset.h"
#include "model/Indicator.h"
#include "model/KeyTask.h"
#include "model/Provenance.h"
#include "model/Region.h"
#include "scenario/Scenario.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace jieshui::ui {

/**
 * Display names, units and colours of domain values, in the language of the running program (Chinese
 * names from the catalogs when the default QLocale is Chinese, English otherwise). Numbers are formatted
 * by core::IndicatorDisplay and colours come from render::StatusPalette, so the window, the CLI and the
 * exports agree. Values arrive in the indicator's base unit (m³, m³/yuan, fraction) and are shown in its
 * display unit (亿m³, m³/万元, %, or the bare coefficient).
 */
class DomainLabels {
    Q_DECLARE_TR_FUNCTIONS(DomainLabels)

public:
    static bool isChinese();
    static QString indicatorName(core::Indicator indicator);
    /** The name of the indicator a cap is judged on (core::judgedIndicator): what every view of a cap says.
     */
    static QString judgedIndicatorName(core::Indicator indicator);
    static QString regionName(const core::Region& region);
    static QString regionName(const core::Dataset& dataset, const QString& code);
    /** A scenario's name in the program's language (core::scenarioDisplayName), never its id. */
    static QString scenarioName(const core::Scenario& scenario);
    static QString statusName(core::VerdictStatus status);
    static QColor statusColor(core::VerdictStatus status);
    static QString provenanceName(core::ProvenanceKind kind);
    static QString taskStatusName(core::TaskStatus status);
    static QString taskTitle(const core::KeyTask& task);
    static QString comparatorText(core::Comparator comparator);

    /** The display unit of @p indicator, e.g. "亿m³" ("" for the bare coefficient). */
    static QString displayUnit(core::Indicator indicator);
    /** @p baseValue (base unit) converted to the display unit. */
    static double toDisplay(core::Indicator indicator, double baseValue);
    /** "0.503", "37.2 %", "16.53 亿m³": the value in its display unit with the unit. */
    static QString formatValue(core::Indicator indicator, double baseValue, bool withUnit = true);
    /** What a target measures: the indicator's name, or "Task 4: <title>" for a key-task milestone. */
    static QString targetLabel(const core::PlanTarget& target, const core::Dataset& dataset);
    /** A target's value or gap in its own terms: display unit, or the plan's unit for task milestones. */
    static QString formatTargetValue(const core::PlanTarget& target, double baseValue);
    static QString formatTargetGap(const core::PlanTarget& target, std::optional<double> gap);

    /**
     * A verdict in the user's words, built from its fields (never the engine's English explanation):
     * "Qinzhou City, 2020 — Industrial reuse rate: 92.4 % (estimate); target ≥ 90.0 %: met, gap +2.4 pp".
     * @p richText gives HTML with the status word in its colour.
     */
    static QString verdictSentence(const core::Verdict& verdict, const core::Dataset& dataset,
                                   bool richText = false);

    /** A gap with its sign, in the display unit (percentage points for % indicators). */
    static QString formatGap(core::Indicator indicator, std::optional<double> gap);
    /** An annual rate still needed (fraction per year), e.g. "-6.9 %/yr". */
    static QString formatAnnualRate(double fractionPerYear);
};

} // namespace jieshui::ui
