// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QPrinter;
class QWidget;

namespace jieshui::render {
class MapDocument;
struct ExportOptions;
} // namespace jieshui::render

namespace jieshui::ui {

class ExportMapDialog;
class MapCanvas;
class ProjectController;

/**
 * The File menu's outputs and inputs for analysts: Export Map…, Print Map…, Export Table…, Export
 * Report… and Import Statistics…, each opening its own dialog on the window's project, map and
 * evaluation. MainWindow only adds actions() to its menu.
 */
class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(ProjectController* controller, MapCanvas* canvas, QWidget* window);

    QList<QAction*> actions() const { return m_actions; }
    /** Sets the actions' texts in the current language (at construction and after a language switch). */
    void retranslate();
    QAction* exportMapAction() const { return m_actions.at(0); }
    QAction* printAction() const { return m_actions.at(1); }
    QAction* exportTableAction() const { return m_actions.at(2); }
    QAction* exportReportAction() const { return m_actions.at(3); }
    QAction* importStatisticsAction() const { return m_actions.at(4); }

    /** The language documents are written in by default: the window's ("zh" when it speaks Chinese). */
    static QString documentLanguage();
    /** The export dialog for the window's map (current view), with title and subtitle prefilled. */
    ExportMapDialog* createExportMapDialog() const;
    /** Paints the window's map with its decorations on @p printer's page (same renderer as exports). */
    static void printMap(QPrinter& printer, const render::MapDocument& document,
                         render::ExportOptions options);

private:
    void exportMap();
    void print();
    void exportTable();
    void exportReport();
    void importStatistics();
    /** Prefilled title and subtitle of the map now shown. */
    std::pair<QString, QString> mapTitles() const;

    ProjectController* m_controller;
    MapCanvas* m_canvas;
    QWidget* m_window;
    QList<QAction*> m_actions;
};

} // namespace jieshui::ui
