// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ProjectSchema.h"

#include "TestFiles.h"
#include "store/Database.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"
#include "store/Statement.h"
#include "units/UnitParser.h"

#include <cmath>
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
    // Then 'GPKG', 10300, the 17 attribute tables and the 5 spatial reference systems
    EXPECT_EQ(q.value().integer(0), 0x47504B47);
    EXPECT_EQ(q.value().integer(1), 10300);
    EXPECT_EQ(q.value().integer(2), 17);
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
    // Then it is migrated to the current schema: the task got the default status, the result an empty rate
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

TEST(ProjectSchema, version3StoresStatisticsInTheUnitTheirRowNames) {
    // Given a schema-2 file with 16 164 000 m³ given in 万m³, a share in %, and a row of an unreadable unit
    ScratchDir dir;
    const auto path = dir.path("v2.gpkg");
    {
        auto db = Database::open(path, OpenMode::Create);
        ASSERT_TRUE(db.isOk());
        // (create() migrates to the current schema: a version-2 file is version 1 plus the v2 step)
        ASSERT_TRUE(ProjectSchema::create(db.value(), 1).isOk());
        ASSERT_TRUE(db.value()
                        .exec("ALTER TABLE results ADD COLUMN required_annual_rate REAL;"
                              "ALTER TABLE key_tasks ADD COLUMN status TEXT NOT NULL DEFAULT 'not-started';"
                              "UPDATE jieshui_metadata SET value = '2' WHERE key = 'schema_version';"
                              "INSERT INTO jieshui_metadata (key, value) VALUES ('name_zh', '旧项目');"
                              "INSERT INTO regions (code, kind, name_zh) VALUES ('450700', 'city', '钦州市');"
                              "INSERT INTO statistics (region_code, year, variable, value, unit) VALUES "
                              "('450700', 2020, 'water-total-reported', 16164000.0, '万m³'),"
                              "('450700', 2020, 'irrigation-coefficient-reported', 0.503, '1'),"
                              "('450700', 2021, 'water-total-reported', 5.0, 'furlongs');")
                        .isOk());
    }
    // When it is opened read-write (migrated)
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    EXPECT_GE(file.value().schemaVersion(), 3);
    // Then `value` is in the row's unit, the exact base value and its unit beside it
    auto q = Statement::prepare(file.value().database(),
                                "SELECT value, unit, value_base, base_unit FROM statistics ORDER BY fid");
    ASSERT_TRUE(q.isOk());
    ASSERT_TRUE(q.value().step().value());
    EXPECT_DOUBLE_EQ(q.value().real(0), 1616.4);
    EXPECT_EQ(q.value().text(1), "万m³");
    EXPECT_DOUBLE_EQ(q.value().real(2), 16164000.0);
    EXPECT_EQ(q.value().text(3), "m3");
    ASSERT_TRUE(q.value().step().value());
    EXPECT_DOUBLE_EQ(q.value().real(0), 0.503);
    EXPECT_EQ(q.value().text(3), "1");
    // And a unit nobody can read leaves `value` empty rather than wrong
    ASSERT_TRUE(q.value().step().value());
    EXPECT_TRUE(q.value().isNull(0));
    EXPECT_DOUBLE_EQ(q.value().real(2), 5.0);
}

TEST(ProjectSchema, aSavedProjectsStatisticsReadInTheirOwnUnitAndLoadExactly) {
    // Given the embedded Qinzhou project saved as a new file
    auto qinzhou = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(qinzhou.isOk());
    ScratchDir dir;
    const auto path = dir.path("q.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, qinzhou.value()).isOk());
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    // Then every row's value times its unit's factor is its base value
    auto q = Statement::prepare(file.value().database(), "SELECT value, unit, value_base FROM statistics");
    ASSERT_TRUE(q.isOk());
    int rows = 0;
    while (q.value().step().value()) {
        const auto spec = core::UnitParser::parse(q.value().text(1));
        ASSERT_TRUE(spec.isOk()) << q.value().text(1);
        EXPECT_NEAR(q.value().real(0) * spec.value().toBase, q.value().real(2),
                    1e-9 * std::max(1.0, std::abs(q.value().real(2))));
        ++rows;
    }
    EXPECT_GT(rows, 100);
    // And the program reads back exactly the statistics it saved
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk());
    for (const core::Statistic* s : qinzhou.value().dataset.statistics()) {
        const core::Statistic* back = loaded.value().dataset.statistic(s->regionCode, s->variable, s->year);
        ASSERT_NE(back, nullptr);
        EXPECT_EQ(back->value, s->value) << s->variable;
    }
}

TEST(ProjectSchema, aValueEditedInItsOwnUnitIsWhatTheProgramReads) {
    // Given Qinzhou saved, and one 万m³ row's `value` doubled as a QGIS user would edit it
    auto qinzhou = store::EmbeddedProject::qinzhou();
    ASSERT_TRUE(qinzhou.isOk());
    ScratchDir dir;
    const auto path = dir.path("edited.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, qinzhou.value()).isOk());
    std::string region, variable;
    int year = 0;
    double base = 0.0;
    {
        auto file = ProjectFile::open(path, OpenMode::ReadOnly);
        ASSERT_TRUE(file.isOk());
        auto q =
            Statement::prepare(file.value().database(),
                               "SELECT region_code, variable, year, value_base FROM statistics WHERE unit = "
                               "'万m³' ORDER BY fid LIMIT 1");
        ASSERT_TRUE(q.isOk());
        ASSERT_TRUE(q.value().step().value());
        region = q.value().text(0);
        variable = q.value().text(1);
        year = q.value().integer(2);
        base = q.value().real(3);
    }
    store::test::runSql(path,
                        "UPDATE statistics SET value = value * 2 WHERE fid = (SELECT fid FROM statistics "
                        "WHERE unit = '万m³' ORDER BY fid LIMIT 1)");
    // Then the program reads the edited value, converted to its base unit
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    const core::Statistic* s = loaded.value().dataset.statistic(region, variable, year);
    ASSERT_NE(s, nullptr);
    EXPECT_NEAR(s->value, 2.0 * base, 1e-6 * base);
}

TEST(ProjectSchema, version6GivesScenariosNamesApartFromTheirIds) {
    // Given a schema-1 file with a scenario (id and descriptions only)
    ScratchDir dir;
    const auto path = dir.path("v1s.gpkg");
    writeVersion1File(path);
    store::test::runSql(path, "INSERT INTO scenarios (name, parent, description_zh, description_en) VALUES "
                              "('baseline', '', '基准情景：现状趋势', 'Baseline: the current trend')");
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
    // When it is opened read-write, it is migrated and names can be saved and read back
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    EXPECT_GE(file.value().schemaVersion(), 6);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_TRUE(data.value().scenarios[0].nameEn.empty());
    data.value().scenarios[0].nameZh = "现状方案";
    data.value().scenarios[0].nameEn = "Business as usual";
    ASSERT_TRUE(file.value().save(data.value()).isOk());
    auto again = file.value().load();
    ASSERT_TRUE(again.isOk()) << again.error().toString();
    // Then the id stays and the names are what readers see
    EXPECT_EQ(again.value().scenarios[0].name, "baseline");
    EXPECT_EQ(core::scenarioDisplayName(again.value().scenarios[0], true), "现状方案");
    EXPECT_EQ(core::scenarioDisplayName(again.value().scenarios[0], false), "Business as usual");
}
