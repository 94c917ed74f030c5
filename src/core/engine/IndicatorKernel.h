// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "engine/EngineView.h"
#include "engine/LeakageCalculator.h"
#include "engine/VerdictJudge.h"
#include "engine/ComparablePriceSeries.h"
#include "engine/EngineVariable.h"
#include "engine/WaterUseLedger.h"
#include "model/Indicator.h"
#include "engine/TargetSpec.h"
#include "model/PlanTarget.h"

#include <array>
#include <span>

namespace jieshui::core {

/** One computed value: the number in the indicator's base unit, or the code of the error that left it out. */
struct EngineValue {
    double value = 0.0;
    ProvenanceKind provenance = ProvenanceKind::Sourced;
    bool reported = false;
    bool ok = false;
    ErrorCode error = ErrorCode::MissingData; ///< when !ok
};

/** What a judge found for a target: the value in its year, the two latest before, and the verdict. */
struct TargetJudgement {
    EngineValue atTargetYear;
    bool hasLatest = false;
    bool hasEarlier = false;
    VerdictPoint latest;
    VerdictPoint earlier;
    VerdictNumbers verdict;
};

/** The CJJ 92 figures of a region with how many utilities went in and how many were left out. */
struct LeakageFigures {
    LeakageCalculator::UtilityFigures figures; ///< fault set when there is no result
    RegionId faultUtility = kNoRegion;
    int utilities = 0;
    int withoutData = 0;
    ProvenanceKind provenance = ProvenanceKind::Sourced;
};

/**
 * The one implementation of the region-level formulas of docs/methods.md over an EngineView: the water
 * ledger (own figures or the sum of every county), intensities, comparable-price reductions, the irrigation
 * coefficient of the districts under a region, the reuse rate, CJJ 92 leakage over the utilities under a
 * region, reported fallbacks, key-task milestones and the judge of a target with its history. The formulas
 * themselves are the method classes' (WaterUseLedger, ComparablePriceSeries, IrrigationCoefficientAggregator,
 * LeakageCalculator, ReuseRateCalculator, VerdictJudge); the kernel reads their inputs and applies the rules
 * of which region, which fallback, which provenance.
 *
 * Every function is a template over a recorder: with NullRecorder (grids, scenario evaluations, Monte
 * Carlo) it builds no string and allocates nothing; with TextRecorder (Evaluator::compute(), judge()) it
 * also records the method text and the error message. Both instantiations are compiled from this one text,
 * so the numbers cannot disagree. Const and stateless: share it between threads freely.
 */
class IndicatorKernel {
public:
    explicit IndicatorKernel(const EngineView& view);

    const EngineView& view() const { return m_view; }

    /** @p indicator of @p region in @p year (reductions against @p baseYear). TaskMilestone: UnknownIndicator. */
    template <typename Recorder>
    EngineValue compute(Indicator indicator, RegionId region, int year, int baseYear, Recorder& recorder) const;

    /** The actual of a key-task target in @p year (the amount of the year, or the state reached by then). */
    template <typename Recorder> EngineValue task(const TargetSpec& target, int year, Recorder& recorder) const;

    /** The value a target is judged on in @p year: task() or compute() of target.computed. */
    template <typename Recorder> EngineValue targetValue(const TargetSpec& target, int year, Recorder& recorder) const;

    /**
     * Judges @p target: its value in the target year (recorded in @p recorder: method and error text) and,
     * unless comfortably met, the two latest values before it (VerdictJudge rules).
     */
    template <typename Recorder> TargetJudgement judge(const TargetSpec& target, Recorder& recorder) const;

    /** The supply-weighted CJJ 92 figures over the utilities under @p region (notes recorded as text). */
    template <typename Recorder> LeakageFigures leakage(RegionId region, int year, Recorder& recorder) const;

    /**
     * compute() of each of @p indicators for every year of [@p fromYear, @p toYear] into @p out (indicator-major,
     * one entry per year), numbers only: the grid's path. The sector ledger of each year is read once and
     * shared by the indicators that need it (the same function, its results kept for the region).
     */
    void computeRegion(std::span<const Indicator> indicators, RegionId region, int fromYear, int toYear,
                       int baseYear, EngineValue* out) const;

    /**
     * What computeRegion() keeps of one region while it computes every indicator and year of it (about 10 KB).
     * A caller that computes region after region (a grid) keeps one and passes it to each call: it is reset,
     * not rebuilt, so a 2,843-county grid does not construct 30 MB of cache. Opaque: only the kernel reads it.
     */
    struct RegionScratch;
    void computeRegion(std::span<const Indicator> indicators, RegionId region, int fromYear, int toYear,
                       int baseYear, EngineValue* out, RegionScratch& scratch) const;

    /** A variable of a region, or the sum over its counties when it has none and every county has one. */
    bool readOrCountySum(RegionId region, VariableId variable, int year, double& value,
                         ProvenanceKind& provenance) const {
        return m_view.read(region, variable, year, value, provenance) ||
               countySum(region, variable, year, value, provenance);
    }

private:
    bool countySum(RegionId region, VariableId variable, int year, double& value, ProvenanceKind& provenance) const;
    /** The sector volumes of a region and year (each own or summed over the counties), provenance folded. */
    SectorValues ledger(RegionId region, int year, ProvenanceKind& provenance) const;
    /**
     * The one implementation of the ledger's reads: the sector volumes of @p count years from @p firstYear into
     * @p sectors, each year's provenance folded into @p provenance[k]; each variable's years read in one pass.
     */
    void ledgerYears(RegionId region, int firstYear, int count, SectorValues* sectors,
                     ProvenanceKind* provenance) const;
    /** Fills the cache's ledger and water figures of every year of its region at once. */
    [[gnu::noinline]] void fillLedger() const;
    /**
     * GDP (@p variable GdpCurrent) or IVA (IvaCurrent) at current prices of a region and year:
     * readOrCountySum(), its results for every year of the cached region kept in the cache (each read once
     * per region).
     */
    [[gnu::always_inline]] inline bool output(RegionId region, Var variable, int year, double& value,
                                              ProvenanceKind& provenance) const;
    /** Fills the cache's GDP (@p c 0) or IVA (1) at current prices of every year of its region at once. */
    [[gnu::noinline]] void fillOutput(std::size_t c, Var variable) const;
    /**
     * readOrCountySum() of @p count consecutive years from @p firstYear: values[k] and states[k] (0 = none,
     * else 1 + ProvenanceKind) of year firstYear + k; the region's own years read in one pass
     * (EngineView::readYears), the sum of its counties only for a year it lacks.
     */
    void readOrCountySumYears(RegionId region, VariableId variable, int firstYear, int count, double* values,
                              std::uint8_t* states) const;
    /**
     * The one switch from an indicator to its function: calls @p each with a callable that computes
     * @p indicator of @p region for a year (against @p baseYear). compute() calls it for one year,
     * computeRegion() for a whole row of years, so a grid dispatches once per region and indicator, not once
     * per cell.
     */
    template <typename Recorder, typename Each>
    void dispatch(Indicator indicator, RegionId region, int baseYear, Recorder& recorder, Each&& each) const;
    /** Which water of the ledger: the bulletin or assessment total, or industry (per the settings). */
    enum class Water : std::uint8_t { Bulletin, Assessment, Industry };
    /** water() without the cache: the ledger of one year read and reduced. */
    [[gnu::noinline]] LedgerOutcome waterUncached(RegionId region, int year, Water which,
                                                  ProvenanceKind& provenance) const;
    /** A water figure of the ledger of a region and year (WaterUseLedger), provenance of its reads folded. */
    [[gnu::always_inline]] inline LedgerOutcome water(RegionId region, int year, Water which,
                                                      ProvenanceKind& provenance) const;
    /** The water figure @p which of one year's @p sectors (WaterUseLedger). */
    LedgerOutcome waterOf(const SectorValues& sectors, Water which) const;
    /** The chained index factor of @p region from @p baseYear to @p year (ComparablePriceSeries::chain). */
    [[gnu::always_inline]] inline ChainOutcome chain(RegionId region, Var index, int baseYear, int year,
                                                     ProvenanceKind& provenance) const;
    /** Fills the cache's chain of the GDP (@p c 0) or IVA (1) index from its base year, every year at once.
     */
    [[gnu::noinline]] void fillChain(std::size_t c, Var index) const;
    /** chain() without the cache. */
    [[gnu::noinline]] ChainOutcome chainUncached(RegionId region, Var index, int baseYear, int year,
                                                 ProvenanceKind& provenance) const;
    // The formulas of the grid's cells: inlined into its loop over the years (computeRegion()).
    template <typename Recorder>
    [[gnu::always_inline]] inline EngineValue totalUse(RegionId region, int year, bool bulletin,
                                                       Recorder& recorder) const;
    template <typename Recorder>
    [[gnu::always_inline]] inline EngineValue intensity(Indicator indicator, RegionId region, int year,
                                                        Recorder& recorder) const;
    template <typename Recorder>
    [[gnu::always_inline]] inline EngineValue reduction(Indicator indicator, RegionId region, int year,
                                                        int baseYear, Recorder& recorder) const;
    template <typename Recorder> EngineValue coefficient(RegionId region, int year, Recorder& recorder) const;
    template <typename Recorder> EngineValue reuseRate(RegionId region, int year, Recorder& recorder) const;
    template <typename Recorder>
    [[gnu::always_inline]] inline EngineValue leakageRate(Indicator indicator, RegionId region, int year,
                                                          Recorder& recorder) const;
    /** leakage(): a region without utilities answered inline (most counties), the others by leakageOver(). */
    template <typename Recorder>
    [[gnu::always_inline]] inline LeakageFigures leakageOf(RegionId region, int year,
                                                           Recorder& recorder) const;
    template <typename Recorder>
    LeakageFigures leakageOver(std::span<const RegionId> utilities, int year, Recorder& recorder) const;
    template <typename Recorder, typename Why>
    [[gnu::always_inline]] inline EngineValue reportedFraction(RegionId region, int year, Var variable,
                                                               ErrorCode whyCode, Why&& why,
                                                               Recorder& recorder) const;

public:

    /**
     * What computeRegion() keeps of one region while it computes every indicator and year of it: each year's
     * ledger and its water figures, and the index chains from the base year. The results of the one
     * implementation (ledger(), WaterUseLedger, ComparablePriceSeries::chainEach), kept, not recomputed.
     */
    struct LedgerCache {
        static constexpr int capacity = 64; // years; a longer span is computed without the cache
        RegionId region = kNoRegion;
        int firstYear = 0;
        int yearCount = 0;
        int baseYear = 0;
        bool ledgerFilled = false; // sectors, provenance and water of every year, filled together
        std::array<SectorValues, capacity> sectors;
        std::array<ProvenanceKind, capacity> provenance;
        std::array<std::array<LedgerOutcome, 3>, capacity> water;
        std::array<std::array<ChainOutcome, capacity>, 2> chains; // GDP, IVA index from baseYear
        std::array<std::array<ProvenanceKind, capacity>, 2> chainProvenance;
        std::array<bool, 2> chainFilled;
        std::array<std::array<double, capacity>, 2> output;            // GDP, IVA at current prices
        std::array<std::array<std::uint8_t, capacity>, 2> outputState; // 0 = none, else 1 + ProvenanceKind
        std::array<bool, 2> outputFilled;
    };

private:

    const EngineView& m_view;
    const CompiledProject& m_project;
    const EngineSettings& m_settings;
    LedgerCache* m_cache = nullptr; // set on a private copy of the kernel by computeRegion()
};

struct IndicatorKernel::RegionScratch {
    LedgerCache cache;
};

} // namespace jieshui::core
