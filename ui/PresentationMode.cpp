// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresentationMode.h"

#include "ProjectActions.h"
#include "TrajectoryChart.h"

#include <QMainWindow>

namespace jieshui::ui {

PresentationMode::PresentationMode(QMainWindow* window, ProjectActions* actions, TrajectoryChart* chart,
                                   QObject* parent)
    : QObject(parent), m_window(window), m_actions(actions), m_chart(chart) {}

void PresentationMode::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_wasFullScreen = m_window->isFullScreen();
        m_wasMaximized = m_window->isMaximized();
        m_normalFont = m_window->font();
        QFont large = m_normalFont;
        // Fonts given in pixels (some platforms) report no point size.
        if (m_normalFont.pointSizeF() > 0)
            large.setPointSizeF(m_normalFont.pointSizeF() * fontScale);
        else
            large.setPixelSize(qRound(m_normalFont.pixelSize() * fontScale));
        m_window->setFont(large);
        m_window->showFullScreen();
    } else {
        m_window->setFont(m_normalFont);
        if (m_wasFullScreen)
            m_window->showFullScreen();
        else if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    if (m_actions)
        m_actions->setQuiet(active);
    if (m_chart)
        m_chart->setLargeText(active);
    emit activeChanged(active);
}

} // namespace jieshui::ui
