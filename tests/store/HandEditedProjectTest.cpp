// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: values read from a project file are input like any other. A project edited by hand (or by a
// hostile tool) gets a clear, located error and is not changed; nothing crashes or allocates without bound.
#include "SampleProject.h"
#include "TestFiles.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace jieshui;
using store::OpenMode;
using store::ProjectFile;
using store::test::fileHash;
using store::test::runSql;
using store::test::ScratchDir;

namespace {

std::string makeProject(const ScratchDir& dir, const char* name) {
    const auto path = dir.path(name);
    store::test::check(ProjectFile::create(path, store::test::sampleProject()));
    return path;
}

std::string loadError(const std::string& path) {
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    if (file.hasError())
        return "open: " + file.error().toString();
    auto data = file.value().load();
    return data.hasError() ? data.error().toString() : std::string();
}

bool has(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(HandEditedProject, aSaveCounterThatIsNotAnIntegerDoesNotStopSaves) {
    for (const char* counter : {"x", "123456789012345678901", "-5", ""}) {
        ScratchDir dir;
        const auto path = makeProject(dir, "counter.gpkg");
        const std::string sql =
            std::string("UPDATE jieshui_metadata SET value = '") + counter + "' WHERE key = 'save_counter';";
        runSql(path, sql.c_str());
        auto file = ProjectFile::open(path);
        ASSERT_TRUE(file.isOk()) << file.error().toString();
        const auto st = file.value().save(store::test::sampleProject(2));
        ASSERT_TRUE(st.isOk()) << counter << ": " << st.error().toString();
        EXPECT_EQ(file.value().metadata("save_counter"), "1") << counter;
    }
}

TEST(HandEditedProject, absurdYearsAreRefusedWithTheTableAndRow) {
    struct Case {
        const char* sql;
        const char* table;
    };
    for (const Case& c : {Case{"UPDATE statistics SET year = 99999999999 WHERE fid = 1;", "statistics"},
                          Case{"UPDATE statistics SET year = 100000000 WHERE fid = 2;", "statistics"},
                          Case{"UPDATE statistics SET year = -4 WHERE fid = 2;", "statistics"},
                          Case{"UPDATE plan_targets SET year = 100000000;", "plan_targets"},
                          Case{"UPDATE plan_targets SET base_year = 99999999999;", "plan_targets"},
                          Case{"UPDATE task_milestones SET year = 3000000000;", "task_milestones"},
                          Case{"UPDATE scenario_overrides SET from_year = 99999999;", "scenario_overrides"},
                          Case{"UPDATE allocations SET year = 99999999999;", "allocations"}}) {
        ScratchDir dir;
        const auto path = makeProject(dir, "years.gpkg");
        runSql(path, c.sql);
        const auto before = fileHash(path);
        const std::string error = loadError(path);
        EXPECT_TRUE(has(error, c.table)) << c.sql << " → " << error;
        EXPECT_TRUE(has(error, "year")) << c.sql << " → " << error;
        EXPECT_EQ(fileHash(path), before);
    }
}

TEST(HandEditedProject, nonFiniteAndInsaneValuesAreRefused) {
    for (const char* sql : {"UPDATE statistics SET value = 1e308 * 10 WHERE fid = 1;", // +inf
                            "UPDATE statistics SET value = 1e300 WHERE fid = 1;",
                            "UPDATE statistics SET value = -5 WHERE fid = 1;",
                            "UPDATE statistics SET value = 'abc' WHERE fid = 1;",
                            "UPDATE plan_targets SET value = -1e308 * 10;",
                            "UPDATE regions SET design_area_m2 = 1e308 * 10 WHERE code = 'ID-TEST';",
                            "UPDATE scenario_overrides SET value = 1e308 * 10;",
                            "UPDATE allocations SET cap_m3 = 1e308 * 10;"}) {
        ScratchDir dir;
        const auto path = makeProject(dir, "values.gpkg");
        runSql(path, sql);
        const std::string error = loadError(path);
        EXPECT_FALSE(error.empty()) << sql << " was accepted";
        EXPECT_TRUE(has(error, "table ")) << sql << " → " << error;
    }
}

TEST(HandEditedProject, aLoweredSchemaVersionIsExplainedNotARawSqliteMessage) {
    ScratchDir dir;
    const auto path = makeProject(dir, "lowered.gpkg");
    runSql(path, "UPDATE jieshui_metadata SET value = '1' WHERE key = 'schema_version';");
    const auto before = fileHash(path);
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.hasError());
    const std::string message = file.error().toString();
    EXPECT_TRUE(has(message, "cannot upgrade the project from schema 1 to")) << message;
    EXPECT_EQ(fileHash(path), before);
}

TEST(HandEditedProject, aOneByteFileIsNeverTurnedIntoADatabase) {
    ScratchDir dir;
    const auto path = dir.path("one.gpkg");
    {
        QFile f(QString::fromStdString(path));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly}) {
        auto file = ProjectFile::open(path, mode);
        ASSERT_TRUE(file.hasError());
        EXPECT_FALSE(has(file.error().message(), "SQLite database, but")) << file.error().message();
        EXPECT_EQ(QFile(QString::fromStdString(path)).size(), 1);
    }
}

// Issue 13: 112 damaged files printed SQLite's "cannot prepare a query: no such table/column".
TEST(HandEditedProject, aMissingTableOrColumnIsExplained) {
    for (const char* sql : {"DROP TABLE plan_targets;", "ALTER TABLE statistics DROP COLUMN vintage;"}) {
        ScratchDir dir;
        const auto path = makeProject(dir, "missing.gpkg");
        runSql(path, sql);
        const std::string error = loadError(path);
        EXPECT_TRUE(has(error, "damaged or was edited outside Jieshui")) << sql << " → " << error;
        EXPECT_FALSE(has(error, "cannot prepare a query")) << sql << " → " << error;
    }
}
