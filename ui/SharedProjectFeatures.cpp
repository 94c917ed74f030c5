// SPDX-License-Identifier: GPL-3.0-or-later
#include "SharedProjectFeatures.h"

#include "ChangeLogPanel.h"
#include "NewFromBoundariesDialog.h"
#include "OpenServerProjectDialog.h"
#include "ProjectActions.h"
#include "ProjectController.h"
#include "ProvincePanel.h"
#include "RegionsPanel.h"
#include "StoreProjectRepository.h"
#include "server/ServerAddress.h"

#include <QAction>
#include <QMessageBox>

namespace jieshui::ui {

SharedProjectFeatures::SharedProjectFeatures(ProjectController* controller, ProjectActions* actions,
                                             QWidget* window)
    : QObject(window), m_controller(controller), m_actions(actions), m_window(window),
      m_newFromBoundaries(new QAction(tr("New Project From &Boundaries…"), this)),
      m_openServer(new QAction(tr("Open &Server Project…"), this)),
      m_reload(new QAction(tr("&Reload From Server"), this)), m_regions(new RegionsPanel(controller, window)),
      m_province(new ProvincePanel(controller, window)), m_changeLog(new ChangeLogPanel(controller, window)) {
    m_newFromBoundaries->setStatusTip(
        tr("A project for any city, province or the country from its county boundaries"));
    m_openServer->setStatusTip(tr("Open a project shared on a PostgreSQL/PostGIS server"));
    m_openServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_reload->setStatusTip(tr("Read the shared project again, with everyone's saved changes"));
    m_reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_newFromBoundaries, &QAction::triggered, this, &SharedProjectFeatures::createFromBoundaries);
    connect(m_openServer, &QAction::triggered, this, &SharedProjectFeatures::openServerProject);
    connect(m_reload, &QAction::triggered, this, &SharedProjectFeatures::reload);
    connect(m_controller, &ProjectController::changed, this, &SharedProjectFeatures::onChanged);
    onChanged(ChangeEvent{ChangeKind::ProjectReplaced});
}

void SharedProjectFeatures::onChanged(const ChangeEvent& event) {
    if (event.kind != ChangeKind::ProjectReplaced && event.kind != ChangeKind::FileStateChanged)
        return;
    m_reload->setEnabled(server::ServerAddress::isServerAddress(m_controller->filePath()));
    m_regions->setReadOnly(m_controller->isReadOnly());
}

bool SharedProjectFeatures::createFromBoundaries() {
    if (!m_actions->maybeSave())
        return false;
    NewFromBoundariesDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.result())
        return false;
    const store::BoundaryProject& made = *dialog.result();
    m_controller->setProject(StoreProjectRepository::fromStore(made.data), QString());
    if (!m_actions->saveFile(dialog.target()))
        return false;
    QMessageBox box(QMessageBox::Information, tr("New Project From Boundaries"),
                    made.lines.join(QLatin1Char('\n')), QMessageBox::Ok, m_window);
    box.setInformativeText(made.warnings.join(QLatin1Char('\n')));
    box.setDetailedText(made.unnamed.isEmpty()
                            ? made.importReport
                            : tr("Regions without a name in the file:") + QLatin1Char('\n') +
                                  made.unnamed.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                  made.importReport);
    box.exec();
    return true;
}

void SharedProjectFeatures::openServerProject() {
    if (!m_actions->maybeSave())
        return;
    OpenServerProjectDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted && m_actions->openFile(dialog.address()) &&
        m_controller->isReadOnly())
        emit message(tr("You may only read this project: editing is off"));
}

void SharedProjectFeatures::reload() {
    const QString address = m_controller->filePath();
    if (!server::ServerAddress::isServerAddress(address))
        return;
    if (m_controller->isModified() &&
        QMessageBox::question(m_window, tr("Reload From Server"),
                              tr("Reloading drops your unsaved edits. Reload anyway?")) != QMessageBox::Yes)
        return;
    if (m_actions->openFile(address))
        emit message(tr("Reloaded %1 with everyone's saved changes").arg(address));
}

bool SharedProjectFeatures::isProvinceProject() const {
    return m_controller->province() != nullptr;
}

bool SharedProjectFeatures::isSharedProject() const {
    return server::ServerAddress::isServerAddress(m_controller->filePath());
}

} // namespace jieshui::ui
