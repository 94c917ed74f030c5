// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainLabels.h"

#include "model/Dataset.h"
#include "units/UnitParser.h"

#include <QLocale>
#include <cmath>

namespace jieshui::ui {

namespace {
QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
} // namespace

bool DomainLabels::isChinese() {
    return QLocale().language() == QLocale::Chinese;
}

QString DomainLabels::indicatorName(core::Indicator indicator) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(indicator);
    return fromView(isChinese() ? info.nameZh : info.nameEn);
}

QString DomainLabels::regionName(const core::Region& region) {
    const std::string& name = isChinese() || region.nameEn.empty() ? region.nameZh : region.nameEn;
    return name.empty() ? QString::fromStdString(region.code) : QString::fromStdString(name);
}

QString DomainLabels::regionName(const core::Dataset& dataset, const QString& code) {
    const core::Region* region = dataset.region(code.toStdString());
    return region ? regionName(*region) : code;
}

QString DomainLabels::statusName(core::VerdictStatus status) {
    switch (status) {
    case core::VerdictStatus::Met:
        return tr("Met");
    case core::VerdictStatus::AtRisk:
        return tr("At risk");
    case core::VerdictStatus::Missed:
        return tr("Missed");
    case core::VerdictStatus::NoData:
        break;
    }
    return tr("No data");
}

QColor DomainLabels::statusColor(core::VerdictStatus status) {
    switch (status) {
    case core::VerdictStatus::Met:
        return QColor(0x2e, 0x7d, 0x32);
    case core::VerdictStatus::AtRisk:
        return QColor(0xf9, 0xa8, 0x25);
    case core::VerdictStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case core::VerdictStatus::NoData:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString DomainLabels::provenanceName(core::ProvenanceKind kind) {
    switch (kind) {
    case core::ProvenanceKind::Sourced:
        return tr("Sourced");
    case core::ProvenanceKind::Estimate:
        return tr("Estimate");
    case core::ProvenanceKind::Projected:
        break;
    }
    return tr("Projected");
}

QString DomainLabels::taskStatusName(core::TaskStatus status) {
    switch (status) {
    case core::TaskStatus::NotStarted:
        return tr("Not started");
    case core::TaskStatus::InProgress:
        return tr("In progress");
    case core::TaskStatus::Done:
        return tr("Done");
    case core::TaskStatus::Overdue:
        break;
    }
    return tr("Overdue");
}

QString DomainLabels::taskTitle(const core::KeyTask& task) {
    const std::string& title = isChinese() || task.titleEn.empty() ? task.titleZh : task.titleEn;
    return QString::fromStdString(title);
}

QString DomainLabels::comparatorText(core::Comparator comparator) {
    return comparator == core::Comparator::AtMost ? QStringLiteral("≤") : QStringLiteral("≥");
}

QString DomainLabels::displayUnit(core::Indicator indicator) {
    const QString unit = fromView(core::IndicatorCatalog::info(indicator).displayUnit);
    return unit == QLatin1String("1") ? QString() : unit;
}

double DomainLabels::toDisplay(core::Indicator indicator, double baseValue) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(indicator);
    switch (info.dimension) {
    case core::Dimension::Volume:
        return baseValue / 1e8; // m³ → 亿m³
    case core::Dimension::Intensity:
        return baseValue * 1e4; // m³/yuan → m³/万元
    case core::Dimension::Fraction:
        return info.displayUnit == "%" ? baseValue * 100.0 : baseValue;
    default:
        return baseValue;
    }
}

QString DomainLabels::formatValue(core::Indicator indicator, double baseValue, bool withUnit) {
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(indicator);
    const double shown = toDisplay(indicator, baseValue);
    int decimals = 2;
    if (info.dimension == core::Dimension::Fraction && info.displayUnit != "%")
        decimals = 3; // coefficients are published to three places (0.503)
    else if (info.dimension == core::Dimension::Fraction)
        decimals = 1;
    else if (info.dimension == core::Dimension::Intensity)
        decimals = 1;
    else if (info.dimension == core::Dimension::Count)
        decimals = 0;
    QString text = QLocale().toString(shown, 'f', decimals);
    const QString unit = displayUnit(indicator);
    if (withUnit && !unit.isEmpty())
        text += unit == QLatin1String("%") ? QStringLiteral(" %") : QStringLiteral(" ") + unit;
    return text;
}

QString DomainLabels::formatInUnit(double baseValue, const std::string& unit, bool withSign) {
    if (unit == "flag") // a done/not-done milestone: words, and no gap in "flags"
        return withSign ? QStringLiteral("—") : baseValue >= 0.5 ? tr("done") : tr("not done");
    const core::Result<core::UnitSpec> spec = core::UnitParser::parse(unit);
    const double shown =
        spec.isOk() && spec.value().toBase != 0.0 ? baseValue / spec.value().toBase : baseValue;
    // Whole numbers (counts, done flags) without decimals; areas and shares with up to two.
    const bool whole = std::abs(shown - std::round(shown)) < 1e-9;
    QString text = QLocale().toString(shown, 'f', whole ? 0 : 2);
    if (withSign && shown > 0)
        text.prepend(QLatin1Char('+'));
    if (!unit.empty() && unit != "1")
        text += QLatin1Char(' ') + QString::fromStdString(unit);
    return text;
}

QString DomainLabels::targetLabel(const core::PlanTarget& target, const core::Dataset& dataset) {
    if (target.indicator != core::Indicator::TaskMilestone)
        return indicatorName(target.indicator);
    const core::KeyTask* task = nullptr;
    for (const core::KeyTask& t : dataset.tasks())
        if (t.number == target.taskNumber)
            task = &t;
    return task ? tr("Task %1: %2").arg(target.taskNumber).arg(taskTitle(*task))
                : tr("Task %1").arg(target.taskNumber);
}

QString DomainLabels::formatTargetValue(const core::PlanTarget& target, double baseValue) {
    return target.indicator == core::Indicator::TaskMilestone ? formatInUnit(baseValue, target.unit)
                                                              : formatValue(target.indicator, baseValue);
}

QString DomainLabels::formatTargetGap(const core::PlanTarget& target, std::optional<double> gap) {
    if (target.indicator != core::Indicator::TaskMilestone)
        return formatGap(target.indicator, gap);
    return gap ? formatInUnit(*gap, target.unit, true) : QStringLiteral("—");
}

QString DomainLabels::formatGap(core::Indicator indicator, std::optional<double> gap) {
    if (!gap)
        return QStringLiteral("—");
    const core::IndicatorInfo& info = core::IndicatorCatalog::info(indicator);
    QString text = formatValue(indicator, *gap, false);
    if (*gap > 0)
        text.prepend(QLatin1Char('+'));
    if (info.dimension == core::Dimension::Fraction && info.displayUnit == "%")
        return text + tr(" pp"); // percentage points: a gap of 2 % of a rate is ambiguous
    const QString unit = displayUnit(indicator);
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

} // namespace jieshui::ui
