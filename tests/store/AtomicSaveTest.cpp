// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 during saves, for real: a forked child saves in a loop and is killed at random moments; after
// each kill the file must open and hold one complete saved state.
#include "SampleProject.h"
#include "TestFiles.h"
#include "store/ProjectFile.h"

#include <QFile>
#include <csignal>
#include <gtest/gtest.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace jieshui;
using store::OpenMode;
using store::ProjectFile;
using store::test::ScratchDir;

namespace {

// The child: saves generation after generation until killed. Never returns.
[[noreturn]] void saveForever(const std::string& path) {
    auto file = ProjectFile::open(path);
    if (file.hasError())
        _exit(3);
    int generation = std::stoi(file.value().metadata("save_counter"));
    for (;;) {
        ++generation;
        // save_counter becomes `generation` in the same transaction as the data of that generation.
        if (file.value().save(store::test::sampleProject(generation)).hasError())
            _exit(4);
    }
}

} // namespace

TEST(AtomicSave, killDuringSaveLeavesTheLastSavedState) {
    // Given a project of generation 1
    ScratchDir dir;
    const auto path = dir.path("kill.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    std::mt19937 rng(20260415);
    // From before the first save can finish to after several (a save takes about 5-60 ms here).
    std::uniform_int_distribution<int> delayMicroseconds(5000, 250000);
    int lastCounter = 1;
    constexpr int iterations = 30;
    for (int i = 0; i < iterations; ++i) {
        // When a child saving in a loop is killed with SIGKILL at a random moment
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0)
            saveForever(path);
        ::usleep(static_cast<useconds_t>(delayMicroseconds(rng)));
        ASSERT_EQ(::kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the child ended by itself with " << WEXITSTATUS(status);

        // The file ALONE (as mailed or backed up: no journal, no temporary copy beside it) is one complete
        // saved state (issue 13: with an in-place rollback journal it could be half written).
        {
            ScratchDir alone;
            const auto copy = alone.path("alone.gpkg");
            ASSERT_TRUE(QFile::copy(QString::fromStdString(path), QString::fromStdString(copy)));
            auto file = ProjectFile::open(copy, OpenMode::ReadOnly);
            ASSERT_TRUE(file.isOk()) << "iteration " << i << ", the file alone: " << file.error().toString();
            const int counter = std::stoi(file.value().metadata("save_counter"));
            auto data = file.value().load();
            ASSERT_TRUE(data.isOk()) << data.error().toString();
            const auto stats = data.value().dataset.statistics();
            ASSERT_EQ(stats.size(), static_cast<std::size_t>(20 + counter % 50)) << "iteration " << i;
            for (const auto* s : stats)
                ASSERT_EQ(s->value, static_cast<double>(counter)) << "iteration " << i;
        }

        // Then the file opens and holds one complete generation: counter, statistics count and values agree
        // (every third time read-only, as a viewer would: it must recover the interrupted save as well)
        auto file = ProjectFile::open(path, i % 3 == 0 ? OpenMode::ReadOnly : OpenMode::ReadWrite);
        ASSERT_TRUE(file.isOk()) << "iteration " << i << ": " << file.error().toString();
        const int counter = std::stoi(file.value().metadata("save_counter"));
        auto data = file.value().load();
        ASSERT_TRUE(data.isOk()) << data.error().toString();
        const auto stats = data.value().dataset.statistics();
        ASSERT_EQ(stats.size(), static_cast<std::size_t>(20 + counter % 50)) << "iteration " << i;
        for (const auto* s : stats)
            ASSERT_EQ(s->value, static_cast<double>(counter)) << "iteration " << i;
        EXPECT_EQ(data.value().layers.size(), 4);
        EXPECT_GE(counter, lastCounter);
        lastCounter = counter;
    }
    // and the children did save (the loop made progress, so kills fell between and inside saves)
    EXPECT_GT(lastCounter, iterations / 2);
    RecordProperty("saves", lastCounter);
    std::printf("kill loop: %d saves committed across %d kills\n", lastCounter - 1, iterations);
}
