// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/GoalSeekOutcome.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * "What does it take?" for one target of the window's scenario (core::EvaluationService::goalSeek): the
 * smallest uniform annual decline of water intensity — and, for caps, the highest real growth — that
 * brings the target to met, for the city and for each county (against its quota), and the answer turned
 * into a new scenario in one undoable step: the city-wide decline, or each county's own.
 */
class GoalSeekDialog : public QDialog {
    Q_OBJECT

public:
    GoalSeekDialog(ProjectController* controller, const QString& targetId, QWidget* parent = nullptr);

    /** The answer, or nullopt when the goal seek was refused (messageLabel() says why). */
    const std::optional<core::GoalSeekOutcome>& outcome() const { return m_outcome; }
    /** Creates the answer as a scenario inheriting from the asked one; returns its id (empty if none). */
    QString createScenario(bool perCounty);

    QTableWidget* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* cityButton() const { return m_city; }
    QPushButton* countiesButton() const { return m_counties; }

    /** "3.1 % a year" and the like: a finding in words (tables, tests). */
    static QString declineText(const core::GoalSeekFinding& finding);
    static QString growthText(const core::GoalSeekFinding& finding);

private:
    void fill();

    ProjectController* m_controller;
    std::optional<core::GoalSeekOutcome> m_outcome;
    QLabel* m_title;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_city;
    QPushButton* m_counties;
};

} // namespace jieshui::ui
