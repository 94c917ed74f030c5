// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ProjectDirectoryLoader.h"

#include "IoFixtures.h"
#include "io/MemoryFileProvider.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace jieshui::core;

namespace {

MemoryFileProvider miniProject() {
    MemoryFileProvider files(":/mini/");
    files.set("project.csv", "key,value\nname_zh,迷你钦州\nname_en,Mini Qinzhou\nbase_year,2015\n"
                             "storage_crs,EPSG:4490\ndisplay_crs,EPSG:4545\nroot_region,450700\n");
    files.set("regions.csv", jieshui::core::testing::miniRegionsCsv());
    files.set(
        "irrigation_districts.csv",
        "code,name_zh,name_en,county_code,class,source_type,well_method,design_area,effective_area,area_unit,"
        "source,estimate\nID-A,甲灌区,A,450721,medium,,,5,4,万亩,est,1\n");
    files.set("statistics.csv", "region_code,year,variable,value,unit,source,estimate\n"
                                "450702,2015,water.industry,1.2,亿m³,公报,0\n"
                                "ID-A,2015,irrigation.gross_water,3000,万m³,est,1\n"
                                "450700,2020,task.04.efficient_irrigation_area,1.7,万亩,est,1\n");
    files.set(
        "plan_targets.csv",
        "id,indicator,region_code,year,comparator,value,unit,base_year,price_base_year,variable,task_number,"
        "source,clause\n"
        "QZ-2020-GDP,water-per-gdp-reduction,450700,2020,>=,37,%,2015,2015,,,plan,二\n"
        "QZ-T04-2020,task-milestone,450700,2020,>=,1.6,万亩,,,task.04.efficient_irrigation_area,4,plan,三\n");
    files.set("tasks.csv", "number,title_zh,title_en,lead_department,partner_departments,status,clause\n"
                           "4,农业节水,Agriculture,农业农村局,水利局,in-progress,三、4\n");
    files.set(
        "task_milestones.csv",
        "task_number,year,text_zh,text_en,target_id\n4,2020,高效节水灌溉,Efficient irrigation,QZ-T04-2020\n");
    files.set("scenarios.csv", "name,parent,description_zh,description_en\nbaseline,,基准,Baseline\n"
                               "strict-saving,baseline,严格,Strict\n");
    files.set("scenario_overrides.csv", "scenario,region_code,driver,from_year,value,unit\n"
                                        "strict-saving,450702,leakage-rate,,8,%\n");
    files.set(
        "allocations.csv",
        "id,scenario,parent_region,year,cap,cap_unit,method,base_year,region_code,share,share_unit,manual\n"
        "A,baseline,450700,2022,16.53,亿m³,manual,2015,450702,9,亿m³,1\n");
    return files;
}

} // namespace

TEST(ProjectDirectoryLoader, loadsEveryFileOfAProject) {
    // Given a complete miniature project held in memory
    const MemoryFileProvider files = miniProject();
    ProjectDirectoryLoader loader;
    // When it is loaded
    auto project = loader.load(files);
    // Then every part is there
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const LoadedProject& p = project.value();
    EXPECT_EQ(p.metadata.rootRegion, "450700");
    EXPECT_EQ(p.dataset.regions().size(), 7u);
    EXPECT_EQ(p.dataset.region("ID-A")->kind, RegionKind::IrrigationDistrict);
    EXPECT_EQ(p.dataset.statisticCount(), 3u);
    EXPECT_EQ(p.dataset.taskVariableDimension("task.04.efficient_irrigation_area"), Dimension::Area);
    EXPECT_EQ(p.dataset.targets().size(), 2u);
    ASSERT_EQ(p.dataset.tasks().size(), 1u);
    EXPECT_EQ(p.dataset.tasks()[0].milestones.size(), 1u);
    ASSERT_EQ(p.scenarios.size(), 2u);
    EXPECT_DOUBLE_EQ(p.scenarios[1].overrides[0].value, 0.08);
    ASSERT_EQ(p.allocations.size(), 1u);
}

TEST(ProjectDirectoryLoader, collectsErrorsOfSeveralFilesAndLoadsNothing) {
    // Given a project with a bad statistic and a bad override
    MemoryFileProvider files = miniProject();
    files.set("statistics.csv", "region_code,year,variable,value,unit,source,estimate\n"
                                "450702,2015,water.industry,-1.2,亿m³,公报,0\n");
    files.set("scenario_overrides.csv", "scenario,region_code,driver,from_year,value,unit\n"
                                        "strict-saving,450702,leakage-rate,,8,万元\n");
    ProjectDirectoryLoader loader;
    auto project = loader.load(files);
    // Then both are reported, named by their display names
    ASSERT_TRUE(project.hasError());
    ASSERT_EQ(loader.report().errors().size(), 2u);
    EXPECT_EQ(loader.report().errors()[0].location().file, ":/mini/statistics.csv");
    EXPECT_EQ(loader.report().errors()[0].location().line, 2);
    EXPECT_EQ(loader.report().errors()[1].location().file, ":/mini/scenario_overrides.csv");
}

TEST(ProjectDirectoryLoader, requiresProjectAndRegionsButNotTheOptionalFiles) {
    MemoryFileProvider files = miniProject();
    for (const char* optional :
         {"irrigation_districts.csv", "statistics.csv", "plan_targets.csv", "tasks.csv",
          "task_milestones.csv", "scenarios.csv", "scenario_overrides.csv", "allocations.csv"})
        files.remove(optional);
    ProjectDirectoryLoader loader;
    auto minimal = loader.load(files);
    ASSERT_TRUE(minimal.isOk()) << minimal.error().toString();
    EXPECT_EQ(minimal.value().dataset.statisticCount(), 0u);

    files.remove("regions.csv");
    auto noRegions = loader.load(files);
    ASSERT_TRUE(noRegions.hasError());
    EXPECT_EQ(noRegions.error().location().file, ":/mini/regions.csv");
}

TEST(ProjectDirectoryLoader, rejectsARootRegionThatIsNotTheRoot) {
    MemoryFileProvider files = miniProject();
    files.set("project.csv", "key,value\nname_zh,迷你\nname_en,Mini\nbase_year,2015\n"
                             "storage_crs,EPSG:4490\ndisplay_crs,EPSG:4545\nroot_region,450702\n");
    ProjectDirectoryLoader loader;
    auto project = loader.load(files);
    ASSERT_TRUE(project.hasError());
    EXPECT_EQ(project.error().location().field, "root_region");
}

TEST(ProjectDirectoryLoader, loadsTheShippedQinzhouProject) {
    // Given the embedded project's data directory as shipped in data/qinzhou
    const std::filesystem::path dir = std::filesystem::path(JIESHUI_DATA_DIR) / "qinzhou";
    if (!std::filesystem::exists(dir / "project.csv"))
        GTEST_SKIP() << "data/qinzhou/project.csv is not there yet";
    ProjectDirectoryLoader loader;
    // When it is loaded, then it loads without a single error
    auto project = loader.load(dir);
    ASSERT_TRUE(project.isOk()) << project.error().toString();
    const LoadedProject& p = project.value();
    EXPECT_EQ(p.metadata.rootRegion, "450700");
    EXPECT_EQ(p.metadata.baseYear, 2015);
    ASSERT_NE(p.dataset.region("450700"), nullptr);
    for (const char* county : {"450702", "450703", "450721", "450722"}) {
        ASSERT_NE(p.dataset.region(county), nullptr) << county;
        EXPECT_EQ(p.dataset.region(county)->kind, RegionKind::County);
    }
    // The plan's 2020 GDP-intensity target: reduction ≥ 37 % against 2015
    bool foundGdpTarget = false;
    for (const PlanTarget& t : p.dataset.targets())
        if (t.indicator == Indicator::WaterPerGdpReduction && t.regionCode == "450700" && t.year == 2020) {
            foundGdpTarget = true;
            EXPECT_EQ(t.comparator, Comparator::AtLeast);
            EXPECT_NEAR(t.value, 0.37, 1e-12);
            EXPECT_EQ(t.baseYear, 2015);
        }
    EXPECT_TRUE(foundGdpTarget);
}

TEST(DirectoryFileProvider, namesFilesByTheirPathAndReportsAMissingDirectory) {
    ProjectDirectoryLoader loader;
    auto project = loader.load(std::filesystem::path("/nonexistent/project"));
    ASSERT_TRUE(project.hasError());
    EXPECT_EQ(project.error().code(), ErrorCode::IoError);
}
