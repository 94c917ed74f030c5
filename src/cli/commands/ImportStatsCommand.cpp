// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ImportStatsCommand.h"

#include "server/ProjectLocator.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace jieshui::cli {

namespace {

constexpr int kPreviewRows = 10; // enough long rows to check the mapping by eye

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

/** The sorted, distinct values of field @p index in the data lines of long CSV text. */
QStringList distinctField(const QStringList& dataLines, int index) {
    QSet<QString> seen;
    QStringList values;
    for (const QString& line : dataLines) {
        const QString value = line.section(QLatin1Char(','), index, index);
        if (!seen.contains(value)) {
            seen.insert(value);
            values.append(value);
        }
    }
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

QString ImportStatsCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli", "import-stats PROJECT FILE.csv|FILE.xlsx [--wide MAPPING.csv [--dry-run]]   add or replace "
               "statistics, all or nothing (--wide: a bulletin-style table converted by the mapping)");
}

core::Result<store::ImportOutcome> ImportStatsCommand::importInto(store::ProjectStore& project,
                                                                  const QString& path) const {
    return store::ProjectImporter::importStatistics(project, path);
}

int ImportStatsCommand::run(const QStringList& arguments, CliContext& context) {
    if (!arguments.contains(QLatin1String("--wide"))) {
        if (arguments.contains(QLatin1String("--dry-run"))) {
            context.err << QCoreApplication::translate("cli", "--dry-run needs --wide MAPPING.csv.") << '\n';
            context.err << synopsis() << '\n';
            return UsageError;
        }
        return ImportTableCommand::run(arguments, context);
    }
    QStringList positional;
    QString mappingPath;
    bool dryRun = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--wide")) {
            if (i + 1 >= arguments.size() || !mappingPath.isEmpty()) {
                context.err << QCoreApplication::translate("cli", "--wide needs one mapping file.") << '\n';
                return UsageError;
            }
            mappingPath = arguments[++i];
        } else if (a == QLatin1String("--dry-run")) {
            dryRun = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            context.err << QCoreApplication::translate("cli", "Unknown option '%1'.").arg(a) << '\n';
            context.err << synopsis() << '\n';
            return UsageError;
        } else {
            positional.append(a);
        }
    }
    if (positional.size() != 2) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    return runWide(positional[0], positional[1], mappingPath, dryRun, context);
}

int ImportStatsCommand::runWide(const QString& projectPath, const QString& tablePath,
                                const QString& mappingPath, bool dryRun, CliContext& context) const {
    auto mapping = store::ProjectImporter::readWideMapping(mappingPath);
    if (mapping.hasError()) {
        context.err << QCoreApplication::translate("cli", "The mapping cannot be used: %1")
                           .arg(q(mapping.error().toString()))
                    << '\n';
        return UserError;
    }
    // A dry run only reads: it can look at a project another program has open.
    auto file = server::ProjectLocator::open(projectPath,
                                             dryRun ? store::OpenMode::ReadOnly : store::OpenMode::ReadWrite);
    if (file.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                           .arg(q(file.error().toString()))
                    << '\n';
        return UserError;
    }
    if (!dryRun)
        return report(store::ProjectImporter::importWideStatistics(*file.value(), tablePath, mapping.value()),
                      projectPath, context);

    auto conversion =
        store::ProjectImporter::convertWideStatistics(*file.value(), tablePath, mapping.value());
    if (conversion.hasError()) {
        context.err << QCoreApplication::translate("cli", "Nothing was imported: %1")
                           .arg(q(conversion.error().toString()))
                    << '\n';
        return UserError;
    }
    const geo::WideTableMapping& m = mapping.value();
    QStringList dataLines = conversion.value().csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString header = dataLines.isEmpty() ? QString() : dataLines.takeFirst();
    context.out << QCoreApplication::translate("cli", "Mapping for %1:").arg(tablePath) << '\n';
    context.out << "  " << QCoreApplication::translate("cli", "region column: %1").arg(m.regionColumn)
                << '\n';
    for (const geo::WideColumn& c : m.columns)
        context.out << "  "
                    << QCoreApplication::translate("cli", "%1 → %2 (%3)").arg(c.column, c.variable, c.unit)
                    << '\n';
    if (!m.yearColumn.isEmpty())
        context.out << "  " << QCoreApplication::translate("cli", "year column: %1").arg(m.yearColumn)
                    << '\n';
    else if (m.year != 0)
        context.out << "  " << QCoreApplication::translate("cli", "year: %1").arg(m.year) << '\n';
    else
        context.out << "  " << QCoreApplication::translate("cli", "year: from each sheet's name") << '\n';
    context.out << "  "
                << QCoreApplication::translate("cli", "source: %1; estimate: %2")
                       .arg(m.source, m.estimate ? QCoreApplication::translate("cli", "yes")
                                                 : QCoreApplication::translate("cli", "no"))
                << '\n';
    const QStringList years = distinctField(dataLines, 1);
    QStringList regions = distinctField(dataLines, 0);
    // Codes alone are hard to check by eye: add each region's Chinese name.
    if (auto data = file.value()->load(); data.isOk())
        for (QString& code : regions)
            if (const core::Region* region = data.value().dataset.region(code.toStdString()))
                code += QLatin1Char(' ') + q(region->nameZh);
    context.out << QCoreApplication::translate("cli", "Years: %1").arg(years.join(QStringLiteral(", ")))
                << '\n';
    context.out << QCoreApplication::translate("cli", "Regions matched (%1): %2")
                       .arg(regions.size())
                       .arg(regions.join(QStringLiteral(", ")))
                << '\n';
    for (const QString& note : conversion.value().skipped)
        context.out << QCoreApplication::translate("cli", "Skipped: %1").arg(note) << '\n';
    context.out << QCoreApplication::translate("cli", "%1 values; the first long rows:")
                       .arg(conversion.value().valueCount)
                << '\n';
    context.out << header << '\n';
    for (int i = 0; i < std::min(kPreviewRows, static_cast<int>(dataLines.size())); ++i)
        context.out << dataLines[i] << '\n';
    context.out << QCoreApplication::translate(
                       "cli", "Dry run: nothing was changed. Run again without --dry-run to import.")
                << '\n';
    return Success;
}

} // namespace jieshui::cli
