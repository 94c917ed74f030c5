// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTableView;
class QWidget;

namespace jieshui::ui {

/**
 * Keeps a table readable in a narrow dock: the key columns (status, target, value, …) come right after the
 * text column and always get their full width; the text column (indicator, task) takes what is left of the
 * view's width and wraps its words instead of being cut; the other columns follow, reached by scrolling.
 * Refits on every resize and model change.
 */
class TableFit : public QObject {
    Q_OBJECT

public:
    /** Minimum width of the wrapping text column (px). */
    static constexpr int minimumTextWidth = 120;

    /** Fits @p view; @p textColumn wraps, @p keyColumns (model indices, in display order) follow it. */
    static TableFit* apply(QTableView* view, int textColumn, QList<int> keyColumns);

    /** Refits now. */
    void fit();
    /**
     * True when every key column shows its whole content inside the view without scrolling (for tests and
     * for the layout checks).
     */
    bool keyColumnsVisible() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    TableFit(QTableView* view, int textColumn, QList<int> keyColumns);
    void connectModel();

    QTableView* m_view;
    QWidget* m_viewport; ///< m_view's viewport, compared with (never called) in eventFilter()
    int m_textColumn;
    QList<int> m_keyColumns;
    bool m_fitting = false;
};

} // namespace jieshui::ui
