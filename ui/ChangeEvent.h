// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace jieshui::ui {

/** What changed in the open project or in the view's selection (one change channel, after Tiled). */
enum class ChangeKind {
    ProjectReplaced,  ///< a project was opened, created or reverted: everything is new
    DataChanged,      ///< statistics, regions, targets or layers' data were edited: everything recomputed
    ScenariosChanged, ///< scenarios, their overrides or allocations were edited: the projection recomputed
    TaskChanged,      ///< a key task's status changed
    LayersChanged,    ///< layer visibility or order changed
    YearChanged,      ///< the selected year changed
    IndicatorChanged, ///< the selected indicator changed
    ScenarioChanged,  ///< the selected scenario changed
    RegionSelected,   ///< another region was identified (or the selection was cleared)
    UncertaintyChanged, ///< the uncertainty of the inputs was edited (verdicts unchanged, probabilities stale)
    FileStateChanged, ///< saved, renamed, or the modified flag flipped
    LanguageChanged,  ///< the user switched the language: every text is written anew
    LessonsChanged    ///< the project's lessons were edited
};

/** One change; `regionCode` and `taskNumber` say which item when the kind concerns one. */
struct ChangeEvent {
    ChangeKind kind = ChangeKind::DataChanged;
    QString regionCode;
    int taskNumber = 0;
    /**
     * ScenariosChanged by a county quota split alone: every projected value is as it was (verdicts against
     * the quotas change). Views of projected values only (the trajectory chart) need not redraw.
     */
    bool projectionsUnchanged = false;

    /**
     * True when the selected year, indicator or scenario, the data or the language changed: results must be
     * redrawn (a language switch redraws them in the new words without evaluating anything anew).
     */
    bool affectsResults() const {
        return kind == ChangeKind::ProjectReplaced || kind == ChangeKind::DataChanged ||
               kind == ChangeKind::ScenariosChanged || kind == ChangeKind::YearChanged ||
               kind == ChangeKind::IndicatorChanged || kind == ChangeKind::ScenarioChanged ||
               kind == ChangeKind::LanguageChanged;
    }
};

} // namespace jieshui::ui

Q_DECLARE_METATYPE(jieshui::ui::ChangeEvent)
