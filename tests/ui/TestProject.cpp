// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestProject.h"

#include "model/Variable.h"

#include <stdexcept>

namespace jieshui::ui::uitest {

namespace {
void check(const core::Status& status) {
    if (status.hasError())
        throw std::runtime_error("test project: " + status.error().toString());
}

void addReuse(core::Dataset& dataset, const std::string& region, int year, double reused, double fresh) {
    check(dataset.addStatistic({.regionCode = region,
                                .year = year,
                                .variable = std::string(core::var::ReuseReused),
                                .value = reused,
                                .unit = "m³",
                                .provenance = {core::ProvenanceKind::Sourced, "test"}}));
    check(dataset.addStatistic({.regionCode = region,
                                .year = year,
                                .variable = std::string(core::var::ReuseFresh),
                                .value = fresh,
                                .unit = "m³",
                                .provenance = {core::ProvenanceKind::Sourced, "test"}}));
}

geo::Feature rectangle(qint64 id, const QString& code, const QString& name, QRectF box) {
    geo::Feature feature;
    feature.id = id;
    feature.regionCode = code;
    feature.name = name;
    feature.rings = {
        QPolygonF({box.topLeft(), box.topRight(), box.bottomRight(), box.bottomLeft(), box.topLeft()})};
    feature.partStarts = {0};
    feature.bounds = box;
    return feature;
}
} // namespace

ProjectData makeTestProject() {
    ProjectData project;
    project.metadata.nameZh = "测试项目";
    project.metadata.nameEn = "Test project";
    project.metadata.rootRegion = "450700";
    core::Dataset& d = project.dataset;
    check(d.addRegion(
        {.code = "450700", .kind = core::RegionKind::City, .nameZh = "钦州市", .nameEn = "Qinzhou"}));
    check(d.addRegion({.code = "450702",
                       .kind = core::RegionKind::County,
                       .nameZh = "钦南区",
                       .nameEn = "Qinnan District",
                       .parentCode = "450700"}));
    check(d.addRegion({.code = "450703",
                       .kind = core::RegionKind::County,
                       .nameZh = "钦北区",
                       .nameEn = "Qinbei District",
                       .parentCode = "450700"}));
    addReuse(d, "450702", 2020, 95e6, 5e6);
    addReuse(d, "450703", 2020, 80e6, 20e6);
    addReuse(d, "450702", 2022, 96e6, 4e6);
    addReuse(d, "450703", 2022, 88e6, 12e6);
    check(d.addTarget({.id = "T-2020-REUSE",
                       .indicator = core::Indicator::IndustrialReuseRate,
                       .regionCode = "450700",
                       .year = 2020,
                       .comparator = core::Comparator::AtLeast,
                       .value = 0.90,
                       .unit = "%",
                       .source = "test plan",
                       .clause = "2"}));
    check(d.addTarget({.id = "T-2022-REUSE",
                       .indicator = core::Indicator::IndustrialReuseRate,
                       .regionCode = "450700",
                       .year = 2022,
                       .comparator = core::Comparator::AtLeast,
                       .value = 0.85,
                       .unit = "%",
                       .source = "test plan",
                       .clause = "2"}));
    check(d.addTask({.number = 8,
                     .titleZh = "工业计划用水管理",
                     .titleEn = "Planned industrial water management",
                     .leadDepartment = "水利局",
                     .milestones = {{.year = 2020, .textZh = "全覆盖", .textEn = "all enterprises"}}}));
    check(d.addTask({.number = 12,
                     .titleZh = "供水管网分区计量",
                     .titleEn = "District metering",
                     .leadDepartment = "住房城乡建设局",
                     .milestones = {{.year = 2020, .textZh = "完成", .textEn = "done"}}}));
    project.scenarios = {
        core::Scenario{.name = "baseline"},
        core::Scenario{.name = "strict", .parent = "baseline", .descriptionEn = "strict saving"}};

    geo::FeatureLayer counties;
    counties.name = QStringLiteral("counties");
    counties.role = geo::LayerRole::Counties;
    counties.crs = QStringLiteral("EPSG:4490");
    counties.features = {
        rectangle(1, QStringLiteral("450702"), QStringLiteral("钦南区"), QRectF(108.4, 21.6, 0.7, 0.4)),
        rectangle(2, QStringLiteral("450703"), QStringLiteral("钦北区"), QRectF(108.2, 22.0, 0.7, 0.4))};
    counties.bounds = QRectF(108.2, 21.6, 0.9, 0.8);
    project.layers = {counties};
    project.normalizeLayerFlags();
    return project;
}

core::Result<ProjectData> InMemoryRepository::open(const QString& path) {
    if (lastSaved && path == lastSavedPath)
        return *lastSaved;
    return core::Error(core::ErrorCode::IoError, "no such project: " + path.toStdString());
}

core::Status InMemoryRepository::save(const QString& path, const ProjectData& project) {
    if (path.isEmpty())
        return core::Error(core::ErrorCode::IoError, "empty path");
    ++saveCount;
    lastSavedPath = path;
    lastSaved = project;
    return core::okStatus();
}

} // namespace jieshui::ui::uitest
