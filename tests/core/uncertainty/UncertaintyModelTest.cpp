// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty/UncertaintyModel.h"

#include "model/Dataset.h"
#include "model/Variable.h"

#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

Statistic value(std::string region, std::string variable, int year, ProvenanceKind kind) {
    return Statistic{.regionCode = std::move(region),
                     .year = year,
                     .variable = std::move(variable),
                     .value = 1.0,
                     .provenance = {.kind = kind}};
}

InputUncertainty relative(double s, DistributionKind kind = DistributionKind::Normal) {
    return {kind, SpreadKind::Relative, s};
}

Dataset toyCity() {
    Dataset d;
    EXPECT_TRUE(d.addRegion({.code = "C0", .kind = RegionKind::City}).isOk());
    EXPECT_TRUE(d.addRegion({.code = "A", .kind = RegionKind::County, .parentCode = "C0"}).isOk());
    EXPECT_TRUE(d.addRegion({.code = "B", .kind = RegionKind::County, .parentCode = "C0"}).isOk());
    return d;
}

} // namespace

TEST(UncertaintyModelTest, DefaultsFollowProvenance) {
    const UncertaintyModel model;
    EXPECT_EQ(model.provenanceDefault(ProvenanceKind::Sourced), relative(0.03));
    EXPECT_EQ(model.provenanceDefault(ProvenanceKind::Estimate), relative(0.10));
    EXPECT_EQ(model.provenanceDefault(ProvenanceKind::Projected), relative(0.15));
    const auto r = model.resolve(value("A", "water.industry", 2020, ProvenanceKind::Estimate), Dimension::Volume);
    EXPECT_EQ(r.uncertainty, relative(0.10));
    EXPECT_EQ(r.rule, -1);
    EXPECT_EQ(model.resolve(value("A", "econ.gdp_current", 2020, ProvenanceKind::Sourced), Dimension::Money).uncertainty,
              relative(0.03));
}

TEST(UncertaintyModelTest, FlagsNeverVaryAndTaskQuantitiesOnlyByName) {
    UncertaintyModel model;
    model.statisticRules().push_back({.regionCode = "A", .uncertainty = relative(0.2)});
    EXPECT_TRUE(model.resolve(value("A", "irrigation.is_sample", 2020, ProvenanceKind::Estimate), Dimension::Flag)
                    .uncertainty.isCertain());
    // A region-wide rule does not reach a key-task record, nor does the provenance default.
    EXPECT_TRUE(model.resolve(value("A", "task.04.demonstration_areas", 2020, ProvenanceKind::Estimate),
                              Dimension::Count)
                    .uncertainty.isCertain());
    model.statisticRules().push_back({.variable = "task.04.demonstration_areas", .uncertainty = relative(0.5)});
    const auto named = model.resolve(value("A", "task.04.demonstration_areas", 2020, ProvenanceKind::Estimate),
                                     Dimension::Count);
    EXPECT_EQ(named.uncertainty, relative(0.5));
    EXPECT_EQ(named.rule, 1);
    // A rule that names a flag changes nothing: a flag is a category, not a measurement.
    model.statisticRules().push_back({.variable = "irrigation.is_sample", .uncertainty = relative(0.5)});
    EXPECT_TRUE(model.resolve(value("A", "irrigation.is_sample", 2020, ProvenanceKind::Estimate), Dimension::Flag)
                    .uncertainty.isCertain());
}

TEST(UncertaintyModelTest, TheMostSpecificRuleWinsThenTheLater) {
    UncertaintyModel model;
    auto& rules = model.statisticRules();
    rules.push_back({.variable = "water.industry", .uncertainty = relative(0.20)});                   // 4
    rules.push_back({.regionCode = "A", .uncertainty = relative(0.30)});                              // 2
    rules.push_back({.regionCode = "A", .fromYear = 2020, .toYear = 2020, .uncertainty = relative(0.40)}); // 3
    rules.push_back({.variable = "water.industry", .regionCode = "A", .uncertainty = relative(0.05)}); // 6
    rules.push_back({.variable = "water.industry", .regionCode = "A", .uncertainty = relative(0.06)}); // 6, later
    const auto at = [&](const char* region, const char* variable, int year) {
        return model.resolve(value(region, variable, year, ProvenanceKind::Estimate), Dimension::Volume);
    };
    EXPECT_EQ(at("A", "water.industry", 2020).rule, 4);
    EXPECT_EQ(at("A", "water.industry", 2020).uncertainty.spread, 0.06);
    EXPECT_EQ(at("B", "water.industry", 2020).rule, 0);
    EXPECT_EQ(at("A", "water.residential", 2020).rule, 2);
    EXPECT_EQ(at("A", "water.residential", 2019).rule, 1);
    EXPECT_EQ(at("B", "water.residential", 2019).rule, -1);
}

TEST(UncertaintyModelTest, RuleYearsAreInclusiveAndOpenEnded) {
    StatisticUncertaintyRule rule{.fromYear = 2018};
    EXPECT_FALSE(rule.matches("water.industry", "A", 2017));
    EXPECT_TRUE(rule.matches("water.industry", "A", 2018));
    EXPECT_TRUE(rule.matches("water.industry", "A", 2035));
    rule.toYear = 2020;
    EXPECT_TRUE(rule.matches("water.industry", "A", 2020));
    EXPECT_FALSE(rule.matches("water.industry", "A", 2021));
}

TEST(UncertaintyModelTest, ValidationLocatesEveryProblem) {
    const Dataset d = toyCity();
    const std::vector<Scenario> scenarios{{.name = "baseline"}};
    UncertaintyModel model;
    EXPECT_TRUE(model.validate(d, scenarios).empty());

    model.statisticRules().push_back({.variable = "water.industri", .uncertainty = relative(0.1)});
    model.statisticRules().push_back({.regionCode = "Z", .uncertainty = relative(0.1)});
    model.statisticRules().push_back({.fromYear = 2022, .toYear = 2020, .uncertainty = relative(0.1)});
    model.statisticRules().push_back({.uncertainty = relative(-1.0)});
    model.driverRules().push_back(
        {.scenario = "nope", .regionCode = "C0", .uncertainty = {DistributionKind::Normal, SpreadKind::Absolute, 0.01}});
    model.driverRules().push_back(
        {.regionCode = "X", .uncertainty = {DistributionKind::Normal, SpreadKind::Absolute, 0.01}});
    model.setProvenanceDefault(ProvenanceKind::Estimate, relative(3.0));
    const auto problems = model.validate(d, scenarios);
    ASSERT_EQ(problems.size(), 7u);
    EXPECT_EQ(problems[0].location().field, "spread");
    EXPECT_NE(problems[0].message().find("estimate"), std::string::npos);
    EXPECT_EQ(problems[1].code(), ErrorCode::UnknownVariable);
    EXPECT_EQ(problems[1].location().field, "water.industri");
    EXPECT_EQ(problems[2].code(), ErrorCode::UnknownRegion);
    EXPECT_EQ(problems[2].location().region, "Z");
    EXPECT_NE(problems[3].message().find("after the last"), std::string::npos);
    EXPECT_NE(problems[4].message().find("rule 4"), std::string::npos);
    EXPECT_NE(problems[5].message().find("no scenario 'nope'"), std::string::npos);
    EXPECT_EQ(problems[6].code(), ErrorCode::UnknownRegion);
    EXPECT_EQ(problems[6].location().field, "gdp-real-growth");
}
