// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Table-by-table equality of two ProjectData, with gtest messages naming what differs.

#include "store/ProjectData.h"

#include <gtest/gtest.h>

namespace jieshui::store::test {

inline void expectSameProject(const ProjectData& a, const ProjectData& b) {
    EXPECT_EQ(a.metadata.nameZh, b.metadata.nameZh);
    EXPECT_EQ(a.metadata.nameEn, b.metadata.nameEn);
    EXPECT_EQ(a.metadata.baseYear, b.metadata.baseYear);
    EXPECT_EQ(a.metadata.storageCrs, b.metadata.storageCrs);
    EXPECT_EQ(a.metadata.displayCrs, b.metadata.displayCrs);
    EXPECT_EQ(a.metadata.rootRegion, b.metadata.rootRegion);
    EXPECT_EQ(a.metadata.extra, b.metadata.extra);

    ASSERT_EQ(a.dataset.regions().size(), b.dataset.regions().size());
    for (std::size_t i = 0; i < a.dataset.regions().size(); ++i) {
        const auto& x = a.dataset.regions()[i];
        const auto& y = b.dataset.regions()[i];
        SCOPED_TRACE("region " + x.code);
        EXPECT_EQ(x.code, y.code);
        EXPECT_EQ(x.kind, y.kind);
        EXPECT_EQ(x.nameZh, y.nameZh);
        EXPECT_EQ(x.nameEn, y.nameEn);
        EXPECT_EQ(x.parentCode, y.parentCode);
        EXPECT_EQ(x.countyCodes, y.countyCodes);
        EXPECT_EQ(x.provenance.kind, y.provenance.kind);
        EXPECT_EQ(x.provenance.source, y.provenance.source);
        ASSERT_EQ(x.irrigation.has_value(), y.irrigation.has_value());
        if (x.irrigation) {
            EXPECT_EQ(x.irrigation->districtClass, y.irrigation->districtClass);
            EXPECT_EQ(x.irrigation->sourceType, y.irrigation->sourceType);
            EXPECT_EQ(x.irrigation->wellMethod, y.irrigation->wellMethod);
            EXPECT_DOUBLE_EQ(x.irrigation->designArea.value(), y.irrigation->designArea.value());
            EXPECT_DOUBLE_EQ(x.irrigation->effectiveArea.value(), y.irrigation->effectiveArea.value());
            EXPECT_EQ(x.irrigation->countyCode, y.irrigation->countyCode);
        }
    }

    const auto sa = a.dataset.statistics();
    const auto sb = b.dataset.statistics();
    ASSERT_EQ(sa.size(), sb.size());
    for (std::size_t i = 0; i < sa.size(); ++i) {
        SCOPED_TRACE("statistic " + sa[i]->regionCode + " " + sa[i]->variable + " " +
                     std::to_string(sa[i]->year));
        EXPECT_EQ(sa[i]->regionCode, sb[i]->regionCode);
        EXPECT_EQ(sa[i]->year, sb[i]->year);
        EXPECT_EQ(sa[i]->variable, sb[i]->variable);
        EXPECT_EQ(sa[i]->value, sb[i]->value); // REAL round-trips doubles exactly
        EXPECT_EQ(sa[i]->unit, sb[i]->unit);
        EXPECT_EQ(sa[i]->provenance.kind, sb[i]->provenance.kind);
        EXPECT_EQ(sa[i]->provenance.source, sb[i]->provenance.source);
        EXPECT_EQ(sa[i]->vintage, sb[i]->vintage);
    }

    EXPECT_TRUE(a.uncertainty == b.uncertainty) << "the uncertainty models differ";

    ASSERT_EQ(a.dataset.targets().size(), b.dataset.targets().size());
    for (std::size_t i = 0; i < a.dataset.targets().size(); ++i) {
        const auto& x = a.dataset.targets()[i];
        const auto& y = b.dataset.targets()[i];
        SCOPED_TRACE("target " + x.id);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.indicator, y.indicator);
        EXPECT_EQ(x.regionCode, y.regionCode);
        EXPECT_EQ(x.year, y.year);
        EXPECT_EQ(x.comparator, y.comparator);
        EXPECT_EQ(x.value, y.value);
        EXPECT_EQ(x.unit, y.unit);
        EXPECT_EQ(x.baseYear, y.baseYear);
        EXPECT_EQ(x.priceBaseYear, y.priceBaseYear);
        EXPECT_EQ(x.variable, y.variable);
        EXPECT_EQ(x.taskNumber, y.taskNumber);
        EXPECT_EQ(x.source, y.source);
        EXPECT_EQ(x.clause, y.clause);
    }

    ASSERT_EQ(a.dataset.tasks().size(), b.dataset.tasks().size());
    for (std::size_t i = 0; i < a.dataset.tasks().size(); ++i) {
        const auto& x = a.dataset.tasks()[i];
        const auto& y = b.dataset.tasks()[i];
        SCOPED_TRACE("task " + std::to_string(x.number));
        EXPECT_EQ(x.number, y.number);
        EXPECT_EQ(x.titleZh, y.titleZh);
        EXPECT_EQ(x.titleEn, y.titleEn);
        EXPECT_EQ(x.leadDepartment, y.leadDepartment);
        EXPECT_EQ(x.partnerDepartments, y.partnerDepartments);
        EXPECT_EQ(x.status, y.status);
        EXPECT_EQ(x.clause, y.clause);
        ASSERT_EQ(x.milestones.size(), y.milestones.size());
        for (std::size_t m = 0; m < x.milestones.size(); ++m) {
            EXPECT_EQ(x.milestones[m].year, y.milestones[m].year);
            EXPECT_EQ(x.milestones[m].textZh, y.milestones[m].textZh);
            EXPECT_EQ(x.milestones[m].textEn, y.milestones[m].textEn);
            EXPECT_EQ(x.milestones[m].targetId, y.milestones[m].targetId);
        }
    }

    ASSERT_EQ(a.scenarios.size(), b.scenarios.size());
    for (std::size_t i = 0; i < a.scenarios.size(); ++i) {
        const auto& x = a.scenarios[i];
        const auto& y = b.scenarios[i];
        SCOPED_TRACE("scenario " + x.name);
        EXPECT_EQ(x.name, y.name);
        EXPECT_EQ(x.parent, y.parent);
        EXPECT_EQ(x.descriptionZh, y.descriptionZh);
        EXPECT_EQ(x.descriptionEn, y.descriptionEn);
        EXPECT_EQ(x.nameZh, y.nameZh);
        EXPECT_EQ(x.nameEn, y.nameEn);
        ASSERT_EQ(x.overrides.size(), y.overrides.size());
        for (std::size_t o = 0; o < x.overrides.size(); ++o) {
            EXPECT_EQ(x.overrides[o].regionCode, y.overrides[o].regionCode);
            EXPECT_EQ(x.overrides[o].driver, y.overrides[o].driver);
            EXPECT_EQ(x.overrides[o].fromYear, y.overrides[o].fromYear);
            EXPECT_EQ(x.overrides[o].value, y.overrides[o].value);
        }
    }

    ASSERT_EQ(a.allocations.size(), b.allocations.size());
    for (std::size_t i = 0; i < a.allocations.size(); ++i) {
        const auto& x = a.allocations[i];
        const auto& y = b.allocations[i];
        SCOPED_TRACE("allocation " + x.id);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.scenario, y.scenario);
        EXPECT_EQ(x.parentRegion, y.parentRegion);
        EXPECT_EQ(x.year, y.year);
        EXPECT_EQ(x.cap, y.cap);
        EXPECT_EQ(x.method, y.method);
        EXPECT_EQ(x.baseYear, y.baseYear);
        EXPECT_EQ(x.roundingUnit, y.roundingUnit);
        EXPECT_EQ(x.remainder, y.remainder);
        ASSERT_EQ(x.shares.size(), y.shares.size());
        for (std::size_t s = 0; s < x.shares.size(); ++s) {
            EXPECT_EQ(x.shares[s].regionCode, y.shares[s].regionCode);
            EXPECT_EQ(x.shares[s].volume, y.shares[s].volume);
            EXPECT_EQ(x.shares[s].manual, y.shares[s].manual);
        }
    }

    ASSERT_EQ(a.layers.size(), b.layers.size());
    for (int i = 0; i < a.layers.size(); ++i) {
        const auto& x = a.layers[i];
        const auto& y = b.layers[i];
        SCOPED_TRACE("layer " + x.name.toStdString());
        EXPECT_EQ(x.name, y.name);
        EXPECT_EQ(x.role, y.role);
        EXPECT_EQ(x.geometryKind, y.geometryKind);
        EXPECT_EQ(x.crs, y.crs);
        EXPECT_EQ(x.schematic, y.schematic);
        EXPECT_EQ(x.bounds, y.bounds);
        ASSERT_EQ(x.features.size(), y.features.size());
        for (int f = 0; f < x.features.size(); ++f) {
            const auto& p = x.features[f];
            const auto& q = y.features[f];
            EXPECT_EQ(p.regionCode, q.regionCode);
            EXPECT_EQ(p.name, q.name);
            EXPECT_EQ(p.attributes, q.attributes);
            EXPECT_EQ(p.rings, q.rings);
            if (x.geometryKind == geo::GeometryKind::Polygon) {
                EXPECT_EQ(p.partStarts.isEmpty() ? QVector<int>{0} : p.partStarts, q.partStarts);
            }
        }
    }

    EXPECT_EQ(a.results, b.results);
}

} // namespace jieshui::store::test
