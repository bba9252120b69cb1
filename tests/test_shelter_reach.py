"""Residents of exposed buildings to the nearest suitable shelter: a case computed by hand."""

import math

import numpy as np
import pytest
from test_flood_algorithms import vector_layer  # memory layers in EPSG:6677

from digital_twin.plugin.errors import InputError
from digital_twin.plugin.shelters.gsi import Hazard
from digital_twin.plugin.shelters.reach import NO_SHELTER, assign_residents, designation

# Shelters on the x axis: A at 0 (suits floods, holds 10), B at 1000 (not for floods), C at 2000 (no capacity known).
SHELTERS = [(0.0, 0.0), (1000.0, 0.0), (2000.0, 0.0)]
SUITABLE = [True, False, True]
CAPACITY = [10.0, 500.0, np.nan]
# Buildings: 0 at (300, 400): 500 m from A; 1 at (900, 0): 900 m from A, 1100 m from C (B is nearer but unsuitable);
# 2 at (1800, 0): 200 m from C; 3 at (5000, 0): 3000 m from C, beyond an 800 m budget; 4 dry, next to A.
BUILDINGS = [(300.0, 400.0), (900.0, 0.0), (1800.0, 0.0), (5000.0, 0.0), (10.0, 0.0)]
RESIDENTS = [6.0, 8.0, 5.0, 4.0, 100.0]
EXPOSED = [True, True, True, True, False]


def test_hand_computed_loads_and_unreached_residents():
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, shelter_xy=SHELTERS, suitable=SUITABLE, capacity=CAPACITY,
                             budget_m=1000.0)
    assert list(reach.shelter) == [0, 0, 2, NO_SHELTER, NO_SHELTER]
    assert reach.distance_m[:4] == pytest.approx([500.0, 900.0, 200.0, 3000.0]) and np.isnan(reach.distance_m[4])
    assert list(reach.load_persons) == [14.0, 0.0, 5.0]  # A: 6 + 8, over its 10 by 4; the dry 100 go nowhere
    assert reach.excess_persons[:2] == pytest.approx([4.0, 0.0]) and np.isnan(reach.excess_persons[2])
    assert list(reach.unreached) == [False, False, False, True, False]
    assert (reach.unreached_persons, reach.reached_persons) == (4.0, 19.0)


def test_a_tighter_budget_leaves_more_unreached():
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, shelter_xy=SHELTERS, suitable=SUITABLE, capacity=CAPACITY,
                             budget_m=800.0)
    assert list(reach.shelter) == [0, NO_SHELTER, 2, NO_SHELTER, NO_SHELTER]  # building 1 is 900 m away
    assert (reach.unreached_persons, list(reach.load_persons)) == (12.0, [6.0, 0.0, 5.0])


def test_route_distances_replace_straight_lines():
    """A step-free network: building 0 has no route to A (inf), 2500 m to C; the others as the crow flies."""
    straight = np.hypot(*(np.array(BUILDINGS)[:, None, :] - np.array(SHELTERS)[None, :, :]).transpose(2, 0, 1))
    routes = straight.copy()
    routes[0, 0], routes[0, 2] = np.inf, 2500.0
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, shelter_xy=SHELTERS, suitable=SUITABLE, capacity=CAPACITY,
                             budget_m=3000.0,
                             distances_m=routes)
    assert list(reach.shelter[:4]) == [2, 0, 2, 2] and reach.distance_m[0] == 2500.0
    assert list(reach.load_persons) == [8.0, 0.0, 15.0] and reach.unreached_persons == 0.0


def test_no_suitable_shelter_leaves_everyone_unreached():
    reach = assign_residents(BUILDINGS, RESIDENTS, EXPOSED, shelter_xy=SHELTERS, suitable=[False] * 3, budget_m=1000.0)
    assert reach.unreached_persons == 23.0 and not reach.load_persons.any()


def test_designations_and_bad_input():
    assert designation("high_tide") is Hazard.STORM_SURGE and designation("landslide") is Hazard.SEDIMENT
    with pytest.raises(InputError, match="no shelter designation"):
        designation("meteor")
    with pytest.raises(InputError, match="budget must be positive"):
        assign_residents(BUILDINGS, RESIDENTS, EXPOSED, shelter_xy=SHELTERS, suitable=SUITABLE, budget_m=0)
    with pytest.raises(InputError, match="distance matrix"):
        assign_residents(BUILDINGS, RESIDENTS, EXPOSED, shelter_xy=SHELTERS, suitable=SUITABLE, budget_m=1,
                         distances_m=np.ones((2, 2)))


def square(x, y, half=5.0):
    return f"POLYGON(({x - half} {y - half},{x + half} {y - half},{x + half} {y + half},{x - half} {y + half},"\
           f"{x - half} {y - half}))"


def test_processing_run_on_the_hand_computed_case(digitaltwin_provider):
    """The same case through digitaltwin:shelterreach: buildings as 10 m squares centred on the points above, one
    of them exposed to another hazard only (so not counted), shelters as points with suitability and capacity."""
    import processing

    hazards = ["river_flood"] * 4 + ["river_flood"]
    rows = [(square(x, y), [f"b{i}", 1 if exposed else 0, residents, hazard])
            for i, ((x, y), residents, exposed, hazard) in enumerate(zip(BUILDINGS, RESIDENTS, EXPOSED, hazards,
                                                                               strict=True))]
    rows.append((square(20.0, 0.0), ["tsunami only", 2, 50.0, "tsunami"]))
    buildings = vector_layer("Polygon", ["name:string", "flood_rank:integer", "residents:double", "hazard:string"],
                             rows)
    shelters = vector_layer("Point", ["name:string", "flood:string", "capacity:double"], [
        (f"POINT({x} {y})", [name, "1" if suits else "", capacity])
        for (x, y), name, suits, capacity in zip(SHELTERS, "ABC", SUITABLE, CAPACITY, strict=True)])
    result = processing.run("digitaltwin:shelterreach", {
        "BUILDINGS": buildings, "HAZARD": 0, "SHELTERS": shelters, "SHELTER_NAME_FIELD": "name",
        "SUITABLE_FIELD": "flood", "CAPACITY_FIELD": "capacity", "BUDGET_M": 1000.0,
        "OUTPUT": "TEMPORARY_OUTPUT", "SHELTER_OUTPUT": "TEMPORARY_OUTPUT"})
    assert (result["REACHED_PERSONS"], result["UNREACHED_PERSONS"]) == (19.0, 4.0)
    out = {f["name"]: f for f in result["OUTPUT"].getFeatures()}
    assert [out[f"b{i}"]["shelter"] for i in range(3)] == ["A", "A", "C"]
    assert out["b3"]["unreached"] == 1 and out["b3"]["shelter_distance_m"] == pytest.approx(3000.0)
    assert out["tsunami only"]["unreached"] == 0 and not out["tsunami only"]["shelter"]
    load = {f["shelter"]: (f["load_persons"], f["excess_persons"]) for f in result["SHELTER_OUTPUT"].getFeatures()}
    assert load["A"] == (14.0, 4.0) and load["B"][0] == 0.0 and load["C"][0] == 5.0


GSI_HEADER = ("NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫,火山現象,"
              "指定避難所との住所同一,緯度,経度,備考")


def test_processing_run_with_a_gsi_csv(digitaltwin_provider, tmp_path):
    """Two GSI sites 0.001° of latitude (111 m) north and south of a flooded building: the northern one is for
    tsunami only, so the residents walk to the southern flood site."""
    import processing
    from pyproj import Transformer

    csv_path = tmp_path / "mergeFromCity_13.csv"
    csv_path.write_bytes("\r\n".join([
        GSI_HEADER,
        "1,131110001,北小学校,大田区,,,,1,1,,,,1,35.5630,139.7160,",
        "2,131110002,南公園,大田区,1,,,1,,,1,,,35.5610,139.7160,",
    ]).encode("cp932"))
    x, y = Transformer.from_crs("EPSG:6668", "EPSG:6677", always_xy=True).transform(139.7160, 35.5620)
    buildings = vector_layer("Polygon", ["name:string", "flood_rank:integer", "residents:double"],
                             [(square(x, y), ["home", 2, 3.0])])
    result = processing.run("digitaltwin:shelterreach", {
        "BUILDINGS": buildings, "HAZARD": 0, "SHELTER_CSV": str(csv_path), "BUDGET_M": 500.0,
        "OUTPUT": "TEMPORARY_OUTPUT", "SHELTER_OUTPUT": "TEMPORARY_OUTPUT"})
    (home,) = list(result["OUTPUT"].getFeatures())
    assert home["shelter"] == "南公園" and home["shelter_distance_m"] == pytest.approx(111.0, abs=1.0)
    suits = {f["shelter"]: f["suitable"] for f in result["SHELTER_OUTPUT"].getFeatures()}
    assert suits == {"北小学校": 0, "南公園": 1} and result["REACHED_PERSONS"] == 3.0


def test_route_distances_on_the_barrier_free_ladder():
    """The MLIT 2018 ladder of the barrier-free tests: N1 -> N9 is 95 m for anyone, 198 m step-free for a manual
    wheelchair (tests/test_barrierfree_engine.py). A building at N1, shelters at N9 and 5 km away (off the network)."""
    from test_barrierfree_engine import ladder, lonlat

    from digital_twin.plugin.barrierfree import profiles
    from digital_twin.plugin.shelters.reach import route_distances

    net = ladder("2018")
    start, goal = lonlat(net, "N1"), lonlat(net, "N9")
    far = (goal[0] + 0.05, goal[1])
    wheelchair = profiles.load_profiles()["manual_wheelchair"]
    routes = route_distances(net, wheelchair, profiles.UNKNOWN_PASSABLE, building_lonlat=[start],
                             shelter_lonlat=[goal, far])
    assert routes[0, 0] == pytest.approx(198.0, abs=0.01) and routes[0, 1] == np.inf
    plain = route_distances(net, profiles.PLAIN, profiles.UNKNOWN_PASSABLE, building_lonlat=[start],
                            shelter_lonlat=[goal])
    assert plain[0, 0] == pytest.approx(95.0, abs=0.01)
    reach = assign_residents([(0.0, 0.0)], [3.0], [True], shelter_xy=[(0.0, 0.0), (9.0, 9.0)], suitable=[True, True],
                             budget_m=150.0,
                             distances_m=routes)
    assert reach.unreached_persons == 3.0  # 198 m of step-free route is beyond a 150 m budget


def test_processing_run_along_a_step_free_network(digitaltwin_provider):
    """The 2018 ladder as the pedestrian network: the building at N1, shelter A at N9 (198 m step-free for a manual
    wheelchair), so a 150 m budget reaches A in a straight line but not by wheelchair."""
    import processing
    from pyproj import Transformer
    from qgis.core import QgsVectorLayer
    from test_barrierfree_engine import DATA, ladder, lonlat

    net = ladder("2018")
    to_metres = Transformer.from_crs("EPSG:6668", "EPSG:6677", always_xy=True)
    (bx, by), (sx, sy) = (to_metres.transform(*lonlat(net, node)) for node in ("N1", "N9"))
    buildings = vector_layer("Polygon", ["name:string", "flood_rank:integer", "residents:double"],
                             [(square(bx, by, 1.0), ["home", 1, 2.0]),
                              ("", ["no shape", 1, 3.0]),  # without geometry: not assessed (it crashed routing)
                              (square(bx, by, 1.0), ["dry", 0, 4.0])])  # not exposed: never routed
    shelters = vector_layer("Point", ["name:string"], [(f"POINT({sx} {sy})", ["A"])])
    links = QgsVectorLayer(str(DATA / "ladder_2018_links.geojson"), "links", "ogr")
    nodes = QgsVectorLayer(str(DATA / "ladder_2018_nodes.geojson"), "nodes", "ogr")
    common = {"BUILDINGS": buildings, "HAZARD": 0, "SHELTERS": shelters, "SHELTER_NAME_FIELD": "name",
              "BUDGET_M": 150.0, "LINKS": links, "NODES": nodes, "UNKNOWN_POLICY": 0,
              "OUTPUT": "TEMPORARY_OUTPUT", "SHELTER_OUTPUT": "TEMPORARY_OUTPUT"}
    wheelchair = processing.run("digitaltwin:shelterreach", {**common, "PROFILE_ID": "manual_wheelchair"})
    out = {feature["name"]: feature for feature in wheelchair["OUTPUT"].getFeatures()}
    home = out["home"]
    assert home["shelter_distance_m"] == pytest.approx(198.0, abs=0.5) and home["unreached"] == 1
    assert out["no shape"]["unreached"] == 0 and not out["no shape"]["shelter"]
    assert out["dry"]["unreached"] == 0 and not out["dry"]["shelter"]
    straight = {key: value for key, value in common.items() if key not in ("LINKS", "NODES")}
    home = next(feature for feature in processing.run("digitaltwin:shelterreach", straight)["OUTPUT"].getFeatures()
                if feature["name"] == "home")
    crow_flies_m = math.hypot(sx - bx, sy - by)
    assert home["shelter_distance_m"] == pytest.approx(crow_flies_m, abs=0.01) and crow_flies_m < 150.0
    assert home["shelter"] == "A" and home["unreached"] == 0


def test_the_sample_district_evacuation_sites_read_as_gsi_data():
    from pathlib import Path

    from digital_twin.plugin.shelters.gsi import read_gsi_csv

    path = Path(__file__).resolve().parents[1] / "resources" / "sample_district" / "shelters" / "evacuation_sites.csv"
    sites = read_gsi_csv(path)
    assert [site.name for site in sites] == ["区立川辺小学校", "川辺コミュニティセンター", "川辺中央公園"]
    assert [site.suits(Hazard.FLOOD) for site in sites] == [True, True, False]
    assert [site.suits(Hazard.INLAND_FLOOD) for site in sites] == [True, True, False]
    assert all(35.7 < site.latitude < 35.75 and 139.8 < site.longitude < 139.83 for site in sites)
    assert path.read_bytes().startswith("NO,共通ID".encode("cp932"))  # Shift_JIS, as GSI publishes it


def test_the_sample_district_inland_flood_areas_load_as_inland_flood(tmp_path):
    """udx/ifld: the loader reads them as inland_flood water bodies, values as in the XML (read here with lxml)."""
    from pathlib import Path

    from lxml import etree
    from osgeo import ogr

    from digital_twin.plugin.citygml.loader import load_citygml

    (source,) = (Path(__file__).resolve().parents[1] / "resources" / "sample_district" / "udx" / "ifld").rglob("*.gml")
    expected = {body.get("{http://www.opengis.net/gml}id"): (int(body.findtext(".//{*}rank")),
                                                             float(body.findtext(".//{*}depth")))
                for body in etree.parse(str(source)).iter("{http://www.opengis.net/citygml/waterbody/2.0}WaterBody")}
    assert len(expected) > 100 and all(0.1 <= depth < 0.5 and rank == 1 for rank, depth in expected.values())
    output = tmp_path / "ifld.gpkg"
    load_citygml(source, output, feature_types=None)
    dataset = ogr.Open(str(output))  # kept: its layers die with it
    rows = {f.GetField("gml_id"): {key: f.GetField(key) for key in f.keys()}
            for f in dataset.GetLayerByName("waterbody_lod1")}
    assert {gml_id: (row["flood_rank"], row["flood_depth"]) for gml_id, row in rows.items()} == expected
    assert {(row["hazard"], row["function"], row["flood_river"]) for row in rows.values()} == {
        ("inland_flood", "内水浸水想定区域", "墨田区内水浸水想定区域（サンプル）")}
