// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/ReportTables.h"

#include "model/IndicatorDisplay.h"
#include "render/StatusPalette.h"
#include "report/ScenarioComparison.h"

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace jieshui::output {

using Cell = core::ReportTable::Cell;
using Column = core::ReportTable::Column;

namespace {

std::string utf8(const QString& text) {
    return text.toStdString();
}

Column text(const ReportLanguage& l, const char* english, const char* chinese) {
    return Column{.header = utf8(l.pick(english, chinese)), .unit = {}, .decimals = -1, .isText = true};
}

Column number(const ReportLanguage& l, const char* english, const char* chinese, std::string unit = {},
              int decimals = -1) {
    return Column{.header = utf8(l.pick(english, chinese)), .unit = std::move(unit), .decimals = decimals};
}

std::string unitOf(const core::PlanTarget& target) {
    if (core::IndicatorDisplay::isFlag(target))
        return {};
    const std::string unit = core::IndicatorDisplay::targetUnit(target);
    return unit.empty() ? "1" : unit;
}

} // namespace

ReportTables::ReportTables(const core::ScenarioResult& result, const core::Dataset& dataset,
                           ReportLanguage language, QString scenarioName)
    : m_result(result), m_dataset(dataset), m_language(std::move(language)),
      m_scenarioName(std::move(scenarioName)) {}

QString ReportTables::regionName(const core::Dataset& dataset, const std::string& code,
                                 const ReportLanguage& language) {
    const core::Region* region = dataset.region(code);
    return region ? language.name(region->nameEn, region->nameZh) : QString::fromStdString(code);
}

QString ReportTables::indicatorLabel(const core::Dataset& dataset, const core::Verdict& verdict,
                                     const ReportLanguage& language) {
    const core::PlanTarget& target = verdict.target;
    if (target.indicator != core::Indicator::TaskMilestone) {
        // The indicator actually judged: a cap is judged in the assessment scope.
        const core::IndicatorInfo& info =
            core::IndicatorCatalog::info(verdict.value ? verdict.value->indicator : target.indicator);
        return language.name(std::string(info.nameEn), std::string(info.nameZh));
    }
    QString what = QString::fromStdString(target.variable);
    for (const core::KeyTask& task : dataset.tasks()) {
        if (task.number != target.taskNumber)
            continue;
        what = language.name(task.titleEn, task.titleZh);
        for (const core::TaskMilestoneText& milestone : task.milestones)
            if (milestone.targetId == target.id)
                what = language.name(milestone.textEn, milestone.textZh);
    }
    return (language.isChinese() ? QStringLiteral("任务%1：") : QStringLiteral("Task %1: "))
               .arg(target.taskNumber) +
           what;
}

core::ReportTable::Number ReportTables::shown(const core::PlanTarget& target, double baseValue) {
    // Full precision for whoever computes with it; the window's decimals for whoever reads it.
    return {core::IndicatorDisplay::toTargetUnit(target, baseValue),
            core::IndicatorDisplay::decimalsForTarget(target, baseValue)};
}

QString ReportTables::provenanceName(core::ProvenanceKind kind, const ReportLanguage& language) {
    switch (kind) {
    case core::ProvenanceKind::Sourced:
        return language.pick("sourced", "统计");
    case core::ProvenanceKind::Estimate:
        return language.pick("estimate", "估算");
    case core::ProvenanceKind::Projected:
        return language.pick("projected", "预测");
    }
    return {};
}

std::vector<Column> ReportTables::verdictColumns() const {
    const ReportLanguage& l = m_language;
    return {text(l, "Indicator", "指标"),
            text(l, "Region", "地区"),
            number(l, "Year", "年份", {}, 0),
            text(l, "Unit", "单位"),
            number(l, "Value", "数值"),
            text(l, "Comparator", "比较"),
            number(l, "Target", "目标值"),
            number(l, "Gap", "差距"),
            number(l, "Annual change still needed", "仍需年均变化", "%", 1),
            text(l, "Verdict", "评价"),
            text(l, "Provenance", "数据性质"),
            text(l, "Plan clause", "依据")};
}

std::vector<Cell> ReportTables::verdictCells(const core::Verdict& v) const {
    const core::PlanTarget& t = v.target;
    const bool flag = core::IndicatorDisplay::isFlag(t);
    std::vector<Cell> row;
    row.emplace_back(utf8(indicatorLabel(m_dataset, v, m_language)));
    row.emplace_back(utf8(regionName(m_dataset, t.regionCode, m_language)));
    row.emplace_back(static_cast<double>(t.year));
    row.emplace_back(unitOf(t));
    row.push_back(v.value && !flag ? Cell(shown(t, v.value->value)) : Cell());
    row.emplace_back(std::string(core::comparatorSymbol(t.comparator)));
    row.push_back(flag ? Cell() : Cell(shown(t, t.value)));
    row.push_back(v.gap && !flag ? Cell(shown(t, *v.gap)) : Cell());
    row.push_back(v.requiredAnnualRate ? Cell(*v.requiredAnnualRate * 100.0) : Cell());
    row.emplace_back(utf8(render::StatusPalette::name(v.status, m_language.code())));
    row.push_back(v.value ? Cell(utf8(provenanceName(v.value->provenance, m_language))) : Cell());
    row.emplace_back(t.source + (t.clause.empty() ? "" : " " + t.clause));
    return row;
}

std::vector<std::string> ReportTables::commonNotes() const {
    std::vector<std::string> notes;
    if (!m_scenarioName.isEmpty())
        notes.push_back(utf8(m_language.pick("Scenario: ", "情景：") + m_scenarioName));
    if (m_result.lastObservedYear() > 0)
        notes.push_back(utf8(m_language
                                 .pick("Values after %1 are projected (预测); 估算 marks estimates.",
                                       "%1年以后为预测值；“估算”为估算值。")
                                 .arg(m_result.lastObservedYear())));
    return notes;
}

core::ReportTable ReportTables::scorecard(int year, bool counties) const {
    core::ReportTable table;
    // The title names a workbook's sheet: the county table must not read as a second city scorecard.
    if (counties)
        table.title =
            utf8(year ? m_language.pick("Scorecard %1 with counties", "达标评价 %1 含县区").arg(year)
                      : m_language.pick("Scorecard with counties", "达标评价 含县区"));
    else
        table.title = utf8(year ? m_language.pick("Scorecard %1", "达标评价 %1").arg(year)
                                : m_language.pick("Scorecard", "达标评价"));
    table.columns = verdictColumns();
    for (std::size_t i = 0; i < m_result.verdicts().size(); ++i) {
        const core::Verdict& v = m_result.verdicts()[i];
        if (v.target.indicator == core::Indicator::TaskMilestone || (year && v.target.year != year))
            continue;
        table.rows.push_back(verdictCells(v));
        if (counties)
            for (const core::Verdict& county : m_result.countyVerdicts(i))
                table.rows.push_back(verdictCells(county));
    }
    table.notes = commonNotes();
    return table;
}

core::ReportTable ReportTables::regionDetails(const std::string& regionCode, int year) const {
    core::ReportTable table;
    table.title = utf8(QStringLiteral("%1 %2").arg(regionName(m_dataset, regionCode, m_language)).arg(year));
    table.columns = verdictColumns();
    table.columns[6].header = utf8(m_language.pick("Target or quota", "目标值或分配指标"));
    for (std::size_t i = 0; i < m_result.verdicts().size(); ++i) {
        const core::Verdict& v = m_result.verdicts()[i];
        if (v.target.year != year)
            continue;
        if (v.target.regionCode == regionCode)
            table.rows.push_back(verdictCells(v));
        for (const core::Verdict& county : m_result.countyVerdicts(i))
            if (county.target.regionCode == regionCode)
                table.rows.push_back(verdictCells(county));
    }
    table.notes = commonNotes();
    table.notes.push_back(utf8(m_language.pick(
        "A county is judged against the city's target; a total-use cap against the county's quota.",
        "县区按市级目标评价；用水总量按分配给县区的指标评价。")));
    return table;
}

core::ReportTable ReportTables::keyTasks() const {
    const ReportLanguage& l = m_language;
    core::ReportTable table;
    table.title = utf8(l.pick("Key tasks", "重点任务"));
    table.columns = {number(l, "Task", "任务", {}, 0),
                     text(l, "Task title", "任务名称"),
                     text(l, "Lead department", "牵头单位"),
                     number(l, "Milestone year", "节点年份", {}, 0),
                     text(l, "Milestone", "节点目标"),
                     text(l, "Unit", "单位"),
                     number(l, "Target", "目标值"),
                     number(l, "Value", "数值"),
                     text(l, "Verdict", "评价")};
    for (const core::KeyTask& task : m_dataset.tasks()) {
        for (const core::TaskMilestoneText& milestone : task.milestones) {
            std::vector<Cell> row{static_cast<double>(task.number), utf8(l.name(task.titleEn, task.titleZh)),
                                  task.leadDepartment, static_cast<double>(milestone.year),
                                  utf8(l.name(milestone.textEn, milestone.textZh))};
            const core::Verdict* v =
                milestone.targetId.empty() ? nullptr : m_result.verdict(milestone.targetId);
            if (v && !core::IndicatorDisplay::isFlag(v->target)) {
                row.emplace_back(unitOf(v->target));
                row.emplace_back(shown(v->target, v->target.value));
                row.push_back(v->value ? Cell(shown(v->target, v->value->value)) : Cell());
            } else {
                row.insert(row.end(), {Cell(), Cell(), Cell()});
            }
            row.push_back(v ? Cell(utf8(render::StatusPalette::name(v->status, l.code()))) : Cell());
            table.rows.push_back(std::move(row));
        }
    }
    table.notes = commonNotes();
    return table;
}

core::ReportTable ReportTables::evidence() const {
    const ReportLanguage& l = m_language;
    core::ReportTable table;
    table.title = utf8(l.pick("Estimates and projections", "估算值与预测值"));
    table.columns = {text(l, "Indicator", "指标"),
                     text(l, "Region", "地区"),
                     number(l, "Year", "年份", {}, 0),
                     number(l, "Value", "数值"),
                     text(l, "Unit", "单位"),
                     text(l, "Kind", "性质"),
                     text(l, "Source or method", "来源或方法")};
    std::set<std::tuple<int, std::string, int>> seen;
    // @p cityMethod: a county value is computed as the city's is; engine explanations (ids, English) are
    // never shown as a source.
    auto add = [&](const core::Verdict& v, const std::string& cityMethod) {
        if (!v.value || v.value->provenance == core::ProvenanceKind::Sourced)
            return;
        const core::IndicatorValue& value = *v.value;
        if (!seen.insert({static_cast<int>(value.indicator), value.regionCode, value.year}).second)
            return;
        std::string method = l.isChinese() ? value.methodZh : value.method;
        if (method.empty() && !cityMethod.empty())
            method = utf8(l.pick("as for the city: ", "与全市同法：")) + cityMethod;
        if (method.empty())
            method = value.provenance == core::ProvenanceKind::Projected
                         ? utf8(l.pick("projected from the scenario's drivers", "按情景驱动因素预测"))
                         : utf8(l.pick("estimated (see the statistics' sources)", "估算（见统计数据来源）"));
        const bool flag = core::IndicatorDisplay::isFlag(v.target);
        table.rows.push_back(
            {utf8(indicatorLabel(m_dataset, v, l)), utf8(regionName(m_dataset, value.regionCode, l)),
             static_cast<double>(value.year), flag ? Cell() : Cell(shown(v.target, value.value)),
             unitOf(v.target), utf8(provenanceName(value.provenance, l)), method});
    };
    for (std::size_t i = 0; i < m_result.verdicts().size(); ++i) {
        const core::Verdict& city = m_result.verdicts()[i];
        add(city, {});
        const std::string cityMethod =
            city.value ? (l.isChinese() ? city.value->methodZh : city.value->method) : std::string();
        for (const core::Verdict& county : m_result.countyVerdicts(i))
            add(county, cityMethod);
    }
    table.notes = commonNotes();
    for (const core::TrendNote& note : m_result.notes())
        table.notes.push_back(note.text(l.isChinese()));
    return table;
}

core::ReportTable ReportTables::allocation(const core::Allocation& allocation, const core::Dataset& dataset,
                                           const ReportLanguage& l) {
    core::ReportTable table;
    table.title = utf8(l.pick("Quotas %1", "用水总量指标分配 %1").arg(allocation.year));
    table.columns = {text(l, "Region", "地区"), number(l, "Quota", "分配指标", "亿m³", 4),
                     number(l, "Share", "占比", "%", 1), text(l, "Set by hand", "人工指定")};
    for (const core::AllocationShare& share : allocation.shares)
        table.rows.push_back({utf8(regionName(dataset, share.regionCode, l)), share.volume / 1e8,
                              allocation.cap > 0.0 ? Cell(100.0 * share.volume / allocation.cap) : Cell(),
                              share.manual ? utf8(l.pick("yes", "是")) : std::string()});
    table.rows.push_back(
        {utf8(l.pick("Total (cap)", "合计（总量控制）")), allocation.cap / 1e8, 100.0, std::string()});
    table.notes.push_back(utf8(l.pick("Method: ", "分配方法：")) +
                          core::allocationMethodName(allocation.method, l.isChinese()));
    if (allocation.remainder != 0.0)
        table.notes.push_back(utf8(l.pick("Unallocated remainder: %1 亿m³", "未分配余量：%1 亿m³")
                                       .arg(allocation.remainder / 1e8, 0, 'f', 4)));
    return table;
}

core::ReportTable ReportTables::comparison(const std::vector<const core::ScenarioResult*>& results,
                                           const std::vector<QString>& names, const core::Dataset& dataset,
                                           int year, const ReportLanguage& l) {
    core::ReportTable table;
    table.title = utf8(l.pick("Scenario comparison %1", "情景比较 %1").arg(year));
    table.columns = {text(l, "Indicator", "指标"), text(l, "Region", "地区"), text(l, "Unit", "单位"),
                     text(l, "Comparator", "比较"), number(l, "Target", "目标值")};
    const auto nameOf = [&](std::size_t s) {
        return s < names.size() ? names[s] : QString::fromStdString(results[s]->scenario());
    };
    for (std::size_t s = 0; s < results.size(); ++s) {
        table.columns.push_back(
            {.header = utf8(nameOf(s) + l.pick(": value", "：数值")), .unit = {}, .decimals = -1});
        table.columns.push_back({.header = utf8(nameOf(s) + l.pick(": verdict", "：评价")),
                                 .unit = {},
                                 .decimals = -1,
                                 .isText = true});
        if (s == 0)
            continue;
        table.columns.push_back({.header = utf8(l.pick("%1 − %2", "%1 − %2").arg(nameOf(s), nameOf(0))),
                                 .unit = {},
                                 .decimals = -1});
        table.columns.push_back({.header = utf8(l.pick("%1 vs %2", "%1 较 %2").arg(nameOf(s), nameOf(0))),
                                 .unit = "%",
                                 .decimals = 1});
    }
    if (results.empty())
        return table;
    // The rows, values, verdicts and differences of the comparison every view shows (one rule).
    for (const core::ComparisonRow& row : core::ScenarioComparison::compare(results, year)) {
        const core::PlanTarget& t = row.target;
        const core::Verdict* reference = results.front()->verdict(t.id);
        if (reference == nullptr)
            continue;
        const bool flag = core::IndicatorDisplay::isFlag(t);
        std::vector<Cell> cells{utf8(indicatorLabel(dataset, *reference, l)),
                                utf8(regionName(dataset, t.regionCode, l)), unitOf(t),
                                std::string(core::comparatorSymbol(t.comparator)), shown(t, t.value)};
        const std::optional<double> base = row.cells.empty() ? std::nullopt : row.cells.front().value;
        for (std::size_t k = 0; k < row.cells.size(); ++k) {
            const core::ComparisonCell& cell = row.cells[k];
            cells.push_back(cell.value ? Cell(shown(t, *cell.value)) : Cell());
            cells.push_back(Cell(utf8(render::StatusPalette::name(cell.status, l.code()))));
            if (k == 0)
                continue;
            // A done/not-done milestone has no difference to print; its verdicts say it.
            cells.push_back(cell.difference && !flag ? Cell(shown(t, *cell.difference)) : Cell());
            const std::optional<double> relative = relativeDifference(t, base, cell.difference);
            cells.push_back(relative ? Cell(core::ReportTable::Number{*relative, 1})
                                     : Cell()); // full value, shown to 0.1
        }
        table.rows.push_back(std::move(cells));
    }
    table.notes.push_back(utf8(
        l.pick("Differences are each scenario's value minus “%1”'s, in the row's unit (percentage points for "
               "%); the relative difference is that difference as a percentage of “%1”'s value, left empty "
               "for indicators already in %, for done/not-done milestones and where “%1” has no value or 0.",
               "差值为各情景数值减去“%1”的数值，单位同该行（百分比指标为百分点）；"
               "相对差值为该差值占“%1”数值的百分比，"
               "百分比指标、完成与否类里程碑以及“%1”无数值或为 0 时留空。")
            .arg(nameOf(0))));
    return table;
}

std::optional<double> ReportTables::relativeDifference(const core::PlanTarget& target,
                                                       std::optional<double> reference,
                                                       std::optional<double> difference) {
    if (!reference || !difference || *reference == 0.0 || core::IndicatorDisplay::isFlag(target) ||
        unitOf(target) == "%")
        return std::nullopt;
    return 100.0 * *difference / std::abs(*reference);
}

} // namespace jieshui::output
