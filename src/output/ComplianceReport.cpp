// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ComplianceReport.h"

#include "model/IndicatorDisplay.h"
#include "output/MapComposer.h"
#include "output/ProbabilitySection.h"
#include "output/ReportPage.h"
#include "output/ReportTables.h"
#include "output/TrajectoryChart.h"
#include "render/FontResolver.h"
#include "render/MapExporter.h"
#include "render/StatusPalette.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <map>
#include <set>

namespace jieshui::output {

namespace {

using Cell = core::ReportTable::Cell;

std::string utf8(const QString& text) {
    return text.toStdString();
}

bool reported(const core::Verdict& v, const std::set<int>& years) {
    return v.target.indicator != core::Indicator::TaskMilestone && years.count(v.target.year) > 0;
}

/** The report's sections share what was evaluated once. */
/** What a county page's chart draws: total use in the assessment scope (the quotas' scope), with its quotas.
 */
constexpr core::Indicator kCountyChartIndicator = core::Indicator::TotalWaterUseAssessment;

struct Context {
    const store::ProjectData& project;
    const core::ScenarioResult& result;
    const ReportLanguage& l;
    const std::set<int>& years;
    const MapComposer& composer;
    const ReportTables& tables;
    QString scenarioName;
    QString city;
    QFont font;
    /** The Monte Carlo run when the report carries probabilities (its county charts get their fans). */
    const core::UncertaintyResult* probabilities = nullptr;
};

void cover(ReportPage& page, const Context& c, const ReportOptions& options) {
    const ReportLanguage& l = c.l;
    page.skip(150.0);
    page.title(l.isChinese() ? QStringLiteral("%1节水行动方案").arg(c.city)
                             : QStringLiteral("%1 water-saving action plan").arg(c.city),
               30.0);
    page.title(l.pick("Compliance report", "达标评价报告"), 30.0);
    page.skip(40.0);
    QStringList yearTexts;
    for (const int year : c.years)
        yearTexts << QString::number(year);
    const QString project = l.name(c.project.metadata.nameEn, c.project.metadata.nameZh);
    QStringList lines;
    if (!project.isEmpty())
        lines << l.pick("Project: ", "项目：") + project;
    if (!c.scenarioName.isEmpty())
        lines << l.pick("Scenario: ", "情景：") + c.scenarioName;
    lines << l.pick("Target years: ", "评价年份：") +
                 yearTexts.join(l.isChinese() ? QStringLiteral("、") : QStringLiteral(", "));
    lines << l.pick("Date: ", "日期：") + options.date.toString(Qt::ISODate);
    lines << l.pick("Prepared with Jieshui Workbench", "节水规划工作台 编制");
    for (const QString& line : lines)
        page.title(line, 15.0);
    page.skip(30.0);

    // Verdict counts of the city's targets per year.
    core::ReportTable counts;
    counts.columns.push_back({.header = utf8(l.pick("Year", "年份")), .unit = {}, .decimals = 0});
    for (const core::VerdictStatus status : render::StatusPalette::all)
        counts.columns.push_back(
            {.header = utf8(render::StatusPalette::name(status, l.code())), .unit = {}, .decimals = 0});
    for (const int year : c.years) {
        std::vector<Cell> row{static_cast<double>(year)};
        for (const core::VerdictStatus status : render::StatusPalette::all) {
            int n = 0;
            for (const core::Verdict& v : c.result.verdicts())
                n += v.target.year == year && v.target.indicator != core::Indicator::TaskMilestone &&
                     v.status == status;
            row.emplace_back(static_cast<double>(n));
        }
        counts.rows.push_back(std::move(row));
    }
    counts.notes.push_back(utf8(l.pick("Number of the plan's targets by verdict (key-task milestones aside).",
                                       "各年份规划目标的评价结果个数（不含重点任务节点）。")));
    page.table(counts, {.columns = {}, .widths = {}, .cellColor = {}, .fontPixels = 11.0});
    if (c.result.lastObservedYear() > 0)
        page.paragraph(
            l.pick("Values up to %1 are observed; later values are projected with the scenario's "
                   "drivers. Estimates (估算) and projections are listed in the appendix with their "
                   "sources or methods.",
                   "%1年及以前为统计（含估算）值，以后为按情景驱动因素预测的值。估算值和预测值及其来源或方法"
                   "列于附录。")
                .arg(c.result.lastObservedYear()),
            10.0, QColor(0x40, 0x40, 0x40));
}

void scorecard(ReportPage& page, const Context& c) {
    const ReportLanguage& l = c.l;
    page.newPage();
    page.heading(l.pick("1 Targets and verdicts", "一、目标达标情况"));
    page.paragraph(
        l.pick("Every target of the plan for the city, judged on the scenario's values: the gap is value "
               "minus target; the rate is the annual change still needed to reach the target by its year.",
               "按情景数值评价全市各项规划目标：差距为数值减目标值；仍需年均变化为到目标年达到目标所需的年均"
               "变化率。"),
        10.0);
    for (const int year : c.years) {
        page.heading(l.isChinese() ? QStringLiteral("%1年").arg(year) : QString::number(year), 2);
        const core::ReportTable table = c.tables.scorecard(year);
        std::vector<core::VerdictStatus> statuses;
        for (const core::Verdict& v : c.result.verdicts())
            if (v.target.indicator != core::Indicator::TaskMilestone && v.target.year == year)
                statuses.push_back(v.status);
        TableLayout layout;
        layout.columns = {0, 3, 4, 5, 6, 7, 8, 9, 10};
        layout.widths = {3.4, 0.9, 1.0, 0.6, 1.0, 1.0, 1.2, 0.9, 0.9};
        layout.cellColor = [statuses](std::size_t row, std::size_t column) {
            return column == 9 && row < statuses.size() ? render::StatusPalette::textColor(statuses[row])
                                                        : QColor();
        };
        page.table(table, layout);
    }
}

void maps(ReportPage& page, const Context& c, ReportSummary& summary) {
    const ReportLanguage& l = c.l;
    page.newPage();
    page.heading(l.pick("2 Compliance maps", "二、达标评价图"));
    for (const core::Verdict& v : c.result.verdicts()) {
        if (!reported(v, c.years) || !c.result.cityTargetIndex(v.target.indicator, v.target.year))
            continue;
        if (*c.result.cityTargetIndex(v.target.indicator, v.target.year) !=
            static_cast<std::size_t>(&v - c.result.verdicts().data()))
            continue; // one map per indicator and year
        MapRequest request;
        request.indicator = v.target.indicator;
        request.year = v.target.year;
        request.kind = MapKind::Compliance;
        request.valueLabels = true;
        request.language = l;
        auto map = c.composer.compose(request, c.result);
        if (map.hasError())
            continue; // no counties layer: the tables say it all
        // Two maps a page, under the section's heading on the first.
        page.block((page.body().height() - 56.0) / 2.0 - 8.0, [&](QPainter& painter, const QRectF& rect) {
            render::ExportOptions options;
            options.size = rect.size().toSize();
            options.decorations = map.value().decorations;
            options.decorations.date = QDate(); // the cover has the date
            painter.translate(rect.topLeft());
            render::MapExporter::paintPage(painter, map.value().document, options, c.font);
        });
        ++summary.maps;
    }
}

render::MapDocument inset(const Context& c, const std::string& code) {
    auto base = c.composer.baseDocument();
    render::MapDocument document = base.isOk() ? base.value() : render::MapDocument();
    const int index = document.indexOfRole(geo::LayerRole::Counties);
    if (index < 0)
        return document;
    geo::FeatureLayer county = document.layer(index).featureLayer();
    county.name = ReportTables::regionName(c.project.dataset, code, c.l);
    county.features.erase(
        std::remove_if(county.features.begin(), county.features.end(),
                       [&code](const geo::Feature& f) { return f.regionCode.toStdString() != code; }),
        county.features.end());
    render::LayerStyle style = document.layer(index).style();
    style.fillColor = QColor(0x56, 0xb4, 0xe9);
    style.strokeWidth = 1.6;
    style.strokeColor = QColor(0x0b, 0x3d, 0x6b);
    document.layer(index).style().labelsVisible = false;
    document.insertLayer(index + 1, render::MapLayer(std::move(county), style));
    return document;
}

void countySection(ReportPage& page, const Context& c, const core::Region& county) {
    const ReportLanguage& l = c.l;
    const QString name = l.name(county.nameEn, county.nameZh);
    page.heading(name, 2);
    const render::MapDocument document = inset(c, county.code);
    page.block(250.0, [&](QPainter& painter, const QRectF& rect) {
        render::ExportOptions options;
        options.size = QSize(static_cast<int>(rect.width() * 0.55), static_cast<int>(rect.height()));
        options.decorations.language = l.code();
        options.decorations.legend = false;
        options.decorations.date = QDate(); // a small inset: the CRS note only
        painter.translate(rect.topLeft());
        render::MapExporter::paintPage(painter, document, options, c.font);
        // Beside the inset: the county's verdict counts.
        const QRectF side(rect.width() * 0.58, 10.0, rect.width() * 0.42, rect.height() - 20.0);
        QStringList lines;
        for (const int year : c.years) {
            std::map<core::VerdictStatus, int> counts;
            for (std::size_t i = 0; i < c.result.verdicts().size(); ++i)
                if (reported(c.result.verdicts()[i], {year}))
                    for (const core::Verdict& cv : c.result.countyVerdicts(i))
                        if (cv.target.regionCode == county.code)
                            ++counts[cv.status];
            QStringList parts;
            for (const auto& [status, n] : counts)
                parts << QStringLiteral("%1 %2").arg(render::StatusPalette::name(status, l.code())).arg(n);
            lines << (l.isChinese() ? QStringLiteral("%1年：").arg(year) : QStringLiteral("%1: ").arg(year)) +
                         parts.join(l.isChinese() ? QStringLiteral("，") : QStringLiteral(", "));
        }
        QFont f = c.font;
        f.setPixelSize(11);
        painter.setFont(f);
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(side, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                         l.pick("Verdicts of the county", "本县区评价结果") + QStringLiteral("\n") +
                             lines.join(QLatin1Char('\n')));
    });

    // Its indicators against its quota and the city's targets.
    core::ReportTable table;
    table.columns = {
        {.header = utf8(l.pick("Indicator", "指标")), .unit = {}, .decimals = -1, .isText = true},
        {.header = utf8(l.pick("Year", "年份")), .unit = {}, .decimals = 0},
        {.header = utf8(l.pick("Unit", "单位")), .unit = {}, .decimals = -1, .isText = true},
        {.header = utf8(l.pick("Value", "数值")), .unit = {}, .decimals = -1},
        {.header = utf8(l.pick("Rule", "比较")), .unit = {}, .decimals = -1, .isText = true},
        {.header = utf8(l.pick("County quota / target", "县区指标")), .unit = {}, .decimals = -1},
        {.header = utf8(l.pick("City target", "市级目标")), .unit = {}, .decimals = -1},
        {.header = utf8(l.pick("Verdict", "评价")), .unit = {}, .decimals = -1, .isText = true},
        {.header = utf8(l.pick("Provenance", "数据性质")), .unit = {}, .decimals = -1, .isText = true}};
    std::vector<core::VerdictStatus> statuses;
    for (std::size_t i = 0; i < c.result.verdicts().size(); ++i) {
        const core::Verdict& city = c.result.verdicts()[i];
        if (!reported(city, c.years))
            continue;
        for (const core::Verdict& v : c.result.countyVerdicts(i)) {
            if (v.target.regionCode != county.code)
                continue;
            const bool flag = core::IndicatorDisplay::isFlag(v.target);
            const std::string unit = core::IndicatorDisplay::targetUnit(v.target);
            table.rows.push_back(
                {utf8(ReportTables::indicatorLabel(c.project.dataset, v, l)),
                 static_cast<double>(v.target.year), unit.empty() ? std::string("1") : unit,
                 v.value && !flag ? Cell(ReportTables::shown(v.target, v.value->value)) : Cell(),
                 std::string(core::comparatorSymbol(v.target.comparator)),
                 flag ? Cell() : Cell(ReportTables::shown(v.target, v.target.value)),
                 flag ? Cell() : Cell(ReportTables::shown(city.target, city.target.value)),
                 utf8(render::StatusPalette::name(v.status, l.code())),
                 v.value ? Cell(utf8(ReportTables::provenanceName(v.value->provenance, l))) : Cell()});
            statuses.push_back(v.status);
        }
    }
    table.notes.push_back(
        utf8(l.pick("The county is judged against the city's target; a total-use cap against "
                    "the county's quota (no quota allocated: not judged).",
                    "县区按市级目标评价；用水总量按分配给县区的指标评价（未分配指标的不作评价）。")));
    TableLayout layout;
    layout.widths = {3.0, 0.7, 0.8, 0.9, 0.6, 1.1, 1.0, 0.9, 0.8};
    layout.cellColor = [statuses](std::size_t row, std::size_t column) {
        return column == 7 && row < statuses.size() ? render::StatusPalette::textColor(statuses[row])
                                                    : QColor();
    };
    page.table(table, layout);

    // Its trajectory from the base year to the last year the report covers: total use in the assessment
    // scope, with its quotas.
    ChartData chart;
    const core::Indicator indicator = kCountyChartIndicator;
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(indicator);
    chart.firstYear = c.result.baseYear();
    chart.lastYear = std::max(*c.years.rbegin(), chart.firstYear + 1);
    chart.title = QStringLiteral("%1 %2 %3–%4")
                      .arg(name, l.name(std::string(info.nameEn), std::string(info.nameZh)))
                      .arg(chart.firstYear)
                      .arg(chart.lastYear);
    chart.unit = QString::fromStdString(core::IndicatorDisplay::unit(indicator));
    chart.lastObservedYear = c.result.lastObservedYear();
    chart.projectedLabel = l.pick("projected", "预测");
    ChartSeries series{name, QColor(0x0b, 0x3d, 0x6b), {}};
    for (int year = chart.firstYear; year <= chart.lastYear; ++year) {
        const auto value = c.result.value(indicator, county.code, year);
        if (value.isOk())
            series.points.push_back({year, core::IndicatorDisplay::toDisplay(indicator, value.value().value),
                                     value.value().provenance != core::ProvenanceKind::Sourced});
    }
    // With probabilities, the county's 5–95 % fan under its line.
    if (const core::TrajectoryBand* band =
            c.probabilities ? c.probabilities->trajectory(indicator, county.code) : nullptr) {
        for (int year = chart.firstYear; year <= chart.lastYear; ++year)
            if (const std::optional<core::ValueBand>* at = band->at(year); at != nullptr && at->has_value())
                series.band.push_back({year, core::IndicatorDisplay::toDisplay(indicator, (*at)->low),
                                       core::IndicatorDisplay::toDisplay(indicator, (*at)->high)});
        series.bandName = l.pick("%1 5–95 %", "%1 5–95% 区间").arg(name);
    }
    chart.series.push_back(std::move(series));
    for (int year = chart.firstYear; year <= chart.lastYear; ++year)
        if (const core::Allocation* allocation = c.result.allocation(year))
            for (const core::AllocationShare& share : allocation->shares)
                if (share.regionCode == county.code)
                    chart.markers.push_back({year, core::IndicatorDisplay::toDisplay(indicator, share.volume),
                                             l.pick("quota %1", "分配指标 %1")
                                                 .arg(QString::fromStdString(core::IndicatorDisplay::format(
                                                     indicator, share.volume)))});
    page.block(230.0, [&](QPainter& painter, const QRectF& rect) {
        TrajectoryChart::paint(painter, rect, chart, c.font);
    });
}

void keyTasks(ReportPage& page, const Context& c) {
    const ReportLanguage& l = c.l;
    page.newPage();
    page.heading(l.pick("4 Key tasks and milestones", "四、重点任务及节点"));
    const core::ReportTable table = c.tables.keyTasks();
    TableLayout layout;
    layout.columns = {0, 1, 2, 3, 4, 6, 7, 8};
    layout.widths = {0.5, 2.0, 1.3, 0.7, 3.0, 0.7, 0.7, 0.8};
    page.table(table, layout);
}

void appendix(ReportPage& page, const Context& c) {
    const ReportLanguage& l = c.l;
    page.newPage();
    page.heading(l.pick("Appendix: estimates and projections", "附录：估算值与预测值"));
    page.paragraph(
        l.pick("Every value a verdict of this report rests on that is not a sourced statistic, with "
               "its source or the method that produced it.",
               "本报告评价所依据的、非直接统计的数值（估算值和预测值）及其来源或计算方法。"),
        10.0);
    core::ReportTable table = c.tables.evidence();
    // Only the years the report covers.
    std::erase_if(table.rows, [&c](const std::vector<Cell>& row) {
        const auto* year = std::get_if<core::ReportTable::Number>(&row[2]);
        return !year || c.years.count(static_cast<int>(year->value)) == 0;
    });
    TableLayout layout;
    layout.widths = {2.2, 1.0, 0.6, 0.8, 0.7, 0.6, 3.4};
    layout.fontPixels = 8.5;
    page.table(table, layout);
}

} // namespace

ComplianceReport::ComplianceReport(const store::ProjectData& project, const core::EvaluationService& service)
    : m_project(project), m_service(service) {}

std::vector<int> ComplianceReport::targetYears() const {
    std::set<int> years;
    for (const core::PlanTarget& target : m_project.dataset.targets())
        if (target.indicator != core::Indicator::TaskMilestone)
            years.insert(target.year);
    return {years.begin(), years.end()};
}

core::Result<ReportSummary> ComplianceReport::write(const ReportOptions& options, const QString& path) const {
    const std::vector<int> available = targetYears();
    std::set<int> years(options.years.begin(), options.years.end());
    if (years.empty())
        years.insert(available.begin(), available.end());
    for (const int year : years)
        if (std::find(available.begin(), available.end(), year) == available.end())
            return core::Error(core::ErrorCode::InvalidValue,
                               "the plan has no target in " + std::to_string(year) + " to report on",
                               core::ErrorLocation{.year = year});
    if (years.empty())
        return core::Error(core::ErrorCode::MissingData, "the plan has no targets to report on");
    auto evaluated = m_service.evaluate(options.scenario);
    if (evaluated.hasError())
        return evaluated.error();
    const core::ScenarioResult& result = evaluated.value();
    // The probabilities: the Monte Carlo run of the window and `evaluate --uncertainty`, through the service.
    std::optional<core::UncertaintyResult> probabilities;
    if (options.uncertainty) {
        // The county charts' fans: total use in the assessment scope, as they draw it.
        core::UncertaintyOptions uncertainty = *options.uncertainty;
        for (const core::Region* county : m_project.dataset.regionsOfKind(core::RegionKind::County))
            uncertainty.trajectories.push_back({kCountyChartIndicator, county->code});
        auto analysed = m_service.uncertainty(result.scenario(), m_project.uncertainty, uncertainty);
        if (analysed.hasError())
            return analysed.error();
        probabilities = std::move(analysed).value();
    }
    core::Result<QFont> font = render::FontResolver::pdfFont();
    if (font.hasError())
        return font.error();

    const ReportLanguage& l = options.language;
    const MapComposer composer(m_project);
    const QString scenarioName = composer.scenarioName(result.scenario(), l);
    const ReportTables tables(result, m_project.dataset, l, scenarioName);
    const Context context{m_project,
                          result,
                          l,
                          years,
                          composer,
                          tables,
                          scenarioName,
                          composer.cityName(l),
                          font.value(),
                          probabilities ? &*probabilities : nullptr};

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReportSummary summary;
    {
        QPdfWriter writer(&buffer);
        // 96 dpi: page px are logical px, as for map exports (label point sizes resolve as on screen).
        writer.setResolution(96);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(
            l.isChinese()
                ? QStringLiteral("%1节水行动方案达标评价报告").arg(context.city)
                : QStringLiteral("%1 water-saving action plan: compliance report").arg(context.city));
        writer.setCreator(QStringLiteral("Jieshui Workbench"));
        QPainter painter;
        if (!painter.begin(&writer))
            return core::Error(core::ErrorCode::IoError, "cannot start the PDF writer",
                               core::ErrorLocation{.file = path.toStdString()});
        ReportPage page(
            painter, writer, font.value(),
            l.isChinese() ? QStringLiteral("%1节水行动方案达标评价报告 · %2").arg(context.city, scenarioName)
                          : QStringLiteral("%1 compliance report · %2").arg(context.city, scenarioName));
        cover(page, context, options);
        scorecard(page, context);
        maps(page, context, summary);
        page.newPage();
        page.heading(l.pick("3 Counties", "三、分县区评价"));
        bool first = true;
        for (const core::Region* county : m_project.dataset.regionsOfKind(core::RegionKind::County)) {
            if (!first)
                page.newPage();
            first = false;
            countySection(page, context, *county);
            ++summary.counties;
        }
        keyTasks(page, context);
        if (probabilities)
            summary.probabilityMaps =
                ProbabilitySection(m_project, result, *probabilities, l)
                    .write(page, l.pick("5 Probability of meeting the targets", "五、达标概率"), years,
                           composer, font.value());
        appendix(page, context);
        summary.pages = page.pageNumber();
        painter.end();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return core::Error(core::ErrorCode::IoError,
                           "cannot write '" + path.toStdString() + "': " + file.errorString().toStdString(),
                           core::ErrorLocation{.file = path.toStdString()});
    return summary;
}

} // namespace jieshui::output
