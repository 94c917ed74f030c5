// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QObject>

class QAction;
class QWidget;

namespace jieshui::ui {

class ChangeLogPanel;
class ProjectActions;
class ProjectController;
class ProvincePanel;
class RegionsPanel;

/**
 * Any city or province, and a team on a server: File → New Project From Boundaries…, Open Server Project…
 * and Reload From Server, and the Regions, Province and Change log panels. MainWindow places them; the
 * logic is here and in the panels.
 */
class SharedProjectFeatures : public QObject {
    Q_OBJECT

public:
    SharedProjectFeatures(ProjectController* controller, ProjectActions* actions, QWidget* window);

    QAction* newFromBoundariesAction() const { return m_newFromBoundaries; }
    QAction* openServerAction() const { return m_openServer; }
    QAction* reloadAction() const { return m_reload; }
    /** Writes the actions' texts anew in the current language. */
    void retranslate();
    RegionsPanel* regionsPanel() const { return m_regions; }
    ProvincePanel* provincePanel() const { return m_province; }
    ChangeLogPanel* changeLogPanel() const { return m_changeLog; }
    /** Whether the open project is a province's (or the country's): the province panel applies. */
    bool isProvinceProject() const;
    /** Whether the open project lives on a server: the change log applies. */
    bool isSharedProject() const;

    /** Makes and opens a project from boundaries (the dialog's choices), saved at @p target; false on
     * failure. */
    bool createFromBoundaries();
    /** Asks for a server project and opens it. */
    void openServerProject();
    /** Reads the open shared project again (to see others' changes after a refused save). */
    void reload();

signals:
    void message(const QString& text);

private:
    void onChanged(const ChangeEvent& event);

    ProjectController* m_controller;
    ProjectActions* m_actions;
    QWidget* m_window;
    QAction* m_newFromBoundaries;
    QAction* m_openServer;
    QAction* m_reload;
    RegionsPanel* m_regions;
    ProvincePanel* m_province;
    ChangeLogPanel* m_changeLog;
};

} // namespace jieshui::ui
