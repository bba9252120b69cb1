"""Demo step: the bundled sample district, checked byte for byte, its buildings and L2 flood model loaded, and flood
exposure run on them (the PLATEAU flood ranks written into the buildings must come back exactly), and an inundation
at the L2 water level from the river (it must give the L2 model's depths). Later steps find the district's files in
demo.outputs ("sample district: ...")."""

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


def _largest_depth_difference(inundation_tif):
    """(largest |mean inundation depth over a 25 m cell - L2 model depth|, L2 cells)."""
    import numpy as np
    from osgeo import gdal

    computed = gdal.Open(str(inundation_tif))
    depth = computed.ReadAsArray().astype(float)
    depth[depth == computed.GetRasterBand(1).GetNoDataValue()] = 0.0
    model = gdal.Open(str(DISTRICT / "flood_depth_l2.tif"))
    cells = model.ReadAsArray()
    wet = cells != model.GetRasterBand(1).GetNoDataValue()
    rows, cols = cells.shape
    means = depth.reshape(rows, depth.shape[0] // rows, cols, depth.shape[1] // cols).mean(axis=(1, 3))
    return float(np.abs(means[wet] - cells[wet]).max()), int(wet.sum())


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
    river = json.loads((DISTRICT / "river.geojson").read_text(encoding="utf-8"))
    level = river["features"][0]["properties"]["flood_level_l2_m"]
    inundation = demo.output_dir / "sample_inundation_l2_level.tif"
    demo.run("digitaltwin:floodinundation", DEM=DISTRICT / "dem.tif", WATER_LEVEL=level,
             SEEDS=DISTRICT / "river.geojson", OUTPUT_DEPTH=inundation,
             OUTPUT_AREAS=demo.output_dir / "sample_inundation_l2_level.gpkg")
    demo.outputs["sample district: inundation at the L2 level"] = inundation
    difference, cells = _largest_depth_difference(inundation)
    return [
        f"sample district: {catalog['building_count']} buildings, {len(catalog['datasets'])} datasets, {files} files "
        "identical to SHA256SUMS",
        f"sample district: {loaded['BUILDINGS']} buildings loaded; flood exposure (L2, PLATEAU rule) reproduces the "
        f"bundled rank and depth of {same}/{total} buildings",
        f"sample district: inundation at the L2 level ({level} m) from the river matches the L2 model's {cells} "
        f"cells within {difference * 100:.0f} cm",
    ]
