"""Barrier-free service areas of every shelter as a batch on a REAL dask cluster (the scheduler and two workers of
test_batch.py): each shelter's area equals the single-process engine call and digitaltwin:barrierfreeservicearea,
a hand-computed network reaches what it should, a cancelled run resumes skipping finished groups, and bad shelter
files are named."""

import json
import math

import pytest
import test_batch

from digital_twin.plugin.barrierfree import analyses
from digital_twin.plugin.barrierfree import network as networks
from digital_twin.plugin.barrierfree import profiles as profile_rules
from digital_twin.plugin.batch import servicearea
from digital_twin.plugin.batch.runner import work_paths
from digital_twin.plugin.errors import Cancelled, InputError

cluster, district = test_batch.cluster, test_batch.district  # the real scheduler + 2 workers, the scaled district
JGD2011 = 6668
BUDGET_M = 600.0


def network_paths(folder):
    return folder / "network" / "pedestrian_links.geojson", folder / "network" / "pedestrian_nodes.geojson"


def write_points(path, points, *, fields=("shelter_id", "name", "suitable")):
    """A point GeoPackage in EPSG:6668: points are (lon, lat, values...)."""
    from osgeo import ogr, osr

    ogr.UseExceptions()
    crs = osr.SpatialReference()
    crs.ImportFromEPSG(JGD2011)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("shelters", crs, ogr.wkbPoint)
    for name in fields:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for lon, lat, *values in points:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in zip(fields, values, strict=True):
            feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({lon!r} {lat!r})"))
        layer.CreateFeature(feature)
    dataset = None
    return path


@pytest.fixture(scope="module")
def shelter_points(district, tmp_path_factory):
    """14 shelters a little off every 25th node of the district's network; every other one suits the hazard."""
    folder, _ = district
    network = networks.load_network(*network_paths(folder))
    points = [(float(lon) + 1e-4, float(lat) + 5e-5, f"S{number:02d}", f"避難所{number}", str(number % 2))
              for number, (lon, lat) in enumerate(network.node_lonlat[::25][:14], start=1)]
    return write_points(tmp_path_factory.mktemp("shelters") / "shelters.gpkg", points)


def rows(path, layer):
    """[(geometry ISO WKB, field values...)] of a layer in fid order."""
    from osgeo import ogr

    dataset = ogr.Open(str(path))
    found = []
    for feature in sorted(dataset.GetLayerByName(layer), key=lambda f: f.GetFID()):
        geometry = feature.GetGeometryRef()
        found.append((bytes(geometry.ExportToIsoWkb()) if geometry else None,
                      *[feature.GetField(i) for i in range(feature.GetFieldCount())]))
    return found


def reference(folder, shelters_path, profile_id, policy, budget_m, **read):
    """The single-process engine call on every shelter at once, written the way the batch writes a group."""
    network = networks.load_network(*network_paths(folder))
    shelters = servicearea.read_shelters(shelters_path, **read)
    profile = profile_rules.load_profiles()[profile_id]
    return shelters, analyses.service_areas(network, [profile], policy, [servicearea.facility(s) for s in shelters],
                                            budget_m, buffer_m=servicearea.DEFAULT_BUFFER_M)


def test_batch_equals_the_single_process_run_of_each_shelter(district, shelter_points, cluster, tmp_path):
    folder, _ = district
    links, nodes = network_paths(folder)
    output = tmp_path / "areas.gpkg"
    result = servicearea.run_service_areas(links, shelter_points, output, nodes_path=nodes, budget_m=BUDGET_M,
                                           id_field="shelter_id", name_field="name", group_size=4,
                                           unknown_policy="passable", scheduler=cluster.address)
    assert (result.shelters, result.groups, result.skipped, result.failed) == (14, 4, 0, [])
    assert 1 <= result.network_loads <= 2  # once per worker, not once per group
    manifest = json.loads(work_paths(output)[1].read_text(encoding="utf-8"))
    assert {record["worker"] for record in manifest["tiles"].values()} == set(cluster.workers.values())
    assert not work_paths(output)[0].exists()

    shelters, expected = reference(folder, shelter_points, servicearea.DEFAULT_PROFILE, "passable", BUDGET_M,
                                   id_field="shelter_id", name_field="name")
    got = rows(output, servicearea.AREAS)
    assert [row[1:3] for row in got] == [(s.shelter_id, s.name) for s in shelters]
    assert [row[6] for row in got] == [area.reachable_length_m for area in expected]  # exact, not approximate
    lengths = sorted(area.reachable_length_m for area in expected)
    assert lengths[0] < lengths[-1] and lengths[-1] > 1000  # shelters differ, and reach far
    single = tmp_path / "single.gpkg"  # the same rows, written in one go
    servicearea.write_areas(single, shelters, expected, "passable")
    assert got == rows(single, servicearea.AREAS)
    assert rows(output, servicearea.LINKS) == rows(single, servicearea.LINKS)
    assert result.reachable_length_m == pytest.approx(sum(lengths))


# ------------------------------------------------------------------------------------------- a network by hand

METRES_PER_DEGREE_LON = 111_320.0 * math.cos(math.radians(35.7))  # rough: the test reads the real link lengths


def footway(link_id, start, end, **tags):
    lon0, lat = 139.8, 35.7
    return {"type": "Feature", "properties": {"id": link_id, "highway": "footway", "width": "2", **tags},
            "geometry": {"type": "LineString", "coordinates": [[lon0 + start / METRES_PER_DEGREE_LON, lat],
                                                               [lon0 + end / METRES_PER_DEGREE_LON, lat]]}}


@pytest.fixture(scope="module")
def hand_network(tmp_path_factory):
    """A - B - C - D along a street, ~100 m apart, and stairs B - E up to a terrace (E 60 m east of B and ~44 m
    north). Shelters at A, D and E. Returns (links file, shelters file, {link id: length m})."""
    folder = tmp_path_factory.mktemp("hand")
    features = [footway("AB", 0, 100), footway("BC", 100, 200), footway("CD", 200, 300),
                footway("BE", 100, 160, highway="steps")]
    features[3]["geometry"]["coordinates"][1][1] += 0.0004  # E lies off the street
    links = folder / "links.geojson"
    links.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    network = networks.load_network(links)
    lon = {name: 139.8 + metres / METRES_PER_DEGREE_LON for name, metres in (("A", 0), ("D", 300))}
    shelters = write_points(folder / "shelters.gpkg", [
        (lon["A"], 35.7, "A", "at A", "1"), (lon["D"], 35.7, "D", "at D", "1"),
        tuple(features[3]["geometry"]["coordinates"][1]) + ("E", "at E", "1")])
    return links, shelters, dict(zip(network.link_ids, network.link_length.tolist(), strict=True))


def test_hand_network_reaches_what_the_budget_allows(hand_network, cluster, tmp_path):
    """Through the command line. From A with 250 m: A-B and B-C whole, C-D cut at 250 - AB - BC, never the stairs.
    From D: the mirror. From E: nothing (stairs only), an empty row."""
    import subprocess
    import sys

    links, shelters, length = hand_network
    output = tmp_path / "areas.gpkg"
    done = subprocess.run([sys.executable, "-m", "digital_twin", "servicearea", str(links), str(shelters), str(output),
                           "--budget-m", "250", "--unknown", "passable", "--id-field", "shelter_id", "--name-field",
                           "name", "--group-size", "2", "--scheduler", cluster.address], env=cluster.env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "[" + "#" * 30 + "] 2/2 shelter groups" in done.stderr  # the progress bar, full at the end
    assert "3 shelters in 2 groups (0 from an earlier run), 0.5 km of links reached" in done.stderr
    areas = {row[1]: row for row in rows(output, servicearea.AREAS)}
    assert areas["A"][6] == pytest.approx(250.0) and areas["D"][6] == pytest.approx(250.0)
    assert areas["E"][6] == 0.0 and areas["E"][0] is None  # behind stairs: no area, but a row that says so
    reached = {(row[1], row[3]): (row[4], row[5]) for row in rows(output, servicearea.LINKS)}
    assert reached == {
        ("A", "AB"): (pytest.approx(length["AB"]), 1), ("A", "BC"): (pytest.approx(length["BC"]), 1),
        ("A", "CD"): (pytest.approx(250.0 - length["AB"] - length["BC"]), 0),
        ("D", "CD"): (pytest.approx(length["CD"]), 1), ("D", "BC"): (pytest.approx(length["BC"]), 1),
        ("D", "AB"): (pytest.approx(250.0 - length["CD"] - length["BC"]), 0)}
    assert 95 < length["AB"] < 105 and 95 < length["CD"] < 105  # the geometry is what the sketch says


def test_failed_group_is_retried_then_named_and_the_others_finish(hand_network, cluster, tmp_path):
    """A folder where group 2's GeoPackage must go: its task fails on every try; the error names the group and its
    shelter, the other groups are done and kept, and once the obstacle is gone a rerun does only that group."""
    from digital_twin.plugin.errors import DigitalTwinError

    links, shelters, _ = hand_network
    output = tmp_path / "areas.gpkg"
    tiles, manifest_path = work_paths(output)
    (tiles / "shelters-0002-0002.gpkg").mkdir(parents=True)
    options = dict(budget_m=250.0, unknown_policy="passable", id_field="shelter_id", group_size=1, retries=1,
                   scheduler=cluster.address)
    with pytest.raises(DigitalTwinError, match=r"1 of 3 shelter groups failed: shelters-0002-0002 \(D\); see "):
        servicearea.run_service_areas(links, shelters, output, **options)
    records = json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"]
    assert records["shelters-0002-0002"]["status"] == "failed" and "shelters-0002-0002.gpkg" in \
        records["shelters-0002-0002"]["error"]
    assert [records[name]["status"] for name in ("shelters-0001-0001", "shelters-0003-0003")] == ["done", "done"]
    assert not output.exists()
    (tiles / "shelters-0002-0002.gpkg").rmdir()
    result = servicearea.run_service_areas(links, shelters, output, **options)
    assert (result.skipped, result.failed) == (2, [])
    assert [row[1] for row in rows(output, servicearea.AREAS)] == ["A", "D", "E"]


# ------------------------------------------------------------------------------------------- resume, errors


def test_cancelled_run_resumes_skipping_finished_groups(district, shelter_points, cluster, tmp_path):
    from digital_twin.plugin.progress import Progress

    folder, _ = district
    links, nodes = network_paths(folder)
    output = tmp_path / "areas.gpkg"
    ended = []
    options = dict(nodes_path=nodes, budget_m=BUDGET_M, id_field="shelter_id", group_size=2,
                   scheduler=cluster.address)
    with pytest.raises(Cancelled):
        servicearea.run_service_areas(links, shelter_points, output, on_group=lambda name, *_: ended.append(name),
                                      progress=Progress(is_cancelled=lambda: bool(ended)), **options)
    manifest_path = work_paths(output)[1]
    before = json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"]
    done = {name: record for name, record in before.items() if record["status"] == "done"}
    assert ended[0] in done and len(done) < len(before) == 7 and not output.exists()
    result = servicearea.run_service_areas(links, shelter_points, output, **options)
    assert result.skipped == len(done) and result.groups == 7
    after = json.loads(manifest_path.read_text(encoding="utf-8"))["tiles"]
    assert all(after[name]["seconds"] == record["seconds"] for name, record in done.items())  # not run again
    fresh = tmp_path / "fresh.gpkg"
    servicearea.run_service_areas(links, shelter_points, fresh, **options)
    assert rows(output, servicearea.AREAS) == rows(fresh, servicearea.AREAS)
    # the finished output is never replaced without overwrite, and nothing is started
    with pytest.raises(InputError, match="exists already"):
        servicearea.run_service_areas(links, shelter_points, output, **options)
    # other parameters on the same output: the earlier manifest is not mixed in
    output.unlink()
    with pytest.raises(InputError, match="earlier run with other inputs or parameters"):
        servicearea.run_service_areas(links, shelter_points, output, **{**options, "budget_m": 100.0})


BAD_LATITUDE = "NO,共通ID,施設・場所名,住所,洪水,崖崩れ、土石流及び地滑り,高潮,地震,津波,大規模な火事,内水氾濫," \
    "火山現象,指定避難所との住所同一,緯度,経度,備考\n1,1,小学校,住所,1,,,1,,,,,,35.7,139.8,\n2,2,公園,住所,,,,1,,,,,,北緯35度,139.8,\n"


@pytest.mark.parametrize(("kind", "read", "message"), [
    ("csv_latitude", {}, r"bad\.csv, line 3, field '緯度': '北緯35度' is not a coordinate"),
    ("layer_field", {"id_field": "code"}, r"shelters\.gpkg, field 'code': the shelter layer has no field code"),
    ("layer_hazard", {"hazard": "river_flood"}, r"shelters\.gpkg, field 'suitable_field': a shelter layer needs"),
    ("csv_hazard", {"hazard": "tsunami"}, r"bad_ok\.csv: no shelter in the file suits the hazard"),
    ("far", {}, r"far\.gpkg, field 'shelter': the shelter F \(far away\) is \d+ m from the nearest network node"),
])
def test_bad_shelter_files_are_named_before_any_work(district, tmp_path, kind, read, message):
    folder, _ = district
    links, nodes = network_paths(folder)
    paths = {
        "csv_latitude": tmp_path / "bad.csv", "csv_hazard": tmp_path / "bad_ok.csv",
        "layer_field": tmp_path / "shelters.gpkg", "layer_hazard": tmp_path / "shelters.gpkg",
        "far": tmp_path / "far.gpkg"}
    paths["csv_latitude"].write_text(BAD_LATITUDE, encoding="utf-8")
    paths["csv_hazard"].write_text(BAD_LATITUDE.replace("北緯35度", "35.7"), encoding="utf-8")
    write_points(paths["layer_field"], [(139.8, 35.7, "1", "x", "1")])
    write_points(paths["far"], [(139.9, 35.8, "F", "far away", "1")])
    output = tmp_path / "areas.gpkg"
    with pytest.raises(InputError, match=message):  # no scheduler given: it fails before starting a cluster
        servicearea.run_service_areas(links, paths[kind], output, nodes_path=nodes, scheduler="tcp://192.0.2.1:1",
                                      **({"id_field": "shelter_id", "name_field": "name"} | read
                                         if kind.startswith(("layer", "far")) else read))
    assert not output.exists() and not work_paths(output)[1].exists()


# ------------------------------------------------------------------------------------------- Processing


def test_processing_run_equals_the_single_process_algorithm(district, shelter_points, cluster, digitaltwin_provider,
                                                           tmp_path):
    """digitaltwin:batchserviceareas on the cluster against digitaltwin:barrierfreeservicearea in this process:
    the same polygon and reached length for every shelter, to the last bit; OVERWRITE off refuses the output."""
    import processing
    from qgis.core import QgsProcessingException

    folder, _ = district
    links, nodes = network_paths(folder)
    wheelchair = profile_rules.shipped_profile_ids().index("manual_wheelchair")
    output = tmp_path / "batch.gpkg"
    parameters = {"NETWORK": str(links), "NODES": str(nodes), "SHELTERS": str(shelter_points),
                  "ID_FIELD": "shelter_id", "NAME_FIELD": "name", "HAZARD": 1, "SUITABLE_FIELD": "suitable",
                  "PROFILE": wheelchair, "UNKNOWN_POLICY": 0, "BUDGET": BUDGET_M, "GROUP_SIZE": 3,
                  "SCHEDULER": cluster.address, "OUTPUT": str(output)}
    answer = processing.run("digitaltwin:batchserviceareas", parameters)
    assert (answer["SHELTER_COUNT"], answer["GROUPS"]) == (7, 3)  # the suitable half of the 14
    single = tmp_path / "single.gpkg"
    processing.run("digitaltwin:barrierfreeservicearea", {
        "LINKS": str(links), "NODES": str(nodes), "FACILITIES": f"{shelter_points}|layername=shelters",
        "FACILITY_ID": "shelter_id", "PROFILE": [wheelchair], "UNKNOWN_POLICY": 0, "BUDGET": BUDGET_M,
        "OUTPUT": str(single)})
    suitable = {row[1] for row in rows(shelter_points, "shelters") if row[3] == "1"}
    expected = [(row[0], row[1], row[5]) for row in rows(single, "service_areas") if row[1] in suitable]
    assert len(expected) == 7
    assert [(row[0], row[1], row[6]) for row in rows(output, servicearea.AREAS)] == expected
    with pytest.raises(QgsProcessingException, match="exists already"):
        processing.run("digitaltwin:batchserviceareas", parameters)
