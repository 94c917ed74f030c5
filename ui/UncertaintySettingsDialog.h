// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty/UncertaintyModel.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * Edits how uncertain the project's inputs are: the default spread per provenance (published, estimated,
 * projected figures), rules for chosen statistics (a variable, a region, a span of years) and ranges for the
 * scenario drivers (e.g. real GDP growth 2023–2035 ± 1.5 points). Spreads are typed as the user thinks of them:
 * relative in %, absolute in the variable's usual unit (万m³, 万元, 万亩, percentage points, index points) or, for
 * drivers, in percentage points. OK checks the whole model (core::UncertaintyModel::validate) and applies it as
 * one undoable edit (SetUncertaintyCommand); nothing changes when it is refused.
 */
class UncertaintySettingsDialog : public QDialog {
    Q_OBJECT

public:
    UncertaintySettingsDialog(ProjectController* controller, QWidget* parent = nullptr);

    /** The model as the tables say now. */
    core::UncertaintyModel model() const;
    /** Fills the tables from @p model. */
    void setModel(const core::UncertaintyModel& model);

    QTableWidget* defaultsTable() const { return m_defaults; }
    QTableWidget* statisticsTable() const { return m_statistics; }
    QTableWidget* driversTable() const { return m_drivers; }

    /** Validates and applies (what OK does); false, with the problem shown, when refused. */
    bool apply();

    /** The factor from the unit an absolute spread of @p dimension is typed in to the base unit, and its name. */
    static std::pair<double, QString> absoluteUnit(core::Dimension dimension);

private:
    void addStatisticRow(const core::StatisticUncertaintyRule& rule);
    void addDriverRow(const core::DriverUncertaintyRule& rule);
    void updateUnits();

    ProjectController* m_controller;
    QTableWidget* m_defaults;
    QTableWidget* m_statistics;
    QTableWidget* m_drivers;
    QLabel* m_problem;
};

} // namespace jieshui::ui
