#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes data/example-city: the second worked example, an invented city (示例市, code 990100 in the
unassigned province code 99) with five counties, a 十四五 plan (targets for 2023 and 2025 against 2020) and
statistics 2018-2024. Every number is made up and flagged as an estimate (示例数据); the geometry is a
schematic grid near 113.2-114.2E, 24.0-24.8N (3-degree zone CM 114E), not any real place's boundary.

Run from the repository root: python3 tools/make_example_city.py. The output is deterministic."""
import csv
import json
import math
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "example-city"
SOURCE = "示例数据（虚构，仅作演示，非任何真实城市）"
CITY = ("990100", "示例市")
# code, name, column, row, GDP share, industry share, water share (2018), yearly drift of the water share
COUNTIES = [
    ("990102", "东湖区", 2, 0, 0.34, 0.40, 0.24, -0.010),
    ("990103", "西岭区", 0, 0, 0.22, 0.26, 0.18, 0.004),
    ("990121", "南川县", 0, 1, 0.14, 0.10, 0.22, 0.012),
    ("990122", "北塘县", 1, 0, 0.12, 0.12, 0.16, 0.006),
    ("990181", "清溪市", 1, 1, 0.18, 0.12, 0.20, -0.008),
]
YEARS = list(range(2018, 2025))
GDP_2018 = 1080.0  # 亿元, current prices
GDP_INDEX = {2019: 106.6, 2020: 103.1, 2021: 107.4, 2022: 104.2, 2023: 105.3, 2024: 105.0}
DEFLATOR = {2019: 1.015, 2020: 1.012, 2021: 1.020, 2022: 1.018, 2023: 1.004, 2024: 1.002}
IVA_SHARE = 0.33
IVA_INDEX = {2019: 107.0, 2020: 102.4, 2021: 108.1, 2022: 104.6, 2023: 105.9, 2024: 105.6}
WATER_2018 = 96500.0  # 万m³, bulletin scope
WATER_CHANGE = {2019: -0.012, 2020: -0.020, 2021: -0.008, 2022: -0.015, 2023: -0.018, 2024: -0.016}
SECTORS = [  # share of the total
    ("water.farmland_irrigation", 0.52),
    ("water.forestry_livestock_fishery", 0.08),
    ("water.industry", 0.17),
    ("water.urban_public", 0.07),
    ("water.residential", 0.13),
    ("water.ecological", 0.03),
]


def series():
    gdp = {2018: GDP_2018}
    iva = {2018: GDP_2018 * IVA_SHARE}
    water = {2018: WATER_2018}
    for y in YEARS[1:]:
        gdp[y] = gdp[y - 1] * GDP_INDEX[y] / 100 * DEFLATOR[y]
        iva[y] = iva[y - 1] * IVA_INDEX[y] / 100 * DEFLATOR[y]
        water[y] = water[y - 1] * (1 + WATER_CHANGE[y])
    return gdp, iva, water


def water_shares(year):
    """Each county's share of the city's water use: drifting apart over the years, summing to 1."""
    raw = [c[6] * (1 + c[7] * (year - YEARS[0])) for c in COUNTIES]
    return [r / sum(raw) for r in raw]


def statistics():
    gdp, iva, water = series()
    rows = []

    def add(code, year, variable, value, unit, digits):
        rows.append([code, year, variable, f"{value:.{digits}f}", unit, SOURCE, 1, "example-1"])

    for y in YEARS:
        # The city carries its own indices (they cannot be summed); everything else sums its counties.
        if y > YEARS[0]:
            add(CITY[0], y, "econ.gdp_index", GDP_INDEX[y], "上年=100", 1)
            add(CITY[0], y, "econ.iva_index", IVA_INDEX[y], "上年=100", 1)
        add(CITY[0], y, "econ.gdp_current", gdp[y], "亿元", 2)
        add(CITY[0], y, "econ.iva_current", iva[y], "亿元", 2)
        for (code, _, _, _, gshare, ishare, _, _), wshare in zip(COUNTIES, water_shares(y)):
            add(code, y, "econ.gdp_current", gdp[y] * gshare, "亿元", 2)
            add(code, y, "econ.iva_current", iva[y] * ishare, "亿元", 2)
            if y > YEARS[0]:
                add(code, y, "econ.gdp_index", GDP_INDEX[y], "上年=100", 1)
                add(code, y, "econ.iva_index", IVA_INDEX[y], "上年=100", 1)
            for variable, share in SECTORS:
                # Industry concentrates where the industry is; farming where the rest is.
                weight = ishare if variable == "water.industry" else wshare
                add(code, y, variable, water[y] * share * weight, "万m³", 0)
            add(code, y, "water.nonconventional", water[y] * 0.012 * wshare, "万m³", 0)
            fresh = water[y] * 0.17 * ishare * 0.8
            reuse_rate = 0.86 + 0.012 * (y - 2018)
            add(code, y, "industry.above_scale_fresh_water", fresh, "万m³", 0)
            add(code, y, "industry.above_scale_reused_water", fresh * reuse_rate / (1 - reuse_rate), "万m³", 0)
    return rows


def targets():
    src = "示例市“十四五”节水型社会建设规划（虚构示例）"
    return [
        ["SL-2023-GDP-RED", "water-per-gdp-reduction", CITY[0], 2023, ">=", 9, "%", 2020, 2020, "", "", src, "中期目标"],
        ["SL-2025-GDP-RED", "water-per-gdp-reduction", CITY[0], 2025, ">=", 16, "%", 2020, 2020, "", "", src, "二、主要目标"],
        ["SL-2025-IVA-RED", "water-per-iva-reduction", CITY[0], 2025, ">=", 16, "%", 2020, 2020, "", "", src, "二、主要目标"],
        ["SL-2025-TOTAL", "total-water-use", CITY[0], 2025, "<=", 9.2, "亿m³", "", "", "", "", src, "二、主要目标"],
        ["SL-2025-REUSE", "industrial-reuse-rate", CITY[0], 2025, ">=", 92, "%", "", "", "", "", src, "二、主要目标"],
    ]


def polygon(column, row):
    # A grid of 0.35° x 0.35° cells with a slightly wavy shared border, so the map is not all right angles.
    x0, y0 = 113.2 + 0.35 * column, 24.05 + 0.35 * row
    pts = []
    steps = 6
    for i in range(steps):
        pts.append((x0 + 0.35 * i / steps, y0 + 0.01 * math.sin(7 * (x0 + 0.35 * i / steps))))
    for i in range(steps):
        pts.append((x0 + 0.35, y0 + 0.35 * i / steps))
    for i in range(steps):
        x = x0 + 0.35 - 0.35 * i / steps
        pts.append((x, y0 + 0.35 + 0.01 * math.sin(7 * x)))
    for i in range(steps):
        pts.append((x0, y0 + 0.35 - 0.35 * i / steps))
    pts.append(pts[0])
    return [[[round(x, 5), round(y, 5)] for x, y in pts]]


def counties_geojson():
    features = []
    for code, name, column, row, *_ in COUNTIES:
        features.append({
            "type": "Feature",
            "properties": {"adcode": code, "name": name, "ctname": CITY[1], "schematic": True,
                           "source": SOURCE},
            "geometry": {"type": "Polygon", "coordinates": polygon(column, row)},
        })
    return {"type": "FeatureCollection", "name": "示例市县级行政区（示意）", "features": features}


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "statistics.csv",
              ["region_code", "year", "variable", "value", "unit", "source", "estimate", "vintage"], statistics())
    write_csv(OUT / "plan_targets.csv",
              ["id", "indicator", "region_code", "year", "comparator", "value", "unit", "base_year",
               "price_base_year", "variable", "task_number", "source", "clause"], targets())
    with open(OUT / "counties.geojson", "w", encoding="utf-8") as f:
        json.dump(counties_geojson(), f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
