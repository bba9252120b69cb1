"""Barrier-free speed: service areas on a synthetic 100,000-link MLIT network, ours vs QGIS's own
native:serviceareafrompoint on the same network and the same facilities, both in this process and this run.

Ours: the network is imported once and its graph built once per profile (then cached, as in a QGIS session); each
facility then costs one bounded Dijkstra (scipy.sparse.csgraph), the reachable links cut at the budget and the area
polygon. QGIS's algorithm rebuilds its graph from the layer on every call: that is what a user waits for, so the
ratio is per facility as each tool runs. Also printed: our algorithm end-to-end through processing.run (reading the
layers, writing the GeoPackage) per facility, and a check that both reach the same length of network.

Run: xvfb-run -a .venv/bin/python bench/bench_barrierfree.py [--links 100000] [--facilities 20] [--native 3]
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

LON0, LAT0 = 139.70, 35.65
SPACING_DEG = 0.0004  # about 36 m east-west, 44 m north-south
BUDGET_M = 800.0


def synthetic_network(link_target, seed=1):
    """A street grid with MLIT 2018 codes: mostly plain sidewalks, some stairs, steps, slopes, narrow and one-way
    links, unknown values; returns (node records, link records) as a GeoJSON reader would."""
    rng = np.random.default_rng(seed)
    side = int(np.ceil(np.sqrt(link_target / 2.0))) + 1
    ids = np.arange(side * side).reshape(side, side)
    lon = LON0 + np.arange(side) * SPACING_DEG
    lat = LAT0 + np.arange(side) * SPACING_DEG
    nodes = [{"properties": {"node_id": f"n{ids[r, c]}", "floor": 0}, "coords": [(lon[c], lat[r])]}
             for r in range(side) for c in range(side)]
    pairs = [(ids[r, c], ids[r, c + 1]) for r in range(side) for c in range(side - 1)]
    pairs += [(ids[r, c], ids[r + 1, c]) for r in range(side - 1) for c in range(side)]
    pairs = pairs[:link_target]
    count = len(pairs)
    route_type = rng.choice([1, 6, 7, 4, 99], size=count, p=[0.9, 0.04, 0.03, 0.01, 0.02])
    codes = dict(route_type=route_type, direction=rng.choice([1, 2, 3], size=count, p=[0.96, 0.02, 0.02]),
                 width=rng.choice([1, 2, 3, 4, 99], size=count, p=[0.05, 0.25, 0.35, 0.3, 0.05]),
                 vtcl_slope=rng.choice([1, 2, 3, 99], size=count, p=[0.9, 0.03, 0.03, 0.04]),
                 lev_diff=rng.choice([1, 2, 99], size=count, p=[0.9, 0.06, 0.04]),
                 elevator=np.where(route_type == 4, rng.choice([2, 3, 5], size=count), 1))
    links = []
    for i, (start, end) in enumerate(pairs):
        properties = {"link_id": f"l{i}", "start_id": f"n{start}", "end_id": f"n{end}", "rt_struct": 1,
                      "tfc_signal": 1, "brail_tile": 1, "roof": 1}
        properties.update({name: int(values[i]) for name, values in codes.items()})
        links.append({"properties": properties, "coords": None})
    return nodes, links


def write_gpkg_layers(network, link_records, path):
    """Links (with their MLIT codes) and nodes as GeoPackage layers in EPSG:6668, for our algorithm; native gets
    the links reprojected to EPSG:6677 so its costs are metres."""
    import processing
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QMetaType

    def create(layer_name, field_specs, geometry_type, first):
        fields = QgsFields()
        for name, kind in field_specs:
            fields.append(QgsField(name, kind))
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName, options.layerName = "GPKG", layer_name
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteFile if first else \
            QgsVectorFileWriter.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(str(path), fields, geometry_type,
                                            QgsCoordinateReferenceSystem("EPSG:6668"),
                                            QgsCoordinateTransformContext(), options)
        return writer, fields

    text, integer = QMetaType.QString, QMetaType.Int
    writer, fields = create("links", [("link_id", text), ("start_id", text), ("end_id", text)]
                            + [(name, integer) for name in ("route_type", "direction", "width", "vtcl_slope",
                                                            "lev_diff", "elevator")] + [("oneway", text)],
                            QgsWkbTypes.LineString, first=True)
    for i in range(network.link_count):
        feature = QgsFeature(fields)
        codes = link_records[i]["properties"]
        feature.setAttributes([codes[name] for name in fields.names()[:-1]]
                              + [{1: "both", 2: "forward", 3: "backward"}[codes["direction"]]])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in network.link_coords[i]]))
        writer.addFeature(feature)
    del writer
    writer, fields = create("nodes", [("node_id", text), ("floor", integer)], QgsWkbTypes.Point, first=False)
    for node_id, (x, y) in zip(network.node_ids, network.node_lonlat, strict=True):
        feature = QgsFeature(fields)
        feature.setAttributes([node_id, 0])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        writer.addFeature(feature)
    del writer
    plane = str(path.with_name("links_6677.gpkg"))
    processing.run("native:reprojectlayer", {"INPUT": f"{path}|layername=links", "TARGET_CRS": "EPSG:6677",
                                             "OUTPUT": plane})
    return {"links": f"{path}|layername=links", "nodes": f"{path}|layername=nodes", "links_6677": plane}


def total_length(path):
    """Length of all lines in a layer (a function, so the layer is gone before QGIS exits)."""
    from qgis.core import QgsVectorLayer

    lines = QgsVectorLayer(path, "lines", "ogr")
    return sum(feature.geometry().length() for feature in lines.getFeatures())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--links", type=int, default=100_000)
    parser.add_argument("--facilities", type=int, default=20)
    parser.add_argument("--native", type=int, default=3, help="facilities timed with native:serviceareafrompoint")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")  # QGIS's own Processing plugin
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from digital_twin.plugin.barrierfree import analyses, graph, network, profiles
    from digital_twin.processing_algorithms.provider import DigitalTwinProvider

    provider = DigitalTwinProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    node_records, link_records = synthetic_network(args.links)
    started = time.perf_counter()
    net = network.build_network(link_records, node_records, code_set="2018", source="synthetic")
    import_s = time.perf_counter() - started
    manual = profiles.load_profiles()["manual_wheelchair"]
    timings = {}
    for label, profile in (("plain", profiles.PLAIN), ("manual wheelchair", manual)):
        started = time.perf_counter()
        graph.graph_for(net, profile, profiles.UNKNOWN_BARRIER, preferences=False)
        timings[f"graph {label}"] = time.perf_counter() - started
    rng = np.random.default_rng(7)
    facility_nodes = rng.choice(net.node_count, size=args.facilities, replace=False)
    facilities = [analyses.Facility(f"f{i}", tuple(net.node_lonlat[node])) for i, node in enumerate(facility_nodes)]
    analyses.snapping(net)  # the k-d tree, built once like the graph

    ours = {}
    for label, profile in (("plain", profiles.PLAIN), ("manual wheelchair", manual)):
        started = time.perf_counter()
        areas = analyses.service_areas(net, [profile], profiles.UNKNOWN_BARRIER, facilities, BUDGET_M)
        ours[label] = ((time.perf_counter() - started) / len(facilities), areas)
        started = time.perf_counter()
        analyses.service_areas(net, [profile], profiles.UNKNOWN_BARRIER, facilities, BUDGET_M, with_links=False)
        ours[label + " (area only)"] = ((time.perf_counter() - started) / len(facilities), None)
    plain_area_s, plain_areas = ours["plain"]

    work = Path(tempfile.mkdtemp(prefix="bench_barrierfree_"))
    started = time.perf_counter()
    layers = write_gpkg_layers(net, link_records, work / "network.gpkg")
    print(f"(writing the GeoPackage inputs took {time.perf_counter() - started:.1f} s)", flush=True)
    native_s, native_lengths = [], []
    for i, facility in enumerate(facilities[:args.native]):
        started = time.perf_counter()
        result = processing.run("native:serviceareafrompoint", {
            "INPUT": layers["links_6677"], "STRATEGY": 0, "DIRECTION_FIELD": "oneway", "VALUE_FORWARD": "forward",
            "VALUE_BACKWARD": "backward", "VALUE_BOTH": "both", "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
            "START_POINT": f"{facility.lonlat[0]},{facility.lonlat[1]} [EPSG:6668]", "TRAVEL_COST2": BUDGET_M,
            "INCLUDE_BOUNDS": False, "OUTPUT_LINES": str(work / f"native_{i}.gpkg")})
        native_s.append(time.perf_counter() - started)
        native_lengths.append(total_length(result["OUTPUT_LINES"]))
    native_per_facility = float(np.mean(native_s))

    output = work / "ours.gpkg"
    facility_file = work / "facilities.geojson"
    facility_file.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": f.id}, "geometry": {"type": "Point", "coordinates": f.lonlat}}
        for f in facilities]}), encoding="utf-8")
    started = time.perf_counter()
    processing.run("digitaltwin:barrierfreeservicearea", {
        "LINKS": layers["links"], "NODES": layers["nodes"], "CODE_SET": 1, "FACILITIES": str(facility_file),
        "PROFILE": [0], "UNKNOWN_POLICY": 1, "BUDGET": BUDGET_M, "OUTPUT": str(output)})
    end_to_end = (time.perf_counter() - started) / len(facilities)

    print(f"Barrier-free service areas, {net.link_count:,} links / {net.node_count:,} nodes, budget {BUDGET_M:g} m, "
          f"{len(facilities)} facilities")
    print(f"  import (records -> network, lengths): {import_s * 1000:.0f} ms")
    for label, seconds in timings.items():
        print(f"  {label} built once and cached: {seconds * 1000:.1f} ms")
    for label, (seconds, _areas) in ours.items():
        print(f"  ours per facility, {label}: {seconds * 1000:.2f} ms")
    print(f"  native:serviceareafrompoint per facility (mean of {len(native_s)}): {native_per_facility * 1000:.0f} ms")
    print(f"  ratio native / ours (plain, links + area): {native_per_facility / plain_area_s:.0f}x  (target >= 20x)")
    print(f"  ratio native / ours (manual wheelchair): {native_per_facility / ours['manual wheelchair'][0]:.0f}x")
    print(f"  ours end to end via processing.run (read layer, manual wheelchair, write GeoPackage), per facility: "
          f"{end_to_end * 1000:.0f} ms; ratio native / that: {native_per_facility / end_to_end:.1f}x")
    for i, native_length in enumerate(native_lengths):
        whole = sum(reached for _link, reached, is_whole, _geometry in plain_areas[i].links if is_whole)
        print(f"  check facility {i}: whole links reached, ours {whole:,.0f} m; native {native_length:,.0f} m, "
              f"which draws two-way links once per direction (ours with links cut at the budget: "
              f"{plain_areas[i].reachable_length_m:,.0f} m)")
    QgsApplication.processingRegistry().removeProvider(provider)
    Processing.deinitialize()
    app.exitQgis()


if __name__ == "__main__":
    main()
