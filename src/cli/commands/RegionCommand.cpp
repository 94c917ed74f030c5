// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/RegionCommand.h"

#include "TextTable.h"
#include "server/ProjectLocator.h"
#include "store/RegionEditor.h"

#include <QCoreApplication>

namespace jieshui::cli {

namespace {

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

struct Options {
    QStringList positional;
    QString parent;
    QString kind = QStringLiteral("county");
    QString nameEn;
    bool nameEnGiven = false;
    bool dryRun = false;
};

} // namespace

QString RegionCommand::synopsis() const {
    return QCoreApplication::translate(
        "cli",
        "region list|add|rename|remove PROJECT ...   list the regions, or: add PROJECT CODE NAME --parent "
        "CODE "
        "[--kind county|sub-zone|basin|supply-utility|reservoir] [--name-en NAME]; rename PROJECT CODE NAME "
        "[--name-en NAME]; remove PROJECT CODE [--dry-run]");
}

int RegionCommand::run(const QStringList& arguments, CliContext& context) {
    if (arguments.isEmpty()) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    const QString action = arguments.front();
    Options o;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        auto value = [&](QString& target) {
            if (i + 1 >= arguments.size())
                return false;
            target = arguments[++i];
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--parent"))
            ok = value(o.parent);
        else if (a == QLatin1String("--kind"))
            ok = value(o.kind);
        else if (a == QLatin1String("--name-en"))
            ok = o.nameEnGiven = value(o.nameEn);
        else if (a == QLatin1String("--dry-run"))
            o.dryRun = true;
        else if (a.startsWith(QLatin1String("--"))) {
            context.err << QCoreApplication::translate("cli", "Unknown option '%1'.").arg(a) << '\n'
                        << synopsis() << '\n';
            return UsageError;
        } else
            o.positional.append(a);
        if (!ok) {
            context.err << QCoreApplication::translate("cli", "Option '%1' needs a value.").arg(a) << '\n';
            return UsageError;
        }
    }
    const int wanted = action == QLatin1String("list")     ? 1
                       : action == QLatin1String("add")    ? 3
                       : action == QLatin1String("rename") ? 3
                       : action == QLatin1String("remove") ? 2
                                                           : -1;
    if (wanted < 0 || o.positional.size() != wanted ||
        (action == QLatin1String("add") && o.parent.isEmpty())) {
        context.err << synopsis() << '\n';
        return UsageError;
    }
    std::optional<core::RegionKind> kind = core::regionKindFromId(o.kind.toStdString());
    if (!kind || *kind == core::RegionKind::IrrigationDistrict) {
        context.err << QCoreApplication::translate(
                           "cli",
                           "--kind must be county, sub-zone, basin, supply-utility or reservoir, not '%1'.")
                           .arg(o.kind)
                    << '\n';
        return UsageError;
    }

    const bool readOnly = action == QLatin1String("list") || o.dryRun;
    auto opened = server::ProjectLocator::open(o.positional[0], readOnly ? store::OpenMode::ReadOnly
                                                                         : store::OpenMode::ReadWrite);
    if (opened.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot open the project: %1")
                           .arg(q(opened.error().toString()))
                    << '\n';
        return UserError;
    }
    store::ProjectStore& project = *opened.value();
    auto loaded = project.load();
    if (loaded.hasError()) {
        context.err << QCoreApplication::translate("cli", "Cannot read the project: %1")
                           .arg(q(loaded.error().toString()))
                    << '\n';
        return UserError;
    }
    store::ProjectData data = std::move(loaded).value();
    store::ProjectParts parts = store::ProjectParts::of(data);

    if (action == QLatin1String("list")) {
        TextTable table;
        table.setHeader(
            {QCoreApplication::translate("cli", "Code"), QCoreApplication::translate("cli", "Kind"),
             QCoreApplication::translate("cli", "Name"), QCoreApplication::translate("cli", "English name"),
             QCoreApplication::translate("cli", "Parent")});
        for (const core::Region& r : data.dataset.regions())
            table.addRow({q(r.code),
                          QString::fromUtf8(
                              core::regionKindName(r.kind, context.language == QLatin1String("zh")).data()),
                          q(r.nameZh), q(r.nameEn), q(r.parentCode)});
        context.out << table.toString();
        return Success;
    }

    const std::string code = o.positional[1].toStdString();
    QString done;
    core::Status edited = core::okStatus();
    if (action == QLatin1String("add")) {
        core::Region region{.code = code,
                            .kind = *kind,
                            .nameZh = o.positional[2].toStdString(),
                            .nameEn = o.nameEn.toStdString(),
                            .parentCode = o.parent.toStdString()};
        edited = store::RegionEditor::add(parts, std::move(region));
        done = QCoreApplication::translate("cli", "Added region %1 %2 under %3.")
                   .arg(o.positional[1], o.positional[2], o.parent);
    } else if (action == QLatin1String("rename")) {
        const core::Region* region = data.dataset.region(code);
        const std::string nameEn =
            o.nameEnGiven || region == nullptr ? o.nameEn.toStdString() : region->nameEn;
        edited = store::RegionEditor::rename(parts, code, o.positional[2].toStdString(), nameEn);
        done = QCoreApplication::translate("cli", "Renamed region %1 to %2.")
                   .arg(o.positional[1], o.positional[2]);
    } else {
        auto plan = o.dryRun ? store::RegionEditor::planRemoval(parts, code)
                             : store::RegionEditor::remove(parts, code);
        if (plan.hasError()) {
            edited = plan.error();
        } else {
            context.out << (o.dryRun ? QCoreApplication::translate("cli", "Removing region %1 would remove:")
                                     : QCoreApplication::translate("cli", "Removed region %1 with:"))
                               .arg(o.positional[1])
                        << '\n';
            for (const QString& line : plan.value().describe())
                context.out << "  " << line << '\n';
            if (o.dryRun) {
                context.out << QCoreApplication::translate("cli", "Dry run: the project was not changed.")
                            << '\n';
                return Success;
            }
        }
    }
    if (edited.hasError()) {
        context.err
            << QCoreApplication::translate("cli", "Nothing was changed: %1").arg(q(edited.error().toString()))
            << '\n';
        return UserError;
    }
    if (auto st = project.save(data); st.hasError()) {
        context.err
            << QCoreApplication::translate("cli", "Cannot save the project: %1").arg(q(st.error().toString()))
            << '\n';
        return UserError;
    }
    if (!done.isEmpty())
        context.out << done << '\n';
    context.out << QCoreApplication::translate("cli", "Saved %1.").arg(o.positional[0]) << '\n';
    return Success;
}

} // namespace jieshui::cli
