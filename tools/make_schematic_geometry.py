#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws the SCHEMATIC geography of the embedded Qinzhou project (data/qinzhou/geometry/*.geojson).

Nothing here is traced from a real boundary file: the vertices below were typed by hand from the
bounding boxes, centroids and areas in the project brief (qinzhou-facts.md), so that the shapes sit in
the right place, have roughly the right size and share edges exactly. They are 示意 (schematic) and
must not be used for any official purpose; a bureau replaces them with `jieshui-cli import-layer`.

Method (reviewable, deterministic, Python 3 standard library only):
  1. Named vertices and *arcs* (polylines between nodes) form one planar subdivision of the city.
  2. Thirteen *cells* (county x basin) are rings of arcs; a shared arc is the same vertex sequence in
     both neighbours, so there can be no gap or overlap between cells.
  3. A county or basin is the union of its cells: orient all cells counter-clockwise, cancel every edge
     that appears in both directions, chain the remaining edges into the outer ring.
  4. Checks: cell areas sum to the city area, county areas within a third of the facts file figures
     (equal-area sinusoidal projection on a sphere, R = 6371.0 km), centroids within 15 km, every
     irrigation district, river vertex and reservoir inside the county or basin it claims.

Run:  python3 tools/make_schematic_geometry.py [--out data/qinzhou/geometry] [--svg preview.svg]
"""
import argparse
import json
import math
import os
import sys

R_KM = 6371.0

# --- 1. Vertices of nodes (points where three faces meet, or where a divide meets the boundary) -------
N = {
    "J5": (108.42, 21.92),   # 钦北 / 钦南 / 防城港
    "K1": (108.60, 21.965),  # 钦北-钦南 boundary meets the 茅岭江 | 钦江 divide
    "J6": (108.70, 22.08),   # 钦北 / 钦南 / 灵山
    "J1": (108.93, 22.45),   # 钦北 / 灵山 / 南宁
    "N1": (108.66, 22.44),   # 茅岭江 | 钦江 divide on the northern boundary
    "Y0": (108.97, 22.53),   # 钦江 | 郁江 divide on the northern boundary
    "Y2": (109.32, 22.50),   # 钦江 / 郁江 / 南流江
    "Y1": (109.46, 22.46),   # 郁江 | 南流江 divide on the 灵山-浦北 boundary
    "Y3": (109.80, 22.48),   # 郁江 | 南流江 divide on the eastern boundary
    "J2": (109.55, 22.64),   # 灵山 / 浦北 / 贵港
    "Z": (109.22, 22.10),    # 钦江 / 南流江 / 大风江
    "Z1": (109.30, 22.02),   # 大风江 | 南流江 divide on the 灵山-浦北 boundary
    "Z2": (109.45, 21.87),   # 大风江 | 南流江 divide on the southern boundary
    "J3": (109.27, 21.88),   # 灵山 / 浦北 / 合浦
    "J4": (109.15, 21.85),   # 灵山 / 钦南 / 合浦
    "X1": (108.92, 22.12),   # 钦南-灵山 boundary meets the 钦江 | 大风江 divide
    "W": (108.86, 21.92),    # 钦江 / 沿海诸河 / 大风江
    "O26": (108.95, 21.64),  # 大风江 | 沿海诸河 divide on the coast
    "O33": (108.58, 21.84),  # 钦江 | 沿海诸河 divide on the east shore of 茅尾海
    "O34": (108.54, 21.88),  # head of 茅尾海: 茅岭江 | 钦江 divide
}

# --- Arcs: node, intermediate vertices, node --------------------------------------------------------
ARCS = {
    # outer boundary, clockwise from the south-west corner of 钦北
    "out1": ["J5", (108.36, 21.97), (108.30, 22.06), (108.22, 22.14), (108.18, 22.22), (108.26, 22.30),
             (108.36, 22.35), (108.46, 22.40), (108.56, 22.44), "N1"],
    "out2": ["N1", (108.76, 22.41), (108.85, 22.44), "J1"],
    "out3": ["J1", "Y0"],
    "out4": ["Y0", (109.10, 22.60), (109.24, 22.65), (109.40, 22.62), "J2"],
    "out5": ["J2", (109.62, 22.66), (109.72, 22.58), "Y3"],
    "out6": ["Y3", (109.87, 22.36), (109.80, 22.22), (109.70, 22.08), (109.60, 21.96), "Z2"],
    "out7": ["Z2", (109.36, 21.87), "J3"],
    "out8": ["J3", (109.22, 21.86), "J4"],
    "out9": ["J4", (109.12, 21.76), (109.06, 21.68), "O26"],  # 大风江 mouth at 109.06, 21.68
    # coast: 三娘湾, 钦州港 peninsula, east shore of 钦州湾 / 茅尾海
    "out10": ["O26", (108.84, 21.60), (108.77, 21.59), (108.70, 21.62), (108.64, 21.66), (108.62, 21.72),
              (108.60, 21.78), "O33"],
    "out11": ["O33", "O34"],
    # west shore of 茅尾海 and the land boundary with 防城港
    "out12": ["O34", (108.50, 21.85), (108.49, 21.78), (108.51, 21.70), (108.48, 21.63), (108.43, 21.62),
              (108.41, 21.70), (108.42, 21.82), "J5"],
    # county boundaries
    "nb_nn_w": ["J5", (108.50, 21.95), "K1"],
    "nb_nn_e": ["K1", (108.64, 21.98), "J6"],
    "nb_ls": ["J6", (108.78, 22.17), (108.86, 22.26), (108.92, 22.36), "J1"],
    "nn_ls_w": ["J6", (108.80, 22.12), "X1"],
    "nn_ls_e": ["X1", (109.02, 22.06), (109.08, 21.98), (109.12, 21.90), "J4"],
    "ls_pb_n": ["J2", (109.50, 22.54), "Y1"],
    "ls_pb_m": ["Y1", (109.42, 22.40), (109.38, 22.28), (109.34, 22.14), "Z1"],
    "ls_pb_s": ["Z1", "J3"],
    # basin divides (schematic)
    "d1_nb": ["N1", (108.66, 22.30), (108.64, 22.15), (108.61, 22.03), "K1"],
    "d1_nn": ["K1", (108.56, 21.92), "O34"],
    "dy_a": ["Y0", (109.10, 22.52), (109.22, 22.53), "Y2"],
    "dy_b": ["Y2", "Y1"],
    "dy_c": ["Y1", (109.60, 22.44), (109.75, 22.43), "Y3"],
    "dqn": ["Y2", (109.31, 22.38), (109.27, 22.25), (109.24, 22.15), "Z"],
    "ddn_ls": ["Z", "Z1"],
    "ddn_pb": ["Z1", (109.40, 22.00), (109.50, 21.95), "Z2"],
    "dqd_ls": ["Z", (109.10, 22.14), "X1"],
    "dqd_nn": ["X1", (108.90, 22.02), "W"],
    "dqc": ["O33", (108.66, 21.86), (108.76, 21.90), "W"],
    "ddc": ["W", (108.92, 21.80), (108.98, 21.72), "O26"],
}

# --- 2. Cells: (county code, basin code, ring of arcs; "-" = reversed) ----------------------------------
CELLS = [
    ("450703", "BASIN-MAOLINGJIANG", ["out1", "d1_nb", "-nb_nn_w"]),
    ("450703", "BASIN-QINJIANG", ["out2", "-nb_ls", "-nb_nn_e", "-d1_nb"]),
    ("450702", "BASIN-MAOLINGJIANG", ["nb_nn_w", "d1_nn", "out12"]),
    ("450702", "BASIN-QINJIANG", ["d1_nn", "-out11", "dqc", "-dqd_nn", "-nn_ls_w", "-nb_nn_e"]),
    ("450702", "BASIN-COASTAL", ["dqc", "ddc", "out10"]),
    ("450702", "BASIN-DAFENGJIANG", ["dqd_nn", "ddc", "-out9", "-nn_ls_e"]),
    ("450721", "BASIN-QINJIANG", ["nb_ls", "out3", "dy_a", "dqn", "dqd_ls", "-nn_ls_w"]),
    ("450721", "BASIN-YUJIANG", ["out4", "ls_pb_n", "-dy_b", "-dy_a"]),
    ("450721", "BASIN-NANLIUJIANG", ["dy_b", "ls_pb_m", "-ddn_ls", "-dqn"]),
    ("450721", "BASIN-DAFENGJIANG", ["-dqd_ls", "ddn_ls", "ls_pb_s", "out8", "-nn_ls_e"]),
    ("450722", "BASIN-YUJIANG", ["out5", "-dy_c", "-ls_pb_n"]),
    ("450722", "BASIN-NANLIUJIANG", ["dy_c", "out6", "-ddn_pb", "-ls_pb_m"]),
    ("450722", "BASIN-DAFENGJIANG", ["ddn_pb", "out7", "-ls_pb_s"]),
]

COUNTIES = {
    # code: name_zh, name_en, facts area km², facts centroid
    "450702": ("钦南区", "Qinnan District", 2615.0, (108.761, 21.892)),
    "450703": ("钦北区", "Qinbei District", 2239.0, (108.545, 22.170)),
    "450721": ("灵山县", "Lingshan County", 3554.0, (109.141, 22.310)),
    "450722": ("浦北县", "Pubei County", 2537.0, (109.535, 22.264)),
}

BASINS = {
    "BASIN-QINJIANG": ("钦江流域", "Qin River basin"),
    "BASIN-MAOLINGJIANG": ("茅岭江流域", "Maoling River basin"),
    "BASIN-DAFENGJIANG": ("大风江流域", "Dafeng River basin"),
    "BASIN-NANLIUJIANG": ("南流江流域（含武利江）", "Nanliu River basin (incl. Wuli River)"),
    "BASIN-YUJIANG": ("郁江水系（钦州境内）", "Yu River system (within Qinzhou)"),
    "BASIN-COASTAL": ("沿海诸河", "Coastal rivers"),
}

# Irrigation districts: code, county, centre lon/lat, area on the map in 万亩 (the part in Qinzhou).
# Must agree with tools/make_qinzhou_estimates.py (DISTRICTS); a check below compares the codes.
DISTRICT_SHAPES = [
    ("ID-HONGCHAOJIANG", "450702", (109.06, 21.82), 3.36),
    ("ID-QINGNIAN", "450702", (108.68, 21.93), 12.6),
    ("ID-XIAOJIANG", "450722", (109.60, 22.14), 9.8),
    ("ID-LINGDONG", "450721", (109.22, 22.40), 8.1),
    ("ID-WANGGANGSHAN", "450703", (108.48, 22.14), 4.3),
    ("ID-NIUPIDA", "450721", (109.06, 22.30), 3.9),
    ("ID-WULIJIANG", "450722", (109.46, 22.24), 5.0),
    ("ID-NAMENG", "450703", (108.34, 22.26), 2.0),
    ("ID-DAMAAN", "450702", (108.84, 22.03), 1.3),
    ("ID-LUWU", "450721", (108.96, 22.21), 2.5),
    ("ID-DASI", "450703", (108.44, 22.03), 1.6),
    ("ID-FUWANG", "450722", (109.57, 22.05), 1.1),
    ("ID-XINIUJIAO", "450702", (108.72, 21.67), 0.45),
    ("ID-KANGXIONGLING", "450702", (108.455, 21.80), 0.62),
    ("ID-XIAODONG", "450703", (108.30, 22.16), 0.42),
    ("ID-PINGSHAN", "450721", (109.16, 22.47), 0.68),
    ("ID-TANXU", "450721", (109.10, 22.34), 0.52),
    ("ID-ZHAIYU", "450722", (109.72, 22.35), 0.64),
    ("ID-BAISHISHUI", "450722", (109.52, 22.00), 0.38),
    ("ID-DONGCHANG-WELL", "450702", (108.98, 21.77), 0.22),
    ("ID-FOZI-WELL", "450721", (109.20, 22.29), 0.18),
]
DISTRICT_NAMES = {
    "ID-HONGCHAOJIANG": ("洪潮江灌区（钦州境内部分）", "Hongchaojiang irrigation district (part in Qinzhou)"),
    "ID-QINGNIAN": ("青年水闸灌区", "Qingnian Sluice irrigation district"),
    "ID-XIAOJIANG": ("小江水库灌区（浦北境内）", "Xiaojiang Reservoir irrigation district (Pubei part)"),
    "ID-LINGDONG": ("灵东水库灌区", "Lingdong Reservoir irrigation district"),
    "ID-WANGGANGSHAN": ("王岗山水库灌区", "Wanggangshan Reservoir irrigation district"),
    "ID-NIUPIDA": ("牛皮鞑水库灌区", "Niupida Reservoir irrigation district"),
    "ID-WULIJIANG": ("武利江灌区", "Wuli River irrigation district"),
    "ID-NAMENG": ("那蒙水库灌区", "Nameng Reservoir irrigation district"),
    "ID-DAMAAN": ("大马鞍水库灌区", "Damaan Reservoir irrigation district"),
    "ID-LUWU": ("陆屋提水灌区", "Luwu pumped irrigation district"),
    "ID-DASI": ("大寺江灌区", "Dasi River irrigation district"),
    "ID-FUWANG": ("福旺提水灌区", "Fuwang pumped irrigation district"),
    "ID-XINIUJIAO": ("犀牛脚提水灌区", "Xiniujiao pumped irrigation district"),
    "ID-KANGXIONGLING": ("康熙岭小型灌区", "Kangxiling small irrigation district"),
    "ID-XIAODONG": ("小董提水灌区", "Xiaodong pumped irrigation district"),
    "ID-PINGSHAN": ("平山小型灌区", "Pingshan small irrigation district"),
    "ID-TANXU": ("檀圩提水灌区", "Tanxu pumped irrigation district"),
    "ID-ZHAIYU": ("寨圩小型灌区", "Zhaiyu small irrigation district"),
    "ID-BAISHISHUI": ("白石水提水灌区", "Baishishui pumped irrigation district"),
    "ID-DONGCHANG-WELL": ("东场纯井灌区", "Dongchang well-only irrigation area"),
    "ID-FOZI-WELL": ("佛子纯井灌区", "Fozi well-only irrigation area"),
}

RIVERS = [
    ("RIVER-QINJIANG", "钦江", "Qin River", "BASIN-QINJIANG",
     [(109.26, 22.49), (109.27, 22.42), (109.16, 22.37), (109.03, 22.29), (108.95, 22.24), (108.84, 22.16),
      (108.74, 22.06), (108.65, 21.98), (108.60, 21.93), (108.56, 21.86)]),
    ("RIVER-MAOLINGJIANG", "茅岭江", "Maoling River", "BASIN-MAOLINGJIANG",
     [(108.30, 22.40), (108.35, 22.25), (108.40, 22.12), (108.45, 22.00), (108.47, 21.93), (108.50, 21.85)]),
    ("RIVER-DAFENGJIANG", "大风江", "Dafeng River", "BASIN-DAFENGJIANG",
     [(109.15, 22.08), (109.10, 21.98), (109.06, 21.88), (109.05, 21.78), (109.06, 21.68)]),
    ("RIVER-NANLIUJIANG", "南流江", "Nanliu River", "BASIN-NANLIUJIANG",
     [(109.815, 22.25), (109.74, 22.16), (109.66, 22.06), (109.63, 22.03), (109.60, 22.00), (109.53, 21.918)]),
    ("RIVER-WULIJIANG", "武利江", "Wuli River", "BASIN-NANLIUJIANG",
     [(109.33, 22.36), (109.33, 22.22), (109.42, 22.12), (109.52, 22.06), (109.63, 22.03)]),
]

RESERVOIRS = [
    # code, name_zh, name_en, county (None: on the city boundary), lon/lat
    ("RES-HONGCHAOJIANG", "洪潮江水库", "Hongchaojiang Reservoir", None, (109.25, 21.80)),
    ("RES-XIAOJIANG", "小江水库", "Xiaojiang Reservoir", "450722", (109.60, 22.10)),
    ("RES-LINGDONG", "灵东水库", "Lingdong Reservoir", "450721", (109.38, 22.43)),
    ("RES-WANGGANGSHAN", "王岗山水库", "Wanggangshan Reservoir", "450703", (108.50, 22.18)),
    ("RES-NIUPIDA", "牛皮鞑水库", "Niupida Reservoir", "450721", (109.02, 22.33)),
    ("RES-DAMAAN", "大马鞍水库", "Damaan Reservoir", "450702", (108.86, 22.06)),
    ("RES-NAMENG", "那蒙水库", "Nameng Reservoir", "450703", (108.36, 22.30)),
]

NOTE = "示意图形，非官方边界，不得用于任何正式用途 (schematic, not for official use)"


def vertex(v):
    return N[v] if isinstance(v, str) else v


def arc_points(name):
    rev = name.startswith("-")
    pts = [vertex(v) for v in ARCS[name.lstrip("-")]]
    return pts[::-1] if rev else pts


def cell_ring(arcs):
    ring = []
    for a in arcs:
        pts = arc_points(a)
        if ring:
            if ring[-1] != pts[0]:
                raise SystemExit(f"arc {a} does not continue the ring at {ring[-1]}")
            pts = pts[1:]
        ring.extend(pts)
    if ring[0] != ring[-1]:
        raise SystemExit(f"ring {arcs} is not closed")
    return ring[:-1]  # open ring


def project(p):
    """Sinusoidal (equal-area) projection on a sphere, km, central meridian 108 E."""
    lon, lat = p
    return (R_KM * math.radians(lon - 108.0) * math.cos(math.radians(lat)), R_KM * math.radians(lat))


def signed_area(ring):
    pts = [project(p) for p in ring]
    s = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        s += x1 * y2 - x2 * y1
    return s / 2.0


def centroid(ring):
    pts = [project(p) for p in ring]
    a = cx = cy = 0.0
    for i in range(len(pts)):
        x1, y1 = pts[i]
        x2, y2 = pts[(i + 1) % len(pts)]
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    a /= 2.0
    return cx / (6 * a), cy / (6 * a)


def ccw(ring):
    return ring if signed_area(ring) > 0 else ring[::-1]


def union(rings):
    """Union of edge-sharing CCW rings: cancel opposite edges, chain what remains (one outer ring)."""
    edges = {}
    for ring in rings:
        for i in range(len(ring)):
            e = (ring[i], ring[(i + 1) % len(ring)])
            back = (e[1], e[0])
            if back in edges:
                del edges[back]
            elif e in edges:
                raise SystemExit(f"edge {e} used twice in the same direction (overlap)")
            else:
                edges[e] = True
    nxt = {}
    for a, b in edges:
        if a in nxt:
            raise SystemExit(f"vertex {a} has two outgoing boundary edges (pinch or hole)")
        nxt[a] = b
    start = next(iter(nxt))
    out = [start]
    cur = nxt[start]
    while cur != start:
        out.append(cur)
        cur = nxt[cur]
    if len(out) != len(nxt):
        raise SystemExit("union has more than one ring (hole or disjoint parts)")
    return out


def inside(p, ring):
    x, y = p
    res = False
    for i in range(len(ring)):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % len(ring)]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            res = not res
    return res


def hexagon(centre, area_wanmu):
    """A hexagon of the given area (万亩; 1 万亩 = 6.6667 km²) around centre."""
    area_km2 = area_wanmu * 10000.0 / 1500.0
    r = math.sqrt(2.0 * area_km2 / (3.0 * math.sqrt(3.0)))
    lon0, lat0 = centre
    pts = []
    for k in range(6):
        t = math.radians(60 * k + 30)
        dx, dy = r * math.cos(t), r * math.sin(t)
        pts.append((round(lon0 + math.degrees(dx / (R_KM * math.cos(math.radians(lat0)))), 5),
                    round(lat0 + math.degrees(dy / R_KM), 5)))
    return pts


def closed(ring):
    r = ccw(ring)
    return [[round(x, 5), round(y, 5)] for x, y in r + [r[0]]]


def collection(name, features):
    return {
        "type": "FeatureCollection",
        "name": name,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4490"}},
        "features": features,
    }


def feature(props, geometry):
    p = dict(props)
    p["schematic"] = True
    p["note"] = NOTE
    return {"type": "Feature", "properties": p, "geometry": geometry}


def write(path, obj):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def svg_preview(path, county_rings, basin_rings, districts, rivers, reservoirs):
    lon0, lon1, lat0, lat1 = 108.1, 109.95, 21.5, 22.75
    scale = 700
    w, h = (lon1 - lon0) * scale * math.cos(math.radians(22)), (lat1 - lat0) * scale

    def xy(p):
        return ((p[0] - lon0) * scale * math.cos(math.radians(22)), (lat1 - p[1]) * scale)

    def poly(ring, style):
        d = " ".join(f"{x:.1f},{y:.1f}" for x, y in map(xy, ring))
        return f'<polygon points="{d}" style="{style}"/>'

    colors = {"450702": "#f4d6a0", "450703": "#c9e3b1", "450721": "#b8d4ee", "450722": "#e8c1d8"}
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0f}" height="{h:.0f}">',
           f'<rect width="{w:.0f}" height="{h:.0f}" fill="#dbeefa"/>']
    for code, ring in county_rings.items():
        out.append(poly(ring, f"fill:{colors[code]};stroke:#333;stroke-width:2"))
    for code, ring in basin_rings.items():
        out.append(poly(ring, "fill:none;stroke:#2a6fbf;stroke-width:1;stroke-dasharray:6,4"))
    for _, ring in districts:
        out.append(poly(ring, "fill:#5aa05a;stroke:#1d5e1d;stroke-width:1"))
    for r in rivers:
        pts = list(map(xy, r[4]))
        for (x1, y1), (x2, y2) in zip(pts, pts[1:]):  # single lines: some renderers close polylines
            out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#1060d0" '
                       f'stroke-width="2.5"/>')
    for r in reservoirs:
        x, y = xy(r[4])
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#0030a0"/>')
    for code, ring in county_rings.items():
        x, y = xy(COUNTIES[code][3])
        out.append(f'<text x="{x:.0f}" y="{y:.0f}" font-size="22" text-anchor="middle" '
                   f'font-family="Noto Sans CJK SC">{COUNTIES[code][0]}</text>')
    out.append(f'<text x="10" y="{h - 12:.0f}" font-size="16" font-family="Noto Sans CJK SC">'
               f'钦州市 示意图 schematic (EPSG:4490) — 南为钦州湾 sea to the south</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "data", "qinzhou", "geometry"))
    ap.add_argument("--svg", default=None)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    cells = [(c, b, ccw(cell_ring(arcs))) for c, b, arcs in CELLS]
    city = union([r for _, _, r in cells])
    city_area = signed_area(city)
    cell_sum = sum(signed_area(r) for _, _, r in cells)
    if abs(city_area - cell_sum) > 1e-6 * city_area:
        raise SystemExit(f"cells do not tile the city: {cell_sum} vs {city_area}")
    print(f"city area {city_area:.0f} km² (facts: about 10,900)")

    county_rings = {code: union([r for c, _, r in cells if c == code]) for code in COUNTIES}
    basin_rings = {code: union([r for _, b, r in cells if b == code]) for code in BASINS}
    failed = False
    for code, ring in county_rings.items():
        name, _, fact_area, fact_c = COUNTIES[code]
        area = signed_area(ring)
        cx, cy = centroid(ring)
        fx, fy = project(fact_c)
        dist = math.hypot(cx - fx, cy - fy)
        ok = abs(area - fact_area) <= fact_area / 3.0 and dist <= 15.0
        failed |= not ok
        print(f"{code} {name}: area {area:7.0f} km² (facts {fact_area:.0f}, {100 * (area / fact_area - 1):+.0f} %),"
              f" centroid off by {dist:4.1f} km {'OK' if ok else 'FAIL'}")
    for code, ring in basin_rings.items():
        counties = sorted({c for c, b, _ in cells if b == code})
        print(f"{code}: {signed_area(ring):6.0f} km², counties {';'.join(counties)}")

    districts = []
    for code, county, centre, area in DISTRICT_SHAPES:
        ring = hexagon(centre, area)
        if not all(inside(p, county_rings[county]) for p in ring):
            print(f"FAIL district {code} not inside {county}")
            failed = True
        districts.append((code, ring))
    for code, _, _, basin, line in RIVERS:
        # the mouth vertex lies on the coast; test the others
        for p in line[1:-1]:
            if not inside(p, basin_rings[basin]):
                print(f"FAIL river {code} vertex {p} outside {basin}")
                failed = True
    for code, _, _, county, p in RESERVOIRS:
        if county and not inside(p, county_rings[county]):
            print(f"FAIL reservoir {code} outside {county}")
            failed = True
    # The basins' county lists in regions.csv must be the counties the drawn basins cross.
    regions_csv = os.path.join(args.out, "..", "regions.csv")
    if os.path.exists(regions_csv):
        import csv
        with open(regions_csv, encoding="utf-8") as f:
            listed = {r["code"]: r["county_codes"] for r in csv.DictReader(f) if r["kind"] == "basin"}
        for code in BASINS:
            drawn = ";".join(sorted({c for c, b, _ in cells if b == code}))
            if ";".join(sorted(listed.get(code, "").split(";"))) != drawn:
                print(f"FAIL {code}: regions.csv lists {listed.get(code)}, the drawing crosses {drawn}")
                failed = True
    if failed:
        raise SystemExit("geometry checks failed")

    write(os.path.join(args.out, "counties.geojson"), collection("钦州市县级行政区（示意）", [
        feature({"code": code, "name_zh": COUNTIES[code][0], "name_en": COUNTIES[code][1]},
                {"type": "Polygon", "coordinates": [closed(ring)]}) for code, ring in county_rings.items()]))
    write(os.path.join(args.out, "basins.geojson"), collection("钦州市流域分区（示意）", [
        feature({"code": code, "name_zh": BASINS[code][0], "name_en": BASINS[code][1]},
                {"type": "Polygon", "coordinates": [closed(ring)]}) for code, ring in basin_rings.items()]))
    write(os.path.join(args.out, "irrigation_districts.geojson"), collection("钦州市灌区（示意）", [
        feature({"code": code, "name_zh": DISTRICT_NAMES[code][0], "name_en": DISTRICT_NAMES[code][1]},
                {"type": "Polygon", "coordinates": [closed(ring)]}) for code, ring in districts]))
    write(os.path.join(args.out, "rivers.geojson"), collection("钦州市主要河流（示意）", [
        feature({"code": code, "name_zh": zh, "name_en": en},
                {"type": "LineString", "coordinates": [[x, y] for x, y in line]})
        for code, zh, en, _, line in RIVERS]))
    write(os.path.join(args.out, "reservoirs.geojson"), collection("钦州市主要水库（示意位置）", [
        feature({"code": code, "name_zh": zh, "name_en": en}, {"type": "Point", "coordinates": [p[0], p[1]]})
        for code, zh, en, _, p in RESERVOIRS]))
    if args.svg:
        svg_preview(args.svg, county_rings, basin_rings, districts, RIVERS, RESERVOIRS)
    print("wrote", os.path.normpath(args.out))


if __name__ == "__main__":
    sys.exit(main())
