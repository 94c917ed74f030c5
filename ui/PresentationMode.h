// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace jieshui::ui {

class DockLayout;
class LessonPlayer;
class MapStage;
class ProjectActions;
class ProjectController;

/**
 * The trainers' presentation mode, a stage: the map full screen with a large title, a large legend, the
 * verdicts of the year's targets in large type and a large year stepper at the bottom; the menu bar,
 * toolbars, docks and status bar hidden; no technical prompts (problems go to the log only). Driven by
 * keyboard and clicker: Page Down, →, ↓ and Space go forward (the next lesson step while a lesson plays,
 * else the next year), Page Up, ← and ↑ back, Home and End to the first and last, Esc leaves. Leaving
 * restores the window as it was.
 */
class PresentationMode : public QObject {
    Q_OBJECT

public:
    PresentationMode(QMainWindow* window, MapStage* stage, DockLayout* docks, ProjectActions* actions,
                     ProjectController* controller, LessonPlayer* lessons, QObject* parent = nullptr);

    bool isActive() const { return m_active; }

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }
    /** Forward one step of the lesson playing, else one year. */
    void forward();
    /** Back one step of the lesson playing, else one year. */
    void back();

signals:
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QMainWindow* m_window;
    MapStage* m_stage;
    DockLayout* m_docks;
    ProjectActions* m_actions;
    ProjectController* m_controller;
    LessonPlayer* m_lessons;
    bool m_active = false;
    bool m_wasFullScreen = false;
    bool m_wasMaximized = false;
    QByteArray m_state;
    QList<QWidget*> m_hidden; ///< bars hidden on entering, shown again on leaving
};

} // namespace jieshui::ui
