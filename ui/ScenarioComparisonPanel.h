// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "common/Result.h"
#include "model/Indicator.h"
#include "report/ReportTable.h"
#include "report/ScenarioResult.h"

#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
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
 * way). Every number comes from the evaluation service. The table is copied as text or exported as CSV or
 * XLSX (output::ReportTables::comparison, with each difference absolute and relative).
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
    /**
     * The comparison shown as a document table in the window's language: output::ReportTables::comparison,
     * the one table File → Export Table and `jieshui-cli export-table --compare` write.
     */
    core::ReportTable reportTable() const;
    /** Writes reportTable() to @p path (.csv or .xlsx, output::TableExporter). */
    core::Status exportTable(const QString& path) const;
    QPushButton* exportButton() const { return m_export; }
    /** The table and the difference map, each on its own tab so each has the panel's height. */
    QTabWidget* viewTabs() const { return m_views; }
    /** The results compared, the reference first (valid until the next refresh). */
    const std::vector<core::ScenarioResult>& results() const { return m_results; }

    /** Whether a change arrived while the panel was not on screen (it refreshes when shown). */
    bool isStale() const { return m_stale; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChanged(const ChangeEvent& event);
    void onDockVisibilityChanged(bool shown);
    /** Follows the visibility of the dock the panel is in (through any scroll area). */
    void watchDock();
    /** Visible and some of it on screen (a dock tab behind another is off screen). */
    bool isShownToUser() const;
    /** Every fixed text (captions, buttons, tooltips, tabs) in the window's language. */
    void retranslate();
    /** The scenarios' and indicators' names in the window's language, choices and rows kept. */
    void renameChoices();
    /** What the comparison lacks, if anything ("check a scenario", "no targets"); empty when complete. */
    QString stateMessage() const;
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
    QPushButton* m_export;
    QTabWidget* m_views;
    QLabel* m_referenceCaption;
    QLabel* m_yearCaption;
    QLabel* m_mapCaption;
    QLabel* m_otherCaption;
    QLabel* m_othersCaption;
    std::vector<core::ScenarioResult> m_results;
    QStringList m_ids; ///< compared scenario ids, the reference first
    bool m_filling = false;
    bool m_indicatorsJudged = false; ///< the map's indicators are the year's targets' (judged names)
    bool m_stale = false;            ///< the project changed while the panel was hidden: refresh when shown
    bool m_mapStale = false; ///< the language changed while the panel was hidden: redraw the map when shown
};

} // namespace jieshui::ui
