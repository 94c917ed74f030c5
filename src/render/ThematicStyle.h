// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/RegionResult.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QString>

namespace jieshui::render {

/**
 * Compliance-class colouring (达标 / 临界 / 未达标 / 无数据 / 未分配指标) of regions for one indicator, year
 * and scenario, in the colours of StatusPalette. Regions are matched by the feature's region code.
 */
class ThematicStyle {
public:
    void setResult(const QString& regionCode, const RegionResult& result);
    void setResults(QHash<QString, RegionResult> results) { m_results = std::move(results); }
    const QHash<QString, RegionResult>& results() const { return m_results; }
    /** The result of a region, or nullptr (drawn as no data). */
    const RegionResult* result(const QString& regionCode) const;
    /** The status of a region; NoData when absent. */
    core::VerdictStatus status(const QString& regionCode) const;
    bool hasEstimates() const;
    /** True when some region has @p status (the legend lists "no quota allocated" only then). */
    bool hasStatus(core::VerdictStatus status) const;

    /** Legend title, e.g. "农田灌溉水有效利用系数 2020 (baseline)". */
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }

private:
    QHash<QString, RegionResult> m_results;
    QString m_title;
};

} // namespace jieshui::render
