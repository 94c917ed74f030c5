// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/InputLabel.h"

#include "model/RegionName.h"
#include "model/Variable.h"
#include "scenario/DriverCatalog.h"

#include <QCoreApplication>
#include <array>

namespace jieshui::render {

namespace {

bool chinese(const QString& language) {
    return language == QLatin1String("zh");
}

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString regionName(const core::Dataset& dataset, const std::string& code, bool zh) {
    const core::Region* region = dataset.region(code);
    if (region == nullptr)
        return QString::fromStdString(code);
    return QString::fromStdString(core::regionName(*region, zh));
}

QString number(double value) {
    return QString::number(value, 'g', 4);
}

} // namespace

QString InputLabel::driverName(core::Driver driver, const QString& language) {
    // The one table of driver names (core::DriverCatalog), as the scenario editors show them.
    const core::DriverInfo& info = core::DriverCatalog::info(driver);
    const std::string_view name = chinese(language) ? info.nameZh : info.nameEn;
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString InputLabel::text(const core::UncertainInput& input, const core::Dataset& dataset,
                         const QString& language) {
    const bool zh = chinese(language);
    const QString region = regionName(dataset, input.regionCode, zh);
    if (input.kind == core::UncertainInput::Kind::Driver) {
        const QString years = input.year == input.toYear
                                  ? QString::number(input.year)
                                  : QStringLiteral("%1–%2").arg(input.year).arg(input.toYear);
        return QStringLiteral("%1 %2 %3").arg(region, driverName(input.driver, language), years);
    }
    QString variable = QString::fromStdString(input.variable);
    if (const core::VariableInfo* info = core::VariableCatalog::find(input.variable))
        variable = fromStd(zh ? info->nameZh : info->nameEn);
    return QStringLiteral("%1 %2 %3").arg(region, variable).arg(input.year);
}

QString InputLabel::spread(const core::UncertainInput& input, const core::Dataset& dataset,
                           const QString& language) {
    const bool zh = chinese(language);
    const core::InputUncertainty& u = input.uncertainty;
    const QString sign =
        u.distribution == core::DistributionKind::Normal ? QStringLiteral("σ ") : QStringLiteral("±");
    if (u.spreadKind == core::SpreadKind::Relative)
        return sign + number(u.spread * 100.0) + QStringLiteral(" %");
    std::optional<core::Dimension> dimension = core::Dimension::Fraction;
    if (input.kind == core::UncertainInput::Kind::Statistic)
        dimension = dataset.variableDimension(input.variable);
    if (dimension == core::Dimension::Fraction)
        return sign + number(u.spread * 100.0) +
               (zh ? QStringLiteral(" 个百分点")
                   : QCoreApplication::translate("render", " percentage points"));
    if (dimension == core::Dimension::PriceIndex)
        return sign + number(u.spread) +
               (zh ? QStringLiteral(" 个点") : QCoreApplication::translate("render", " points"));
    const char* unit = "";
    switch (dimension.value_or(core::Dimension::Count)) {
    case core::Dimension::Volume:
        unit = " m³";
        break;
    case core::Dimension::Money:
        unit = zh ? " 元" : " yuan";
        break;
    case core::Dimension::Area:
        unit = " m²";
        break;
    case core::Dimension::Length:
        unit = " m";
        break;
    case core::Dimension::Pressure:
        unit = " Pa";
        break;
    case core::Dimension::Intensity:
        unit = " m³/yuan";
        break;
    default:
        break;
    }
    return sign + number(u.spread) + QString::fromUtf8(unit);
}

} // namespace jieshui::render
