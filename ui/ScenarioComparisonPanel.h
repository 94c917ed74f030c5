// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "model/Indicator.h"
#include "report/ScenarioResult.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace jieshui::ui {

class MapPreview;
class MapPresenter;
class ProjectController;
class ScenarioComparisonModel;

/**
 * Compare scenarios (a dock): a reference scenario A and any others checked, for a year — every target's
 * value and verdict per scenario and each one's difference from A, differences highlighted — and the
 * difference map of one indicator, county values of B minus A in diverging colours with a legend
 * (render::DifferenceMapBuilder, drawn with title and legend as export-map draws it, and saved the same
 * way). Every number comes from the evaluation service. The table is copied as text or exported (its
 * core::ReportTable).
 */
class ScenarioComparisonPanel : public QWidget {
    Q_OBJECT

public:
    ScenarioComparisonPanel(ProjectController* controller, MapPresenter* presenter,
                            QWidget* parent = nullptr);

    /** Compares @p others against @p reference in @p year (ids; the chooser lists follow). */
    void compare(const QString& reference, const QStringList& others, int year);
    /** The indicator of the difference map and the scenario drawn as B. */
    void setMapIndicator(core::Indicator indicator);
    void setMapScenario(const QString& other);

    ScenarioComparisonModel* model() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    MapPreview* mapPreview() const { return m_map; }
    QComboBox* referenceBox() const { return m_reference; }
    QListWidget* othersList() const { return m_others; }
    QSpinBox* yearBox() const { return m_year; }
    QComboBox* indicatorBox() const { return m_indicator; }
    QComboBox* mapScenarioBox() const { return m_mapScenario; }
    QLabel* messageLabel() const { return m_message; }
    /** The results compared, the reference first (valid until the next refresh). */
    const std::vector<core::ScenarioResult>& results() const { return m_results; }

protected:
    bool event(QEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void onDockVisibilityChanged(bool shown);
    void fillChoices();
    void refresh();
    void refreshMap();
    QString reference() const;
    QStringList others() const;

    ProjectController* m_controller;
    MapPresenter* m_presenter;
    ScenarioComparisonModel* m_model;
    QComboBox* m_reference;
    QListWidget* m_others;
    QSpinBox* m_year;
    QTableView* m_table;
    QComboBox* m_indicator;
    QComboBox* m_mapScenario;
    MapPreview* m_map;
    QPushButton* m_saveMap;
    QLabel* m_message;
    QPushButton* m_copy;
    std::vector<core::ScenarioResult> m_results;
    QStringList m_ids; ///< compared scenario ids, the reference first
    bool m_filling = false;
    bool m_stale = false; ///< the project changed while the panel was hidden: refresh when shown
    bool m_inDock = false;
    bool m_dockShown = false; ///< in a dock: whether its tab is the one shown
};

} // namespace jieshui::ui
