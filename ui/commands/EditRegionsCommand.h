// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/RegionEditor.h"

#include <QUndoCommand>

namespace jieshui::ui {

class ProjectController;

/** The parts of the window's project a region edit changes, held by value (before and after an edit). */
struct RegionParts {
    core::Dataset dataset;
    std::vector<core::Scenario> scenarios;
    std::vector<core::Allocation> allocations;
    QVector<geo::FeatureLayer> layers;
    std::vector<store::ResultRow> results;

    store::ProjectParts view() { return {dataset, scenarios, allocations, layers, results}; }
};

/**
 * One region edit (add, rename or remove, made by store::RegionEditor on copies): redo puts the edited
 * parts in place, undo the parts as they were. A removal takes statistics, targets, shares, settings and map
 * features with it, and undo brings all of them back.
 */
class EditRegionsCommand : public QUndoCommand {
public:
    /** @p after: the project's parts after the edit; the current ones are kept for undo. */
    EditRegionsCommand(ProjectController* controller, const QString& text, RegionParts after,
                       const QString& regionCode, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

    /** The window's project parts as they are now. */
    static RegionParts current(const ProjectController& controller);

private:
    void apply(const RegionParts& parts);

    ProjectController* m_controller;
    RegionParts m_before;
    RegionParts m_after;
    QString m_regionCode;
};

} // namespace jieshui::ui
