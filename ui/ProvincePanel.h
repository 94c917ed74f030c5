// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * The province view's table: for the selected indicator, year and scenario, every city's verdict on its own
 * plan, and under each city its counties measured against that city's target (caps against their quotas) —
 * one table, city → county, from the same evaluation as the map. Choosing a row shows that city's plan in the
 * other panels. For a city's project it says where the view comes from.
 */
class ProvincePanel : public QWidget {
    Q_OBJECT

public:
    enum Column { RegionColumn, ValueColumn, TargetColumn, StatusColumn };

    explicit ProvincePanel(ProjectController* controller, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    QString summary() const;

private:
    void onChanged(const ChangeEvent& event);
    /** The panel's fixed texts (buttons, column titles) in the current language. */
    void retranslate();
    void rebuild();

    ProjectController* m_controller;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    bool m_rebuilding = false;
};

} // namespace jieshui::ui
