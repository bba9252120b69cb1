"""City-scale batch benchmark: a synthetic ward from the sample-district generator, loaded from CityGML and assessed
for flood exposure (two hazards) tile by tile on a dask LocalCluster of 1, then 2 workers.

Printed, from one run: buildings/s and km²/s of the tile phase (first task to last tile; cluster start-up excluded)
and of the whole run (with the merge into one GeoPackage), the speed-up from 1 to 2 workers (target >= 1.7x on a
2-core machine), the peak memory of any worker (target < 2 GB), the untiled single-process run for reference, and
the time extrapolated to Tokyo's 23 wards (1.8 M buildings, 627 km²) on 2 and 16 cores.

Run: .venv/bin/python bench/bench_cityscale.py [--scale N]   (default 10: ~49,000 buildings over 90 km², as issue 21
asks; 3 gives ~4,400 buildings and finishes in about a minute)
"""

import argparse
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import headless  # noqa: E402

sys.path.insert(0, str(headless.plugin_link().parent))

from digital_twin.plugin.batch.runner import run_batch, run_untiled  # noqa: E402
from digital_twin.plugin.sample_district.generate import generate  # noqa: E402
from digital_twin.plugin.sample_district.site import District  # noqa: E402

TOKYO_BUILDINGS = 1_800_000
TOKYO_KM2 = 627.0
CORES = (2, 16)


def district_zip(scale, folder):
    """The district's buildings as a release zip, and its two flood depth rasters."""
    district = District(scale=scale)
    generate(folder / "district", district)
    release = folder / "ward_citygml.zip"
    with zipfile.ZipFile(release, "w", zipfile.ZIP_STORED) as archive:
        for path in sorted((folder / "district" / "udx" / "bldg").glob("*.gml")) + \
                sorted((folder / "district" / "codelists").glob("*.xml")):
            archive.write(path, path.relative_to(folder / "district").as_posix())
    hazards = [(f"l{n}", folder / "district" / f"flood_depth_l{n}.tif") for n in (1, 2)]
    return release, hazards, district.width * district.height / 1e6


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_cityscale_") as scratch:
        folder = Path(scratch)
        started = time.monotonic()
        release, hazards, area_km2 = district_zip(args.scale, folder)
        print(f"scale {args.scale}: {area_km2:.1f} km², generated in {time.monotonic() - started:.0f} s")
        started = time.monotonic()
        counts = run_untiled(release, folder / "untiled.gpkg", hazards=hazards)
        untiled_s = time.monotonic() - started
        buildings = counts["building_lod0"]
        print(f"untiled, one process: {buildings} buildings in {untiled_s:.1f} s = {buildings / untiled_s:.0f}/s")
        runs = {}
        for workers in (1, 2):
            output = folder / f"tiled_{workers}.gpkg"
            result = run_batch(release, output, hazards=hazards, workers=workers)
            manifest = json.loads(Path(result.manifest).read_text(encoding="utf-8"))
            peak = max(record["peak_rss_mb"] for record in manifest["tiles"].values())
            runs[workers] = result
            print(f"{workers} worker(s): {result.tiles} tiles in {result.tile_seconds:.1f} s = "
                  f"{buildings / result.tile_seconds:.0f} buildings/s, {area_km2 / result.tile_seconds:.3f} km²/s; "
                  f"merge {result.merge_seconds:.1f} s; whole run {result.seconds:.1f} s; "
                  f"peak worker memory {peak:.0f} MB")
        speedup = runs[1].tile_seconds / runs[2].tile_seconds
        print(f"speed-up 1 -> 2 workers: {speedup:.2f}x (target 1.7x), efficiency {speedup / 2:.0%}")
        per_worker = buildings / runs[1].tile_seconds
        merge_rate = buildings / runs[2].merge_seconds  # one process, whatever the cluster
        for cores in CORES:
            tiles_s = TOKYO_BUILDINGS / (per_worker * cores * speedup / 2)
            merge_s = TOKYO_BUILDINGS / merge_rate
            print(f"Tokyo 23 wards ({TOKYO_BUILDINGS:,} buildings, {TOKYO_KM2:.0f} km²) on {cores} cores: tiles "
                  f"{tiles_s / 60:.0f} min + merge {merge_s / 60:.0f} min (at this run's per-worker rate and "
                  f"efficiency)")


if __name__ == "__main__":
    main()
