// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace jieshui::cli {

/** Exit status of jieshui-cli (product.md): 0 success, 1 user error, 2 bad usage. */
enum ExitCode : int { Success = 0, UserError = 1, UsageError = 2 };

/** What a command writes to. Messages go through QCoreApplication::translate ("cli" context). */
struct CliContext {
    QTextStream& out;
    QTextStream& err;
    QString language; ///< "zh" or "en"
};

/** One sub-command of jieshui-cli (evaluate, new, info, import-stats, ...). */
class Command {
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /** One translated usage line, e.g. "new PROJECT.gpkg [--template qinzhou|empty]". */
    virtual QString synopsis() const = 0;
    /** Runs with the arguments after the command name; returns an ExitCode. */
    virtual int run(const QStringList& arguments, CliContext& context) = 0;
};

} // namespace jieshui::cli
