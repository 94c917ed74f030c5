// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace jieshui::render {

enum class ClassificationMethod {
    EqualInterval, ///< classes of equal width between min and max
    Quantile,      ///< (about) the same number of values in each class
    NaturalBreaks  ///< Jenks: minimal within-class sum of squared deviations
};

/**
 * Splits values into classes for a graduated map. Breaks are returned as k + 1 ascending numbers
 * [min, b1, ..., b(k-1), max]; class i holds values in (breaks[i], breaks[i+1]], class 0 also breaks[0].
 * Fewer classes are returned when there are fewer distinct values than k. Empty input → empty breaks.
 */
class Classifier {
public:
    static std::vector<double> breaks(ClassificationMethod method, std::vector<double> values,
                                      int classCount);
    static std::vector<double> equalInterval(const std::vector<double>& values, int classCount);
    static std::vector<double> quantile(std::vector<double> values, int classCount);
    static std::vector<double> naturalBreaks(std::vector<double> values, int classCount);

    /**
     * Breaks for a difference map: @p classCount classes of equal width on [−m, +m], m = max |value|,
     * so that zero sits in the middle (in the neutral middle class when the count is odd, on the break
     * between the two middle classes when it is even) and equal differences of either sign get equally
     * strong colours. All values zero → the one class [0, 0]. Empty input → empty breaks.
     */
    static std::vector<double> symmetric(const std::vector<double>& values, int classCount);

    /**
     * @p breaks without the classes a legend printing @p decimals places could not tell apart: an inner
     * break that rounds like the one before it is dropped (its class merges into the next); the last
     * break (the maximum) replaces the one before it when they round alike. The first class may still
     * hold only the minimum (breaks[1] rounding like breaks[0]): it is labelled with that one number.
     */
    static std::vector<double> distinctAt(const std::vector<double>& breaks, int decimals);

    /** The class (0-based) of @p value for @p breaks; values outside are clamped to the first/last class. */
    static int classOf(const std::vector<double>& breaks, double value);
};

} // namespace jieshui::render
