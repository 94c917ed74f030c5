// SPDX-License-Identifier: GPL-3.0-or-later
// The grid path (Evaluator::computeGrid → IndicatorKernel::computeRegion, with its per-region cache) against
// the per-value path, cell for cell: value (bit for bit), provenance, reported flag and error code, on the
// embedded Qinzhou project and on the synthetic 2,843-county set of the benchmarks. The county grid is also
// pinned to a digest of what the grid gave before it was restructured for speed.
#include "SyntheticDataset.h"
#include "engine/Evaluator.h"
#include "engine/NullRecorder.h"
#include "io/ProjectDirectoryLoader.h"
#include "model/Variable.h"

#include <bit>
#include <cstdint>
#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::core;

namespace {

/** Every indicator a grid computes: the catalogue's, in its order, without key-task milestones. */
const std::vector<Indicator> kEveryIndicator = [] {
    std::vector<Indicator> out;
    for (const IndicatorInfo& i : IndicatorCatalog::all())
        if (i.indicator != Indicator::TaskMilestone)
            out.push_back(i.indicator);
    return out;
}();

/** FNV-1a over every cell: ok, error code or value bits, provenance, reported. */
std::uint64_t digest(const std::vector<IndicatorGrid>& grids) {
    std::uint64_t h = 14695981039346656037ULL;
    const auto mix = [&h](std::uint64_t x, int bytes) {
        for (int i = 0; i < bytes; ++i) {
            h ^= (x >> (8 * i)) & 0xFF;
            h *= 1099511628211ULL;
        }
    };
    for (const IndicatorGrid& g : grids)
        for (const GridCell& c : g.cells) {
            mix(c.isOk() ? 1 : 0, 1);
            if (!c.isOk()) {
                mix(static_cast<std::uint64_t>(*c.error), 1);
                continue;
            }
            mix(std::bit_cast<std::uint64_t>(c.value), 8);
            mix(static_cast<std::uint64_t>(c.provenance), 1);
            mix(c.reported ? 1 : 0, 1);
        }
    return h;
}

/**
 * Every cell of @p grids against the kernel's own per-value compute() without the region cache, and every
 * @p textEvery-th cell also against Evaluator::compute() (the text path). Returns the number of cells with a
 * value.
 */
std::size_t expectCellForCell(const Evaluator& evaluator, const std::vector<IndicatorGrid>& grids,
                              const std::vector<std::string>& regions, std::size_t textEvery) {
    std::size_t values = 0;
    std::size_t n = 0;
    NullRecorder quiet;
    for (const IndicatorGrid& g : grids) {
        EXPECT_EQ(g.cells.size(), regions.size() * static_cast<std::size_t>(g.yearCount()));
        for (std::size_t r = 0; r < regions.size(); ++r) {
            const RegionId region = evaluator.project().findRegion(regions[r]);
            for (int y = g.fromYear; y <= g.toYear; ++y, ++n) {
                const GridCell& cell = g.cell(r, y);
                SCOPED_TRACE(std::string(IndicatorCatalog::info(g.indicator).id) + " " + regions[r] + " " +
                             std::to_string(y));
                if (region == kNoRegion) {
                    EXPECT_EQ(cell.error, std::optional<ErrorCode>(ErrorCode::UnknownRegion));
                    continue;
                }
                const EngineValue expected =
                    evaluator.kernel().compute(g.indicator, region, y, g.baseYear, quiet);
                EXPECT_EQ(cell.isOk(), expected.ok);
                if (cell.isOk() != expected.ok)
                    return values;
                if (!expected.ok) {
                    EXPECT_EQ(*cell.error, expected.error);
                } else {
                    ++values;
                    EXPECT_EQ(cell.value,
                              expected.value); // bit for bit: the same operations in the same order
                    EXPECT_EQ(cell.provenance, expected.provenance);
                    EXPECT_EQ(cell.reported, expected.reported);
                }
                if (n % textEvery != 0)
                    continue;
                auto text = evaluator.compute(g.indicator, regions[r], y, g.baseYear);
                EXPECT_EQ(cell.isOk(), text.isOk());
                if (cell.isOk() != text.isOk())
                    return values;
                if (!text.isOk()) {
                    EXPECT_EQ(*cell.error, text.error().code());
                    continue;
                }
                EXPECT_EQ(cell.value, text.value().value);
                EXPECT_EQ(cell.provenance, text.value().provenance);
                EXPECT_EQ(cell.reported, text.value().reported);
            }
        }
    }
    return values;
}

const Dataset& counties2843() {
    static const Dataset d = bench::SyntheticDataset::counties(2843);
    return d;
}

} // namespace

TEST(GridPath, agreesCellForCellOnTheEmbeddedQinzhouProject) {
    const std::filesystem::path dir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
    if (!std::filesystem::exists(dir / "statistics.csv"))
        GTEST_SKIP() << "embedded project not present: " << dir;
    // Given the embedded project, every region of it (city, counties, districts, utilities) and one unknown
    ProjectDirectoryLoader loader;
    auto project = loader.load(dir);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const Dataset& d = project.value().dataset;
    std::vector<std::string> regions;
    for (const Region& r : d.regions())
        regions.push_back(r.code);
    regions.push_back("999999");
    const Evaluator evaluator(d);
    // When the grids of 2010–2035 are computed against two base years
    for (const int base : {2015, 2020}) {
        const auto grids = evaluator.computeGrid(kEveryIndicator, regions, 2010, 2035, base);
        // Then every cell is what the per-value paths give, and the comparison covered real numbers
        EXPECT_GT(expectCellForCell(evaluator, grids, regions, 1), 500u) << "base " << base;
    }
}

TEST(GridPath, agreesCellForCellOnTheSyntheticCountiesAndWithTheGridBeforeItsRestructuring) {
    // Given the benchmark's 2,843 generated counties
    const Dataset& d = counties2843();
    std::vector<std::string> regions;
    for (const Region& r : d.regions())
        if (r.kind == RegionKind::County)
            regions.push_back(r.code);
    ASSERT_EQ(regions.size(), 2843u);
    const Evaluator evaluator(d);
    // When the benchmark's grid is computed (every indicator × county × 2015–2035)
    const auto grids = evaluator.computeGrid(kEveryIndicator, regions, 2015, 2035, 2015);
    // Then every cell is what the per-value kernel gives (and every 97th what the text path gives)
    EXPECT_EQ(expectCellForCell(evaluator, grids, regions, 97), 537327u);
    // and the whole grid is bit for bit the one computed before the grid path was restructured (main 9602051)
    EXPECT_EQ(digest(grids), 0x8bdf0e71a5d80caeULL);
}

TEST(GridPath, aRegionCacheReusedAcrossRegionsBaseYearsAndChangedValuesIsNeverStale) {
    // Given a small set of counties and the kernel's region cache, kept from call to call as the grid and the
    // Monte Carlo fans keep it
    const Dataset d = bench::SyntheticDataset::counties(3);
    const Evaluator evaluator(d);
    const CompiledProject& project = evaluator.project();
    const RegionId a = project.findRegion(bench::SyntheticDataset::countyCode(0));
    const RegionId b = project.findRegion(bench::SyntheticDataset::countyCode(1));
    const std::size_t years = 21;
    const std::size_t cells = kEveryIndicator.size() * years;
    IndicatorKernel::RegionScratch kept;
    const auto run = [&](const IndicatorKernel& kernel, RegionId region, int base,
                         IndicatorKernel::RegionScratch* scratch) {
        std::vector<EngineValue> out(cells);
        if (scratch != nullptr)
            kernel.computeRegion(kEveryIndicator, region, 2015, 2035, base, out.data(), *scratch);
        else
            kernel.computeRegion(kEveryIndicator, region, 2015, 2035, base, out.data());
        return out;
    };
    const auto expectSame = [&](const std::vector<EngineValue>& x, const std::vector<EngineValue>& y) {
        for (std::size_t i = 0; i < cells; ++i) {
            ASSERT_EQ(x[i].ok, y[i].ok) << i;
            EXPECT_EQ(x[i].value, y[i].value) << i;
            EXPECT_EQ(x[i].provenance, y[i].provenance) << i;
            EXPECT_EQ(x[i].reported, y[i].reported) << i;
            EXPECT_EQ(x[i].error, y[i].error) << i;
        }
    };
    // When one cache serves county A, county B, A against another base year, and A after its values changed
    const auto firstA = run(evaluator.kernel(), a, 2015, &kept);
    expectSame(firstA, run(evaluator.kernel(), a, 2015, nullptr));
    expectSame(run(evaluator.kernel(), b, 2015, &kept), run(evaluator.kernel(), b, 2015, nullptr));
    expectSame(run(evaluator.kernel(), a, 2018, &kept), run(evaluator.kernel(), a, 2018, nullptr));
    std::vector<double> values = project.values();
    std::vector<std::uint8_t> states = project.states();
    for (const Var v : {Var::WaterIndustry, Var::GdpCurrent, Var::IvaIndex, Var::ReuseFresh})
        for (int k = 0; k < project.yearCount(); ++k) {
            const std::int32_t column = project.column(a, variableId(v));
            ASSERT_GE(column, 0);
            values[static_cast<std::size_t>(column + k)] *= 1.25;
            states[static_cast<std::size_t>(column + k)] =
                1 + static_cast<std::uint8_t>(ProvenanceKind::Estimate);
        }
    EngineView changed(project);
    changed.useValues(values.data(), states.data());
    const IndicatorKernel changedKernel(changed);
    const auto secondA = run(changedKernel, a, 2015, &kept);
    // Then each result is what a fresh cache gives, and the changed values show
    expectSame(secondA, run(changedKernel, a, 2015, nullptr));
    int differ = 0;
    for (std::size_t i = 0; i < cells; ++i)
        differ += firstA[i].ok && secondA[i].ok && firstA[i].value != secondA[i].value ? 1 : 0;
    EXPECT_GT(differ, 100);
}
