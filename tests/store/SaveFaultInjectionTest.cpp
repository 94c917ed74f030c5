// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection into saving. A shim SQLite VFS (wrapping the default one) makes the disk "full" from the
// n-th write, sync or truncate on, for every n until the save succeeds; the file size limit of the
// process (RLIMIT_FSIZE) makes the kernel refuse to grow files. After every failed save the project file
// alone must be the old state byte for byte, with no journal or temporary file beside it; after every
// successful one, it alone (its folder holding nothing else) is the complete new state.
#include "SampleProject.h"
#include "TestFiles.h"
#include "store/ProjectFile.h"

#include <QDir>
#include <csignal>
#include <cstring>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace jieshui;
using store::OpenMode;
using store::ProjectFile;

namespace {

// ---- a VFS that fails from the n-th write-like call on ("the disk filled up and stays full") ----
struct FaultState {
    int countdown = -1; ///< < 0: never fail; else fail when it reaches 0 and every call after
    bool failing = false;
    int calls = 0;
};
FaultState g_fault;
sqlite3_vfs* g_base = nullptr;

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real; // allocated right after this struct
};

bool injectFault() {
    ++g_fault.calls;
    if (g_fault.failing)
        return true;
    if (g_fault.countdown < 0)
        return false;
    if (g_fault.countdown-- == 0)
        g_fault.failing = true;
    return g_fault.failing;
}

sqlite3_file* real(sqlite3_file* f) {
    return reinterpret_cast<ShimFile*>(f)->real;
}

int shimClose(sqlite3_file* f) {
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    return real(f)->pMethods->xRead(real(f), buf, n, off);
}
int shimWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    if (injectFault())
        return SQLITE_FULL;
    return real(f)->pMethods->xWrite(real(f), buf, n, off);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) {
    if (injectFault())
        return SQLITE_IOERR_TRUNCATE;
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file* f, int flags) {
    if (injectFault())
        return SQLITE_IOERR_FSYNC;
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file* f, int l) {
    return real(f)->pMethods->xLock(real(f), l);
}
int shimUnlock(sqlite3_file* f, int l) {
    return real(f)->pMethods->xUnlock(real(f), l);
}
int shimCheckReservedLock(sqlite3_file* f, int* out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file* f, int op, void* arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file* f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file* f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

const sqlite3_io_methods g_shimMethods = {
    1, // version 1: no shared memory or mmap, which a rollback-journal database does not need
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr};

int shimOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags) {
    (void)vfs;
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    const int rc = g_base->xOpen(g_base, name, shim->real, flags, outFlags);
    shim->base.pMethods = rc == SQLITE_OK && shim->real->pMethods != nullptr ? &g_shimMethods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs*, const char* name, int syncDir) {
    return g_base->xDelete(g_base, name, syncDir);
}
int shimAccess(sqlite3_vfs*, const char* name, int flags, int* out) {
    return g_base->xAccess(g_base, name, flags, out);
}
int shimFullPathname(sqlite3_vfs*, const char* name, int n, char* out) {
    return g_base->xFullPathname(g_base, name, n, out);
}
void* shimDlOpen(sqlite3_vfs*, const char* name) {
    return g_base->xDlOpen(g_base, name);
}
void shimDlError(sqlite3_vfs*, int n, char* msg) {
    g_base->xDlError(g_base, n, msg);
}
void (*shimDlSym(sqlite3_vfs*, void* h, const char* sym))(void) {
    return g_base->xDlSym(g_base, h, sym);
}
void shimDlClose(sqlite3_vfs*, void* h) {
    g_base->xDlClose(g_base, h);
}
int shimRandomness(sqlite3_vfs*, int n, char* out) {
    return g_base->xRandomness(g_base, n, out);
}
int shimSleep(sqlite3_vfs*, int us) {
    return g_base->xSleep(g_base, us);
}
int shimCurrentTime(sqlite3_vfs*, double* t) {
    return g_base->xCurrentTime(g_base, t);
}
int shimGetLastError(sqlite3_vfs*, int n, char* out) {
    return g_base->xGetLastError(g_base, n, out);
}
int shimCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* t) {
    return g_base->xCurrentTimeInt64(g_base, t);
}

sqlite3_vfs g_shim;

/** Makes the shim the default VFS while alive. */
class FaultyDisk {
public:
    FaultyDisk() {
        g_base = sqlite3_vfs_find(nullptr);
        g_shim = sqlite3_vfs{};
        g_shim.iVersion = 2;
        g_shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_base->szOsFile;
        g_shim.mxPathname = g_base->mxPathname;
        g_shim.zName = "jieshui-faulty-disk";
        g_shim.xOpen = shimOpen;
        g_shim.xDelete = shimDelete;
        g_shim.xAccess = shimAccess;
        g_shim.xFullPathname = shimFullPathname;
        g_shim.xDlOpen = shimDlOpen;
        g_shim.xDlError = shimDlError;
        g_shim.xDlSym = shimDlSym;
        g_shim.xDlClose = shimDlClose;
        g_shim.xRandomness = shimRandomness;
        g_shim.xSleep = shimSleep;
        g_shim.xCurrentTime = shimCurrentTime;
        g_shim.xGetLastError = shimGetLastError;
        g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
        sqlite3_vfs_register(&g_shim, 1);
        g_fault = {};
    }
    ~FaultyDisk() {
        sqlite3_vfs_unregister(&g_shim);
        sqlite3_vfs_register(g_base, 1);
    }
    /** From now on, the n-th write, sync or truncate (0 = the next) and all after it fail. */
    void failFrom(int n) { g_fault = {.countdown = n}; }
    void heal() { g_fault = {}; }
    bool failed() const { return g_fault.failing; }
};

QByteArray readAll(const std::string& path) {
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList folderEntries(const std::string& file) {
    return QFileInfo(QString::fromStdString(file))
        .dir()
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

int savedGeneration(const std::string& path) {
    auto file = ProjectFile::open(path, OpenMode::ReadOnly);
    if (file.hasError())
        return -1;
    auto data = file.value().load();
    if (data.hasError())
        return -2;
    // sampleProject(g) has 20 + g % 50 statistics, each of value g
    const auto stats = data.value().dataset.statistics();
    if (stats.empty())
        return -3;
    const int generation = static_cast<int>(stats.front()->value);
    for (const auto* s : stats)
        if (s->value != static_cast<double>(generation))
            return -4;
    if (stats.size() != static_cast<std::size_t>(20 + generation % 50))
        return -5;
    return generation;
}

} // namespace

TEST(SaveFaultInjection, everyFailedSaveLeavesTheOldFileAloneByteForByte) {
    store::test::ScratchDir dir;
    const auto path = dir.path("full.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    // generation 7 has more statistics than 1, so the save grows the file
    FaultyDisk disk;
    int failures = 0;
    bool saved = false;
    for (int n = 0; n < 2000 && !saved; ++n) {
        const QByteArray before = readAll(path);
        {
            auto file = ProjectFile::open(path);
            ASSERT_TRUE(file.isOk()) << "n=" << n << ": " << file.error().toString();
            disk.failFrom(n);
            const auto st = file.value().save(store::test::sampleProject(7 + n % 2));
            saved = st.isOk() && !disk.failed();
            if (st.isOk() && disk.failed())
                ADD_FAILURE() << "n=" << n << ": a save reported success although a write failed";
            if (st.hasError()) {
                ++failures;
                EXPECT_EQ(st.error().code(), core::ErrorCode::IoError) << st.error().toString();
            }
        }
        disk.heal();
        if (!saved) {
            // Then the file alone is the old state, byte for byte, and nothing lies beside it
            ASSERT_EQ(readAll(path), before) << "n=" << n << ": the failed save changed the file";
            ASSERT_EQ(folderEntries(path), QStringList{"full.gpkg"}) << "n=" << n;
        }
    }
    ASSERT_TRUE(saved) << "the save never succeeded";
    EXPECT_GT(failures, 5);
    EXPECT_EQ(folderEntries(path), QStringList{"full.gpkg"});
    EXPECT_GE(savedGeneration(path), 7);
    std::printf("fault injection: %d failed saves checked before one succeeded\n", failures);
}

TEST(SaveFaultInjection, failedWriteResultsLeavesTheOldFileAlone) {
    store::test::ScratchDir dir;
    const auto path = dir.path("results.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    FaultyDisk disk;
    const QByteArray before = readAll(path);
    for (int n = 0; n < 20; ++n) {
        {
            auto file = ProjectFile::open(path);
            ASSERT_TRUE(file.isOk());
            disk.failFrom(n);
            store::ResultRow row;
            row.scenario = "baseline";
            row.indicator = "water-use-total";
            row.regionCode = "450700";
            row.year = 2025;
            row.status = "met";
            if (file.value().writeResults("baseline", std::vector<store::ResultRow>{row}).isOk()) {
                EXPECT_FALSE(disk.failed());
                break;
            }
        }
        disk.heal();
        ASSERT_EQ(readAll(path), before) << "n=" << n;
        ASSERT_EQ(folderEntries(path), QStringList{"results.gpkg"}) << "n=" << n;
    }
}

TEST(SaveFaultInjection, aFileSizeLimitRefusesTheSaveAndKeepsTheFile) {
    // The kernel refuses to grow any file past RLIMIT_FSIZE (EFBIG; SIGXFSZ ignored): a real failed write.
    store::test::ScratchDir dir;
    const auto path = dir.path("limit.gpkg");
    ASSERT_TRUE(ProjectFile::create(path, store::test::sampleProject(1)).isOk());
    const QByteArray before = readAll(path);
    auto file = ProjectFile::open(path);
    ASSERT_TRUE(file.isOk());
    struct rlimit old {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = static_cast<rlim_t>(before.size()) + 2048;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    auto big = store::test::sampleProject(49); // 69 statistics per region set: the file must grow
    for (int i = 0; i < 40; ++i)
        (void)big.dataset.addStatistic(
            {.regionCode = "450700",
             .year = 1950 + i,
             .variable = "water.industry",
             .value = 49.0,
             .unit = "万m³",
             .provenance = {core::ProvenanceKind::Sourced, std::string(400, 'x')}});
    const auto st = file.value().save(big);
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &old), 0);
    std::signal(SIGXFSZ, previousHandler);
    ASSERT_TRUE(st.hasError()) << "the save should not fit under the file size limit";
    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(folderEntries(path), QStringList{"limit.gpkg"});
    // and the project stays usable: the next save (without the limit) succeeds
    EXPECT_TRUE(file.value().save(store::test::sampleProject(2)).isOk());
}
