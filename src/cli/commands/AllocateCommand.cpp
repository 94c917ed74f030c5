// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/AllocateCommand.h"

#include "ProjectEdit.h"
#include "ProjectSource.h"
#include "TextTable.h"
#include "i18n/ErrorText.h"
#include "model/QuotaDisplay.h"
#include "render/StatusPalette.h"
#include "report/EvaluationService.h"
#include "scenario/ScenarioEditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

namespace jieshui::cli {

namespace {

QString message(const char* text) {
    return QCoreApplication::translate("cli", text);
}
QString q(const std::string& s) {
    return QString::fromStdString(s);
}
QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

/** The plan's cap of @p year for the root region, in m³. */
std::optional<double> planCap(const core::Dataset& dataset, int year) {
    const core::Region* root = dataset.root();
    for (const core::PlanTarget& t : dataset.targets())
        if ((t.indicator == core::Indicator::TotalWaterUse ||
             t.indicator == core::Indicator::TotalWaterUseAssessment) &&
            t.year == year && root != nullptr && t.regionCode == root->code)
            return t.value;
    return std::nullopt;
}

/** A volume the user typed that QuotaDisplay::parse refused, said in the user's language. */
QString volumeError(const QString& typed, const core::Error& error) {
    switch (error.code()) {
    case core::ErrorCode::ParseError:
        return message(QT_TRANSLATE_NOOP("cli", "'%1' is not a volume such as 4.8亿m³ or 48000万m³."))
            .arg(typed.trimmed());
    case core::ErrorCode::InvalidValue:
        return message(QT_TRANSLATE_NOOP("cli", "a volume cannot be negative: '%1'.")).arg(typed.trimmed());
    case core::ErrorCode::UnknownUnit:
    case core::ErrorCode::UnitMismatch:
        return message(QT_TRANSLATE_NOOP("cli", "'%1' has no volume unit such as 亿m³, 万m³ or m³."))
            .arg(typed.trimmed());
    default:
        break;
    }
    return q(error.message());
}

} // namespace

QString AllocateCommand::synopsis() const {
    return message(QT_TRANSLATE_NOOP(
        "cli",
        "allocate PROJECT --scenario S --year Y [--cap 16.53亿m³] --method "
        "base-year-share|equal-intensity|gdp-share|manual [--set CODE=QUOTA …] [--base-year Y] [--unit "
        "亿m³|万m³] [--format text|csv|json] [--dry-run]   split a cap among the counties, show each "
        "county's quota, use and verdict with the remainder, and save the split"));
}

int AllocateCommand::run(const QStringList& arguments, CliContext& context) {
    QString project, scenario, capText, methodText, format = QStringLiteral("text");
    int year = 0;
    int baseYear = 0;
    bool dryRun = false;
    core::QuotaUnit unit = core::QuotaUnit::HundredMillionCubicMetres;
    QStringList pins;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--dry-run")) {
            dryRun = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            if (!project.isEmpty()) {
                context.err << message(QT_TRANSLATE_NOOP("cli", "Only one project may be given.")) << '\n'
                            << synopsis() << '\n';
                return UsageError;
            }
            project = a;
            continue;
        }
        if (i + 1 >= arguments.size()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Option '%1' needs a value.")).arg(a) << '\n';
            return UsageError;
        }
        const QString value = arguments[++i];
        bool ok = true;
        if (a == QLatin1String("--scenario"))
            scenario = value;
        else if (a == QLatin1String("--year"))
            year = value.toInt(&ok);
        else if (a == QLatin1String("--base-year"))
            baseYear = value.toInt(&ok);
        else if (a == QLatin1String("--cap"))
            capText = value;
        else if (a == QLatin1String("--method"))
            methodText = value;
        else if (a == QLatin1String("--set"))
            pins << value;
        else if (a == QLatin1String("--format"))
            format = value;
        else if (a == QLatin1String("--unit")) {
            if (value == QStringLiteral("万m³") || value == QLatin1String("10k-m3"))
                unit = core::QuotaUnit::TenThousandCubicMetres;
            else if (value != QStringLiteral("亿m³") && value != QLatin1String("100m-m3"))
                ok = false;
        } else {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Unknown option '%1'.")).arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        }
        if (!ok || (a == QLatin1String("--year") && (year < 1949 || year > 2100))) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "'%1' is not a valid value of %2.")).arg(value, a)
                        << '\n';
            return UsageError;
        }
    }
    const auto method = core::allocationMethodFromId(methodText.toStdString());
    if (project.isEmpty() || year == 0 || !method ||
        (format != QLatin1String("text") && format != QLatin1String("csv") &&
         format != QLatin1String("json"))) {
        if (!methodText.isEmpty() && !method)
            context.err << message(
                               QT_TRANSLATE_NOOP(
                                   "cli",
                                   "--method must be base-year-share, equal-intensity, gdp-share or manual, "
                                   "not '%1'."))
                               .arg(methodText)
                        << '\n';
        context.err << synopsis() << '\n';
        return UsageError;
    }
    if (ProjectSource::isEmbedded(project) && !dryRun) {
        context.err << message(QT_TRANSLATE_NOOP(
                           "cli",
                           "The embedded project cannot be changed: create a project file with 'new' first "
                           "(or add --dry-run)."))
                    << '\n';
        return UsageError;
    }

    // A dry run only reads; otherwise the file is opened read-write before any work.
    std::optional<ProjectEdit> edit;
    store::ProjectData loaded;
    if (dryRun) {
        auto data = ProjectSource::load(project);
        if (data.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                               .arg(i18n::ErrorText::of(data.error()))
                        << '\n';
            return UserError;
        }
        loaded = std::move(data).value();
    } else {
        auto opened = ProjectEdit::open(project);
        if (opened.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP("cli", "Cannot open the project: %1"))
                               .arg(i18n::ErrorText::of(opened.error()))
                        << '\n';
            return UserError;
        }
        edit.emplace(std::move(opened).value());
    }
    store::ProjectData& data = edit ? edit->data() : loaded;
    const bool zh = context.language == QLatin1String("zh");
    const auto fail = [&](const QString& what) {
        context.err << message(QT_TRANSLATE_NOOP("cli", "Nothing was allocated: %1")).arg(what) << '\n';
        return UserError;
    };

    const core::EvaluationService service(data.dataset, data.scenarios, data.allocations);
    const std::string scenarioId = scenario.isEmpty() ? service.defaultScenario() : scenario.toStdString();
    if (!data.scenarios.empty() && !core::ScenarioEditor::indexOf(data.scenarios, scenarioId))
        return fail(
            message(QT_TRANSLATE_NOOP("cli", "the project has no scenario '%1'.")).arg(q(scenarioId)));
    double cap = 0.0;
    if (!capText.isEmpty()) {
        auto parsed = core::QuotaDisplay::parse(capText.toStdString(), unit);
        if (parsed.hasError())
            return fail(volumeError(capText, parsed.error()));
        cap = parsed.value();
    } else if (auto fromPlan = planCap(data.dataset, year)) {
        cap = *fromPlan;
    } else {
        return fail(
            message(QT_TRANSLATE_NOOP("cli", "the plan has no cap for %1; give one with --cap.")).arg(year));
    }

    // The scenario's own split of the year, if any, keeps its id and base year.
    auto own = std::find_if(data.allocations.begin(), data.allocations.end(), [&](const core::Allocation& a) {
        return a.scenario == scenarioId && a.year == year;
    });
    core::Allocation request;
    if (own != data.allocations.end()) {
        request.id = own->id;
        request.baseYear = own->baseYear;
    } else {
        request.id =
            scenarioId.empty() ? "cap-" + std::to_string(year) : scenarioId + "-cap-" + std::to_string(year);
        for (int n = 2; std::any_of(data.allocations.begin(), data.allocations.end(),
                                    [&](const core::Allocation& a) { return a.id == request.id; });
             ++n)
            request.id = scenarioId + "-cap-" + std::to_string(year) + "-" + std::to_string(n);
        request.baseYear = service.baseYear();
    }
    if (baseYear != 0)
        request.baseYear = baseYear;
    request.year = year;
    request.cap = cap;
    request.method = *method;
    std::vector<std::string> counties;
    for (const core::Region* c : data.dataset.regionsOfKind(core::RegionKind::County))
        counties.push_back(c->code);
    for (const QString& pin : std::as_const(pins)) {
        const qsizetype eq = pin.indexOf(QLatin1Char('='));
        const std::string code = pin.left(eq).trimmed().toStdString();
        if (eq < 0 || std::find(counties.begin(), counties.end(), code) == counties.end()) {
            QStringList list;
            for (const std::string& c : counties)
                list << q(c);
            return fail(
                message(QT_TRANSLATE_NOOP("cli", "'%1' is not CODE=QUOTA with one of the counties %2."))
                    .arg(pin, list.join(QStringLiteral(", "))));
        }
        auto volume = core::QuotaDisplay::parse(pin.mid(eq + 1).toStdString(), unit);
        if (volume.hasError())
            return fail(volumeError(pin.mid(eq + 1), volume.error()));
        request.shares.push_back({.regionCode = code, .volume = volume.value(), .manual = true});
    }
    auto allocated = service.allocate(scenarioId, request);
    if (allocated.hasError())
        return fail(i18n::ErrorText::of(allocated.error()));
    if (own != data.allocations.end())
        *own = allocated.value();
    else
        data.allocations.push_back(allocated.value());

    // Judged with the new split in place, by the same pipeline as the map.
    const core::EvaluationService judged(data.dataset, data.scenarios, data.allocations);
    auto result = data.scenarios.empty() ? judged.evaluateObserved() : judged.evaluate(scenarioId);
    if (result.hasError())
        return fail(i18n::ErrorText::of(result.error()));
    const core::QuotaCheck check = judged.checkQuotas(result.value(), allocated.value());

    const QString unitText = q(core::QuotaDisplay::unit(unit));
    const auto volume = [&](std::optional<double> v, bool withSign = false) {
        return v ? q(core::QuotaDisplay::format(unit, *v, withSign)) : QStringLiteral("—");
    };
    const auto regionName = [&](const std::string& code) {
        const core::Region* r = data.dataset.region(code);
        return r ? q(zh || r->nameEn.empty() ? r->nameZh : r->nameEn) : q(code);
    };
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const core::QuotaRow& row : check.rows) {
            QJsonObject o{
                {QStringLiteral("region_code"), q(row.regionCode)},
                {QStringLiteral("name"), regionName(row.regionCode)},
                {QStringLiteral("share"), row.share},
                {QStringLiteral("manual"), row.manual},
                {QStringLiteral("status_id"), QString::fromLatin1(core::verdictStatusId(row.verdict.status))},
                {QStringLiteral("status"), render::StatusPalette::name(row.verdict.status)}};
            if (row.quota)
                o.insert(QStringLiteral("quota_m3"), *row.quota);
            if (row.verdict.value)
                o.insert(QStringLiteral("use_m3"), row.verdict.value->value);
            if (row.verdict.gap)
                o.insert(QStringLiteral("gap_m3"), *row.verdict.gap);
            rows.append(o);
        }
        const QJsonObject out{
            {QStringLiteral("scenario"), q(check.allocation.scenario)},
            {QStringLiteral("year"), year},
            {QStringLiteral("cap_m3"), check.allocation.cap},
            {QStringLiteral("method"), QString::fromLatin1(core::allocationMethodId(*method))},
            {QStringLiteral("method_name"), QString::fromUtf8(core::allocationMethodName(*method, zh))},
            {QStringLiteral("base_year"), check.allocation.baseYear},
            {QStringLiteral("sum_m3"), check.sum},
            {QStringLiteral("remainder_m3"), check.remainder},
            {QStringLiteral("counties"), rows}};
        context.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        const QStringList header{message(QT_TRANSLATE_NOOP("cli", "County")),
                                 message(QT_TRANSLATE_NOOP("cli", "Quota (%1)")).arg(unitText),
                                 message(QT_TRANSLATE_NOOP("cli", "Share (%)")),
                                 message(QT_TRANSLATE_NOOP("cli", "Pinned")),
                                 message(QT_TRANSLATE_NOOP("cli", "Use (%1)")).arg(unitText),
                                 message(QT_TRANSLATE_NOOP("cli", "Status")),
                                 message(QT_TRANSLATE_NOOP("cli", "Use − quota (%1)")).arg(unitText)};
        std::vector<QStringList> rows;
        for (const core::QuotaRow& row : check.rows)
            rows.push_back(
                {regionName(row.regionCode), volume(row.quota),
                 row.quota ? q(core::QuotaDisplay::formatShare(row.share)) : QStringLiteral("—"),
                 row.manual ? message(QT_TRANSLATE_NOOP("cli", "yes")) : QString(),
                 volume(row.verdict.value ? std::optional<double>(row.verdict.value->value) : std::nullopt),
                 render::StatusPalette::name(row.verdict.status), volume(row.verdict.gap, true)});
        const QString capLine =
            message(QT_TRANSLATE_NOOP("cli", "Cap %1 %2, allocated %3 %2, remainder (cap − Σ) %4 %2"))
                .arg(volume(check.allocation.cap), unitText, volume(check.sum),
                     volume(check.remainder, true));
        if (format == QLatin1String("csv")) {
            context.out << header.join(QLatin1Char(',')) << '\n';
            for (const QStringList& row : rows) {
                QStringList fields;
                for (const QString& f : row)
                    fields << csvField(f);
                context.out << fields.join(QLatin1Char(',')) << '\n';
            }
            context.out << csvField(capLine) << '\n';
        } else {
            const core::Scenario* s = nullptr;
            if (const auto i = core::ScenarioEditor::indexOf(data.scenarios, scenarioId))
                s = &data.scenarios[*i];
            context.out << message(QT_TRANSLATE_NOOP("cli", "Quota split of %1, scenario %2, method %3"))
                               .arg(year)
                               .arg(s ? q(core::scenarioDisplayName(*s, zh)) : QStringLiteral("—"),
                                    QString::fromUtf8(core::allocationMethodName(*method, zh)))
                        << '\n';
            TextTable table;
            table.setHeader(header);
            for (int c : {1, 2, 4, 6})
                table.setAlignment(c, TextTable::Align::Right);
            for (const QStringList& row : rows)
                table.addRow(row);
            context.out << table.toString() << capLine << '\n';
        }
    }
    if (edit) {
        if (auto saved = edit->save(); saved.hasError()) {
            context.err << message(QT_TRANSLATE_NOOP(
                                       "cli", "Nothing was changed: the project could not be saved: %1"))
                               .arg(i18n::ErrorText::of(saved.error()))
                        << '\n';
            return UserError;
        }
        context.err << message(QT_TRANSLATE_NOOP("cli", "The split is saved in %1.")).arg(project) << '\n';
    }
    return Success;
}

} // namespace jieshui::cli
