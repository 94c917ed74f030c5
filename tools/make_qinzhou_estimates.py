#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the tabular data of the embedded Qinzhou project (data/qinzhou/*.csv).

The statistics are ESTIMATES (估算), not published figures: the public pages reached while building
the project held no 钦州市水资源公报 series (see docs/data-provenance.md). Every number below is either
  * a sourced figure [S] (the row has estimate=0 and a URL in `source`), or
  * an estimate (estimate=1, `source` starts with 估算 and names the method).
The method is written out in this file so that it can be reviewed and re-run; it is deterministic (no
random numbers). A bureau replaces the estimates with 水资源公报 / 统计年鉴 figures through
`jieshui-cli import-stats` (docs/data-provenance.md, "Replacing the estimates").

Coherence rules kept by construction (integers in the smallest printed unit, largest-remainder splits):
  * counties sum EXACTLY to the city for every additive variable (volumes, money, areas, counts);
  * the sectors sum exactly to water.total_reported;
  * the city's 上年=100 indices are the previous-year-GDP-weighted means of the county indices.
At the end the script prints the indicator values the engine should compute, with the plan targets.

Run:  python3 tools/make_qinzhou_estimates.py [--out data/qinzhou]
"""
import argparse
import csv
import os
import sys

YEARS = list(range(2015, 2023))
CITY = "450700"
COUNTIES = ["450702", "450703", "450721", "450722"]
NAME = {"450700": "钦州市", "450702": "钦南区", "450703": "钦北区", "450721": "灵山县", "450722": "浦北县"}
PLAN = "钦州市节水行动实施方案"
VINTAGE = "est-2026-1"

# Sourced figures [S] (URLs from the project brief, domain-methods.md §6 and qinzhou-facts.md).
SRC_QINBEI_GDP_2020 = ("钦北区2020年国民经济和社会发展统计公报 (via tjgb.hongheiku.com) "
                       "https://tjgb.hongheiku.com/xjtjgb/xj2020/34057.html")
SRC_HONGCHAOJIANG = "洪潮江水库及灌区 (design 30.4 万亩, effective 16.8 万亩) http://shzq.org/shzq/5433061781995038408.html"
SRC_ZONES = "2013 钦州市通知 addressees (named there as parallel units) http://law.foodmate.net/show-181923.html"
SRC_CODES = "GB/T 2260 行政区划代码 (public code lists, see domain-methods.md §6.1)"


# ----------------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------------
def split_exact(total, weights):
    """Splits the integer `total` in proportion to `weights`; the parts are integers summing to total
    (largest-remainder rounding, ties to the earlier part)."""
    s = float(sum(weights))
    raw = [total * w / s for w in weights]
    parts = [int(r // 1) for r in raw]
    rest = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - parts[i]), i))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def lerp(a, b, year, y0=2015, y1=2022):
    t = (year - y0) / float(y1 - y0)
    return a + (b - a) * t


def fmt(value_int, decimals):
    """An integer in units of 10^-decimals, printed exactly."""
    if decimals == 0:
        return str(value_int)
    sign = "-" if value_int < 0 else ""
    v = abs(value_int)
    return f"{sign}{v // 10 ** decimals}.{v % 10 ** decimals:0{decimals}d}"


def by_year(values):
    return dict(zip(YEARS, values))


class Table:
    def __init__(self):
        self.rows = []
        self.keys = set()

    def add(self, region, year, variable, value, unit, source, estimate=1, vintage=VINTAGE):
        key = (region, year, variable)
        if key in self.keys:
            raise SystemExit(f"duplicate statistic {key}")
        self.keys.add(key)
        self.rows.append([region, year, variable, value, unit, source, estimate, vintage])


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


# ----------------------------------------------------------------------------------------------------
# 1. Water use by sector: city paths (亿m³, 2 decimals) split to counties by sector shares
# ----------------------------------------------------------------------------------------------------
# City totals 2015-2022 in 亿m³. Method: 2015 level ≈ 13.4 亿m³ for ≈ 3.2 million people (the brief's
# 12-14 亿m³ band), agriculture ≈ 72 % (Guangxi pattern: double-crop rice, sugarcane, aquaculture);
# farmland irrigation falls with the coefficient (0.478 → 0.519), efficient irrigation and the shift
# from double rice to fruit and sugarcane; industry falls to 2020 (water-balance tests, reuse) and
# rises again in 2021-22 with the new petrochemical capacity at the port; domestic use follows
# population and urbanisation; ecological replenishment grows with urban greening.
SECTOR_PATH = {
    "water.farmland_irrigation": [8.30, 8.12, 7.90, 7.71, 7.38, 6.95, 7.08, 7.00],
    "water.forestry_livestock_fishery": [1.40, 1.40, 1.39, 1.38, 1.36, 1.33, 1.34, 1.33],
    "water.industry": [1.62, 1.60, 1.57, 1.55, 1.50, 1.46, 1.58, 1.78],
    "water.urban_public": [0.42, 0.44, 0.45, 0.47, 0.49, 0.49, 0.52, 0.54],
    "water.residential": [1.46, 1.47, 1.48, 1.50, 1.51, 1.52, 1.55, 1.58],
    "water.ecological": [0.18, 0.19, 0.20, 0.21, 0.22, 0.24, 0.26, 0.28],
}
# County shares (钦南, 钦北, 灵山, 浦北) in 2015 and 2022, interpolated linearly in between.
# Method: farmland by irrigated area; fishery weighted to the coast (钦南); industry to the port (钦南)
# and rising there; domestic by resident population; urban public and ecological by urban population.
SECTOR_SHARES = {
    "water.farmland_irrigation": ([0.22, 0.22, 0.34, 0.22], [0.21, 0.22, 0.35, 0.22]),
    "water.forestry_livestock_fishery": ([0.34, 0.20, 0.26, 0.20], [0.35, 0.19, 0.26, 0.20]),
    "water.industry": ([0.55, 0.14, 0.17, 0.14], [0.62, 0.12, 0.14, 0.12]),
    "water.urban_public": ([0.40, 0.20, 0.24, 0.16], [0.42, 0.19, 0.23, 0.16]),
    "water.residential": ([0.21, 0.22, 0.36, 0.21], [0.22, 0.22, 0.35, 0.21]),
    "water.ecological": ([0.45, 0.20, 0.20, 0.15], [0.48, 0.19, 0.19, 0.14]),
}
SECTOR_NOTE = {
    "water.farmland_irrigation": "城市路径按灌溉面积×亩均毛用水(系数0.478→0.519)推估，按有效灌溉面积分县",
    "water.forestry_livestock_fishery": "按广西同类城市农业用水结构推估，渔业向沿海钦南区倾斜分县",
    "water.industry": "按工业增加值与万元工业增加值用水量路径推估，按工业布局(钦州港)分县",
    "water.urban_public": "按城镇人口与人均公共用水推估分县",
    "water.residential": "按常住人口×人均生活用水(约125 L/人·日)推估分县",
    "water.ecological": "按城区绿化与河湖补水推估分县",
}
# Freshwater once-through cooling inside water.industry (亿m³). The large coastal plants cool with
# seawater, which the bulletin does not count; the small freshwater value is a placeholder in 钦南.
COOLING_QINNAN = [0.03] * 8
# Non-conventional water used (reclaimed, rainwater), part of the sectors; city path, county shares.
NONCONV_PATH = [0.04, 0.05, 0.06, 0.08, 0.10, 0.13, 0.16, 0.20]
NONCONV_SHARES = [0.60, 0.15, 0.15, 0.10]

# ----------------------------------------------------------------------------------------------------
# 2. Economy
# ----------------------------------------------------------------------------------------------------
# GDP at current prices, 亿元. City ≈ 944 (2015), ≈ 1,388 (2020), ≈ 1,919 (2022) from the brief [E];
# 钦北区 2020 = 330.6 [S]. Other years interpolated on the brief's anchors and 2023 = 1,961.29 [S].
GDP_CITY = [944.00, 1021.00, 1102.00, 1203.00, 1292.00, 1388.00, 1646.00, 1919.00]
# County GDP by anchor years (2015, 2020, 2022); in-between years split the city value by interpolated
# shares. 2020 钦北 is the sourced 330.6; 2022 钦北 and 浦北 sit below their 2024 bulletins
# (345.94 and 284.97 亿元 [S]); 钦南 carries the port's 2021-22 petrochemical surge.
GDP_ANCHORS = {2015: [350.00, 225.00, 210.00, 159.00], 2020: [525.40, 330.60, 305.00, 227.00],
               2022: [943.00, 338.00, 370.00, 268.00]}
# Real growth (上年=100) of each county; the city index is their previous-year-GDP-weighted mean.
GDP_INDEX = {  # 钦南, 钦北, 灵山, 浦北 per year 2016..2022
    2016: [110.2, 108.3, 108.0, 107.6], 2017: [109.6, 108.0, 107.8, 107.4], 2018: [110.5, 108.6, 108.4, 108.0],
    2019: [107.8, 106.4, 106.2, 105.9], 2020: [105.0, 103.6, 103.5, 103.2], 2021: [112.6, 108.6, 108.9, 108.2],
    2022: [105.2, 103.6, 103.8, 103.4],
}
# Industrial value added at current prices, 亿元 (city), county shares 2015 → 2022.
IVA_CITY = [300.00, 309.00, 328.00, 348.00, 360.00, 370.00, 470.00, 540.00]
IVA_SHARES = ([0.52, 0.16, 0.18, 0.14], [0.62, 0.13, 0.14, 0.11])
IVA_INDEX = {
    2016: [108.6, 106.4, 106.2, 105.8], 2017: [107.0, 105.0, 104.8, 104.5], 2018: [109.8, 107.2, 107.0, 106.6],
    2019: [105.8, 104.2, 104.0, 103.8], 2020: [102.0, 101.0, 100.8, 100.6], 2021: [116.5, 108.5, 108.0, 107.6],
    2022: [110.2, 106.0, 105.8, 105.4],
}

# ----------------------------------------------------------------------------------------------------
# 3. Population and irrigated area
# ----------------------------------------------------------------------------------------------------
POP_CITY = [3200000, 3215000, 3231000, 3248000, 3266000, 3300000, 3305000, 3310000]  # ≈ 330 万 in 2020 [E]
POP_SHARES = ([0.195, 0.220, 0.370, 0.215], [0.200, 0.221, 0.366, 0.213])
IRR_AREA_CITY = [152.00, 151.80, 151.50, 151.20, 150.80, 150.40, 150.00, 149.50]  # 万亩
IRR_AREA_SHARES = ([0.22, 0.21, 0.35, 0.22], [0.21, 0.21, 0.36, 0.22])

# ----------------------------------------------------------------------------------------------------
# 4. Irrigation districts
# ----------------------------------------------------------------------------------------------------
# code, name_zh, name_en, county, class, source_type, well_method, design 万亩, effective 万亩,
# effective area in Qinzhou (万亩, for the water volumes), base coefficient 2015, sample?, note
DISTRICTS = [
    ("ID-HONGCHAOJIANG", "洪潮江灌区（钦州境内部分）", "Hongchaojiang irrigation district (part in Qinzhou)",
     "450702", "large", "gravity", "", 30.4, 16.8, 3.36, 0.452, True, "S"),
    ("ID-QINGNIAN", "青年水闸灌区", "Qingnian Sluice irrigation district",
     "450702", "medium", "gravity", "", 18.5, 12.6, 12.6, 0.455, True, "钦江下游引水闸灌区，按下游耕地推估"),
    ("ID-XIAOJIANG", "小江水库灌区（浦北境内）", "Xiaojiang Reservoir irrigation district (Pubei part)",
     "450722", "medium", "gravity", "", 16.5, 9.8, 9.8, 0.458, True, "按浦北境内渠系控制面积推估"),
    ("ID-LINGDONG", "灵东水库灌区", "Lingdong Reservoir irrigation district",
     "450721", "medium", "gravity", "", 12.0, 8.1, 8.1, 0.462, True, "中型水库灌区，按库容与下游耕地推估"),
    ("ID-WANGGANGSHAN", "王岗山水库灌区", "Wanggangshan Reservoir irrigation district",
     "450703", "medium", "gravity", "", 6.2, 4.3, 4.3, 0.468, True, "按水库规模推估"),
    ("ID-NIUPIDA", "牛皮鞑水库灌区", "Niupida Reservoir irrigation district",
     "450721", "medium", "gravity", "", 5.6, 3.9, 3.9, 0.466, False, "按水库规模推估"),
    ("ID-WULIJIANG", "武利江灌区", "Wuli River irrigation district",
     "450722", "medium", "pumped", "", 7.4, 5.0, 5.0, 0.470, True, "武利江提引水灌区，按沿江耕地推估"),
    ("ID-NAMENG", "那蒙水库灌区", "Nameng Reservoir irrigation district",
     "450703", "medium", "gravity", "", 2.8, 2.0, 2.0, 0.474, True, "小(一)型水库灌区，按库容推估"),
    ("ID-DAMAAN", "大马鞍水库灌区", "Damaan Reservoir irrigation district",
     "450702", "medium", "gravity", "", 1.9, 1.3, 1.3, 0.476, True, "按库容推估"),
    ("ID-LUWU", "陆屋提水灌区", "Luwu pumped irrigation district",
     "450721", "medium", "pumped", "", 3.6, 2.5, 2.5, 0.482, True, "钦江沿岸泵站灌区，按泵站装机推估"),
    ("ID-DASI", "大寺江灌区", "Dasi River irrigation district",
     "450703", "medium", "gravity", "", 2.2, 1.6, 1.6, 0.472, False, "按沿江耕地推估"),
    ("ID-FUWANG", "福旺提水灌区", "Fuwang pumped irrigation district",
     "450722", "medium", "pumped", "", 1.5, 1.1, 1.1, 0.480, True, "按泵站规模推估"),
    ("ID-XINIUJIAO", "犀牛脚提水灌区", "Xiniujiao pumped irrigation district",
     "450702", "small", "pumped", "", 0.60, 0.45, 0.45, 0.505, True, "小型泵站灌区，按典型规模推估"),
    ("ID-KANGXIONGLING", "康熙岭小型灌区", "Kangxiling small irrigation district",
     "450702", "small", "gravity", "", 0.80, 0.62, 0.62, 0.488, True, "小型山塘灌区，按典型规模推估"),
    ("ID-XIAODONG", "小董提水灌区", "Xiaodong pumped irrigation district",
     "450703", "small", "pumped", "", 0.55, 0.42, 0.42, 0.500, True, "按典型规模推估"),
    ("ID-PINGSHAN", "平山小型灌区", "Pingshan small irrigation district",
     "450721", "small", "gravity", "", 0.90, 0.68, 0.68, 0.486, True, "钦江源头山区小型灌区，按典型规模推估"),
    ("ID-TANXU", "檀圩提水灌区", "Tanxu pumped irrigation district",
     "450721", "small", "pumped", "", 0.70, 0.52, 0.52, 0.498, True, "按典型规模推估"),
    ("ID-ZHAIYU", "寨圩小型灌区", "Zhaiyu small irrigation district",
     "450722", "small", "gravity", "", 0.85, 0.64, 0.64, 0.484, True, "按典型规模推估"),
    ("ID-BAISHISHUI", "白石水提水灌区", "Baishishui pumped irrigation district",
     "450722", "small", "pumped", "", 0.50, 0.38, 0.38, 0.502, True, "按典型规模推估"),
    ("ID-DONGCHANG-WELL", "东场纯井灌区", "Dongchang well-only irrigation area",
     "450702", "well-only", "", "pipe", 0.30, 0.22, 0.22, 0.690, True, "沿海菜地管道输水井灌，按典型规模推估"),
    ("ID-FOZI-WELL", "佛子纯井灌区", "Fozi well-only irrigation area",
     "450721", "well-only", "", "micro", 0.25, 0.18, 0.18, 0.840, True, "荔枝园滴灌井灌，按典型规模推估"),
]
# Gross irrigation per mu (m³/亩) by class, and a rainfall factor per year (wetter year = less water).
GROSS_PER_MU = {"large": 720.0, "medium": 700.0, "small": 640.0, "well-only": 420.0}
RAIN_FACTOR = by_year([1.00, 0.98, 0.97, 0.99, 0.95, 0.93, 0.96, 0.95])
# The city coefficient path the districts are tuned to (the engine recomputes it from the districts).
COEFFICIENT_PATH = by_year([0.478, 0.482, 0.487, 0.492, 0.498, 0.5055, 0.5125, 0.5190])

# ----------------------------------------------------------------------------------------------------
# 5. Supply utilities (CJJ 92-2016)
# ----------------------------------------------------------------------------------------------------
# code, name_zh, name_en, county (parent), county_codes, supply 2015 and 2022 (万m³), residential
# metered share r, mains km per 万m³ (A), mean outlet pressure MPa, leakage offset (percentage points)
UTILITIES = [
    ("WU-QINZHOU-CITY", "钦州市区供水（水务集团）", "Qinzhou city-proper water utility", "450702",
     "450702;450703", 6500.0, 8600.0, 0.46, 0.0760, 0.30, -0.6),
    ("WU-QINZHOU-PORT", "钦州港区供水", "Qinzhou Port area water utility", "450702", "450702",
     2400.0, 4300.0, 0.18, 0.0700, 0.38, -2.0),
    ("WU-QINBEI-TOWNS", "钦北区乡镇供水", "Qinbei town water supply", "450703", "450703",
     420.0, 560.0, 0.52, 0.0980, 0.26, 2.4),
    ("WU-LINGSHAN", "灵山县城供水", "Lingshan county-seat water utility", "450721", "450721",
     1650.0, 2150.0, 0.50, 0.0820, 0.30, 1.2),
    ("WU-LINGSHAN-LUWU", "灵山县陆屋镇供水", "Luwu town water supply (Lingshan)", "450721", "450721",
     260.0, 330.0, 0.55, 0.1050, 0.24, 3.0),
    ("WU-PUBEI", "浦北县城供水", "Pubei county-seat water utility", "450722", "450722",
     1250.0, 1620.0, 0.50, 0.0840, 0.30, 1.0),
]
# The city-wide corrected leakage rate R_BL (%) the utilities are tuned to: falls but misses 10 % in 2020.
LEAKAGE_PATH = by_year([12.6, 12.2, 11.9, 11.5, 11.0, 10.4, 9.9, 9.4])

# ----------------------------------------------------------------------------------------------------
# 6. Above-scale industry reuse
# ----------------------------------------------------------------------------------------------------
# Above-scale share of industrial fresh water per county, and county reuse rates outside 钦南 (2015 → 2022);
# 钦南 (petrochemicals, port) is solved so that the city reaches the path below.
ABOVE_SCALE_SHARE = [0.82, 0.62, 0.60, 0.60]
REUSE_OTHER = {"450703": (0.800, 0.850), "450721": (0.780, 0.840), "450722": (0.760, 0.820)}
REUSE_CITY_PATH = by_year([0.872, 0.880, 0.890, 0.900, 0.912, 0.924, 0.928, 0.931])


# ----------------------------------------------------------------------------------------------------
# Builders
# ----------------------------------------------------------------------------------------------------
def est(note):
    return "估算: " + note + "; 待以钦州市水资源公报/统计年鉴替换"


def county_shares(pair, year):
    a, b = pair
    return [lerp(x, y, year) for x, y in zip(a, b)]


def build_water(t):
    """Sectors, cooling, non-conventional and total per county and city, in integer 万m³."""
    totals = {c: {y: 0 for y in YEARS} for c in COUNTIES + [CITY]}
    sectors = {}
    for var, path in SECTOR_PATH.items():
        sectors[var] = {}
        for i, y in enumerate(YEARS):
            city = int(round(path[i] * 10000))
            parts = split_exact(city, county_shares(SECTOR_SHARES[var], y))
            for c, v in zip(COUNTIES, parts):
                t.add(c, y, var, v, "万m³", est(SECTOR_NOTE[var]))
                totals[c][y] += v
            t.add(CITY, y, var, city, "万m³", est("各县(区)之和; " + SECTOR_NOTE[var]))
            totals[CITY][y] += city
            sectors[var][y] = dict(zip(COUNTIES, parts), **{CITY: city})
    for i, y in enumerate(YEARS):
        cool = int(round(COOLING_QINNAN[i] * 10000))
        for c in COUNTIES:
            v = cool if c == "450702" else 0
            t.add(c, y, "water.industry_once_through_cooling", v, "万m³",
                  est("淡水直流冷却占位值(沿海电厂海水冷却不计入用水总量)"))
        t.add(CITY, y, "water.industry_once_through_cooling", cool, "万m³", est("各县(区)之和"))
        nc = int(round(NONCONV_PATH[i] * 10000))
        parts = split_exact(nc, NONCONV_SHARES)
        for c, v in zip(COUNTIES, parts):
            t.add(c, y, "water.nonconventional", v, "万m³", est("再生水与雨水利用路径(计入各行业)，按城区规模分县"))
        t.add(CITY, y, "water.nonconventional", nc, "万m³", est("各县(区)之和"))
        for c in COUNTIES + [CITY]:
            t.add(c, y, "water.total_reported", totals[c][y], "万m³", est("各行业用水量之和(公报口径，含生态补水)"))
    return totals, sectors


def build_money(t, city_values, anchors, shares_pair, variable, note, sourced=None):
    """Splits a city series (亿元, 2 decimals) to counties; anchors fix county values in given years."""
    values = {}
    for i, y in enumerate(YEARS):
        city = int(round(city_values[i] * 100))
        if anchors and y in anchors:
            parts = [int(round(v * 100)) for v in anchors[y]]
            if sum(parts) != city:
                raise SystemExit(f"{variable} {y}: county anchors {sum(parts)} != city {city}")
        else:
            if anchors:
                ys = sorted(anchors)
                lo = max(a for a in ys if a < y)
                hi = min(a for a in ys if a > y)
                sh_lo = [v / sum(anchors[lo]) for v in anchors[lo]]
                sh_hi = [v / sum(anchors[hi]) for v in anchors[hi]]
                w = [lerp(a, b, y, lo, hi) for a, b in zip(sh_lo, sh_hi)]
            else:
                w = county_shares(shares_pair, y)
            parts = split_exact(city, w)
        for c, v in zip(COUNTIES, parts):
            if sourced and (c, y) in sourced:
                t.add(c, y, variable, fmt(v, 2), "亿元", sourced[(c, y)], 0, "2020年统计公报")
            else:
                t.add(c, y, variable, fmt(v, 2), "亿元", est(note))
        t.add(CITY, y, variable, fmt(city, 2), "亿元", est("各县(区)之和; " + note))
        values[y] = dict(zip(COUNTIES, parts), **{CITY: city})
    return values


def build_index(t, index, current, variable, note):
    """County indices as given; the city index is the previous-year-current-price-weighted mean (0.1)."""
    city_index = {}
    for y in YEARS[1:]:
        prev = current[y - 1]
        w = [prev[c] for c in COUNTIES]
        mean = sum(i * wi for i, wi in zip(index[y], w)) / sum(w)
        city_index[y] = round(mean, 1)
        for c, v in zip(COUNTIES, index[y]):
            t.add(c, y, variable, f"{v:.1f}", "上年=100", est(note))
        t.add(CITY, y, variable, f"{city_index[y]:.1f}", "上年=100",
              est("各县(区)指数以上年现价为权的加权平均; " + note))
    return city_index


def build_counts(t, city_values, shares_pair, variable, unit, decimals, note):
    out = {}
    for i, y in enumerate(YEARS):
        city = int(round(city_values[i] * 10 ** decimals))
        parts = split_exact(city, county_shares(shares_pair, y))
        for c, v in zip(COUNTIES, parts):
            t.add(c, y, variable, fmt(v, decimals), unit, est(note))
        t.add(CITY, y, variable, fmt(city, decimals), unit, est("各县(区)之和; " + note))
        out[y] = dict(zip(COUNTIES, parts), **{CITY: city})
    return out


def medium_band(design):
    return "15-30" if design >= 15 else ("5-15" if design >= 5 else "1-5")


def coefficient(districts_year, county=None):
    """The regional coefficient by the 细则 structure (domain-methods.md §2.3): gross-water weights."""
    rows = [d for d in districts_year if county is None or d["county"] == county]
    classes = {}
    for cls in ("large", "medium", "small", "well-only"):
        members = [d for d in rows if d["class"] == cls]
        if not members:
            continue
        if cls == "medium":
            groups = {}
            for d in members:
                groups.setdefault(medium_band(d["design"]), []).append(d)
        elif cls == "small":
            groups = {}
            for d in members:
                groups.setdefault(d["source_type"], []).append(d)
        elif cls == "well-only":
            groups = {}
            for d in members:
                groups.setdefault(d["well_method"], []).append(d)
        else:
            groups = {"all": members}
        num = den = 0.0
        for g in groups.values():
            samples = [d for d in g if d["sample"]]
            if not samples:
                return None  # a group without a sample cannot be judged
            if cls in ("large", "medium"):
                eta = sum(d["net"] for d in samples) / sum(d["gross"] for d in samples)
            else:
                eta = sum(d["net"] / d["gross"] for d in samples) / len(samples)
            w = sum(d["gross"] for d in g)
            num += eta * w
            den += w
        classes[cls] = (num / den, den)
    total = sum(w for _, w in classes.values())
    return sum(e * w for e, w in classes.values()) / total


def build_districts(t):
    base = {}
    for d in DISTRICTS:
        code, _, _, county, cls, st, wm, design, eff, eff_qz, eta0, sample, _ = d
        for y in YEARS:
            trend = 1.0 - 0.006 * (y - 2015)  # field works and canal lining: −0.6 %/yr per mu
            gross10 = int(round(eff_qz * GROSS_PER_MU[cls] * RAIN_FACTOR[y] * trend * 10))
            base[(code, y)] = dict(code=code, county=county, **{"class": cls}, source_type=st, well_method=wm,
                                   design=design, gross=gross10 / 10.0, eta0=eta0, sample=sample)
    per_year = {}
    for y in YEARS:
        rows = [base[(d[0], y)] for d in DISTRICTS]
        for r in rows:
            r["net"] = r["gross"] * r["eta0"]
        delta = COEFFICIENT_PATH[y] - coefficient(rows)
        for r in rows:
            r["net"] = round(r["gross"] * (r["eta0"] + delta), 1)
            t.add(r["code"], y, "irrigation.gross_water", f"{r['gross']:.1f}", "万m³",
                  est("钦州境内有效灌溉面积×分类亩均毛用水×年降水修正"))
            t.add(r["code"], y, "irrigation.net_water", f"{r['net']:.1f}", "万m³",
                  est("毛用水×推估利用系数(按类别基值+全市年度改进量)"))
            t.add(r["code"], y, "irrigation.is_sample", 1 if r["sample"] else 0, "flag",
                  est("样点灌区设置：大型及15-30万亩全部，其余各档/类型至少一个"))
        per_year[y] = rows
    return per_year


def cjj92(qs, qa, res_metered, length_km, pressure):
    rwl = (qs - qa) / qs * 100.0
    r1 = 0.08 * (res_metered / qs) * 100.0
    r2 = max(-3.0, min(3.0, 0.99 * (length_km / qs - 0.0693) * 100.0))
    r3 = 0.0 if pressure <= 0.35 else (0.5 if pressure <= 0.55 else (1.0 if pressure <= 0.75 else 2.0))
    return rwl, rwl - (r1 + r2 + r3)


def build_utilities(t):
    result = {}
    for y in YEARS:
        qs = {u[0]: u[5] * (u[6] / u[5]) ** ((y - 2015) / 7.0) for u in UTILITIES}
        mean_off = sum(u[10] * qs[u[0]] for u in UTILITIES) / sum(qs.values())
        rows = []
        for u in UTILITIES:
            code, r0, a, p, off = u[0], u[7], u[8], u[9], u[10]
            r = min(0.75, r0 + 0.012 * (y - 2015))  # 一户一表 conversion raises the metered share
            target_bl = LEAKAGE_PATH[y] + off - mean_off
            q = round(qs[code], 1)
            res = round(r * q, 1)
            length = round(a * q, 1)
            _, rbl0 = cjj92(q, q, res, length, p)  # correction terms: R_BL = R_WL + rbl0
            rwl = target_bl - rbl0
            qa = round(q * (1.0 - rwl / 100.0), 1)
            billed = round(qa - 0.012 * q, 1)
            rwl_real, rbl = cjj92(q, qa, res, length, p)
            note = est("按服务人口与工业用水推估供水量，漏损按CJJ 92-2016修正反推")
            t.add(code, y, "supply.total", f"{q:.1f}", "万m³", note)
            t.add(code, y, "supply.registered_use", f"{qa:.1f}", "万m³", note)
            t.add(code, y, "supply.billed_use", f"{billed:.1f}", "万m³", est("注册用水减免费用水(约1.2%供水量)"))
            t.add(code, y, "supply.residential_metered", f"{res:.1f}", "万m³", est("一户一表改造进度推估"))
            t.add(code, y, "supply.main_length", f"{length:.1f}", "km", est("按单位供水量管长推估"))
            t.add(code, y, "supply.mean_pressure", f"{p:.2f}", "MPa", est("典型出厂压力"))
            t.add(code, y, "supply.max_frost_depth", "0", "m", est("钦州无冻土(R4=0)"))
            rows.append((code, u[3], q, rwl_real, rbl))
        result[y] = rows
    return result


def build_reuse(t, sectors):
    rates = {}
    for y in YEARS:
        fresh, reused = {}, {}
        for c, share in zip(COUNTIES, ABOVE_SCALE_SHARE):
            cooling = int(round(COOLING_QINNAN[YEARS.index(y)] * 10000)) if c == "450702" else 0
            ind = sectors["water.industry"][y][c] - cooling
            fresh[c] = int(round(ind * share))
        for c, (a, b) in REUSE_OTHER.items():
            rate = lerp(a, b, y)
            reused[c] = int(round(fresh[c] * rate / (1.0 - rate)))
        c_city = REUSE_CITY_PATH[y]
        f_all = sum(fresh.values())
        others = sum(reused.values())
        reused["450702"] = int(round(c_city * f_all / (1.0 - c_city) - others))
        for c in COUNTIES:
            t.add(c, y, "industry.above_scale_fresh_water", fresh[c], "万m³", est("规模以上工业占工业新水比例推估"))
            t.add(c, y, "industry.above_scale_reused_water", reused[c], "万m³",
                  est("按企业结构(石化/造纸/电力)推估重复利用率反推"))
        t.add(CITY, y, "industry.above_scale_fresh_water", f_all, "万m³", est("各县(区)之和"))
        t.add(CITY, y, "industry.above_scale_reused_water", sum(reused.values()), "万m³", est("各县(区)之和"))
        rates[y] = sum(reused.values()) / (sum(reused.values()) + f_all)
        rates[(y, "450702")] = reused["450702"] / (reused["450702"] + fresh["450702"])
    return rates


# ----------------------------------------------------------------------------------------------------
# Key-task quantities (task.NN.name). Additive ones per county + city; shares and flags for the city.
# ----------------------------------------------------------------------------------------------------
TASK_AREAS = [  # variable, city per year 2015-2022 (万亩 added in that year), county shares, note
    ("task.04.efficient_irrigation_area_added", [1.20, 1.45, 1.62, 1.70, 1.75, 1.68, 1.80, 1.85],
     [0.20, 0.20, 0.35, 0.25], "高效节水灌溉年度新增面积，按高标准农田建设进度推估"),
    ("task.04.water_fertiliser_area_added", [1.50, 1.70, 1.90, 2.05, 2.30, 1.85, 2.10, 2.25],
     [0.22, 0.18, 0.35, 0.25], "水肥一体化年度新增面积推估(2020年春耕受疫情影响偏低)"),
]
TASK_YEARS = [2019, 2020, 2021, 2022]
TASK_COUNTS = {  # variable: {county: values 2019-2022 (cumulative to date)}, note
    "task.04.water_saving_irrigation_districts": ({"450721": [0, 0, 0, 1]}, "节水型灌区(灵东)创建进度推估"),
    "task.04.demonstration_areas": ({"450722": [0, 0, 1, 1]}, "节水农业示范区创建进度推估"),
    "task.06.livestock_demonstrations": ({"450702": [0, 1, 1, 2], "450703": [0, 0, 1, 1], "450721": [0, 1, 2, 2],
                                          "450722": [0, 0, 1, 1]}, "养殖业节水示范工程累计数推估"),
    "task.09.water_saving_enterprises": ({"450702": [1, 2, 4, 5], "450703": [0, 1, 1, 2], "450721": [0, 0, 1, 1],
                                          "450722": [0, 1, 1, 1]}, "高耗水行业节水型企业累计数推估"),
    "task.10.benchmark_enterprises": ({"450702": [0, 0, 0, 1]}, "节水标杆企业累计数推估"),
    "task.10.benchmark_parks": ({"450702": [0, 0, 1, 1]}, "节水标杆园区累计数推估"),
    "task.13.education_bases": ({"450702": [0, 1, 1, 1], "450721": [0, 0, 1, 1], "450722": [0, 0, 0, 1]},
                                "节水教育基地累计数推估"),
    "task.20.water_saving_service_firms": ({"450702": [0, 1, 2, 3]}, "节水服务企业累计数推估"),
    "task.28.water_managers": ({"450702": [3, 6, 9, 11], "450703": [0, 1, 2, 2], "450721": [0, 1, 1, 2],
                                "450722": [0, 1, 1, 2]}, "设立水务经理的企业(园区)数推估"),
    "task.29.water_saving_society_counties": ({"450702": [0, 0, 0, 1], "450703": [0, 1, 1, 1],
                                               "450721": [0, 0, 1, 1], "450722": [1, 1, 1, 1]},
                                              "县域节水型社会达标县(区)累计数推估"),
    "task.30.water_efficiency_leaders": ({"450702": [0, 0, 1, 2]}, "水效领跑者累计数推估"),
}
TASK_CITY = [  # variable, unit, values 2019-2022, note
    ("task.02.intake_facilities_registered", "flag", [0, 1, 1, 1], "取水工程设施核查登记完成(1=完成)推估"),
    ("task.03.supervision_system", "flag", [0, 1, 1, 1], "市级水资源督察和责任追究制度建立(1=建立)推估"),
    ("task.08.planned_management_coverage", "%", [86, 100, 100, 100], "工业企业计划用水管理覆盖率推估"),
    ("task.11.national_water_saving_city", "flag", [0, 0, 0, 0],
     "国家节水型城市达标状态未知，保守取0(未达标)占位"),
    ("task.12.district_metering", "flag", [0, 1, 1, 1], "城区供水管网分区计量管理开展(1=开展)推估"),
    ("task.13.municipal_organs_share", "%", [40, 70, 90, 100], "市直机关建成节水型单位比例推估"),
    ("task.13.municipal_institutions_share", "%", [12, 25, 41, 56], "市直事业单位建成节水型单位比例推估"),
    ("task.13.county_units_share", "%", [2, 5, 9, 14], "县直机关和事业单位建成节水型单位比例推估"),
    ("task.27.canal_metering_share", "%", [35, 52, 74, 100], "大中型灌区渠首和干支渠口门取水计量覆盖率推估"),
    ("task.28.key_user_list", "flag", [0, 1, 1, 1], "市、县两级重点监控用水单位名录建立(1=建立)推估"),
    ("task.28.large_users_monitored_share", "%", [40, 60, 85, 100],
     "年用水50万m³以上工业和服务业单位纳入重点监控名录比例推估"),
]


def build_tasks(t):
    for var, city_vals, shares, note in TASK_AREAS:
        for i, y in enumerate(YEARS):
            city = int(round(city_vals[i] * 100))
            parts = split_exact(city, shares)
            for c, v in zip(COUNTIES, parts):
                t.add(c, y, var, fmt(v, 2), "万亩", est(note))
            t.add(CITY, y, var, fmt(city, 2), "万亩", est("各县(区)之和; " + note))
    for var, (per_county, note) in TASK_COUNTS.items():
        for i, y in enumerate(TASK_YEARS):
            total = 0
            for c in COUNTIES:
                v = per_county.get(c, [0, 0, 0, 0])[i]
                total += v
                t.add(c, y, var, v, "个", est(note))
            t.add(CITY, y, var, total, "个", est("各县(区)之和; " + note))
    for var, unit, values, note in TASK_CITY:
        for y, v in zip(TASK_YEARS, values):
            t.add(CITY, y, var, v, unit, est(note))


# ----------------------------------------------------------------------------------------------------
# Plan targets, tasks, milestones
# ----------------------------------------------------------------------------------------------------
MAIN = "二、主要目标"


def task_clause(n):
    return f"三、重点任务 {n}"


PLAN_TARGETS = [
    # id, indicator, year, comparator, value, unit, base, price base, variable, task
    ("QZ-2020-GDP-RED", "water-per-gdp-reduction", 2020, ">=", "37", "%", 2015, 2015, "", ""),
    ("QZ-2020-IVA-RED", "water-per-iva-reduction", 2020, ">=", "28", "%", 2015, 2015, "", ""),
    ("QZ-2020-REUSE", "industrial-reuse-rate", 2020, ">=", "90", "%", "", "", "", ""),
    ("QZ-2020-COEF", "irrigation-coefficient", 2020, ">=", "0.503", "1", "", "", "", ""),
    ("QZ-2020-LEAK", "leakage-rate", 2020, "<=", "10", "%", "", "", "", ""),
    ("QZ-2022-GDP-RED", "water-per-gdp-reduction", 2022, ">=", "39", "%", 2015, 2015, "", ""),
    ("QZ-2022-IVA-RED", "water-per-iva-reduction", 2022, ">=", "31", "%", 2015, 2015, "", ""),
    ("QZ-2022-COEF", "irrigation-coefficient", 2022, ">=", "0.522", "1", "", "", "", ""),
    ("QZ-2022-TOTAL", "total-water-use", 2022, "<=", "16.53", "亿m³", "", "", "", ""),
    ("QZ-2035-TOTAL", "total-water-use", 2035, "<=", "16.95", "亿m³", "", "", "", ""),
    ("QZ-T02-INTAKE-2020", "task-milestone", 2020, ">=", "1", "flag", "", "", "task.02.intake_facilities_registered", 2),
    ("QZ-T03-SUPERVISION-2020", "task-milestone", 2020, ">=", "1", "flag", "", "", "task.03.supervision_system", 3),
    ("QZ-T04-EFF-2019", "task-milestone", 2019, ">=", "1.6", "万亩", "", "", "task.04.efficient_irrigation_area_added", 4),
    ("QZ-T04-EFF-2020", "task-milestone", 2020, ">=", "1.6", "万亩", "", "", "task.04.efficient_irrigation_area_added", 4),
    ("QZ-T04-WF-2019", "task-milestone", 2019, ">=", "2", "万亩", "", "", "task.04.water_fertiliser_area_added", 4),
    ("QZ-T04-WF-2020", "task-milestone", 2020, ">=", "2", "万亩", "", "", "task.04.water_fertiliser_area_added", 4),
    ("QZ-T04-DISTRICT-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.04.water_saving_irrigation_districts", 4),
    ("QZ-T04-DEMO-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.04.demonstration_areas", 4),
    ("QZ-T06-LIVESTOCK-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.06.livestock_demonstrations", 6),
    ("QZ-T08-PLANNED-2020", "task-milestone", 2020, ">=", "100", "%", "", "", "task.08.planned_management_coverage", 8),
    ("QZ-T09-ENTERPRISES-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.09.water_saving_enterprises", 9),
    ("QZ-T10-ENTERPRISE-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.10.benchmark_enterprises", 10),
    ("QZ-T10-PARK-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.10.benchmark_parks", 10),
    ("QZ-T11-CITY-2020", "task-milestone", 2020, ">=", "1", "flag", "", "", "task.11.national_water_saving_city", 11),
    ("QZ-T12-DMA-2020", "task-milestone", 2020, ">=", "1", "flag", "", "", "task.12.district_metering", 12),
    ("QZ-T13-ORGANS-2022", "task-milestone", 2022, ">=", "100", "%", "", "", "task.13.municipal_organs_share", 13),
    ("QZ-T13-INSTITUTIONS-2022", "task-milestone", 2022, ">=", "50", "%", "", "", "task.13.municipal_institutions_share", 13),
    ("QZ-T13-COUNTY-2022", "task-milestone", 2022, ">=", "10", "%", "", "", "task.13.county_units_share", 13),
    ("QZ-T13-BASES-2022", "task-milestone", 2022, ">=", "2", "个", "", "", "task.13.education_bases", 13),
    ("QZ-T20-FIRMS-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.20.water_saving_service_firms", 20),
    ("QZ-T27-METERING-2022", "task-milestone", 2022, ">=", "100", "%", "", "", "task.27.canal_metering_share", 27),
    ("QZ-T28-LIST-2020", "task-milestone", 2020, ">=", "1", "flag", "", "", "task.28.key_user_list", 28),
    ("QZ-T28-MONITORED-2022", "task-milestone", 2022, ">=", "100", "%", "", "", "task.28.large_users_monitored_share", 28),
    ("QZ-T29-COUNTIES-2022", "task-milestone", 2022, ">=", "4", "个", "", "", "task.29.water_saving_society_counties", 29),
    ("QZ-T30-LEADERS-2022", "task-milestone", 2022, ">=", "1", "个", "", "", "task.30.water_efficiency_leaders", 30),
]

WRB = "市水利局"
DRC = "市发展改革委"
UMB = "市城市管理行政执法局"
HUD = "市住房城乡建设局"
AGR = "市农业农村局"
IIT = "市工业和信息化局"
# number, zh, en, lead, partners, status
TASKS = [
    (1, "强化指标刚性约束", "Enforce binding water-use indicators", WRB, [DRC, "市自然资源局"], "in-progress"),
    (2, "严格用水全过程管理", "Manage water use through its whole process", WRB, [DRC, "市行政审批局"], "done"),
    (3, "强化节水监督考核", "Strengthen supervision and assessment of water saving", WRB, [DRC, "市统计局"], "done"),
    (4, "大力推进节水灌溉", "Expand water-saving irrigation", AGR, [WRB, DRC, "市财政局"], "in-progress"),
    (5, "优化调整作物种植结构", "Adjust the crop structure to the water available", AGR, [WRB], "in-progress"),
    (6, "推广养殖业节水方式", "Water-saving livestock and aquaculture", AGR, [WRB], "done"),
    (7, "加快推进农村生活节水", "Rural domestic water saving", WRB, [AGR, HUD, "市卫生健康委"], "in-progress"),
    (8, "大力推进工业节水改造", "Industrial water-saving retrofits", IIT, [WRB, DRC], "done"),
    (9, "推动高耗水行业节水增效", "Water efficiency in water-intensive industries", IIT, [DRC, WRB, "市生态环境局"], "done"),
    (10, "积极推行水循环梯级利用", "Cascade use and recycling of water in enterprises and parks", IIT,
     [DRC, WRB, "市生态环境局"], "done"),
    (11, "全面推进节水型城市建设", "Build a national water-saving city", HUD, [UMB, WRB, DRC], "overdue"),
    (12, "大幅降低供水管网漏损", "Cut supply-network leakage", HUD, [UMB, WRB], "in-progress"),
    (13, "深入开展公共领域节水", "Water saving in public institutions and buildings", WRB,
     ["市机关事务管理局", "市教育局", HUD, UMB], "done"),
    (14, "严控高耗水服务业用水", "Control water use of water-intensive services", WRB,
     ["市商务局", "市文化广电体育和旅游局", UMB], "in-progress"),
    (15, "加快推进地下水综合治理", "Groundwater management", WRB, ["市自然资源局", AGR], "in-progress"),
    (16, "加强非常规水利用", "Use more non-conventional water", WRB, [HUD, UMB, DRC], "in-progress"),
    (17, "在沿海地区充分利用海水", "Use seawater in the coastal area", DRC, [IIT, "市海洋局", WRB], "in-progress"),
    (18, "加快关键技术装备研发", "Research on key water-saving technology", "市科技局", [WRB, IIT], "in-progress"),
    (19, "促进节水技术转化推广", "Transfer and spread water-saving technology", "市科技局", [WRB, IIT, AGR],
     "in-progress"),
    (20, "推动技术成果产业化", "Grow the water-saving industry", IIT, [DRC, "市科技局", WRB], "done"),
    (21, "健全节水标准体系", "Complete the water-saving standards", "市市场监督管理局", [WRB, IIT], "in-progress"),
    (22, "全面深化水价改革", "Reform water prices", DRC, [WRB, AGR, HUD, "市财政局"], "in-progress"),
    (23, "配合推动水资源税改革", "Support the water resource tax reform", "市税务局", ["市财政局", WRB],
     "in-progress"),
    (24, "推进水权水市场改革", "Water rights and water markets", WRB, [DRC, AGR], "in-progress"),
    (25, "加强水效标识管理", "Water-efficiency labels", "市市场监督管理局", [DRC, WRB], "in-progress"),
    (26, "推动合同节水管理", "Contract water-saving management", WRB, ["市教育局", "市机关事务管理局", DRC],
     "in-progress"),
    (27, "加强用水计量统计", "Metering and statistics of water use", WRB, ["市统计局", HUD, AGR], "done"),
    (28, "强化节水监督管理", "Supervise water saving", WRB, [IIT, DRC, "市行政审批局"], "done"),
    (29, "推进县域节水型社会建设", "Water-saving society in every county", WRB, [DRC, "各县(区)人民政府"], "done"),
    (30, "实施水效领跑和节水认证", "Water-efficiency leaders and certification", WRB,
     [DRC, IIT, "市市场监督管理局"], "done"),
]

MILESTONES = [  # task, year, zh, en, target id
    (2, 2020, "完成取水工程设施核查登记，明确管理主体和监管责任主体", "Register all water-intake works",
     "QZ-T02-INTAKE-2020"),
    (3, 2020, "建立市级水资源督察和责任追究制度", "Set up municipal water-resource inspection and accountability",
     "QZ-T03-SUPERVISION-2020"),
    (4, 2019, "每年发展高效节水灌溉面积1.6万亩", "1.6 万亩 of efficient irrigation added a year",
     "QZ-T04-EFF-2019"),
    (4, 2020, "每年发展高效节水灌溉面积1.6万亩", "1.6 万亩 of efficient irrigation added a year",
     "QZ-T04-EFF-2020"),
    (4, 2019, "每年发展水肥一体化面积2万亩", "2 万亩 of water-fertiliser integration added a year",
     "QZ-T04-WF-2019"),
    (4, 2020, "每年发展水肥一体化面积2万亩", "2 万亩 of water-fertiliser integration added a year",
     "QZ-T04-WF-2020"),
    (4, 2022, "创建1个节水型灌区", "One water-saving irrigation district", "QZ-T04-DISTRICT-2022"),
    (4, 2022, "创建1个节水农业示范区", "One water-saving agriculture demonstration area", "QZ-T04-DEMO-2022"),
    (6, 2022, "建设一批养殖业节水示范工程", "A batch of water-saving livestock demonstrations",
     "QZ-T06-LIVESTOCK-2022"),
    (8, 2020, "工业企业用水计划管理实现全覆盖", "Planned water management for all industrial enterprises",
     "QZ-T08-PLANNED-2020"),
    (9, 2022, "在高耗水行业建成一批节水型企业", "A batch of water-saving enterprises in water-intensive industries",
     "QZ-T09-ENTERPRISES-2022"),
    (10, 2022, "创建1家节水标杆企业", "One water-saving benchmark enterprise", "QZ-T10-ENTERPRISE-2022"),
    (10, 2022, "创建1家节水标杆园区", "One water-saving benchmark park", "QZ-T10-PARK-2022"),
    (11, 2020, "钦州市城区达到国家节水型城市标准", "The city proper meets the national water-saving city standard",
     "QZ-T11-CITY-2020"),
    (12, 2020, "钦州市城区开展城市供水管网分区计量管理", "District metering of the city-proper network",
     "QZ-T12-DMA-2020"),
    (13, 2022, "全部市直机关建成节水型单位", "All municipal organs are water-saving units", "QZ-T13-ORGANS-2022"),
    (13, 2022, "50%以上的市直事业单位建成节水型单位", "At least 50 % of municipal public institutions",
     "QZ-T13-INSTITUTIONS-2022"),
    (13, 2022, "10%以上的县直机关、县直事业单位建成节水型单位", "At least 10 % of county organs and institutions",
     "QZ-T13-COUNTY-2022"),
    (13, 2022, "建成一批节水型高校、节水型小区", "A batch of water-saving universities and residential estates", ""),
    (13, 2022, "全市建成2个以上节水教育基地", "Two or more water-saving education bases", "QZ-T13-BASES-2022"),
    (16, 2022, "再生水利用率和非常规水利用占比逐步提高", "Raise reclaimed and non-conventional water use", ""),
    (20, 2022, "培育一批节水服务企业", "Grow a batch of water-saving service firms", "QZ-T20-FIRMS-2022"),
    (21, 2022, "节水标准基本覆盖取水定额、节水型公共机构、节水型企业等方面",
     "Standards cover intake quotas, public institutions, enterprises and more", ""),
    (27, 2022, "大中型灌区渠首和干支渠口门实现取水计量", "Metering at heads and branch canals of large and medium districts",
     "QZ-T27-METERING-2022"),
    (28, 2020, "建立市、县两级重点监控用水单位名录", "Key-monitoring list of water users at city and county level",
     "QZ-T28-LIST-2020"),
    (28, 2022, "年用水量50万立方米以上的工业和服务业用水单位全部纳入重点监控名录",
     "All industrial and service users above 50 万m³/yr on the key-monitoring list", "QZ-T28-MONITORED-2022"),
    (29, 2022, "全部县级行政区达到节水型社会标准", "Every county a water-saving-society county",
     "QZ-T29-COUNTIES-2022"),
    (30, 2022, "评选出一批水效领跑者", "Select a batch of water-efficiency leaders", "QZ-T30-LEADERS-2022"),
]


# ----------------------------------------------------------------------------------------------------
# Regions, scenarios, allocations
# ----------------------------------------------------------------------------------------------------
def region_rows():
    rows = [[CITY, "city", "钦州市", "Qinzhou City", "", "", SRC_CODES, 0],
            ["450702", "county", "钦南区", "Qinnan District", CITY, "", SRC_CODES, 0],
            ["450703", "county", "钦北区", "Qinbei District", CITY, "", SRC_CODES, 0],
            ["450721", "county", "灵山县", "Lingshan County", CITY, "", SRC_CODES, 0],
            ["450722", "county", "浦北县", "Pubei County", CITY, "", SRC_CODES, 0]]
    for code, zh, en in [
        ("450702-SZ-PORT", "钦州港经济技术开发区", "Qinzhou Port Economic and Technological Development Zone"),
        ("450702-SZ-FTZ", "中国(广西)自由贸易试验区钦州港片区", "China (Guangxi) Pilot Free Trade Zone, Qinzhou Port Area"),
        ("450702-SZ-BONDED", "钦州保税港区", "Qinzhou Bonded Port Area"),
        ("450702-SZ-SANNIANGWAN", "三娘湾旅游管理区", "Sanniang Bay Tourism Administration Zone"),
    ]:
        rows.append([code, "sub-zone", zh, en, "450702", "", SRC_ZONES, 0])
    basin_note = est("流域名称见 http://guangxi.pub/thread-295-1-1.html ; 流域范围与覆盖县(区)为示意分区")
    for code, zh, en, counties in [
        ("BASIN-QINJIANG", "钦江流域", "Qin River basin", "450702;450703;450721"),
        ("BASIN-MAOLINGJIANG", "茅岭江流域", "Maoling River basin", "450702;450703"),
        ("BASIN-DAFENGJIANG", "大风江流域", "Dafeng River basin", "450702;450721;450722"),
        ("BASIN-NANLIUJIANG", "南流江流域（含武利江）", "Nanliu River basin (incl. Wuli River)", "450721;450722"),
        ("BASIN-YUJIANG", "郁江水系（钦州境内）", "Yu River system (within Qinzhou)", "450721;450722"),
        ("BASIN-COASTAL", "沿海诸河", "Coastal rivers", "450702"),
    ]:
        rows.append([code, "basin", zh, en, CITY, counties, basin_note, 1])
    for u in UTILITIES:
        rows.append([u[0], "supply-utility", u[1], u[2], u[3], u[4], est("供水单位划分为示意(每县一至两个)"), 1])
    rows.append(["RES-HONGCHAOJIANG", "reservoir", "洪潮江水库", "Hongchaojiang Reservoir", "450702", "450702;450722",
                 "洪潮江水库: 总库容7.03亿m³, 集水面积400 km² http://shzq.org/shzq/5433061781995038408.html", 0])
    for code, zh, en, parent in [
        ("RES-XIAOJIANG", "小江水库", "Xiaojiang Reservoir", "450722"),
        ("RES-LINGDONG", "灵东水库", "Lingdong Reservoir", "450721"),
        ("RES-WANGGANGSHAN", "王岗山水库", "Wanggangshan Reservoir", "450703"),
        ("RES-NIUPIDA", "牛皮鞑水库", "Niupida Reservoir", "450721"),
        ("RES-DAMAAN", "大马鞍水库", "Damaan Reservoir", "450702"),
        ("RES-NAMENG", "那蒙水库", "Nameng Reservoir", "450703"),
    ]:
        rows.append([code, "reservoir", zh, en, parent, parent, est("水库名称与所在县(区)待核(灌区名录)"), 1])
    return rows


def district_rows():
    rows = []
    for d in DISTRICTS:
        code, zh, en, county, cls, st, wm, design, eff, eff_qz, _, _, note = d
        if note == "S":
            source = (SRC_HONGCHAOJIANG + "; 整个灌区的面积(大部在北海市合浦县)，按其规模列为大型；"
                      "钦州境内部分约3.36万亩，其用水量为估算")
            estimate = 0
        else:
            source = est(note + "，灌区名称与面积待核(灌区名录)")
            estimate = 1
        rows.append([code, zh, en, county, cls, st, wm, f"{design:g}", f"{eff:g}", "万亩", source, estimate])
    return rows


SCENARIOS = [
    ("baseline", "", "基准情景：2015-2022年为观测(估算)值，之后按现状趋势外推至2035年",
     "Baseline: 2015-2022 observed (estimated) values, then the current trend to 2035"),
    ("strict-saving", "baseline", "严格节水情景：用水强度加快下降，2035年灌溉系数0.55、管网漏损率8%",
     "Strict saving: faster intensity decline, irrigation coefficient 0.55 and leakage 8 % by 2035"),
    ("high-growth", "baseline", "高增长情景：地区生产总值和工业增加值增速更快(钦州港临港工业)",
     "High growth: faster GDP and industrial growth (port industries)"),
]
OVERRIDES = [  # scenario, region, driver, from_year, value, unit
    ("strict-saving", CITY, "irrigation-coefficient", 2023, "0.55", "1"),
    ("strict-saving", CITY, "leakage-rate", 2023, "8", "%"),
    ("strict-saving", CITY, "reuse-rate", 2023, "94", "%"),
    # Stronger than the observed 2015-2022 trends (about -2.2, -5.3 and -5.2 %/yr for the city).
    ("strict-saving", CITY, "agriculture-intensity-change", 2023, "-3.5", "%"),
    ("strict-saving", CITY, "industry-intensity-change", 2023, "-7", "%"),
    ("strict-saving", CITY, "domestic-intensity-change", 2023, "-6.5", "%"),
    ("high-growth", CITY, "gdp-real-growth", 2023, "7.5", "%"),
    ("high-growth", CITY, "iva-real-growth", 2023, "9", "%"),
    ("high-growth", "450702", "iva-real-growth", 2023, "12", "%"),
    ("high-growth", "450702", "gdp-real-growth", 2023, "9", "%"),
]


def allocation_rows(totals):
    rows = []
    base = [totals[c][2015] for c in COUNTIES]
    for alloc_id, year, cap in [("QZ-CAP-2022", 2022, 16.53), ("QZ-CAP-2035", 2035, 16.95)]:
        cap_wan = int(round(cap * 10000))
        parts = split_exact(cap_wan, base)
        assert sum(parts) == cap_wan
        for c, v in zip(COUNTIES, parts):
            rows.append([alloc_id, "baseline", CITY, year, f"{cap:.2f}", "亿m³", "base-year-share", 2015, c, v, "万m³", 0])
    return rows


# ----------------------------------------------------------------------------------------------------
# main: write and print the indicator values the engine should reproduce
# ----------------------------------------------------------------------------------------------------
def chain(index, y0, y1):
    p = 1.0
    for y in range(y0 + 1, y1 + 1):
        p *= index[y] / 100.0
    return p


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "qinzhou"))
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)

    t = Table()
    totals, sectors = build_water(t)
    gdp = build_money(t, GDP_CITY, GDP_ANCHORS, None, "econ.gdp_current",
                      "按全市总量(简报约数)与县域结构推估", {("450703", 2020): SRC_QINBEI_GDP_2020})
    gdp_index = build_index(t, GDP_INDEX, gdp, "econ.gdp_index", "按各县(区)统计公报增速口径推估")
    iva = build_money(t, IVA_CITY, None, IVA_SHARES, "econ.iva_current", "按二产结构与临港工业布局推估")
    iva_index = build_index(t, IVA_INDEX, iva, "econ.iva_index", "工业增加值增速推估")
    for y in YEARS[1:]:
        for c in COUNTIES:
            t.add(c, y, "econ.iva_index_above_scale_proxy", 1, "flag", est("县级仅公布规模以上工业增速，作近似"))
        t.add(CITY, y, "econ.iva_index_above_scale_proxy", 0, "flag", est("市级全部工业增加值指数"))
    build_counts(t, POP_CITY, POP_SHARES, "social.population", "个", 0, "常住人口推估(2020年约330万)")
    build_counts(t, IRR_AREA_CITY, IRR_AREA_SHARES, "agri.irrigated_area", "万亩", 2, "有效灌溉面积推估")
    districts = build_districts(t)
    utilities = build_utilities(t)
    reuse = build_reuse(t, sectors)
    build_tasks(t)

    write_csv(os.path.join(out, "statistics.csv"),
              ["region_code", "year", "variable", "value", "unit", "source", "estimate", "vintage"], t.rows)
    write_csv(os.path.join(out, "project.csv"), ["key", "value"], [
        ["name_zh", "钦州市节水行动规划工作台（内置示例项目，数据多为估算）"],
        ["name_en", "Qinzhou water-saving action plan (embedded example project, mostly estimated data)"],
        ["base_year", "2015"], ["storage_crs", "EPSG:4490"], ["display_crs", "EPSG:4545"], ["root_region", CITY]])
    write_csv(os.path.join(out, "regions.csv"),
              ["code", "kind", "name_zh", "name_en", "parent_code", "county_codes", "source", "estimate"], region_rows())
    write_csv(os.path.join(out, "irrigation_districts.csv"),
              ["code", "name_zh", "name_en", "county_code", "class", "source_type", "well_method", "design_area",
               "effective_area", "area_unit", "source", "estimate"], district_rows())
    write_csv(os.path.join(out, "plan_targets.csv"),
              ["id", "indicator", "region_code", "year", "comparator", "value", "unit", "base_year",
               "price_base_year", "variable", "task_number", "source", "clause"],
              [[i, ind, CITY, y, cmp, v, u, b, pb, var, tn, PLAN, task_clause(tn) if tn else MAIN]
               for i, ind, y, cmp, v, u, b, pb, var, tn in PLAN_TARGETS])
    write_csv(os.path.join(out, "tasks.csv"),
              ["number", "title_zh", "title_en", "lead_department", "partner_departments", "status", "clause"],
              [[n, zh, en, lead, ";".join(p), st, task_clause(n)] for n, zh, en, lead, p, st in TASKS])
    write_csv(os.path.join(out, "task_milestones.csv"), ["task_number", "year", "text_zh", "text_en", "target_id"],
              [list(m) for m in MILESTONES])
    write_csv(os.path.join(out, "scenarios.csv"), ["name", "parent", "description_zh", "description_en"],
              [list(s) for s in SCENARIOS])
    write_csv(os.path.join(out, "scenario_overrides.csv"),
              ["scenario", "region_code", "driver", "from_year", "value", "unit"], [list(o) for o in OVERRIDES])
    write_csv(os.path.join(out, "allocations.csv"),
              ["id", "scenario", "parent_region", "year", "cap", "cap_unit", "method", "base_year", "region_code",
               "share", "share_unit", "manual"], allocation_rows(totals))

    # --- What the engine should find (city, comparable 2015 prices) ---
    print(f"wrote {len(t.rows)} statistics rows to {os.path.normpath(out)}")
    w0 = totals[CITY][2015]
    ind0 = sectors["water.industry"][2015][CITY]
    nc0 = int(round(NONCONV_PATH[0] * 10000))
    print("year  W(亿m³) agri%  GDP(亿) I_gdp  red_gdp  red_gdp(assess)  IVA  I_iva  red_iva  coef   leak%  reuse%")
    for i, y in enumerate(YEARS):
        w = totals[CITY][y]
        agri = (sectors["water.farmland_irrigation"][y][CITY] + sectors["water.forestry_livestock_fishery"][y][CITY]) / w
        ig = chain(gdp_index, 2015, y)
        ii = chain(iva_index, 2015, y)
        red = 1 - (w / w0) / ig
        nc = int(round(NONCONV_PATH[i] * 10000))
        red_a = 1 - ((w - nc) / (w0 - nc0)) / ig
        red_i = 1 - (sectors["water.industry"][y][CITY] / ind0) / ii
        coef = coefficient(districts[y])
        rows = utilities[y]
        leak = sum(r[4] * r[2] for r in rows) / sum(r[2] for r in rows)
        print(f"{y}  {w / 1e4:6.2f}  {100 * agri:4.1f}  {gdp[y][CITY] / 100:7.2f} {ig:5.3f}  {100 * red:6.1f}%"
              f"  {100 * red_a:6.1f}%          {iva[y][CITY] / 100:6.2f} {ii:5.3f} {100 * red_i:6.1f}%"
              f"  {coef:.4f} {leak:5.2f}  {100 * reuse[y]:5.1f}")
    print("targets: 2020 red_gdp>=37 red_iva>=28 coef>=0.503 leak<=10 reuse>=90;"
          " 2022 red_gdp>=39 red_iva>=31 coef>=0.522 W<=16.53")
    for y in (2015, 2020, 2022):
        print(y, "county coefficients:",
              {c: round(coefficient(districts[y], c), 4) if coefficient(districts[y], c) else None for c in COUNTIES},
              "county R_BL:", {r[0]: round(r[4], 2) for r in utilities[y]},
              "reuse 钦南:", round(reuse[(y, "450702")], 3))
    return 0


if __name__ == "__main__":
    sys.exit(main())
