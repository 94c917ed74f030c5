// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QObject>
#include <QPointer>

class QMainWindow;

namespace jieshui::ui {

class ProjectActions;
class TrajectoryChart;

/**
 * The trainers' presentation mode: full screen, text scaled up, the chart in large print and no
 * technical prompts (errors go to the status bar only). Leaving it restores the window as it was.
 */
class PresentationMode : public QObject {
    Q_OBJECT

public:
    static constexpr double fontScale = 1.5;

    PresentationMode(QMainWindow* window, ProjectActions* actions, TrajectoryChart* chart,
                     QObject* parent = nullptr);

    bool isActive() const { return m_active; }

public slots:
    void setActive(bool active);
    void toggle() { setActive(!m_active); }

signals:
    void activeChanged(bool active);

private:
    QMainWindow* m_window;
    ProjectActions* m_actions;
    QPointer<TrajectoryChart> m_chart;
    bool m_active = false;
    bool m_wasFullScreen = false;
    bool m_wasMaximized = false;
    QFont m_normalFont;
};

} // namespace jieshui::ui
