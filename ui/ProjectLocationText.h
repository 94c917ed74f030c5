// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace jieshui::ui {

/**
 * How the place of a project reads in the window (status bar, title, messages, the recent-files menu): a
 * file's native path, or for a shared project "project qinzhou in database water on gis.bureau.local" —
 * never the raw postgresql:// address, and never a user name or password someone typed into it.
 */
class ProjectLocationText {
    Q_DECLARE_TR_FUNCTIONS(ProjectLocationText)

public:
    static QString of(const QString& path);
};

} // namespace jieshui::ui
