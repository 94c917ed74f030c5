// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegionEditor.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <set>

namespace jieshui::store {

using core::Error;
using core::ErrorCode;

namespace {

std::string message(const char* text) {
    return QCoreApplication::translate("store", text).toStdString();
}

QString kindName(core::RegionKind kind) {
    const std::string_view name = core::regionKindName(kind, QLocale().language() == QLocale::Chinese);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

/** @p code and every region under it, deepest first. */
std::vector<std::string> subtree(const core::Dataset& dataset, const std::string& code) {
    std::vector<std::string> order;
    std::vector<std::string> stack{code};
    while (!stack.empty()) {
        const std::string current = stack.back();
        stack.pop_back();
        order.push_back(current);
        for (const core::Region* child : dataset.children(current))
            stack.push_back(child->code);
    }
    std::reverse(order.begin(), order.end());
    return order;
}

} // namespace

QStringList RegionRemoval::describe() const {
    QStringList lines;
    QStringList codes;
    for (const std::string& c : regions)
        codes.append(QString::fromStdString(c));
    lines.append(QCoreApplication::translate("store", "regions: %1").arg(codes.join(QStringLiteral(", "))));
    if (statistics > 0)
        lines.append(
            QCoreApplication::translate("store", "statistics: %1").arg(static_cast<int>(statistics)));
    if (!targets.empty())
        lines.append(
            QCoreApplication::translate("store", "plan targets: %1").arg(static_cast<int>(targets.size())));
    if (!allocations.empty())
        lines.append(QCoreApplication::translate("store", "allocations: %1")
                         .arg(static_cast<int>(allocations.size())));
    if (shares > 0)
        lines.append(
            QCoreApplication::translate("store", "allocation shares (their volume is left unallocated): %1")
                .arg(static_cast<int>(shares)));
    if (overrides > 0)
        lines.append(
            QCoreApplication::translate("store", "scenario settings: %1").arg(static_cast<int>(overrides)));
    if (!coverage.empty()) {
        QStringList names;
        for (const std::string& c : coverage)
            names.append(QString::fromStdString(c));
        lines.append(QCoreApplication::translate("store", "no longer covered by: %1")
                         .arg(names.join(QStringLiteral(", "))));
    }
    if (features > 0)
        lines.append(
            QCoreApplication::translate("store", "map features: %1").arg(static_cast<int>(features)));
    if (results > 0)
        lines.append(
            QCoreApplication::translate("store", "stored results: %1").arg(static_cast<int>(results)));
    return lines;
}

core::Status RegionEditor::add(ProjectParts project, core::Region region) {
    const core::ErrorLocation where{.region = region.code};
    if (region.code.empty())
        return Error(ErrorCode::InvalidValue, message(QT_TRANSLATE_NOOP("store", "a region needs a code")),
                     where);
    if (project.dataset.region(region.code) != nullptr)
        return Error(ErrorCode::DuplicateRow,
                     QCoreApplication::translate("store", "the project already has a region %1")
                         .arg(QString::fromStdString(region.code))
                         .toStdString(),
                     where);
    if (region.nameZh.empty())
        return Error(ErrorCode::MissingData,
                     message(QT_TRANSLATE_NOOP("store", "a region needs a Chinese name")),
                     {.field = "name_zh", .region = region.code});
    if (region.parentCode.empty())
        return Error(
            ErrorCode::MissingData,
            message(QT_TRANSLATE_NOOP("store", "a new region needs a parent (the project has its root)")),
            {.field = "parent_code", .region = region.code});
    const core::Region* parent = project.dataset.region(region.parentCode);
    if (parent == nullptr)
        return Error(ErrorCode::UnknownRegion,
                     QCoreApplication::translate("store", "the parent %1 is not a region of the project")
                         .arg(QString::fromStdString(region.parentCode))
                         .toStdString(),
                     {.field = "parent_code", .region = region.code});
    if (!core::parentKindFits(region.kind, parent->kind))
        return Error(
            ErrorCode::InvalidValue,
            QCoreApplication::translate("store", "a region of kind %1 cannot lie under a region of kind %2")
                .arg(kindName(region.kind), kindName(parent->kind))
                .toStdString(),
            {.field = "parent_code", .region = region.code});
    for (const std::string& county : region.countyCodes) {
        const core::Region* c = project.dataset.region(county);
        if (c == nullptr || c->kind != core::RegionKind::County)
            return Error(ErrorCode::UnknownRegion,
                         QCoreApplication::translate("store", "%1 is not a county of the project")
                             .arg(QString::fromStdString(county))
                             .toStdString(),
                         {.field = "county_codes", .region = region.code});
    }
    return project.dataset.addRegion(std::move(region));
}

core::Status RegionEditor::rename(ProjectParts project, const std::string& code, const std::string& nameZh,
                                  const std::string& nameEn) {
    const core::Region* found = project.dataset.region(code);
    if (found == nullptr)
        return Error(ErrorCode::UnknownRegion,
                     QCoreApplication::translate("store", "the project has no region %1")
                         .arg(QString::fromStdString(code))
                         .toStdString(),
                     {.region = code});
    if (nameZh.empty())
        return Error(ErrorCode::MissingData,
                     message(QT_TRANSLATE_NOOP("store", "a region needs a Chinese name")),
                     {.field = "name_zh", .region = code});
    core::Region renamed = *found;
    renamed.nameZh = nameZh;
    renamed.nameEn = nameEn;
    if (auto st = project.dataset.updateRegion(std::move(renamed)); st.hasError())
        return st;
    // The map labels its features with the region's name.
    const QString qcode = QString::fromStdString(code);
    for (geo::FeatureLayer& layer : project.layers)
        for (geo::Feature& f : layer.features)
            if (f.regionCode == qcode)
                f.name = QString::fromStdString(nameZh);
    return core::okStatus();
}

core::Result<RegionRemoval> RegionEditor::planRemoval(const ProjectParts& project, const std::string& code) {
    const core::Region* region = project.dataset.region(code);
    if (region == nullptr)
        return Error(ErrorCode::UnknownRegion,
                     QCoreApplication::translate("store", "the project has no region %1")
                         .arg(QString::fromStdString(code))
                         .toStdString(),
                     {.region = code});
    if (region->parentCode.empty())
        return Error(ErrorCode::InvalidValue,
                     message(QT_TRANSLATE_NOOP(
                         "store", "the root region cannot be removed; make a new project instead")),
                     {.region = code});
    RegionRemoval plan;
    plan.regions = subtree(project.dataset, code);
    const std::set<std::string> gone(plan.regions.begin(), plan.regions.end());
    for (const std::string& c : plan.regions)
        if (const core::RegionColumns* columns = project.dataset.columns(c); columns != nullptr)
            for (const core::Statistic* s : project.dataset.statistics())
                if (s->regionCode == c)
                    ++plan.statistics;
    for (const core::PlanTarget& t : project.dataset.targets())
        if (gone.count(t.regionCode) != 0)
            plan.targets.push_back(t.id);
    for (const core::Allocation& a : project.allocations) {
        if (gone.count(a.parentRegion) != 0) {
            plan.allocations.push_back(a.id);
            continue;
        }
        plan.shares += static_cast<std::size_t>(std::count_if(
            a.shares.begin(), a.shares.end(), [&](const auto& s) { return gone.count(s.regionCode) != 0; }));
    }
    for (const core::Scenario& s : project.scenarios)
        plan.overrides += static_cast<std::size_t>(
            std::count_if(s.overrides.begin(), s.overrides.end(),
                          [&](const auto& o) { return gone.count(o.regionCode) != 0; }));
    for (const core::Region& r : project.dataset.regions())
        if (gone.count(r.code) == 0 && std::any_of(r.countyCodes.begin(), r.countyCodes.end(),
                                                   [&](const auto& c) { return gone.count(c) != 0; }))
            plan.coverage.push_back(r.code);
    for (const geo::FeatureLayer& layer : project.layers)
        for (const geo::Feature& f : layer.features)
            if (!f.regionCode.isEmpty() && gone.count(f.regionCode.toStdString()) != 0)
                ++plan.features;
    plan.results = static_cast<std::size_t>(
        std::count_if(project.results.begin(), project.results.end(),
                      [&](const ResultRow& r) { return gone.count(r.regionCode) != 0; }));
    return plan;
}

core::Result<RegionRemoval> RegionEditor::remove(ProjectParts project, const std::string& code) {
    auto plan = planRemoval(project, code);
    if (plan.hasError())
        return plan.error();
    const RegionRemoval& p = plan.value();
    const std::set<std::string> gone(p.regions.begin(), p.regions.end());
    const std::set<std::string> goneTargets(p.targets.begin(), p.targets.end());

    // On copies: the project changes only when everything below succeeded.
    core::Dataset dataset = project.dataset;
    dataset.clearTargets();
    for (const core::PlanTarget& t : project.dataset.targets())
        if (goneTargets.count(t.id) == 0)
            if (auto st = dataset.addTarget(t); st.hasError())
                return st.error();
    for (const core::KeyTask& t : project.dataset.tasks())
        if (core::KeyTask* task = dataset.task(t.number))
            for (auto& milestone : task->milestones)
                if (goneTargets.count(milestone.targetId) != 0)
                    milestone.targetId.clear();
    for (const std::string& c : p.coverage) {
        core::Region covering = *dataset.region(c);
        std::erase_if(covering.countyCodes,
                      [&](const std::string& county) { return gone.count(county) != 0; });
        if (auto st = dataset.updateRegion(std::move(covering)); st.hasError())
            return st.error();
    }
    for (const std::string& c : p.regions)
        if (auto st = dataset.removeRegion(c); st.hasError())
            return st.error();

    std::vector<core::Allocation> allocations;
    for (core::Allocation a : project.allocations) {
        if (gone.count(a.parentRegion) != 0)
            continue;
        const auto removed =
            std::erase_if(a.shares, [&](const auto& s) { return gone.count(s.regionCode) != 0; });
        if (removed > 0) {
            // The removed regions' volume is left unallocated, shown as the remainder, never spread silently.
            double allocated = 0.0;
            for (const auto& s : a.shares)
                allocated += s.volume;
            a.remainder = a.cap - allocated;
            a.method = core::AllocationMethod::Manual;
        }
        allocations.push_back(std::move(a));
    }
    std::vector<core::Scenario> scenarios = project.scenarios;
    for (core::Scenario& s : scenarios)
        std::erase_if(s.overrides, [&](const auto& o) { return gone.count(o.regionCode) != 0; });
    QVector<geo::FeatureLayer> layers = project.layers;
    for (geo::FeatureLayer& layer : layers) {
        layer.features.removeIf([&](const geo::Feature& f) {
            return !f.regionCode.isEmpty() && gone.count(f.regionCode.toStdString()) != 0;
        });
        layer.updateBounds();
    }
    std::vector<ResultRow> results = project.results;
    std::erase_if(results, [&](const ResultRow& r) { return gone.count(r.regionCode) != 0; });

    project.dataset = std::move(dataset);
    project.allocations = std::move(allocations);
    project.scenarios = std::move(scenarios);
    project.layers = std::move(layers);
    project.results = std::move(results);
    return plan;
}

} // namespace jieshui::store
