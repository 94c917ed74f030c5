// SPDX-License-Identifier: GPL-3.0-or-later
#include "DockLayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QTabBar>
#include <algorithm>

namespace jieshui::ui {

DockLayout::DockLayout(QMainWindow* window) : QObject(window), m_window(window) {
    m_window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                             QMainWindow::AllowNestedDocks | QMainWindow::GroupedDragging);
    // Tabs above the docks: one row of short titles instead of a column of title bars.
    m_window->setTabPosition(Qt::AllDockWidgetAreas, QTabWidget::North);
    // The right column owns the corners: the map keeps the full height below the toolbar.
    m_window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

QDockWidget* DockLayout::add(QWidget* widget, std::function<QString()> title, const QString& objectName,
                             DockSlot slot) {
    auto* dock = new QDockWidget(title(), m_window);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    m_entries.append({dock, std::move(title), slot});
    return dock;
}

QList<QDockWidget*> DockLayout::docks() const {
    QList<QDockWidget*> out;
    for (const Entry& e : m_entries)
        out << e.dock;
    return out;
}

QDockWidget* DockLayout::dockOf(const QWidget* widget) const {
    for (const Entry& e : m_entries)
        if (e.dock->widget() == widget || (e.dock->widget() && e.dock->widget()->isAncestorOf(widget)))
            return e.dock;
    return nullptr;
}

int DockLayout::columnWidth(int windowWidth) {
    // A third of the width, at least 360 px so the key columns fit, at most 660 px: 1920 → 652 (the map
    // keeps 66 %), 1366 → 464, where the county quota table's seven columns just fit in English.
    return std::clamp(windowWidth * 34 / 100, 360, 660);
}

void DockLayout::reset() {
    m_hiddenByUs.clear();
    QDockWidget* first[2] = {nullptr, nullptr};
    for (const Entry& e : m_entries) {
        e.dock->setFloating(false);
        m_window->removeDockWidget(e.dock);
    }
    // The first dock of each slot makes its place (one above the other), the others join it as tabs.
    for (const Entry& e : m_entries) {
        const int s = int(e.slot);
        if (!first[s]) {
            m_window->addDockWidget(Qt::RightDockWidgetArea, e.dock, Qt::Vertical);
            first[s] = e.dock;
        }
    }
    for (const Entry& e : m_entries) {
        if (e.dock != first[int(e.slot)])
            m_window->tabifyDockWidget(first[int(e.slot)], e.dock);
        e.dock->setVisible(!e.applies || e.applies());
    }
    for (QDockWidget* dock : first)
        if (dock)
            dock->raise();
    const int width = columnWidth(m_window->width());
    const int height = std::max(300, m_window->height());
    if (first[0])
        m_window->resizeDocks({first[0]}, {width}, Qt::Horizontal);
    if (first[0] && first[1])
        m_window->resizeDocks({first[0], first[1]}, {height * 58 / 100, height * 42 / 100}, Qt::Vertical);
    unelideTabs();
}

void DockLayout::unelideTabs() {
    // QMainWindow makes one QTabBar per group of tabified docks, as a direct child.
    for (QTabBar* bar : m_window->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
        bar->setExpanding(false);
    }
}

void DockLayout::setShownWhen(const QWidget* widget, std::function<bool()> applies) {
    for (Entry& e : m_entries)
        if (e.dock->widget() == widget || (e.dock->widget() && e.dock->widget()->isAncestorOf(widget)))
            e.applies = std::move(applies);
}

void DockLayout::showApplicable() {
    for (const Entry& e : m_entries)
        if (e.applies)
            e.dock->setVisible(e.applies());
    unelideTabs();
}

void DockLayout::setDocksHidden(bool hidden) {
    if (hidden) {
        m_hiddenByUs.clear();
        for (const Entry& e : m_entries)
            if (e.dock->isVisible()) {
                m_hiddenByUs << e.dock;
                e.dock->hide();
            }
    } else {
        for (QDockWidget* dock : std::as_const(m_hiddenByUs))
            dock->show();
        m_hiddenByUs.clear();
    }
}

void DockLayout::retranslate() {
    for (const Entry& e : m_entries)
        e.dock->setWindowTitle(e.title());
    unelideTabs();
}

void DockLayout::fillPanelsMenu(QMenu* menu) const {
    menu->clear();
    for (const Entry& e : m_entries)
        menu->addAction(e.dock->toggleViewAction());
}

} // namespace jieshui::ui
