// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Lesson.h"

#include <QDialog>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace jieshui::ui {

class ProjectController;

/**
 * A small editor of the project's lessons: a lesson's titles, its ordered steps (add, remove, move), and
 * for the selected step the indicator, year, scenario, a second scenario to compare, the region to
 * outline, the captions in Chinese and English and their source. OK checks the lessons
 * (core::checkLessons) and applies them as one undoable edit.
 */
class LessonEditorDialog : public QDialog {
    Q_OBJECT

public:
    LessonEditorDialog(ProjectController* controller, QWidget* parent = nullptr);

    /** The lessons as edited so far. */
    const std::vector<core::Lesson>& lessons() const { return m_lessons; }
    /** Selects lesson @p lesson, step @p step (tests). */
    void select(int lesson, int step);
    /** Adds a step after the selected one, copied from it (tests press the button). */
    void addStep();
    void removeStep();
    void moveStep(int delta);
    void addLesson();
    /** The field editors of the selected step (tests). */
    QComboBox* indicatorBox() const { return m_indicator; }
    QSpinBox* yearBox() const { return m_year; }
    QPlainTextEdit* captionZhEdit() const { return m_captionZh; }
    QPlainTextEdit* captionEnEdit() const { return m_captionEn; }
    QLineEdit* sourceEnEdit() const { return m_sourceEn; }

public slots:
    void accept() override;

private:
    core::Lesson* currentLesson();
    core::LessonStep* currentStep();
    void showLesson();
    void showStep();
    void storeStep();
    void storeLesson();
    QString stepLabel(const core::LessonStep& step, int index) const;

    ProjectController* m_controller;
    std::vector<core::Lesson> m_lessons;
    int m_lessonIndex = -1;
    int m_stepIndex = -1;
    bool m_loading = false;

    QComboBox* m_lessonBox;
    QLineEdit* m_titleZh;
    QLineEdit* m_titleEn;
    QListWidget* m_steps;
    QComboBox* m_indicator;
    QSpinBox* m_year;
    QComboBox* m_scenario;
    QComboBox* m_compare;
    QComboBox* m_region;
    QPlainTextEdit* m_captionZh;
    QPlainTextEdit* m_captionEn;
    QLineEdit* m_sourceZh;
    QLineEdit* m_sourceEn;
    QLabel* m_problem;
};

} // namespace jieshui::ui
