// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13, end to end as a careless or hostile user runs jieshui-cli: every rejected input gets a clear
// error (exit 1 or 2), never a crash, a hang, a raw library message or a changed project.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

namespace {

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void runSql(const QString& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

QStringList folder(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

class HostileInput : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p.gpkg"));
        ASSERT_EQ(runCli({QStringLiteral("new"), m_project}).exitCode, 0);
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    QTemporaryDir m_dir;
    QString m_project;
};

const char* kStatsHeader = "region_code,year,variable,value,unit,source,estimate\n";

} // namespace

TEST_F(HostileInput, aSaveCounterThatIsNotAnIntegerNeitherAbortsNorLeavesAJournal) {
    runSql(m_project, "UPDATE jieshui_metadata SET value = 'x' WHERE key = 'save_counter';");
    writeFile(path("s.csv"), QByteArray(kStatsHeader) + "450702,2022,water.industry,7,万m³,公报,0\n");
    const CliRun run = runCli({QStringLiteral("import-stats"), m_project, path("s.csv"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral("terminate"))) << run.err.toStdString();
    EXPECT_EQ(folder(m_dir), (QStringList{QStringLiteral("p.gpkg"), QStringLiteral("s.csv")}));
}

TEST_F(HostileInput, anAbsurdYearInTheProjectIsALocatedErrorNotAnAllocationUntilDeath) {
    runSql(m_project, "UPDATE statistics SET year = 99999999999 WHERE fid = 1;");
    const QByteArray before = hashOf(m_project);
    const CliRun run = runCli(
        {QStringLiteral("evaluate"), m_project, QStringLiteral("--lang"), QStringLiteral("en")}, 30000);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("statistics"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("1949"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(m_project), before);
}

TEST_F(HostileInput, aOneByteFileIsNeverOverwritten) {
    writeFile(path("one.gpkg"), "x");
    writeFile(path("s.csv"), QByteArray(kStatsHeader) + "450702,2022,water.industry,7,万m³,公报,0\n");
    const CliRun run = runCli({QStringLiteral("import-stats"), path("one.gpkg"), path("s.csv"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(QFile(path("one.gpkg")).size(), 1);
    EXPECT_FALSE(run.err.contains(QStringLiteral("SQLite database, but"))) << run.err.toStdString();
}

TEST_F(HostileInput, anEmptyEncodingIsRefusedAsAUsageError) {
    const QByteArray before = hashOf(m_project);
    const CliRun run =
        runCli({QStringLiteral("import-layer"), m_project, path("x.shp"), QStringLiteral("--role"),
                QStringLiteral("counties"), QStringLiteral("--encoding"), QString(), QStringLiteral("--lang"),
                QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("encoding"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(m_project), before);
}

TEST_F(HostileInput, aFifoAsTheLayerFileIsRefusedAtOnce) {
    ASSERT_EQ(::mkfifo(path("pipe.shp").toUtf8().constData(), 0600), 0);
    const CliRun run =
        runCli({QStringLiteral("import-layer"), m_project, path("pipe.shp"), QStringLiteral("--role"),
                QStringLiteral("counties"), QStringLiteral("--lang"), QStringLiteral("en")},
               20000);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("not a regular file"))) << run.err.toStdString();
}

TEST_F(HostileInput, aDamagedPrjPrintsNoRawGdalLine) {
    // GDAL printed "ERROR 1: buildCS: missing UNIT" before the program's own lines.
    const QString ogr2ogr = QStandardPaths::findExecutable(QStringLiteral("ogr2ogr"));
    if (ogr2ogr.isEmpty())
        GTEST_SKIP() << "ogr2ogr (gdal-bin) is not installed";
    writeFile(
        path("l.geojson"),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"450702"},)"
        R"("geometry":{"type":"Polygon","coordinates":[[[108.6,21.8],[108.8,21.8],[108.8,22],[108.6,21.8]]]}}]})");
    ASSERT_EQ(QProcess::execute(ogr2ogr, {QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"),
                                          path("sq.shp"), path("l.geojson")}),
              0);
    writeFile(path("sq.prj"),
              R"(PROJCS["bogus",GEOGCS["x",DATUM["y",SPHEROID["z",0,0]]],PROJECTION["None"]])");
    const CliRun run = runCli({QStringLiteral("import-layer"), m_project, path("sq.shp"),
                               QStringLiteral("--role"), QStringLiteral("counties"),
                               QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_FALSE(run.err.contains(QStringLiteral("ERROR 1:"))) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("ERROR 1:"))) << run.out.toStdString();
}

TEST_F(HostileInput, newIntoAReadOnlyFolderSaysSoWithoutATemporaryName) {
    const QString folderPath = path("ro");
    ASSERT_TRUE(QDir().mkdir(folderPath));
    ASSERT_EQ(::chmod(folderPath.toUtf8().constData(), 0555), 0);
    const CliRun run = runCli({QStringLiteral("new"), folderPath + QStringLiteral("/q.gpkg"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    ::chmod(folderPath.toUtf8().constData(), 0755);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_FALSE(run.err.contains(QStringLiteral(".part"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("read-only"))) << run.err.toStdString();
    EXPECT_TRUE(QDir(folderPath).isEmpty());
}

TEST_F(HostileInput, oneCountysNewYearKeepsTheProjectEvaluable) {
    writeFile(path("gdp.csv"),
              QByteArray(kStatsHeader) + "450703,2023,econ.gdp_current,310,亿元,钦北区统计公报,0\n");
    ASSERT_EQ(runCli({QStringLiteral("import-stats"), m_project, path("gdp.csv")}).exitCode, 0);
    const CliRun run =
        runCli({QStringLiteral("evaluate"), m_project, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}
