// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RegionEditor.h"

#include "ProjectComparison.h"
#include "SampleProject.h"
#include "store/EmbeddedProject.h"

#include <gtest/gtest.h>

using namespace jieshui;
using store::ProjectParts;
using store::RegionEditor;

namespace {

store::ProjectData qinzhou() {
    auto data = store::EmbeddedProject::qinzhou();
    if (data.hasError())
        throw std::runtime_error(data.error().toString());
    return data.value();
}

} // namespace

TEST(RegionEditor, addsACountyUnderTheCity) {
    // Given Qinzhou
    store::ProjectData p = qinzhou();
    const std::size_t before = p.dataset.regions().size();
    // When a new county is added under the city
    auto st = RegionEditor::add(ProjectParts::of(p), {.code = "450799",
                                                      .kind = core::RegionKind::County,
                                                      .nameZh = "新设区",
                                                      .nameEn = "New District",
                                                      .parentCode = "450700"});
    // Then it is a child of the city
    ASSERT_TRUE(st.isOk()) << st.error().toString();
    EXPECT_EQ(p.dataset.regions().size(), before + 1);
    ASSERT_NE(p.dataset.region("450799"), nullptr);
    EXPECT_EQ(p.dataset.region("450799")->parentCode, "450700");
}

TEST(RegionEditor, refusesBadAdditionsAndChangesNothing) {
    store::ProjectData p = qinzhou();
    const std::size_t before = p.dataset.regions().size();
    const ProjectParts parts = ProjectParts::of(p);
    // A taken code, no Chinese name, an unknown parent, no parent, and a county under a county
    EXPECT_TRUE(
        RegionEditor::add(parts, {.code = "450702", .nameZh = "x", .parentCode = "450700"}).hasError());
    EXPECT_TRUE(RegionEditor::add(parts, {.code = "450798", .parentCode = "450700"}).hasError());
    EXPECT_TRUE(
        RegionEditor::add(parts, {.code = "450798", .nameZh = "x", .parentCode = "999999"}).hasError());
    EXPECT_TRUE(RegionEditor::add(parts, {.code = "450798", .nameZh = "x"}).hasError());
    auto nested = RegionEditor::add(
        parts, {.code = "450798", .kind = core::RegionKind::County, .nameZh = "x", .parentCode = "450702"});
    ASSERT_TRUE(nested.hasError());
    EXPECT_EQ(nested.error().code(), core::ErrorCode::InvalidValue);
    EXPECT_EQ(p.dataset.regions().size(), before);
}

TEST(RegionEditor, renamesARegionAndItsMapFeature) {
    store::ProjectData p = qinzhou();
    // When 钦南区 is renamed
    ASSERT_TRUE(
        RegionEditor::rename(ProjectParts::of(p), "450702", "钦南新区", "Qinnan New District").isOk());
    // Then the region and the county feature linked to it carry the new name
    EXPECT_EQ(p.dataset.region("450702")->nameZh, "钦南新区");
    EXPECT_EQ(p.dataset.region("450702")->nameEn, "Qinnan New District");
    bool found = false;
    for (const auto& layer : p.layers)
        for (const auto& f : layer.features)
            if (f.regionCode == QLatin1String("450702")) {
                EXPECT_EQ(f.name, QStringLiteral("钦南新区"));
                found = true;
            }
    EXPECT_TRUE(found);
    // And an empty name or an unknown code is refused
    EXPECT_TRUE(RegionEditor::rename(ProjectParts::of(p), "450702", "", "x").hasError());
    EXPECT_TRUE(RegionEditor::rename(ProjectParts::of(p), "123456", "x", "x").hasError());
}

TEST(RegionEditor, removesACountyWithEverythingThatDependsOnIt) {
    // Given Qinzhou, whose 浦北县 has statistics, allocation shares, utilities, a reservoir, a district
    store::ProjectData p = qinzhou();
    const std::size_t statisticsBefore = p.dataset.statisticCount();
    auto plan = RegionEditor::planRemoval(ProjectParts::of(p), "450722");
    ASSERT_TRUE(plan.isOk()) << plan.error().toString();
    // Then the plan names the county last, after what lies under it, and counts what goes with it
    EXPECT_EQ(plan.value().regions.back(), "450722");
    EXPECT_GT(plan.value().regions.size(), 1u);
    EXPECT_GT(plan.value().statistics, 0u);
    EXPECT_GT(plan.value().shares, 0u);
    EXPECT_FALSE(plan.value().coverage.empty()); // basins that covered it
    EXPECT_FALSE(plan.value().describe().isEmpty());
    // And planning changed nothing
    EXPECT_EQ(p.dataset.statisticCount(), statisticsBefore);

    // When it is removed
    auto removed = RegionEditor::remove(ProjectParts::of(p), "450722");
    ASSERT_TRUE(removed.isOk()) << removed.error().toString();
    // Then no region, statistic, share, override, coverage or feature names it any more
    for (const std::string& code : removed.value().regions)
        EXPECT_EQ(p.dataset.region(code), nullptr) << code;
    EXPECT_EQ(p.dataset.statisticCount(), statisticsBefore - removed.value().statistics);
    for (const auto* s : p.dataset.statistics())
        EXPECT_NE(s->regionCode, "450722");
    for (const auto& r : p.dataset.regions())
        for (const auto& c : r.countyCodes)
            EXPECT_NE(c, "450722") << r.code;
    for (const auto& a : p.allocations) {
        double sum = a.remainder;
        for (const auto& s : a.shares) {
            EXPECT_NE(s.regionCode, "450722");
            sum += s.volume;
        }
        // And every allocation still adds up to its cap: the removed share is shown as unallocated
        EXPECT_NEAR(sum, a.cap, 1e-6 * a.cap) << a.id;
    }
    for (const auto& layer : p.layers)
        for (const auto& f : layer.features)
            EXPECT_NE(f.regionCode, QStringLiteral("450722"));
}

TEST(RegionEditor, refusesToRemoveTheRootOrAnUnknownRegion) {
    store::ProjectData p = qinzhou();
    const store::ProjectData before = p;
    EXPECT_TRUE(RegionEditor::remove(ProjectParts::of(p), "450700").hasError());
    EXPECT_TRUE(RegionEditor::remove(ProjectParts::of(p), "no-such-region").hasError());
    store::test::expectSameProject(before, p);
}
