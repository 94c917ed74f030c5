// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresentationMode.h"

#include "DockLayout.h"
#include "LessonPlayer.h"
#include "MapCanvas.h"
#include "MapStage.h"
#include "ProjectActions.h"
#include "ProjectController.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace jieshui::ui {

namespace {
enum class Move { None, Forward, Back, First, Last, Leave };

Move moveOf(int key) {
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        return Move::Forward;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        return Move::Back;
    case Qt::Key_Home:
        return Move::First;
    case Qt::Key_End:
        return Move::Last;
    case Qt::Key_Escape:
        return Move::Leave;
    default:
        return Move::None;
    }
}
} // namespace

PresentationMode::PresentationMode(QMainWindow* window, MapStage* stage, DockLayout* docks,
                                   ProjectActions* actions, ProjectController* controller,
                                   LessonPlayer* lessons, QObject* parent)
    : QObject(parent), m_window(window), m_stage(stage), m_docks(docks), m_actions(actions),
      m_controller(controller), m_lessons(lessons) {}

void PresentationMode::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_wasFullScreen = m_window->isFullScreen();
        m_wasMaximized = m_window->isMaximized();
        m_hidden.clear();
        QList<QWidget*> bars{m_window->menuBar(), m_window->statusBar()};
        for (QToolBar* bar : m_window->findChildren<QToolBar*>(QString(), Qt::FindDirectChildrenOnly))
            bars << bar;
        for (QWidget* bar : bars)
            if (bar && bar->isVisible()) {
                m_hidden << bar;
                bar->hide();
            }
        m_docks->setDocksHidden(true);
        m_stage->setPresentation(true);
        m_window->showFullScreen();
        // Keys reach the stage whichever widget has the focus (a clicker sends Page Up/Down).
        qApp->installEventFilter(this);
        m_stage->canvas()->setFocus();
    } else {
        qApp->removeEventFilter(this);
        m_stage->setPresentation(false);
        if (m_lessons)
            m_lessons->stop();
        for (QWidget* bar : std::as_const(m_hidden))
            bar->show();
        m_hidden.clear();
        m_docks->setDocksHidden(false);
        if (m_wasFullScreen)
            m_window->showFullScreen();
        else if (m_wasMaximized)
            m_window->showMaximized();
        else
            m_window->showNormal();
    }
    if (m_actions)
        m_actions->setQuiet(active);
    emit activeChanged(active);
}

void PresentationMode::forward() {
    if (m_lessons && m_lessons->isPlaying())
        m_lessons->next();
    else
        m_controller->setYear(m_controller->year() + 1);
}

void PresentationMode::back() {
    if (m_lessons && m_lessons->isPlaying())
        m_lessons->previous();
    else
        m_controller->setYear(m_controller->year() - 1);
}

bool PresentationMode::eventFilter(QObject* watched, QEvent* event) {
    if (!m_active || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const Move move =
        key->modifiers() & (Qt::ControlModifier | Qt::AltModifier) ? Move::None : moveOf(key->key());
    if (move == Move::None)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Ours, not a menu shortcut's: the key press follows.
        event->accept();
        return true;
    }
    switch (move) {
    case Move::Forward:
        forward();
        break;
    case Move::Back:
        back();
        break;
    case Move::First:
        if (m_lessons && m_lessons->isPlaying())
            m_lessons->goTo(0);
        else
            m_controller->setYear(m_controller->firstYear());
        break;
    case Move::Last:
        if (m_lessons && m_lessons->isPlaying())
            m_lessons->goTo(m_lessons->stepCount() - 1);
        else
            m_controller->setYear(m_controller->lastYear());
        break;
    case Move::Leave:
        setActive(false);
        break;
    case Move::None:
        break;
    }
    return true;
}

} // namespace jieshui::ui
