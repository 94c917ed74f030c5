// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"
#include "model/Lesson.h"

#include <QObject>

namespace jieshui::ui {

class MapStage;
class ProjectController;

/**
 * Pages through one of the project's lessons: each step sets the indicator, year and scenario, outlines
 * its region, shows its caption (in the user's language, with its source) and, when it names a second
 * scenario, a synchronised map of it beside the first. Stops when the project or its lessons change.
 */
class LessonPlayer : public QObject {
    Q_OBJECT

public:
    LessonPlayer(ProjectController* controller, MapStage* stage, QObject* parent = nullptr);

    bool isPlaying() const { return m_lesson >= 0; }
    /** Index of the lesson playing in the project's lessons, or -1. */
    int lessonIndex() const { return m_lesson; }
    /** Index of the step shown (0-based), or -1. */
    int stepIndex() const { return m_step; }
    int stepCount() const;
    const core::Lesson* lesson() const;
    const core::LessonStep* step() const;

public slots:
    /** Plays lesson @p index of the project from its first step; false when there is no such lesson. */
    bool start(int index);
    void stop();
    /** Shows step @p index (clamped); false when not playing. */
    bool goTo(int index);
    /** The next step; false at the last one (nothing changes). */
    bool next();
    /** The previous step; false at the first one. */
    bool previous();

signals:
    void stepChanged(int lesson, int step);
    void playingChanged(bool playing);

private:
    void apply();
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
    MapStage* m_stage;
    int m_lesson = -1;
    int m_step = -1;
};

} // namespace jieshui::ui
