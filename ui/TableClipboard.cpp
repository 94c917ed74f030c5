// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableClipboard.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <map>
#include <set>

namespace jieshui::ui {

namespace {
// Tabs and line breaks inside a cell would shift the columns of the pasted table.
QString cell(const QVariant& value) {
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}
} // namespace

QString TableClipboard::modelAsText(const QAbstractItemModel& model) {
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << cell(model.headerData(c, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c)
            row << cell(model.index(r, c).data());
        lines << row.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableClipboard::selectionAsText(const QAbstractItemView& view) {
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    const QModelIndexList selected =
        view.selectionModel() ? view.selectionModel()->selectedIndexes() : QModelIndexList();
    if (selected.isEmpty())
        return modelAsText(*model);
    std::set<int> columns;
    std::map<int, std::map<int, QString>> cells; // row → column → text
    for (const QModelIndex& index : selected) {
        columns.insert(index.column());
        cells[index.row()][index.column()] = cell(index.data());
    }
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << cell(model->headerData(c, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    for (const auto& [row, values] : cells) {
        QStringList line;
        for (int c : columns) {
            const auto it = values.find(c);
            line << (it == values.end() ? QString() : it->second);
        }
        lines << line.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableClipboard::copySelection(const QAbstractItemView& view) {
    QApplication::clipboard()->setText(selectionAsText(view));
}

} // namespace jieshui::ui
