"""The district's MLIT pedestrian network (歩行空間ネットワークデータ, 2024 code set) and its facilities.

Street centrelines west of the river, two sidewalks along the main street with signalised crosswalks and one
unmarked mid-block crossing (kerbs 5-10 cm), a narrow alley (路地, < 1 m), a step (> 10 cm) and a link of unknown
width; the elevated station: street -> hall -> stairs / up escalator / elevator (door < 1 m, wheelchair + visually
impaired) -> concourse (floor 1); down the river bank to the riverside walkway by stairs, steep ramps and gentle
switchback ramps. Slopes are measured on the DEM, ranks follow the 2024 rules (ANALYSES.md).
"""

from dataclasses import dataclass, field

import numpy as np

from .buildings import (
    ALLEY_ROW,
    ALLEY_U_M,
    STREET_SPACING_U_M,
    STREET_SPACING_V_M,
    main_avenue_u,
    main_street_v,
    street_lines,
)
from .site import geojson_collection, lonlat_coordinates
from .terrain import BANK_TOP_M, river_centre_u

SIDEWALK_OFFSET_M = 7.0  # the main street's sidewalks, either side of its centreline
WALKWAY_OFFSET_M = 58.0  # riverside walkway on the floodplain terrace, from the river centreline
STEEP_FOOT_M = 64.0  # stairs and the straight ramp down the bank end here: 8-18 %
GENTLE_RAMP_GRADE = 0.065
STATION_ENTRANCE_DU = 32.0  # from the station building's west end

# route_type
NORMAL, ELEVATOR, ESCALATOR, STAIRS, RAMP = 1, 4, 5, 6, 7
# rt_struct
SIDEWALK, NOT_SEPARATED, CROSSWALK, UNMARKED_CROSSING, INSIDE_FACILITY, OTHER = 1, 2, 3, 4, 7, 8
UNKNOWN = 99


@dataclass
class Link:
    start: str
    end: str
    path: list  # [(u, v), ...] from start to end
    route_type: int = NORMAL
    rt_struct: int = NOT_SEPARATED
    direction: int = 1
    width: int = 3
    lev_diff: int = 1
    tfc_signal: int = 1
    brail_tile: int = 1
    roof: int = 1
    elevator: int = 1
    slope: int | None = None  # vtcl_slope; measured on the DEM when None

    @property
    def length(self):
        p = np.asarray(self.path, dtype=float)
        return float(np.hypot(*np.diff(p, axis=0).T).sum())


@dataclass
class Network:
    nodes: dict = field(default_factory=dict)  # node_id -> (u, v, floor)
    links: list = field(default_factory=list)
    facilities: list = field(default_factory=list)
    station_gate: str = ""  # node id of the station's ticket gate (floor 1)
    _ids: dict = field(default_factory=dict)  # (u, v, floor) -> node_id

    def node(self, u, v, floor=0):
        """The id of the node at (u, v, floor), made on first use."""
        key = (round(u, 2), round(v, 2), floor)
        if key not in self._ids:
            self._ids[key] = f"N{len(self.nodes) + 1:04d}"
            self.nodes[self._ids[key]] = key
        return self._ids[key]

    def link(self, a, b, **codes):
        """A link from node a to node b (``via``: intermediate points) with MLIT codes."""
        pa, pb = self.nodes[a][:2], self.nodes[b][:2]
        path = codes.pop("via", None)
        self.links.append(Link(a, b, [pa] + (path or []) + [pb], **codes))


def slope_code(rise, length):
    """2024 vtcl_slope code of a link rising by ``rise`` metres over ``length``: 1 = 0 %, 2 <= 5 %, 3/4 5-8 %,
    5/6 8-18 %, 7/8 > 18 % (odd rising, even falling along the link)."""
    grade = 100.0 * abs(rise) / max(length, 1e-9)
    if grade < 0.05:
        return 1
    if grade <= 5.0:
        return 2
    band = 3 if grade <= 8.0 else 5 if grade <= 18.0 else 7
    return band if rise > 0 else band + 1


def rank_of(link):
    """2024 wheelchair rank: S (>= 2 m, 0 %, 0 cm), A (1-2 m, <= 5 %, <= 2 cm), B (<= 8 %, <= 5 cm),
    C (< 1 m, <= 18 %, <= 10 cm), Z impassable, X unknown."""
    if link.route_type in (STAIRS, ESCALATOR):
        return "Z"
    if link.route_type == ELEVATOR:
        return "A" if link.elevator in (3, 5) else ("X" if link.elevator == UNKNOWN else "Z")
    if UNKNOWN in (link.width, link.lev_diff, link.slope):
        return "X"
    if link.width >= 3 and link.slope == 1 and link.lev_diff == 1:
        return "S"
    if link.width >= 2 and link.slope <= 2 and link.lev_diff <= 2:
        return "A"
    if link.width >= 2 and link.slope <= 4 and link.lev_diff <= 3:
        return "B"
    if link.slope <= 6 and link.lev_diff <= 4:
        return "C"
    return "Z"


def make_network(district, terrain, buildings):
    rng = district.rng("network")
    net = Network()
    v_main, u_avenue = main_street_v(district), main_avenue_u(district)
    vs = street_lines(district.height, STREET_SPACING_V_M)
    us = street_lines(district.width, STREET_SPACING_U_M)
    station = next(b for b in buildings if b.special == "station")
    u_entrance = station.box[0] + STATION_ENTRANCE_DU
    mid_crossing_u = STREET_SPACING_U_M * 1.5

    def reachable(u, v):
        return u <= river_centre_u(district, v) - BANK_TOP_M - 5.0

    def street_nodes(v):
        """Stops along the east-west street at v (intersections and the extra nodes that split it)."""
        stops = [u for u in us if reachable(u, v)]
        if abs(v - v_main) < 1:
            stops += [mid_crossing_u, u_entrance]
        if v in (vs[ALLEY_ROW], vs[ALLEY_ROW + 1]):
            stops.append(ALLEY_U_M)  # the alley's ends
        return sorted(stops)

    # east-west streets (the main street as two sidewalks)
    for v in vs:
        sides = [v - SIDEWALK_OFFSET_M, v + SIDEWALK_OFFSET_M] if abs(v - v_main) < 1 else [v]
        for side_v in sides:
            stops = [u for u in street_nodes(v) if u != u_entrance or side_v < v]
            for a, b in zip(stops[:-1], stops[1:], strict=True):
                main = abs(v - v_main) < 1
                net.link(net.node(a, side_v), net.node(b, side_v), rt_struct=SIDEWALK if main else NOT_SEPARATED,
                         width=4 if main else int(rng.choice([2, 3], p=[0.3, 0.7])), brail_tile=2 if main else 1,
                         lev_diff=int(rng.choice([1, 2], p=[0.8, 0.2])))
    # north-south streets, meeting the main street's sidewalks
    for u in us:
        for a, b in zip(vs[:-1], vs[1:], strict=True):
            if not (reachable(u, a) and reachable(u, b)):
                continue
            va = a + SIDEWALK_OFFSET_M if abs(a - v_main) < 1 else a
            vb = b - SIDEWALK_OFFSET_M if abs(b - v_main) < 1 else b
            avenue = abs(u - u_avenue) < 1
            net.link(net.node(u, va), net.node(u, vb), rt_struct=SIDEWALK if avenue else NOT_SEPARATED,
                     width=4 if avenue else int(rng.choice([2, 3], p=[0.3, 0.7])), brail_tile=2 if avenue else 1,
                     lev_diff=int(rng.choice([1, 2], p=[0.8, 0.2])))
    _crossings(net, district, us, v_main, u_avenue, mid_crossing_u, reachable)
    _barriers(net, vs)
    _station(net, u_entrance, v_main, station)
    _riverbank(net, district, terrain, vs, v_main, reachable)
    for link in net.links:
        if link.slope is None:
            if link.route_type == ELEVATOR:
                link.slope = 1
            else:
                (ua, va), (ub, vb) = link.path[0], link.path[-1]
                rise = float(terrain.sample([ub], [vb])[0] - terrain.sample([ua], [va])[0])
                if net.nodes[link.start][2] != net.nodes[link.end][2]:
                    rise = 5.0 * (net.nodes[link.end][2] - net.nodes[link.start][2])  # one floor: 5 m
                link.slope = slope_code(rise, link.length)
    net.facilities = _facilities(net, buildings)
    return net


def _crossings(net, district, us, v_main, u_avenue, mid_crossing_u, reachable):
    south, north = v_main - SIDEWALK_OFFSET_M, v_main + SIDEWALK_OFFSET_M
    for u in us:
        if reachable(u, v_main):
            avenue = abs(u - u_avenue) < 1
            net.link(net.node(u, south), net.node(u, north), rt_struct=CROSSWALK, width=4,
                     tfc_signal=2 if avenue else 3, brail_tile=2 if avenue else 1)
    # mid-block, no signal, no kerb cut: kerbs of 5-10 cm
    net.link(net.node(mid_crossing_u, south), net.node(mid_crossing_u, north), rt_struct=UNMARKED_CROSSING, width=3,
             lev_diff=4)


def _barriers(net, vs):
    """The alley, a step and an unsurveyed link: what a wheelchair profile must avoid or ask about."""
    net.link(net.node(ALLEY_U_M, vs[ALLEY_ROW]), net.node(ALLEY_U_M, vs[ALLEY_ROW + 1]), rt_struct=OTHER, width=1,
             lev_diff=3)
    for link in net.links:
        (ua, va), (ub, vb) = link.path[0], link.path[-1]
        if ua == ub == STREET_SPACING_U_M and {va, vb} == {vs[6], vs[7]}:
            link.lev_diff = 5  # a step of more than 10 cm: the old shopping arcade's entrance
        if ua == ub == 2 * STREET_SPACING_U_M and {va, vb} == {vs[7], vs[8]}:
            link.width = link.lev_diff = UNKNOWN  # not surveyed


def _station(net, u_entrance, v_main, station):
    """Street (floor 0) -> station hall -> stairs, up escalator and elevator -> concourse (floor 1) -> gate."""
    u0, v0, u1, v1 = station.box
    street = net.node(u_entrance, v_main - SIDEWALK_OFFSET_M)
    hall = net.node(u_entrance, v1 - 4.0)
    lift_bottom, lift_top = net.node(u_entrance + 8.0, v1 - 9.0), net.node(u_entrance + 8.0, v1 - 10.0, 1)
    stairs_top = net.node(u_entrance - 8.0, v1 - 10.0, 1)
    gate = net.node(u_entrance + 20.0, v1 - 10.0, 1)
    inside = dict(rt_struct=INSIDE_FACILITY, roof=2, brail_tile=2)
    net.link(street, hall, width=4, **inside)
    net.link(hall, lift_bottom, width=3, **inside)
    net.link(lift_bottom, lift_top, route_type=ELEVATOR, width=1, elevator=5, **inside)  # door < 1 m
    net.link(hall, stairs_top, route_type=STAIRS, width=3, **inside)
    net.link(hall, stairs_top, route_type=ESCALATOR, direction=2, width=2, **inside)
    net.link(stairs_top, lift_top, width=4, **inside)
    net.link(lift_top, gate, width=4, **inside)
    net.station_gate = gate


def _riverbank(net, district, terrain, vs, v_main, reachable):
    """From each street's east end down the bank to the riverside walkway: stairs, a steep straight ramp, or a
    switchback ramp laid out for a 6.5 % grade on the DEM."""
    walkway = []
    for index, v in enumerate(vs):
        street_v = v - SIDEWALK_OFFSET_M if abs(v - v_main) < 1 else v
        ends = [u for u in street_lines(district.width, STREET_SPACING_U_M) if reachable(u, street_v)]
        if not ends:
            continue
        centre = float(river_centre_u(district, street_v))
        top_u = centre - BANK_TOP_M - 2.0
        top = net.node(top_u, street_v)
        net.link(net.node(ends[-1], street_v), top, width=3)
        kind = index % 3
        foot_u = centre - (STEEP_FOOT_M if kind < 2 else WALKWAY_OFFSET_M)
        bottom = net.node(foot_u, street_v)
        if kind == 0:
            net.link(top, bottom, route_type=STAIRS, rt_struct=OTHER, width=3)
        elif kind == 1:
            net.link(top, bottom, route_type=RAMP, rt_struct=OTHER, width=3)
        else:
            drop = float(terrain.sample([top_u], [street_v])[0] - terrain.sample([foot_u], [street_v])[0])
            half_run, half_length = (foot_u - top_u) / 2, drop / GENTLE_RAMP_GRADE / 2
            offset = float(np.sqrt(max(half_length**2 - half_run**2, 0.0)))
            net.link(top, bottom, route_type=RAMP, rt_struct=OTHER, width=3,
                     via=[(top_u + half_run, street_v + offset)])
        walkway.append(bottom)
    for a, b in zip(walkway[:-1], walkway[1:], strict=True):
        net.link(a, b, rt_struct=OTHER, width=4, slope=1)


FACILITIES = [  # kind, building, name, English name
    ("station", "station", "すみだ川辺駅", "Sumida-Kawabe Station"),
    ("shelter", "school", "区立川辺小学校（指定避難所）", "Kawabe Elementary School (designated evacuation shelter)"),
    ("hospital", "hospital", "墨東川辺病院", "Bokuto Kawabe Hospital"),
]


def _facilities(net, buildings):
    """The facilities, each at its network node: the station at its ticket gate (floor 1), the others at the
    street node nearest their building."""
    by_special = {b.special: b for b in buildings if b.special}
    facilities = []
    for number, (kind, special, name, name_en) in enumerate(FACILITIES, start=1):
        building = by_special[special]
        if kind == "station":
            node_id = net.station_gate
        else:
            cu, cv = building.centre
            node_id = min((n for n, p in net.nodes.items() if p[2] == 0),
                          key=lambda n: (np.hypot(net.nodes[n][0] - cu, net.nodes[n][1] - cv), n))
        u, v, floor = net.nodes[node_id]
        facilities.append(dict(facility_id=f"F{number:03d}", kind=kind, name=name, name_en=name_en, node_id=node_id,
                               floor=floor, building_id=building.building_id, position=(u, v)))
    return facilities


def geojson_layers(net):
    """(nodes, links, facilities) as GeoJSON dicts with the MLIT field names."""
    nodes = []
    for node_id, (u, v, floor) in net.nodes.items():
        (lon, lat), = lonlat_coordinates([(u, v)])
        nodes.append({"type": "Feature", "properties": {"node_id": node_id, "lat": lat, "lon": lon, "floor": floor},
                      "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    links = []
    for number, link in enumerate(net.links, start=1):
        properties = {"link_id": f"L{number:04d}", "start_id": link.start, "end_id": link.end,
                      "distance": round(link.length, 1), "route_type": link.route_type, "rt_struct": link.rt_struct,
                      "direction": link.direction, "width": link.width, "vtcl_slope": link.slope,
                      "lev_diff": link.lev_diff, "tfc_signal": link.tfc_signal, "brail_tile": link.brail_tile,
                      "roof": link.roof, "elevator": link.elevator, "rank": rank_of(link)}
        links.append({"type": "Feature", "properties": properties,
                      "geometry": {"type": "LineString", "coordinates": lonlat_coordinates(link.path)}})
    facilities = []
    for facility in net.facilities:
        (lon, lat), = lonlat_coordinates([facility["position"]])
        properties = {k: v for k, v in facility.items() if k != "position"}
        facilities.append({"type": "Feature", "properties": properties,
                           "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    return (geojson_collection("pedestrian_nodes", nodes), geojson_collection("pedestrian_links", links),
            geojson_collection("facilities", facilities))
