"""Barrier-free engine without QGIS: import and validation, profile rules on hand-made networks with known answers
(both MLIT code sets, OSM footways), distances equal to a reference Dijkstra, service areas and hotspots."""

import heapq
import json
import math
from pathlib import Path

import numpy as np
import pytest

from digital_twin.plugin.barrierfree import analyses, codes, graph, network, profiles
from digital_twin.plugin.errors import InputError

DATA = Path(__file__).resolve().parent / "data" / "barrierfree"
PROFILES = profiles.load_profiles()
PASSABLE, BARRIER = profiles.UNKNOWN_PASSABLE, profiles.UNKNOWN_BARRIER


def ladder(code_set, kind="geojson"):
    suffix = "geojson" if kind == "geojson" else "csv"
    return network.load_network(DATA / f"ladder_{code_set}_links.{suffix}", DATA / f"ladder_{code_set}_nodes.{suffix}")


def lonlat(net, node_id):
    return tuple(net.node_lonlat[net.node_ids.index(node_id)])


def route(net, profile_id, policy, origin="N1", destination=None):
    destination = destination or ("N9" if net.code_set == "2018" else "N10")
    profile = PROFILES[profile_id] if profile_id != "plain" else profiles.PLAIN
    return analyses.accessible_route(net, profile, policy, lonlat(net, origin), lonlat(net, destination))


def records(nodes, links):
    """Small MLIT networks written inline: nodes (id, lon, lat, floor), links as dicts of fields."""
    node_records = [{"properties": {"node_id": nid, "floor": floor}, "coords": [(lon, lat)]}
                    for nid, lon, lat, floor in nodes]
    link_records = [{"properties": dict(link), "coords": None} for link in links]
    return link_records, node_records


BENIGN = dict(route_type=1, rt_struct=1, direction=1, width=4, vtcl_slope=1, lev_diff=1, tfc_signal=1, brail_tile=2,
              roof=1, elevator=1)


# ------------------------------------------------------------------------------------------------- import, codes

def test_code_sets_are_detected_from_the_data():
    assert ladder("2018").code_set == "2018"
    assert ladder("2024").code_set == "2024"
    footways = [{"properties": {"highway": "footway", "incline": "3%"}, "coords": [(139.7, 35.68), (139.701, 35.68)]}]
    assert network.build_network(footways).code_set == "osm"


def test_lev_diff_2_means_more_than_2_cm_in_2018_but_0_to_2_cm_in_2024():
    links, nodes = records([("a", 139.7, 35.68, 0), ("b", 139.7001, 35.68, 0)],
                           [dict(BENIGN, link_id="L", start_id="a", end_id="b", distance=10, lev_diff=2)])
    old = network.build_network(links, nodes, code_set="2018")
    new = network.build_network(links, nodes, code_set="2024")
    assert old.step[0].tolist() == [2.0, math.inf]
    assert new.step[0].tolist() == [0.0, 2.0]
    manual = PROFILES["manual_wheelchair"]
    assert not profiles.passable_links(old, manual, PASSABLE)[0]
    assert profiles.passable_links(new, manual, PASSABLE)[0]


def test_2024_slope_codes_odd_rising_even_falling():
    net = ladder("2024")
    assert codes.SLOPE_PCT_2024[3] == (5.0, 8.0, 1) and codes.SLOPE_PCT_2024[4] == (5.0, 8.0, -1)
    s3 = net.link_ids.index("S3")
    assert net.slope[s3].tolist() == [5.0, 8.0] and net.slope_sense[s3] == 1


def test_csv_with_lat_lon_gives_the_same_network_as_geojson():
    from_csv, from_geojson = ladder("2018", "csv"), ladder("2018")
    assert from_csv.node_ids == from_geojson.node_ids and from_csv.link_ids == from_geojson.link_ids
    np.testing.assert_allclose(from_csv.node_lonlat, from_geojson.node_lonlat)
    assert from_csv.link_length.tolist() == from_geojson.link_length.tolist()
    assert route(from_csv, "manual_wheelchair", PASSABLE).length_m == 198.0


def test_validation_reports_dangling_links_unknown_codes_and_missing_floors():
    links, nodes = records(
        [("a", 139.7, 35.68, 0), ("b", 139.7001, 35.68, 0), ("c", 139.7002, 35.68, ""), ("d", 139.7003, 35.68, "B1")],
        [dict(BENIGN, link_id="L1", start_id="a", end_id="b", distance=10, route_type=8),
         dict(BENIGN, link_id="L2", start_id="b", end_id="zz", distance=10),
         dict(BENIGN, link_id="L3", start_id="b", end_id="c", distance=5, route_type=4, elevator=3),
         dict(BENIGN, link_id="L4", start_id="a", end_id="b", distance=5, route_type=4, elevator=5),
         dict(BENIGN, link_id="L5", start_id="c", end_id="d", distance=12)])
    net = network.build_network(links, nodes, code_set="2018")
    found = {(issue.kind, issue.feature) for issue in net.issues}
    assert ("dangling link", "link L2") in found
    assert ("unknown code", "link L1") in found
    assert ("missing floor", "node c") in found
    assert ("missing floor", "link L3") in found
    assert ("same floor", "link L4") in found
    assert ("missing field", "link layer") not in found
    assert net.link_ids == ["L1", "L3", "L4", "L5"]  # the dangling link is left out, the others kept
    assert net.route_type[0] == codes.UNKNOWN
    assert net.node_floor[net.node_ids.index("d")] == -1.0
    assert "1 dangling link" in net.summary()


def test_a_missing_code_field_is_reported_once_and_its_values_are_unknown():
    links, nodes = records([("a", 139.7, 35.68, 0), ("b", 139.7001, 35.68, 0)],
                           [{"link_id": "L", "start_id": "a", "end_id": "b", "distance": 10, "route_type": 1}])
    net = network.build_network(links, nodes, code_set="2018")
    missing = sorted(issue.message.split("'")[1] for issue in net.issues if issue.kind == "missing field")
    assert missing == ["brail_tile", "direction", "elevator", "lev_diff", "roof", "rt_struct", "tfc_signal",
                       "vtcl_slope", "width"]
    assert np.isnan(net.step[0]).all() and net.direction[0] == 1  # unknown direction: walkable both ways
    manual = PROFILES["manual_wheelchair"]
    assert profiles.passable_links(net, manual, PASSABLE)[0] and not profiles.passable_links(net, manual, BARRIER)[0]


def test_bad_input_names_the_file_line_and_field(tmp_path):
    nodes = tmp_path / "nodes.csv"
    nodes.write_text("node_id,lat,lon,floor\nN1,35.68,139.7,0\nN2,north,139.7001,0\n", encoding="utf-8")
    links = tmp_path / "links.csv"
    links.write_text("link_id,start_id,end_id,distance\nL1,N1,N2,10\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        network.load_network(links, nodes)
    assert error.value.line == 3 and error.value.field == "lat" and "nodes.csv" in str(error.value)
    nodes.write_text("id,lat,lon\nN1,35.68,139.7\n", encoding="utf-8")
    with pytest.raises(InputError, match="node_id"):
        network.load_network(links, nodes)
    broken = tmp_path / "profiles.json"
    broken.write_text('{"profiles": [{"id": "x", "max_step_cm": "high"}]}', encoding="utf-8")
    with pytest.raises(InputError, match="max_step_cm"):
        profiles.load_profiles(broken)


# ---------------------------------------------------------------------------------------- profile rules, by hand

# Route N1 -> last node on the ladders (tests/data/barrierfree/README.md lays out every segment).
EXPECTED_LENGTHS = {
    ("2018", "manual_wheelchair"): (198.0, 218.0), ("2018", "electric_wheelchair"): (158.0, 218.0),
    ("2018", "stroller"): (135.0, 195.0), ("2018", "cane_walker"): (115.0, 175.0),
    ("2018", "visually_impaired"): (95.0, 95.0), ("2018", "plain"): (95.0, 95.0),
    ("2024", "manual_wheelchair"): (228.0, 248.0), ("2024", "electric_wheelchair"): (188.0, 208.0),
    ("2024", "stroller"): (145.0, 165.0), ("2024", "cane_walker"): (125.0, 145.0),
    ("2024", "visually_impaired"): (105.0, 105.0), ("2024", "plain"): (105.0, 105.0),
}


@pytest.mark.parametrize("code_set,profile_id", sorted(EXPECTED_LENGTHS))
def test_route_lengths_on_the_ladders_for_every_profile_and_policy(code_set, profile_id):
    net = ladder(code_set)
    expected_passable, expected_barrier = EXPECTED_LENGTHS[(code_set, profile_id)]
    assert route(net, profile_id, PASSABLE).length_m == expected_passable
    assert route(net, profile_id, BARRIER).length_m == expected_barrier


def test_manual_wheelchair_route_avoids_each_barrier_and_reports_why():
    result = route(ladder("2018"), "manual_wheelchair", PASSABLE)
    assert result.link_ids == ["S1a", "S1b", "S2a", "S2b", "S3a", "S3b", "S4a", "S4b", "S5e", "S6a", "S6b", "S7",
                               "S8a", "S8b"]
    assert "S5e" in result.link_ids  # the wheelchair elevator: its <1 m door width is never filtered
    assert result.plain_length_m == 95.0
    assert result.detour_factor == pytest.approx(198.0 / 95.0)
    assert result.time_min == pytest.approx(198.0 / (3.6 / 3.6) / 60.0)  # 3.6 km/h = 1 m/s
    assert result.unknown_links_used == 1  # S7, lev_diff 99, used because the policy says passable
    barriers = {barrier.link_id: barrier.reasons for barrier in result.barriers}
    assert barriers == {"S1": ["stairs"], "S2": ["step >2 cm (max 2 cm)"], "S3": ["slope >5 % (max 5 %)"],
                        "S4": ["width <1 m (min 1 m)"], "S5": ["elevator code 2 (usable: 3, 5)"],
                        "S8": ["escalator"]}
    assert [barrier.order for barrier in result.barriers] == [1, 2, 3, 4, 5, 9]
    strict = route(ladder("2018"), "manual_wheelchair", BARRIER)
    assert {b.link_id: b.reasons for b in strict.barriers}["S7"] == ["step unknown (policy: barrier)"]
    assert strict.unknown_links_used == 0


def test_one_way_links_bind_every_profile():
    net = ladder("2018")
    assert route(net, "plain", PASSABLE, "N6", "N7").length_m == 30.0  # S6 runs end -> start only
    assert route(net, "plain", PASSABLE, "N7", "N6").length_m == 10.0
    assert route(net, "manual_wheelchair", PASSABLE, "N7", "N6").link_ids == ["S6"]


def test_elevator_needs_a_usable_code_whatever_its_width():
    links, nodes = records([("g", 139.7, 35.68, 0), ("u", 139.7, 35.68, 2)],
                           [dict(BENIGN, link_id="E", start_id="g", end_id="u", distance=4, route_type=4,
                                 elevator=code, width=1, vtcl_slope=99) for code in (1,)])
    for code, usable in [(1, False), (2, False), (3, True), (4, False), (5, True), (99, None)]:
        links[0]["properties"]["elevator"] = code
        net = network.build_network(links, nodes, code_set="2018")
        manual = PROFILES["manual_wheelchair"]
        open_when_unknown_passable = profiles.passable_links(net, manual, PASSABLE)[0]
        open_when_unknown_barrier = profiles.passable_links(net, manual, BARRIER)[0]
        if usable is None:
            assert open_when_unknown_passable and not open_when_unknown_barrier
        else:
            assert open_when_unknown_passable == usable and open_when_unknown_barrier == usable, code


def test_2024_rank_limits_each_profile():
    net = ladder("2024")
    s9 = net.link_ids.index("S9")  # rank C, every detailed code fine
    passable = {pid: profiles.passable_links(net, PROFILES[pid], BARRIER)[s9] for pid in PROFILES}
    assert passable == {"manual_wheelchair": False, "electric_wheelchair": False, "stroller": True,
                        "cane_walker": True, "visually_impaired": True}


def test_visually_impaired_prefers_braille_tiles():
    links, nodes = records([("a", 139.7, 35.68, 0), ("b", 139.7002, 35.68, 0), ("m", 139.7001, 35.6801, 0)],
                           [dict(BENIGN, link_id="short", start_id="a", end_id="b", distance=20, brail_tile=1),
                            dict(BENIGN, link_id="tiled1", start_id="a", end_id="m", distance=12),
                            dict(BENIGN, link_id="tiled2", start_id="m", end_id="b", distance=12)])
    net = network.build_network(links, nodes, code_set="2018")
    origin, destination = lonlat(net, "a"), lonlat(net, "b")
    blind = analyses.accessible_route(net, PROFILES["visually_impaired"], PASSABLE, origin, destination)
    assert blind.link_ids == ["tiled1", "tiled2"] and blind.length_m == 24.0  # 24 m < 20 m x 1.5
    walker = analyses.accessible_route(net, PROFILES["cane_walker"], PASSABLE, origin, destination)
    assert walker.link_ids == ["short"]


def test_osm_footways_with_incline_kerb_width_and_steps():
    def way(way_id, lon1, lon2, **tags):
        return {"properties": {"id": way_id, "highway": "footway", **tags}, "coords": [(lon1, 35.68), (lon2, 35.68)]}

    footways = [way("steps", 139.7000, 139.7001, highway="steps"),
                way("kerb", 139.7000, 139.7001, **{"kerb:height": "0.06"}),
                way("steep", 139.7000, 139.7001, incline="-9%"),
                way("narrow", 139.7000, 139.7001, width="0.8"),
                way("detour1", 139.7000, 139.70005, incline="4%", width="1.5", **{"kerb:height": "2 cm"}),
                way("detour2", 139.70005, 139.7001, oneway="yes")]
    net = network.build_network(footways)
    assert net.code_set == "osm" and net.node_count == 3
    manual = PROFILES["manual_wheelchair"]
    opened = dict(zip(net.link_ids, profiles.passable_links(net, manual, BARRIER), strict=True))
    assert opened == {"steps": False, "kerb": False, "steep": False, "narrow": False, "detour1": True,
                      "detour2": False}  # detour2 has no width tag: unknown, and the policy says barrier
    electric = dict(zip(net.link_ids, profiles.passable_links(net, PROFILES["electric_wheelchair"], PASSABLE),
                        strict=True))
    assert electric["steep"] is np.False_ and electric["kerb"] is np.False_ and electric["detour2"]
    east, west = (139.7001, 35.68), (139.7, 35.68)
    forward = analyses.accessible_route(net, manual, PASSABLE, west, east)
    assert forward.link_ids == ["detour1", "detour2"]
    backward = analyses.accessible_route(net, manual, PASSABLE, east, west)
    assert not backward.reachable  # detour2 is one-way and every direct way is a barrier
    assert {b.link_id for b in backward.barriers} == {"steps"}


def test_route_is_3d_with_z_from_floors():
    result = route(ladder("2018"), "manual_wheelchair", PASSABLE)
    coords = np.asarray(result.geometry.coords)
    assert result.geometry.has_z and coords[0, 2] == 0.0 and coords[-1, 2] == network.FLOOR_HEIGHT_M
    net = ladder("2018")
    deep = analyses.accessible_route(net, PROFILES["manual_wheelchair"], PASSABLE, lonlat(net, "N1"),
                                     lonlat(net, "N9"), floor_height=4.0)
    assert np.asarray(deep.geometry.coords)[-1, 2] == 4.0


def test_route_to_an_upper_floor_of_stacked_nodes():
    # A station: street node g and concourse node c stacked at one position (floors 0 and 2), joined by an
    # elevator (wheelchair) and by stairs; the street reaches g from s.
    links, nodes = records([("s", 139.7, 35.68, 0), ("g", 139.7002, 35.68, 0), ("c", 139.7002, 35.68, 2)],
                           [dict(BENIGN, link_id="street", start_id="s", end_id="g", distance=18),
                            dict(BENIGN, link_id="lift", start_id="g", end_id="c", distance=9, route_type=4,
                                 elevator=3, width=1),
                            dict(BENIGN, link_id="stairs", start_id="g", end_id="c", distance=6, route_type=6)])
    net = network.build_network(links, nodes, code_set="2018")
    street, station = lonlat(net, "s"), lonlat(net, "g")
    ground = analyses.accessible_route(net, PROFILES["manual_wheelchair"], BARRIER, street, station)
    assert ground.link_ids == ["street"]  # no floor given: the ground-floor node
    upstairs = analyses.accessible_route(net, PROFILES["manual_wheelchair"], BARRIER, street, station,
                                         destination_floor=2)
    assert upstairs.link_ids == ["street", "lift"] and upstairs.length_m == 27.0
    assert upstairs.plain_length_m == 24.0 and [b.link_id for b in upstairs.barriers] == ["stairs"]
    assert np.asarray(upstairs.geometry.coords)[-1, 2] == 2 * network.FLOOR_HEIGHT_M


def test_points_far_from_the_network_are_refused():
    net = ladder("2018")
    with pytest.raises(InputError, match="origin is .* m from the nearest"):
        analyses.accessible_route(net, PROFILES["stroller"], PASSABLE, (139.8, 35.7), lonlat(net, "N2"))


def test_graphs_are_cached_per_network_profile_and_policy():
    net = ladder("2018")
    first = graph.graph_for(net, PROFILES["stroller"], PASSABLE)
    assert graph.graph_for(net, PROFILES["stroller"], PASSABLE) is first
    assert graph.graph_for(net, PROFILES["stroller"], BARRIER) is not first


# ------------------------------------------------------------------------------------------- reference Dijkstra

def reference_dijkstra(node_count, edges, source):
    """Textbook Dijkstra over (tail, head, weight) triples."""
    adjacency = [[] for _ in range(node_count)]
    for tail, head, weight in edges:
        adjacency[tail].append((head, weight))
    best = [math.inf] * node_count
    best[source] = 0.0
    queue = [(0.0, source)]
    while queue:
        dist, node = heapq.heappop(queue)
        if dist > best[node]:
            continue
        for head, weight in adjacency[node]:
            if dist + weight < best[head]:
                best[head] = dist + weight
                heapq.heappush(queue, (dist + weight, head))
    return best


def random_network(seed, node_count=60, link_count=150, code_set="2024"):
    rng = np.random.default_rng(seed)
    nodes = [(f"n{i}", 139.7 + rng.uniform(0, 0.01), 35.68 + rng.uniform(0, 0.01), int(rng.integers(0, 3)))
             for i in range(node_count)]
    slope_codes = [1, 2, 3, 99] if code_set == "2018" else [1, 2, 3, 4, 5, 6, 7, 8, 99]
    step_codes = [1, 2, 99] if code_set == "2018" else [1, 2, 3, 4, 5, 99]
    links = []
    for i in range(link_count):
        start, end = rng.integers(0, node_count, size=2)  # loops and parallel links included on purpose
        links.append(dict(
            link_id=f"l{i}", start_id=f"n{start}", end_id=f"n{end}",
            distance=float(rng.choice([0.0, round(float(rng.uniform(1, 200)), 3)], p=[0.05, 0.95])),
            route_type=int(rng.choice([1, 2, 3, 4, 5, 6, 7, 99])), direction=int(rng.choice([1, 1, 2, 3, 99])),
            width=int(rng.choice([1, 2, 3, 4, 99])), vtcl_slope=int(rng.choice(slope_codes)),
            lev_diff=int(rng.choice(step_codes)), elevator=int(rng.choice([1, 2, 3, 4, 5, 99])),
            brail_tile=int(rng.choice([1, 2, 99])), rt_struct=int(rng.choice([1, 3, 4])),
            tfc_signal=int(rng.choice([1, 2])), rank=str(rng.choice(list("SABCZX"))) if code_set == "2024" else ""))
    link_records, node_records = records(nodes, links)
    return network.build_network(link_records, node_records, code_set=code_set)


def reference_edges(net, passable, cost):
    edges = []
    for i in np.flatnonzero(passable):
        start, end, direction = int(net.link_start[i]), int(net.link_end[i]), int(net.direction[i])
        if direction in (1, 2):
            edges.append((start, end, float(cost[i])))
        if direction in (1, 3):
            edges.append((end, start, float(cost[i])))
    return edges


@pytest.mark.parametrize("seed", range(6))
def test_distances_equal_a_reference_dijkstra_on_random_networks(seed):
    net = random_network(seed, code_set="2024" if seed % 2 else "2018")
    for profile in [profiles.PLAIN, *PROFILES.values()]:
        for policy in profiles.UNKNOWN_POLICIES:
            built = graph.graph_for(net, profile, policy)
            passable = profiles.passable_links(net, profile, policy)
            cost = net.link_length * profiles.cost_factors(net, profile)
            edges = reference_edges(net, passable, cost)
            sources = [0, 7, 31]
            ours = graph.distances(built, sources)
            for row, source in enumerate(sources):
                assert ours[row].tolist() == reference_dijkstra(net.node_count, edges, source)
            # and the paths come back as links whose lengths add up to the distance
            _dist, predecessors = graph.distances(built, 0, predecessors=True)
            for target in range(net.node_count):
                nodes = graph.path_nodes(predecessors[0], 0, target)
                if nodes and target:
                    assert sum(cost[graph.path_links(built, nodes)]) == pytest.approx(ours[0][target], abs=1e-9)


# --------------------------------------------------------------------------------------------------- service area

def test_service_area_reaches_exactly_the_budget_along_passable_links():
    net = ladder("2018")
    facility = analyses.Facility("station", lonlat(net, "N1"))
    buildings = analyses.Buildings(ids=["near", "far"], lonlat=np.array([lonlat(net, "N2"), lonlat(net, "N9")]),
                                   population=np.array([12.0, 40.0]))
    manual, plain = PROFILES["manual_wheelchair"], profiles.PLAIN
    wheel, walk = analyses.service_areas(net, [manual, plain], PASSABLE, [facility], 40.0, buildings=buildings)
    reached = {link_id: (metres, whole) for link_id, metres, whole, _geometry in wheel.links}
    # N1 -S1a 15- B1 -S1b 15- N2, then 10 m of S2a; the stairs S1 and the step S2 are closed.
    assert reached == {"S1a": (15.0, True), "S1b": (15.0, True), "S2a": (10.0, False)}
    assert wheel.reachable_length_m == 40.0
    assert wheel.buildings == 1 and wheel.population == 12.0
    # on foot: S1, S2, S3 and S4 (reaching N5 at 40 m), the bypasses of S1-S3 whole and 10 m of S4a
    walked = {row[0]: row[1] for row in walk.links}
    assert walked == {"S1": 10, "S1a": 15, "S1b": 15, "S2": 10, "S2a": 15, "S2b": 15, "S3": 10, "S3a": 15,
                      "S3b": 15, "S4": 10, "S4a": 10}
    assert walk.reachable_length_m == 140.0
    assert walk.area.area > wheel.area.area
    partial = dict((row[0], row[3]) for row in wheel.links)["S2a"]
    assert partial.has_z
    timed = analyses.service_areas(net, [manual], PASSABLE, [facility], 40.0 / 60.0, budget_is_time=True)[0]
    assert timed.budget_m == pytest.approx(40.0) and timed.reachable_length_m == pytest.approx(40.0)


def test_service_area_respects_one_way_links():
    net = ladder("2018")
    from_n6 = analyses.service_areas(net, [profiles.PLAIN], PASSABLE, [analyses.Facility("a", lonlat(net, "N6"))],
                                     12.0)[0]
    reached = {row[0]: row[1] for row in from_n6.links}
    assert "S6" not in reached  # S6 runs N7 -> N6 only
    assert reached["S6a"] == 12.0


# ------------------------------------------------------------------------------------------------------- hotspots

def brute_force_hotspot_scores(net, profile, policy, origins, destinations, max_detour):
    """Open each closed link alone, recompute every pair with the reference Dijkstra, average the factor gain."""
    plain_edges = reference_edges(net, np.ones(net.link_count, bool), net.link_length)
    plain = np.array([reference_dijkstra(net.node_count, plain_edges, o) for o in origins])[:, destinations]
    passable = profiles.passable_links(net, profile, policy)

    def factors(open_links):
        edges = reference_edges(net, open_links, net.link_length)
        accessible = np.array([reference_dijkstra(net.node_count, edges, o) for o in origins])[:, destinations]
        return analyses.detour_factors(accessible, plain, max_detour)

    valid = np.isfinite(plain) & (plain > 0)
    base = factors(passable)
    scores = {}
    for link in np.flatnonzero(~passable):
        opened = passable.copy()
        opened[link] = True
        gain = np.where(valid, base - factors(opened), 0.0).sum() / valid.sum()
        if gain > 1e-12:
            scores[net.link_ids[link]] = gain
    return scores


def test_hotspot_scores_equal_reopening_each_link_by_brute_force():
    net = random_network(11, node_count=40, link_count=90)
    profile = PROFILES["manual_wheelchair"]
    result = analyses.barrier_hotspots(net, profile, PASSABLE, samples=15, seed=3, max_detour=3.0)
    rng = np.random.default_rng(3)
    origins = rng.choice(net.node_count, size=15, replace=False)
    destinations = rng.choice(net.node_count, size=15, replace=False)
    expected = brute_force_hotspot_scores(net, profile, PASSABLE, origins, destinations, 3.0)
    ours = {spot.link_id: spot.score for spot in result.hotspots}
    assert ours.keys() == expected.keys() and ours
    for link_id, score in expected.items():
        assert ours[link_id] == pytest.approx(score, rel=1e-9)
    assert [spot.score for spot in result.hotspots] == sorted(ours.values(), reverse=True)


def test_hotspots_on_the_ladder_rank_the_costliest_barrier_first():
    net = ladder("2018")
    facility = [analyses.Facility("station", lonlat(net, "N1"))]
    result = analyses.barrier_hotspots(net, PROFILES["manual_wheelchair"], PASSABLE, origins=facility, samples=16)
    assert result.pairs > 0 and result.mean_detour_factor > 1.0
    top = result.hotspots[0]
    # From N1 every destination lies past S1's stairs: opening them saves 20 m on every pair beyond N2.
    assert top.link_id == "S1" and top.reasons == ["stairs"]
    assert top.pairs_improved >= max(spot.pairs_improved for spot in result.hotspots)


def test_shipped_profiles_are_valid_json_with_the_five_profiles():
    data = json.loads(profiles.SHIPPED_PROFILES.read_text(encoding="utf-8"))
    assert [entry["id"] for entry in data["profiles"]] == list(PROFILES)
    assert list(PROFILES) == ["manual_wheelchair", "electric_wheelchair", "stroller", "cane_walker",
                              "visually_impaired"]
    manual = PROFILES["manual_wheelchair"]
    assert (manual.max_step_cm, manual.max_slope_pct, manual.min_width_m) == (2.0, 5.0, 1.0)
    assert set(manual.forbidden_route_types) == {codes.ESCALATOR, codes.STAIRS}
    assert manual.elevator_codes == (3, 5)


def test_cancel_stops_service_areas_and_hotspots():
    from digital_twin.plugin.errors import Cancelled
    from digital_twin.plugin.progress import Progress

    net = ladder("2018")
    pressed = Progress(is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        analyses.service_areas(net, [PROFILES["stroller"]], PASSABLE, [analyses.Facility("a", lonlat(net, "N1"))],
                               100.0, progress=pressed)
    with pytest.raises(Cancelled):
        analyses.barrier_hotspots(net, PROFILES["stroller"], PASSABLE, samples=8, progress=pressed)


def test_facilities_stand_on_their_node_or_floor():
    net = ladder("2018")
    n5, n6 = net.node_ids.index("N5"), net.node_ids.index("N6")
    # N6 (floor 1) is 18 m east of N5: a point on N6 with the node id or floor given snaps there, exactly.
    assert analyses.snap(net, lonlat(net, "N6"), "test", node_id="N6")[0] == n6
    assert analyses.snap(net, lonlat(net, "N5"), "test", node_id="N6") == (n6, pytest.approx(18.1, abs=0.1))
    assert analyses.snap(net, lonlat(net, "N5"), "test", floor=1)[0] == n5  # nearest first, floor breaks ties
