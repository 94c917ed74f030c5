// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small in-memory fixtures shared by the loader tests (hand-written, not derived from any real data).

#include "io/RegionLoader.h"
#include "model/Dataset.h"

#include <gtest/gtest.h>
#include <string>

namespace jieshui::core::testing {

/** regions.csv of a miniature Qinzhou: the city, two counties, a sub-zone, a basin, a utility. */
inline const char* miniRegionsCsv() {
    return "code,kind,name_zh,name_en,parent_code,county_codes,source,estimate\n"
           "450700,city,钦州市,Qinzhou,,,GB/T 2260,0\n"
           "450702,county,钦南区,Qinnan,450700,,GB/T 2260,0\n"
           "450721,county,灵山县,Lingshan,450700,,GB/T 2260,0\n"
           "450702-SZ-PORT,sub-zone,钦州港经济技术开发区,Qinzhou Port ETDZ,450702,,plan,0\n"
           "BASIN-QINJIANG,basin,钦江流域,Qinjiang basin,450700,450702;450721,qinzhou-facts,1\n"
           "WU-QINNAN,supply-utility,钦南供水公司,Qinnan water utility,450702,,test,1\n";
}

/** A dataset holding miniRegionsCsv(). */
inline Dataset miniDataset() {
    Dataset empty;
    RegionLoader loader(empty);
    auto regions = loader.fromText(miniRegionsCsv(), "regions.csv");
    EXPECT_TRUE(regions.isOk()) << (regions.isOk() ? "" : regions.error().toString());
    Dataset d;
    if (regions.isOk()) {
        EXPECT_TRUE(RegionLoader::addTo(d, regions.value()).isOk());
    }
    return d;
}

} // namespace jieshui::core::testing
