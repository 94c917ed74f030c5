// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace jieshui::cli {

/** The --lang option shared by every command: zh or en, defaulting to the system locale. */
class LanguageOption {
public:
    /** Removes "--lang X" / "--lang=X" from @p arguments and returns "zh" or "en". */
    static QString takeFrom(QStringList& arguments);
    /** Installs the translators for @p language ("en" needs none). */
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace jieshui::cli
