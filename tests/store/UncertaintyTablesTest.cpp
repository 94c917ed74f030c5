// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UncertaintyTables.h"

#include "SampleProject.h"
#include "TestFiles.h"
#include "store/Database.h"
#include "store/ProjectFile.h"
#include "store/ProjectSchema.h"
#include "store/Statement.h"

#include <gtest/gtest.h>

using namespace jieshui;
using store::Database;
using store::OpenMode;
using store::ProjectFile;
using store::ProjectSchema;
using store::test::ScratchDir;

namespace {

void createAtVersion(const std::string& path, int version) {
    auto db = Database::open(path, OpenMode::Create);
    ASSERT_TRUE(db.isOk()) << db.error().toString();
    ASSERT_TRUE(db.value().exec("BEGIN").isOk());
    ASSERT_TRUE(ProjectSchema::create(db.value(), version).isOk());
    ASSERT_TRUE(db.value()
                    .exec("INSERT INTO regions (code, kind, name_zh) VALUES ('450700', 'city', '钦州市');"
                          "INSERT INTO regions (code, kind, name_zh, parent_code) VALUES ('450702', 'county', "
                          "'钦南区', '450700');"
                          "COMMIT;")
                    .isOk());
}

long long count(Database& db, const char* sql) {
    auto q = store::Statement::prepare(db, sql);
    EXPECT_TRUE(q.isOk());
    EXPECT_TRUE(q.value().step().value());
    return q.value().integer64(0);
}

bool mentions(const core::Error& e, const char* text) {
    return e.message().find(text) != std::string::npos;
}

} // namespace

TEST(UncertaintyTables, aVersion2FileMigratesToTheStandardDefaults) {
    // Given a file of schema 2, from before inputs had an uncertainty
    ScratchDir dir;
    const auto path = dir.path("v2.gpkg");
    createAtVersion(path, 2);
    // When it is opened read-write
    auto file = ProjectFile::open(path, OpenMode::ReadWrite);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    // Then it is at the current schema with the three tables registered in gpkg_contents and the standard defaults
    EXPECT_EQ(file.value().schemaVersion(), ProjectSchema::currentVersion);
    Database& db = file.value().database();
    EXPECT_EQ(count(db, "SELECT count(*) FROM gpkg_contents WHERE table_name IN ('uncertainty_defaults', "
                        "'uncertainty_rules', 'driver_uncertainty') AND data_type = 'attributes'"),
              3);
    EXPECT_EQ(count(db, "SELECT count(*) FROM uncertainty_defaults"), 3);
    EXPECT_EQ(count(db, "SELECT count(*) FROM uncertainty_rules"), 0);
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_TRUE(data.value().uncertainty == core::UncertaintyModel());
    EXPECT_EQ(data.value().uncertainty.provenanceDefault(core::ProvenanceKind::Estimate).spread, 0.10);
}

TEST(UncertaintyTables, aVersion2FileOpenedReadOnlyHasTheStandardModel) {
    ScratchDir dir;
    const auto path = dir.path("v2ro.gpkg");
    createAtVersion(path, 2);
    const auto before = store::test::fileHash(path);
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk()) << file.error().toString();
    auto data = file.value().load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_EQ(file.value().schemaVersion(), 2);
    EXPECT_TRUE(data.value().uncertainty == core::UncertaintyModel());
    EXPECT_EQ(store::test::fileHash(path), before);
}

TEST(UncertaintyTables, defaultsRulesAndDriverRangesRoundTripInOrder) {
    // Given a project with its own defaults, rules (order matters: the later wins) and driver ranges
    ScratchDir dir;
    const auto path = dir.path("u.gpkg");
    store::ProjectData original = store::test::sampleProject();
    original.uncertainty.statisticRules().push_back(
        {.regionCode = "450703", .uncertainty = {core::DistributionKind::Normal, core::SpreadKind::Relative, 0.2}});
    original.uncertainty.statisticRules().push_back(
        {.regionCode = "450703", .uncertainty = {core::DistributionKind::Normal, core::SpreadKind::Relative, 0.25}});
    ASSERT_TRUE(ProjectFile::create(path, original).isOk());
    // When it is read back
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk());
    auto loaded = file.value().load();
    ASSERT_TRUE(loaded.isOk()) << loaded.error().toString();
    // Then the model is the same, rule for rule
    const core::UncertaintyModel& u = loaded.value().uncertainty;
    EXPECT_TRUE(u == original.uncertainty);
    ASSERT_EQ(u.statisticRules().size(), 3u);
    EXPECT_EQ(u.statisticRules()[0].note, "水表精度");
    EXPECT_EQ(u.statisticRules()[2].uncertainty.spread, 0.25);
    ASSERT_EQ(u.driverRules().size(), 1u);
    EXPECT_EQ(u.driverRules()[0].scenario, "strict-saving");
    EXPECT_EQ(u.provenanceDefault(core::ProvenanceKind::Estimate).distribution, core::DistributionKind::Triangular);
}

TEST(UncertaintyTables, anEditedFileWithBadValuesIsRefusedWithTableAndRow) {
    struct Case {
        const char* sql;
        const char* expected;
    };
    const Case cases[] = {
        {"UPDATE uncertainty_defaults SET distribution = 'lognormal' WHERE provenance = 'estimate'",
         "unknown distribution 'lognormal'"},
        {"UPDATE uncertainty_defaults SET spread = 'ten' WHERE provenance = 'sourced'", "not a number"},
        {"UPDATE uncertainty_defaults SET spread = -0.1 WHERE provenance = 'sourced'", "zero or more"},
        {"UPDATE uncertainty_defaults SET provenance = 'guess' WHERE provenance = 'projected'",
         "unknown provenance 'guess'"},
        {"UPDATE uncertainty_rules SET from_year = 1500", "years must be 0 or lie in 1900–2200"},
        {"UPDATE uncertainty_rules SET spread_kind = 'percent'", "unknown spread kind 'percent'"},
        {"UPDATE driver_uncertainty SET driver = 'rainfall'", "unknown driver 'rainfall'"},
        {"UPDATE driver_uncertainty SET spread = 1e400", "not a number"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.sql);
        ScratchDir dir;
        const auto path = dir.path("bad.gpkg");
        ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject()).isOk());
        store::test::runSql(path, c.sql);
        auto file = ProjectFile::open(path, OpenMode::ReadOnly);
        ASSERT_TRUE(file.isOk());
        auto data = file.value().load();
        ASSERT_TRUE(data.hasError());
        EXPECT_EQ(data.error().code(), core::ErrorCode::StoreError);
        EXPECT_TRUE(mentions(data.error(), c.expected)) << data.error().toString();
        EXPECT_TRUE(mentions(data.error(), "table ")) << data.error().toString();
        EXPECT_TRUE(mentions(data.error(), ", row ")) << data.error().toString();
    }
}
