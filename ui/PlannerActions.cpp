// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlannerActions.h"

#include "AllocationEditor.h"
#include "GoalSeekDialog.h"
#include "ProjectController.h"
#include "ScenarioComparisonPanel.h"
#include "ScenarioManager.h"
#include "ScorecardModel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>

namespace jieshui::ui {

PlannerActions::PlannerActions(ProjectController* controller, MapPresenter* presenter, QWidget* window)
    : QObject(window), m_controller(controller), m_window(window),
      m_manager(new ScenarioManager(controller, window)), m_quotas(new AllocationEditor(controller, window)),
      m_comparison(new ScenarioComparisonPanel(controller, presenter, window)), m_menu(new QMenu(window)),
      m_goalSeek(new QAction(this)) {
    retranslate();
    m_goalSeek->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_menu->addAction(m_goalSeek);
    connect(m_goalSeek, &QAction::triggered, this, [this] {
        if (m_scorecard && m_scorecard->currentIndex().isValid())
            goalSeek(m_scorecard->currentIndex().data(ScorecardModel::TargetIdRole).toString());
    });
    connect(m_quotas, &AllocationEditor::goalSeekRequested, this, &PlannerActions::goalSeek);
    connect(m_controller, &ProjectController::changed, this, &PlannerActions::updateGoalSeekAction);
    updateGoalSeekAction();
}

void PlannerActions::retranslate() {
    m_menu->setTitle(tr("S&cenarios"));
    m_goalSeek->setText(tr("&What Does It Take?…"));
    m_goalSeek->setStatusTip(tr("For the scorecard's selected target: the smallest annual decline of water "
                                "intensity that meets it, per county and for the city"));
}

void PlannerActions::attachScorecard(QAbstractItemView* scorecard) {
    m_scorecard = scorecard;
    scorecard->setContextMenuPolicy(Qt::ActionsContextMenu);
    scorecard->addAction(m_goalSeek);
    if (scorecard->selectionModel())
        connect(scorecard->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &PlannerActions::updateGoalSeekAction);
    updateGoalSeekAction();
}

void PlannerActions::updateGoalSeekAction() {
    // Only targets a projection can change: not milestones, not observed years.
    bool possible = false;
    const core::ScenarioResult* result = m_controller->result();
    if (m_scorecard && result && !result->isObservedOnly() && m_scorecard->currentIndex().isValid()) {
        const core::Verdict* v = result->verdict(
            m_scorecard->currentIndex().data(ScorecardModel::TargetIdRole).toString().toStdString());
        possible = v && v->target.indicator != core::Indicator::TaskMilestone &&
                   v->target.year > result->lastObservedYear();
    }
    m_goalSeek->setEnabled(possible);
}

void PlannerActions::goalSeek(const QString& targetId) {
    GoalSeekDialog dialog(m_controller, targetId, m_window);
    dialog.exec();
}

} // namespace jieshui::ui
