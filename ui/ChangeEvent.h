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
    FileStateChanged  ///< saved, renamed, or the modified flag flipped
};

/** One change; `regionCode` and `taskNumber` say which item when the kind concerns one. */
struct ChangeEvent {
    ChangeKind kind = ChangeKind::DataChanged;
    QString regionCode;
    int taskNumber = 0;

    /** True when the selected year, indicator or scenario, or the data, changed: results must be redrawn. */
    bool affectsResults() const {
        return kind == ChangeKind::ProjectReplaced || kind == ChangeKind::DataChanged ||
               kind == ChangeKind::ScenariosChanged || kind == ChangeKind::YearChanged ||
               kind == ChangeKind::IndicatorChanged || kind == ChangeKind::ScenarioChanged;
    }
};

} // namespace jieshui::ui

Q_DECLARE_METATYPE(jieshui::ui::ChangeEvent)
