// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/ScenarioWords.h"

#include "scenario/DriverCatalog.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace jieshui::i18n {

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/** A range end: a true minus sign, no trailing zeros. */
QString end(double v) {
    QString s = QLocale::c().toString(v, 'g', 6);
    if (s.startsWith(QLatin1Char('-')))
        s.replace(0, 1, QChar(0x2212));
    return s;
}

} // namespace

QString ScenarioWords::driverName(core::Driver driver, bool chinese) {
    const core::DriverInfo& info = core::DriverCatalog::info(driver);
    return fromView(chinese ? info.nameZh : info.nameEn);
}

QString ScenarioWords::driverUnit(core::Driver driver, bool chinese) {
    const core::DriverInfo& info = core::DriverCatalog::info(driver);
    return fromView(chinese ? info.unitZh : info.unitEn);
}

QString ScenarioWords::rangeText(core::Driver driver, bool chinese) {
    const QString interval =
        QStringLiteral("%1%2, %3]")
            .arg(core::DriverCatalog::minimumIncluded(driver) ? QLatin1Char('[') : QLatin1Char('('))
            .arg(end(core::DriverCatalog::displayMinimum(driver)))
            .arg(end(core::DriverCatalog::displayMaximum(driver)));
    const QString unit = driverUnit(driver, chinese);
    return unit.isEmpty() ? interval : interval + QLatin1Char(' ') + unit;
}

double ScenarioWords::displayValue(core::Driver driver, double fraction) {
    return core::DriverCatalog::toDisplay(driver, fraction);
}

QString ScenarioWords::formatValue(core::Driver driver, double fraction, bool chinese, bool withUnit) {
    const bool percent = core::DriverCatalog::info(driver).inPercent;
    QString number = QLocale().toString(displayValue(driver, fraction), 'f', percent ? 1 : 3);
    if (number.startsWith(QLatin1Char('-')))
        number.replace(0, 1, QChar(0x2212));
    const QString unit = driverUnit(driver, chinese);
    return withUnit && !unit.isEmpty() ? number + QLatin1Char(' ') + unit : number;
}

std::optional<double> ScenarioWords::parseValue(core::Driver driver, const QString& text) {
    QString t = text.trimmed();
    t.replace(QChar(0x2212), QLatin1Char('-')); // − as typed or pasted from our own tables
    t.replace(QChar(0xFF05), QLatin1Char('%')); // full-width ％
    const bool percentSign = t.endsWith(QLatin1Char('%'));
    if (percentSign) {
        if (!core::DriverCatalog::info(driver).inPercent)
            return std::nullopt;
        t.chop(1);
        t = t.trimmed();
    }
    bool ok = false;
    double v = QLocale::c().toDouble(t, &ok);
    if (!ok)
        v = QLocale().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return core::DriverCatalog::fromDisplay(driver, v);
}

bool ScenarioWords::isAmbiguous(core::Driver driver, const QString& text) {
    if (!core::DriverCatalog::info(driver).inPercent)
        return false;
    QString t = text.trimmed();
    t.replace(QChar(0xFF05), QLatin1Char('%'));
    if (t.endsWith(QLatin1Char('%')))
        return false;
    const std::optional<double> value = parseValue(driver, t);
    if (!value)
        return false;
    const double display = core::DriverCatalog::toDisplay(driver, *value);
    return display != 0.0 && std::abs(display) < 1.0;
}

QString ScenarioWords::ambiguousAdvice(core::Driver driver, const QString& text, bool chinese) {
    const std::optional<double> value = parseValue(driver, text);
    const double typed = value ? core::DriverCatalog::toDisplay(driver, *value) : 0.0;
    const QString unit = driverUnit(driver, chinese);
    const QString meant = QLocale::c().toString(typed * 100.0, 'g', 6); // as typed in a shell: ASCII minus
    return tr("“%1” for %2 is ambiguous: %2 is written in %3 (valid: %4). Write %5 for %5 %3, or %1% if "
              "you mean %1 %3.")
        .arg(text.trimmed(), driverName(driver, chinese), unit, rangeText(driver, chinese), meant);
}

QString ScenarioWords::exactValue(core::Driver driver, double fraction, bool chinese) {
    const QString number = end(core::DriverCatalog::toDisplay(driver, fraction));
    const QString unit = driverUnit(driver, chinese);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

QStringList ScenarioWords::driverTable(bool chinese) {
    QStringList lines;
    qsizetype idWidth = 0;
    qsizetype nameWidth = 0;
    for (core::Driver d : core::DriverTraits::all) {
        idWidth = std::max(idWidth, qsizetype(std::strlen(core::driverId(d))));
        nameWidth = std::max(nameWidth, driverName(d, chinese).size());
    }
    for (core::Driver d : core::DriverTraits::all) {
        const QString unit = driverUnit(d, chinese);
        lines << QStringLiteral("%1  %2  %3")
                     .arg(QString::fromLatin1(core::driverId(d)), -int(idWidth))
                     .arg(driverName(d, chinese), -int(nameWidth))
                     .arg(
                         tr("unit: %1; valid: %2")
                             .arg(unit.isEmpty() ? tr("a fraction (no unit)") : unit, rangeText(d, chinese)));
    }
    return lines;
}

QString ScenarioWords::scenarioLabel(std::string_view id, const std::vector<core::Scenario>& scenarios,
                                     bool chinese, bool withId) {
    const QString idText = QString::fromUtf8(id.data(), qsizetype(id.size()));
    for (const core::Scenario& s : scenarios)
        if (s.name == id) {
            const QString name = QString::fromStdString(core::scenarioDisplayName(s, chinese));
            return withId && name != idText ? QStringLiteral("“%1” (%2)").arg(name, idText)
                                            : QStringLiteral("“%1”").arg(name);
        }
    return QStringLiteral("“%1”").arg(idText);
}

QString ScenarioWords::regionLabel(const core::Dataset& dataset, const std::string& code, bool chinese,
                                   bool inSentence) {
    const core::Region* root = dataset.root();
    if (root != nullptr && root->code == code)
        return inSentence ? tr("the whole city") : tr("Whole city");
    const core::Region* region = dataset.region(code);
    if (region == nullptr)
        return QString::fromStdString(code);
    const std::string& name = chinese || region->nameEn.empty() ? region->nameZh : region->nameEn;
    return QString::fromStdString(name.empty() ? code : name);
}

QString ScenarioWords::fromYearText(int fromYear) {
    return fromYear == 0 ? tr("every projected year") : tr("from %1").arg(fromYear);
}

QString ScenarioWords::problem(const core::ScenarioProblem& p, const core::Dataset& dataset,
                               const std::vector<core::Scenario>& scenarios, bool chinese, bool withIds) {
    using Kind = core::ScenarioProblem::Kind;
    const QString scenario = scenarioLabel(p.scenario, scenarios, chinese, withIds);
    const QString driver = driverName(p.driver, chinese);
    const QString region = regionLabel(dataset, p.region, chinese);
    switch (p.kind) {
    case Kind::InvalidId:
        return tr("“%1” cannot be a scenario id: use letters, digits, “-” and “_”, starting with a letter or "
                  "digit.")
            .arg(QString::fromStdString(p.scenario));
    case Kind::DuplicateId:
        return tr("A scenario with the id “%1” exists already.").arg(QString::fromStdString(p.scenario));
    case Kind::UnknownScenario:
        return tr("The project has no scenario “%1”.").arg(QString::fromStdString(p.scenario));
    case Kind::UnknownParent:
        return tr("The parent “%1” is not a scenario of the project.").arg(QString::fromStdString(p.parent));
    case Kind::NeedsParent:
        return tr("A new scenario needs a parent to inherit from: a project has one baseline.");
    case Kind::HasHeirs: {
        QStringList heirs;
        for (const std::string& h : p.heirs)
            heirs << scenarioLabel(h, scenarios, chinese, withIds);
        return tr("%1 cannot be deleted while other scenarios inherit from it: %2. Delete those first.")
            .arg(scenario, heirs.join(tr(", ")));
    }
    case Kind::UnknownRegion:
        return tr("“%1” is neither the city nor one of its counties.").arg(QString::fromStdString(p.region));
    case Kind::ImplausibleYear:
        return tr("%1 is not a plausible first year (leave it empty for every projected year).").arg(p.year);
    case Kind::OutOfRange:
        return tr("%1 must lie in %2; %3 is outside.")
            .arg(driver, rangeText(p.driver, chinese), formatValue(p.driver, p.value, chinese, false));
    case Kind::NoSuchOverride:
        return tr("%1 has no own value of %2 for %3, %4.")
            .arg(scenario, driver, region, fromYearText(p.year));
    case Kind::DuplicateOverride:
        return tr("%1 already has a value of %2 for %3, %4.")
            .arg(scenario, driver, region, fromYearText(p.year));
    case Kind::NoSuchPosition:
        break;
    }
    return tr("There is no such position in the list.");
}

} // namespace jieshui::i18n
