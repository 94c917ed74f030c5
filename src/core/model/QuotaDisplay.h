// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <string>
#include <string_view>

namespace jieshui::core {

/** The unit a quota table is read in: 亿m³ (caps as the plan writes them) or 万m³ (county bulletins). */
enum class QuotaUnit { HundredMillionCubicMetres, TenThousandCubicMetres };

/**
 * The one number format of county quotas (总量指标分解), in the window's allocation editor, the CLI's
 * `allocate` table and their exports: whole 万m³ — 4 decimals in 亿m³ ("4.6311"), none in 万m³ ("46311").
 * Uses and gaps of the same table read in the same unit and decimals.
 */
class QuotaDisplay {
public:
    static std::string unit(QuotaUnit unit); ///< "亿m³" or "万m³"
    static int decimals(QuotaUnit unit);     ///< 4 or 0
    static double toDisplay(QuotaUnit unit, double cubicMetres);
    static double fromDisplay(QuotaUnit unit, double shown);
    /** E.g. "4.6311" or, with @p withSign, "+0.0125"; never "-0.0000". */
    static std::string format(QuotaUnit unit, double cubicMetres, bool withSign = false);
    /** A share (fraction) in percent with two decimals, e.g. "28.02". */
    static std::string formatShare(double fraction);

    /**
     * A volume as typed: "16.53亿m³", "46311 万m³", "1.653e9 m³", or a bare number read in @p bareUnit.
     * Returns m³; UnknownUnit / UnitMismatch / ParseError (not a number, not finite, negative) otherwise.
     */
    static Result<double> parse(std::string_view text, QuotaUnit bareUnit);
};

} // namespace jieshui::core
