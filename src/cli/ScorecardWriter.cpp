// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardWriter.h"

#include "TextTable.h"
#include "render/ThematicStyle.h"
#include "report/IndicatorDisplay.h"
#include "units/UnitParser.h"

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
    return render::ThematicStyle::statusName(status);
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
    if (ind == core::Indicator::TaskMilestone) {
        // Task quantities are shown in the plan's own unit (万亩, 个, %), converted back from base units.
        std::string unit = v.target.unit;
        for (const std::string suffix : {"/年", "/a"})
            if (unit.size() > suffix.size() &&
                unit.compare(unit.size() - suffix.size(), suffix.size(), suffix) == 0)
                unit.resize(unit.size() - suffix.size());
        const auto spec = core::UnitParser::parse(unit);
        const double factor = spec.isOk() && spec.value().toBase != 0.0 ? spec.value().toBase : 1.0;
        auto shown = [factor](double base) { return QString::number(base / factor, 'g', 4); };
        row.unit = QString::fromStdString(v.target.unit);
        row.target = QString::fromLatin1(comparatorSymbol(v.target.comparator)) + QLatin1Char(' ') +
                     shown(v.target.value);
        if (v.value)
            row.value = shown(v.value->value);
        if (v.gap)
            row.gap = (*v.gap > 0 ? QStringLiteral("+") : QString()) + shown(*v.gap);
    } else {
        row.unit = QString::fromStdString(IndicatorDisplay::unit(ind));
        row.target = QString::fromLatin1(comparatorSymbol(v.target.comparator)) + QLatin1Char(' ') +
                     QString::fromStdString(IndicatorDisplay::format(ind, v.target.value));
        if (v.value)
            row.value = QString::fromStdString(IndicatorDisplay::format(ind, v.value->value));
        if (v.gap)
            row.gap = QString::fromStdString(IndicatorDisplay::formatSigned(ind, *v.gap));
    }
    if (v.requiredAnnualRate)
        row.requiredRate = QString::number(*v.requiredAnnualRate * 100.0, 'f', 1) + QLatin1Char('%');
    row.status = statusLabel(v.status);
    row.statusId = QString::fromLatin1(core::verdictStatusId(v.status));
    if (v.value) {
        row.provenance = provenanceLabel(v.value->provenance);
        row.provenanceId = QString::fromLatin1(core::provenanceKindId(v.value->provenance));
    }
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
    QJsonArray array;
    for (const auto& r : rows) {
        QJsonObject o;
        o[QStringLiteral("indicator_id")] = r.indicatorId;
        o[QStringLiteral("indicator")] = r.indicator;
        o[QStringLiteral("region_code")] = r.regionCode;
        o[QStringLiteral("region")] = r.region;
        o[QStringLiteral("year")] = r.year.toInt();
        o[QStringLiteral("scenario")] = r.scenario;
        bool numeric = false;
        const double value = r.value.toDouble(&numeric);
        o[QStringLiteral("value")] = numeric ? QJsonValue(value) : QJsonValue();
        o[QStringLiteral("target")] = r.target;
        o[QStringLiteral("unit")] = r.unit;
        o[QStringLiteral("status_id")] = r.statusId;
        o[QStringLiteral("status")] = r.status;
        o[QStringLiteral("gap")] = r.gap;
        o[QStringLiteral("required_annual_rate")] = r.requiredRate;
        o[QStringLiteral("provenance_id")] = r.provenanceId;
        o[QStringLiteral("provenance")] = r.provenance;
        o[QStringLiteral("source")] = r.source;
        o[QStringLiteral("explanation")] = r.explanation;
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace jieshui::cli
