// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo engine: against closed-form answers (a normal, a uniform and two normal inputs through a
// linear indicator), reproducible from its seed on any number of threads, its centre equal to the
// deterministic evaluation, its sensitivities and fans meaning what they say, and cancellable.
#include "uncertainty/MonteCarlo.h"

#include "../scenario/ScenarioToyData.h"
#include "engine/Evaluator.h"
#include "io/ProjectDirectoryLoader.h"
#include "report/EvaluationService.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>

using namespace jieshui::core;

namespace {

constexpr double kCap = 180e6; // placeholder; each test sets its own target value

/** The toy city with a 2022 cap on the city's total water use (2022 is observed: the value is a plain sum). */
Dataset toyWithCap(double cap) {
    Dataset d = toy::observed();
    EXPECT_TRUE(d.addTarget({.id = "CAP-2022",
                             .indicator = Indicator::TotalWaterUse,
                             .regionCode = "C0",
                             .year = 2022,
                             .comparator = Comparator::AtMost,
                             .value = cap})
                    .isOk());
    return d;
}

/** A model where nothing is uncertain but what @p rules say. */
UncertaintyModel only(std::vector<StatisticUncertaintyRule> rules) {
    UncertaintyModel m;
    for (ProvenanceKind k : {ProvenanceKind::Sourced, ProvenanceKind::Estimate, ProvenanceKind::Projected})
        m.setProvenanceDefault(k, {});
    m.statisticRules() = std::move(rules);
    return m;
}

struct ToyRun {
    Result<UncertaintyResult> result;
    double centre; // the deterministic value of the cap target (Evaluator)
};

ToyRun runToy(double cap, const UncertaintyModel& model, UncertaintyOptions options = {}) {
    const Dataset data = toyWithCap(cap);
    const ScenarioSet set = toy::scenarios();
    const Projector projector(CompiledProject::compile(data), set);
    auto scenario = ScenarioModel::create(projector, "baseline", {});
    EXPECT_TRUE(scenario.isOk());
    auto inputs = UncertainInputs::build(model, data, set, "baseline", 2023, 2035);
    EXPECT_TRUE(inputs.isOk());
    const Verdict deterministic = Evaluator(data).scorecard().front();
    return {MonteCarlo::run(scenario.value(), inputs.value(), options, 2015), deterministic.value->value};
}

/** The standard error of a proportion p estimated from n independent draws. */
double standardError(double p, double n) {
    return std::sqrt(p * (1.0 - p) / n);
}

} // namespace

TEST(MonteCarlo, aNormalInputThroughALinearIndicatorGivesTheNormalProbability) {
    // Given the city's total use T = T0 + ε with ε ~ N(0, σ²) from one county's industrial water (2022),
    // and a cap half a standard deviation above T0
    const double sigma = 2e6;
    const auto rule = [&](double spread) {
        return only({{.variable = "water.industry",
                      .regionCode = "A",
                      .fromYear = 2022,
                      .toYear = 2022,
                      .uncertainty = {DistributionKind::Normal, SpreadKind::Absolute, spread}}});
    };
    const double t0 = runToy(kCap, rule(sigma)).centre;
    ToyRun run = runToy(t0 + 0.5 * sigma, rule(sigma));
    ASSERT_TRUE(run.result.isOk()) << run.result.error().toString();
    const UncertaintyResult& r = run.result.value();
    const OutcomeDistribution* cap = r.target("CAP-2022");
    ASSERT_NE(cap, nullptr);
    // Then P(met) = P(T ≤ T0 + σ/2) = Φ(0.5) within sampling error (3 standard errors of plain Monte Carlo;
    // the Latin hypercube is tighter still)
    const double expected = standardNormalCdf(0.5); // 0.6915
    ASSERT_TRUE(cap->probabilityMet().has_value());
    EXPECT_NEAR(*cap->probabilityMet(), expected, 3.0 * standardError(expected, r.draws()));
    EXPECT_EQ(cap->judged, r.draws());
    // and the 5–50–95 % band is T0 + σ·(−1.645, 0, +1.645)
    ASSERT_TRUE(cap->band.has_value());
    EXPECT_NEAR(cap->band->low, t0 - 1.6448536 * sigma, 0.01 * sigma);
    EXPECT_NEAR(cap->band->median, t0, 0.01 * sigma);
    EXPECT_NEAR(cap->band->high, t0 + 1.6448536 * sigma, 0.01 * sigma);
    // and the centre is the deterministic value, the one input the whole tornado
    ASSERT_TRUE(cap->central.has_value());
    EXPECT_NEAR(*cap->central, t0, 1e-6 * t0);
    EXPECT_TRUE(cap->centralMet);
    ASSERT_EQ(cap->effects.size(), 1u);
    EXPECT_NEAR(cap->effects[0].low, t0 - 1.6448536 * sigma, 1.0);
    EXPECT_NEAR(cap->effects[0].high, t0 + 1.6448536 * sigma, 1.0);
    EXPECT_TRUE(cap->effects[0].lowMet);
    EXPECT_FALSE(cap->effects[0].highMet);
    EXPECT_TRUE(cap->effects[0].flipsVerdict());
    const UncertainInput& input = r.inputs()[cap->effects[0].input];
    EXPECT_EQ(input.variable, "water.industry");
    EXPECT_EQ(input.regionCode, "A");
    EXPECT_EQ(input.year, 2022);
}

TEST(MonteCarlo, aUniformInputAndTwoNormalInputsGiveTheirClosedFormProbabilities) {
    const UncertaintyModel probe = only({});
    const double t0 = runToy(kCap, probe).centre;
    {
        // Uniform on ±h: P(T ≤ T0 + h/2) = 0.75
        const double h = 5e6;
        ToyRun run = runToy(t0 + 0.5 * h, only({{.variable = "water.industry",
                                              .regionCode = "A",
                                              .fromYear = 2022,
                                              .toYear = 2022,
                                              .uncertainty = {DistributionKind::Uniform, SpreadKind::Absolute, h}}}));
        ASSERT_TRUE(run.result.isOk());
        const auto p = run.result.value().target("CAP-2022")->probabilityMet();
        ASSERT_TRUE(p.has_value());
        EXPECT_NEAR(*p, 0.75, 3.0 * standardError(0.75, run.result.value().draws()));
    }
    {
        // Two independent normal inputs (A's industry σ₁ = 2, B's farmland σ₂ = 3, 10⁶ m³): T − T0 ~ N(0, 13),
        // P(T ≤ T0 − 0.8·√13) = Φ(−0.8) = 0.2119
        const double s1 = 2e6;
        const double s2 = 3e6;
        const double sigma = std::sqrt(s1 * s1 + s2 * s2);
        ToyRun run = runToy(t0 - 0.8 * sigma,
                         only({{.variable = "water.industry",
                                .regionCode = "A",
                                .fromYear = 2022,
                                .toYear = 2022,
                                .uncertainty = {DistributionKind::Normal, SpreadKind::Absolute, s1}},
                               {.variable = "water.farmland_irrigation",
                                .regionCode = "B",
                                .fromYear = 2022,
                                .toYear = 2022,
                                .uncertainty = {DistributionKind::Normal, SpreadKind::Absolute, s2}}}));
        ASSERT_TRUE(run.result.isOk());
        const OutcomeDistribution* cap = run.result.value().target("CAP-2022");
        const double expected = standardNormalCdf(-0.8);
        EXPECT_NEAR(*cap->probabilityMet(), expected, 3.0 * standardError(expected, run.result.value().draws()));
        // the band of a sum of normals: T0 ± 1.645·σ (sampling error of a 5 % quantile: a few % of σ)
        EXPECT_NEAR(cap->band->low, t0 - 1.6448536 * sigma, 0.05 * sigma);
        EXPECT_NEAR(cap->band->high, t0 + 1.6448536 * sigma, 0.05 * sigma);
        // the farmland input (σ 3) moves the total more than the industry input (σ 2)
        ASSERT_EQ(cap->effects.size(), 2u);
        EXPECT_EQ(run.result.value().inputs()[cap->effects[0].input].variable, "water.farmland_irrigation");
        EXPECT_NEAR(cap->effects[0].swing(), 2 * 1.6448536 * s2, 1.0);
    }
}

TEST(MonteCarlo, theSameSeedGivesTheSameNumbersOnOneThreadOrTwo) {
    const UncertaintyModel model = only({{.uncertainty = {DistributionKind::Normal, SpreadKind::Relative, 0.1}}});
    UncertaintyOptions options;
    options.draws = 2000;
    options.seed = 7;
    options.threads = 1;
    options.trajectories = {{Indicator::TotalWaterUse, "C0"}, {Indicator::WaterPerGdp, "A"}};
    ToyRun one = runToy(kCap, model, options);
    options.threads = 2;
    ToyRun two = runToy(kCap, model, options);
    options.seed = 8;
    ToyRun other = runToy(kCap, model, options);
    ASSERT_TRUE(one.result.isOk() && two.result.isOk() && other.result.isOk());
    const UncertaintyResult& a = one.result.value();
    const UncertaintyResult& b = two.result.value();
    EXPECT_EQ(a.threads(), 1u);
    EXPECT_EQ(b.threads(), 2u);
    ASSERT_EQ(a.targets().size(), b.targets().size());
    ASSERT_EQ(a.counties().size(), b.counties().size());
    const auto same = [](const OutcomeDistribution& x, const OutcomeDistribution& y) {
        EXPECT_EQ(x.met, y.met) << x.targetId << " " << x.regionCode;
        EXPECT_EQ(x.judged, y.judged);
        EXPECT_EQ(x.statuses, y.statuses);
        ASSERT_EQ(x.band.has_value(), y.band.has_value());
        if (x.band) {
            EXPECT_EQ(x.band->low, y.band->low); // bit for bit
            EXPECT_EQ(x.band->median, y.band->median);
            EXPECT_EQ(x.band->high, y.band->high);
        }
        ASSERT_EQ(x.effects.size(), y.effects.size());
        for (std::size_t i = 0; i < x.effects.size(); ++i) {
            EXPECT_EQ(x.effects[i].input, y.effects[i].input);
            EXPECT_EQ(x.effects[i].low, y.effects[i].low);
        }
    };
    for (std::size_t i = 0; i < a.targets().size(); ++i)
        same(a.targets()[i], b.targets()[i]);
    for (std::size_t i = 0; i < a.counties().size(); ++i)
        same(a.counties()[i], b.counties()[i]);
    ASSERT_EQ(a.trajectories().size(), 2u);
    for (std::size_t t = 0; t < 2; ++t)
        for (std::size_t y = 0; y < a.trajectories()[t].years.size(); ++y) {
            ASSERT_EQ(a.trajectories()[t].years[y].has_value(), b.trajectories()[t].years[y].has_value());
            if (a.trajectories()[t].years[y]) {
                EXPECT_EQ(a.trajectories()[t].years[y]->high, b.trajectories()[t].years[y]->high);
            }
        }
    // Another seed: another sample (the band's ends move)
    const OutcomeDistribution* c = other.result.value().target("CAP-2022");
    EXPECT_NE(c->band->low, a.target("CAP-2022")->band->low);
}

TEST(MonteCarlo, theFanOfTheTargetYearIsTheTargetsBand) {
    const UncertaintyModel model = only({{.uncertainty = {DistributionKind::Normal, SpreadKind::Relative, 0.1}}});
    UncertaintyOptions options;
    options.draws = 1000;
    options.trajectories = {{Indicator::TotalWaterUseAssessment, "C0"}};
    ToyRun run = runToy(kCap, model, options);
    ASSERT_TRUE(run.result.isOk()) << run.result.error().toString();
    const TrajectoryBand* fan = run.result.value().trajectory(Indicator::TotalWaterUseAssessment, "C0");
    ASSERT_NE(fan, nullptr);
    EXPECT_EQ(fan->firstYear, 2022);
    EXPECT_EQ(fan->years.size(), 14u); // 2022–2035
    const std::optional<ValueBand>* y2022 = fan->at(2022);
    ASSERT_TRUE(y2022 != nullptr && y2022->has_value());
    const OutcomeDistribution* cap = run.result.value().target("CAP-2022");
    EXPECT_NEAR((*y2022)->median, cap->band->median, 1e-6 * cap->band->median); // (values kept as float)
    // The projection widens the fan: 2035 is more uncertain than 2022
    const std::optional<ValueBand>* y2035 = fan->at(2035);
    ASSERT_TRUE(y2035 != nullptr && y2035->has_value());
    EXPECT_GT(((*y2035)->high - (*y2035)->low) / (*y2035)->median, 0.0);
    EXPECT_EQ(fan->at(2036), nullptr);
}

TEST(MonteCarlo, refusesBadOptionsAndStopsWhenCancelled) {
    const UncertaintyModel model = only({{.uncertainty = {DistributionKind::Normal, SpreadKind::Relative, 0.1}}});
    UncertaintyOptions options;
    options.draws = 0;
    ToyRun zero = runToy(kCap, model, options);
    ASSERT_TRUE(zero.result.hasError());
    EXPECT_EQ(zero.result.error().location().field, "draws");

    options.draws = 5000;
    options.trajectories = {{Indicator::TotalWaterUse, "NOWHERE"}};
    EXPECT_EQ(runToy(kCap, model, options).result.error().code(), ErrorCode::UnknownRegion);

    class CancelAtOnce : public Feedback {
    protected:
        void onProgress(double) override { cancel(); }
    };
    const Dataset data = toyWithCap(kCap);
    const ScenarioSet set = toy::scenarios();
    const Projector projector(CompiledProject::compile(data), set);
    auto scenario = ScenarioModel::create(projector, "baseline", {});
    auto inputs = UncertainInputs::build(model, data, set, "baseline", 2023, 2035);
    CancelAtOnce feedback;
    options.trajectories.clear();
    auto cancelled = MonteCarlo::run(scenario.value(), inputs.value(), options, 2015, &feedback);
    ASSERT_TRUE(cancelled.hasError());
    EXPECT_EQ(cancelled.error().code(), ErrorCode::Cancelled);
}

TEST(MonteCarlo, qinzhouThroughTheEvaluationServiceCentresOnItsVerdicts) {
    const std::filesystem::path dir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
    ProjectDirectoryLoader loader;
    auto project = loader.load(dir);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const LoadedProject& p = project.value();
    const EvaluationService service(p.dataset, p.scenarios, p.allocations);
    UncertaintyOptions options;
    options.draws = 400;
    for (const std::string& scenario : service.scenarioNames()) {
        SCOPED_TRACE(scenario);
        auto evaluated = service.evaluate(scenario);
        ASSERT_TRUE(evaluated.isOk());
        auto analysed = service.uncertainty(scenario, p.uncertainty, options);
        ASSERT_TRUE(analysed.isOk()) << analysed.error().toString();
        const UncertaintyResult& u = analysed.value();
        EXPECT_GT(u.inputs().size(), 1000u); // Qinzhou's statistics are estimates: nearly all of them vary
        EXPECT_EQ(u.failedDraws(), 0u);
        // Every target's centre is the deterministic verdict's value; every probability is a probability.
        for (std::size_t i = 0; i < evaluated.value().verdicts().size(); ++i) {
            const Verdict& v = evaluated.value().verdicts()[i];
            const OutcomeDistribution* o = u.target(v.target.id);
            ASSERT_NE(o, nullptr) << v.target.id;
            ASSERT_EQ(o->central.has_value(), v.value.has_value()) << v.target.id;
            if (v.value) {
                EXPECT_NEAR(*o->central, v.value->value, 1e-9 * std::abs(v.value->value)) << v.target.id;
            }
            if (const auto pm = o->probabilityMet()) {
                EXPECT_GE(*pm, 0.0);
                EXPECT_LE(*pm, 1.0);
            }
            for (const Verdict& county : evaluated.value().countyVerdicts(i)) {
                const OutcomeDistribution* c = u.county(v.target.id, county.target.regionCode);
                ASSERT_NE(c, nullptr) << v.target.id << " " << county.target.regionCode;
                ASSERT_EQ(c->central.has_value(), county.value.has_value()) << county.target.regionCode;
                if (county.value) {
                    EXPECT_NEAR(*c->central, county.value->value, 1e-9 * std::abs(county.value->value));
                }
            }
        }
    }
    // Without scenarios there is nothing to project: said, not guessed.
    const std::vector<Scenario> none;
    const EvaluationService bare(p.dataset, none, p.allocations);
    EXPECT_TRUE(bare.uncertainty({}, p.uncertainty, options).hasError());
}
