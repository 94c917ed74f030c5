// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/Verdict.h"

#include <QBrush>
#include <QColor>
#include <QString>
#include <array>

namespace jieshui::render {

/**
 * The colours and words of the verdict classes, the same on the map, in its legend, in the scorecard,
 * the region details, the charts, the CLI and every export. Colours are from the Okabe–Ito
 * colour-blind-safe palette: met bluish green #009E73, at risk orange #E69F00, missed vermillion #D55E00;
 * no data light grey #D9D9D9 (drawn with a dot pattern on maps), no quota allocated near-white #F5F5F5.
 */
class StatusPalette {
public:
    /** Every class in legend order: met, at risk, missed, no data, no quota. */
    static constexpr std::array<core::VerdictStatus, 5> all{
        core::VerdictStatus::Met, core::VerdictStatus::AtRisk, core::VerdictStatus::Missed,
        core::VerdictStatus::NoData, core::VerdictStatus::NoQuota};

    static QColor color(core::VerdictStatus status);
    /** A darker shade of color() for text on a white background (contrast ≥ 4.5:1). */
    static QColor textColor(core::VerdictStatus status);
    static QBrush brush(core::VerdictStatus status) { return QBrush(color(status)); }
    /** Maps overlay a dot pattern on this class so it reads without colour (no data). */
    static bool isDotted(core::VerdictStatus status) { return status == core::VerdictStatus::NoData; }
    /** The translated class name (context "render"): 达标 / 临界 / 未达标 / 无数据 / 未分配指标. */
    static QString name(core::VerdictStatus status);
};

} // namespace jieshui::render
