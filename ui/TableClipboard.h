// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemView;
class QAbstractItemModel;

namespace jieshui::ui {

/** Copies tables to the clipboard as tab-separated text with a header row (pastes into Excel/WPS). */
class TableClipboard {
public:
    /** The selected cells of @p view (the whole table when nothing is selected) as TSV. */
    static QString selectionAsText(const QAbstractItemView& view);
    /** Every cell of @p model, with the horizontal header first. */
    static QString modelAsText(const QAbstractItemModel& model);
    /** Puts selectionAsText(@p view) on the system clipboard. */
    static void copySelection(const QAbstractItemView& view);
};

} // namespace jieshui::ui
