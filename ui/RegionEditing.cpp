// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionEditing.h"

#include "ProjectController.h"
#include "commands/EditRegionsCommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace jieshui::ui {

namespace {} // namespace

core::Status RegionEditing::add(core::Region region) {
    RegionParts after = EditRegionsCommand::current(*m_controller);
    const QString code = QString::fromStdString(region.code);
    const QString name = QString::fromStdString(region.nameZh);
    if (auto st = store::RegionEditor::add(after.view(), std::move(region)); st.hasError())
        return st;
    m_controller->undoStack()->push(new EditRegionsCommand(
        m_controller, QCoreApplication::translate("RegionEditing", "Add region %1 %2").arg(code, name),
        std::move(after), code));
    return core::okStatus();
}

core::Status RegionEditing::rename(const QString& code, const QString& nameZh, const QString& nameEn) {
    RegionParts after = EditRegionsCommand::current(*m_controller);
    if (auto st = store::RegionEditor::rename(after.view(), code.toStdString(),
                                              nameZh.trimmed().toStdString(), nameEn.trimmed().toStdString());
        st.hasError())
        return st;
    m_controller->undoStack()->push(new EditRegionsCommand(
        m_controller,
        QCoreApplication::translate("RegionEditing", "Rename region %1 to %2").arg(code, nameZh.trimmed()),
        std::move(after), code));
    return core::okStatus();
}

core::Result<store::RegionRemoval> RegionEditing::planRemoval(const QString& code) const {
    RegionParts copy = EditRegionsCommand::current(*m_controller);
    return store::RegionEditor::planRemoval(copy.view(), code.toStdString());
}

core::Status RegionEditing::remove(const QString& code) {
    RegionParts after = EditRegionsCommand::current(*m_controller);
    auto removed = store::RegionEditor::remove(after.view(), code.toStdString());
    if (removed.hasError())
        return removed.error();
    m_controller->undoStack()->push(new EditRegionsCommand(
        m_controller, QCoreApplication::translate("RegionEditing", "Remove region %1").arg(code),
        std::move(after), code));
    return core::okStatus();
}

} // namespace jieshui::ui
