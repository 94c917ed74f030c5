// SPDX-License-Identifier: GPL-3.0-or-later
// A project shared on a throw-away PostgreSQL/PostGIS cluster: push, pull, two writers, roles, the log.
#include "server/ServerProject.h"

#include "../store/ProjectComparison.h"
#include "../store/SampleProject.h"
#include "../store/TestFiles.h"
#include "TestCluster.h"
#include "server/ProjectLocator.h"
#include "server/ProjectTransfer.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>

using namespace jieshui;
using server::ServerAddress;
using server::ServerProject;
using server::test::TestCluster;
using store::OpenMode;

namespace {

ServerAddress addressOf(const TestCluster& cluster, const std::string& user, const std::string& schema) {
    auto address = ServerAddress::parse(QString::fromStdString(cluster.address(user, schema)));
    if (address.hasError())
        throw std::runtime_error(address.error().toString());
    return address.value();
}

/** Writes @p data to a file in @p dir and pushes it as @p schema; returns the file's path. */
std::string pushed(const TestCluster& cluster, const store::test::ScratchDir& dir,
                   const store::ProjectData& data, const std::string& schema) {
    const std::string path = dir.path((schema + ".gpkg").c_str());
    store::test::check(store::ProjectFile::create(path, data));
    auto report = server::ProjectTransfer::push(path, addressOf(cluster, TestCluster::admin, schema));
    if (report.hasError())
        throw std::runtime_error(report.error().toString());
    return path;
}

store::ProjectData qinzhou() {
    auto data = store::EmbeddedProject::qinzhou();
    if (data.hasError())
        throw std::runtime_error(data.error().toString());
    return data.value();
}

std::unique_ptr<ServerProject> openAs(const TestCluster& cluster, const std::string& user,
                                      const std::string& schema, OpenMode mode = OpenMode::ReadWrite) {
    auto project = ServerProject::open(addressOf(cluster, user, schema), mode);
    if (project.hasError())
        throw std::runtime_error(project.error().toString());
    return std::move(project).value();
}

} // namespace

TEST(ServerProject, pushThenPullGivesTheSameProject) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    for (const auto& [schema, data] :
         {std::pair<std::string, store::ProjectData>{"roundtrip_qinzhou", qinzhou()},
          {"roundtrip_sample", store::test::sampleProject(7)}}) {
        SCOPED_TRACE(schema);
        // Given a project file pushed to the server
        store::test::ScratchDir dir;
        const std::string path = pushed(*cluster, dir, data, schema);
        // When it is pulled into a new file
        const std::string pulledPath = dir.path("pulled.gpkg");
        auto pulled =
            server::ProjectTransfer::pull(addressOf(*cluster, TestCluster::admin, schema), pulledPath);
        ASSERT_TRUE(pulled.isOk()) << pulled.error().toString();
        // Then both files hold the same project: every table, layer and result
        auto original = store::ProjectFile::open(path, OpenMode::ReadOnly);
        auto copy = store::ProjectFile::open(pulledPath, OpenMode::ReadOnly);
        ASSERT_TRUE(original.isOk() && copy.isOk());
        auto a = original.value().load();
        auto b = copy.value().load();
        ASSERT_TRUE(a.isOk() && b.isOk());
        store::test::expectSameProject(a.value(), b.value());
        // And the server tells the same summary as the file
        auto project = openAs(*cluster, TestCluster::admin, schema, OpenMode::ReadOnly);
        auto serverSummary = project->summary();
        auto fileSummary = original.value().summary();
        ASSERT_TRUE(serverSummary.isOk() && fileSummary.isOk()) << serverSummary.error().toString();
        EXPECT_EQ(serverSummary.value().regionsByKind, fileSummary.value().regionsByKind);
        EXPECT_EQ(serverSummary.value().statisticCount, fileSummary.value().statisticCount);
        EXPECT_EQ(serverSummary.value().resultCount, fileSummary.value().resultCount);
        EXPECT_EQ(serverSummary.value().layers.size(), fileSummary.value().layers.size());
    }
}

TEST(ServerProject, pushRefusesAnExistingProject) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    const std::string path = pushed(*cluster, dir, store::test::sampleProject(1), "twice");
    // When the same schema is pushed again
    auto again = server::ProjectTransfer::push(path, addressOf(*cluster, TestCluster::admin, "twice"));
    // Then it is refused and the first copy stays
    ASSERT_TRUE(again.hasError());
    EXPECT_NE(again.error().message().find("twice"), std::string::npos);
    EXPECT_TRUE(openAs(*cluster, TestCluster::admin, "twice", OpenMode::ReadOnly)->load().isOk());
}

TEST(ServerProject, twoWritersOnOneAllocationOneIsRefusedNamingTheOther) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    pushed(*cluster, dir, qinzhou(), "writers");
    cluster->adminQuery("GRANT writers_editor TO alice, bob");
    // Given alice and bob with the project open
    auto alice = openAs(*cluster, "alice", "writers");
    auto bob = openAs(*cluster, "bob", "writers");
    auto a = alice->load();
    auto b = bob->load();
    ASSERT_TRUE(a.isOk() && b.isOk()) << (a.isOk() ? b.error().toString() : a.error().toString());
    ASSERT_FALSE(a.value().allocations.empty());
    const std::string allocation = a.value().allocations.front().id;
    const std::string region = a.value().allocations.front().shares.front().regionCode;
    const double before = a.value().allocations.front().shares.front().volume;

    // When alice changes a share of the allocation and saves
    a.value().allocations.front().shares.front().volume = before + 1.0e6;
    auto saved = alice->save(a.value());
    ASSERT_TRUE(saved.isOk()) << saved.error().toString();
    // And bob changes the same share on his older copy and saves
    b.value().allocations.front().shares.front().volume = before - 2.0e6;
    auto refused = bob->save(b.value());

    // Then bob is refused, told that alice changed that share, when, and from what to what
    ASSERT_TRUE(refused.hasError());
    EXPECT_EQ(refused.error().code(), core::ErrorCode::Conflict);
    const std::string message = refused.error().message();
    EXPECT_NE(message.find("alice"), std::string::npos) << message;
    EXPECT_NE(message.find(allocation + " / " + region), std::string::npos) << message;
    EXPECT_NE(message.find("UTC"), std::string::npos) << message;
    // And the server holds alice's value, not bob's
    auto now = openAs(*cluster, TestCluster::admin, "writers", OpenMode::ReadOnly)->load();
    ASSERT_TRUE(now.isOk());
    EXPECT_DOUBLE_EQ(now.value().allocations.front().shares.front().volume, before + 1.0e6);

    // When bob reloads and makes his change again, it is saved
    auto fresh = bob->load();
    ASSERT_TRUE(fresh.isOk());
    fresh.value().allocations.front().shares.front().volume = before - 2.0e6;
    auto second = bob->save(fresh.value());
    EXPECT_TRUE(second.isOk()) << second.error().toString();

    // And the log shows both changes, newest first, with who made them
    auto log = bob->changeLog(10);
    ASSERT_TRUE(log.isOk()) << log.error().toString();
    ASSERT_GE(log.value().size(), 3u);
    EXPECT_EQ(log.value()[0].user, "bob");
    EXPECT_EQ(log.value()[0].table, "allocation_shares");
    EXPECT_EQ(log.value()[0].rowKey, allocation + " / " + region);
    EXPECT_EQ(log.value()[1].user, "alice");
    EXPECT_EQ(log.value().back().operation, "push");
    EXPECT_FALSE(log.value()[0].describe().isEmpty());
}

TEST(ServerProject, editsOfDifferentRowsBothSave) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    pushed(*cluster, dir, qinzhou(), "different");
    cluster->adminQuery("GRANT different_editor TO alice, bob");
    auto alice = openAs(*cluster, "alice", "different");
    auto bob = openAs(*cluster, "bob", "different");
    auto a = alice->load();
    auto b = bob->load();
    ASSERT_TRUE(a.isOk() && b.isOk());
    // Given alice renames a scenario's description and bob changes an allocation, both from the same copy
    a.value().scenarios.front().descriptionEn = "Baseline, revised by alice";
    b.value().allocations.front().shares.back().volume += 5.0e5;
    // When both save
    ASSERT_TRUE(alice->save(a.value()).isOk());
    auto second = bob->save(b.value());
    // Then both changes are on the server
    ASSERT_TRUE(second.isOk()) << second.error().toString();
    auto now = openAs(*cluster, TestCluster::admin, "different", OpenMode::ReadOnly)->load();
    ASSERT_TRUE(now.isOk());
    EXPECT_EQ(now.value().scenarios.front().descriptionEn, "Baseline, revised by alice");
    EXPECT_DOUBLE_EQ(now.value().allocations.front().shares.back().volume,
                     b.value().allocations.front().shares.back().volume);
}

TEST(ServerProject, aViewerReadsButCannotWrite) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    pushed(*cluster, dir, store::test::sampleProject(2), "training");
    cluster->adminQuery("GRANT training_viewer TO trainer");
    // When the trainer opens the project to write, it is refused naming the login
    auto writable = ServerProject::open(addressOf(*cluster, "trainer", "training"), OpenMode::ReadWrite);
    ASSERT_TRUE(writable.hasError());
    EXPECT_NE(writable.error().message().find("trainer"), std::string::npos);
    // And opened to read, the project loads and a save is refused
    auto reader = openAs(*cluster, "trainer", "training", OpenMode::ReadOnly);
    EXPECT_TRUE(reader->isReadOnly());
    auto data = reader->load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_TRUE(reader->save(data.value()).hasError());
    // And the database itself refuses the trainer's writes, whatever program sends them
    const std::string conninfo = "host=" + cluster->socketDirectory() +
                                 " port=" + std::to_string(cluster->port()) + " dbname=jieshui user=trainer";
    PGconn* conn = PQconnectdb(conninfo.c_str());
    ASSERT_EQ(PQstatus(conn), CONNECTION_OK) << PQerrorMessage(conn);
    PGresult* update = PQexec(conn, "UPDATE training.regions SET name_zh = 'x'");
    EXPECT_EQ(PQresultStatus(update), PGRES_FATAL_ERROR);
    EXPECT_STREQ(PQresultErrorField(update, PG_DIAG_SQLSTATE), "42501"); // insufficient_privilege
    PQclear(update);
    PGresult* forge = PQexec(conn, "INSERT INTO training.jieshui_change_log (table_name, row_key, operation) "
                                   "VALUES ('regions', 'x', 'update')");
    EXPECT_EQ(PQresultStatus(forge), PGRES_FATAL_ERROR);
    PQclear(forge);
    PQfinish(conn);
    // And a login without any project role cannot even read it
    auto stranger = ServerProject::open(addressOf(*cluster, "carol", "training"), OpenMode::ReadOnly);
    EXPECT_TRUE(stranger.hasError());
}

TEST(ServerProject, resultsAreWrittenAndReadPerScenario) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    pushed(*cluster, dir, store::test::sampleProject(4), "results_rw");
    auto project = openAs(*cluster, TestCluster::admin, "results_rw");
    auto data = project->load();
    ASSERT_TRUE(data.isOk());
    // Given new results for the baseline
    std::vector<store::ResultRow> rows;
    for (const auto& r : data.value().results)
        if (r.scenario == "baseline") {
            rows.push_back(r);
            rows.back().value = 42.0;
            rows.back().status = "missed";
        }
    ASSERT_FALSE(rows.empty());
    const std::size_t others = data.value().results.size() - rows.size();
    // When they are written
    ASSERT_TRUE(project->writeResults("baseline", rows).isOk());
    // Then they come back for the baseline, the other scenarios' results stay, and the time is recorded
    auto baseline = project->results("baseline");
    ASSERT_TRUE(baseline.isOk()) << baseline.error().toString();
    EXPECT_EQ(baseline.value(), rows);
    auto all = project->results();
    ASSERT_TRUE(all.isOk());
    EXPECT_EQ(all.value().size(), rows.size() + others);
    EXPECT_FALSE(project->metadata("last_evaluated").empty());
    // And a later save of the loaded project keeps them (results are not put back from the older copy)
    data.value().metadata.nameEn = "renamed";
    ASSERT_TRUE(project->save(data.value()).isOk());
    auto after = project->results("baseline");
    ASSERT_TRUE(after.isOk());
    EXPECT_EQ(after.value(), rows);
}

TEST(ServerProject, anyCommandOpensEitherKindThroughTheLocator) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    const std::string path = pushed(*cluster, dir, store::test::sampleProject(5), "located");
    // When a file path and a server address are opened the same way
    auto file = server::ProjectLocator::open(QString::fromStdString(path), OpenMode::ReadOnly);
    auto shared = server::ProjectLocator::open(
        QString::fromStdString(cluster->address("jieshui_admin", "located")), OpenMode::ReadOnly);
    ASSERT_TRUE(file.isOk() && shared.isOk())
        << (file.isOk() ? shared.error().toString() : file.error().toString());
    // Then both load the same project
    auto a = file.value()->load();
    auto b = shared.value()->load();
    ASSERT_TRUE(a.isOk() && b.isOk());
    store::test::expectSameProject(a.value(), b.value());
    EXPECT_EQ(shared.value()->location(), cluster->address("jieshui_admin", "located"));
}

TEST(ServerProject, aMissingProjectAndAWrongPasswordAreClearErrors) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    // A schema that holds no project
    auto missing = ServerProject::open(addressOf(*cluster, TestCluster::admin, "nothing_here"));
    ASSERT_TRUE(missing.hasError());
    EXPECT_NE(missing.error().message().find("nothing_here"), std::string::npos);
    // A login whose password is not in the pgpass file: the server's refusal, without any password
    cluster->adminQuery("CREATE ROLE dave LOGIN PASSWORD 'unknown-to-the-client'");
    auto refused = ServerProject::open(addressOf(*cluster, "dave", "nothing_here"));
    ASSERT_TRUE(refused.hasError());
    EXPECT_NE(refused.error().message().find("cannot connect"), std::string::npos)
        << refused.error().message();
    EXPECT_EQ(refused.error().message().find("unknown-to-the-client"), std::string::npos);
}
