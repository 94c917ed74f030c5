// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "units/Dimension.h"

#include <string>
#include <string_view>
#include <vector>

namespace jieshui::core {

/** A unit read from a file: its dimension and the factor that takes a value to the base unit. */
struct UnitSpec {
    Dimension dimension = Dimension::Fraction;
    double toBase = 1.0;      ///< base value = file value × toBase (e.g. 万m³ → 1e4)
    std::string symbol;       ///< canonical spelling, e.g. "万m³"
};

/**
 * Parses the unit strings of Chinese water and economic statistics, at the I/O edge only:
 * m³ (m3, 立方米), 万m³, 亿m³, 元, 万元, 亿元, 亩, 万亩, hm² (公顷), km², m², km, m, MPa, %, 1 (ratio),
 * 上年=100 (index), 个 (count), flag, m³/万元. Surrounding spaces are ignored; nothing else is guessed.
 */
class UnitParser {
public:
    /** Returns the unit, or UnknownUnit naming the accepted spellings. */
    static Result<UnitSpec> parse(std::string_view text);

    /**
     * Converts a file value to the base unit of @p expected; a unit of another dimension is a
     * UnitMismatch error, never a silent conversion.
     */
    static Result<double> toBase(double value, std::string_view unit, Dimension expected);

    /** Canonical spellings of every accepted unit, for messages and docs. */
    static std::vector<std::string> acceptedSymbols();
};

} // namespace jieshui::core
