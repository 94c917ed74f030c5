// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableClipboard.h"

#include <QStandardItemModel>
#include <QTableView>
#include <gtest/gtest.h>

using namespace jieshui::ui;

namespace {
void fill(QStandardItemModel& model) {
    model.setHorizontalHeaderLabels({QStringLiteral("地区"), QStringLiteral("Value")});
    model.appendRow(
        {new QStandardItem(QStringLiteral("钦南区")), new QStandardItem(QStringLiteral("95.0 %"))});
    model.appendRow(
        {new QStandardItem(QStringLiteral("钦北\t区")), new QStandardItem(QStringLiteral("80.0 %"))});
}
} // namespace

TEST(TableClipboard, writesHeaderAndRowsAsTabSeparatedText) {
    // Given a two-row table, one cell holding a tab
    QStandardItemModel model;
    fill(model);
    // When it is written as text
    const QString text = TableClipboard::modelAsText(model);
    // Then the header comes first and the inner tab became a space, keeping two columns per line
    EXPECT_EQ(text, QStringLiteral("地区\tValue\n钦南区\t95.0 %\n钦北 区\t80.0 %\n"));
}

TEST(TableClipboard, copiesOnlyTheSelectedCells) {
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setModel(&model);
    // When only the second row's value is selected
    view.selectionModel()->select(model.index(1, 1), QItemSelectionModel::Select);
    // Then the text holds that column's header and that cell
    EXPECT_EQ(TableClipboard::selectionAsText(view), QStringLiteral("Value\n80.0 %\n"));
}
