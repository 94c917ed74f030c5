// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeEvent.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace jieshui::ui {

class ProjectController;

/**
 * Who changed what, and when, in the shared project that is open (newest first, read from the server's
 * change log through its own read-only connection); refreshed when the project is opened or saved, and on
 * demand. A project file has no change log: the panel says so.
 */
class ChangeLogPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChangeLogPanel(ProjectController* controller, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString status() const;

public slots:
    void refresh();

private:
    void onChanged(const ChangeEvent& event);
    /** The panel's fixed texts (buttons, column titles) in the current language. */
    void retranslate();

    ProjectController* m_controller;
    QTableWidget* m_table;
    QLabel* m_status;
    QPushButton* m_refresh;
};

} // namespace jieshui::ui
