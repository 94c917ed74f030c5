// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace jieshui::core {

/**
 * One assumption the baseline trend estimate had to make, in both languages, so that a Chinese report
 * never carries an English sentence (the same pattern as IndicatorValue::method / methodZh).
 */
struct TrendNote {
    std::string en; ///< e.g. "450721: fewer than two observed years of irrigated area; its change held at 0"
    std::string zh; ///< e.g. "450721：有效灌溉面积的观测年份少于两年，其变化率取 0"

    const std::string& text(bool chinese) const { return chinese ? zh : en; }
};

} // namespace jieshui::core
