// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardWriter.h"

#include "TextTable.h"
#include "model/IndicatorDisplay.h"
#include "render/StatusPalette.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jieshui::cli {

using core::IndicatorDisplay;

namespace {
QString csvField(const QString& text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        QString quoted = text;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return text;
}
} // namespace

QString ScorecardWriter::taskLabel(const core::PlanTarget& target, bool zh) const {
    // The milestone's own words say what is counted; the variable id is the fallback.
    QString what = QString::fromStdString(target.variable);
    for (const auto& task : m_dataset.tasks()) {
        if (task.number != target.taskNumber)
            continue;
        what = QString::fromStdString(zh ? task.titleZh : task.titleEn);
        for (const auto& milestone : task.milestones)
            if (milestone.targetId == target.id)
                what = QString::fromStdString(zh ? milestone.textZh : milestone.textEn);
    }
    constexpr int maxLength = 28;
    if (what.size() > maxLength)
        what = what.left(maxLength - 1) + QChar(0x2026);
    return (zh ? QStringLiteral("任务%1：") : QStringLiteral("Task %1: ")).arg(target.taskNumber) + what;
}

ScorecardWriter::ScorecardWriter(const core::Dataset& dataset, QString language)
    : m_dataset(dataset), m_language(std::move(language)) {}

QString ScorecardWriter::statusLabel(core::VerdictStatus status) {
    // The same words as the map legends.
    return render::StatusPalette::name(status);
}

QString ScorecardWriter::provenanceLabel(core::ProvenanceKind kind) {
    switch (kind) {
    case core::ProvenanceKind::Sourced:
        return QCoreApplication::translate("cli", "sourced");
    case core::ProvenanceKind::Estimate:
        return QCoreApplication::translate("cli", "estimate");
    case core::ProvenanceKind::Projected:
        return QCoreApplication::translate("cli", "projected");
    }
    return {};
}

ScorecardWriter::Row ScorecardWriter::rowFor(const core::Verdict& v) const {
    const bool zh = m_language == QLatin1String("zh");
    // The value names the indicator actually judged (a cap is judged in the assessment scope).
    const auto& info = core::IndicatorCatalog::info(v.value ? v.value->indicator : v.target.indicator);
    const core::Region* region = m_dataset.region(v.target.regionCode);
    const core::Indicator ind = v.target.indicator;
    Row row;
    const auto targetId = core::IndicatorCatalog::info(v.target.indicator).id;
    row.indicatorId = QString::fromUtf8(targetId.data(), qsizetype(targetId.size()));
    if (ind == core::Indicator::TaskMilestone) {
        row.indicator = taskLabel(v.target, zh);
    } else {
        const auto name = zh ? info.nameZh : info.nameEn;
        row.indicator = QString::fromUtf8(name.data(), qsizetype(name.size()));
    }
    row.regionCode = QString::fromStdString(v.target.regionCode);
    row.region = region
                     ? QString::fromStdString(zh || region->nameEn.empty() ? region->nameZh : region->nameEn)
                     : row.regionCode;
    row.year = QString::number(v.target.year);
    // Task quantities in the plan's own unit (万亩, 个, %), everything else in its report unit.
    row.unit = QString::fromStdString(ind == core::Indicator::TaskMilestone ? v.target.unit
                                                                            : IndicatorDisplay::unit(ind));
    row.target = QString::fromLatin1(comparatorSymbol(v.target.comparator)) + QLatin1Char(' ') +
                 QString::fromStdString(IndicatorDisplay::formatForTarget(v.target, v.target.value));
    if (v.value)
        row.value = QString::fromStdString(IndicatorDisplay::formatForTarget(v.target, v.value->value));
    if (v.gap)
        row.gap = QString::fromStdString(IndicatorDisplay::formatForTarget(v.target, *v.gap, true));
    if (v.requiredAnnualRate)
        row.requiredRate = QString::fromStdString(IndicatorDisplay::formatAnnualRate(*v.requiredAnnualRate)) +
                           QLatin1Char('%');
    row.status = statusLabel(v.status);
    row.statusId = QString::fromLatin1(core::verdictStatusId(v.status));
    if (v.value) {
        row.provenance = provenanceLabel(v.value->provenance);
        row.provenanceId = QString::fromLatin1(core::provenanceKindId(v.value->provenance));
    }
    row.targetId = QString::fromStdString(v.target.id);
    row.comparator = QString::fromLatin1(comparatorSymbol(v.target.comparator));
    row.targetBase = v.target.value;
    row.targetShown = IndicatorDisplay::toTargetUnit(v.target, v.target.value);
    if (v.value) {
        row.valueBase = v.value->value;
        row.valueShown = IndicatorDisplay::toTargetUnit(v.target, v.value->value);
    }
    if (v.gap)
        row.gapShown = IndicatorDisplay::toTargetUnit(v.target, *v.gap);
    row.rateFraction = v.requiredAnnualRate;
    row.scenario = QString::fromStdString(v.scenario);
    row.source =
        QString::fromStdString(v.target.source + (v.target.clause.empty() ? "" : " " + v.target.clause));
    row.explanation = QString::fromStdString(v.explanation);
    return row;
}

QString ScorecardWriter::write(const std::vector<core::Verdict>& verdicts, OutputFormat format) const {
    std::vector<Row> rows;
    rows.reserve(verdicts.size());
    for (const auto& v : verdicts)
        rows.push_back(rowFor(v));
    switch (format) {
    case OutputFormat::Text:
        return writeText(rows);
    case OutputFormat::Csv:
        return writeCsv(rows);
    case OutputFormat::Json:
        return writeJson(rows);
    }
    return {};
}

QString ScorecardWriter::writeText(const std::vector<Row>& rows) const {
    TextTable table;
    table.setHeader(
        {QCoreApplication::translate("cli", "Indicator"), QCoreApplication::translate("cli", "Region"),
         QCoreApplication::translate("cli", "Year"), QCoreApplication::translate("cli", "Value"),
         QCoreApplication::translate("cli", "Target"), QCoreApplication::translate("cli", "Unit"),
         QCoreApplication::translate("cli", "Status"), QCoreApplication::translate("cli", "Gap"),
         QCoreApplication::translate("cli", "Needed/yr"), QCoreApplication::translate("cli", "Provenance")});
    for (int column : {3, 4, 7, 8})
        table.setAlignment(column, TextTable::Align::Right);
    for (const auto& r : rows)
        table.addRow({r.indicator, r.region, r.year, r.value.isEmpty() ? QStringLiteral("—") : r.value,
                      r.target, r.unit, r.status, r.gap, r.requiredRate, r.provenance});
    return table.toString();
}

QString ScorecardWriter::writeCsv(const std::vector<Row>& rows) const {
    QString out =
        QStringLiteral("indicator_id,indicator,region_code,region,year,scenario,value,target,unit,status_id,"
                       "status,gap,required_annual_rate,provenance_id,provenance,source,explanation\n");
    for (const auto& r : rows) {
        const QStringList fields{r.indicatorId, r.indicator,  r.regionCode,   r.region,       r.year,
                                 r.scenario,    r.value,      r.target,       r.unit,         r.statusId,
                                 r.status,      r.gap,        r.requiredRate, r.provenanceId, r.provenance,
                                 r.source,      r.explanation};
        QStringList quoted;
        for (const auto& f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

QString ScorecardWriter::writeJson(const std::vector<Row>& rows) const {
    const auto number = [](const std::optional<double>& x) { return x ? QJsonValue(*x) : QJsonValue(); };
    QJsonArray array;
    for (const auto& r : rows) {
        QJsonObject o;
        o[QStringLiteral("target_id")] = r.targetId;
        o[QStringLiteral("indicator_id")] = r.indicatorId;
        o[QStringLiteral("indicator")] = r.indicator;
        o[QStringLiteral("region_code")] = r.regionCode;
        o[QStringLiteral("region")] = r.region;
        o[QStringLiteral("year")] = r.year.toInt();
        o[QStringLiteral("scenario")] = r.scenario;
        // Numbers are numbers, at full precision: in the unit shown (`unit`) and in the engine's base unit.
        o[QStringLiteral("value")] = number(r.valueShown);
        o[QStringLiteral("value_base")] = number(r.valueBase);
        o[QStringLiteral("value_text")] = r.value;
        o[QStringLiteral("comparator")] = r.comparator;
        o[QStringLiteral("target")] = number(r.targetShown);
        o[QStringLiteral("target_base")] = number(r.targetBase);
        o[QStringLiteral("target_text")] = r.target;
        o[QStringLiteral("unit")] = r.unit.isEmpty() ? QStringLiteral("1") : r.unit;
        o[QStringLiteral("status_id")] = r.statusId;
        o[QStringLiteral("status")] = r.status;
        o[QStringLiteral("gap")] = number(r.gapShown);
        o[QStringLiteral("gap_text")] = r.gap;
        o[QStringLiteral("required_annual_rate")] = number(r.rateFraction);
        o[QStringLiteral("required_annual_rate_text")] = r.requiredRate;
        o[QStringLiteral("provenance_id")] = r.provenanceId;
        o[QStringLiteral("provenance")] = r.provenance;
        o[QStringLiteral("source")] = r.source;
        o[QStringLiteral("explanation")] = r.explanation;
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace jieshui::cli
