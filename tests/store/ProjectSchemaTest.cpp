// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProjectSchema.h"

#include "TestFiles.h"
#include "store/Database.h"
#include "store/ProjectFile.h"
#include "store/Statement.h"

#include <gtest/gtest.h>

using namespace jieshui;
using store::Database;
using store::OpenMode;
using store::ProjectFile;
using store::ProjectSchema;
using store::Statement;
using store::test::ScratchDir;

namespace {

// A version-1 file as the first release wrote it, with a task and a result of that schema.
void writeVersion1File(const std::string& path) {
    auto db = Database::open(path, OpenMode::Create);
    ASSERT_TRUE(db.isOk()) << db.error().toString();
    // One transaction, as ProjectFile::create does (each statement would otherwise commit and fsync).
    ASSERT_TRUE(db.value().exec("BEGIN").isOk());
    ASSERT_TRUE(ProjectSchema::create(db.value(), 1).isOk());
    ASSERT_TRUE(db.value()
                    .exec("INSERT INTO regions (code, kind, name_zh) VALUES ('450700', 'city', '钦州市');"
                          "INSERT INTO key_tasks (number, title_zh) VALUES (4, '推进农业节水增效');"
                          "INSERT INTO results (scenario, indicator, region_code, year, value, status) "
                          "VALUES ('baseline', 'total-water-use', '450700', 2020, 1.59e9, 'met');"
                          "INSERT INTO jieshui_metadata (key, value) VALUES ('name_zh', '旧项目');"
                          "COMMIT;")
                    .isOk());
}

} // namespace

TEST(ProjectSchema, newFileIsAGeoPackage13) {
    // Given a database created with the current schema
    ScratchDir dir;
    const auto path = dir.path("s.gpkg");
    auto db = Database::open(path, OpenMode::Create);
    ASSERT_TRUE(db.isOk());
    ASSERT_TRUE(ProjectSchema::create(db.value(), ProjectSchema::currentVersion).isOk());
    // When its header pragmas and registries are read
    auto q =
        Statement::prepare(db.value(), "SELECT (SELECT application_id FROM pragma_application_id), "
                                       "(SELECT user_version FROM pragma_user_version), "
                                       "(SELECT count(*) FROM gpkg_contents WHERE data_type = 'attributes'), "
                                       "(SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN "
                                       "(-1, 0, 4326, 4490, 4545))");
    ASSERT_TRUE(q.isOk()) << q.error().toString();
    ASSERT_TRUE(q.value().step().value());
    // Then 'GPKG', 10300, the 12 attribute tables and the 5 spatial reference systems
    EXPECT_EQ(q.value().integer(0), 0x47504B47);
    EXPECT_EQ(q.value().integer(1), 10300);
    EXPECT_EQ(q.value().integer(2), 12);
    EXPECT_EQ(q.value().integer(3), 5);
    EXPECT_EQ(ProjectSchema::version(db.value()), ProjectSchema::currentVersion);
}

TEST(ProjectSchema, migratesAVersion1FileToCurrentOnReadWriteOpen) {
    // Given a schema-1 file
    ScratchDir dir;
    const auto path = dir.path("v1.gpkg");
    writeVersion1File(path);
    // When it is opened read-write
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    // Then it is migrated: current schema, the task got the default status, the result an empty rate
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    EXPECT_EQ(file.value().schemaVersion(), ProjectSchema::currentVersion);
    EXPECT_EQ(file.value().metadata("schema_version"), std::to_string(ProjectSchema::currentVersion));
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    ASSERT_EQ(data.value().dataset.tasks().size(), 1u);
    EXPECT_EQ(data.value().dataset.tasks()[0].status, core::TaskStatus::NotStarted);
    ASSERT_EQ(data.value().results.size(), 1u);
    EXPECT_EQ(data.value().results[0].value, 1.59e9);
    EXPECT_FALSE(data.value().results[0].requiredAnnualRate.has_value());
    EXPECT_EQ(data.value().metadata.nameZh, "旧项目");
    // and the new column takes values (through a save: the file itself is never written in place)
    EXPECT_TRUE(file.value()
                    .database()
                    .replaceAtomically([](store::Database& db) {
                        return db.exec("UPDATE results SET required_annual_rate = -0.02");
                    })
                    .isOk());
}

TEST(ProjectSchema, readOnlyOpenOfAVersion1FileReadsWithoutMigrating) {
    // Given a schema-1 file
    ScratchDir dir;
    const auto path = dir.path("v1ro.gpkg");
    writeVersion1File(path);
    const auto before = store::test::fileHash(path);
    // When it is opened read-only and loaded
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    auto data = file.value().load();
    // Then it reads as schema 1 and the file is not changed
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_EQ(file.value().schemaVersion(), 1);
    EXPECT_EQ(data.value().dataset.tasks()[0].status, core::TaskStatus::NotStarted);
    EXPECT_EQ(store::test::fileHash(path), before);
}

TEST(ProjectSchema, migrationFromEveryEarlierVersionReachesTheSameTables) {
    // Given a file created at each version from 1 to current
    ScratchDir dir;
    std::vector<std::string> tableLists;
    for (int v = 1; v <= ProjectSchema::currentVersion; ++v) {
        const auto path = dir.path(("v" + std::to_string(v) + ".gpkg").c_str());
        {
            auto db = Database::open(path, OpenMode::Create);
            ASSERT_TRUE(db.isOk());
            ASSERT_TRUE(db.value().exec("BEGIN").isOk());
            ASSERT_TRUE(ProjectSchema::create(db.value(), v).isOk());
            ASSERT_TRUE(db.value().exec("COMMIT").isOk());
        }
        // When it is opened read-write (migrating)
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk()) << file.error().toString();
        auto q = Statement::prepare(file.value().database(),
                                    "SELECT group_concat(name || ':' || sql, '|') FROM "
                                    "(SELECT name, sql FROM sqlite_master ORDER BY name)");
        ASSERT_TRUE(q.isOk());
        ASSERT_TRUE(q.value().step().value());
        tableLists.push_back(q.value().text(0));
    }
    // Then every migrated file has exactly the tables of a new one
    for (const auto& list : tableLists)
        EXPECT_EQ(list, tableLists.back());
}

TEST(ProjectSchema, version3GivesScenariosNamesApartFromTheirIds) {
    // Given a schema-1 file with a scenario (id and descriptions only)
    ScratchDir dir;
    const auto path = dir.path("v1s.gpkg");
    writeVersion1File(path);
    {
        auto db = Database::open(path, OpenMode::ReadWrite);
        ASSERT_TRUE(db.isOk());
        ASSERT_TRUE(db.value()
                        .exec("INSERT INTO scenarios (name, parent, description_zh, description_en) VALUES "
                              "('baseline', '', '基准情景：现状趋势', 'Baseline: the current trend')")
                        .isOk());
    }
    // When it is read read-only (not migrated), its scenario has no names: it is shown by its description
    {
        auto file = ProjectFile::open(path, OpenMode::ReadOnly);
        ASSERT_TRUE(file.isOk());
        auto data = file.value().load();
        ASSERT_TRUE(data.isOk()) << data.error().toString();
        ASSERT_EQ(data.value().scenarios.size(), 1u);
        EXPECT_TRUE(data.value().scenarios[0].nameZh.empty());
        EXPECT_EQ(core::scenarioDisplayName(data.value().scenarios[0], true), "基准情景");
    }
    // When it is opened read-write, it is migrated to 3 and names can be saved and read back
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    EXPECT_GE(file.value().schemaVersion(), 3);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_TRUE(data.value().scenarios[0].nameEn.empty());
    data.value().scenarios[0].nameZh = "现状方案";
    data.value().scenarios[0].nameEn = "Business as usual";
    ASSERT_TRUE(file.value().save(data.value()).isOk());
    auto again = file.value().load();
    ASSERT_TRUE(again.isOk());
    // Then the id stays and the names are what readers see
    EXPECT_EQ(again.value().scenarios[0].name, "baseline");
    EXPECT_EQ(core::scenarioDisplayName(again.value().scenarios[0], true), "现状方案");
    EXPECT_EQ(core::scenarioDisplayName(again.value().scenarios[0], false), "Business as usual");
}
