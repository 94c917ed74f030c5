// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 of a client in the middle of a save, for real: a forked child saves in a loop; the parent kills it
// while the server shows its transaction writing (and at random moments), then checks that the project holds
// one complete save and that the killed transaction left nothing, not even a line in the change log.
#include "../store/SampleProject.h"
#include "../store/TestFiles.h"
#include "TestCluster.h"
#include "server/ProjectTransfer.h"
#include "server/ServerProject.h"
#include "store/ProjectFile.h"

#include <chrono>
#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace jieshui;
using server::test::TestCluster;

namespace {

server::ServerAddress addressOf(const TestCluster& cluster, const std::string& user) {
    return server::ServerAddress::parse(QString::fromStdString(cluster.address(user, "killed"))).value();
}

// The child: saves generation after generation until killed. Never returns.
[[noreturn]] void saveForever(const TestCluster& cluster) {
    auto project = server::ServerProject::open(addressOf(cluster, "alice"));
    if (project.hasError())
        _exit(3);
    if (project.value()->load().hasError())
        _exit(4);
    int generation = std::stoi(project.value()->metadata("save_counter"));
    for (;;) {
        ++generation; // save_counter becomes `generation` in the same transaction as its data
        if (project.value()->save(store::test::sampleProject(generation)).hasError())
            _exit(5);
    }
}

bool waitFor(const std::function<bool()>& condition, int timeoutMs) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < end) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

} // namespace

TEST(KilledClient, leavesNoPartialChange) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    store::test::ScratchDir dir;
    const std::string path = dir.path("killed.gpkg");
    ASSERT_TRUE(store::ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    ASSERT_TRUE(server::ProjectTransfer::push(path, addressOf(*cluster, TestCluster::admin)).isOk());
    cluster->adminQuery("GRANT killed_editor TO alice");

    std::mt19937 rng(20261206);
    std::uniform_int_distribution<int> delayMicroseconds(2000, 120000);
    int lastCounter = 1;
    int killedWriting = 0;
    constexpr int iterations = 16;
    for (int i = 0; i < iterations; ++i) {
        // When a child saving in a loop is killed with SIGKILL: every other time while the server shows its
        // transaction holding written rows, else at a random moment
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0)
            saveForever(*cluster);
        // (once the child has committed a save of its own, so that the loop makes progress)
        const bool progressed = waitFor(
            [&] {
                return std::stoi("0" +
                                 cluster->adminQuery("SELECT value FROM killed.jieshui_metadata WHERE key = "
                                                     "'save_counter'")) > lastCounter;
            },
            30000);
        ASSERT_TRUE(progressed) << "the child saved nothing";
        std::string xid;
        if (i % 2 == 0) {
            const bool writing = waitFor(
                [&] {
                    xid = cluster->adminQuery(
                        "SELECT backend_xid FROM pg_stat_activity WHERE usename = 'alice' "
                        "AND backend_xid IS NOT NULL");
                    return !xid.empty();
                },
                20000);
            ASSERT_TRUE(writing) << "the child never showed a writing transaction";
            ++killedWriting;
        } else {
            ::usleep(static_cast<useconds_t>(delayMicroseconds(rng)));
        }
        ASSERT_EQ(::kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended by itself with " << WEXITSTATUS(status);

        // Then the server ends the dead client's session, rolling its transaction back
        ASSERT_TRUE(waitFor(
            [&] {
                return cluster->adminQuery("SELECT count(*) FROM pg_stat_activity WHERE usename = 'alice'") ==
                       "0";
            },
            30000))
            << "the killed client's session stayed open";
        // And the project holds one complete save: counter, statistics count and values agree
        auto project =
            server::ServerProject::open(addressOf(*cluster, TestCluster::admin), store::OpenMode::ReadOnly);
        ASSERT_TRUE(project.isOk()) << project.error().toString();
        const int counter = std::stoi(project.value()->metadata("save_counter"));
        auto data = project.value()->load();
        ASSERT_TRUE(data.isOk()) << data.error().toString();
        const store::ProjectData saved = store::test::sampleProject(counter);
        const auto expected = saved.dataset.statistics();
        const auto stats = data.value().dataset.statistics();
        ASSERT_EQ(stats.size(), expected.size()) << "iteration " << i << ", save " << counter;
        for (std::size_t s = 0; s < stats.size(); ++s)
            ASSERT_EQ(stats[s]->value, expected[s]->value) << "iteration " << i;
        EXPECT_GE(counter, lastCounter);
        lastCounter = counter;
        // And the killed transaction wrote nothing to the change log either (unless it committed between the
        // moment it was seen writing and the kill: then its save is the complete one checked above)
        if (!xid.empty() && cluster->adminQuery("SELECT pg_xact_status('" + xid + "'::xid8)") != "committed") {
            EXPECT_EQ(
                cluster->adminQuery("SELECT count(*) FROM killed.jieshui_change_log WHERE transaction_id = " +
                                    std::to_string(std::stoll(xid))),
                "0");
        }
    }
    EXPECT_EQ(killedWriting, iterations / 2);
    EXPECT_GT(lastCounter, 1) << "no save ever completed";
    std::printf("kill loop: %d saves committed across %d kills (%d inside a writing transaction)\n",
                lastCounter - 1, iterations, killedWriting);
}
