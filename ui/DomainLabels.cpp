// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainLabels.h"

#include "model/Dataset.h"
#include "model/IndicatorDisplay.h"
#include "model/RegionName.h"
#include "render/ComplianceMapBuilder.h"
#include "render/StatusPalette.h"
#include "report/JudgedIndicator.h"

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
    return QString::fromStdString(core::regionName(region, isChinese()));
}

QString DomainLabels::regionName(const core::Dataset& dataset, const QString& code) {
    const core::Region* region = dataset.region(code.toStdString());
    return region ? regionName(*region) : code;
}

QString DomainLabels::scenarioName(const core::Scenario& scenario) {
    return QString::fromStdString(core::scenarioDisplayName(scenario, isChinese()));
}

QString DomainLabels::statusName(core::VerdictStatus status) {
    return render::StatusPalette::name(status);
}

QColor DomainLabels::statusColor(core::VerdictStatus status) {
    return render::StatusPalette::textColor(status);
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
    return QString::fromStdString(core::IndicatorDisplay::unit(indicator));
}

double DomainLabels::toDisplay(core::Indicator indicator, double baseValue) {
    return core::IndicatorDisplay::toDisplay(indicator, baseValue);
}

QString DomainLabels::formatValue(core::Indicator indicator, double baseValue, bool withUnit) {
    return QString::fromStdString(withUnit ? core::IndicatorDisplay::formatWithUnit(indicator, baseValue)
                                           : core::IndicatorDisplay::format(indicator, baseValue));
}

QString DomainLabels::judgedIndicatorName(core::Indicator indicator) {
    return indicatorName(core::judgedIndicator(indicator));
}

QString DomainLabels::targetLabel(const core::PlanTarget& target, const core::Dataset& dataset) {
    if (target.indicator != core::Indicator::TaskMilestone)
        return judgedIndicatorName(target.indicator);
    const core::KeyTask* task = nullptr;
    for (const core::KeyTask& t : dataset.tasks())
        if (t.number == target.taskNumber)
            task = &t;
    return task ? tr("Task %1: %2").arg(target.taskNumber).arg(taskTitle(*task))
                : tr("Task %1").arg(target.taskNumber);
}

QString DomainLabels::formatTargetValue(const core::PlanTarget& target, double baseValue) {
    if (core::IndicatorDisplay::isFlag(target)) // a done/not-done milestone: words
        return baseValue >= 0.5 ? tr("done") : tr("not done");
    const QString number = QString::fromStdString(core::IndicatorDisplay::formatForTarget(target, baseValue));
    const QString unit = QString::fromStdString(core::IndicatorDisplay::targetUnit(target));
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString DomainLabels::formatTargetGap(const core::PlanTarget& target, std::optional<double> gap) {
    if (!gap || core::IndicatorDisplay::isFlag(target)) // no gap in "flags"
        return QStringLiteral("—");
    if (target.indicator != core::Indicator::TaskMilestone)
        return formatGap(target.indicator, gap);
    const QString number =
        QString::fromStdString(core::IndicatorDisplay::formatForTarget(target, *gap, true));
    const QString unit = QString::fromStdString(core::IndicatorDisplay::targetUnit(target));
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QString DomainLabels::verdictSentence(const core::Verdict& verdict, const core::Dataset& dataset,
                                      bool richText) {
    const core::PlanTarget& target = verdict.target;
    const auto escaped = [richText](const QString& text) { return richText ? text.toHtmlEscaped() : text; };
    QString value;
    if (verdict.value) {
        value = formatTargetValue(target, verdict.value->value);
        if (verdict.value->provenance != core::ProvenanceKind::Sourced)
            value = tr("%1 (%2)").arg(value, provenanceName(verdict.value->provenance).toLower());
    } else {
        value = tr("no value");
    }
    const QString threshold =
        core::IndicatorDisplay::isFlag(target)
            ? formatTargetValue(target, target.value)
            : comparatorText(target.comparator) + QLatin1Char(' ') + formatTargetValue(target, target.value);
    QString status = statusName(verdict.status);
    if (richText)
        status =
            QStringLiteral("<b style=\"color:%1\">%2</b>").arg(statusColor(verdict.status).name(), status);
    QString sentence =
        tr("%1, %2 — %3: %4; target %5: %6")
            .arg(escaped(regionName(dataset, QString::fromStdString(target.regionCode))))
            .arg(target.year)
            .arg(escaped(targetLabel(target, dataset)), escaped(value), escaped(threshold), status);
    if (verdict.status == core::VerdictStatus::NoQuota)
        sentence += escaped(tr(" (the %1 split of the cap gives this region no quota)").arg(target.year));
    else if (verdict.gap && verdict.status != core::VerdictStatus::NoData)
        sentence += escaped(tr(", gap %1").arg(formatTargetGap(target, verdict.gap)));
    if (verdict.requiredAnnualRate)
        sentence += escaped(tr("; still needed: %1").arg(formatAnnualRate(*verdict.requiredAnnualRate)));
    if (!target.source.empty())
        sentence +=
            escaped(tr(" (source: %1 %2)")
                        .arg(QString::fromStdString(target.source), QString::fromStdString(target.clause))
                        .replace(QStringLiteral(" )"), QStringLiteral(")")));
    return sentence;
}

QString DomainLabels::formatGap(core::Indicator indicator, std::optional<double> gap) {
    if (!gap)
        return QStringLiteral("—");
    const QString text = QString::fromStdString(core::IndicatorDisplay::formatSigned(indicator, *gap));
    if (core::IndicatorDisplay::differencesInPercentagePoints(indicator))
        return text + tr(" pp"); // percentage points: a gap of 2 % of a rate is ambiguous
    const QString unit = displayUnit(indicator);
    return unit.isEmpty() ? text : text + QLatin1Char(' ') + unit;
}

QString DomainLabels::formatAnnualRate(double fractionPerYear) {
    return tr("%1 %/yr").arg(
        QString::fromStdString(core::IndicatorDisplay::formatAnnualRate(fractionPerYear)));
}

} // namespace jieshui::ui
