// SPDX-License-Identifier: GPL-3.0-or-later
// Every command takes a shared project as it takes a file: jieshui-cli against a throw-away cluster.
#include "CliRunner.h"
#include "TestCluster.h"
#include "server/ProjectLocator.h"

#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <gtest/gtest.h>

using jieshui::server::test::TestCluster;

namespace {

QString addressFor(const TestCluster& cluster, const char* user, const char* schema) {
    return QString::fromStdString(cluster.address(user, schema));
}

} // namespace

TEST(ServerCommands, pushInfoImportLogExportPull) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    // Given a new Qinzhou project file, uploaded
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("qinzhou.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), file}).exitCode, 0);
    const QString shared = addressFor(*cluster, TestCluster::admin, "cli_qinzhou");
    const CliRun push =
        runCli({QStringLiteral("push"), file, shared, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(push.exitCode, 0) << push.err.toStdString();
    EXPECT_TRUE(push.out.contains(QStringLiteral("Uploaded"))) << push.out.toStdString();
    EXPECT_TRUE(push.out.contains(QStringLiteral("cli_qinzhou_editor"))) << push.out.toStdString();

    // When info reads it from the server
    const CliRun info =
        runCli({QStringLiteral("info"), shared, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("Server: ") + shared)) << info.out.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("county 4"))) << info.out.toStdString();

    // And statistics are imported into it, all or nothing as into a file
    const QString csv = dir.filePath(QStringLiteral("2024.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("region_code,year,variable,value,unit,source,estimate\n"
            "450702,2024,water.industry,5100,万m³,钦州市水资源公报 2024,0\n");
    f.close();
    const CliRun imported =
        runCli({QStringLiteral("import-stats"), shared, csv, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("added 1"))) << imported.out.toStdString();

    // Then the log names the import, its user and its row
    const CliRun log =
        runCli({QStringLiteral("log"), shared, QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(log.exitCode, 0) << log.err.toStdString();
    EXPECT_TRUE(log.out.contains(QStringLiteral("statistic 450702 / water.industry / 2024 added")))
        << log.out.toStdString();
    EXPECT_TRUE(log.out.contains(QStringLiteral("jieshui_admin"))) << log.out.toStdString();

    // And a map is exported from the shared project as from a file
    const QString png = dir.filePath(QStringLiteral("map.png"));
    const CliRun exported = runCli({QStringLiteral("export-map"), shared, QStringLiteral("--indicator"),
                                    QStringLiteral("water-per-gdp-reduction"), QStringLiteral("--year"),
                                    QStringLiteral("2020"), QStringLiteral("--out"), png});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_GT(QFile(png).size(), 1000);

    // And evaluate judges the shared project and stores its results there, as in a file
    const CliRun evaluated =
        runCli({QStringLiteral("evaluate"), shared, QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--year"), QStringLiteral("2020")});
    ASSERT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
    EXPECT_TRUE(evaluated.out.contains(QStringLiteral("450700"))) << evaluated.out.toStdString();
    const CliRun stored =
        runCli({QStringLiteral("info"), shared, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(stored.out.contains(QStringLiteral("last evaluated"))) << stored.out.toStdString();

    // And pull brings it back as a file holding the imported value
    const QString pulled = dir.filePath(QStringLiteral("pulled.gpkg"));
    const CliRun pull = runCli({QStringLiteral("pull"), shared, pulled});
    ASSERT_EQ(pull.exitCode, 0) << pull.err.toStdString();
    const CliRun pulledInfo =
        runCli({QStringLiteral("info"), pulled, QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_TRUE(pulledInfo.out.contains(QStringLiteral("-2024"))) << pulledInfo.out.toStdString();
}

TEST(ServerCommands, aViewerCannotImportAndPasswordsStayOutOfAddresses) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("p.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), file}).exitCode, 0);
    const QString shared = addressFor(*cluster, TestCluster::admin, "cli_viewer");
    ASSERT_EQ(runCli({QStringLiteral("push"), file, shared}).exitCode, 0);
    // Given the trainer made a viewer of the project
    const CliRun granted = runCli({QStringLiteral("grant"), shared, QStringLiteral("trainer"),
                                   QStringLiteral("viewer"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(granted.exitCode, 0) << granted.err.toStdString();
    EXPECT_TRUE(granted.out.contains(QStringLiteral("trainer may now read"))) << granted.out.toStdString();
    // When the trainer imports into it, it is refused and nothing changes
    const QString csv = dir.filePath(QStringLiteral("s.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("region_code,year,variable,value,unit,source,estimate\n450702,2024,water.industry,1,万m³,x,0\n");
    f.close();
    const CliRun refused =
        runCli({QStringLiteral("import-stats"), addressFor(*cluster, "trainer", "cli_viewer"), csv,
                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("may only read"))) << refused.err.toStdString();
    // And the trainer still reads it, and evaluates it without storing the results
    EXPECT_EQ(runCli({QStringLiteral("info"), addressFor(*cluster, "trainer", "cli_viewer")}).exitCode, 0);
    const CliRun evaluated =
        runCli({QStringLiteral("evaluate"), addressFor(*cluster, "trainer", "cli_viewer"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(evaluated.exitCode, 0) << evaluated.err.toStdString();
    EXPECT_TRUE(evaluated.err.contains(QStringLiteral("may only be read"))) << evaluated.err.toStdString();
    // And an address with a password is refused as bad usage
    const CliRun password =
        runCli({QStringLiteral("info"),
                QStringLiteral("postgresql://alice:secret@localhost/jieshui?schema=cli_viewer"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_NE(password.exitCode, 0);
    EXPECT_TRUE(password.err.contains(QStringLiteral("pgpass"))) << password.err.toStdString();
}

TEST(ServerCommands, scenarioAndAllocateEditASharedProjectAsAFile) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), file}).exitCode, 0);
    const QString shared = addressFor(*cluster, TestCluster::admin, "cli_edit");
    ASSERT_EQ(runCli({QStringLiteral("push"), file, shared}).exitCode, 0);

    // When a scenario is created on the shared project and a driver of it is set
    const CliRun created =
        runCli({QStringLiteral("scenario"), QStringLiteral("create"), shared, QStringLiteral("dry-year"),
                QStringLiteral("--parent"), QStringLiteral("baseline"), QStringLiteral("--name-zh"),
                QStringLiteral("枯水年"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    // And the cap of 2022 is split by hand in it
    const CliRun allocated =
        runCli({QStringLiteral("allocate"), shared, QStringLiteral("--scenario"), QStringLiteral("dry-year"),
                QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--cap"),
                QStringLiteral("16.53亿m³"), QStringLiteral("--method"), QStringLiteral("manual"),
                QStringLiteral("--set"), QStringLiteral("450702=4.8亿m³"), QStringLiteral("--lang"),
                QStringLiteral("en")});
    ASSERT_EQ(allocated.exitCode, 0) << allocated.err.toStdString();

    // Then scenario list reads the new scenario back from the server
    const CliRun listed = runCli({QStringLiteral("scenario"), QStringLiteral("list"), shared,
                                  QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("dry-year"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("枯水年"))) << listed.out.toStdString();
    // And the project read from the server holds the scenario and its own split of one typed quota
    auto store = jieshui::server::ProjectLocator::open(shared, jieshui::store::OpenMode::ReadOnly);
    ASSERT_TRUE(store.isOk()) << store.error().toString();
    auto data = store.value()->load();
    ASSERT_TRUE(data.isOk()) << data.error().toString();
    EXPECT_TRUE(std::any_of(data.value().scenarios.begin(), data.value().scenarios.end(),
                            [](const auto& s) { return s.name == "dry-year" && s.parent == "baseline"; }));
    const auto own = std::find_if(data.value().allocations.begin(), data.value().allocations.end(),
                                  [](const auto& a) { return a.scenario == "dry-year" && a.year == 2022; });
    ASSERT_NE(own, data.value().allocations.end());
    ASSERT_EQ(own->shares.size(), 1u);
    EXPECT_DOUBLE_EQ(own->shares[0].volume, 4.8e8);

    // And deleting it on the server removes it there
    const CliRun deleted =
        runCli({QStringLiteral("scenario"), QStringLiteral("delete"), shared, QStringLiteral("dry-year"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(deleted.exitCode, 0) << deleted.err.toStdString();
    const CliRun after = runCli({QStringLiteral("scenario"), QStringLiteral("list"), shared});
    EXPECT_FALSE(after.out.contains(QStringLiteral("dry-year"))) << after.out.toStdString();
}

TEST(ServerCommands, grantSpeaksInWordsWithoutTheServersWarnings) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("g.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), file}).exitCode, 0);
    const QString shared = addressFor(*cluster, TestCluster::admin, "cli_grant");
    ASSERT_EQ(runCli({QStringLiteral("push"), file, shared}).exitCode, 0);
    const auto grant = [&](const char* level, const char* lang) {
        return runCli({QStringLiteral("grant"), shared, QStringLiteral("trainer"), QString::fromLatin1(level),
                       QStringLiteral("--lang"), QString::fromLatin1(lang)});
    };
    // Each step a user may take, including those that change nothing (the server would warn on a REVOKE
    // of a role the login does not hold, and note a GRANT of one it holds)
    const struct {
        const char* level;
        const char* lang;
        const char* says;
    } steps[] = {
        {"none", "en", "trainer had no access to the project cli_grant; nothing changed."},
        {"viewer", "en", "trainer may now read the project cli_grant."},
        {"viewer", "en", "trainer already may read the project cli_grant; nothing changed."},
        {"editor", "en", "trainer may now change the project cli_grant."},
        {"editor", "zh_CN", "trainer 已可修改项目 cli_grant，未作更改。"},
        {"none", "zh_CN", "trainer 不再能使用项目 cli_grant。"},
    };
    for (const auto& step : steps) {
        SCOPED_TRACE(std::string(step.level) + " " + step.lang);
        const CliRun run = grant(step.level, step.lang);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.out.trimmed(), QString::fromUtf8(step.says)) << run.out.toStdString();
        // Then no raw server line reaches the user
        EXPECT_EQ(run.err, QString()) << run.err.toStdString();
        EXPECT_FALSE(run.out.contains(QStringLiteral("WARNING")) ||
                     run.out.contains(QStringLiteral("NOTICE")));
    }
    EXPECT_EQ(
        cluster->adminQuery("SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
                            "WHERE u.rolname = 'trainer' AND m.roleid::regrole::text LIKE 'cli_grant_%'"),
        "0");
}

TEST(ServerCommands, aPgServiceNameWorksAsAnAddress) {
    JIESHUI_REQUIRE_CLUSTER(cluster);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), file}).exitCode, 0);
    // Given a pg_service.conf that names the cluster as "bureau" (the password still comes from PGPASSFILE)
    const QString serviceFile = dir.filePath(QStringLiteral("pg_service.conf"));
    QFile f(serviceFile);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("[bureau]\nhost=%1\nport=%2\ndbname=jieshui\nuser=%3\n")
                .arg(QString::fromStdString(cluster->socketDirectory()))
                .arg(cluster->port())
                .arg(QString::fromLatin1(TestCluster::admin))
                .toUtf8());
    f.close();
    const QByteArray previous = qgetenv("PGSERVICEFILE");
    const bool hadPrevious = qEnvironmentVariableIsSet("PGSERVICEFILE");
    qputenv("PGSERVICEFILE", serviceFile.toLocal8Bit());
    const QString shared = QStringLiteral("postgresql://?service=bureau&schema=cli_service");
    // When a project is pushed, read and pulled through the service's name
    const CliRun push =
        runCli({QStringLiteral("push"), file, shared, QStringLiteral("--lang"), QStringLiteral("en")});
    const CliRun info =
        runCli({QStringLiteral("info"), shared, QStringLiteral("--lang"), QStringLiteral("en")});
    const QString pulled = dir.filePath(QStringLiteral("pulled.gpkg"));
    const CliRun pull =
        runCli({QStringLiteral("pull"), shared, pulled, QStringLiteral("--lang"), QStringLiteral("en")});
    const CliRun unknown =
        runCli({QStringLiteral("info"), QStringLiteral("postgresql://?service=nobody&schema=cli_service"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    if (hadPrevious)
        qputenv("PGSERVICEFILE", previous);
    else
        qunsetenv("PGSERVICEFILE");
    // Then each works as with a full address, and the project really is on the cluster
    EXPECT_EQ(push.exitCode, 0) << push.err.toStdString();
    EXPECT_EQ(info.exitCode, 0) << info.err.toStdString();
    EXPECT_TRUE(info.out.contains(QStringLiteral("county 4"))) << info.out.toStdString();
    EXPECT_EQ(pull.exitCode, 0) << pull.err.toStdString();
    EXPECT_TRUE(QFile::exists(pulled));
    EXPECT_EQ(cluster->adminQuery("SELECT count(*) FROM cli_service.regions WHERE kind = 'county'"), "4");
    // And a service the file lacks is a clear refusal naming it
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("nobody"))) << unknown.err.toStdString();
}
