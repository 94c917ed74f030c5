// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ReportTables.h"

#include "OutputFixtures.h"
#include "model/IndicatorDisplay.h"
#include "output/TableText.h"
#include "render/StatusPalette.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace jieshui;
using Cell = core::ReportTable::Cell;

namespace {

std::string textOf(const Cell& cell) {
    const auto* text = std::get_if<std::string>(&cell);
    return text ? *text : std::string();
}

} // namespace

class QinzhouTables : public ::testing::Test {
protected:
    void SetUp() override {
        q = output::test::Qinzhou::load();
        if (!q)
            GTEST_SKIP() << "the embedded Qinzhou project is not available";
    }
    std::unique_ptr<output::test::Qinzhou> q;
};

TEST_F(QinzhouTables, theScorecardHasEveryPlanTargetWithTheServicesNumbersAndWords) {
    const core::ScenarioResult result = q->evaluate("baseline");
    const output::ReportTables tables(
        result, q->project.dataset, output::ReportLanguage(QStringLiteral("zh")), QStringLiteral("基准情景"));
    const core::ReportTable table = tables.scorecard();
    // Then each plan target other than a milestone is a row, in the plan's order
    std::vector<const core::Verdict*> expected;
    for (const core::Verdict& v : result.verdicts())
        if (v.target.indicator != core::Indicator::TaskMilestone)
            expected.push_back(&v);
    ASSERT_EQ(table.rows.size(), expected.size());
    ASSERT_EQ(table.columns.size(), 12u);
    EXPECT_EQ(table.columns[4].header, "数值");
    EXPECT_EQ(table.columns[8].unit, "%");
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const core::Verdict& v = *expected[i];
        const std::vector<Cell>& row = table.rows[i];
        // The value is the full number in the window's unit, a number cell shown as the window prints it
        if (v.value) {
            const auto& value = std::get<core::ReportTable::Number>(row[4]);
            EXPECT_DOUBLE_EQ(value.value, core::IndicatorDisplay::toTargetUnit(v.target, v.value->value))
                << v.target.id;
            EXPECT_EQ(output::TableText::cell(table.columns[4], row[4]).toStdString(),
                      core::IndicatorDisplay::formatForTarget(v.target, v.value->value))
                << v.target.id;
        }
        EXPECT_EQ(std::get<core::ReportTable::Number>(row[2]).value, v.target.year);
        EXPECT_EQ(textOf(row[5]), core::comparatorSymbol(v.target.comparator));
        EXPECT_EQ(textOf(row[9]), render::StatusPalette::name(v.status, QStringLiteral("zh")).toStdString());
        if (v.requiredAnnualRate) {
            EXPECT_DOUBLE_EQ(std::get<core::ReportTable::Number>(row[8]).value,
                             *v.requiredAnnualRate * 100.0);
        }
        // The unit is never empty for a number ("1" for the coefficient)
        EXPECT_FALSE(textOf(row[3]).empty()) << v.target.id;
    }
    EXPECT_EQ(table.notes.front(), "情景：基准情景");

    // And with counties: every city target is followed by its county rows
    const core::ReportTable withCounties = tables.scorecard(2022, true);
    std::size_t countyRows = 0;
    for (std::size_t i = 0; i < result.verdicts().size(); ++i)
        if (result.verdicts()[i].target.year == 2022 &&
            result.verdicts()[i].target.indicator != core::Indicator::TaskMilestone)
            countyRows += 1 + result.countyVerdicts(i).size();
    EXPECT_EQ(withCounties.rows.size(), countyRows);
    EXPECT_GT(countyRows, 4u);
}

TEST_F(QinzhouTables, regionDetailsKeyTasksAndTheEvidenceAppendix) {
    const core::ScenarioResult result = q->evaluate("baseline");
    const output::ReportTables tables(result, q->project.dataset,
                                      output::ReportLanguage(QStringLiteral("en")));
    // A county's details in 2022: the city's targets applied to it, named in English
    const core::ReportTable lingshan = tables.regionDetails("450721", 2022);
    EXPECT_EQ(lingshan.title, "Lingshan County 2022");
    ASSERT_FALSE(lingshan.rows.empty());
    for (const auto& row : lingshan.rows)
        EXPECT_EQ(textOf(row[1]), "Lingshan County");
    // Key tasks: one row per milestone of every task
    std::size_t milestones = 0;
    for (const core::KeyTask& task : q->project.dataset.tasks())
        milestones += task.milestones.size();
    EXPECT_EQ(tables.keyTasks().rows.size(), milestones);
    // The appendix lists estimates and projections only, each with a source or method
    const core::ReportTable evidence = tables.evidence();
    ASSERT_FALSE(evidence.rows.empty());
    bool projected = false;
    for (const auto& row : evidence.rows) {
        EXPECT_NE(textOf(row[5]), "sourced");
        EXPECT_FALSE(textOf(row[6]).empty());
        // A source or method, never the engine's verdict explanation (ids, "target >=")
        EXPECT_EQ(textOf(row[6]).find("(target"), std::string::npos) << textOf(row[6]);
        projected = projected || textOf(row[5]) == "projected";
    }
    EXPECT_TRUE(projected);
}

TEST_F(QinzhouTables, theTrendNotesOfTheAppendixAreInTheReportsLanguage) {
    // Given a partial 2023 (one county's GDP only): the trend estimate notes which counties still miss it
    core::Dataset partial = q->project.dataset;
    ASSERT_TRUE(partial
                    .addStatistic({.regionCode = "450703",
                                   .year = 2023,
                                   .variable = "econ.gdp_current",
                                   .value = 3.1e10,
                                   .unit = "亿元",
                                   .provenance = {core::ProvenanceKind::Sourced, "钦北区统计公报 2023"}})
                    .isOk());
    const core::EvaluationService service(partial, q->project.scenarios, q->project.allocations);
    auto result = service.evaluate("baseline");
    ASSERT_TRUE(result.isOk()) << result.error().toString();
    const auto notesOf = [&](const char* language) {
        return output::ReportTables(result.value(), partial,
                                    output::ReportLanguage(QString::fromLatin1(language)))
            .evidence()
            .notes;
    };
    const auto has = [](const std::vector<std::string>& notes, const std::string& part) {
        return std::any_of(notes.begin(), notes.end(),
                           [&](const std::string& n) { return n.find(part) != std::string::npos; });
    };
    // Then the Chinese appendix says it in Chinese, the English one in English, never the other way round
    EXPECT_TRUE(has(notesOf("zh"), "2023 年数据不完整"));
    EXPECT_FALSE(has(notesOf("zh"), "is incomplete"));
    EXPECT_TRUE(has(notesOf("en"), "2023 is incomplete"));
    EXPECT_FALSE(has(notesOf("en"), "数据不完整"));
}

TEST_F(QinzhouTables, allocationSumsToItsCapAndComparisonHasAColumnPairPerScenario) {
    ASSERT_FALSE(q->project.allocations.empty());
    const core::Allocation& allocation = q->project.allocations.front();
    const output::ReportLanguage zh(QStringLiteral("zh"));
    const core::ReportTable quota = output::ReportTables::allocation(allocation, q->project.dataset, zh);
    ASSERT_EQ(quota.rows.size(), allocation.shares.size() + 1);
    double sum = 0.0;
    for (std::size_t i = 0; i + 1 < quota.rows.size(); ++i)
        sum += std::get<core::ReportTable::Number>(quota.rows[i][1]).value;
    EXPECT_NEAR(sum + allocation.remainder / 1e8,
                std::get<core::ReportTable::Number>(quota.rows.back()[1]).value, 1e-9);
    EXPECT_EQ(quota.columns[1].unit, "亿m³");
    // The method in words, never the engine's id
    ASSERT_FALSE(quota.notes.empty());
    EXPECT_EQ(quota.notes.front(),
              std::string("分配方法：") + core::allocationMethodName(allocation.method, true));
    EXPECT_EQ(quota.notes.front().find(core::allocationMethodId(allocation.method)), std::string::npos);

    const core::ScenarioResult a = q->evaluate("baseline");
    const core::ScenarioResult b = q->evaluate("strict-saving");
    const core::ReportTable comparison = output::ReportTables::comparison(
        {&a, &b}, {QStringLiteral("基准情景"), QStringLiteral("严格节水情景")}, q->project.dataset, 2035, zh);
    ASSERT_EQ(comparison.columns.size(), 5u + 2u + 4u);
    EXPECT_EQ(comparison.columns[5].header, "基准情景：数值");
    EXPECT_EQ(comparison.columns[9].header, "严格节水情景 − 基准情景");
    EXPECT_EQ(comparison.columns[10].unit, "%");
    ASSERT_FALSE(comparison.rows.empty());
    int differences = 0;
    for (const auto& row : comparison.rows) {
        ASSERT_EQ(row.size(), comparison.columns.size());
        // The difference is B's value minus A's as the table prints them (up to rounding)
        // Numbers are stored whole with the decimals they are shown with: the difference is exact
        if (std::holds_alternative<core::ReportTable::Number>(row[9])) {
            ++differences;
            EXPECT_NEAR(std::get<core::ReportTable::Number>(row[9]).value,
                        std::get<core::ReportTable::Number>(row[7]).value -
                            std::get<core::ReportTable::Number>(row[5]).value,
                        1e-9);
            EXPECT_GE(std::get<core::ReportTable::Number>(row[9]).decimals, 0);
        }
        // No relative difference of a percentage: its difference is in percentage points
        if (std::get<std::string>(row[2]) == "%") {
            EXPECT_TRUE(std::holds_alternative<std::monostate>(row[10]));
        }
    }
    EXPECT_GE(differences, 1) << "2035's cap differs between the scenarios";
    EXPECT_FALSE(comparison.notes.empty());
}
