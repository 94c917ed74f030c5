// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * The File menu: new, open, save, save as, recent files and the start-up project (the last one opened,
 * or the embedded Qinzhou project). Dialogs are shown here; the file work is ProjectController's.
 * Recent files and the last project live in QSettings ("project/recent", "project/last").
 */
class ProjectActions : public QObject {
    Q_OBJECT

public:
    static constexpr int maximumRecentFiles = 8;

    ProjectActions(ProjectController* controller, QWidget* dialogParent, QObject* parent = nullptr);

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    QMenu* recentMenu() const { return m_recentMenu; }
    /** File > Import layer… (Ctrl+I): opens ImportLayerDialog. */
    QAction* importLayerAction() const { return m_importLayer; }

    /**
     * Opens the import dialog, preselected with @p path and its layer @p layerName when given; the dialog
     * applies an accepted import through the undo stack.
     */
    void importLayer(const QString& path = {}, const QString& layerName = {});

    /** Opens the last project when it still opens, else the embedded project. */
    void openStartupProject();
    /** Opens @p path without dialogs; on failure reports through message() and returns false. */
    bool openFile(const QString& path);
    /** Saves to @p path without dialogs. */
    bool saveFile(const QString& path);
    /** Asks whether to save unsaved edits; false when the user cancels. Quiet mode never asks (keeps edits).
     */
    bool maybeSave();

    QStringList recentFiles() const;
    /** Writes the actions' texts anew (language switch). */
    void retranslate();
    /** In quiet mode (presentation) no message box is shown: problems only go to message(). */
    void setQuiet(bool quiet) { m_quiet = quiet; }

signals:
    /** A short text for the status bar. */
    void message(const QString& text);
    /**
     * openFile() met a plain GeoPackage (not a project) with these layers; outside quiet mode the user
     * is then offered to import one of them into the current project.
     */
    void geoPackageOffered(const QString& path, const QStringList& layers);

private:
    void newProject();
    void open();
    bool save();
    bool saveAs();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void reportError(const QString& text);
    void offerGeoPackageImport(const QString& path, const QStringList& layers);

    ProjectController* m_controller;
    QWidget* m_dialogParent;
    QAction* m_new;
    QAction* m_open;
    QAction* m_save;
    QAction* m_saveAs;
    QMenu* m_recentMenu;
    QAction* m_importLayer;
    bool m_quiet = false;
};

} // namespace jieshui::ui
