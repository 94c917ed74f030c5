// SPDX-License-Identifier: GPL-3.0-or-later
// jieshui-cli allocate, run as a user runs it, checked against the engine computed here.
#include "CliRunner.h"
#include "engine/Evaluator.h"
#include "report/EvaluationService.h"
#include "store/ProjectFile.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace jieshui;

namespace {

store::ProjectData load(const QString& path) {
    auto file = store::ProjectFile::open(path.toStdString(), store::OpenMode::ReadOnly);
    EXPECT_TRUE(file.isOk());
    auto data = file.value().load();
    EXPECT_TRUE(data.isOk());
    return std::move(data).value();
}

QByteArray hashOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

TEST(AllocateCommand, splitsThePlansCapByBaseYearUseAndSavesItAsTheScenariosOwn) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    // When strict-saving's 2035 cap (the plan's 16.95 亿m³) is split by the 2015 shares of use
    const CliRun run = runCli(
        {QStringLiteral("allocate"), project, QStringLiteral("--scenario"), QStringLiteral("strict-saving"),
         QStringLiteral("--year"), QStringLiteral("2035"), QStringLiteral("--method"),
         QStringLiteral("base-year-share"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_DOUBLE_EQ(out[QStringLiteral("cap_m3")].toDouble(), 16.95e8);
    EXPECT_DOUBLE_EQ(out[QStringLiteral("remainder_m3")].toDouble(), 0.0);
    const QJsonArray counties = out[QStringLiteral("counties")].toArray();
    ASSERT_EQ(counties.size(), 4);

    // Then each quota is the cap × the county's 2015 share of the use, computed here by the engine, to
    // the 1 万m³ the split rounds to; the quotas add up to the cap exactly
    const store::ProjectData data = load(project);
    const core::Evaluator engine(data.dataset);
    double total2015 = 0.0;
    std::vector<double> use2015;
    for (const QJsonValue& c : counties) {
        auto v = engine.compute(core::Indicator::TotalWaterUse,
                                c.toObject()[QStringLiteral("region_code")].toString().toStdString(), 2015);
        ASSERT_TRUE(v.isOk()) << v.error().toString();
        use2015.push_back(v.value().value);
        total2015 += v.value().value;
    }
    double sum = 0.0;
    for (qsizetype i = 0; i < counties.size(); ++i) {
        const double quota = counties[i].toObject()[QStringLiteral("quota_m3")].toDouble();
        EXPECT_NEAR(quota, 16.95e8 * use2015[std::size_t(i)] / total2015, 1e4);
        sum += quota;
    }
    EXPECT_DOUBLE_EQ(sum, 16.95e8);

    // And the split is strict-saving's own now (the baseline keeps its own), and every county's use and
    // verdict are those of the pipeline with it
    const core::EvaluationService service(data.dataset, data.scenarios, data.allocations);
    const core::Allocation* own = service.allocationFor("strict-saving", 2035);
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->scenario, "strict-saving");
    EXPECT_EQ(service.allocationFor("baseline", 2035)->scenario, "baseline");
    auto result = service.evaluate("strict-saving");
    ASSERT_TRUE(result.isOk());
    for (const QJsonValue& c : counties) {
        const QJsonObject row = c.toObject();
        const auto verdict =
            result.value().regionVerdict(core::Indicator::TotalWaterUse,
                                         row[QStringLiteral("region_code")].toString().toStdString(), 2035);
        ASSERT_TRUE(verdict.has_value());
        EXPECT_EQ(row[QStringLiteral("status_id")].toString(),
                  QString::fromLatin1(core::verdictStatusId(verdict->status)));
        EXPECT_NEAR(row[QStringLiteral("use_m3")].toDouble(), verdict->value->value, 1.0);
    }
}

TEST(AllocateCommand, manualQuotasShowTheRemainderAndBadInputChangesNothing) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    // When two of four counties get typed quotas of a typed 16.53 亿m³ cap, in two units
    const CliRun run =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--cap"),
                QStringLiteral("16.53亿m³"), QStringLiteral("--method"), QStringLiteral("manual"),
                QStringLiteral("--set"), QStringLiteral("450702=4.8亿m³"), QStringLiteral("--set"),
                QStringLiteral("450703=35000万m³"), QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Then the table shows the typed quotas and the remainder 16.53 − 4.8 − 3.5 = 8.23 亿m³, never spread
    EXPECT_TRUE(run.out.contains(QStringLiteral("4.8000"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("3.5000"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("+8.2300"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("钦南区")));
    const store::ProjectData data = load(project);
    const core::Allocation* own = nullptr;
    for (const core::Allocation& a : data.allocations)
        if (a.scenario == "baseline" && a.year == 2022)
            own = &a;
    ASSERT_NE(own, nullptr);
    EXPECT_EQ(own->method, core::AllocationMethod::Manual);
    EXPECT_NEAR(own->remainder, 8.23e8, 1.0);

    // When a quota names a city that is not a county, or a cap has no unit the parser knows
    const QByteArray before = hashOf(project);
    const CliRun bad =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--method"),
                QStringLiteral("manual"), QStringLiteral("--set"), QStringLiteral("450700=1亿m³"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("450702"))) << bad.err.toStdString();
    const CliRun badCap =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                QStringLiteral("--year"), QStringLiteral("2030"), QStringLiteral("--cap"),
                QStringLiteral("16亿桶"), QStringLiteral("--method"), QStringLiteral("gdp-share")});
    EXPECT_EQ(badCap.exitCode, 1);
    // A year without a plan cap needs --cap
    const CliRun noCap =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                QStringLiteral("--year"), QStringLiteral("2030"), QStringLiteral("--method"),
                QStringLiteral("gdp-share"), QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(noCap.exitCode, 1);
    EXPECT_TRUE(noCap.err.contains(QStringLiteral("--cap"))) << noCap.err.toStdString();
    // Then nothing changed; and a dry run changes nothing either
    EXPECT_EQ(hashOf(project), before);
    EXPECT_EQ(runCli({QStringLiteral("allocate"), project, QStringLiteral("--year"), QStringLiteral("2035"),
                      QStringLiteral("--method"), QStringLiteral("gdp-share"), QStringLiteral("--dry-run")})
                  .exitCode,
              0);
    EXPECT_EQ(hashOf(project), before);
}

TEST(AllocateCommand, aManualSplitGivesCountiesNotTypedNoQuotaAndNamesTheMethodInWords) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    // When only 钦南区 gets a typed quota of the 16.53 亿m³ cap
    const CliRun run =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"), QStringLiteral("baseline"),
                QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--cap"),
                QStringLiteral("16.53亿m³"), QStringLiteral("--method"), QStringLiteral("manual"),
                QStringLiteral("--set"), QStringLiteral("450702=4.8亿m³"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject out = QJsonDocument::fromJson(run.out.toUtf8()).object();
    // Then the three counties not named have no quota (judged "no quota allocated"), not a quota of 0
    const QJsonArray counties = out[QStringLiteral("counties")].toArray();
    ASSERT_EQ(counties.size(), 4);
    int withoutQuota = 0;
    for (const QJsonValue& c : counties) {
        const QJsonObject row = c.toObject();
        if (row[QStringLiteral("region_code")].toString() == QLatin1String("450702")) {
            EXPECT_DOUBLE_EQ(row[QStringLiteral("quota_m3")].toDouble(), 4.8e8);
            EXPECT_TRUE(row[QStringLiteral("manual")].toBool());
            continue;
        }
        ++withoutQuota;
        EXPECT_FALSE(row.contains(QStringLiteral("quota_m3")))
            << row[QStringLiteral("region_code")].toString().toStdString();
        EXPECT_FALSE(row[QStringLiteral("manual")].toBool());
        EXPECT_EQ(row[QStringLiteral("status_id")].toString(), QStringLiteral("no-quota"));
    }
    EXPECT_EQ(withoutQuota, 3);
    // And the remainder (cap − Σ quotas) stays shown, never spread
    EXPECT_NEAR(out[QStringLiteral("remainder_m3")].toDouble(), 16.53e8 - 4.8e8, 1.0);
    EXPECT_EQ(out[QStringLiteral("method_name")].toString(), QStringLiteral("手工输入"));
    // And the saved split holds the one typed share only, so evaluate judges the others as unallocated
    const store::ProjectData data = load(project);
    const core::Allocation* own = nullptr;
    for (const core::Allocation& a : data.allocations)
        if (a.scenario == "baseline" && a.year == 2022)
            own = &a;
    ASSERT_NE(own, nullptr);
    ASSERT_EQ(own->shares.size(), 1u);
    EXPECT_EQ(own->shares[0].regionCode, "450702");

    // When the split is made by a method, the method is named in the reader's words, never by its id
    const CliRun zh =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"),
                QStringLiteral("strict-saving"), QStringLiteral("--year"), QStringLiteral("2035"),
                QStringLiteral("--method"), QStringLiteral("base-year-share"), QStringLiteral("--dry-run"),
                QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(zh.exitCode, 0) << zh.err.toStdString();
    EXPECT_TRUE(zh.out.contains(QStringLiteral("按基准年用水比例"))) << zh.out.toStdString();
    EXPECT_FALSE(zh.out.contains(QStringLiteral("base-year-share"))) << zh.out.toStdString();
    const CliRun en =
        runCli({QStringLiteral("allocate"), project, QStringLiteral("--scenario"),
                QStringLiteral("strict-saving"), QStringLiteral("--year"), QStringLiteral("2035"),
                QStringLiteral("--method"), QStringLiteral("equal-intensity"), QStringLiteral("--dry-run"),
                QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(en.exitCode, 0) << en.err.toStdString();
    EXPECT_TRUE(en.out.contains(QStringLiteral("Equal intensity reduction"))) << en.out.toStdString();
    EXPECT_FALSE(en.out.contains(QStringLiteral("equal-intensity"))) << en.out.toStdString();
}

TEST(AllocateCommand, aBadVolumeIsRefusedInTheUsersLanguage) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    const auto allocate = [&](const QString& cap, const QString& pin, const char* language) {
        return runCli({QStringLiteral("allocate"), project, QStringLiteral("--year"), QStringLiteral("2022"),
                       QStringLiteral("--cap"), cap, QStringLiteral("--method"), QStringLiteral("manual"),
                       QStringLiteral("--set"), pin, QStringLiteral("--lang"),
                       QString::fromLatin1(language)});
    };
    const QByteArray before = hashOf(project);
    // A negative quota, a cap that is not a number and a cap in barrels, each refused in Chinese
    const CliRun negative = allocate(QStringLiteral("16.53亿m³"), QStringLiteral("450702=-1亿m³"), "zh");
    EXPECT_EQ(negative.exitCode, 1);
    EXPECT_TRUE(negative.err.contains(QStringLiteral("水量不能为负"))) << negative.err.toStdString();
    EXPECT_FALSE(negative.err.contains(QStringLiteral("cannot be negative"))) << negative.err.toStdString();
    const CliRun notNumber = allocate(QStringLiteral("很多"), QStringLiteral("450702=1亿m³"), "zh");
    EXPECT_EQ(notNumber.exitCode, 1);
    EXPECT_TRUE(notNumber.err.contains(QStringLiteral("不是有效的水量"))) << notNumber.err.toStdString();
    const CliRun barrels = allocate(QStringLiteral("16亿桶"), QStringLiteral("450702=1亿m³"), "zh");
    EXPECT_EQ(barrels.exitCode, 1);
    EXPECT_TRUE(barrels.err.contains(QStringLiteral("水量单位"))) << barrels.err.toStdString();
    // And in English the same refusal is English; nothing was saved
    const CliRun english = allocate(QStringLiteral("16.53亿m³"), QStringLiteral("450702=-1亿m³"), "en");
    EXPECT_TRUE(english.err.contains(QStringLiteral("a volume cannot be negative: '-1亿m³'")))
        << english.err.toStdString();
    EXPECT_EQ(hashOf(project), before);
}

TEST(AllocateCommand, theAllocatorsRefusalsAreSaidInChineseUnderLangZh) {
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("q.gpkg"));
    ASSERT_EQ(runCli({QStringLiteral("new"), project}).exitCode, 0);
    const auto allocate = [&](const char* language) {
        // Pinned quotas that add up to more than the cap: the QuotaAllocator refuses
        return runCli({QStringLiteral("allocate"), project, QStringLiteral("--year"), QStringLiteral("2022"),
                       QStringLiteral("--cap"), QStringLiteral("1亿m³"), QStringLiteral("--method"),
                       QStringLiteral("base-year-share"), QStringLiteral("--set"),
                       QStringLiteral("450702=2亿m³"), QStringLiteral("--dry-run"), QStringLiteral("--lang"),
                       QString::fromLatin1(language)});
    };
    const CliRun zh = allocate("zh");
    EXPECT_EQ(zh.exitCode, 1);
    // Then the message and its location are Chinese, with no English words of the allocator's
    EXPECT_TRUE(zh.err.contains(QStringLiteral("人工指定的份额之和超过总量控制指标")))
        << zh.err.toStdString();
    EXPECT_TRUE(zh.err.contains(QStringLiteral("2022年"))) << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("pinned"))) << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("region "))) << zh.err.toStdString();
    EXPECT_FALSE(zh.err.contains(QStringLiteral("year "))) << zh.err.toStdString();
    // And in English the same refusal is the allocator's English
    const CliRun en = allocate("en");
    EXPECT_EQ(en.exitCode, 1);
    EXPECT_TRUE(en.err.contains(QStringLiteral("the pinned shares add up to more than the cap")))
        << en.err.toStdString();
}
