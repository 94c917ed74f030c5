// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskStatusDelegate.h"

#include "DomainLabels.h"

#include <QComboBox>

namespace jieshui::ui {

QWidget* TaskStatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                          const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    for (core::TaskStatus status : {core::TaskStatus::NotStarted, core::TaskStatus::InProgress,
                                    core::TaskStatus::Done, core::TaskStatus::Overdue})
        combo->addItem(DomainLabels::taskStatusName(status), int(status));
    // Commit as soon as a state is picked: one pick is one undoable edit.
    // (commitData is a signal of the delegate, which Qt hands to createEditor as const.)
    auto* self = const_cast<TaskStatusDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo](int) { emit self->commitData(combo); });
    return combo;
}

void TaskStatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void TaskStatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                      const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace jieshui::ui
