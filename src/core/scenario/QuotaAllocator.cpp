// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/QuotaAllocator.h"

#include "engine/ComparablePriceSeries.h"
#include "model/Variable.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace jieshui::core {

namespace {
double sumInOrder(const std::vector<double>& v) {
    return std::accumulate(v.begin(), v.end(), 0.0);
}
} // namespace

QuotaAllocator::QuotaAllocator(const Dataset& dataset)
    : m_owned(std::make_unique<Evaluator>(dataset)), m_engine(*m_owned) {}

QuotaAllocator::QuotaAllocator(const Evaluator& engine) : m_engine(engine) {}

std::vector<double> QuotaAllocator::splitByLargestRemainder(double total, const std::vector<double>& weights,
                                                            double unit) {
    const std::size_t n = weights.size();
    std::vector<double> out(n, 0.0);
    const double weightSum = sumInOrder(weights);
    if (n == 0 || !(weightSum > 0.0) || !(total > 0.0))
        return out;
    // Whole units of the total; a total a hair off a whole number of units (16.53 亿m³ read from text)
    // counts as whole, the odd part is added back at the end.
    double units = std::floor(total / unit + 1e-9);
    std::vector<double> floors(n);
    std::vector<double> fractions(n);
    double given = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double exact = units * weights[i] / weightSum;
        floors[i] = std::floor(exact + 1e-12);
        fractions[i] = exact - floors[i];
        given += floors[i];
    }
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Largest remainder first; ties to the larger weight, then to the first child (deterministic).
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (fractions[a] != fractions[b])
            return fractions[a] > fractions[b];
        return weights[a] > weights[b];
    });
    for (std::size_t k = 0; given < units && k < n; ++k) {
        floors[order[k]] += 1.0;
        given += 1.0;
    }
    for (std::size_t i = 0; i < n; ++i)
        out[i] = floors[i] * unit;
    // The odd part (the cap is not a whole number of units) goes to the largest share; repeat the fix-up
    // so that the sum taken in child order equals the total bit for bit.
    const auto largest = static_cast<std::size_t>(std::max_element(out.begin(), out.end()) - out.begin());
    for (int pass = 0; pass < 4; ++pass) {
        const double diff = total - sumInOrder(out);
        if (diff == 0.0)
            break;
        out[largest] += diff;
    }
    return out;
}

Result<double> QuotaAllocator::weight(const Allocation& request, const std::string& child) const {
    // The base-year water: the engine's total (bulletin scope); never a partial sum of the sectors present.
    const auto baseWater = [&](const char* purpose) -> Result<double> {
        auto w = m_engine.compute(Indicator::TotalWaterUse, child, request.baseYear);
        if (w.hasError())
            return Error(w.error().code(),
                         std::string("no water use in the base year for ") + purpose + " (" +
                             w.error().message() + ")",
                         {.field = "water", .region = child, .year = request.baseYear});
        return w.value().value;
    };
    switch (request.method) {
    case AllocationMethod::BaseYearShare:
        return baseWater("the base-year share");
    case AllocationMethod::GdpShare: {
        auto g = m_engine.statistic(child, var::GdpCurrent, request.year);
        if (!g)
            return Error(ErrorCode::MissingData, "no GDP in the target year for the GDP share",
                         {.field = std::string(var::GdpCurrent), .region = child, .year = request.year});
        return *g;
    }
    case AllocationMethod::EqualIntensityReduction: {
        auto w = baseWater("the intensity");
        if (w.hasError())
            return w.error();
        auto gdp = m_engine.statistic(child, var::GdpCurrent, request.baseYear);
        if (!gdp || !(*gdp > 0.0))
            return Error(ErrorCode::MissingData, "no GDP in the base year for the intensity",
                         {.field = std::string(var::GdpCurrent), .region = child, .year = request.baseYear});
        // A_target / A_base = Π index/100; W_base/A_base · A_target = W_base · Π index/100.
        const auto points = [&](int y) {
            return m_engine.statistic(child, var::GdpIndex, y)
                .value_or(std::numeric_limits<double>::quiet_NaN());
        };
        const ChainOutcome growth = ComparablePriceSeries::chain(request.baseYear, request.year, points);
        if (!growth.ok()) {
            int y = growth.year; // forwards: the first year the chain breaks, missing or not positive
            if (request.year > request.baseYear)
                for (y = request.baseYear + 1; y < request.year && points(y) > 0.0; ++y) {
                }
            return Error(ErrorCode::IndexChainGap,
                         "the GDP index (上年=100) is missing, so real growth is unknown",
                         {.field = std::string(var::GdpIndex), .region = child, .year = y});
        }
        return w.value() * growth.factor;
    }
    case AllocationMethod::Manual:
        return 0.0;
    }
    return 0.0;
}

Result<Allocation> QuotaAllocator::allocate(Allocation request, std::vector<std::string> childCodes) const {
    const ErrorLocation where{.region = request.parentRegion, .year = request.year};
    if (!std::isfinite(request.cap) || request.cap < 0.0)
        return Error(ErrorCode::InvalidValue, "the cap must be zero or positive (m³)", where);
    if (!(request.roundingUnit > 0.0))
        return Error(ErrorCode::InvalidValue, "the rounding unit must be positive (m³)", where);
    if (childCodes.empty()) {
        for (const Region& r : m_engine.project().regions())
            if (r.parentCode == request.parentRegion &&
                (r.kind == RegionKind::County || r.kind == RegionKind::SubZone))
                childCodes.push_back(r.code);
    }
    if (childCodes.empty())
        return Error(ErrorCode::MissingData,
                     "region " + request.parentRegion + " has no child regions to allocate to", where);

    // Pinned (manual) shares of the request, by child.
    std::vector<std::optional<double>> pinned(childCodes.size());
    for (const auto& s : request.shares) {
        if (!s.manual && request.method != AllocationMethod::Manual)
            continue; // computed shares of an earlier run are recomputed
        auto it = std::find(childCodes.begin(), childCodes.end(), s.regionCode);
        if (it == childCodes.end())
            return Error(ErrorCode::UnknownRegion,
                         "a share for " + s.regionCode + ", which is not a child of " + request.parentRegion,
                         {.region = s.regionCode, .year = request.year});
        if (!std::isfinite(s.volume) || s.volume < 0.0)
            return Error(ErrorCode::InvalidValue, "a share must be zero or positive (m³)",
                         {.region = s.regionCode, .year = request.year});
        pinned[static_cast<std::size_t>(it - childCodes.begin())] = s.volume;
    }

    std::vector<AllocationShare> shares(childCodes.size());
    for (std::size_t i = 0; i < childCodes.size(); ++i)
        shares[i].regionCode = childCodes[i];

    if (request.method == AllocationMethod::Manual) {
        // Only the children given a value get a share: one not typed has no quota (judged "no quota
        // allocated"), never a quota of 0; the cap it would take stays in the remainder.
        std::vector<AllocationShare> typed;
        double sum = 0.0;
        for (std::size_t i = 0; i < shares.size(); ++i) {
            if (!pinned[i])
                continue;
            typed.push_back({.regionCode = childCodes[i], .volume = *pinned[i], .manual = true});
            sum += *pinned[i];
        }
        request.shares = std::move(typed);
        request.remainder = request.cap - sum;
        return request;
    }

    double pinnedSum = 0.0;
    std::vector<std::size_t> free;
    std::vector<double> weights;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        if (pinned[i]) {
            shares[i].volume = *pinned[i];
            shares[i].manual = true;
            pinnedSum += *pinned[i];
            continue;
        }
        auto w = weight(request, childCodes[i]);
        if (w.hasError())
            return w.error();
        free.push_back(i);
        weights.push_back(w.value());
    }
    const double rest = request.cap - pinnedSum;
    if (rest < 0.0)
        return Error(ErrorCode::InvalidValue, "the pinned shares add up to more than the cap", where);
    if (!free.empty()) {
        if (!(sumInOrder(weights) > 0.0) && rest > 0.0)
            return Error(ErrorCode::MissingData, "every child's weight is zero: nothing to split the cap by",
                         where);
        const auto split = splitByLargestRemainder(rest, weights, request.roundingUnit);
        for (std::size_t k = 0; k < free.size(); ++k)
            shares[free[k]].volume = split[k];
    }
    // Make Σ (in child order) equal the cap bit for bit: adjust a computed share, never a pinned one.
    if (!free.empty()) {
        std::size_t target = free.front();
        for (std::size_t i : free)
            if (shares[i].volume > shares[target].volume)
                target = i;
        for (int pass = 0; pass < 4; ++pass) {
            double sum = 0.0;
            for (const auto& s : shares)
                sum += s.volume;
            if (sum == request.cap)
                break;
            shares[target].volume += request.cap - sum;
        }
    }
    double sum = 0.0;
    for (const auto& s : shares)
        sum += s.volume;
    request.shares = std::move(shares);
    request.remainder = request.cap - sum; // 0 unless every child is pinned
    return request;
}

} // namespace jieshui::core
