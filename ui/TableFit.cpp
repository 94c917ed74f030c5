// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableFit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>

namespace jieshui::ui {

TableFit::TableFit(QTableView* view, int textColumn, QList<int> keyColumns)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_textColumn(textColumn),
      m_keyColumns(std::move(keyColumns)) {}

TableFit* TableFit::apply(QTableView* view, int textColumn, QList<int> keyColumns) {
    auto* fit = new TableFit(view, textColumn, std::move(keyColumns));
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->viewport()->installEventFilter(fit);
    fit->connectModel();
    fit->fit();
    return fit;
}

void TableFit::connectModel() {
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    // Queued: the view has taken the new rows in before the columns are measured.
    const auto later = [this] { QTimer::singleShot(0, this, &TableFit::fit); };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::headerDataChanged, this, later);
}

bool TableFit::eventFilter(QObject* watched, QEvent* event) {
    // The viewport kept from apply(): while the view is being destroyed its children still send events, and
    // the view may no longer be called then.
    if (watched == m_viewport && event->type() == QEvent::Resize && !m_fitting)
        fit();
    return QObject::eventFilter(watched, event);
}

void TableFit::fit() {
    QAbstractItemModel* model = m_view->model();
    if (!model || m_fitting)
        return;
    m_fitting = true;
    QHeaderView* header = m_view->horizontalHeader();
    // Display order: the text column, the key columns, then the rest as the model has them.
    QList<int> order{m_textColumn};
    order << m_keyColumns;
    for (int c = 0; c < model->columnCount(); ++c)
        if (!order.contains(c))
            order << c;
    for (int visual = 0; visual < order.size(); ++visual) {
        const int from = header->visualIndex(order[visual]);
        if (from != visual)
            header->moveSection(from, visual);
    }
    int keyWidth = 0;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (c == m_textColumn)
            continue;
        m_view->resizeColumnToContents(c);
        if (m_keyColumns.contains(c))
            keyWidth += header->sectionSize(c);
    }
    // The text column gets what the key columns leave, but never more than it needs.
    const int available = m_view->viewport()->width() - keyWidth - 2;
    const int wanted =
        std::max(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(m_textColumn),
                 header->sectionSizeHint(m_textColumn));
    header->resizeSection(m_textColumn,
                          std::clamp(available, minimumTextWidth, std::max(minimumTextWidth, wanted)));
    m_view->resizeRowsToContents();
    m_fitting = false;
}

bool TableFit::keyColumnsVisible() const {
    const QHeaderView* header = m_view->horizontalHeader();
    const int viewWidth = m_view->viewport()->width();
    for (int c : m_keyColumns) {
        const int needed = std::max(static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(c),
                                    header->sectionSizeHint(c));
        const int left = header->sectionViewportPosition(c);
        if (header->isSectionHidden(c) || header->sectionSize(c) < needed || left < 0 ||
            left + header->sectionSize(c) > viewWidth)
            return false;
    }
    return true;
}

} // namespace jieshui::ui
