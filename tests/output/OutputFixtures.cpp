// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFixtures.h"

#include "store/EmbeddedProject.h"

#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

namespace jieshui::output::test {

std::unique_ptr<Qinzhou> Qinzhou::load() {
    auto data = store::EmbeddedProject::qinzhou();
    if (data.hasError())
        return nullptr;
    auto q = std::make_unique<Qinzhou>();
    q->project = std::move(data).value();
    q->service = std::make_unique<core::EvaluationService>(q->project.dataset, q->project.scenarios,
                                                           q->project.allocations);
    return q;
}

core::ScenarioResult Qinzhou::evaluate(const std::string& scenario) const {
    auto result = service->evaluate(scenario);
    EXPECT_TRUE(result.isOk()) << result.error().toString();
    return std::move(result).value();
}

core::ReportTable sampleTable(const std::string& title) {
    core::ReportTable table;
    table.title = title;
    table.columns = {{.header = "地区", .unit = {}, .decimals = -1, .isText = true},
                     {.header = "用水总量", .unit = "亿m³", .decimals = 2},
                     {.header = "年份", .unit = {}, .decimals = 0},
                     {.header = "评价", .unit = {}, .decimals = -1, .isText = true}};
    table.rows = {{std::string("钦南区"), 4.5312, 2020.0, std::string("达标")},
                  {std::string("灵山县, 东部"), -0.001, 2020.0, std::string("未达标")},
                  {std::string("浦北县"), std::monostate{}, 2020.0, std::string("无数据")}};
    table.notes = {"数据来源：钦州市水资源公报；“估算”为估算值"};
    return table;
}

QString pdfText(const QString& pdf) {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace jieshui::output::test
