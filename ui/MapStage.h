// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace jieshui::ui {

class MapCanvas;
class MapPresenter;
class ProjectController;
class StageVerdictPanel;
class YearStepper;

/**
 * The centre of the window: the map, or two synchronised maps of two scenarios side by side. In
 * presentation mode it becomes the trainer's stage: a large title above the map, the year's verdicts in
 * large type beside it, the lesson's caption and a large year stepper below, the legend lettered large
 * and each new year fading in. Outside presentation mode only the map(s) show.
 */
class MapStage : public QWidget {
    Q_OBJECT

public:
    explicit MapStage(ProjectController* controller, QWidget* parent = nullptr);

    MapCanvas* canvas() const { return m_canvas; }
    MapPresenter* presenter() const { return m_presenter; }
    /** The second map (hidden unless comparing). */
    MapCanvas* compareCanvas() const { return m_compareCanvas; }
    MapPresenter* comparePresenter() const { return m_comparePresenter; }

    /** Shows scenario @p name on a second map beside the first, pans and zooms synchronised; empty: one map.
     */
    void setCompareScenario(const QString& name);
    QString compareScenario() const { return m_compareScenario; }
    bool isComparing() const { return !m_compareScenario.isEmpty(); }

    /** Turns the stage's large title, verdicts, caption and year stepper on or off. */
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    /** The caption under the map (a lesson step's) with where its numbers come from; empty hides it. */
    void setCaption(const QString& caption, const QString& source);
    /** A line above the title, e.g. the lesson's name and "step 3 of 12"; empty hides it. */
    void setKicker(const QString& text);

    QLabel* titleLabel() const { return m_title; }
    QLabel* captionLabel() const { return m_caption; }
    StageVerdictPanel* verdictPanel() const { return m_verdicts; }
    YearStepper* stageStepper() const { return m_stepper; }
    /** How many times the desktop size the maps' legends and labels are drawn on the stage. */
    double stageScale() const;

public slots:
    /** Writes the title anew (the selection or the language changed). */
    void updateTitle();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePaneHeaders();
    void applyStageScale();

    ProjectController* m_controller;
    MapCanvas* m_canvas;
    MapPresenter* m_presenter;
    MapCanvas* m_compareCanvas;
    MapPresenter* m_comparePresenter;
    QLabel* m_kicker;
    QLabel* m_title;
    QLabel* m_paneHeader;
    QLabel* m_compareHeader;
    QWidget* m_comparePane;
    StageVerdictPanel* m_verdicts;
    QLabel* m_caption;
    YearStepper* m_stepper;
    QString m_compareScenario;
    bool m_presentation = false;
};

} // namespace jieshui::ui
