// SPDX-License-Identifier: GPL-3.0-or-later
// jieshui-cli scenario, run as a user runs it, checked against the project file read back and the engine.
#include "CliRunner.h"
#include "report/EvaluationService.h"
#include "store/ProjectFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace jieshui;

namespace {

QByteArray hashOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

store::ProjectData load(const QString& path) {
    auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadOnly);
    EXPECT_TRUE(file.isOk());
    auto data = file.value().load();
    EXPECT_TRUE(data.isOk());
    return std::move(data).value();
}

const core::Scenario* find(const store::ProjectData& data, const std::string& id) {
    for (const core::Scenario& s : data.scenarios)
        if (s.name == id)
            return &s;
    return nullptr;
}

class ScenarioCommand : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        project = dir.filePath(QStringLiteral("q.gpkg"));
        ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    }
    CliRun cli(QStringList arguments) {
        arguments.prepend(QStringLiteral("scenario"));
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        return runCli(arguments);
    }
    QTemporaryDir dir;
    QString project;
};

} // namespace

TEST_F(ScenarioCommand, createsSetsUnsetsAndDeletesAScenarioThatTheEngineThenProjects) {
    // When a child of strict-saving is created with names, and two values are set in display units
    CliRun run = cli({QStringLiteral("create"), project, QStringLiteral("tight"), QStringLiteral("--parent"),
                      QStringLiteral("strict-saving"), QStringLiteral("--name-zh"),
                      QStringLiteral("更严情景"), QStringLiteral("--name-en"), QStringLiteral("Tighter")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Created “Tighter” (tight)"))) << run.out.toStdString();
    run = cli({QStringLiteral("set"), project, QStringLiteral("tight"), QStringLiteral("gdp-real-growth=5.5"),
               QStringLiteral("leakage-rate=7%"), QStringLiteral("--region"), QStringLiteral("450702"),
               QStringLiteral("--from"), QStringLiteral("2025")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Then the file holds them as fractions, keyed by region and first year, and the id never shows up as
    // a name
    store::ProjectData data = load(project);
    const core::Scenario* tight = find(data, "tight");
    ASSERT_NE(tight, nullptr);
    EXPECT_EQ(tight->parent, "strict-saving");
    EXPECT_EQ(core::scenarioDisplayName(*tight, true), "更严情景");
    ASSERT_EQ(tight->overrides.size(), 2u);
    EXPECT_EQ(tight->overrides[0].driver, core::Driver::GdpRealGrowth);
    EXPECT_DOUBLE_EQ(tight->overrides[0].value, 0.055);
    EXPECT_EQ(tight->overrides[0].regionCode, "450702");
    EXPECT_EQ(tight->overrides[0].fromYear, 2025);
    EXPECT_DOUBLE_EQ(tight->overrides[1].value, 0.07);
    // And the engine resolves the new value for 钦南区 from 2025, inherits strict-saving's elsewhere
    const core::EvaluationService service(data.dataset, data.scenarios, data.allocations);
    auto origin = service.driverOrigin("tight", "450702", core::Driver::GdpRealGrowth, 2026);
    ASSERT_TRUE(origin.isOk()) << origin.error().toString();
    EXPECT_DOUBLE_EQ(origin.value().value, 0.055);
    EXPECT_EQ(origin.value().scenario, "tight");
    EXPECT_EQ(service.driverOrigin("tight", "450703", core::Driver::LeakageRate, 2030).value().scenario,
              "strict-saving");
    // And the stored results were recomputed with it: the new scenario has its rows
    EXPECT_TRUE(std::any_of(data.results.begin(), data.results.end(),
                            [](const store::ResultRow& r) { return r.scenario == "tight"; }));

    // When one value is set again, it keeps its place; when one is unset it goes
    ASSERT_EQ(cli({QStringLiteral("set"), project, QStringLiteral("tight"),
                   QStringLiteral("gdp-real-growth=6"), QStringLiteral("--region"), QStringLiteral("450702"),
                   QStringLiteral("--from"), QStringLiteral("2025")})
                  .exitCode,
              0);
    EXPECT_DOUBLE_EQ(find(load(project), "tight")->overrides[0].value, 0.06);
    ASSERT_EQ(cli({QStringLiteral("unset"), project, QStringLiteral("tight"), QStringLiteral("leakage-rate"),
                   QStringLiteral("--region"), QStringLiteral("450702"), QStringLiteral("--from"),
                   QStringLiteral("2025")})
                  .exitCode,
              0);
    EXPECT_EQ(find(load(project), "tight")->overrides.size(), 1u);

    // When strict-saving is deleted while "tight" inherits from it, it is refused with the reason
    const QByteArray before = hashOf(project);
    run = cli({QStringLiteral("delete"), project, QStringLiteral("strict-saving")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("cannot be deleted while other scenarios inherit from it: "
                                                "“Tighter” (tight)")))
        << run.err.toStdString();
    EXPECT_EQ(hashOf(project), before);
    // And the leaf can be deleted
    ASSERT_EQ(cli({QStringLiteral("delete"), project, QStringLiteral("tight")}).exitCode, 0);
    EXPECT_EQ(find(load(project), "tight"), nullptr);
}

TEST_F(ScenarioCommand, refusesAValueOutsideItsRangeWithTheRangeAndChangesNothing) {
    const QByteArray before = hashOf(project);
    // When a good value and a growth of −60 %/yr are set in one call
    const CliRun run = cli({QStringLiteral("set"), project, QStringLiteral("high-growth"),
                            QStringLiteral("gdp-real-growth=8"), QStringLiteral("iva-real-growth=-60")});
    // Then it exits 1 with the driver, its range and the value, and the file is byte-identical (all or
    // nothing)
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("Real industrial value added growth must lie in [−50, 100] %/yr; −60.0 is outside")))
        << run.err.toStdString();
    EXPECT_EQ(hashOf(project), before);
    // And the coefficient's range excludes 0; a percent sign is refused for it; unknown drivers are usage
    EXPECT_EQ(cli({QStringLiteral("set"), project, QStringLiteral("baseline"),
                   QStringLiteral("irrigation-coefficient=0")})
                  .exitCode,
              1);
    EXPECT_EQ(cli({QStringLiteral("set"), project, QStringLiteral("baseline"),
                   QStringLiteral("irrigation-coefficient=55%")})
                  .exitCode,
              1);
    EXPECT_EQ(
        cli({QStringLiteral("set"), project, QStringLiteral("baseline"), QStringLiteral("speed=3")}).exitCode,
        2);
    // And a bad id, an unknown parent and an unknown region are refused with their reasons
    CliRun bad = cli({QStringLiteral("create"), project, QStringLiteral("严格"), QStringLiteral("--parent"),
                      QStringLiteral("baseline")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("cannot be a scenario id"))) << bad.err.toStdString();
    bad = cli({QStringLiteral("create"), project, QStringLiteral("x"), QStringLiteral("--parent"),
               QStringLiteral("nope")});
    EXPECT_TRUE(bad.err.contains(QStringLiteral("The parent “nope” is not a scenario")))
        << bad.err.toStdString();
    bad = cli({QStringLiteral("set"), project, QStringLiteral("baseline"),
               QStringLiteral("gdp-real-growth=5"), QStringLiteral("--region"), QStringLiteral("999999")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("neither the city nor one of its counties")))
        << bad.err.toStdString();
    EXPECT_EQ(hashOf(project), before);
}

TEST_F(ScenarioCommand, listsTheInheritanceTreeAsTextAndJson) {
    ASSERT_EQ(cli({QStringLiteral("create"), project, QStringLiteral("copy"), QStringLiteral("--copy-of"),
                   QStringLiteral("high-growth")})
                  .exitCode,
              0);
    const CliRun json =
        cli({QStringLiteral("list"), project, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    ASSERT_EQ(rows.size(), 4);
    // The copy has its source's parent and overrides
    const QJsonObject copy = rows[3].toObject();
    EXPECT_EQ(copy[QStringLiteral("parent")].toString(), QStringLiteral("baseline"));
    EXPECT_EQ(copy[QStringLiteral("overrides")].toArray().size(),
              rows[2].toObject()[QStringLiteral("overrides")].toArray().size());
    EXPECT_EQ(rows[0].toObject()[QStringLiteral("allocation_years")].toArray().size(), 2);
    // The text tree indents heirs under their parent, by name
    const CliRun text = runCli({QStringLiteral("scenario"), QStringLiteral("list"), project,
                                QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("  严格节水情景"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("基准情景"))) << text.out.toStdString();
}

TEST_F(ScenarioCommand, echoesEachValueWithItsUnitAndRefusesAFractionTypedForAPercent) {
    // When leakage-rate=0.07 is typed (a fraction, most likely meant as 7 %)
    const QByteArray before = hashOf(project);
    CliRun run = cli(
        {QStringLiteral("set"), project, QStringLiteral("high-growth"), QStringLiteral("leakage-rate=0.07")});
    // Then it is refused as ambiguous, saying how to write either meaning, and nothing changes
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Write 7 for 7 %, or 0.07% if you mean 0.07 %")))
        << run.err.toStdString();
    EXPECT_EQ(hashOf(project), before);
    // When it is written with its unit, it is taken as 0.07 % and the confirmation echoes the value and unit
    run = cli({QStringLiteral("set"), project, QStringLiteral("high-growth"),
               QStringLiteral("leakage-rate=0.07%"), QStringLiteral("gdp-real-growth=5.5")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Leakage rate reached by the horizon = 0.07 %")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Real GDP growth = 5.5 %/yr"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("the whole city, every projected year")))
        << run.out.toStdString();
    bool found = false;
    const auto saved = load(project); // kept alive: the loop reads into it
    for (const core::DriverOverride& o : find(saved, "high-growth")->overrides)
        if (o.driver == core::Driver::LeakageRate && o.regionCode == "450700" && o.fromYear == 0) {
            EXPECT_NEAR(o.value, 0.0007, 1e-12);
            found = true;
        }
    EXPECT_TRUE(found);
    // And in Chinese the echo reads 公共供水管网漏损率（末年达到） = 0.07 %
    run = runCli({QStringLiteral("scenario"), QStringLiteral("set"), project, QStringLiteral("high-growth"),
                  QStringLiteral("leakage-rate=0.07%"), QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("公共供水管网漏损率（末年达到） = 0.07 %")))
        << run.out.toStdString();
    // And the coefficient, a bare fraction, is never ambiguous
    EXPECT_EQ(cli({QStringLiteral("set"), project, QStringLiteral("high-growth"),
                   QStringLiteral("irrigation-coefficient=0.55")})
                  .exitCode,
              0);
}

TEST_F(ScenarioCommand, helpShowsEveryDriversUnitAndRange) {
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        const CliRun run =
            runCli({QStringLiteral("scenario"), QStringLiteral("--help"), QStringLiteral("--lang"), lang});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("leakage-rate"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("[0, 100] %"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("[−50, 100] %"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("(0, 1]"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(QStringLiteral("0.07%"))) << run.out.toStdString();
        EXPECT_TRUE(run.out.contains(lang == QLatin1String("zh")
                                         ? QStringLiteral("漏损率")
                                         : QStringLiteral("Leakage rate reached by the horizon")))
            << run.out.toStdString();
    }
}

TEST_F(ScenarioCommand, unsetFindsTheOneMatchingValueAndListsSeveral) {
    // Given a scenario with one leakage value for Qinnan District from 2025 and two GDP values
    ASSERT_EQ(cli({QStringLiteral("create"), project, QStringLiteral("t"), QStringLiteral("--parent"),
                   QStringLiteral("baseline")})
                  .exitCode,
              0);
    ASSERT_EQ(cli({QStringLiteral("set"), project, QStringLiteral("t"), QStringLiteral("leakage-rate=8"),
                   QStringLiteral("gdp-real-growth=5"), QStringLiteral("--region"), QStringLiteral("450702"),
                   QStringLiteral("--from"), QStringLiteral("2025")})
                  .exitCode,
              0);
    ASSERT_EQ(cli({QStringLiteral("set"), project, QStringLiteral("t"), QStringLiteral("gdp-real-growth=4"),
                   QStringLiteral("--from"), QStringLiteral("2030")})
                  .exitCode,
              0);
    ASSERT_EQ(find(load(project), "t")->overrides.size(), 3u);
    // When leakage-rate is unset without --region or --from, the one match goes
    CliRun run = cli({QStringLiteral("unset"), project, QStringLiteral("t"), QStringLiteral("leakage-rate")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Leakage rate reached by the horizon (Qinnan District, from 2025: 8 %)")))
        << run.out.toStdString();
    EXPECT_EQ(find(load(project), "t")->overrides.size(), 2u);
    // When gdp-real-growth is unset with two matches, it is refused with both listed, nothing changes
    const QByteArray before = hashOf(project);
    run = cli({QStringLiteral("unset"), project, QStringLiteral("t"), QStringLiteral("gdp-real-growth")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("Qinnan District, from 2025: 5 %/yr")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("the whole city, from 2030: 4 %/yr")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--all"))) << run.err.toStdString();
    EXPECT_EQ(hashOf(project), before);
    // And --from picks one; --all removes every match
    ASSERT_EQ(cli({QStringLiteral("unset"), project, QStringLiteral("t"), QStringLiteral("gdp-real-growth"),
                   QStringLiteral("--from"), QStringLiteral("2030")})
                  .exitCode,
              0);
    ASSERT_EQ(find(load(project), "t")->overrides.size(), 1u);
    EXPECT_EQ(find(load(project), "t")->overrides[0].regionCode, "450702");
    ASSERT_EQ(cli({QStringLiteral("unset"), project, QStringLiteral("t"), QStringLiteral("gdp-real-growth"),
                   QStringLiteral("--all")})
                  .exitCode,
              0);
    EXPECT_TRUE(find(load(project), "t")->overrides.empty());
}

TEST_F(ScenarioCommand, anUnknownDriverIsNamedWithTheValidOnes) {
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh")}) {
        const CliRun run =
            runCli({QStringLiteral("scenario"), QStringLiteral("set"), project, QStringLiteral("baseline"),
                    QStringLiteral("leak-rate=7"), QStringLiteral("--lang"), lang});
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.err.contains(lang == QLatin1String("zh")
                                         ? QStringLiteral("未知的参数“leak-rate”")
                                         : QStringLiteral("Unknown driver 'leak-rate'")))
            << run.err.toStdString();
        EXPECT_FALSE(run.err.contains(QStringLiteral("参数=值"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("leakage-rate"))) << run.err.toStdString();
        EXPECT_TRUE(run.err.contains(QStringLiteral("[0, 100] %"))) << run.err.toStdString();
    }
}
