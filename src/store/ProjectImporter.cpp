// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectImporter.h"

#include "ProjectFile.h"
#include "SpreadsheetReader.h"
#include "geo/TextDecoding.h"
#include "io/CsvReader.h"
#include "io/PlanTargetLoader.h"
#include "io/StatisticsLoader.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <set>

namespace jieshui::store {

namespace {

core::Result<std::string> readInput(const QString& path) {
    if (SpreadsheetReader::isXlsx(path))
        return SpreadsheetReader::xlsxToCsv(path);
    // Excel on Chinese Windows saves CSV as GBK: text that is not UTF-8 but decodes strictly as GBK is
    // recoded; anything else goes to the core reader, which names the first undecodable line.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = file.readAll();
        if (!geo::TextDecoding::isValidUtf8(bytes)) {
            if (auto text = geo::TextDecoding::decode(bytes, QStringLiteral("CP936")))
                return text->toStdString();
        }
    }
    return core::CsvReader::readFile(path.toStdString());
}

bool sameTarget(const core::PlanTarget& a, const core::PlanTarget& b) {
    return a.id == b.id && a.indicator == b.indicator && a.regionCode == b.regionCode && a.year == b.year &&
           a.comparator == b.comparator && a.value == b.value && a.unit == b.unit &&
           a.baseYear == b.baseYear && a.priceBaseYear == b.priceBaseYear && a.variable == b.variable &&
           a.taskNumber == b.taskNumber && a.source == b.source && a.clause == b.clause;
}

} // namespace

core::Result<ImportOutcome> ProjectImporter::importStatistics(ProjectFile& file, const QString& inputPath) {
    auto text = readInput(inputPath);
    if (text.hasError())
        return text.error();
    auto data = file.load();
    if (data.hasError())
        return data.error();
    core::StatisticsLoader loader(data.value().dataset);
    const std::string displayName = QFileInfo(inputPath).fileName().toStdString();
    auto plan = loader.planFromText(text.value(), displayName);
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

core::Result<ImportOutcome> ProjectImporter::importPlan(ProjectFile& file, const QString& inputPath) {
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
    for (const auto& t : targets.value()) {
        auto it = std::find_if(merged.begin(), merged.end(),
                               [&](const core::PlanTarget& m) { return m.id == t.id; });
        if (it == merged.end()) {
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

} // namespace jieshui::store
