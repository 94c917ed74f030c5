// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

void writeFile(const QString& path, const char* utf8) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(utf8);
}

QByteArray hashOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/** The statistics count `info` prints ("Statistics: N values, ..."), or -1. */
int statisticCount(const QString& project) {
    const CliRun run =
        runCli({QStringLiteral("info"), project, QStringLiteral("--lang"), QStringLiteral("en")});
    const auto match = QRegularExpression(QStringLiteral("Statistics: (\\d+) values")).match(run.out);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// A 2023 bulletin sheet (no 2023 values in the Qinzhou project yet): three values of project regions,
// an empty cell and a total row that is no region.
constexpr const char* kSheet = "地区,农业用水量,工业用水量\n"
                               "钦南区,\"1,234.5\",56\n"
                               "钦北区,800,-\n"
                               "合计,\"2,034.5\",56\n";

constexpr const char* kMapping = "column,variable,unit\n"
                                 "region_column,地区\n"
                                 "year,2023\n"
                                 "source,钦州市水资源公报 2023\n"
                                 "estimate,0\n"
                                 "农业用水量,water.farmland_irrigation,万m³\n"
                                 "工业用水量,water.industry,万m³\n";

} // namespace

TEST(ImportStatsCommand, wideDryRunShowsTheMappingThenTheImportAddsTheValues) {
    // Given a new Qinzhou project, a bulletin sheet and its mapping
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.gpkg"));
    const QString sheet = dir.filePath(QStringLiteral("bulletin.csv"));
    const QString mapping = dir.filePath(QStringLiteral("mapping.csv"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    writeFile(sheet, kSheet);
    writeFile(mapping, kMapping);
    const int before = statisticCount(project);
    ASSERT_GT(before, 0);
    const QByteArray hashBefore = hashOf(project);

    // When the dry run is asked for
    const CliRun dry =
        runCli({QStringLiteral("import-stats"), project, sheet, QStringLiteral("--wide"), mapping,
                QStringLiteral("--dry-run"), QStringLiteral("--lang"), QStringLiteral("en")});
    // Then it shows each column's variable and unit, the year, the matched regions and the first long rows,
    // and the project is byte-identical
    ASSERT_EQ(dry.exitCode, 0) << dry.err.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("农业用水量 → water.farmland_irrigation (万m³)")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("year: 2023"))) << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("Regions matched (2): 450702 钦南区, 450703 钦北区")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("450702,2023,water.farmland_irrigation,1234.5,万m³")))
        << dry.out.toStdString();
    EXPECT_TRUE(dry.out.contains(QStringLiteral("合计"))) << dry.out.toStdString();
    EXPECT_EQ(hashOf(project), hashBefore);

    // When it is imported for real
    const CliRun run = runCli({QStringLiteral("import-stats"), project, sheet, QStringLiteral("--wide"),
                               mapping, QStringLiteral("--lang"), QStringLiteral("en")});
    // Then the three values are added and info counts them
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString() << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("added 3, replaced 0, unchanged 0, rejected 0")))
        << run.out.toStdString();
    EXPECT_EQ(statisticCount(project), before + 3);
}

TEST(ImportStatsCommand, badWideMappingExitsWithOneAndALocatedMessage) {
    // Given a mapping whose line 3 has a unit the parser does not know
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString project = dir.filePath(QStringLiteral("p.gpkg"));
    const QString sheet = dir.filePath(QStringLiteral("bulletin.csv"));
    const QString mapping = dir.filePath(QStringLiteral("mapping.csv"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    writeFile(sheet, kSheet);
    writeFile(mapping,
              "column,variable,unit\nregion_column,地区\n农业用水量,water.farmland_irrigation,万桶\n");
    const QByteArray hashBefore = hashOf(project);
    // When it is imported
    const CliRun run = runCli({QStringLiteral("import-stats"), project, sheet, QStringLiteral("--wide"),
                               mapping, QStringLiteral("--lang"), QStringLiteral("en")});
    // Then exit 1 with the mapping file and line named, and no change
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("mapping.csv:3"))) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("万桶"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(project), hashBefore);
}

TEST(ImportStatsCommand, wideOptionsNeedTheirValues) {
    // --wide without a file, and --dry-run without --wide, are usage errors
    EXPECT_EQ(runCli({QStringLiteral("import-stats"), QStringLiteral("p.gpkg"), QStringLiteral("t.csv"),
                      QStringLiteral("--wide")})
                  .exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("import-stats"), QStringLiteral("p.gpkg"), QStringLiteral("t.csv"),
                      QStringLiteral("--dry-run")})
                  .exitCode,
              2);
}
