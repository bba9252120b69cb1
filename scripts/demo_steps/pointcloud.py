"""Demo step: point clouds headless through qgis_process.

1. A synthetic Tokyo-like tile (LAS 1.2, format 3, EPSG:6677, 1 million points, three box buildings), zipped the way
   Tokyo publishes its tiles, converted to COPC (opens in QGIS without PDAL).
2. A DSM and a DTM at 1 m from that COPC, inputs for the solar and flood analyses.
3. The real fixtures (simple.las and simple.laz) as two COPC tiles behind one virtual point cloud (.vpc).
"""

import shutil
import sys
import zipfile
from pathlib import Path

import headless

FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "pointcloud"
DEMO_POINTS = 1_000_000


def _tokyo_like_zip(folder):
    sys.path.insert(0, str(headless.plugin_link().parent))  # the checkout as the package digital_twin
    from digital_twin.plugin.pointcloud.synthetic import write_tile

    las = write_tile(folder / "09LD2626.las", DEMO_POINTS)
    archive = folder / "09LD2626.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.write(las, las.name)
    las.unlink()
    return archive


def run(demo):
    work = demo.output_dir / "pointcloud_inputs"
    work.mkdir(exist_ok=True)
    copc = demo.output_dir / "pointcloud_09LD2626.copc.laz"
    result = demo.run("digitaltwin:pointcloudtocopc", INPUT=str(_tokyo_like_zip(work)), OUTPUT=str(copc))
    demo.outputs["pointcloud: synthetic Tokyo tile as COPC"] = result["OUTPUT"]
    lines = [f"Point cloud: a Tokyo-like tile zip -> COPC with {int(result['POINT_COUNT']):,} points (EPSG:6677)"]

    for kind, label in ((0, "dsm"), (1, "dtm")):
        raster = demo.output_dir / f"pointcloud_{label}_1m.tif"
        result = demo.run("digitaltwin:pointcloudtodsm", INPUT=str(copc), RESOLUTION=1.0, KIND=kind,
                          OUTPUT=str(raster))
        demo.outputs[f"pointcloud: {label.upper()} 1 m GeoTIFF"] = result["OUTPUT"]
        lines.append(f"Point cloud: {label.upper()} at 1 m, {int(result['FILLED_CELLS']):,} empty cells filled")

    tiles = work / "fixture_tiles"
    tiles.mkdir(exist_ok=True)
    for name in ("simple.las", "simple.laz"):
        stem, suffix = name.split(".")
        shutil.copy(FIXTURES / name, tiles / f"{stem}_{suffix}.{suffix}")
    vpc = demo.output_dir / "pointcloud_fixtures.vpc"
    result = demo.run("digitaltwin:pointcloudtocopc", INPUT_FOLDER=str(tiles), OUTPUT=str(vpc))
    demo.outputs["pointcloud: two COPC tiles as one virtual point cloud"] = result["OUTPUT"]
    lines.append(f"Point cloud: 2 fixture tiles -> COPC + .vpc, {int(result['POINT_COUNT']):,} points in one layer")
    return lines
