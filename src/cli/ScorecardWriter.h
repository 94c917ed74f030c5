// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"
#include "model/Dataset.h"

#include <QString>
#include <optional>
#include <vector>

namespace jieshui::cli {

enum class OutputFormat { Text, Csv, Json };

/**
 * Writes a scorecard (one row per plan target) as an aligned text table, CSV or JSON, in Chinese or
 * English. Values are shown in report units (亿m³, m³/万元, %), estimates marked 估算.
 */
class ScorecardWriter {
public:
    ScorecardWriter(const core::Dataset& dataset, QString language);

    QString write(const std::vector<core::Verdict>& verdicts, OutputFormat format) const;

    /** Translated label of a status: 达标 / 临界 / 未达标 / 无数据 or met / at risk / missed / no data. */
    static QString statusLabel(core::VerdictStatus status);
    /** Translated label of a provenance: 来源 / 估算 / 预测 or sourced / estimate / projected. */
    static QString provenanceLabel(core::ProvenanceKind kind);

private:
    struct Row {
        QString indicatorId, indicator, regionCode, region, year, value, target, unit, status, statusId, gap,
            requiredRate, provenance, provenanceId, scenario, source, explanation, targetId, comparator;
        // The same numbers at full precision, for scripts: in the shown unit and in the base unit.
        std::optional<double> valueShown, valueBase, targetShown, targetBase, gapShown, rateFraction;
    };
    Row rowFor(const core::Verdict& verdict) const;
    QString taskLabel(const core::PlanTarget& target, bool zh) const;
    QString writeText(const std::vector<Row>& rows) const;
    QString writeCsv(const std::vector<Row>& rows) const;
    QString writeJson(const std::vector<Row>& rows) const;

    const core::Dataset& m_dataset;
    QString m_language;
};

} // namespace jieshui::cli
