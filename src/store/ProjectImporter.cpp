// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectImporter.h"

#include "GeoPackageStore.h"
#include "ProjectStore.h"
#include "SpreadsheetReader.h"
#include "geo/InputFile.h"
#include "geo/TableReader.h"
#include "geo/TextDecoding.h"
#include "io/CsvReader.h"
#include "io/PlanTargetLoader.h"
#include "io/StatisticsLoader.h"
#include "model/Variable.h"
#include "units/UnitParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <set>
#include <unordered_map>

namespace jieshui::store {

namespace {

core::Result<std::string> readInput(const QString& path) {
    if (auto st = geo::InputFile::check(path); st.hasError())
        return st.error();
    if (SpreadsheetReader::isXlsx(path))
        return SpreadsheetReader::xlsxToCsv(path);
    // One encoding rule (TextDecoding::decodeTextFile): UTF-8, or GBK/GB18030 for the whole file as Excel
    // on Chinese Windows saves CSV; a mix is refused.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error(core::ErrorCode::IoError,
                           QCoreApplication::translate("store", "cannot read the file").toStdString(),
                           {.file = path.toStdString()});
    auto text = geo::TextDecoding::decodeTextFile(file.readAll(), QFileInfo(path).fileName().toStdString());
    if (text.hasError())
        return text.error();
    return text.value().text.toStdString();
}

bool sameTarget(const core::PlanTarget& a, const core::PlanTarget& b) {
    return a.id == b.id && a.indicator == b.indicator && a.regionCode == b.regionCode && a.year == b.year &&
           a.comparator == b.comparator && a.value == b.value && a.unit == b.unit &&
           a.baseYear == b.baseYear && a.priceBaseYear == b.priceBaseYear && a.variable == b.variable &&
           a.taskNumber == b.taskNumber && a.source == b.source && a.clause == b.clause;
}

} // namespace

core::Result<ImportOutcome> ProjectImporter::importStatistics(ProjectStore& file, const QString& inputPath) {
    auto text = readInput(inputPath);
    if (text.hasError())
        return text.error();
    return importStatisticsText(file, text.value(), QFileInfo(inputPath).fileName().toStdString());
}

core::Result<ImportOutcome> ProjectImporter::importStatisticsText(ProjectStore& file, const std::string& text,
                                                                  const std::string& displayName) {
    auto data = file.load();
    if (data.hasError())
        return data.error();
    core::StatisticsLoader loader(data.value().dataset);
    auto plan = loader.planFromText(text, displayName);
    if (plan.hasError())
        return loader.report().hasErrors() ? loader.report().combined() : plan.error();
    const auto& p = plan.value();
    ImportOutcome outcome{.added = static_cast<int>(p.additions.size()),
                          .replaced = static_cast<int>(p.replacements.size()),
                          .unchanged = static_cast<int>(p.unchanged.size()),
                          .rejected = static_cast<int>(p.rejected.size())};
    for (const auto& row : p.rejected)
        for (const auto& reason : row.reasons)
            outcome.rejectionLines.push_back(
                reason
                    .locatedIn(
                        {.file = displayName, .line = row.line, .region = row.regionCode, .year = row.year})
                    .toString());
    if (p.hasRejections() || !p.hasChanges())
        return outcome;
    if (auto st = p.apply(data.value().dataset); st.hasError())
        return st.error();
    if (auto st = file.save(data.value()); st.hasError())
        return st.error();
    outcome.applied = true;
    return outcome;
}

core::Result<ImportOutcome> ProjectImporter::importPlan(ProjectStore& file, const QString& inputPath) {
    auto text = readInput(inputPath);
    if (text.hasError())
        return text.error();
    auto data = file.load();
    if (data.hasError())
        return data.error();
    // The loader counts ids already in its context as duplicates; here an existing id means "replace".
    core::Dataset context = data.value().dataset;
    context.clearTargets();
    core::PlanTargetLoader loader(context);
    const std::string displayName = QFileInfo(inputPath).fileName().toStdString();
    auto targets = loader.fromText(text.value(), displayName);
    ImportOutcome outcome;
    if (targets.hasError()) {
        std::set<int> lines;
        for (const auto& e : loader.report().errors())
            lines.insert(e.location().line);
        // An error without a row (missing column, bad encoding) makes the file unreadable as a whole.
        if (lines.empty() || lines.count(0) != 0 || lines.count(1) != 0)
            return loader.report().hasErrors() ? loader.report().combined() : targets.error();
        outcome.rejected = static_cast<int>(lines.size());
        outcome.rejectionLines = loader.report().lines();
        return outcome;
    }
    std::vector<core::PlanTarget> merged = data.value().dataset.targets();
    // id → position in merged: one lookup per row (a linear search made 100k rows take minutes).
    std::unordered_map<std::string, std::size_t> position;
    position.reserve(merged.size() + targets.value().size());
    for (std::size_t i = 0; i < merged.size(); ++i)
        position.emplace(merged[i].id, i);
    for (const auto& t : targets.value()) {
        auto found = position.find(t.id);
        auto it = found == position.end() ? merged.end() : merged.begin() + static_cast<long>(found->second);
        if (it == merged.end()) {
            position.emplace(t.id, merged.size());
            merged.push_back(t);
            ++outcome.added;
        } else if (sameTarget(*it, t)) {
            ++outcome.unchanged;
        } else {
            *it = t;
            ++outcome.replaced;
        }
    }
    if (outcome.added + outcome.replaced == 0)
        return outcome;
    core::Dataset& dataset = data.value().dataset;
    dataset.clearTargets();
    for (const auto& t : merged)
        if (auto st = dataset.addTarget(t); st.hasError())
            return st.error();
    if (auto st = file.save(data.value()); st.hasError())
        return st.error();
    outcome.applied = true;
    return outcome;
}

namespace {

core::Error mappingError(core::ErrorCode code, const QString& message, const std::string& file, int line,
                         const QString& field) {
    return core::Error(code, message.toStdString(), core::ErrorLocation{file, line, field.toStdString()});
}

} // namespace

core::Result<geo::WideTableMapping> ProjectImporter::readWideMapping(const QString& mappingPath) {
    auto tables = geo::TableReader::read(mappingPath);
    if (tables.hasError())
        return tables.error();
    const std::string name = QFileInfo(mappingPath).fileName().toStdString();
    if (tables.value().isEmpty())
        return mappingError(core::ErrorCode::ParseError,
                            QCoreApplication::translate("store", "the mapping file is empty"), name, 1, {});
    const geo::Table& table = tables.value().front();
    const QStringList expected{QStringLiteral("column"), QStringLiteral("variable"), QStringLiteral("unit")};
    if (table.header.mid(0, 3) != expected)
        return mappingError(core::ErrorCode::ParseError,
                            QCoreApplication::translate(
                                "store", "the mapping file must start with the header column,variable,unit"),
                            name, 1, {});
    geo::WideTableMapping mapping;
    QSet<QString> mappedColumns;
    for (int r = 0; r < table.rows.size(); ++r) {
        const int line = r + 2; // the header is line 1
        const QString key = table.rows[r].value(0).trimmed();
        const QString value = table.rows[r].value(1).trimmed();
        const QString unit = table.rows[r].value(2).trimmed();
        if (key.isEmpty())
            continue;
        if (value.isEmpty() && key != QLatin1String("source"))
            return mappingError(core::ErrorCode::MissingData,
                                QCoreApplication::translate("store", "\"%1\" needs a value").arg(key), name,
                                line, QStringLiteral("variable"));
        if (key == QLatin1String("region_column")) {
            mapping.regionColumn = value;
        } else if (key == QLatin1String("year_column")) {
            mapping.yearColumn = value;
        } else if (key == QLatin1String("year")) {
            bool ok = false;
            const int y = value.toInt(&ok);
            if (!ok || y < 1949 || y > 2100)
                return mappingError(core::ErrorCode::ParseError,
                                    QCoreApplication::translate("store", "not a year: \"%1\"").arg(value),
                                    name, line, QStringLiteral("variable"));
            mapping.year = y;
        } else if (key == QLatin1String("source")) {
            mapping.source = value;
        } else if (key == QLatin1String("estimate")) {
            if (value != QLatin1String("0") && value != QLatin1String("1"))
                return mappingError(
                    core::ErrorCode::ParseError,
                    QCoreApplication::translate("store", "estimate must be 0 or 1, not \"%1\"").arg(value),
                    name, line, QStringLiteral("variable"));
            mapping.estimate = value == QLatin1String("1");
        } else {
            const std::string variable = value.toStdString();
            if (core::VariableCatalog::find(variable) == nullptr &&
                !core::VariableCatalog::isTaskVariable(variable))
                return mappingError(
                    core::ErrorCode::UnknownVariable,
                    QCoreApplication::translate("store", "unknown variable \"%1\"").arg(value), name, line,
                    QStringLiteral("variable"));
            if (auto parsed = core::UnitParser::parse(unit.toStdString()); parsed.hasError())
                return mappingError(core::ErrorCode::UnknownUnit,
                                    QCoreApplication::translate("store", "unknown unit \"%1\"").arg(unit),
                                    name, line, QStringLiteral("unit"));
            if (mappedColumns.contains(key))
                return mappingError(
                    core::ErrorCode::DuplicateRow,
                    QCoreApplication::translate("store", "column \"%1\" is mapped twice").arg(key), name,
                    line, QStringLiteral("column"));
            mappedColumns.insert(key);
            mapping.columns.append(geo::WideColumn{key, value, unit});
        }
    }
    if (mapping.regionColumn.isEmpty())
        return mappingError(core::ErrorCode::MissingData,
                            QCoreApplication::translate("store", "no region_column row"), name, 0, {});
    if (mapping.columns.isEmpty())
        return mappingError(core::ErrorCode::MissingData,
                            QCoreApplication::translate("store", "no column is mapped to a variable"), name,
                            0, {});
    return mapping;
}

core::Result<geo::LongTableConversion>
ProjectImporter::convertWideStatistics(ProjectStore& file, const QString& tablePath,
                                       const geo::WideTableMapping& mapping) {
    auto data = file.load();
    if (data.hasError())
        return data.error();
    return convertWideStatistics(data.value().dataset, tablePath, mapping);
}

core::Result<std::string> ProjectImporter::readLongText(const QString& path) {
    return readInput(path);
}

core::Result<geo::LongTableConversion>
ProjectImporter::convertWideStatistics(const core::Dataset& dataset, const QString& tablePath,
                                       const geo::WideTableMapping& mapping) {
    auto tables = geo::TableReader::read(tablePath);
    if (tables.hasError())
        return tables.error();
    QVector<geo::RegionKey> regions;
    for (const core::Region& region : dataset.regions())
        regions.append(
            geo::RegionKey{QString::fromStdString(region.code), QString::fromStdString(region.nameZh)});
    // Errors name the sheet; a CSV's table is named after the file's base name, so give its full name.
    QVector<geo::Table> named = tables.value();
    if (!SpreadsheetReader::isXlsx(tablePath))
        for (geo::Table& t : named)
            t.name = QFileInfo(tablePath).fileName();
    return mapping.toLongCsv(named, regions);
}

core::Result<ImportOutcome> ProjectImporter::importWideStatistics(ProjectStore& file,
                                                                  const QString& tablePath,
                                                                  const geo::WideTableMapping& mapping) {
    auto conversion = convertWideStatistics(file, tablePath, mapping);
    if (conversion.hasError())
        return conversion.error();
    // The converted rows have no lines of their own in the source; name the file and that it was converted.
    const std::string displayName = QCoreApplication::translate("store", "%1 (converted to long rows)")
                                        .arg(QFileInfo(tablePath).fileName())
                                        .toStdString();
    return importStatisticsText(file, conversion.value().csv.toStdString(), displayName);
}

core::Result<ImportOutcome> ProjectImporter::importStatistics(ProjectFile& file, const QString& inputPath) {
    GeoPackageStore store = GeoPackageStore::borrowing(file);
    return importStatistics(static_cast<ProjectStore&>(store), inputPath);
}

core::Result<ImportOutcome> ProjectImporter::importPlan(ProjectFile& file, const QString& inputPath) {
    GeoPackageStore store = GeoPackageStore::borrowing(file);
    return importPlan(static_cast<ProjectStore&>(store), inputPath);
}

core::Result<ImportOutcome> ProjectImporter::importWideStatistics(ProjectFile& file, const QString& tablePath,
                                                                  const geo::WideTableMapping& mapping) {
    GeoPackageStore store = GeoPackageStore::borrowing(file);
    return importWideStatistics(static_cast<ProjectStore&>(store), tablePath, mapping);
}

} // namespace jieshui::store
