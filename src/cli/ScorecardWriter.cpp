// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScorecardWriter.h"

#include "TextTable.h"
#include "model/IndicatorDisplay.h"
#include "render/InputLabel.h"
#include "render/StatusPalette.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

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
    row.regionKind =
        region ? QString::fromLatin1(core::regionKindId(region->kind)) : QStringLiteral("unknown");
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
    for (const auto& v : verdicts) {
        rows.push_back(rowFor(v));
        if (m_uncertainty != nullptr)
            addUncertainty(rows.back(), v);
    }
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
    if (m_uncertainty != nullptr) {
        QStringList header{
            QCoreApplication::translate("cli", "Indicator"), QCoreApplication::translate("cli", "Region"),
            QCoreApplication::translate("cli", "Year"),      QCoreApplication::translate("cli", "Value"),
            QCoreApplication::translate("cli", "Target"),    QCoreApplication::translate("cli", "Unit"),
            QCoreApplication::translate("cli", "Status"),    QCoreApplication::translate("cli", "Gap"),
            QCoreApplication::translate("cli", "Needed/yr"), QCoreApplication::translate("cli", "Provenance"),
            QCoreApplication::translate("cli", "P(met)"),    QCoreApplication::translate("cli", "5–95 %")};
        table.setHeader(header);
        table.setAlignment(10, TextTable::Align::Right);
        table.setAlignment(11, TextTable::Align::Right);
    }
    const QString none = QStringLiteral("—");
    for (const auto& r : rows) {
        QStringList cells{r.indicator,    r.region,    r.year,   r.value.isEmpty() ? none : r.value,
                          r.target,       r.unit,      r.status, r.gap,
                          r.requiredRate, r.provenance};
        if (m_uncertainty != nullptr)
            cells << (r.probability.isEmpty() ? none : r.probability) << (r.band.isEmpty() ? none : r.band);
        table.addRow(cells);
    }
    QString text = table.toString();
    if (m_uncertainty != nullptr) {
        text += QCoreApplication::translate(
                    "cli", "P(met): Monte Carlo, %1 draws of a Latin hypercube over %2 uncertain "
                           "inputs, seed %3; 5–95 %: the value in 90 % of the draws.")
                    .arg(m_uncertainty->draws())
                    .arg(m_uncertainty->inputs().size())
                    .arg(m_uncertainty->seed()) +
                QLatin1Char('\n');
        // What moves each target most (the tornado's top bars), for the rows with a probability.
        for (const auto& r : rows)
            if (!r.movers.isEmpty())
                text += QStringLiteral("  %1 %2 %3: %4\n").arg(r.indicator, r.region, r.year, r.movers);
    }
    return text;
}

QString ScorecardWriter::writeCsv(const std::vector<Row>& rows) const {
    // The same fields as the JSON (docs/evaluate.schema.json): numbers at full precision in the unit of
    // `unit` and in the base unit, the display strings beside them in *_text.
    const auto number = [](const std::optional<double>& x) {
        return x ? QString::number(*x, 'g', QLocale::FloatingPointShortest) : QString();
    };
    QString out = QStringLiteral(
        "target_id,indicator_id,indicator,region_code,region,region_kind,year,scenario,value,value_base,"
        "value_text,comparator,target,target_base,target_text,unit,status_id,status,gap,gap_text,"
        "required_annual_rate,required_annual_rate_text,provenance_id,provenance,source,explanation");
    if (m_uncertainty != nullptr)
        out += QStringLiteral(
            ",p_met,p_met_text,value_p05,value_p50,value_p95,band_text,judged_draws,draws,seed,"
            "top_inputs");
    out += QLatin1Char('\n');
    for (const auto& r : rows) {
        QStringList fields{r.targetId,
                           r.indicatorId,
                           r.indicator,
                           r.regionCode,
                           r.region,
                           r.regionKind,
                           r.year,
                           r.scenario,
                           number(r.valueShown),
                           number(r.valueBase),
                           r.value,
                           r.comparator,
                           number(r.targetShown),
                           number(r.targetBase),
                           r.target,
                           r.unit.isEmpty() ? QStringLiteral("1") : r.unit,
                           r.statusId,
                           r.status,
                           number(r.gapShown),
                           r.gap,
                           number(r.rateFraction),
                           r.requiredRate,
                           r.provenanceId,
                           r.provenance,
                           r.source,
                           r.explanation};
        if (m_uncertainty != nullptr) {
            const QJsonObject u = uncertaintyJson(r);
            const auto field = [&](const char* key) {
                const QJsonValue v = u.value(QLatin1String(key));
                return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : QString();
            };
            fields << field("p_met") << r.probability << field("value_p05") << field("value_p50")
                   << field("value_p95") << r.band << field("judged_draws") << field("draws") << field("seed")
                   << r.movers;
        }
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
        o[QStringLiteral("region_kind")] = r.regionKind;
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
        // No value, no provenance: null rather than an id that is not one.
        o[QStringLiteral("provenance_id")] =
            r.provenanceId.isEmpty() ? QJsonValue() : QJsonValue(r.provenanceId);
        o[QStringLiteral("provenance")] = r.provenance;
        o[QStringLiteral("source")] = r.source;
        o[QStringLiteral("explanation")] = r.explanation;
        if (m_uncertainty != nullptr) {
            const QJsonObject u = uncertaintyJson(r);
            for (auto it = u.begin(); it != u.end(); ++it)
                o[it.key()] = it.value();
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void ScorecardWriter::addUncertainty(Row& row, const core::Verdict& verdict) const {
    row.outcome = m_uncertainty->outcome(verdict.target.id, verdict.target.regionCode);
    row.targetRef = &verdict.target;
    if (row.outcome == nullptr)
        return;
    if (const auto p = row.outcome->probabilityMet())
        row.probability = QString::fromStdString(IndicatorDisplay::formatProbability(*p));
    if (row.outcome->band)
        row.band = QString::fromStdString(
            IndicatorDisplay::formatRange(verdict.target, row.outcome->band->low, row.outcome->band->high));
    QStringList movers;
    for (std::size_t i = 0; i < row.outcome->effects.size() && i < 3; ++i) {
        const core::InputEffect& e = row.outcome->effects[i];
        const core::UncertainInput& input = m_uncertainty->inputs()[e.input];
        QString item = render::InputLabel::text(input, m_dataset, m_language);
        if (e.hasLow && e.hasHigh)
            item += QStringLiteral(" (%1)").arg(
                QString::fromStdString(IndicatorDisplay::formatRange(verdict.target, e.low, e.high)));
        movers << item;
    }
    row.movers = movers.join(QStringLiteral("; "));
}

QJsonObject ScorecardWriter::uncertaintyJson(const Row& row) const {
    // Extends docs/evaluate.schema.json: every field present on every row of an --uncertainty run.
    const auto shown = [&](double base) {
        return row.targetRef != nullptr ? IndicatorDisplay::toTargetUnit(*row.targetRef, base) : base;
    };
    QJsonObject o;
    const core::OutcomeDistribution* d = row.outcome;
    const std::optional<double> p = d != nullptr ? d->probabilityMet() : std::nullopt;
    o[QStringLiteral("p_met")] = p ? QJsonValue(*p) : QJsonValue();
    o[QStringLiteral("p_met_text")] = row.probability;
    const bool band = d != nullptr && d->band.has_value();
    o[QStringLiteral("value_p05")] = band ? QJsonValue(shown(d->band->low)) : QJsonValue();
    o[QStringLiteral("value_p50")] = band ? QJsonValue(shown(d->band->median)) : QJsonValue();
    o[QStringLiteral("value_p95")] = band ? QJsonValue(shown(d->band->high)) : QJsonValue();
    o[QStringLiteral("value_p05_base")] = band ? QJsonValue(d->band->low) : QJsonValue();
    o[QStringLiteral("value_p50_base")] = band ? QJsonValue(d->band->median) : QJsonValue();
    o[QStringLiteral("value_p95_base")] = band ? QJsonValue(d->band->high) : QJsonValue();
    o[QStringLiteral("band_text")] = row.band;
    o[QStringLiteral("judged_draws")] = d != nullptr ? QJsonValue(double(d->judged)) : QJsonValue(0);
    o[QStringLiteral("draws")] = double(m_uncertainty->draws());
    o[QStringLiteral("seed")] = double(m_uncertainty->seed());
    QJsonArray inputs;
    if (d != nullptr)
        for (const core::InputEffect& e : d->effects) {
            const core::UncertainInput& input = m_uncertainty->inputs()[e.input];
            QJsonObject i;
            i[QStringLiteral("input")] = render::InputLabel::text(input, m_dataset, m_language);
            i[QStringLiteral("kind")] = input.kind == core::UncertainInput::Kind::Driver
                                            ? QStringLiteral("driver")
                                            : QStringLiteral("statistic");
            i[QStringLiteral("region_code")] = QString::fromStdString(input.regionCode);
            i[QStringLiteral("item")] = input.kind == core::UncertainInput::Kind::Driver
                                            ? QString::fromUtf8(core::driverId(input.driver))
                                            : QString::fromStdString(input.variable);
            i[QStringLiteral("from_year")] = input.year;
            i[QStringLiteral("to_year")] = input.toYear;
            i[QStringLiteral("spread")] = render::InputLabel::spread(input, m_dataset, m_language);
            i[QStringLiteral("value_at_p05")] = e.hasLow ? QJsonValue(shown(e.low)) : QJsonValue();
            i[QStringLiteral("value_at_p95")] = e.hasHigh ? QJsonValue(shown(e.high)) : QJsonValue();
            i[QStringLiteral("met_at_p05")] = e.hasLow ? QJsonValue(e.lowMet) : QJsonValue();
            i[QStringLiteral("met_at_p95")] = e.hasHigh ? QJsonValue(e.highMet) : QJsonValue();
            inputs.append(i);
        }
    o[QStringLiteral("top_inputs")] = inputs;
    return o;
}

} // namespace jieshui::cli
