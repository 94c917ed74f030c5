// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

TEST(EvaluateCommand, printsAVerdictForEvery2020And2022TargetOfTheEmbeddedProject) {
    // When the embedded Qinzhou project is evaluated as JSON
    const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_FALSE(rows.isEmpty()) << run.out.toStdString();
    // Then every main 2020/2022 target has a verdict from observed data, and the 2035 cap one from the
    // projection
    QSet<QString> judged;
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        const int year = row[QStringLiteral("year")].toInt();
        const QString indicator = row[QStringLiteral("indicator_id")].toString();
        if (indicator == QLatin1String("task-milestone"))
            continue;
        if (year == 2020 || year == 2022 || year == 2035) {
            EXPECT_NE(row[QStringLiteral("status_id")].toString(), QStringLiteral("no-data"))
                << indicator.toStdString() << " " << year << ": "
                << row[QStringLiteral("explanation")].toString().toStdString();
            judged.insert(indicator + QLatin1Char('@') + QString::number(year));
        }
        if (year == 2035) {
            EXPECT_EQ(row[QStringLiteral("provenance_id")].toString(), QStringLiteral("projected"));
        }
    }
    for (const char* expected :
         {"water-per-gdp-reduction@2020", "water-per-iva-reduction@2020", "industrial-reuse-rate@2020",
          "irrigation-coefficient@2020", "leakage-rate@2020", "water-per-gdp-reduction@2022",
          "water-per-iva-reduction@2022", "irrigation-coefficient@2022"}) {
        EXPECT_TRUE(judged.contains(QString::fromLatin1(expected))) << expected;
    }
}

TEST(EvaluateCommand, textOutputIsChineseAndAligned) {
    const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2020"),
                               QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("农田灌溉水有效利用系数"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("钦州市")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("达标")) || run.out.contains(QStringLiteral("未达标")) ||
                run.out.contains(QStringLiteral("临界")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("2022")));
}

TEST(EvaluateCommand, csvOutFileStartsWithABomForExcel) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scorecard.csv"));
    const CliRun run =
        runCli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--out"), path, QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(QString::fromUtf8(bytes).contains(QStringLiteral("钦州市")));
}

TEST(EvaluateCommand, badUsageExitsWithTwoAndAMissingProjectWithOne) {
    EXPECT_EQ(
        runCli({QStringLiteral("evaluate"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("soon")}).exitCode,
              2);
    EXPECT_EQ(runCli({QStringLiteral("no-such-command")}).exitCode, 2);
    const CliRun missing = runCli({QStringLiteral("evaluate"), QStringLiteral("/nonexistent/p.gpkg")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
    const CliRun unknownScenario = runCli(
        {QStringLiteral("evaluate"), QStringLiteral("--scenario"), QStringLiteral("no-such-scenario")});
    EXPECT_EQ(unknownScenario.exitCode, 1);
    EXPECT_TRUE(unknownScenario.err.contains(QStringLiteral("no-such-scenario")));
}

namespace {

/** Runs tests/cli/validate_json_schema.py on @p instance: exit code and what it printed. */
std::pair<int, QString> validate(const QString& instance) {
    QProcess process;
    process.start(QStringLiteral("python3"),
                  {QStringLiteral(JIESHUI_SOURCE_DIR "/tests/cli/validate_json_schema.py"),
                   QStringLiteral(JIESHUI_SOURCE_DIR "/docs/evaluate.schema.json"), instance});
    if (!process.waitForFinished(60000))
        return {-1, QStringLiteral("python3 did not finish")};
    return {process.exitCode(),
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

} // namespace

TEST(EvaluateCommand, jsonWithCountiesValidatesAgainstItsSchemaAndABrokenRowDoesNot) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evaluate.json"));
    // When every scenario's evaluation with county rows is written as JSON, in both languages
    for (const char* scenario : {"baseline", "strict-saving", "high-growth"}) {
        for (const char* language : {"zh", "en"}) {
            const CliRun run = runCli(
                {QStringLiteral("evaluate"), QStringLiteral("--counties"), QStringLiteral("--scenario"),
                 QString::fromLatin1(scenario), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--out"), path, QStringLiteral("--lang"), QString::fromLatin1(language)});
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
            // Then the document is valid against docs/evaluate.schema.json
            const auto [code, output] = validate(path);
            ASSERT_EQ(code, 0) << scenario << " " << language << ": " << output.toStdString();
        }
    }
    // And the county rows are there, with numbers as numbers
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    int counties = 0;
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        if (row[QStringLiteral("region_kind")].toString() == QLatin1String("county"))
            ++counties;
        EXPECT_TRUE(row[QStringLiteral("target")].isDouble());
    }
    EXPECT_GT(counties, 20);

    // When a row's value is a display string, as the old output had it, the validator refuses it
    QJsonObject broken = rows.first().toObject();
    broken[QStringLiteral("value")] = QStringLiteral("37.4");
    broken.remove(QStringLiteral("unit"));
    rows[0] = broken;
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(rows).toJson());
    file.close();
    const auto [code, output] = validate(path);
    EXPECT_EQ(code, 1) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("unit"))) << output.toStdString();
}

TEST(EvaluateCommand, jsonWithUncertaintyValidatesAgainstItsSchema) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("uncertain.json"));
    // When the evaluation with Monte Carlo fields is written as JSON, in both languages
    for (const char* language : {"zh", "en"}) {
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--uncertainty"), QStringLiteral("--draws"),
                    QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("1"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), path,
                    QStringLiteral("--lang"), QString::fromLatin1(language)});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        // Then every uncertainty field is declared in docs/evaluate.schema.json and the document is valid
        const auto [code, output] = validate(path);
        ASSERT_EQ(code, 0) << language << ": " << output.toStdString();
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonArray rows = QJsonDocument::fromJson(file.readAll()).array();
    file.close();
    ASSERT_FALSE(rows.isEmpty());
    bool withInputs = false;
    for (const auto& v : rows) {
        const QJsonObject row = v.toObject();
        EXPECT_EQ(row[QStringLiteral("draws")].toInt(), 200);
        EXPECT_TRUE(row.contains(QStringLiteral("p_met")));
        withInputs = withInputs || !row[QStringLiteral("top_inputs")].toArray().isEmpty();
    }
    EXPECT_TRUE(withInputs);
    // And an undeclared field in an input's entry is still refused
    QJsonObject row = rows.first().toObject();
    row[QStringLiteral("p_met")] = QStringLiteral("40 %");
    rows[0] = row;
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(rows).toJson());
    file.close();
    EXPECT_EQ(validate(path).first, 1);
}

TEST(EvaluateCommand, uncertaintyCsvIsTheSameForTheSameSeedAndDiffersForAnother) {
    const auto csv = [](const char* seed) {
        const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--uncertainty"),
                                   QStringLiteral("--draws"), QStringLiteral("200"), QStringLiteral("--seed"),
                                   QString::fromLatin1(seed), QStringLiteral("--format"),
                                   QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("en")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.out;
    };
    const QString first = csv("1");
    ASSERT_TRUE(first.contains(QStringLiteral("p_met"))) << first.toStdString();
    // The same seed gives the same CSV, byte for byte
    EXPECT_EQ(csv("1"), first);
    // Another seed draws other samples: the output differs, and not only in its seed column — the
    // percentiles themselves move
    EXPECT_NE(csv("2"), first);
    const auto lowPercentiles = [](const char* seed) {
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--uncertainty"), QStringLiteral("--draws"),
                    QStringLiteral("200"), QStringLiteral("--seed"), QString::fromLatin1(seed),
                    QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        QStringList out;
        for (const auto& v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            out << QString::number(v.toObject()[QStringLiteral("value_p05_base")].toDouble(), 'g', 17);
        return out;
    };
    EXPECT_NE(lowPercentiles("1"), lowPercentiles("2"));
}

TEST(EvaluateCommand, csvHasTheJsonFieldsWithNumbersAtFullPrecision) {
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("e.csv"));
    const QString jsonPath = dir.filePath(QStringLiteral("e.json"));
    for (const auto& [format, path] : {std::pair{"csv", csvPath}, std::pair{"json", jsonPath}}) {
        const CliRun run =
            runCli({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2022"),
                    QStringLiteral("--counties"), QStringLiteral("--format"), QString::fromLatin1(format),
                    QStringLiteral("--out"), path});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    QFile csvFile(csvPath);
    QFile jsonFile(jsonPath);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly) && jsonFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll().mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QJsonArray rows = QJsonDocument::fromJson(jsonFile.readAll()).array();
    ASSERT_EQ(lines.size(), rows.size() + 1);
    const QStringList header = lines[0].split(QLatin1Char(','));
    // The CSV's columns are the JSON's fields, in the schema's order
    QStringList fields = rows.first().toObject().keys();
    EXPECT_EQ(QSet<QString>(header.begin(), header.end()), QSet<QString>(fields.begin(), fields.end()));
    EXPECT_EQ(header.first(), QStringLiteral("target_id"));
    const int valueColumn = static_cast<int>(header.indexOf(QStringLiteral("value_base")));
    const int unitColumn = static_cast<int>(header.indexOf(QStringLiteral("unit")));
    // And each number is the JSON's, exactly (no rounding for display); the unit is never empty
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows[i].toObject();
        // Split on commas outside quotes (names and explanations may hold commas)
        QStringList cells;
        QString cell;
        bool quoted = false;
        for (const QChar c : lines[i + 1]) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted) {
                cells << cell;
                cell.clear();
            } else
                cell += c;
        }
        cells << cell;
        ASSERT_EQ(cells.size(), header.size()) << lines[i + 1].toStdString();
        EXPECT_FALSE(cells[unitColumn].isEmpty());
        if (row[QStringLiteral("value_base")].isDouble()) {
            EXPECT_EQ(cells[valueColumn].toDouble(), row[QStringLiteral("value_base")].toDouble());
        } else {
            EXPECT_TRUE(cells[valueColumn].isEmpty());
        }
    }
}

TEST(EvaluateCommand, aCapsCountyRowsNameTheScopeTheCityRowIsJudgedIn) {
    // A total-use cap is judged in the assessment scope (考核口径), for the city and for each county's quota
    const CliRun run = runCli({QStringLiteral("evaluate"), QStringLiteral("--year"), QStringLiteral("2022"),
                               QStringLiteral("--counties"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--lang"), QStringLiteral("zh")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    int caps = 0;
    for (const QJsonValue& v : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
        const QJsonObject row = v.toObject();
        if (row.value(QStringLiteral("indicator_id")).toString() != QLatin1String("total-water-use"))
            continue;
        ++caps;
        EXPECT_EQ(row.value(QStringLiteral("indicator")).toString(), QStringLiteral("用水总量（考核口径）"))
            << row.value(QStringLiteral("region_code")).toString().toStdString();
    }
    EXPECT_EQ(caps, 5); // the city and its four counties
}
