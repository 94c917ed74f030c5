// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;

namespace jieshui::ui {

/** Where a dock goes in the default layout. Every slot is a column of tabs on the right of the map. */
enum class DockSlot {
    Results, ///< upper right: scorecard, region details, key tasks, scenario tools (tabbed)
    Charts   ///< lower right: trajectory, layers, comparisons (tabbed)
};

/**
 * The window's docks and their default layout, in which the map leads: every dock sits in one column of
 * tabs on the right that takes about a third of the width (at most 640 px), so the map keeps at least
 * 60 % of a 1920 px screen and the full height below the toolbar. Adding a dock is one line:
 * `docks->add(widget, [] { return tr("Title"); }, "ObjectNameDock", DockSlot::Results);`
 * reset() (Window → Reset Layout) puts every dock back; titles are re-read on a language switch.
 */
class DockLayout : public QObject {
    Q_OBJECT

public:
    /** Saved window states of another layout version are ignored (QMainWindow::restoreState). */
    static constexpr int layoutVersion = 3;

    explicit DockLayout(QMainWindow* window);

    /** Creates a dock for @p widget in @p slot, titled by @p title (called again on a language switch). */
    QDockWidget* add(QWidget* widget, std::function<QString()> title, const QString& objectName,
                     DockSlot slot);
    QList<QDockWidget*> docks() const;
    /** The dock holding @p widget, or nullptr. */
    QDockWidget* dockOf(const QWidget* widget) const;

    /** Width of the dock column for a window @p windowWidth wide (px). */
    static int columnWidth(int windowWidth);

    /** Puts every dock back in its slot, the first of each slot in front, and sizes the column. */
    void reset();
    /**
     * Makes @p widget's dock one that reset() leaves hidden unless @p applies() says it applies to the open
     * project (the province view, a server's change log); MainWindow calls showApplicable() when a project
     * is opened, so such docks appear when they have something to show.
     */
    void setShownWhen(const QWidget* widget, std::function<bool()> applies);
    /** Shows every dock whose condition holds and hides those whose condition does not. */
    void showApplicable();
    /** Shows or hides every dock (presentation); hidden docks come back as they were. */
    void setDocksHidden(bool hidden);
    /** Re-reads every title (language switch). */
    void retranslate();
    /** Fills @p menu with one check item per dock (rebuilt on each call). */
    void fillPanelsMenu(QMenu* menu) const;

private:
    struct Entry {
        QDockWidget* dock;
        std::function<QString()> title;
        DockSlot slot;
        std::function<bool()> applies; ///< empty: always shown by reset()
    };

    /** Tab titles in full, with scroll arrows when they do not fit, never "Sc…" for two different docks. */
    void unelideTabs();

    QMainWindow* m_window;
    QList<Entry> m_entries;
    QList<QDockWidget*> m_hiddenByUs;
};

} // namespace jieshui::ui
