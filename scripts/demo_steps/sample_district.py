"""Demo step: the bundled sample district, checked byte for byte, its buildings and L2 flood model loaded, and flood
exposure run on them; the PLATEAU flood ranks written into the buildings must come back exactly. Later steps find
the district's files in demo.outputs ("sample district: ...")."""

import hashlib
import json
from pathlib import Path

DISTRICT = Path(__file__).resolve().parents[2] / "resources" / "sample_district"
FILES = {
    "DEM": "dem.tif",
    "flood depth L2": "flood_depth_l2.tif",
    "point cloud": "pointcloud.laz",
    "pedestrian links": "network/pedestrian_links.geojson",
    "pedestrian nodes": "network/pedestrian_nodes.geojson",
    "facilities": "network/facilities.geojson",
    "river channel": "river.geojson",
    "static GTFS": "realtime/gtfs_static.zip",
    "bus positions": "realtime/vehicle_positions",
    "river gauge": "realtime/sensorthings/river_gauge.json",
    "catalog": "catalog.json",
}


def _verify_checksums():
    listed = (DISTRICT / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    bad = [name for digest, name in (line.split("  ", 1) for line in listed)
           if hashlib.sha256((DISTRICT / name).read_bytes()).hexdigest() != digest]
    if bad:
        raise RuntimeError(f"sample district files differ from SHA256SUMS: {bad[:5]}; run "
                           "scripts/make_sample_district.py")
    return len(listed)


def _agreement(exposure_gpkg):
    """(buildings whose computed L2 rank and depth equal their PLATEAU attributes, buildings)."""
    from osgeo import ogr

    dataset = ogr.Open(str(exposure_gpkg))
    layer = dataset.GetLayer(0)
    same = total = 0
    for feature in layer:
        total += 1
        same += (feature.GetField("flood_l2_rank"), feature.GetField("flood_l2_depth")) == \
            (feature.GetField("flood_rank"), feature.GetField("flood_depth"))
    return same, total


def run(demo):
    files = _verify_checksums()
    catalog = json.loads((DISTRICT / "catalog.json").read_text(encoding="utf-8"))
    buildings_gml = next((DISTRICT / "udx" / "bldg").glob("*_bldg_6697_op.gml"))
    flood_gml = next((DISTRICT / "udx" / "fld").rglob("*_fld_6697_l2_op.gml"))
    for label, relative in FILES.items():
        demo.outputs[f"sample district: {label}"] = DISTRICT / relative
    demo.outputs["sample district: buildings (CityGML)"] = buildings_gml
    demo.outputs["sample district: flood model L2 (CityGML)"] = flood_gml

    buildings = demo.output_dir / "sample_buildings.gpkg"
    loaded = demo.run("digitaltwin:loadcitygml", INPUT=buildings_gml, OUTPUT=buildings)
    demo.outputs["sample district: buildings"] = buildings
    hazard = demo.output_dir / "sample_flood_l2.gpkg"
    demo.run("digitaltwin:loadcitygml", INPUT=flood_gml, FEATURE_TYPES="fld", OUTPUT=hazard)
    demo.outputs["sample district: flood model L2"] = hazard
    exposure = demo.output_dir / "sample_flood_exposure_l2.gpkg"
    summary = demo.output_dir / "sample_flood_exposure_l2_summary.csv"
    demo.run("digitaltwin:floodexposure", BUILDINGS=f"{buildings}|layername=building_lod0",
             HAZARD=f"{hazard}|layername=waterbody_lod1", RANK_FIELD="flood_rank", DEPTH_FIELD="flood_depth",
             OUTPUT=exposure, SUMMARY=summary)
    demo.outputs["sample district: flood exposure L2"] = exposure
    same, total = _agreement(exposure)
    return [
        f"sample district: {catalog['building_count']} buildings, {len(catalog['datasets'])} datasets, {files} files "
        "identical to SHA256SUMS",
        f"sample district: {loaded['BUILDINGS']} buildings loaded; flood exposure (L2, PLATEAU rule) reproduces the "
        f"bundled rank and depth of {same}/{total} buildings",
    ]
