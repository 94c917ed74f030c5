// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/MonteCarlo.h"

#include "engine/IndicatorKernel.h"
#include "engine/VerdictJudge.h"
#include "uncertainty/LatinHypercube.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <thread>
#include <type_traits>

namespace jieshui::core {

namespace {

// One draw's outcome of one target in a byte: the status (3 bits) and three flags.
constexpr std::uint8_t kHasValue = 1U << 3;
constexpr std::uint8_t kJudged = 1U << 4;
constexpr std::uint8_t kMet = 1U << 5;
constexpr std::uint8_t kFailed = 0xFF; // the draw's projection failed
constexpr std::uint32_t kChunk = 32;   // draws per unit of work (progress and cancellation granularity)

/** An input flattened for the hot loop. */
struct Lever {
    std::uint8_t distribution;
    double offset, scale, low, high;
    std::uint32_t firstEntry, entryCount;
};

std::uint8_t encode(const TargetOutcome& o, Comparator comparator) {
    std::uint8_t s = static_cast<std::uint8_t>(o.status);
    if (o.hasValue)
        s |= kHasValue;
    if (o.hasGap) {
        s |= kJudged;
        if (VerdictJudge::meets(comparator, o.gap, 0.0))
            s |= kMet;
    }
    return s;
}

/** The p-quantile of @p values (linear interpolation between order statistics; reorders them). */
double quantile(std::vector<float>& values, double p) {
    const double h = (static_cast<double>(values.size()) - 1.0) * p;
    const auto k = static_cast<std::size_t>(std::floor(h));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(k), values.end());
    const double below = values[k];
    if (k + 1 >= values.size())
        return below;
    const double above = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(k) + 1, values.end());
    return below + (h - static_cast<double>(k)) * (above - below);
}

std::optional<ValueBand> bandOf(std::vector<float>& values) {
    if (values.empty())
        return std::nullopt;
    ValueBand b;
    b.low = quantile(values, 0.05);
    b.median = quantile(values, 0.50);
    b.high = quantile(values, 0.95);
    return b;
}

/**
 * Runs @p work(worker, first, last) over [0, count) in chunks on @p threads workers (the caller is worker 0),
 * reporting progress as (@p done0 + items done) / @p total and stopping when @p feedback is cancelled.
 * Returns false when cancelled.
 */
template <typename Work>
bool parallelFor(std::uint32_t count, unsigned threads, Feedback* feedback, std::uint64_t done0, std::uint64_t total,
                 Work&& work) {
    std::atomic<std::uint32_t> next{0};
    std::atomic<std::uint64_t> done{0};
    std::atomic<bool> stop{false};
    const auto loop = [&](unsigned worker) {
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            if (feedback != nullptr && feedback->isCancelled()) {
                stop.store(true);
                return;
            }
            const std::uint32_t first = next.fetch_add(kChunk);
            if (first >= count)
                return;
            const std::uint32_t last = std::min(count, first + kChunk);
            work(worker, first, last);
            const std::uint64_t finished = done.fetch_add(last - first) + (last - first);
            if (worker == 0 && feedback != nullptr && total > 0)
                feedback->setProgress(100.0 * static_cast<double>(done0 + finished) / static_cast<double>(total));
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w)
        pool.emplace_back(loop, w);
    loop(0);
    for (std::thread& t : pool)
        t.join();
    return !stop.load();
}

} // namespace

Status UncertaintyOptions::check() const {
    if (draws < 1 || draws > maximumDraws)
        return Error(ErrorCode::InvalidValue,
                     "the number of draws must lie in 1–" + std::to_string(maximumDraws) + ", not " +
                         std::to_string(draws),
                     ErrorLocation{.field = "draws"});
    return okStatus();
}

Result<UncertaintyResult> MonteCarlo::run(const ScenarioModel& model, const UncertainInputs& inputs,
                                          const UncertaintyOptions& options, int baseYear, Feedback* feedback) {
    if (auto st = options.check(); st.hasError())
        return st.error();
    auto prepared = model.prepare(inputs.plan());
    if (prepared.hasError())
        return prepared.error();
    const ScenarioModel::Perturbations& perturbations = prepared.value();
    const CompiledProject& project = model.project();

    // The outputs: every target, then every city target × county.
    const std::vector<PlanTarget>& targets = model.targets();
    const std::vector<PlanTarget>& cityTargets = model.cityTargets();
    const std::vector<std::string>& counties = model.counties();
    const std::size_t targetCount = targets.size();
    const std::size_t outputs = targetCount + cityTargets.size() * counties.size();
    std::vector<Comparator> comparators;
    for (const PlanTarget& t : targets)
        comparators.push_back(t.comparator);
    for (const PlanTarget& t : cityTargets)
        for (std::size_t c = 0; c < counties.size(); ++c)
            comparators.push_back(t.comparator);

    // The fans: each request's years from the project's first to the horizon.
    struct Fan {
        TrajectoryRequest request;
        RegionId region;
        std::size_t offset; // into a draw's fan values
    };
    std::vector<Fan> fans;
    const int fanFirst = project.firstYear();
    const int fanYears = std::max(0, model.horizonYear() - fanFirst + 1);
    std::size_t fanValues = 0;
    for (const TrajectoryRequest& r : options.trajectories) {
        const RegionId region = project.findRegion(r.regionCode);
        if (region == kNoRegion)
            return Error(ErrorCode::UnknownRegion, "no region '" + r.regionCode + "' for a fan chart",
                         ErrorLocation{.region = r.regionCode});
        fans.push_back({r, region, fanValues});
        fanValues += static_cast<std::size_t>(fanYears);
    }
    // The fans of one region are computed together (IndicatorKernel::computeRegion shares each year's ledger).
    struct FanRegion {
        RegionId region;
        std::vector<Indicator> indicators;
        std::vector<std::size_t> offsets;
    };
    std::vector<FanRegion> fanRegions;
    std::size_t widestFanRegion = 0;
    for (const Fan& f : fans) {
        auto it = std::find_if(fanRegions.begin(), fanRegions.end(),
                               [&](const FanRegion& g) { return g.region == f.region; });
        if (it == fanRegions.end())
            it = fanRegions.insert(fanRegions.end(), FanRegion{f.region, {}, {}});
        it->indicators.push_back(f.request.indicator);
        it->offsets.push_back(f.offset);
        widestFanRegion = std::max(widestFanRegion, it->indicators.size());
    }

    const std::uint32_t draws = options.draws;
    const std::size_t bytes = static_cast<std::size_t>(draws) * (outputs * 5 + fanValues * 4);
    if (bytes > UncertaintyOptions::memoryBudgetBytes)
        return Error(ErrorCode::InvalidValue,
                     std::to_string(draws) + " draws of " + std::to_string(outputs) + " targets and " +
                         std::to_string(fans.size()) + " fan charts need " + std::to_string(bytes >> 20) +
                         " MiB; use fewer draws or fans (at most " +
                         std::to_string(UncertaintyOptions::memoryBudgetBytes >> 20) + " MiB)",
                     ErrorLocation{.field = "draws"});

    const std::vector<UncertainInput>& ins = inputs.inputs();
    std::vector<Lever> levers;
    levers.reserve(ins.size());
    for (const UncertainInput& in : ins)
        levers.push_back({static_cast<std::uint8_t>(in.uncertainty.distribution), in.offset, in.scale, in.low,
                          in.high, in.firstEntry, in.entryCount});
    const auto inputCount = static_cast<std::uint32_t>(levers.size());

    unsigned threads = options.threads != 0 ? options.threads : std::max(1U, std::thread::hardware_concurrency());
    threads = std::max(1U, std::min(threads, (draws + kChunk - 1) / kChunk));

    std::vector<ScenarioModel::Scratch> scratches;
    scratches.reserve(threads);
    for (unsigned w = 0; w < threads; ++w)
        scratches.push_back(model.scratch(perturbations));

    const auto setAll = [&](ScenarioModel::Scratch& s, const auto& deviateOf) {
        const std::span<double> entries = s.inputs();
        for (std::uint32_t k = 0; k < inputCount; ++k) {
            const Lever& l = levers[k];
            const double v = std::clamp(l.offset + l.scale * deviateOf(k), l.low, l.high);
            for (std::uint32_t e = 0; e < l.entryCount; ++e)
                entries[l.firstEntry + e] = v;
        }
    };
    // Values are kept as float per draw (7 digits are plenty for a percentile; the verdict bit is exact).
    const auto record = [&](const ScenarioModel::Scratch& s, auto* values, std::uint8_t* states) {
        using Value = std::remove_pointer_t<decltype(values)>;
        std::size_t o = 0;
        for (const auto& group : {s.targets(), s.counties()})
            for (const TargetOutcome& t : group) {
                states[o] = encode(t, comparators[o]);
                values[o] = t.hasValue ? static_cast<Value>(t.value) : std::numeric_limits<Value>::quiet_NaN();
                ++o;
            }
    };

    UncertaintyResult result;
    result.m_scenario = model.scenario();
    result.m_draws = draws;
    result.m_seed = options.seed;
    result.m_threads = threads;
    result.m_inputs = ins;

    const std::uint64_t total =
        1 + (options.sensitivity ? 2ULL * inputCount : 0ULL) + static_cast<std::uint64_t>(draws);
    const Error cancelled(ErrorCode::Cancelled, "the uncertainty analysis was cancelled");

    // 1. The centre.
    std::vector<double> centreValues(outputs);
    std::vector<std::uint8_t> centreStates(outputs, kFailed);
    setAll(scratches[0], [](std::uint32_t) { return 0.0; });
    if (model.evaluate(scratches[0]))
        record(scratches[0], centreValues.data(), centreStates.data());

    // 2. One input at a time at its 5 % and 95 % values.
    std::vector<double> oatValues; // double: few, and the tornado reads them one by one
    std::vector<std::uint8_t> oatStates;
    if (options.sensitivity && inputCount > 0) {
        oatValues.assign(static_cast<std::size_t>(inputCount) * 2 * outputs, 0.0);
        oatStates.assign(oatValues.size(), kFailed);
        std::array<std::array<double, 2>, 3> ends{};
        for (DistributionKind kind : {DistributionKind::Normal, DistributionKind::Triangular, DistributionKind::Uniform})
            ends[static_cast<std::size_t>(kind)] = {InputUncertainty::standardQuantile(kind, 0.05),
                                                    InputUncertainty::standardQuantile(kind, 0.95)};
        const bool done = parallelFor(
            2 * inputCount, threads, feedback, 1, total, [&](unsigned worker, std::uint32_t first, std::uint32_t last) {
                ScenarioModel::Scratch& s = scratches[worker];
                for (std::uint32_t j = first; j < last; ++j) {
                    const std::uint32_t k = j / 2;
                    const double deviate = ends[levers[k].distribution][j % 2];
                    setAll(s, [&](std::uint32_t m) { return m == k ? deviate : 0.0; });
                    if (model.evaluate(s))
                        record(s, &oatValues[static_cast<std::size_t>(j) * outputs],
                               &oatStates[static_cast<std::size_t>(j) * outputs]);
                }
            });
        if (!done)
            return cancelled;
    }

    // 3. The draws.
    std::array<std::vector<double>, 3> deviates; // per distribution: the deviate of each stratum middle
    for (const Lever& l : levers)
        if (deviates[l.distribution].empty()) {
            deviates[l.distribution].resize(draws);
            for (std::uint32_t k = 0; k < draws; ++k)
                deviates[l.distribution][k] = InputUncertainty::standardQuantile(
                    static_cast<DistributionKind>(l.distribution), (k + 0.5) / static_cast<double>(draws));
        }
    const LatinHypercube design(draws, options.seed);
    std::vector<float> values(static_cast<std::size_t>(draws) * outputs);
    std::vector<std::uint8_t> states(values.size());
    std::vector<float> fanData(static_cast<std::size_t>(draws) * fanValues);
    // Per worker: the kernel's output of one region's fans (allocated here, once).
    std::vector<std::vector<EngineValue>> fanScratch(
        threads, std::vector<EngineValue>(widestFanRegion * static_cast<std::size_t>(fanYears)));
    std::vector<IndicatorKernel::RegionScratch> regionScratch(threads); // reused region after region
    const bool done = parallelFor(
        draws, threads, feedback, total - draws, total, [&](unsigned worker, std::uint32_t first, std::uint32_t last) {
            ScenarioModel::Scratch& s = scratches[worker];
            std::vector<EngineValue>& cells = fanScratch[worker];
            IndicatorKernel::RegionScratch& regionCache = regionScratch[worker];
            for (std::uint32_t i = first; i < last; ++i) {
                setAll(s, [&](std::uint32_t k) { return deviates[levers[k].distribution][design.stratum(i, k)]; });
                std::uint8_t* st = &states[static_cast<std::size_t>(i) * outputs];
                float* fan = fanData.data() + static_cast<std::size_t>(i) * fanValues;
                if (!model.evaluate(s)) {
                    std::fill(st, st + outputs, kFailed);
                    std::fill(fan, fan + fanValues, std::numeric_limits<float>::quiet_NaN());
                    continue;
                }
                record(s, &values[static_cast<std::size_t>(i) * outputs], st);
                if (!fanRegions.empty()) {
                    const EngineView view = s.view();
                    const IndicatorKernel kernel(view);
                    for (const FanRegion& g : fanRegions) {
                        kernel.computeRegion(g.indicators, g.region, fanFirst, fanFirst + fanYears - 1, baseYear,
                                             cells.data(), regionCache);
                        for (std::size_t k = 0; k < g.indicators.size(); ++k)
                            for (int y = 0; y < fanYears; ++y) {
                                const EngineValue& v = cells[k * static_cast<std::size_t>(fanYears) +
                                                             static_cast<std::size_t>(y)];
                                fan[g.offsets[k] + static_cast<std::size_t>(y)] =
                                    v.ok ? static_cast<float>(v.value) : std::numeric_limits<float>::quiet_NaN();
                            }
                    }
                }
            }
        });
    if (!done)
        return cancelled;

    // Summaries.
    std::uint32_t failed = 0;
    for (std::uint32_t i = 0; i < draws; ++i)
        failed += outputs > 0 && states[static_cast<std::size_t>(i) * outputs] == kFailed ? 1 : 0;
    result.m_failedDraws = failed;
    std::vector<float> column;
    column.reserve(draws);
    for (std::size_t o = 0; o < outputs; ++o) {
        OutcomeDistribution d;
        if (o < targetCount) {
            d.targetId = targets[o].id;
            d.regionCode = targets[o].regionCode;
        } else {
            const std::size_t k = o - targetCount;
            d.targetId = cityTargets[k / counties.size()].id;
            d.regionCode = counties[k % counties.size()];
        }
        d.comparator = comparators[o];
        column.clear();
        for (std::uint32_t i = 0; i < draws; ++i) {
            const std::size_t at = static_cast<std::size_t>(i) * outputs + o;
            const std::uint8_t s = states[at];
            if (s == kFailed)
                continue;
            ++d.draws;
            ++d.statuses[s & 7U];
            if (s & kJudged)
                ++d.judged;
            if (s & kMet)
                ++d.met;
            if (s & kHasValue)
                column.push_back(values[at]);
        }
        d.band = bandOf(column);
        if (centreStates[o] != kFailed && (centreStates[o] & kHasValue)) {
            d.central = centreValues[o];
            d.centralMet = (centreStates[o] & kMet) != 0;
        }
        if (!oatStates.empty()) {
            std::vector<InputEffect> effects;
            for (std::uint32_t k = 0; k < inputCount; ++k) {
                InputEffect e;
                e.input = k;
                const std::size_t lo = (2 * static_cast<std::size_t>(k)) * outputs + o;
                const std::size_t hi = lo + outputs;
                e.hasLow = oatStates[lo] != kFailed && (oatStates[lo] & kHasValue);
                e.hasHigh = oatStates[hi] != kFailed && (oatStates[hi] & kHasValue);
                e.low = e.hasLow ? oatValues[lo] : 0.0;
                e.high = e.hasHigh ? oatValues[hi] : 0.0;
                e.lowMet = e.hasLow && (oatStates[lo] & kMet);
                e.highMet = e.hasHigh && (oatStates[hi] & kMet);
                if (e.swing() > 0.0 || e.flipsVerdict() || e.hasLow != e.hasHigh)
                    effects.push_back(e);
            }
            const std::size_t keep = std::min(options.topInputs, effects.size());
            std::partial_sort(effects.begin(), effects.begin() + static_cast<std::ptrdiff_t>(keep), effects.end(),
                              [](const InputEffect& a, const InputEffect& b) {
                                  if (a.flipsVerdict() != b.flipsVerdict() && a.swing() == b.swing())
                                      return a.flipsVerdict();
                                  return a.swing() != b.swing() ? a.swing() > b.swing() : a.input < b.input;
                              });
            effects.resize(keep);
            d.effects = std::move(effects);
        }
        (o < targetCount ? result.m_targets : result.m_counties).push_back(std::move(d));
    }
    for (const Fan& f : fans) {
        TrajectoryBand band;
        band.indicator = f.request.indicator;
        band.regionCode = f.request.regionCode;
        band.firstYear = fanFirst;
        for (int y = 0; y < fanYears; ++y) {
            column.clear();
            for (std::uint32_t i = 0; i < draws; ++i) {
                const float v = fanData[static_cast<std::size_t>(i) * fanValues + f.offset + static_cast<std::size_t>(y)];
                if (!std::isnan(v))
                    column.push_back(v);
            }
            band.years.push_back(bandOf(column));
        }
        result.m_trajectories.push_back(std::move(band));
    }
    if (feedback != nullptr)
        feedback->setProgress(100.0);
    return result;
}

} // namespace jieshui::core
