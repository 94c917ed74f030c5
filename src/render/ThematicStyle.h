// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/RegionResult.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QString>

namespace jieshui::render {

/**
 * Compliance-class colouring (达标 / 临界 / 未达标 / 无数据) of regions for one indicator, year and
 * scenario. Colours are from the Okabe–Ito colour-blind-safe palette: met bluish green #009E73, at risk
 * orange #E69F00, missed vermillion #D55E00, no data light grey #D9D9D9 (drawn with a dot pattern too).
 * Regions are matched by the feature's region code.
 */
class ThematicStyle {
public:
    static QColor statusColor(core::VerdictStatus status);
    /** Fill brush of a status: solid, except no data (grey with a sparse dot pattern overlay). */
    static QBrush statusBrush(core::VerdictStatus status);
    /** Translated class name ("达标" in zh, "met" in en) in context "render". */
    static QString statusName(core::VerdictStatus status);

    void setResult(const QString& regionCode, const RegionResult& result);
    void setResults(QHash<QString, RegionResult> results) { m_results = std::move(results); }
    const QHash<QString, RegionResult>& results() const { return m_results; }
    /** The result of a region, or nullptr (drawn as no data). */
    const RegionResult* result(const QString& regionCode) const;
    /** The status of a region; NoData when absent. */
    core::VerdictStatus status(const QString& regionCode) const;
    bool hasEstimates() const;

    /** Legend title, e.g. "农田灌溉水有效利用系数 2020 (baseline)". */
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }

private:
    QHash<QString, RegionResult> m_results;
    QString m_title;
};

} // namespace jieshui::render
