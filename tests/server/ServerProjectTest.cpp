// SPDX-License-Identifier: GPL-3.0-or-later
// A project shared on a throw-away PostgreSQL/PostGIS cluster: push, pull, two writers, roles, the log.
#include "server/ServerProject.h"

#include "../store/ProjectComparison.h"
#include "../store/SampleProject.h"
#include "../store/TestFiles.h"
#include "TestCluster.h"
#include "server/ProjectImage.h"
#include "server/ProjectLocator.h"
#include "server/ProjectTransfer.h"
#include "store/EmbeddedProject.h"
#include "store/ProjectFile.h"
#include "store/RegionEditor.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <map>

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

namespace {

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const auto comma = text.find(',', start);
        out.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

} // namespace

TEST(ServerProject, removingOneRegionChangesOnlyItsOwnFeatures) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    pushed(*cluster, dir, qinzhou(), "remove_one");
    auto project = openAs(*cluster, TestCluster::admin, "remove_one");
    auto data = project->load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    // Given a county whose feature is not the last of the counties layer (so that every later feature would
    // move up one place if rows were matched by position)
    const geo::FeatureLayer* counties = nullptr;
    for (const auto& layer : data.value().layers)
        if (layer.role == geo::LayerRole::Counties)
            counties = &layer;
    ASSERT_NE(counties, nullptr);
    std::string code;
    // (the ids are the server's fids, read back)
    for (int i = 0; i + 1 < counties->features.size() && code.empty(); ++i) {
        const std::string candidate = counties->features[i].regionCode.toStdString();
        auto plan = store::RegionEditor::planRemoval(store::ProjectParts::of(data.value()), candidate);
        if (plan.isOk())
            code = candidate;
    }
    ASSERT_FALSE(code.empty());
    const auto lastBefore = project->changeLog(1);
    ASSERT_TRUE(lastBefore.isOk());
    const long long logBefore = lastBefore.value().front().id;

    // When it is removed and the project saved
    auto removal = store::RegionEditor::remove(store::ProjectParts::of(data.value()), code);
    ASSERT_TRUE(removal.isOk()) << removal.error().toString();
    auto saved = project->save(data.value());
    ASSERT_TRUE(saved.isOk()) << saved.error().toString();

    // Then among the layers' rows the log names exactly the features of that county (and of what lies in
    // it, such as its irrigation districts), as deleted
    const std::vector<std::string>& removed = removal.value().regions;
    const auto isRemoved = [&](const std::string& region) {
        return std::find(removed.begin(), removed.end(), region) != removed.end();
    };
    auto log = project->changeLog(100000);
    ASSERT_TRUE(log.isOk());
    const std::vector<std::string> layerTables =
        split(cluster->adminQuery("SELECT string_agg(table_name, ',') FROM remove_one.jieshui_layers"));
    ASSERT_FALSE(layerTables.empty());
    int layerEntries = 0;
    int regionEntries = 0;
    for (const auto& entry : log.value()) {
        if (entry.id <= logBefore)
            continue;
        SCOPED_TRACE(entry.table + " " + entry.rowKey + " " + entry.operation + " " + entry.changes);
        if (std::find(layerTables.begin(), layerTables.end(), entry.table) != layerTables.end()) {
            ++layerEntries;
            EXPECT_EQ(entry.operation, "delete");
            const auto at = entry.changes.find("\"code\": \"");
            ASSERT_NE(at, std::string::npos);
            const auto start = at + 9;
            EXPECT_TRUE(isRemoved(entry.changes.substr(start, entry.changes.find('"', start) - start)));
        } else if (entry.table == "regions") {
            ++regionEntries;
            const bool gone = isRemoved(entry.rowKey) && entry.operation == "delete";
            const bool coverage = entry.operation == "update" &&
                                  std::find(removal.value().coverage.begin(), removal.value().coverage.end(),
                                            entry.rowKey) != removal.value().coverage.end();
            EXPECT_TRUE(gone || coverage);
        } else if (entry.table == "statistics") {
            EXPECT_EQ(entry.operation, "delete");
            EXPECT_TRUE(isRemoved(entry.rowKey.substr(0, entry.rowKey.find(" / "))));
        }
    }
    EXPECT_EQ(layerEntries, static_cast<int>(removal.value().features));
    EXPECT_GE(layerEntries, 1);
    EXPECT_EQ(regionEntries, static_cast<int>(removed.size() + removal.value().coverage.size()));
    // And no other feature, region or statistic has a new row version
    for (const std::string& table : layerTables)
        EXPECT_EQ(cluster->adminQuery("SELECT count(*) FROM remove_one." + table + " WHERE row_version <> 1"),
                  "0")
            << table;
    EXPECT_EQ(cluster->adminQuery("SELECT count(*) FROM remove_one.statistics WHERE row_version <> 1"), "0");
    EXPECT_EQ(cluster->adminQuery("SELECT count(*) FROM remove_one.regions WHERE row_version <> 1"),
              std::to_string(removal.value().coverage.size()));
    // And the project read back has every other feature, with its own id
    auto again = openAs(*cluster, TestCluster::admin, "remove_one", OpenMode::ReadOnly)->load();
    ASSERT_TRUE(again.isOk());
    ASSERT_EQ(again.value().layers.size(), data.value().layers.size());
    for (int l = 0; l < again.value().layers.size(); ++l) {
        const auto& read = again.value().layers[l].features;
        const auto& kept = data.value().layers[l].features;
        ASSERT_EQ(read.size(), kept.size());
        for (int i = 0; i < read.size(); ++i)
            EXPECT_EQ(read[i].id, kept[i].id);
    }
}

TEST(ServerProject, pushThenPullCarriesEveryTableRowForRow) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    // Given a project file that was evaluated (results, their time, the compliance layer and its styles)
    store::ProjectData data = store::test::sampleProject(3);
    const std::string path = dir.path("evaluated.gpkg");
    store::test::check(store::ProjectFile::create(path, data));
    {
        auto file = store::ProjectFile::open(path, OpenMode::ReadWrite);
        ASSERT_TRUE(file.isOk());
        std::vector<store::ResultRow> baseline;
        for (const auto& r : data.results)
            if (r.scenario == data.results.front().scenario)
                baseline.push_back(r);
        ASSERT_FALSE(baseline.empty());
        store::test::check(file.value().writeResults(data.results.front().scenario, baseline));
        store::test::check(file.value().writeComplianceLayer(
            data.results.front().scenario, [](const std::vector<store::ComplianceColumn>& columns) {
                std::vector<store::LayerStyleRow> styles;
                for (const auto& c : columns)
                    styles.push_back({.name = c.column,
                                      .qml = "<qgis/>",
                                      .sld = "<sld/>",
                                      .useAsDefault = false,
                                      .description = c.indicator});
                return styles;
            }));
    }
    auto pushedFile =
        server::ProjectTransfer::push(path, addressOf(*cluster, TestCluster::admin, "every_table"));
    ASSERT_TRUE(pushedFile.isOk()) << pushedFile.error().toString();
    // When it is pulled into a new file
    const std::string pulledPath = dir.path("pulled.gpkg");
    auto pulled =
        server::ProjectTransfer::pull(addressOf(*cluster, TestCluster::admin, "every_table"), pulledPath);
    ASSERT_TRUE(pulled.isOk()) << pulled.error().toString();

    // Then every table of the two files holds the same rows, except the stamps of the file's own save
    auto original = store::ProjectFile::open(path, OpenMode::ReadOnly);
    auto copy = store::ProjectFile::open(pulledPath, OpenMode::ReadOnly);
    ASSERT_TRUE(original.isOk() && copy.isOk());
    auto a = server::ProjectImage::read(original.value().database());
    auto b = server::ProjectImage::read(copy.value().database());
    ASSERT_TRUE(a.isOk() && b.isOk());
    std::vector<std::string> namesA;
    std::vector<std::string> namesB;
    for (const auto& t : a.value().tables)
        namesA.push_back(t.name);
    for (const auto& t : b.value().tables)
        namesB.push_back(t.name);
    EXPECT_EQ(namesA, namesB);
    const auto withoutOwnStamps = [](const server::TableImage& t) {
        std::map<std::string, server::ImageRow> rows;
        const auto keys = t.rowKeys();
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (t.name != "jieshui_metadata" || (keys[i] != "last_saved" && keys[i] != "save_counter"))
                rows.emplace(keys[i], t.rows[i]);
        return rows;
    };
    for (const auto& t : a.value().tables) {
        SCOPED_TRACE(t.name);
        const server::TableImage* other = b.value().table(t.name);
        if (other == nullptr)
            continue;
        ASSERT_EQ(t.columns.size(), other->columns.size());
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            EXPECT_EQ(t.columns[c].name, other->columns[c].name);
        EXPECT_TRUE(withoutOwnStamps(t) == withoutOwnStamps(*other)) << "rows differ";
        if (t.isLayer) {
            EXPECT_EQ(t.fids, other->fids);
        }
    }
    EXPECT_EQ(copy.value().metadata("last_evaluated"), original.value().metadata("last_evaluated"));
    EXPECT_FALSE(copy.value().metadata("last_evaluated").empty());
}

TEST(ServerProject, aServiceOfPgServiceConfOpensTheProject) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    pushed(*cluster, dir, store::test::sampleProject(6), "by_service");
    // Given a pg_service.conf naming the cluster (no password: libpq still reads it from PGPASSFILE)
    const std::string serviceFile = dir.path("pg_service.conf");
    {
        std::FILE* f = std::fopen(serviceFile.c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fprintf(f, "[bureau]\nhost=%s\nport=%d\ndbname=jieshui\nuser=%s\n",
                     cluster->socketDirectory().c_str(), cluster->port(), TestCluster::admin);
        std::fclose(f);
    }
    const char* previous = std::getenv("PGSERVICEFILE");
    const std::string restore = previous != nullptr ? previous : "";
    ::setenv("PGSERVICEFILE", serviceFile.c_str(), 1);
    // When the project is opened by the service's name, through the locator every command uses
    auto opened = server::ProjectLocator::open(
        QStringLiteral("postgresql://?service=bureau&schema=by_service"), OpenMode::ReadOnly);
    // And a service the file does not define is opened
    auto unknown = server::ProjectLocator::open(
        QStringLiteral("postgresql://?service=nobody&schema=by_service"), OpenMode::ReadOnly);
    if (previous != nullptr)
        ::setenv("PGSERVICEFILE", restore.c_str(), 1);
    else
        ::unsetenv("PGSERVICEFILE");
    // Then the first loads the project pushed, and the second is refused naming the service
    ASSERT_TRUE(opened.isOk()) << opened.error().toString();
    auto data = opened.value()->load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    store::test::expectSameProject(store::test::sampleProject(6), data.value());
    ASSERT_TRUE(unknown.hasError());
    EXPECT_NE(unknown.error().message().find("nobody"), std::string::npos) << unknown.error().message();
}
