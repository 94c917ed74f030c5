// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/Classifier.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace jieshui::render {

namespace {

std::vector<double> sortedFinite(std::vector<double> values) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    std::sort(values.begin(), values.end());
    return values;
}

// Collapses equal neighbouring breaks so no class is empty. breaks[1] may equal breaks[0]: the first
// class then holds only the minimum (classes are (b[i], b[i+1]] and the first also holds b[0]).
std::vector<double> withoutEmptyClasses(const std::vector<double>& breaks) {
    std::vector<double> result;
    for (const double b : breaks) {
        if (result.size() >= 2 && b == result.back())
            continue;
        result.push_back(b);
    }
    if (result.size() == 1)
        result.push_back(result.front()); // one distinct value: one class [v, v]
    return result;
}

} // namespace

std::vector<double> Classifier::breaks(ClassificationMethod method, std::vector<double> values,
                                       int classCount) {
    switch (method) {
    case ClassificationMethod::EqualInterval:
        return equalInterval(values, classCount);
    case ClassificationMethod::Quantile:
        return quantile(std::move(values), classCount);
    case ClassificationMethod::NaturalBreaks:
        return naturalBreaks(std::move(values), classCount);
    }
    return {};
}

std::vector<double> Classifier::symmetric(const std::vector<double>& values, int classCount) {
    const std::vector<double> sorted = sortedFinite(values);
    if (sorted.empty() || classCount < 1)
        return {};
    const double m = std::max(std::abs(sorted.front()), std::abs(sorted.back()));
    if (m == 0.0)
        return {0.0, 0.0};
    std::vector<double> result;
    for (int i = 0; i <= classCount; ++i) {
        // The exact ends and an exact zero (even counts): no -0.000001 break from rounding.
        const double b = i == classCount ? m : -m + 2.0 * m * i / classCount;
        result.push_back(2 * i == classCount ? 0.0 : b);
    }
    return result;
}

std::vector<double> Classifier::equalInterval(const std::vector<double>& values, int classCount) {
    const std::vector<double> sorted = sortedFinite(values);
    if (sorted.empty() || classCount < 1)
        return {};
    const double low = sorted.front();
    const double high = sorted.back();
    if (low == high)
        return {low, high};
    std::vector<double> result;
    for (int i = 0; i <= classCount; ++i)
        result.push_back(i == classCount ? high : low + (high - low) * i / classCount);
    return result;
}

std::vector<double> Classifier::quantile(std::vector<double> values, int classCount) {
    const std::vector<double> sorted = sortedFinite(std::move(values));
    if (sorted.empty() || classCount < 1)
        return {};
    const auto n = sorted.size();
    std::vector<double> result{sorted.front()};
    for (int i = 1; i < classCount; ++i) {
        // Upper bound of class i-1: the value at rank ceil(i*n/k) (1-based), so each class gets n/k values.
        const auto rank = static_cast<std::size_t>(std::ceil(static_cast<double>(i) * n / classCount));
        result.push_back(sorted[std::clamp<std::size_t>(rank, 1, n) - 1]);
    }
    result.push_back(sorted.back());
    return withoutEmptyClasses(result);
}

std::vector<double> Classifier::naturalBreaks(std::vector<double> values, int classCount) {
    const std::vector<double> sorted = sortedFinite(std::move(values));
    if (sorted.empty() || classCount < 1)
        return {};
    const int n = static_cast<int>(sorted.size());
    std::vector<double> distinct = sorted;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const int k = std::min<int>(classCount, static_cast<int>(distinct.size()));
    if (k <= 1)
        return withoutEmptyClasses({sorted.front(), sorted.back()});

    // Jenks (Fisher) dynamic programme: cost[j][i] = least within-class SSD of the first i values in j
    // classes; lastStart[j][i] = first index of the last class in that optimum.
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> prefix(static_cast<std::size_t>(n) + 1, 0.0), prefixSq(prefix);
    for (int i = 0; i < n; ++i) {
        prefix[static_cast<std::size_t>(i) + 1] =
            prefix[static_cast<std::size_t>(i)] + sorted[static_cast<std::size_t>(i)];
        prefixSq[static_cast<std::size_t>(i) + 1] =
            prefixSq[static_cast<std::size_t>(i)] +
            sorted[static_cast<std::size_t>(i)] * sorted[static_cast<std::size_t>(i)];
    }
    auto ssd = [&](int from, int to) { // values [from, to)
        const double count = to - from;
        const double sum = prefix[static_cast<std::size_t>(to)] - prefix[static_cast<std::size_t>(from)];
        const double sumSq =
            prefixSq[static_cast<std::size_t>(to)] - prefixSq[static_cast<std::size_t>(from)];
        return sumSq - sum * sum / count;
    };
    const auto rows = static_cast<std::size_t>(k) + 1;
    const auto cols = static_cast<std::size_t>(n) + 1;
    std::vector<double> cost(rows * cols, inf);
    std::vector<int> lastStart(rows * cols, 0);
    auto at = [cols](int j, int i) {
        return static_cast<std::size_t>(j) * cols + static_cast<std::size_t>(i);
    };
    for (int i = 1; i <= n; ++i) {
        cost[at(1, i)] = ssd(0, i);
        lastStart[at(1, i)] = 0;
    }
    for (int j = 2; j <= k; ++j) {
        for (int i = j; i <= n; ++i) {
            for (int start = j - 1; start < i; ++start) {
                const double candidate = cost[at(j - 1, start)] + ssd(start, i);
                if (candidate < cost[at(j, i)]) {
                    cost[at(j, i)] = candidate;
                    lastStart[at(j, i)] = start;
                }
            }
        }
    }
    std::vector<double> result(static_cast<std::size_t>(k) + 1);
    result.back() = sorted.back();
    result.front() = sorted.front();
    int end = n;
    for (int j = k; j >= 2; --j) {
        const int start = lastStart[at(j, end)];
        result[static_cast<std::size_t>(j) - 1] =
            sorted[static_cast<std::size_t>(start) - 1]; // upper bound of class j-2
        end = start;
    }
    return withoutEmptyClasses(result);
}

std::vector<double> Classifier::distinctAt(const std::vector<double>& breaks, int decimals) {
    const double scale = std::pow(10.0, std::max(0, decimals));
    const auto shown = [scale](double v) { return std::round(v * scale); };
    std::vector<double> result;
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        const double b = breaks[i];
        if (result.size() >= 2 && shown(b) == shown(result.back())) {
            if (i + 1 == breaks.size())
                result.back() = b; // keep the maximum as the top bound
            continue;
        }
        result.push_back(b);
    }
    return result;
}

int Classifier::classOf(const std::vector<double>& breaks, double value) {
    if (breaks.size() < 2)
        return 0;
    const int classes = static_cast<int>(breaks.size()) - 1;
    for (int i = 0; i < classes; ++i) {
        if (value <= breaks[static_cast<std::size_t>(i) + 1])
            return i;
    }
    return classes - 1;
}

} // namespace jieshui::render
