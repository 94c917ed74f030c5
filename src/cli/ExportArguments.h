// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "UncertaintyArguments.h"
#include "render/MapExporter.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace jieshui::cli {

/**
 * The arguments of the export commands (export-map, export-table, export-report) read one way, with one
 * set of messages: an optional PROJECT, `--year` (one year, or with Spec::yearList several: "--year 2025
 * --year 2035" or "--year 2025,2035"), the command's own value options and flags, and the page options of
 * a map (`--paper A4|A3[-landscape]`, `--size WxH`, `--dpi N`, applied by applyPage()).
 */
class ExportArguments {
public:
    struct Spec {
        QStringList values;    ///< options taking a value, e.g. "--scenario", "--out"; --year is always known
        QStringList flags;     ///< options without value, e.g. "--labels"
        bool yearList = false; ///< --year may be repeated and list years
        /** When set, --draws and --seed (and --uncertainty unless uncertaintyFlag is false) are read into it.
         */
        UncertaintyArguments* monteCarlo = nullptr;
        bool uncertaintyFlag =
            true; ///< false: the probabilities are asked for otherwise (export-map --thematic)
    };

    /**
     * Parses @p arguments. On bad usage (a missing value, an unknown option, a second project, a year that
     * is not one) writes the message — and @p synopsis where it helps — to context.err and returns nothing.
     */
    static std::optional<ExportArguments> parse(const QStringList& arguments, const Spec& spec,
                                                const QString& synopsis, CliContext& context);

    QString project;        ///< empty: the embedded Qinzhou project
    std::vector<int> years; ///< in the order given
    /** The first year given, 0 for none. */
    int year() const { return years.empty() ? 0 : years.front(); }
    /** The value of @p option (the last given), empty when absent. */
    QString value(const QString& option) const { return m_values.value(option); }
    bool flag(const QString& option) const { return m_flags.contains(option); }

    /**
     * Applies --paper, --size and --dpi (when given) to @p options: paper or pixel size in logical px, the
     * PNG pixel ratio. False, with the message written to context.err, when one is not valid.
     */
    bool applyPage(render::ExportOptions& options, CliContext& context) const;

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
};

} // namespace jieshui::cli
