// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioComparisonPanel.h"

#include "AllocationEditor.h"
#include "AllocationTableModel.h"
#include "DomainLabels.h"
#include "MainWindow.h"
#include "MapPreview.h"
#include "MapProbe.h"
#include "PlannerActions.h"
#include "ProjectController.h"
#include "ScenarioComparisonModel.h"
#include "ScenarioManager.h"
#include "ScenarioTreeModel.h"
#include "StoreProjectRepository.h"
#include "TableClipboard.h"
#include "model/IndicatorDisplay.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace jieshui;
using namespace jieshui::ui;

TEST(ScenarioComparisonPanel, showsEveryTargetOfTheYearPerScenarioWithDifferencesAndADifferenceMap) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    ScenarioComparisonPanel* panel = window.plannerActions()->comparison();
    const ProjectData& project = window.controller()->project();
    // When baseline, strict saving and high growth are compared in 2035
    panel->compare(QStringLiteral("baseline"),
                   {QStringLiteral("strict-saving"), QStringLiteral("high-growth")}, 2035);
    ScenarioComparisonModel* model = panel->model();
    ASSERT_GT(model->rowCount(), 0);
    ASSERT_EQ(panel->results().size(), 3u);
    // Then each cap value is the core's own projection of that scenario, computed independently here
    const std::vector<std::string> ids{"baseline", "strict-saving", "high-growth"};
    std::vector<core::Dataset> projected;
    for (const std::string& id : ids)
        projected.push_back(uitest::projectIndependently(project, id));
    bool sawCap = false;
    for (int r = 0; r < model->rowCount(); ++r) {
        const core::ComparisonRow& row = model->rows()[std::size_t(r)];
        if (row.target.indicator != core::Indicator::TotalWaterUse)
            continue;
        sawCap = true;
        for (std::size_t k = 0; k < ids.size(); ++k)
            EXPECT_NEAR(*row.cells[k].value, uitest::assessmentUse(projected[k], row.target.regionCode, 2035),
                        1.0)
                << ids[k];
        // And the differences are B − A, shown in the table in the target's unit with a sign
        EXPECT_NEAR(*row.cells[2].difference, *row.cells[2].value - *row.cells[0].value, 1e-6);
        EXPECT_EQ(model->index(r, ScenarioComparisonModel::differenceColumn(2)).data().toString(),
                  QString::fromStdString(core::IndicatorDisplay::formatSigned(core::Indicator::TotalWaterUse,
                                                                              *row.cells[2].difference)) +
                      QStringLiteral(" 亿m³"));
        // And a difference that shows is highlighted
        EXPECT_TRUE(row.differs);
        EXPECT_EQ(model->index(r, ScenarioComparisonModel::differenceColumn(1))
                      .data(Qt::BackgroundRole)
                      .value<QBrush>()
                      .color(),
                  ScenarioComparisonModel::highlightColor());
    }
    EXPECT_TRUE(sawCap);

    // And the difference map of total use (high growth − baseline) has each county's difference in 亿m³, in
    // the assessment scope the cap is judged in (as the map, the chart and the chooser say)
    panel->setMapIndicator(core::Indicator::TotalWaterUse);
    panel->setMapScenario(QStringLiteral("high-growth"));
    const render::MapDocument& map = panel->mapPreview()->document();
    const int counties = map.indexOfRole(geo::LayerRole::Counties);
    ASSERT_GE(counties, 0);
    const render::LayerStyle& style = map.layer(counties).style();
    EXPECT_EQ(style.fillMode, render::FillMode::Graduated);
    const core::Dataset base = uitest::projectIndependently(project, "baseline");
    const core::Dataset high = uitest::projectIndependently(project, "high-growth");
    for (const core::Region* county : project.dataset.regionsOfKind(core::RegionKind::County)) {
        const render::RegionResult* shown = style.graduated.result(QString::fromStdString(county->code));
        ASSERT_NE(shown, nullptr) << county->code;
        const auto assessed = [&](const core::Dataset& d) {
            return core::Evaluator(d)
                       .compute(core::Indicator::TotalWaterUseAssessment, county->code, 2035)
                       .value()
                       .value /
                   1e8;
        };
        EXPECT_NEAR(*shown->value, assessed(high) - assessed(base), 1e-9) << county->code;
    }
    // With its legend and title drawn (the page has a title band)
    EXPECT_FALSE(panel->mapPreview()->decorations().title.isEmpty());
    EXPECT_TRUE(panel->mapPreview()->decorations().legend);

    // And the table copies and exports with every scenario's name
    const QString text = TableClipboard::modelAsText(*model);
    EXPECT_TRUE(text.contains(QStringLiteral("Strict saving"))) << text.toStdString();
    const core::ReportTable table = panel->reportTable();
    EXPECT_EQ(int(table.rows.size()), model->rowCount());
    EXPECT_EQ(table.columns.size(), 5u + 2u + 4u + 4u);
}

namespace {

/** RFC 4180 CSV as CsvWriter writes it (BOM, CRLF), into rows of fields. */
std::vector<QStringList> readCsv(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"'))
                field += c, ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows.push_back(row);
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows.push_back(row << field);
    return rows;
}

} // namespace

TEST(ScenarioComparisonPanel, exportsEachDifferenceAsTheServiceComputesItAndAsTheCliDoes) {
    QSettings().clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    ScenarioComparisonPanel* panel = window.plannerActions()->comparison();
    EXPECT_TRUE(panel->exportButton()->isVisibleTo(panel));
    int checked = 0;
    int relative = 0;
    for (const int year : {2022, 2035}) {
        // When strict saving and high growth are compared with the baseline in 2022 (observed: no
        // difference) and 2035 (the cap) and exported as CSV
        panel->compare(QStringLiteral("baseline"),
                       {QStringLiteral("strict-saving"), QStringLiteral("high-growth")}, year);
        const QString windowCsv = dir.filePath(QStringLiteral("window.csv"));
        ASSERT_TRUE(panel->exportTable(windowCsv).isOk());
        // Then every difference in the file equals the service's value of B minus A in the row's unit, and
        // the relative one that difference over A's value
        const auto& service = window.controller()->service();
        const core::ScenarioResult a = service.evaluate("baseline").value();
        const std::vector<core::ScenarioResult> others{service.evaluate("strict-saving").value(),
                                                       service.evaluate("high-growth").value()};
        const std::vector<QStringList> csv = readCsv(windowCsv);
        ASSERT_GT(csv.size(), 2u);
        const QStringList& header = csv.front();
        ASSERT_EQ(header.size(), 5 + 2 + 4 + 4);
        EXPECT_TRUE(header[9].contains(QStringLiteral(" − "))) << header[9].toStdString();
        const auto& rows = panel->model()->rows();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const QStringList& line = csv[r + 1];
            ASSERT_EQ(line.size(), header.size());
            const core::PlanTarget& t = rows[r].target;
            const core::Verdict* base = a.verdict(t.id);
            ASSERT_NE(base, nullptr);
            for (std::size_t k = 0; k < others.size(); ++k) {
                const core::Verdict* b = others[k].verdict(t.id);
                ASSERT_NE(b, nullptr);
                const int column = 7 + 4 * int(k) + 2;
                if (!base->value || !b->value || core::IndicatorDisplay::isFlag(t)) {
                    EXPECT_TRUE(line[column].isEmpty()) << t.id;
                    continue;
                }
                const double difference = b->value->value - base->value->value;
                // As the window prints it: the row's unit and decimals
                EXPECT_NEAR(line[column].toDouble(),
                            std::stod(core::IndicatorDisplay::formatForTarget(t, difference)), 1e-9)
                    << t.id << " " << line[column].toStdString();
                ++checked;
                const std::string unit = core::IndicatorDisplay::targetUnit(t);
                if (unit != "%" && base->value->value != 0.0) {
                    EXPECT_NEAR(line[column + 1].toDouble(),
                                100.0 * difference / std::abs(base->value->value), 0.051)
                        << t.id;
                    ++relative;
                } else {
                    EXPECT_TRUE(line[column + 1].isEmpty()) << t.id;
                }
            }
        }
        // And jieshui-cli export-table --compare writes the same bytes
        const QString cliCsv = dir.filePath(QStringLiteral("cli.csv"));
        QProcess cli;
        cli.start(QStringLiteral(JIESHUI_CLI_PATH),
                  {QStringLiteral("export-table"), QStringLiteral("--compare"),
                   QStringLiteral("baseline,strict-saving,high-growth"), QStringLiteral("--year"),
                   QString::number(year), QStringLiteral("--out"), cliCsv, QStringLiteral("--lang"),
                   DomainLabels::isChinese() ? QStringLiteral("zh") : QStringLiteral("en")});
        ASSERT_TRUE(cli.waitForFinished(120000));
        ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
        QFile w(windowCsv), c(cliCsv);
        ASSERT_TRUE(w.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        EXPECT_EQ(w.readAll(), c.readAll());
    }
    EXPECT_GT(checked, 10);
    EXPECT_GE(relative, 2) << "the 2035 cap, relative to the baseline's use";
    // And XLSX is written through the same writer
    EXPECT_TRUE(panel->exportTable(dir.filePath(QStringLiteral("window.xlsx"))).isOk());
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("window.xlsx"))));
}

TEST(ScenarioComparisonPanel, aDockTabBehindAnotherWaitsUntilItIsShown) {
    // The panel sits in a scroll area in its dock; a tab behind another must not refresh on every edit (a
    // quota edit would pay for three evaluations and a page render nobody sees).
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    window.resize(1920, 1080);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ScenarioComparisonPanel* panel = window.plannerActions()->comparison();
    QDockWidget* dock = nullptr;
    for (QDockWidget* d : window.findChildren<QDockWidget*>())
        if (d->widget() && d->widget()->isAncestorOf(panel))
            dock = d;
    ASSERT_NE(dock, nullptr);
    const QList<QDockWidget*> tabs = window.tabifiedDockWidgets(dock);
    ASSERT_FALSE(tabs.isEmpty()) << "the comparison shares its dock area with other tabs";
    tabs.front()->raise();
    QTest::qWait(50);
    // When a quota is edited while another tab is in front
    window.controller()->setScenario(QStringLiteral("strict-saving"));
    AllocationEditor* editor = window.plannerActions()->allocationEditor();
    editor->setYear(2035);
    editor->setQuota(QStringLiteral("450702"), 4.0e8);
    // Then the comparison only notes that it is stale
    EXPECT_TRUE(panel->isStale());
    // And catches up when its tab is brought to the front
    dock->raise();
    QTest::qWait(50);
    EXPECT_FALSE(panel->isStale());
    EXPECT_GE(panel->results().size(), 2u);
}

TEST(ScenarioComparisonPanel, aLanguageSwitchRenamesThePlannersChoicesAndKeepsWhatIsChosenAndEveryRow) {
    QSettings().clear();
    MainWindow window(std::make_unique<StoreProjectRepository>());
    ASSERT_TRUE(window.controller()->openEmbedded().isOk());
    window.setLanguage(QStringLiteral("en"));
    const ProjectData& project = window.controller()->project();
    ScenarioComparisonPanel* panel = window.plannerActions()->comparison();
    // Given high growth against the baseline (strict saving left unchecked), its cap on the map
    panel->compare(QStringLiteral("baseline"), {QStringLiteral("high-growth")}, 2035);
    panel->setMapIndicator(core::Indicator::TotalWaterUse);
    panel->setMapScenario(QStringLiteral("high-growth"));
    ScenarioComparisonModel* model = panel->model();
    ASSERT_GT(model->rowCount(), 0);
    const std::vector<core::ComparisonRow> rows = model->rows();
    const int columns = model->columnCount();
    const QString englishReference = panel->referenceBox()->currentText();
    const QString englishIndicator = panel->indicatorBox()->currentText();
    // and a method chosen for the county quotas and a scenario in the manager
    window.controller()->setScenario(QStringLiteral("strict-saving"));
    AllocationEditor* editor = window.plannerActions()->allocationEditor();
    editor->setYear(2035);
    editor->splitByMethod(core::AllocationMethod::GdpShare);
    const QVariant method = editor->methodBox()->currentData();
    AllocationTableModel* quotas = editor->model();
    ASSERT_GT(quotas->rowCount(), 0);
    std::vector<QVariant> volumes;
    for (int r = 0; r < quotas->rowCount(); ++r)
        volumes.push_back(
            quotas->index(r, AllocationTableModel::QuotaColumn).data(AllocationTableModel::CubicMetresRole));
    const QString englishMethod = editor->methodBox()->currentText();

    // When the language is switched to Chinese
    window.setLanguage(QStringLiteral("zh_CN"));

    // Then every choice reads in Chinese and is still the one chosen
    EXPECT_EQ(panel->referenceBox()->currentData().toString(), QStringLiteral("baseline"));
    EXPECT_EQ(panel->referenceBox()->currentText(),
              DomainLabels::scenarioName(*project.scenario(QStringLiteral("baseline"))));
    EXPECT_NE(panel->referenceBox()->currentText(), englishReference);
    for (int i = 0; i < panel->othersList()->count(); ++i) {
        const QListWidgetItem* item = panel->othersList()->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        EXPECT_EQ(item->text(), DomainLabels::scenarioName(*project.scenario(id)));
        EXPECT_EQ(item->checkState(), id == QLatin1String("high-growth") ? Qt::Checked : Qt::Unchecked)
            << id.toStdString();
    }
    EXPECT_EQ(panel->mapScenarioBox()->currentData().toString(), QStringLiteral("high-growth"));
    EXPECT_EQ(core::Indicator(panel->indicatorBox()->currentData().toInt()), core::Indicator::TotalWaterUse);
    EXPECT_EQ(panel->indicatorBox()->currentText(),
              DomainLabels::judgedIndicatorName(core::Indicator::TotalWaterUse));
    EXPECT_NE(panel->indicatorBox()->currentText(), englishIndicator);
    // And the comparison keeps its rows and columns, its headers naming the scenarios in Chinese
    ASSERT_EQ(model->rows().size(), rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        EXPECT_EQ(model->rows()[r].target.id, rows[r].target.id);
        ASSERT_EQ(model->rows()[r].cells.size(), rows[r].cells.size());
        for (std::size_t k = 0; k < rows[r].cells.size(); ++k)
            EXPECT_EQ(model->rows()[r].cells[k].value, rows[r].cells[k].value);
    }
    EXPECT_EQ(model->columnCount(), columns);
    EXPECT_EQ(model->headerData(ScenarioComparisonModel::valueColumn(1), Qt::Horizontal).toString(),
              DomainLabels::scenarioName(*project.scenario(QStringLiteral("high-growth"))));
    // And the quota editor keeps its method, named in Chinese, and every quota of its table
    EXPECT_EQ(editor->methodBox()->currentData(), method);
    EXPECT_EQ(editor->methodBox()->currentText(),
              AllocationEditor::methodName(core::AllocationMethod::GdpShare));
    EXPECT_NE(editor->methodBox()->currentText(), englishMethod);
    ASSERT_EQ(std::size_t(quotas->rowCount()), volumes.size());
    for (int r = 0; r < quotas->rowCount(); ++r)
        EXPECT_EQ(
            quotas->index(r, AllocationTableModel::QuotaColumn).data(AllocationTableModel::CubicMetresRole),
            volumes[std::size_t(r)]);
    // And the scenario manager keeps the chosen scenario selected
    ScenarioManager* manager = window.plannerActions()->scenarioManager();
    EXPECT_EQ(manager->treeView()
                  ->currentIndex()
                  .siblingAtColumn(0)
                  .data(ScenarioTreeModel::ScenarioIdRole)
                  .toString(),
              QStringLiteral("strict-saving"));
    window.setLanguage(QStringLiteral("en"));
    window.controller()->setReadOnly(true);
}
