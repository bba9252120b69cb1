"""Barrier-free algorithms through processing.run (GeoJSON, CSV with lat/lon, Shapefile inputs; GeoPackage outputs)
and one qgis_process run."""

import json
import math
import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data" / "barrierfree"
LINKS_2018 = str(DATA / "ladder_2018_links.geojson")
NODES_2018 = str(DATA / "ladder_2018_nodes.geojson")
N1, N2, N9 = "139.7000,35.6800 [EPSG:6668]", "139.7002,35.6800 [EPSG:6668]", "139.7016,35.6800 [EPSG:6668]"
MANUAL, STROLLER, VISUALLY_IMPAIRED = 0, 2, 4
PASSABLE, BARRIER = 0, 1


@pytest.fixture
def processing(qgis_app, qgis_processing, digitaltwin_provider):
    import processing

    return processing


def layer(path, name):
    from qgis.core import QgsVectorLayer

    loaded = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert loaded.isValid(), f"{path}|{name}"
    return loaded


def rows(path, name):
    return [{field.name(): feature[field.name()] for field in feature.fields()}
            for feature in layer(path, name).getFeatures()]


def write_geojson(path, features, crs="EPSG:6668"):
    collection = {"type": "FeatureCollection", "features": features,
                  "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:{crs.replace(':', '::')}"}}}
    path.write_text(json.dumps(collection), encoding="utf-8")
    return str(path)


def point(lon, lat, **properties):
    return {"type": "Feature", "properties": properties, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def test_route_through_processing(processing, tmp_path):
    from qgis.core import Qgis

    output = tmp_path / "route.gpkg"
    result = processing.run("digitaltwin:barrierfreeroute", {
        "LINKS": LINKS_2018, "NODES": NODES_2018, "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL,
        "UNKNOWN_POLICY": PASSABLE, "OUTPUT": str(output)})
    assert result["LENGTH_M"] == 198.0 and result["PLAIN_LENGTH_M"] == 95.0 and result["REACHABLE"]
    assert result["TIME_MIN"] == pytest.approx(3.3)
    assert result["BARRIER_COUNT"] == 6
    route = layer(output, "route")
    assert route.wkbType() == Qgis.WkbType.LineStringZ and route.crs().authid() == "EPSG:6668"
    feature = next(route.getFeatures())
    assert feature["length_m"] == 198.0 and feature["unknown_policy"] == "passable"
    assert feature["unknown_links_used"] == 1
    assert feature.geometry().constGet().endPoint().z() == 3.5  # floor 1 x 3.5 m
    barriers = {row["link_id"]: row["reasons"] for row in rows(output, "barriers")}
    assert barriers["S1"] == "stairs" and barriers["S5"] == "elevator code 2 (usable: 3, 5)"
    assert rows(output, "plain_route")[0]["length_m"] == 95.0


def test_outputs_load_with_their_2d_and_3d_styles(processing, tmp_path):
    from qgis._3d import Qgs3D

    from digital_twin.plugin.qgis_results import apply_style

    Qgs3D.initialize()  # QGIS desktop has done this: the 3D renderer types are known to the style loader

    output = tmp_path / "route.gpkg"
    processing.run("digitaltwin:barrierfreeroute", {
        "LINKS": LINKS_2018, "NODES": NODES_2018, "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL,
        "OUTPUT": str(output)})
    for name, color in (("route", "#1f5fbf"), ("barriers", "#d7191c")):
        loaded = layer(output, name)
        apply_style(loaded, f"barrierfree_{name}")
        assert loaded.renderer().symbol().color().name() == color
        assert loaded.renderer3D() is not None  # 3D lines at the floors' heights, next to the buildings
    barriers = layer(output, "barriers")
    apply_style(barriers, "barrierfree_barriers")
    assert barriers.labelsEnabled()


def test_route_refuses_to_overwrite_and_reads_csv_and_shapefile(processing, tmp_path):
    from qgis.core import QgsProcessingException

    output = tmp_path / "route.gpkg"
    params = {"LINKS": str(DATA / "ladder_2018_links.csv"), "NODES": str(DATA / "ladder_2018_nodes.csv"),
              "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL, "UNKNOWN_POLICY": BARRIER, "OUTPUT": str(output)}
    assert processing.run("digitaltwin:barrierfreeroute", params)["LENGTH_M"] == 218.0
    with pytest.raises(QgsProcessingException, match="exists already"):
        processing.run("digitaltwin:barrierfreeroute", params)
    assert processing.run("digitaltwin:barrierfreeroute", dict(params, OVERWRITE=True))["LENGTH_M"] == 218.0
    shapefiles = {}
    for kind, source in (("links", LINKS_2018), ("nodes", NODES_2018)):
        shapefiles[kind] = str(tmp_path / f"{kind}.shp")
        processing.run("native:savefeatures", {"INPUT": source, "OUTPUT": shapefiles[kind]})
    result = processing.run("digitaltwin:barrierfreeroute", dict(
        params, LINKS=shapefiles["links"], NODES=shapefiles["nodes"], OUTPUT=str(tmp_path / "shp_route.gpkg")))
    assert result["LENGTH_M"] == 218.0


def test_route_to_an_upper_floor(processing, tmp_path):
    def line(link_id, start, end, distance, **codes):
        return {"type": "Feature", "properties": dict(link_id=link_id, start_id=start, end_id=end, distance=distance,
                                                      width=4, vtcl_slope=1, lev_diff=1, direction=1, **codes),
                "geometry": {"type": "LineString", "coordinates": [[139.7, 35.68], [139.7002, 35.68]]}}

    nodes = write_geojson(tmp_path / "nodes.geojson", [point(139.7, 35.68, node_id="s", floor=0),
                                                       point(139.7002, 35.68, node_id="g", floor=0),
                                                       point(139.7002, 35.68, node_id="c", floor=2)])
    links = write_geojson(tmp_path / "links.geojson", [
        line("street", "s", "g", 18, route_type=1), line("lift", "g", "c", 9, route_type=4, elevator=3),
        line("stairs", "g", "c", 6, route_type=6)])
    params = {"LINKS": links, "NODES": nodes, "ORIGIN": "139.7,35.68 [EPSG:6668]",
              "DESTINATION": "139.7002,35.68 [EPSG:6668]", "PROFILE": MANUAL, "OUTPUT": str(tmp_path / "a.gpkg")}
    assert processing.run("digitaltwin:barrierfreeroute", params)["LENGTH_M"] == 18.0
    upstairs = processing.run("digitaltwin:barrierfreeroute", dict(params, DESTINATION_FLOOR=2,
                                                                   OUTPUT=str(tmp_path / "b.gpkg")))
    assert (upstairs["LENGTH_M"], upstairs["PLAIN_LENGTH_M"], upstairs["BARRIER_COUNT"]) == (27.0, 24.0, 1)


def test_route_on_osm_footways_without_a_node_layer(processing, tmp_path):
    def way(way_id, start, end, **tags):
        return {"type": "Feature", "properties": {"id": way_id, "highway": "footway", **tags},
                "geometry": {"type": "LineString", "coordinates": [start, end]}}

    west, east, bend = [139.7000, 35.68], [139.7001, 35.68], [139.70005, 35.68005]  # the ramps bend 5.5 m north
    footways = write_geojson(tmp_path / "footways.geojson", [
        way("steps", west, east, highway="steps"),
        way("ramp1", west, bend, incline="4%", width="1.5"),
        way("ramp2", bend, east, incline="-3%", width="1.2")])
    result = processing.run("digitaltwin:barrierfreeroute", {
        "LINKS": footways, "ORIGIN": "139.7,35.68 [EPSG:6668]", "DESTINATION": "139.7001,35.68 [EPSG:6668]",
        "PROFILE": MANUAL, "UNKNOWN_POLICY": BARRIER, "OUTPUT": str(tmp_path / "osm.gpkg")})
    assert result["REACHABLE"] and result["BARRIER_COUNT"] == 1
    assert result["PLAIN_LENGTH_M"] == pytest.approx(9.053, abs=0.002)  # 0.0001 deg of longitude at 35.68 N
    assert result["LENGTH_M"] == pytest.approx(2 * math.hypot(9.053 / 2, 5.548), abs=0.005)
    assert rows(tmp_path / "osm.gpkg", "route")[0]["links"] == "ramp1,ramp2"


def test_networks_are_reused_until_their_file_changes(qgis_app, tmp_path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorLayer

    from digital_twin.plugin.barrierfree import qgis_network

    for name in ("links", "nodes"):
        shutil.copy(DATA / f"ladder_2018_{name}.geojson", tmp_path / f"{name}.geojson")

    def load():
        links = QgsVectorLayer(str(tmp_path / "links.geojson"), "links", "ogr")
        nodes = QgsVectorLayer(str(tmp_path / "nodes.geojson"), "nodes", "ogr")
        return qgis_network.network_from_layers(links, nodes, "auto", QgsCoordinateTransformContext(),
                                                links_layer=links, nodes_layer=nodes)

    first = load()
    assert load() is first  # same files: the network (and its cached graphs) is reused
    text = (tmp_path / "links.geojson").read_text(encoding="utf-8").replace('"distance": 10,', '"distance": 11,')
    (tmp_path / "links.geojson").write_text(text, encoding="utf-8")
    changed = load()
    assert changed is not first and changed.link_length[changed.link_ids.index("S1")] == 11.0


def test_route_with_a_bad_profile_file_names_it(processing, tmp_path):
    from qgis.core import QgsProcessingException

    profiles_file = tmp_path / "mine.json"
    profiles_file.write_text('{"profiles": [{"id": "manual_wheelchair", "max_step_cm": 6, "max_slope_pct": 9, '
                             '"forbidden_route_types": [6]}]}', encoding="utf-8")
    params = {"LINKS": LINKS_2018, "NODES": NODES_2018, "ORIGIN": N1, "DESTINATION": N9, "PROFILE": MANUAL,
              "UNKNOWN_POLICY": PASSABLE, "PROFILES_FILE": str(profiles_file), "OUTPUT": str(tmp_path / "a.gpkg")}
    # the edited profile allows 6 cm steps, 9 % slopes, escalators, any width: only the stairs S1 remain
    assert processing.run("digitaltwin:barrierfreeroute", params)["LENGTH_M"] == 30 + 10 * 3 + 5 + 30 + 10 + 10
    with pytest.raises(QgsProcessingException, match="'stroller' is not in the"):
        processing.run("digitaltwin:barrierfreeroute", dict(params, PROFILE=STROLLER,
                                                             OUTPUT=str(tmp_path / "b.gpkg")))


def test_profiles_stored_in_the_project_are_used(qgis_app):
    from qgis.core import QgsProject

    from digital_twin.plugin.barrierfree import qgis_network
    from digital_twin.plugin.errors import InputError

    project = QgsProject()
    assert qgis_network.available_profiles(None, project)[1] == "shipped"
    qgis_network.store_profiles_in_project(project, '{"profiles": [{"id": "walker", "max_step_cm": 3}]}')
    stored, origin = qgis_network.available_profiles(None, project)
    assert origin == "project" and stored["walker"].max_step_cm == 3.0
    with pytest.raises(InputError):
        qgis_network.store_profiles_in_project(project, '{"profiles": []}')


def test_service_area_with_buildings_in_another_crs(processing, tmp_path):
    from qgis.core import Qgis

    facilities = write_geojson(tmp_path / "stations.geojson", [point(139.7000, 35.6800, name="Station A")])
    building_file = buildings_in_tokyo_plane(tmp_path)
    output = tmp_path / "areas.gpkg"
    result = processing.run("digitaltwin:barrierfreeservicearea", {
        "LINKS": LINKS_2018, "NODES": NODES_2018, "FACILITIES": facilities, "FACILITY_ID": "name",
        "PROFILE": [MANUAL, VISUALLY_IMPAIRED], "UNKNOWN_POLICY": PASSABLE, "BUDGET_TYPE": 0, "BUDGET": 40,
        "BUILDINGS": building_file, "POPULATION_FIELD": "population", "OUTPUT": str(output)})
    assert result["AREA_COUNT"] == 2
    areas = {row["profile"]: row for row in rows(output, "service_areas")}
    assert areas["manual_wheelchair"]["reachable_length_m"] == 40.0
    assert areas["manual_wheelchair"]["buildings"] == 1 and areas["manual_wheelchair"]["population"] == 12.0
    assert areas["manual_wheelchair"]["facility"] == "Station A"
    assert areas["visually_impaired"]["reachable_length_m"] == 140.0
    assert layer(output, "service_areas").wkbType() == Qgis.WkbType.MultiPolygon
    links = [row for row in rows(output, "reachable_links") if row["profile"] == "manual_wheelchair"]
    assert sorted((row["link_id"], row["reached_m"], row["whole_link"]) for row in links) == [
        ("S1a", 15.0, 1), ("S1b", 15.0, 1), ("S2a", 10.0, 0)]


def buildings_in_tokyo_plane(tmp_path):
    """Two 4 m buildings in EPSG:6677 (Tokyo plane rectangular IX): one beside N2 (reached in 40 m by a
    wheelchair), one beside N9 (not); 12 and 40 residents."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_plane = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:6668"),
                                      QgsCoordinateReferenceSystem("EPSG:6677"), QgsProject.instance())
    buildings = []
    for lon, lat, people in ((139.7002, 35.68005, 12), (139.7016, 35.68005, 40)):
        plane = to_plane.transform(QgsPointXY(lon, lat))
        x, y = plane.x(), plane.y()
        ring = [[x - 2, y - 2], [x + 2, y - 2], [x + 2, y + 2], [x - 2, y + 2], [x - 2, y - 2]]
        buildings.append({"type": "Feature", "properties": {"population": people},
                          "geometry": {"type": "Polygon", "coordinates": [ring]}})
    return write_geojson(tmp_path / "buildings.geojson", buildings, crs="EPSG:6677")


def test_hotspots_and_import(processing, tmp_path):
    facilities = write_geojson(tmp_path / "stations.geojson", [point(139.7000, 35.6800)])
    output = tmp_path / "hotspots.gpkg"
    result = processing.run("digitaltwin:barrierfreehotspots", {
        "LINKS": LINKS_2018, "NODES": NODES_2018, "PROFILE": MANUAL, "UNKNOWN_POLICY": PASSABLE,
        "FACILITIES": facilities, "SAMPLES": 16, "OUTPUT": str(output)})
    ranked = rows(output, "hotspots")
    assert result["HOTSPOT_COUNT"] == len(ranked) > 0
    assert ranked[0]["rank"] == 1 and ranked[0]["link_id"] == "S1" and ranked[0]["reasons"] == "stairs"
    assert [row["score"] for row in ranked] == sorted((row["score"] for row in ranked), reverse=True)

    network_file, report = tmp_path / "network.gpkg", tmp_path / "report.csv"
    result = processing.run("digitaltwin:barrierfreeimport", {
        "LINKS": str(DATA / "ladder_2024_links.geojson"), "NODES": str(DATA / "ladder_2024_nodes.geojson"),
        "OUTPUT": str(network_file), "REPORT": str(report)})
    assert (result["CODE_SET_FOUND"], result["NODE_COUNT"], result["LINK_COUNT"], result["ISSUE_COUNT"]) == \
        ("2024", 18, 26, 0)
    access = {row["link_id"]: row for row in rows(network_file, "links")}
    assert (access["S2"]["step"], access["S4"]["width"], access["S7"]["step"]) == ("2-5 cm", "<1 m", "unknown")
    assert (access["S2"]["access_manual_wheelchair"], access["S2"]["access_electric_wheelchair"]) == \
        ("closed", "open")
    assert access["S7"]["access_manual_wheelchair"] == "unknown"
    assert access["S5e"]["access_manual_wheelchair"] == "open"  # narrow door, wheelchair elevator
    assert "code set 2024" in report.read_text(encoding="utf-8-sig")


def test_import_reports_a_broken_network(processing, tmp_path):
    shutil.copy(DATA / "ladder_2018_links.csv", tmp_path / "links.csv")
    nodes = (DATA / "ladder_2018_nodes.csv").read_text(encoding="utf-8").splitlines()
    (tmp_path / "nodes.csv").write_text("\n".join(line for line in nodes if not line.startswith("B3,")) + "\n",
                                        encoding="utf-8")
    result = processing.run("digitaltwin:barrierfreeimport", {
        "LINKS": str(tmp_path / "links.csv"), "NODES": str(tmp_path / "nodes.csv"),
        "OUTPUT": str(tmp_path / "network.gpkg")})
    issues = rows(tmp_path / "network.gpkg", "issues")
    assert result["ISSUE_COUNT"] == 2 and result["LINK_COUNT"] == 21
    assert {(row["kind"], row["feature"]) for row in issues} == {("dangling link", "link S3a"),
                                                                 ("dangling link", "link S3b")}


@pytest.mark.qgis_process
def test_route_through_qgis_process(qgis_process_env, tmp_path):
    import headless

    output = tmp_path / "route.gpkg"
    answer = headless.run_algorithm("digitaltwin:barrierfreeroute", {
        "LINKS": LINKS_2018, "NODES": NODES_2018, "ORIGIN": N1, "DESTINATION": N9, "PROFILE": STROLLER,
        "UNKNOWN_POLICY": BARRIER, "OUTPUT": str(output)}, qgis_process_env, timeout=300)
    assert answer["results"]["LENGTH_M"] == 195.0
    assert answer["results"]["PLAIN_LENGTH_M"] == 95.0
    assert output.is_file()


@pytest.mark.qgis_process
def test_service_area_with_buildings_through_qgis_process(qgis_app, qgis_process_env, tmp_path):
    import headless

    facilities = write_geojson(tmp_path / "stations.geojson", [point(139.7000, 35.6800, name="Station A")])
    output = tmp_path / "areas.gpkg"
    answer = headless.run_algorithm("digitaltwin:barrierfreeservicearea", {
        "LINKS": LINKS_2018, "NODES": NODES_2018, "FACILITIES": facilities, "PROFILE": MANUAL,
        "UNKNOWN_POLICY": PASSABLE, "BUDGET": 40, "BUILDINGS": buildings_in_tokyo_plane(tmp_path),
        "OUTPUT": str(output)}, qgis_process_env, timeout=300)
    assert answer["results"]["AREA_COUNT"] == 1
    assert rows(output, "service_areas")[0]["buildings"] == 1
