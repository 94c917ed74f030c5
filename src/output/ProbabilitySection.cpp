// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ProbabilitySection.h"

#include "model/IndicatorDisplay.h"
#include "output/ReportTables.h"
#include "render/MapDecorations.h"
#include "render/MapExporter.h"
#include "render/ProbabilityMapBuilder.h"
#include "render/StatusPalette.h"

#include <QPainter>

namespace jieshui::output {

namespace {

using Cell = core::ReportTable::Cell;

std::string utf8(const QString& text) {
    return text.toStdString();
}

bool isCap(const core::PlanTarget& target) {
    return target.indicator == core::Indicator::TotalWaterUse ||
           target.indicator == core::Indicator::TotalWaterUseAssessment;
}

bool reported(const core::Verdict& v, const std::set<int>& years) {
    return v.target.indicator != core::Indicator::TaskMilestone && years.count(v.target.year) > 0;
}

/** P(met) and the band of @p outcome in the words and numbers of `evaluate --uncertainty`. */
std::vector<Cell> probabilityCells(const core::PlanTarget& target, const core::OutcomeDistribution* outcome) {
    std::vector<Cell> cells;
    const std::optional<double> p = outcome ? outcome->probabilityMet() : std::nullopt;
    cells.push_back(p ? Cell(core::IndicatorDisplay::formatProbability(*p)) : Cell());
    if (outcome && outcome->band) {
        for (const double x : {outcome->band->low, outcome->band->median, outcome->band->high})
            cells.push_back(core::IndicatorDisplay::formatForTarget(target, x));
    } else {
        cells.insert(cells.end(), 3, Cell());
    }
    return cells;
}

std::vector<core::ReportTable::Column> bandColumns(const ReportLanguage& l) {
    return {{.header = utf8(l.pick("P(met)", "达标概率")), .unit = {}, .decimals = -1, .isText = true},
            {.header = "5 %", .unit = {}, .decimals = -1, .isText = true},
            {.header = "50 %", .unit = {}, .decimals = -1, .isText = true},
            {.header = "95 %", .unit = {}, .decimals = -1, .isText = true}};
}

std::string rule(const core::PlanTarget& target) {
    return std::string(core::comparatorSymbol(target.comparator)) + " " +
           core::IndicatorDisplay::formatForTarget(target, target.value);
}

} // namespace

ProbabilitySection::ProbabilitySection(const store::ProjectData& project, const core::ScenarioResult& result,
                                       const core::UncertaintyResult& uncertainty, const ReportLanguage& language)
    : m_project(project), m_result(result), m_uncertainty(uncertainty), m_language(language) {}

core::ReportTable ProbabilitySection::targets(const std::set<int>& years) const {
    const ReportLanguage& l = m_language;
    core::ReportTable table;
    table.columns = {{.header = utf8(l.pick("Indicator", "指标")), .unit = {}, .decimals = -1, .isText = true},
                     {.header = utf8(l.pick("Year", "年份")), .unit = {}, .decimals = 0},
                     {.header = utf8(l.pick("Unit", "单位")), .unit = {}, .decimals = -1, .isText = true},
                     {.header = utf8(l.pick("Target", "目标")), .unit = {}, .decimals = -1, .isText = true},
                     {.header = utf8(l.pick("Value", "数值")), .unit = {}, .decimals = -1, .isText = true}};
    for (core::ReportTable::Column& c : bandColumns(l))
        table.columns.push_back(std::move(c));
    for (const core::Verdict& v : m_result.verdicts()) {
        if (!reported(v, years))
            continue;
        const std::string unit = core::IndicatorDisplay::targetUnit(v.target);
        std::vector<Cell> row{utf8(ReportTables::indicatorLabel(m_project.dataset, v, l)),
                              static_cast<double>(v.target.year), unit.empty() ? std::string("1") : unit,
                              rule(v.target),
                              v.value ? Cell(core::IndicatorDisplay::formatForTarget(v.target, v.value->value))
                                      : Cell()};
        for (Cell& c : probabilityCells(v.target, m_uncertainty.outcome(v.target.id, v.target.regionCode)))
            row.push_back(std::move(c));
        table.rows.push_back(std::move(row));
    }
    return table;
}

core::ReportTable ProbabilitySection::capCounties(const std::set<int>& years) const {
    const ReportLanguage& l = m_language;
    core::ReportTable table;
    table.columns = {{.header = utf8(l.pick("County", "县区")), .unit = {}, .decimals = -1, .isText = true},
                     {.header = utf8(l.pick("Indicator", "指标")), .unit = {}, .decimals = -1, .isText = true},
                     {.header = utf8(l.pick("Year", "年份")), .unit = {}, .decimals = 0},
                     {.header = utf8(l.pick("Quota", "分配指标")), .unit = {}, .decimals = -1, .isText = true},
                     {.header = utf8(l.pick("Value", "数值")), .unit = {}, .decimals = -1, .isText = true}};
    for (core::ReportTable::Column& c : bandColumns(l))
        table.columns.push_back(std::move(c));
    for (std::size_t i = 0; i < m_result.verdicts().size(); ++i) {
        const core::Verdict& city = m_result.verdicts()[i];
        if (!reported(city, years) || !isCap(city.target))
            continue;
        for (const core::Verdict& v : m_result.countyVerdicts(i)) {
            std::vector<Cell> row{
                utf8(ReportTables::regionName(m_project.dataset, v.target.regionCode, l)),
                utf8(ReportTables::indicatorLabel(m_project.dataset, v, l)), static_cast<double>(v.target.year),
                v.status == core::VerdictStatus::NoQuota ? Cell(utf8(render::StatusPalette::name(v.status, l.code())))
                                                         : Cell(rule(v.target)),
                v.value ? Cell(core::IndicatorDisplay::formatForTarget(v.target, v.value->value)) : Cell()};
            for (Cell& c : probabilityCells(v.target, m_uncertainty.county(city.target.id, v.target.regionCode)))
                row.push_back(std::move(c));
            table.rows.push_back(std::move(row));
        }
    }
    if (!table.rows.empty())
        table.notes.push_back(utf8(l.pick("Each county against its quota (unit: that of the city's cap).",
                                          "各县区按分配给本县区的用水总量指标评价（单位同市级目标）。")));
    return table;
}

int ProbabilitySection::write(ReportPage& page, const QString& heading, const std::set<int>& years,
                              const MapComposer& composer, const QFont& font) const {
    const ReportLanguage& l = m_language;
    page.newPage();
    page.heading(heading);
    const QString draws = render::ProbabilityMapBuilder::drawsNote(m_uncertainty, l.code());
    QString method = l.pick("The probability that each target is met, from the uncertainty of every input "
                            "(%1 uncertain inputs; %2). P(met) is the share of the draws in which the target "
                            "is met; 5 %, 50 % and 95 % are percentiles of the value over the draws.",
                            "按各项输入数据的不确定性计算各目标的达标概率（不确定输入 %1 项；%2）。达标概率为"
                            "达到目标的抽样次数占比；5 %、50 %、95 % 为各次抽样数值的百分位数。")
                         .arg(m_uncertainty.inputs().size())
                         .arg(draws);
    if (m_uncertainty.failedDraws() > 0)
        method += l.pick(" %1 draws could not be projected and count in no probability.",
                         "其中 %1 次抽样无法预测，不计入概率。")
                      .arg(m_uncertainty.failedDraws());
    page.paragraph(method, 10.0);
    TableLayout layout;
    layout.widths = {2.6, 0.6, 0.7, 1.0, 0.8, 0.8, 0.8, 0.8, 0.8};
    page.table(targets(years), layout);

    const core::ReportTable counties = capCounties(years);
    int maps = 0;
    if (counties.rows.empty())
        return maps;
    page.heading(l.pick("Counties under the total-use cap", "各县区用水总量达标概率"), 2);
    TableLayout countyLayout;
    countyLayout.widths = {1.0, 1.8, 0.6, 1.0, 0.8, 0.8, 0.8, 0.8, 0.8};
    page.table(counties, countyLayout);
    for (const core::Verdict& v : m_result.verdicts()) {
        if (!reported(v, years) || !isCap(v.target) ||
            m_result.cityTargetIndex(v.target.indicator, v.target.year) !=
                static_cast<std::size_t>(&v - m_result.verdicts().data()))
            continue; // one map per cap and year
        MapRequest request;
        request.indicator = v.target.indicator;
        request.year = v.target.year;
        request.kind = MapKind::Probability;
        request.language = l;
        auto map = composer.compose(request, m_result, nullptr, &m_uncertainty);
        if (map.hasError())
            continue; // no counties layer: the table says it all
        // The map, then its legend under it: the legend of five classes with their words and the draws is too
        // tall to sit beside a map of half a page and would hide the western counties over it.
        render::ExportOptions options;
        options.decorations = map.value().decorations;
        options.decorations.date = QDate(); // the cover has the date
        options.decorations.legend = false;
        render::DecorationOptions legendOptions = map.value().decorations;
        legendOptions.legend = true;
        const render::MapDecorations legend(legendOptions, font);
        const double width = page.body().width();
        const double mapHeight = width / 1.5;
        const double legendHeight = legend.legendSize(map.value().document, width).height();
        page.block(mapHeight + legendHeight + 8.0, [&](QPainter& painter, const QRectF& rect) {
            options.size = QSizeF(rect.width(), mapHeight).toSize();
            painter.save();
            painter.translate(rect.topLeft());
            render::MapExporter::paintPage(painter, map.value().document, options, font);
            painter.restore();
            legend.paintLegend(painter, map.value().document, rect.topLeft() + QPointF(0.0, mapHeight + 4.0), width);
        });
        ++maps;
    }
    return maps;
}

} // namespace jieshui::output
