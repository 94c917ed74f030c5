// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "units/Dimension.h"

#include <optional>
#include <string>
#include <string_view>

namespace jieshui::core {

/**
 * What a stored number may be, wherever it comes from (a CSV, an XLSX sheet, a project file someone
 * edited): the one place for the year range and the sane range of each dimension. Values are in the base
 * unit of their dimension (m³, yuan, m², m, Pa, fraction, index points, count, m³/yuan, flag).
 */
class ValueRules {
public:
    static constexpr int firstYear = 1949;
    static constexpr int lastYear = 2100;

    static bool isValidYear(long long year) { return year >= firstYear && year <= lastYear; }

    /** "year N is outside 1949–2100" for a bad year, else nothing. */
    static std::optional<std::string> yearProblem(long long year);

    /**
     * Why @p value (base unit) cannot be a value of @p variable of @p dimension, or nothing: not finite;
     * outside the sane range of the dimension (a volume above 10¹³ m³, money above 10¹⁶ yuan, ...);
     * negative where that is meaningless; a rate outside [0, 1]; a coefficient outside (0, 1]; GDP or IVA
     * ≤ 0; an index ≤ 0; a flag other than 0/1.
     */
    static std::optional<std::string> valueProblem(std::string_view variable, Dimension dimension,
                                                   double value);

    /** Why @p value cannot be any quantity of @p dimension (not finite, beyond saneLimit()), or nothing. */
    static std::optional<std::string> magnitudeProblem(Dimension dimension, double value);

    /** The largest sane magnitude of a value of @p dimension in its base unit (China-wide totals × 10+). */
    static double saneLimit(Dimension dimension);
};

} // namespace jieshui::core
