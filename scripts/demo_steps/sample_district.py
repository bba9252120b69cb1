"""Demo step: the bundled sample district, checked byte for byte against its SHA256SUMS. Later steps find the
district's files in demo.outputs ("sample district: ...")."""

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
    "evacuation sites": "shelters/evacuation_sites.csv",
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


def run(demo):
    files = _verify_checksums()
    catalog = json.loads((DISTRICT / "catalog.json").read_text(encoding="utf-8"))
    for label, relative in FILES.items():
        demo.outputs[f"sample district: {label}"] = DISTRICT / relative
    demo.outputs["sample district: buildings (CityGML)"] = next((DISTRICT / "udx" / "bldg").glob("*_bldg_6697_op.gml"))
    demo.outputs["sample district: flood model L2 (CityGML)"] = next(
        (DISTRICT / "udx" / "fld").rglob("*_fld_6697_l2_op.gml"))
    demo.outputs["sample district: inland flood model (CityGML)"] = next(
        (DISTRICT / "udx" / "ifld").rglob("*_ifld_6697_op.gml"))
    return [f"sample district: {catalog['building_count']} buildings, {len(catalog['datasets'])} datasets, {files} "
            "files identical to SHA256SUMS"]
