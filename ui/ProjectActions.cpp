// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectActions.h"

#include "ChangeEvent.h"
#include "ImportController.h"
#include "ImportLayerDialog.h"
#include "ProjectController.h"
#include "ProjectLocationText.h"
#include "server/ServerAddress.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace jieshui::ui {

namespace {
const QString recentKey = QStringLiteral("project/recent");
const QString lastKey = QStringLiteral("project/last");

QString fileFilter() {
    return ProjectActions::tr("Jieshui projects (*.gpkg);;All files (*)");
}

QString withSuffix(QString path) {
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gpkg");
    return path;
}
} // namespace

ProjectActions::ProjectActions(ProjectController* controller, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_controller(controller), m_dialogParent(dialogParent), m_new(new QAction(this)),
      m_open(new QAction(this)), m_save(new QAction(this)), m_saveAs(new QAction(this)),
      m_recentMenu(new QMenu(dialogParent)), m_importLayer(new QAction(this)) {
    // Explicit keys: the platform's standard keys are empty on some desktops (Save As on most Linux ones).
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    retranslate();
    connect(m_controller, &ProjectController::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == ChangeKind::FileStateChanged || event.kind == ChangeKind::ProjectReplaced) {
            // Demonstration mode: nothing can be written to the file.
            m_save->setEnabled(!m_controller->isReadOnly());
            m_saveAs->setEnabled(!m_controller->isReadOnly());
        }
    });
    connect(m_new, &QAction::triggered, this, &ProjectActions::newProject);
    connect(m_open, &QAction::triggered, this, &ProjectActions::open);
    connect(m_save, &QAction::triggered, this, &ProjectActions::save);
    connect(m_saveAs, &QAction::triggered, this, &ProjectActions::saveAs);
    m_importLayer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importLayer, &QAction::triggered, this, [this] { importLayer(); });
}

void ProjectActions::retranslate() {
    m_new->setText(tr("&New Project…"));
    m_open->setText(tr("&Open…"));
    m_save->setText(tr("&Save"));
    m_saveAs->setText(tr("Save &As…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importLayer->setText(tr("&Import Layer…"));
    m_new->setStatusTip(tr("Create a new project file from the Qinzhou template"));
    m_open->setStatusTip(tr("Open a project file (GeoPackage)"));
    m_save->setStatusTip(tr("Save the project"));
    m_importLayer->setStatusTip(
        tr("Import a map layer (Shapefile, GeoJSON, GeoPackage, …) into the project"));
    rebuildRecentMenu();
}

void ProjectActions::reportError(const QString& text) {
    emit message(text);
    if (!m_quiet)
        QMessageBox::warning(m_dialogParent, tr("Jieshui Workbench"), text);
}

void ProjectActions::openStartupProject() {
    const QString last = QSettings().value(lastKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && m_controller->open(last).isOk()) {
        emit message(tr("Opened %1").arg(ProjectLocationText::of(last)));
        return;
    }
    const core::Status embedded = m_controller->openEmbedded();
    if (embedded.isOk())
        emit message(tr("Opened the embedded Qinzhou project"));
    else
        emit message(
            tr("No project could be opened: %1").arg(QString::fromStdString(embedded.error().message())));
}

bool ProjectActions::openFile(const QString& path) {
    const core::Status status = m_controller->open(path);
    if (status.hasError()) {
        if (const auto layers = ImportController::geoPackageOffer(path, status.error())) {
            emit geoPackageOffered(path, *layers);
            emit message(tr("%1 is a GeoPackage but not a project: its layers can be imported")
                             .arg(ProjectLocationText::of(path)));
            if (!m_quiet)
                offerGeoPackageImport(path, *layers);
            return false;
        }
        reportError(
            tr("Could not open %1:\n%2")
                .arg(ProjectLocationText::of(path), QString::fromStdString(status.error().message())));
        return false;
    }
    addRecentFile(path);
    emit message(tr("Opened %1").arg(ProjectLocationText::of(path)));
    return true;
}

void ProjectActions::offerGeoPackageImport(const QString& path, const QStringList& layers) {
    bool ok = false;
    const QString layer = QInputDialog::getItem(
        m_dialogParent, tr("Not a Jieshui project"),
        tr("%1 is a GeoPackage but not a Jieshui project. It holds %n layer(s):\n%2\n\nImport one of them "
           "into the current project?",
           nullptr, int(layers.size()))
            .arg(QFileInfo(path).fileName(), layers.join(QStringLiteral("\n"))),
        layers, 0, false, &ok);
    if (ok && !layer.isEmpty())
        importLayer(path, layer);
}

void ProjectActions::importLayer(const QString& path, const QString& layerName) {
    ImportLayerDialog dialog(m_controller, m_dialogParent);
    if (!path.isEmpty())
        dialog.setFile(path, layerName);
    if (dialog.exec() == QDialog::Accepted)
        emit message(dialog.changes().join(QStringLiteral("; ")));
}

bool ProjectActions::saveFile(const QString& path) {
    const core::Status status = m_controller->saveAs(path);
    if (status.hasError()) {
        reportError(
            tr("Could not save %1:\n%2")
                .arg(ProjectLocationText::of(path), QString::fromStdString(status.error().message())));
        return false;
    }
    addRecentFile(path);
    emit message(tr("Saved %1").arg(ProjectLocationText::of(path)));
    return true;
}

bool ProjectActions::maybeSave() {
    // Demonstration mode discards what was clicked: the file stays as it was.
    if (!m_controller->isModified() || m_quiet || m_controller->isReadOnly())
        return true;
    const auto answer = QMessageBox::question(
        m_dialogParent, tr("Unsaved changes"), tr("The project has unsaved changes. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void ProjectActions::newProject() {
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getSaveFileName(m_dialogParent, tr("New Project"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    const QString target = withSuffix(path);
    const core::Status status = m_controller->newProject(target);
    if (status.hasError()) {
        reportError(
            tr("Could not create %1:\n%2")
                .arg(ProjectLocationText::of(target), QString::fromStdString(status.error().message())));
        return;
    }
    addRecentFile(target);
}

void ProjectActions::open() {
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Open Project"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool ProjectActions::save() {
    if (m_controller->filePath().isEmpty())
        return saveAs();
    return saveFile(m_controller->filePath());
}

bool ProjectActions::saveAs() {
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Project As"),
                                                      m_controller->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    return saveFile(withSuffix(path));
}

QStringList ProjectActions::recentFiles() const {
    return QSettings().value(recentKey).toStringList();
}

void ProjectActions::addRecentFile(const QString& path) {
    // A shared project's address is kept as it is; a file by its absolute path.
    const QString absolute =
        server::ServerAddress::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    QSettings settings;
    settings.setValue(recentKey, files);
    settings.setValue(lastKey, absolute);
    rebuildRecentMenu();
}

void ProjectActions::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int number = 1;
    for (const QString& file : files) {
        auto address = server::ServerAddress::parse(file);
        const QString label = address.isOk()
                                  ? tr("%1 (shared)").arg(QString::fromStdString(address.value().schema()))
                                  : QFileInfo(file).fileName();
        QAction* action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(number++).arg(label));
        action->setToolTip(ProjectLocationText::of(file));
        action->setStatusTip(ProjectLocationText::of(file));
        connect(action, &QAction::triggered, this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        QSettings().remove(recentKey);
        rebuildRecentMenu();
    });
}

} // namespace jieshui::ui
