"""Buildings of the district: a Tokyo street grid west of the river, lots filled by usage, flood attributes from the
hazard by PLATEAU's rule.

Footprints are rectangles aligned with EPSG:6677, so their overlap with the (also aligned) hazard cells is exact.
A building whose flood answer would depend on rounding (two ranks or two cells nearly tied, an edge within 0.5 m
of a cell border that decides the answer) is shifted along its street, or left out, so any correct implementation of
the rule reproduces the attributes written in the CityGML.
"""

import uuid
from dataclasses import dataclass, field

import numpy as np

from .terrain import BUILDING_SETBACK_M, river_centre_u

STREET_SPACING_U_M = 110.0
STREET_SPACING_V_M = 100.0
STREET_WIDTH_M = 8.0
MAIN_STREET_WIDTH_M = 16.0  # the east-west street the buses use
MAIN_AVENUE_WIDTH_M = 14.0  # the north-south street
TIE_MARGIN = 0.05  # a rank (or cell) must win by 5 % of the footprint area
EDGE_TOLERANCE_M = 0.5
LOD2_RADIUS_M = 200.0  # LOD2 around the station, as PLATEAU models key areas in LOD2
# a narrow alley (路地) runs north-south through the first column of blocks, between the east-west streets
# ALLEY_ROW and ALLEY_ROW + 1: lots leave it free
ALLEY_U_M = STREET_SPACING_U_M / 2
ALLEY_ROW = 1

# usage code: (share in residential streets, share on main streets, storeys range, lot width range, depth range)
USAGES = {
    411: (0.50, 0.00, (2, 3), (10, 14), (7, 10)),  # 住宅 (detached house)
    412: (0.18, 0.22, (3, 10), (16, 26), (11, 18)),  # 共同住宅
    413: (0.12, 0.00, (2, 3), (9, 13), (8, 11)),  # 店舗等併用住宅
    414: (0.00, 0.25, (4, 10), (14, 22), (11, 16)),  # 店舗等併用共同住宅
    415: (0.10, 0.00, (2, 2), (9, 13), (8, 12)),  # 作業所併用住宅
    441: (0.10, 0.00, (1, 2), (14, 22), (10, 16)),  # 工場 (Sumida's small workshops)
    401: (0.00, 0.25, (5, 12), (18, 28), (12, 18)),  # 業務施設
    402: (0.00, 0.18, (2, 6), (14, 24), (12, 18)),  # 商業施設
    404: (0.00, 0.10, (4, 9), (16, 24), (12, 16)),  # 商業系複合施設
}
WOODEN_USAGES = {411, 413, 415}  # gabled roofs, wooden structure
STOREY_HEIGHT_M = {401: 3.8, 402: 4.0, 404: 3.6, 441: 4.5, 422: 3.9, 431: 5.0}  # others 3.0


@dataclass
class Building:
    gml_id: str
    building_id: str
    usage: int
    storeys: int
    box: tuple  # (u0, v0, u1, v1) local metres
    base_z: float = 0.0
    height: float = 0.0  # bldg:measuredHeight
    eaves_z: float = 0.0  # top of the walls (= roof height for flat roofs)
    roof: str = "flat"  # "flat" or "gable"
    building_class: int = 3002  # 3001 普通建物, 3002 堅ろう建物
    structure: int = 603
    year: int = 2000
    storeys_below: int = 0
    name: str = ""
    name_en: str = ""
    special: str = ""  # "station", "school", "hospital" or "" for an ordinary building
    lod2: bool = False
    flood: dict = field(default_factory=dict)  # scale -> (rank, depth, duration_h)

    @property
    def area(self):
        u0, v0, u1, v1 = self.box
        return (u1 - u0) * (v1 - v0)

    @property
    def centre(self):
        u0, v0, u1, v1 = self.box
        return (u0 + u1) / 2, (v0 + v1) / 2


def street_lines(length, spacing):
    return np.arange(0.0, length + 1e-6, spacing)


def main_street_v(district):
    return float(np.round(district.height / 2 / STREET_SPACING_V_M) * STREET_SPACING_V_M)


def main_avenue_u(district):
    return 3 * STREET_SPACING_U_M


def street_width_u(district, u):
    return MAIN_AVENUE_WIDTH_M if abs(u - main_avenue_u(district)) < 1 else STREET_WIDTH_M


def street_width_v(district, v):
    return MAIN_STREET_WIDTH_M if abs(v - main_street_v(district)) < 1 else STREET_WIDTH_M


def blocks(district):
    """(column, row, u0, v0, u1, v1) of every block between streets (before clipping at the river)."""
    us, vs = street_lines(district.width, STREET_SPACING_U_M), street_lines(district.height, STREET_SPACING_V_M)
    for col, (a, b) in enumerate(zip(us[:-1], us[1:], strict=True)):
        for row, (c, d) in enumerate(zip(vs[:-1], vs[1:], strict=True)):
            yield (col, row, a + street_width_u(district, a) / 2, c + street_width_v(district, c) / 2,
                   b - street_width_u(district, b) / 2, d - street_width_v(district, d) / 2)


def flood_answer(box, hazard, district_height):
    """PLATEAU's rule on one footprint: (rank, depth, duration, overlap area by rank, [(overlap, cell)] of that rank
    largest first), or None if dry. Rank = the largest merged overlap (tie -> the more dangerous rank); depth and
    duration = those of the largest-overlap cell of that rank."""
    u0, v0, u1, v1 = box
    cell = hazard.cell
    rows, cols = hazard.rank.shape
    area_by_rank, best_cell = {}, {}
    for col in range(max(0, int(u0 // cell)), min(cols, int(np.ceil(u1 / cell)))):
        for row in range(max(0, int((district_height - v1) // cell)),
                         min(rows, int(np.ceil((district_height - v0) / cell)))):
            rank = int(hazard.rank[row, col])
            cu0, cv0, cu1, cv1 = hazard.cell_box(row, col, district_height)
            overlap = max(0.0, min(u1, cu1) - max(u0, cu0)) * max(0.0, min(v1, cv1) - max(v0, cv0))
            if rank == 0 or overlap <= 0:
                continue
            area_by_rank[rank] = area_by_rank.get(rank, 0.0) + overlap
            best_cell.setdefault(rank, []).append((overlap, (row, col)))
    if not area_by_rank:
        return None
    rank = max(area_by_rank, key=lambda r: (area_by_rank[r], r))  # tie -> the more dangerous rank
    cells = sorted(best_cell[rank], reverse=True)
    row, col = cells[0][1]
    return rank, float(hazard.depth[row, col]), int(hazard.duration_h[row, col]), area_by_rank, cells


def is_decided(box, hazard, district_height):
    """True when the rule's answer cannot flip by rounding: no near ties, the same answer 0.5 m in or out."""
    answers = []
    for grow in (0.0, -EDGE_TOLERANCE_M, EDGE_TOLERANCE_M):
        u0, v0, u1, v1 = box
        answer = flood_answer((u0 - grow, v0 - grow, u1 + grow, v1 + grow), hazard, district_height)
        answers.append(None if answer is None else answer[:3])
        if grow == 0.0 and answer is not None:
            footprint = (u1 - u0) * (v1 - v0)
            areas = sorted(answer[3].values(), reverse=True)
            if len(areas) > 1 and areas[0] - areas[1] < TIE_MARGIN * footprint:
                return False
            cells = answer[4]
            if (len(cells) > 1 and cells[0][0] - cells[1][0] < TIE_MARGIN * footprint
                    and hazard.depth[cells[0][1]] != hazard.depth[cells[1][1]]):
                return False
    return answers[0] == answers[1] == answers[2]


def make_buildings(district, terrain, hazards):
    """Every building of the district, with its height, codes, LOD2 flag and flood attributes."""
    rng = district.rng("buildings")
    buildings = []
    for col, row, bu0, bv0, bu1, bv1 in blocks(district):
        special = _special_block(district, col, row)
        if special:
            candidates = [_special(district, special, (bu0, bv0, bu1, bv1))]
        else:
            candidates = _lots(district, rng, row, (bu0, bv0, bu1, bv1), alley=(col, row) == (0, ALLEY_ROW))
        for usage, box in candidates:
            box = _placed(district, terrain, hazards, box, (bu0, bu1))
            if box is None:
                continue
            buildings.append(_building(district, rng, usage, box, terrain, hazards, special))
    su0, sv0, su1, sv1 = station_box(district)
    for building in buildings:
        cu, cv = building.centre
        building.lod2 = building.lod2 or np.hypot(cu - (su0 + su1) / 2, cv - (sv0 + sv1) / 2) <= LOD2_RADIUS_M
    return buildings


SPECIALS = {  # usage 431 運輸倉庫施設, 422 文教厚生施設 (schools and hospitals)
    "station": dict(storeys=3, name="すみだ川辺駅", name_en="Sumida-Kawabe Station"),
    "school": dict(storeys=4, name="区立川辺小学校", name_en="Kawabe Elementary School"),
    "hospital": dict(storeys=7, name="墨東川辺病院", name_en="Bokuto Kawabe Hospital"),
}


def _special_block(district, col, row):
    main_row = int(main_street_v(district) // STREET_SPACING_V_M)
    if (col, row) == (3, main_row - 1):
        return "station"
    if (col, row) == (1, 1):
        return "school"
    if (col, row) == (1, main_row + 2):
        return "hospital"
    return None


def station_box(district):
    """The station building: on the south side of the main street, just east of the main avenue."""
    u0 = main_avenue_u(district) + MAIN_AVENUE_WIDTH_M / 2 + 12.0
    v1 = main_street_v(district) - MAIN_STREET_WIDTH_M / 2 - 3.0
    return (u0, v1 - 16.0, u0 + 64.0, v1)


def _special(district, kind, block):
    bu0, bv0, bu1, bv1 = block
    if kind == "station":
        return 431, station_box(district)
    if kind == "school":  # the school building on the north side, the school ground south of it
        return 422, (bu0 + 8.0, bv1 - 22.0, bu0 + 78.0, bv1 - 5.0)
    return 422, (bu0 + 10.0, bv0 + 10.0, bu0 + 55.0, bv0 + 40.0)  # hospital


def _lots(district, rng, row, block, alley=False):
    """Lots along the south and the north street of a block: (usage, footprint box)."""
    bu0, bv0, bu1, bv1 = block
    main_row = int(main_street_v(district) // STREET_SPACING_V_M)
    half = (bv1 - bv0) / 2
    lots = []
    for faces_north in (False, True):
        on_main = (row == main_row - 1 and faces_north) or (row == main_row and not faces_north)
        shares = np.array([spec[1 if on_main else 0] for spec in USAGES.values()])
        u = bu0 + rng.uniform(0.0, 3.0)
        while True:
            usage = int(rng.choice(list(USAGES), p=shares / shares.sum()))
            _, _, _, widths, depths = USAGES[usage]
            lot_width = rng.uniform(*widths)
            if u + lot_width > bu1:
                break
            if alley and u < ALLEY_U_M + 1.5 and u + lot_width > ALLEY_U_M - 1.5:
                u = ALLEY_U_M + 1.5
                continue
            depth = min(rng.uniform(*depths), half - 4.0)
            setback = rng.uniform(1.0, 3.0)
            side = rng.uniform(0.6, 1.5)
            if rng.random() > 0.42:  # the rest are car parks, gardens and vacant lots
                v0 = bv1 - setback - depth if faces_north else bv0 + setback
                lots.append((usage, (u + side, v0, u + lot_width - side, v0 + depth)))
            u += lot_width
    return lots


def _placed(district, terrain, hazards, box, block_u):
    """The box, or the box shifted along its street, whose flood answers are decided; None if none is."""
    u0, v0, u1, v1 = box
    for shift in (0.0, 1.5, -1.5, 3.0, -3.0, 4.5, -4.5, 6.0, -6.0):
        moved = (u0 + shift, v0, u1 + shift, v1)
        if moved[0] < block_u[0] or moved[2] > block_u[1] + 1e-9:
            continue
        corners_v = np.array([v0, v1, v0, v1])
        corners_u = np.array([moved[0], moved[0], moved[2], moved[2]])
        if np.any(corners_u > river_centre_u(district, corners_v) - BUILDING_SETBACK_M):
            return None
        if all(is_decided(moved, hazard, district.height) for hazard in hazards.values()):
            return tuple(round(c, 2) for c in moved)
    return None


def _building(district, rng, usage, box, terrain, hazards, special):
    number = 100001 + int(rng.integers(0, 800000))
    building = Building(gml_id=f"bldg_{uuid.UUID(bytes=rng.bytes(16), version=4)}",
                        building_id=f"13107-bldg-{number}", usage=usage, storeys=0, box=box)
    if special:
        spec = SPECIALS[special]
        building.storeys, building.name, building.name_en = spec["storeys"], spec["name"], spec["name_en"]
        building.special = special
        building.lod2 = True
    else:
        low, high = USAGES[usage][2]
        building.storeys = int(rng.integers(low, high + 1))
    u0, v0, u1, v1 = box
    corners = terrain.sample([u0, u1, u1, u0, (u0 + u1) / 2], [v0, v0, v1, v1, (v0 + v1) / 2])
    building.base_z = round(float(corners.min()), 2)
    if usage in WOODEN_USAGES:
        building.roof, building.building_class, building.structure = "gable", 3001, 601
        eaves = building.storeys * 2.9 + 0.4
        span = min(u1 - u0, v1 - v0)
        ridge_rise = span / 2 * np.tan(np.radians(rng.uniform(20.0, 30.0)))
        building.eaves_z = round(building.base_z + eaves, 2)
        building.height = round(eaves + ridge_rise, 1)
    else:
        storey = STOREY_HEIGHT_M.get(usage, 3.0)
        building.height = round(building.storeys * storey + rng.uniform(0.4, 1.2), 1)
        building.eaves_z = round(building.base_z + building.height, 2)
        building.building_class = 3001 if usage == 441 else 3002
        building.structure = 604 if usage in (441, 402) else (602 if building.storeys >= 8 else 603)
        building.storeys_below = int(usage == 401 and building.storeys >= 8)
    building.year = int(rng.integers(1962, 2024))
    for scale, hazard in hazards.items():
        answer = flood_answer(box, hazard, district.height)
        if answer is not None:
            building.flood[scale] = answer[:3]
    return building
