// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/ScenarioCommand.h"

#include "ProjectEdit.h"
#include "ProjectSource.h"
#include "TextTable.h"
#include "i18n/ScenarioWords.h"
#include "scenario/DriverCatalog.h"
#include "scenario/ScenarioEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

namespace jieshui::cli {

namespace {

QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}
QString q(const std::string& s) {
    return QString::fromStdString(s);
}

/** Between items of a list in a sentence. */
QString separator(bool zh) {
    return zh ? QStringLiteral("；") : QStringLiteral("; ");
}

/** The drivers, one per line with name, unit and range, indented under a message. */
QString driverList(bool zh) {
    QString text;
    for (const QString& line : i18n::ScenarioWords::driverTable(zh))
        text += QStringLiteral("\n  ") + line;
    return text;
}

/** Options of the editing actions, read from the arguments after PROJECT. */
struct EditOptions {
    QStringList words; ///< positional: ID, then DRIVER=VALUE or DRIVER
    QString parent;
    QString copyOf;
    QString region;
    std::optional<int> fromYear; ///< absent: not given (set: every projected year; unset: any year)
    bool all = false;            ///< unset: every matching value
    std::optional<QString> nameZh, nameEn, descriptionZh, descriptionEn;
};

} // namespace

QString ScenarioCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP(
        "cli",
        "scenario list|create|delete|set|unset PROJECT …   list the scenarios; create ID --parent P "
        "(or --copy-of S) [--name-zh N] [--name-en N]; delete ID; set ID DRIVER=VALUE … [--region "
        "CODE] [--from YEAR]; unset ID DRIVER … [--region CODE] [--from YEAR] [--all] — all or nothing"));
}

QString ScenarioCommand::help(bool zh) const {
    QString text =
        synopsis() + QLatin1Char('\n') + QLatin1Char('\n') +
        message(QT_TRANSLATE_NOOP("cli", "Drivers (DRIVER=VALUE, the value in the driver's unit):")) +
        driverList(zh) + QLatin1Char('\n') + QLatin1Char('\n');
    text += message(QT_TRANSLATE_NOOP(
        "cli",
        "Values are typed in the unit shown: leakage-rate=7 is 7 %, gdp-real-growth=-1.5 is −1.5 %/yr. A "
        "number between −1 and 1 (not 0) for a driver in percent is refused as ambiguous unless written "
        "with its unit: leakage-rate=0.07% means 0.07 %; for 7 % write 7. The irrigation coefficient is a "
        "bare fraction (0.55).\n"
        "Without --region a value is the whole city's; without --from it holds in every projected year. "
        "unset removes the one matching value whatever its region and first year; when several match it "
        "lists them: name one with --region and --from, or give --all."));
    return text + QLatin1Char('\n');
}

int ScenarioCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        context.out << help(context.language == QLatin1String("zh"));
        return Success;
    }
    if (arguments.size() < 2) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    const QString action = arguments[0];
    const QString project = arguments[1];
    const QStringList rest = arguments.mid(2);
    if (action == QLatin1String("list"))
        return list(project, rest, context);
    if (action == QLatin1String("create") || action == QLatin1String("delete") ||
        action == QLatin1String("set") || action == QLatin1String("unset"))
        return edit(action, project, rest, context);
    context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown scenario action '%1'.")).arg(action) << '\n'
                << synopsis() << '\n';
    return UsageError;
}

int ScenarioCommand::list(const QString& project, const QStringList& options, CliContext& context) {
    bool json = false;
    for (int i = 0; i < options.size(); ++i) {
        if (options[i] == QLatin1String("--format") && i + 1 < options.size()) {
            const QString format = options[++i];
            if (format != QLatin1String("text") && format != QLatin1String("json")) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "--format must be text or json, not '%1'."))
                                   .arg(format)
                            << '\n';
                return UsageError;
            }
            json = format == QLatin1String("json");
        } else {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown option '%1'.")).arg(options[i]) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
    }
    auto data = ProjectSource::load(project);
    if (data.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                           .arg(q(data.error().toString()))
                    << '\n';
        return UserError;
    }
    const bool zh = context.language == QLatin1String("zh");
    const auto& scenarios = data.value().scenarios;
    const auto& dataset = data.value().dataset;
    const auto allocationYears = [&](const std::string& id) {
        QStringList years;
        for (const core::Allocation& a : data.value().allocations)
            if (a.scenario == id)
                years << QString::number(a.year);
        return years;
    };
    if (json) {
        QJsonArray rows;
        for (const core::Scenario& s : scenarios) {
            QJsonArray overrides;
            for (const core::DriverOverride& o : s.overrides)
                overrides.append(
                    QJsonObject{{QStringLiteral("region_code"), q(o.regionCode)},
                                {QStringLiteral("driver"), QString::fromLatin1(core::driverId(o.driver))},
                                {QStringLiteral("from_year"), o.fromYear},
                                {QStringLiteral("value"), o.value}});
            rows.append(QJsonObject{
                {QStringLiteral("id"), q(s.name)},
                {QStringLiteral("parent"), q(s.parent)},
                {QStringLiteral("name"), q(core::scenarioDisplayName(s, zh))},
                {QStringLiteral("name_zh"), q(s.nameZh)},
                {QStringLiteral("name_en"), q(s.nameEn)},
                {QStringLiteral("description_zh"), q(s.descriptionZh)},
                {QStringLiteral("description_en"), q(s.descriptionEn)},
                {QStringLiteral("overrides"), overrides},
                {QStringLiteral("allocation_years"), QJsonArray::fromStringList(allocationYears(s.name))}});
        }
        context.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (scenarios.empty()) {
        context.out << message(QT_TRANSLATE_NOOP("cli", "The project has no scenarios.")) << '\n';
        return Success;
    }
    TextTable table;
    table.setHeader({message(QT_TRANSLATE_NOOP("cli", "Scenario")), message(QT_TRANSLATE_NOOP("cli", "Id")),
                     message(QT_TRANSLATE_NOOP("cli", "Inherits from")),
                     message(QT_TRANSLATE_NOOP("cli", "Own values")),
                     message(QT_TRANSLATE_NOOP("cli", "Own quotas"))});
    table.setAlignment(3, TextTable::Align::Right);
    // The inheritance tree: each scenario under its parent, indented by its depth.
    std::set<std::string> shown;
    const auto walk = [&](const auto& self, const std::string& parent, int depth) -> void {
        for (const core::Scenario& s : scenarios) {
            if (s.parent != parent || !shown.insert(s.name).second)
                continue;
            table.addRow(
                {QString(depth * 2, QLatin1Char(' ')) + q(core::scenarioDisplayName(s, zh)), q(s.name),
                 s.parent.empty() ? QStringLiteral("—")
                                  : i18n::ScenarioWords::scenarioLabel(s.parent, scenarios, zh),
                 QString::number(s.overrides.size()), allocationYears(s.name).join(QStringLiteral(", "))});
            self(self, s.name, depth + 1);
        }
    };
    walk(walk, std::string(), 0);
    for (const core::Scenario& s : scenarios) // parents missing from the file: listed, not lost
        if (shown.insert(s.name).second)
            table.addRow({q(core::scenarioDisplayName(s, zh)), q(s.name), q(s.parent),
                          QString::number(s.overrides.size()),
                          allocationYears(s.name).join(QStringLiteral(", "))});
    context.out << table.toString();
    for (const core::Scenario& s : scenarios)
        for (const core::DriverOverride& o : s.overrides)
            context.out << QStringLiteral("  %1 · %2 · %3 · %4: %5\n")
                               .arg(q(s.name), i18n::ScenarioWords::regionLabel(dataset, o.regionCode, zh),
                                    i18n::ScenarioWords::driverName(o.driver, zh),
                                    i18n::ScenarioWords::fromYearText(o.fromYear),
                                    i18n::ScenarioWords::formatValue(o.driver, o.value, zh));
    return Success;
}

int ScenarioCommand::edit(const QString& action, const QString& project, const QStringList& arguments,
                          CliContext& context) {
    EditOptions o;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const auto next = [&]() -> std::optional<QString> {
            if (i + 1 >= arguments.size())
                return std::nullopt;
            return arguments[++i];
        };
        if (!a.startsWith(QLatin1String("--"))) {
            o.words << a;
            continue;
        }
        if (a == QLatin1String("--all")) {
            o.all = true;
            continue;
        }
        const std::optional<QString> value = next();
        if (!value) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
            return UsageError;
        }
        if (a == QLatin1String("--parent"))
            o.parent = *value;
        else if (a == QLatin1String("--copy-of"))
            o.copyOf = *value;
        else if (a == QLatin1String("--region"))
            o.region = *value;
        else if (a == QLatin1String("--from")) {
            bool ok = false;
            o.fromYear = value->toInt(&ok);
            if (!ok) {
                context.err << message(
                                   QT_TRANSLATE_NOOP("cli", "--from needs a year such as 2030, not '%1'."))
                                   .arg(*value)
                            << '\n';
                return UsageError;
            }
        } else if (a == QLatin1String("--name-zh"))
            o.nameZh = *value;
        else if (a == QLatin1String("--name-en"))
            o.nameEn = *value;
        else if (a == QLatin1String("--description-zh"))
            o.descriptionZh = *value;
        else if (a == QLatin1String("--description-en"))
            o.descriptionEn = *value;
        else {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown option '%1'.")).arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
    }
    if (o.words.isEmpty()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Name the scenario by its id.")) << '\n'
                    << synopsis() << '\n';
        return UsageError;
    }
    if (ProjectSource::isEmbedded(project)) {
        context.err << message(QT_TRANSLATE_NOOP(
                           "cli",
                           "The embedded project cannot be changed: create a project file with 'new' first."))
                    << '\n';
        return UsageError;
    }
    const std::string id = o.words.takeFirst().toStdString();

    auto opened = ProjectEdit::open(project);
    if (opened.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                           .arg(q(opened.error().toString()))
                    << '\n';
        return UserError;
    }
    ProjectEdit& edit = opened.value();
    store::ProjectData& data = edit.data();
    const bool zh = context.language == QLatin1String("zh");
    // Every change goes to a copy; the project is saved only when all of them were accepted.
    std::vector<core::Scenario> scenarios = data.scenarios;
    core::ScenarioEditor editor(scenarios, core::ScenarioRegions::fromDataset(data.dataset));
    const std::string region = o.region.isEmpty() ? editor.regions().cityCode : o.region.toStdString();
    const auto refuse = [&](const core::ScenarioProblem& problem) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Nothing was changed: %1"))
                           .arg(i18n::ScenarioWords::problem(problem, data.dataset, scenarios, zh, true))
                    << '\n';
        return UserError;
    };
    const auto applyTexts = [&]() -> std::optional<core::ScenarioProblem> {
        const auto i = core::ScenarioEditor::indexOf(scenarios, id);
        if (!i)
            return core::ScenarioProblem{.kind = core::ScenarioProblem::Kind::UnknownScenario,
                                         .scenario = id};
        const core::Scenario& s = scenarios[*i];
        return editor.describe(id, o.nameZh ? o.nameZh->toStdString() : s.nameZh,
                               o.nameEn ? o.nameEn->toStdString() : s.nameEn,
                               o.descriptionZh ? o.descriptionZh->toStdString() : s.descriptionZh,
                               o.descriptionEn ? o.descriptionEn->toStdString() : s.descriptionEn);
    };
    QString done;
    std::vector<core::Allocation> allocations = data.allocations;

    if (action == QLatin1String("create")) {
        core::Scenario s{.name = id, .parent = o.parent.toStdString()};
        if (!o.copyOf.isEmpty()) {
            const auto source = core::ScenarioEditor::indexOf(scenarios, o.copyOf.toStdString());
            if (!source)
                return refuse({.kind = core::ScenarioProblem::Kind::UnknownScenario,
                               .scenario = o.copyOf.toStdString()});
            s.overrides = scenarios[*source].overrides;
            if (o.parent.isEmpty())
                s.parent = scenarios[*source].parent;
        } else if (o.parent.isEmpty() && !scenarios.empty()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Give the parent with --parent (or --copy-of)."))
                        << '\n';
            return UsageError;
        }
        if (auto p = editor.create(s))
            return refuse(*p);
        if (auto p = applyTexts())
            return refuse(*p);
        done = message(QT_TRANSLATE_NOOP("cli", "Created %1."))
                   .arg(i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true));
    } else if (action == QLatin1String("delete")) {
        const QString label = i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true);
        if (auto p = editor.remove(id))
            return refuse(*p);
        // Its own quota splits go with it (its heirs, if it had any, would have been refused above).
        const auto before = allocations.size();
        std::erase_if(allocations, [&](const core::Allocation& a) { return a.scenario == id; });
        done = message(QT_TRANSLATE_NOOP("cli", "Deleted %1 and its own quota splits (%2)."))
                   .arg(label)
                   .arg(before - allocations.size());
    } else if (action == QLatin1String("set")) {
        QStringList echoed;
        for (const QString& word : std::as_const(o.words)) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            if (eq < 0) {
                context.err << message(
                                   QT_TRANSLATE_NOOP("cli", "'%1' is not DRIVER=VALUE; the drivers are:%2"))
                                   .arg(word, driverList(zh))
                            << '\n';
                return UsageError;
            }
            const QString name = word.left(eq).trimmed();
            const auto driver = core::driverFromId(name.toStdString());
            if (!driver) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown driver '%1'; the drivers are:%2"))
                                   .arg(name, driverList(zh))
                            << '\n';
                return UsageError;
            }
            const QString typed = word.mid(eq + 1);
            const auto value = i18n::ScenarioWords::parseValue(*driver, typed);
            if (!value) {
                context.err << message(QT_TRANSLATE_NOOP(
                                           "cli", "Nothing was changed: '%1' is not a value of %2 (%3)."))
                                   .arg(typed, i18n::ScenarioWords::driverName(*driver, zh),
                                        i18n::ScenarioWords::rangeText(*driver, zh))
                            << '\n';
                return UserError;
            }
            if (i18n::ScenarioWords::isAmbiguous(*driver, typed)) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Nothing was changed: %1"))
                                   .arg(i18n::ScenarioWords::ambiguousAdvice(*driver, typed, zh))
                            << '\n';
                return UserError;
            }
            if (auto p = editor.setOverride(id, {.regionCode = region,
                                                 .driver = *driver,
                                                 .fromYear = o.fromYear.value_or(0),
                                                 .value = *value}))
                return refuse(*p);
            echoed << QStringLiteral("%1 = %2").arg(i18n::ScenarioWords::driverName(*driver, zh),
                                                    i18n::ScenarioWords::exactValue(*driver, *value, zh));
        }
        if (o.nameZh || o.nameEn || o.descriptionZh || o.descriptionEn) {
            if (auto p = applyTexts())
                return refuse(*p);
        } else if (echoed.isEmpty()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Nothing to set: give DRIVER=VALUE or a name."))
                        << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
        done = echoed.isEmpty() ? message(QT_TRANSLATE_NOOP("cli", "Changed %1: name and description."))
                                      .arg(i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true))
                                : message(QT_TRANSLATE_NOOP("cli", "Changed %1 (%2, %3): %4."))
                                      .arg(i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true),
                                           i18n::ScenarioWords::regionLabel(data.dataset, region, zh),
                                           i18n::ScenarioWords::fromYearText(o.fromYear.value_or(0)),
                                           echoed.join(separator(zh)));
    } else { // unset
        if (o.words.isEmpty()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Name the drivers to unset; the drivers are:%1"))
                               .arg(driverList(zh))
                        << '\n';
            return UsageError;
        }
        const auto index = core::ScenarioEditor::indexOf(scenarios, id);
        if (!index)
            return refuse({.kind = core::ScenarioProblem::Kind::UnknownScenario, .scenario = id});
        QStringList removed;
        for (const QString& word : std::as_const(o.words)) {
            const auto driver = core::driverFromId(word.trimmed().toStdString());
            if (!driver) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown driver '%1'; the drivers are:%2"))
                                   .arg(word, driverList(zh))
                            << '\n';
                return UsageError;
            }
            // The scenario's own values of this driver that fit what was given (region, first year).
            std::vector<core::DriverOverride> matching;
            for (const core::DriverOverride& v : scenarios[*index].overrides)
                if (v.driver == *driver && (o.region.isEmpty() || v.regionCode == region) &&
                    (!o.fromYear || v.fromYear == *o.fromYear))
                    matching.push_back(v);
            const auto describe = [&](const core::DriverOverride& v) {
                return QStringLiteral("%1, %2: %3")
                    .arg(i18n::ScenarioWords::regionLabel(data.dataset, v.regionCode, zh),
                         i18n::ScenarioWords::fromYearText(v.fromYear),
                         i18n::ScenarioWords::exactValue(v.driver, v.value, zh));
            };
            if (matching.empty()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Nothing was changed: %1 has no own value of "
                                                                "%2 that matches."))
                                   .arg(i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true),
                                        i18n::ScenarioWords::driverName(*driver, zh))
                            << '\n';
                return UserError;
            }
            if (matching.size() > 1 && !o.all) {
                QString list;
                for (const core::DriverOverride& v : matching)
                    list += QStringLiteral("\n  ") + describe(v);
                context.err << message(QT_TRANSLATE_NOOP(
                                           "cli", "Nothing was changed: %1 has %2 own values of %3:%4\nName "
                                                  "one with --region CODE and --from YEAR, or remove them "
                                                  "all with --all."))
                                   .arg(i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true))
                                   .arg(matching.size())
                                   .arg(i18n::ScenarioWords::driverName(*driver, zh), list)
                            << '\n';
                return UsageError;
            }
            for (const core::DriverOverride& v : matching) {
                if (auto p = editor.removeOverride(id, v.regionCode, v.driver, v.fromYear))
                    return refuse(*p);
                removed << QStringLiteral("%1 (%2)").arg(i18n::ScenarioWords::driverName(v.driver, zh),
                                                         describe(v));
            }
        }
        done = message(QT_TRANSLATE_NOOP("cli", "Changed %1: removed %2."))
                   .arg(i18n::ScenarioWords::scenarioLabel(id, scenarios, zh, true),
                        removed.join(separator(zh)));
    }

    data.scenarios = std::move(scenarios);
    data.allocations = std::move(allocations);
    if (auto saved = edit.save(); saved.hasError()) {
        context.err << message(QT_TRANSLATE_NOOP("cli",
                                                 "Nothing was changed: the project could not be saved: %1"))
                           .arg(q(saved.error().toString()))
                    << '\n';
        return UserError;
    }
    context.out << done << '\n';
    return Success;
}

} // namespace jieshui::cli
