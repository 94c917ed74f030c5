// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "model/QuotaDisplay.h"
#include "scenario/Allocation.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace jieshui::ui {

class AllocationTableModel;
class ProjectController;

/**
 * The county quota editor (总量指标分解), a dock: for the window's scenario and a year, the cap (the plan's
 * or typed), the method (base-year share, equal intensity reduction, GDP share, manual), and a table of
 * the counties with quota, share, typed flag, use in that year and scenario, verdict and use − quota; the
 * cap, Σ quotas and the remainder (cap − Σ) under it, always shown and never spread silently: typing a
 * quota changes that county only; "Split by method" splits what the typed quotas leave. An inherited
 * split becomes the scenario's own at its first edit. Every edit is one undo step, saved with the project,
 * and recolours the map at once (the window shows the cap of the year while editing).
 */
class AllocationEditor : public QWidget {
    Q_OBJECT

public:
    explicit AllocationEditor(ProjectController* controller, QWidget* parent = nullptr);

    int year() const { return m_yearValue; }
    /** Shows the split of @p year, and the map the cap of that year. */
    void setYear(int year);

    /** The split shown: the scenario's own, inherited or project-wide; nullptr when there is none. */
    const core::Allocation* current() const;
    /** The plan's cap of the shown year for the city (m³), if any. */
    std::optional<double> planCap() const;

    // Edits, each one undo step (the buttons and cells call them; tests too).
    void setQuota(const QString& regionCode, std::optional<double> cubicMetres);
    void setPinned(const QString& regionCode, bool pinned);
    void setCap(double cubicMetres);
    void splitByMethod(core::AllocationMethod method);
    void useParentSplit();
    void unpinAll();

    QTableView* tableView() const { return m_table; }
    AllocationTableModel* model() const { return m_model; }
    QLabel* remainderLabel() const { return m_remainder; }
    QLabel* originLabel() const { return m_origin; }
    QLabel* messageLabel() const { return m_message; }
    QLineEdit* capEdit() const { return m_cap; }
    QComboBox* methodBox() const { return m_method; }
    QSpinBox* yearBox() const { return m_year; }
    QComboBox* unitBox() const { return m_unit; }
    QPushButton* goalSeekButton() const { return m_goalSeek; }

    static QString methodName(core::AllocationMethod method);

signals:
    /** "What does it take?" was asked for the plan target @p targetId (the cap of the shown year). */
    void goalSeekRequested(const QString& targetId);

private:
    void onChanged(const ChangeEvent& event);
    /** Every fixed text (captions, buttons, tooltips, method names) in the window's language. */
    void retranslate();
    void refresh();
    core::QuotaUnit unit() const;
    /** The split to edit: a copy of the current one made the scenario's own, or a new one. */
    core::Allocation editable() const;
    void push(const QString& text, std::optional<core::Allocation> allocation);
    void showMap();
    QString scenarioLabel() const;
    std::optional<QString> capTargetId() const;

    ProjectController* m_controller;
    AllocationTableModel* m_model;
    int m_yearValue = 2035;
    QLabel* m_scenario;
    QSpinBox* m_year;
    QLineEdit* m_cap;
    QPushButton* m_planCap;
    QComboBox* m_method;
    QSpinBox* m_baseYear;
    QComboBox* m_unit;
    QLabel* m_origin;
    QTableView* m_table;
    QLabel* m_remainder;
    QLabel* m_message;
    QPushButton* m_split;
    QPushButton* m_unpin;
    QPushButton* m_parent;
    QPushButton* m_goalSeek;
    QPushButton* m_copy;
    QPushButton* m_export;
    QLabel* m_scenarioCaption;
    QLabel* m_yearCaption;
    QLabel* m_baseYearCaption;
    QLabel* m_capCaption;
    QLabel* m_methodCaption;
};

} // namespace jieshui::ui
