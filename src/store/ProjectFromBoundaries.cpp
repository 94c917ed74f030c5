// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProjectFromBoundaries.h"

#include "geo/CoordinateTransformer.h"
#include "geo/GaussKrugerZone.h"
#include "geo/LayerDissolver.h"
#include "geo/LayerImporter.h"
#include "model/AdminCode.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>
#include <optional>

namespace jieshui::store {

using core::AdminCode;
using core::AdminLevel;
using core::Error;
using core::ErrorCode;

namespace {

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Attributes official and web-map boundary files name a county's city and province by.
const QStringList kCityNameFields{QStringLiteral("ctname"),   QStringLiteral("city_name"),
                                  QStringLiteral("cityname"), QStringLiteral("city"),
                                  QStringLiteral("CITY"),     QStringLiteral("市")};
const QStringList kProvinceNameFields{QStringLiteral("prname"),   QStringLiteral("province_name"),
                                      QStringLiteral("provname"), QStringLiteral("province"),
                                      QStringLiteral("PROVINCE"), QStringLiteral("省")};

QString firstAttribute(const geo::Feature& feature, const QStringList& fields) {
    for (const QString& field : fields) {
        const QString value = feature.attributes.value(field).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

bool isMunicipality(const std::string& provinceCode) {
    return provinceCode == "110000" || provinceCode == "120000" || provinceCode == "310000" ||
           provinceCode == "500000";
}

/** A county feature with its parsed code. */
struct County {
    int feature = 0;
    AdminCode code;
    QString name;
};

QString listed(const QStringList& items, int most = 5) {
    QStringList shown = items.mid(0, most);
    if (items.size() > most)
        shown.append(QCoreApplication::translate("store", "and %1 more").arg(items.size() - most));
    return shown.join(QStringLiteral("; "));
}

} // namespace

core::Result<BoundaryProject>
ProjectFromBoundaries::build(const QString& path, const BoundaryOptions& options, core::Feedback* feedback) {
    const core::ErrorLocation where{.file = path.toStdString()};
    geo::ImportOptions importOptions;
    importOptions.role = geo::LayerRole::Other; // every feature kept: the regions are made from them
    importOptions.layerName = options.layerName;
    importOptions.encoding = options.encoding;
    importOptions.crs = options.crs;
    importOptions.codeField = options.codeField;
    importOptions.nameField = options.nameField;
    auto imported = geo::LayerImporter::import(path, importOptions, feedback);
    if (imported.hasError())
        return imported.error();
    BoundaryProject result;
    result.importReport = imported.value().report.text();
    geo::FeatureLayer layer = std::move(imported.value().roleLayer);

    // 1. The root, when given, first: features outside it are left out before their codes are checked, so a
    // national file serves any city even where other provinces' features would not pass the checks below.
    std::optional<AdminCode> root;
    if (!options.root.isEmpty()) {
        root = AdminCode::parse(options.root.toStdString());
        if (!root || root->level() == AdminLevel::County)
            return Error(
                ErrorCode::InvalidValue,
                QCoreApplication::translate(
                    "store",
                    "the root %1 is not the GB/T 2260 code of a city, a province or the country (100000)")
                    .arg(options.root)
                    .toStdString(),
                where);
    }

    // 2. Every feature a unit with a GB/T 2260 code and a name, each code once. A unit is a county-level
    // feature or a prefecture-level city without counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关
    // 620200): GB/T 2260 gives such a city no county-level code, so the city itself is the unit. It becomes a
    // City region with no counties under it, evaluated on its own figures as its statistics are published; a
    // county-level region with the city's code cannot sit beside it, since a code names one region.
    std::vector<County> counties;
    std::vector<County> cityUnits;
    QStringList badCodes;
    QStringList noNames;
    QStringList twice;
    QSet<QString> seen;
    for (int i = 0; i < layer.features.size(); ++i) {
        const geo::Feature& f = layer.features[i];
        const QString label = f.name.isEmpty() ? QStringLiteral("#%1").arg(f.id) : f.name;
        const std::optional<AdminCode> code = AdminCode::parse(f.regionCode.toStdString());
        if (code && root && !code->isWithin(*root))
            continue;
        if (!code || (code->level() != AdminLevel::County && code->level() != AdminLevel::City)) {
            const QString why =
                f.regionCode.isEmpty() ? QCoreApplication::translate("store", "no code")
                : !code ? QCoreApplication::translate("store", "%1: not a six-digit code").arg(f.regionCode)
                : code->level() == AdminLevel::Province
                    ? QCoreApplication::translate("store", "%1: a province's code").arg(f.regionCode)
                    : QCoreApplication::translate("store", "%1: the country's code").arg(f.regionCode);
            badCodes.append(QStringLiteral("%1 (%2)").arg(label, why));
            continue;
        }
        const QString text = QString::fromStdString(code->text());
        if (f.name.trimmed().isEmpty()) {
            noNames.append(text);
            continue;
        }
        if (seen.contains(text)) {
            twice.append(text);
            continue;
        }
        seen.insert(text);
        (code->level() == AdminLevel::City ? cityUnits : counties).push_back({i, *code, f.name.trimmed()});
    }
    // A city feature beside its own counties is a layer of another level, not a unit.
    std::erase_if(cityUnits, [&](const County& city) {
        const bool hasCounties = std::any_of(counties.begin(), counties.end(), [&](const County& c) {
            return c.code.cityCode() == city.code.text();
        });
        if (hasCounties) {
            const geo::Feature& f = layer.features[city.feature];
            badCodes.append(QStringLiteral("%1 (%2)").arg(
                city.name,
                QCoreApplication::translate("store", "%1: a city whose counties are in the file too")
                    .arg(f.regionCode)));
        }
        return hasCounties;
    });
    if (!badCodes.isEmpty())
        return Error(
            ErrorCode::InvalidValue,
            QCoreApplication::translate(
                "store",
                "%1 features have no code of a unit: each feature needs the six-digit GB/T 2260 code of a "
                "county-level unit (last two digits not 00), or of a prefecture-level city none of whose "
                "counties is in the file (last two digits 00, e.g. 441900 东莞市): %2. Name the attribute "
                "holding the codes: %3.")
                .arg(badCodes.size())
                .arg(listed(badCodes), options.codeFieldLabel)
                .toStdString(),
            where);
    if (!noNames.isEmpty())
        return Error(ErrorCode::MissingData,
                     QCoreApplication::translate(
                         "store", "%1 features have no name: %2. Name the attribute holding the names: %3.")
                         .arg(noNames.size())
                         .arg(listed(noNames), options.nameFieldLabel)
                         .toStdString(),
                     where);
    if (!twice.isEmpty())
        return Error(ErrorCode::DuplicateRow,
                     QCoreApplication::translate("store", "codes given to more than one feature: %1")
                         .arg(listed(twice))
                         .toStdString(),
                     where);
    if (counties.empty() && cityUnits.empty())
        return Error(ErrorCode::InvalidValue,
                     QCoreApplication::translate("store", "no feature of the file lies in %1")
                         .arg(options.root)
                         .toStdString(),
                     where);

    // 3. The root, if not given: the smallest unit holding every unit. The group of a county is its city;
    // Hong Kong's and Macao's districts (810001, 820001) have none, their group is the province itself.
    if (!root) {
        const auto groupOf = [](const County& c) {
            return c.code.level() == AdminLevel::City ? c.code.text() : c.code.cityCode();
        };
        const County& first = counties.empty() ? cityUnits.front() : counties.front();
        const std::string group = groupOf(first);
        const std::string province = first.code.provinceCode();
        const auto all = [&](const auto& predicate) {
            return std::all_of(counties.begin(), counties.end(), predicate) &&
                   std::all_of(cityUnits.begin(), cityUnits.end(), predicate);
        };
        const bool oneGroup = all([&](const County& c) { return groupOf(c) == group; });
        const bool oneProvince = all([&](const County& c) { return c.code.provinceCode() == province; });
        root = AdminCode::parse(oneGroup ? group : oneProvince ? province : "100000");
    }
    if (root->level() == AdminLevel::City && counties.empty())
        return Error(
            ErrorCode::InvalidValue,
            QCoreApplication::translate(
                "store", "%1 is a prefecture-level city without counties: it is one unit of its "
                         "province's project (--root %2), not a project of its own")
                .arg(QString::fromStdString(root->text()), QString::fromStdString(root->provinceCode()))
                .toStdString(),
            where);
    std::sort(counties.begin(), counties.end(),
              [](const County& a, const County& b) { return a.code.text() < b.code.text(); });

    // 4. Names of the units above the counties: the file's own attributes, the province list, else the code.
    const bool zh = true; // regions carry their Chinese names; English names come from the province list
    QHash<QString, QString> cityNames;
    QHash<QString, QString> provinceNames;
    for (const County& c : counties) {
        const geo::Feature& f = layer.features[c.feature];
        const QString cityCode = QString::fromStdString(c.code.cityCode());
        const QString provinceCode = QString::fromStdString(c.code.provinceCode());
        if (!cityNames.contains(cityCode))
            if (QString name = firstAttribute(f, kCityNameFields); !name.isEmpty())
                cityNames.insert(cityCode, name);
        if (!provinceNames.contains(provinceCode))
            if (QString name = firstAttribute(f, kProvinceNameFields); !name.isEmpty())
                provinceNames.insert(provinceCode, name);
    }
    for (const County& c : cityUnits) {
        cityNames.insert(QString::fromStdString(c.code.text()), c.name);
        if (const QString name = firstAttribute(layer.features[c.feature], kProvinceNameFields);
            !name.isEmpty())
            provinceNames.insert(QString::fromStdString(c.code.provinceCode()), name);
    }
    QStringList unnamedProvinces;
    QStringList unnamedCities;
    const auto provinceName = [&](const std::string& code) {
        if (const std::string_view listed = AdminCode::provinceName(code, zh); !listed.empty())
            return fromView(listed);
        if (const QString name = provinceNames.value(QString::fromStdString(code)); !name.isEmpty())
            return name;
        if (!unnamedProvinces.contains(QString::fromStdString(code)))
            unnamedProvinces.append(QString::fromStdString(code));
        return QString::fromStdString(code);
    };
    const auto cityName = [&](const std::string& code) {
        if (const QString name = cityNames.value(QString::fromStdString(code)); !name.isEmpty())
            return name;
        const std::string province = code.substr(0, 2) + "0000";
        const std::string group = code.substr(2, 2);
        const std::string_view provinceListed = AdminCode::provinceName(province, zh);
        if (!provinceListed.empty() && isMunicipality(province) && group == "01")
            return fromView(provinceListed); // a municipality's districts
        if (!provinceListed.empty() && group == "90")
            return fromView(provinceListed) + QStringLiteral("直辖县级行政区划");
        if (!unnamedCities.contains(QString::fromStdString(code)))
            unnamedCities.append(QString::fromStdString(code));
        return QString::fromStdString(code);
    };

    core::Dataset& dataset = result.data.dataset;
    const std::string source = "GB/T 2260 行政区划代码; " + QFileInfo(path).fileName().toStdString();
    const core::Provenance provenance{core::ProvenanceKind::Sourced, source};
    const AdminLevel rootLevel = root->level();
    QString rootName = options.rootName.trimmed();
    std::string rootNameEn;
    if (rootName.isEmpty()) {
        switch (rootLevel) {
        case AdminLevel::Country:
            rootName = QStringLiteral("全国");
            rootNameEn = "China";
            break;
        case AdminLevel::Province:
            rootName = provinceName(root->text());
            rootNameEn = std::string(AdminCode::provinceName(root->text(), false));
            break;
        default:
            rootName = cityName(root->text());
            break;
        }
    }
    const core::RegionKind rootKind = rootLevel == AdminLevel::Country    ? core::RegionKind::Country
                                      : rootLevel == AdminLevel::Province ? core::RegionKind::Province
                                                                          : core::RegionKind::City;
    const auto add = [&](core::Region region) -> core::Status {
        return dataset.addRegion(std::move(region));
    };
    if (auto st = add({.code = root->text(),
                       .kind = rootKind,
                       .nameZh = rootName.toStdString(),
                       .nameEn = rootNameEn,
                       .provenance = provenance});
        st.hasError())
        return st.error();
    std::map<std::string, int> citiesSeen;
    std::map<std::string, int> provincesSeen;
    std::vector<const County*> units;
    for (const County& c : counties)
        units.push_back(&c);
    for (const County& c : cityUnits)
        units.push_back(&c);
    std::sort(units.begin(), units.end(),
              [](const County* a, const County* b) { return a->code.text() < b->code.text(); });
    // A county's parent: the root of a city's project, else its city, or for Hong Kong's and Macao's
    // districts, whose code has no city part (the city code is the province's), the province itself.
    const auto parentOf = [&](const County& c) {
        if (rootLevel == AdminLevel::City)
            return root->text();
        return c.code.cityCode() == c.code.provinceCode() ? c.code.provinceCode() : c.code.cityCode();
    };
    for (const County* unit : units) {
        const County& c = *unit;
        const std::string province = c.code.provinceCode();
        const std::string city = c.code.level() == AdminLevel::City ? c.code.text() : c.code.cityCode();
        if (rootLevel == AdminLevel::Country && provincesSeen.emplace(province, 0).second)
            if (auto st = add({.code = province,
                               .kind = core::RegionKind::Province,
                               .nameZh = provinceName(province).toStdString(),
                               .nameEn = std::string(AdminCode::provinceName(province, false)),
                               .parentCode = root->text(),
                               .provenance = provenance});
                st.hasError())
                return st.error();
        if (rootLevel != AdminLevel::City && city != province && citiesSeen.emplace(city, 0).second)
            if (auto st = add({.code = city,
                               .kind = core::RegionKind::City,
                               .nameZh = cityName(city).toStdString(),
                               .parentCode = rootLevel == AdminLevel::Country ? province : root->text(),
                               .provenance = provenance});
                st.hasError())
                return st.error();
    }
    for (const County& c : counties)
        if (auto st = add({.code = c.code.text(),
                           .kind = core::RegionKind::County,
                           .nameZh = c.name.toStdString(),
                           .parentCode = parentOf(c),
                           .provenance = provenance});
            st.hasError())
            return st.error();

    // 5. The layers: the counties as imported; for a province or the country, its cities dissolved from them
    // and the cities without counties as they are.
    geo::FeatureLayer countiesLayer;
    countiesLayer.name = QStringLiteral("县级行政区");
    countiesLayer.role = geo::LayerRole::Counties;
    countiesLayer.geometryKind = layer.geometryKind;
    countiesLayer.crs = layer.crs;
    countiesLayer.schematic = layer.schematic; // a drawn example stays marked as drawn
    for (const County& c : counties) {
        geo::Feature f = layer.features[c.feature];
        f.id = static_cast<qint64>(countiesLayer.features.size() + 1);
        f.regionCode = QString::fromStdString(c.code.text());
        f.name = c.name;
        countiesLayer.features.append(std::move(f));
    }
    countiesLayer.updateBounds();
    if (rootLevel != AdminLevel::City) {
        // Every feature under a City region is dissolved into it; Hong Kong's and Macao's districts have none
        // and stay out of the cities layer (the counties layer above it draws them).
        geo::FeatureLayer unitsLayer = countiesLayer;
        for (const County& c : cityUnits) {
            geo::Feature f = layer.features[c.feature];
            f.regionCode = QString::fromStdString(c.code.text());
            unitsLayer.features.append(std::move(f));
        }
        QHash<QString, QString> groupOf;
        QHash<QString, QString> names;
        for (const core::Region* city : dataset.regionsOfKind(core::RegionKind::City))
            names.insert(QString::fromStdString(city->code), QString::fromStdString(city->nameZh));
        for (const geo::Feature& f : unitsLayer.features) {
            const QString group = f.regionCode.left(4) + QStringLiteral("00");
            if (names.contains(group))
                groupOf.insert(f.regionCode, group);
        }
        auto cities = geo::LayerDissolver::dissolve(unitsLayer, groupOf, names);
        if (cities.hasError())
            return cities.error().locatedIn(where);
        cities.value().name = QStringLiteral("地级行政区");
        cities.value().role = geo::LayerRole::Cities;
        result.data.layers.append(std::move(cities.value()));
    }
    result.data.layers.append(countiesLayer);

    // 6. The project: display CRS from the data, a baseline scenario, years left to the plan targets.
    const QString display =
        geo::GaussKrugerZone::crsForExtent(geo::LayerImporter::projectAreaOf({countiesLayer}));
    core::ProjectMetadata& m = result.data.metadata;
    m.nameZh = (rootName + QStringLiteral("节水行动规划")).toStdString();
    m.nameEn = "Water-saving action plan" + (rootNameEn.empty() ? std::string() : " of " + rootNameEn);
    m.baseYear = 0;
    m.storageCrs = geo::CoordinateTransformer::storageCrs().toStdString();
    m.displayCrs = (display.isEmpty() ? geo::CoordinateTransformer::storageCrs() : display).toStdString();
    m.rootRegion = root->text();
    m.extra["boundaries"] = QFileInfo(path).fileName().toStdString();
    result.data.scenarios.push_back(
        core::Scenario{.name = "baseline",
                       .descriptionZh = QStringLiteral("基准情景：观测年份之后按现状趋势外推").toStdString(),
                       .descriptionEn = "Baseline: the current trend after the observed years"});

    const int cityCount = static_cast<int>(dataset.regionsOfKind(core::RegionKind::City).size());
    result.lines.append(QCoreApplication::translate("store", "root: %1 %2")
                            .arg(QString::fromStdString(root->text()), rootName));
    if (rootLevel == AdminLevel::Country)
        result.lines.append(QCoreApplication::translate("store", "%1 provinces").arg(provincesSeen.size()));
    if (rootLevel != AdminLevel::City)
        result.lines.append(QCoreApplication::translate("store", "%1 cities").arg(cityCount));
    result.lines.append(QCoreApplication::translate("store", "%1 counties").arg(counties.size()));
    if (!cityUnits.empty()) {
        QStringList names;
        for (const County& c : cityUnits)
            names.append(c.name);
        result.lines.append(QCoreApplication::translate(
                                "store", "%1 cities without counties, each one unit with its own figures: %2")
                                .arg(cityUnits.size())
                                .arg(listed(names, 10)));
    }
    result.lines.append(
        QCoreApplication::translate(
            "store", "display CRS: %1 (%2), the 3-degree Gauss-Krüger zone of the data's centre")
            .arg(QString::fromStdString(m.displayCrs),
                 geo::CoordinateTransformer::crsName(QString::fromStdString(m.displayCrs))));
    // Regions the file names nowhere keep their code as name: said with counts and the first codes (a
    // national file without city names has some 330), the whole list with the counties that identify each.
    std::sort(unnamedProvinces.begin(), unnamedProvinces.end());
    std::sort(unnamedCities.begin(), unnamedCities.end());
    const auto firstCodes = [](const QStringList& codes) {
        constexpr int kShown = 5;
        QString text = codes.mid(0, kShown).join(QStringLiteral(", "));
        if (codes.size() > kShown)
            text += QCoreApplication::translate("store", " and %1 more").arg(codes.size() - kShown);
        return text;
    };
    if (!unnamedProvinces.isEmpty())
        result.warnings.append(QCoreApplication::translate(
                                   "store", "provinces without a name in the file (each carries its code "
                                            "as name for now): %1 — %2")
                                   .arg(unnamedProvinces.size())
                                   .arg(firstCodes(unnamedProvinces)));
    if (!unnamedCities.isEmpty())
        result.warnings.append(
            QCoreApplication::translate("store", "cities without a name in the file (each carries its code "
                                                 "as name for now): %1 — %2")
                .arg(unnamedCities.size())
                .arg(firstCodes(unnamedCities)));
    if (!unnamedProvinces.isEmpty() || !unnamedCities.isEmpty())
        result.warnings.append(QCoreApplication::translate(
            "store",
            "rename them with: jieshui-cli region rename PROJECT CODE NAME (or in the Regions panel)"));
    std::map<std::string, std::pair<int, const County*>> countiesUnder; // count, first (counties are sorted)
    for (const County& c : counties)
        for (const std::string& group : {c.code.provinceCode(), c.code.cityCode()}) {
            auto& [count, first] = countiesUnder[group];
            if (count++ == 0)
                first = &c;
        }
    for (const QStringList* codes : {&unnamedProvinces, &unnamedCities})
        for (const QString& code : *codes) {
            const auto found = countiesUnder.find(code.toStdString());
            result.unnamed.append(
                found == countiesUnder.end()
                    ? code
                    : QCoreApplication::translate("store", "%1: holds %3 %4 (counties in it: %2)")
                          .arg(code)
                          .arg(found->second.first)
                          .arg(found->second.second->name,
                               QString::fromStdString(found->second.second->code.text())));
        }
    result.warnings.append(QCoreApplication::translate(
        "store", "the project has no statistics or plan targets yet: import them with import-stats "
                 "and import-plan; its years come from the plan targets"));
    return result;
}

} // namespace jieshui::store
