// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace jieshui::ui {

class ProjectController;
class TornadoChart;
class UncertaintyController;

/**
 * The probability dock: starts the uncertainty analysis of the selected scenario (draws, seed), shows its
 * progress with a cancel button and what it found, and the tornado chart of the target the window looks at
 * (the selected indicator and year; the identified county's verdict, else the city's): which inputs move
 * its value, and its verdict, most. Offers the actions the window puts in its menus: run, colour the map by
 * probability, and edit the uncertainty of the inputs.
 */
class UncertaintyPanel : public QWidget {
    Q_OBJECT

public:
    UncertaintyPanel(ProjectController* controller, QWidget* parent = nullptr);

    /** Starts the analysis (Ctrl+Shift+P). */
    QAction* runAction() const { return m_runAction; }
    /** Checkable: colour the map by the probability of meeting the target. */
    QAction* probabilityMapAction() const { return m_mapAction; }
    /** Opens the editor of the inputs' uncertainty. */
    QAction* editAction() const { return m_editAction; }

    TornadoChart* tornado() const { return m_tornado; }
    QString summary() const;

signals:
    /** Text for the status bar. */
    void message(const QString& text);

private:
    void onChanged(const ChangeEvent& event);
    void retranslate();
    void updateState();
    void updateTornado();
    void editUncertainty();

    ProjectController* m_controller;
    UncertaintyController* m_uncertainty;
    QAction* m_runAction;
    QAction* m_mapAction;
    QAction* m_editAction;
    QSpinBox* m_draws;
    QSpinBox* m_seed;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_edit;
    QLabel* m_seedLabel;
    QLabel* m_drawsLabel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    TornadoChart* m_tornado;
};

} // namespace jieshui::ui
