"""City-scale batch benchmark: a synthetic ward from the sample-district generator, loaded from CityGML and assessed
for flood exposure (two hazards) tile by tile on a dask LocalCluster of 1, then 2 workers.

Printed, from one run: buildings/s and km²/s of the tile phase (first task to last tile; cluster start-up excluded)
and of the whole run (with the merge into one GeoPackage), the speed-up from 1 to 2 workers (target >= 1.7x on a
2-core machine), the peak memory of any worker (target < 2 GB), the untiled single-process run for reference, and
the time extrapolated to Tokyo's 23 wards (1.8 M buildings, 627 km²) on 2 and 16 cores.

Run: .venv/bin/python bench/bench_cityscale.py [--scale N]   (default 10: 51,521 buildings over 90 km², as issue 21
asks; generating that ward takes ~11 min; 3 gives ~4,400 buildings and finishes in about a minute)
Measured at the default scale on the idle 2-core machine: untiled one process 5,354 buildings/s; 80 tiles on 1 worker
3,524 buildings/s (6.2 km²/s), on 2 workers 6,304 buildings/s (11.0 km²/s): 1.79x, efficiency 89%; peak worker
memory 143 MB; merge 4.0 s (GeoPackage, 88.5 MB) against 3.2 s (GeoParquet, 31.8 MB); Tokyo's 23 wards extrapolated
to 5 min of tiles + 2 min of merge on 2 cores, 1 + 2 min on 16.

``--solar``: instead, annual solar irradiation at 1 m (500 m shadow-search radius, 32 sectors) of the ward's buildings
DSM in 2 km tiles with halos, on 1 then 2 workers, extrapolated to 50 km² (issue 21's target: under 3 minutes).
Measured on the shared 2-core machine (load 2-4 from other work, so the 2-worker figures are noisy): --scale 4,
11.5 km² in 4 tiles: 1 worker 35.6 s (0.32 km²/s, 50 km² in 2.6 min), 2 workers 37.8 s; --scale 3, 6.4 km²:
1 worker 37.9 s, 2 workers 16.8 s (50 km² in 2.2 min); peak worker memory 0.8 GB.

``--service-areas``: instead, the step-free service area (manual wheelchair, 800 m) of ``--shelters`` shelters
placed on the ward's pedestrian network: shelters/s of the single-process loop (one engine call over every shelter,
as digitaltwin:barrierfreeservicearea runs) against the batch on 1 and 2 workers (``--group-size`` per task).
Measured on the shared 2-core machine (load 5-11 from other work: noisy), --scale 4 (1,207 nodes, 2,298 links),
400 shelters in groups of 25: single process 23-28 shelters/s; 1 worker 17-20/s; 2 workers 30.6/s (speed-up 1.80x)
in the calmer run, 17/s in a run at load 11. A group's time inside a worker equals the same calls in one process
(160 shelters: 8.7 s against 9.0 s), so the gap to the single process is the machine's load, not dask.
The end of the run (alone: ``--merge``): the same tiles merged into one GeoPackage and into GeoParquet files (one
per layer, OUTPUT .parquet), their seconds and bytes and the ratios, and the peak of Arrow's memory pool while the
GeoParquet files were written (it holds one tile's rows at a time, not the ward's). Measured (load 3-8 from other
work): --scale 3, 9 tiles, 19,559 rows: GeoPackage 0.3 s / 8.5 MB, GeoParquet 0.6 s / 3.2 MB (about 0.4 s of it
pyarrow importing pandas once), Arrow peak 1 MB; --scale 6, 18,300 buildings, 76,662 rows: GeoPackage 1.3-1.6 s /
32.1 MB, GeoParquet 1.1-1.9 s / 11.7 MB (two runs).
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
SOLAR_TARGET_KM2 = 50.0


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


def bench_solar(scale, folder, tile_m):
    """The ward's buildings DSM at 1 m, then its annual irradiation on 1 and 2 workers."""
    from digital_twin.plugin.batch.dsm import untiled_dsm
    from digital_twin.plugin.batch.solar import run_solar
    from digital_twin.plugin.solar import climate

    started = time.monotonic()
    release, _, _ = district_zip(scale, folder)
    run_untiled(release, folder / "ward.gpkg")
    dsm = folder / "dsm.tif"
    untiled_dsm(folder / "ward.gpkg", dsm, cellsize=1.0, dem_path=folder / "district" / "dem.tif")
    sky = climate.embedded_sky("tokyo_sunshine")
    print(f"scale {scale}: ward, buildings and 1 m DSM in {time.monotonic() - started:.0f} s")
    seconds = {}
    for workers in (1, 2):
        result = run_solar(dsm, folder / f"annual_{workers}.tif", sky, tile_m=tile_m, workers=workers)
        seconds[workers] = result["tile_seconds"]
        area_km2 = result["cells"] * result["cellsize"] ** 2 / 1e6
        print(f"solar, {workers} worker(s): {area_km2:.2f} km² at 1 m in {result['tiles']} tiles (halo "
              f"{result['halo_m']:g} m) in {seconds[workers]:.1f} s = {area_km2 / seconds[workers]:.3f} km²/s; "
              f"50 km² in {SOLAR_TARGET_KM2 / area_km2 * seconds[workers] / 60:.1f} min (target 3 min); peak worker "
              f"memory {result['peak_worker_mb']:.0f} MB")
    speedup = seconds[1] / seconds[2]
    print(f"speed-up 1 -> 2 workers: {speedup:.2f}x, efficiency {speedup / 2:.0%}")


def bench_service_areas(scale, folder, shelter_count, group_size):
    """Shelters at every k-th node of the ward's network (a GSI CSV), their areas in one process, then on dask."""
    from digital_twin.plugin.barrierfree import analyses, profiles
    from digital_twin.plugin.barrierfree import network as networks
    from digital_twin.plugin.batch import servicearea
    from digital_twin.plugin.sample_district.shelters import HEADER
    from digital_twin.plugin.shelters.gsi import GSI_HAZARD_COLUMNS

    started = time.monotonic()
    generate(folder / "district", District(scale=scale))
    links, nodes = (folder / "district" / "network" / f"pedestrian_{kind}.geojson" for kind in ("links", "nodes"))
    network = networks.load_network(links, nodes)
    step = max(1, network.node_count // shelter_count)
    flags = ["1"] * len(GSI_HAZARD_COLUMNS)
    lines = [",".join(HEADER)] + [",".join([str(n), f"B{n:05d}", f"shelter {n}", "", *flags, "", f"{lat:.6f}",
                                            f"{lon:.6f}", ""])
                                  for n, (lon, lat) in enumerate(network.node_lonlat[::step][:shelter_count], 1)]
    shelters_csv = folder / "shelters.csv"
    shelters_csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"scale {scale}: network {network.node_count} nodes, {network.link_count} links, generated in "
          f"{time.monotonic() - started:.0f} s")
    started = time.monotonic()  # the single-process loop: read, one engine call over every shelter, write
    network = networks.load_network(links, nodes)
    shelters = servicearea.read_shelters(shelters_csv)
    profile = profiles.load_profiles()[servicearea.DEFAULT_PROFILE]
    areas = analyses.service_areas(network, [profile], profiles.UNKNOWN_BARRIER,
                                   [servicearea.facility(shelter) for shelter in shelters],
                                   servicearea.DEFAULT_BUDGET_M)
    servicearea.write_areas(folder / "single.gpkg", shelters, areas, profiles.UNKNOWN_BARRIER)
    single_s = time.monotonic() - started
    reached_km = sum(area.reachable_length_m for area in areas) / 1000
    print(f"single process: {len(shelters)} shelters ({reached_km:.0f} km of links reached) in {single_s:.1f} s = "
          f"{len(shelters) / single_s:.1f} shelters/s")
    seconds = {}
    for workers in (1, 2):
        result = servicearea.run_service_areas(links, shelters_csv, folder / f"batch_{workers}.gpkg", nodes_path=nodes,
                                               group_size=group_size, workers=workers)
        seconds[workers] = result.tile_seconds
        print(f"{workers} worker(s): {result.groups} groups of {group_size} in {result.tile_seconds:.1f} s = "
              f"{result.shelters / result.tile_seconds:.1f} shelters/s ({single_s / result.tile_seconds:.2f}x the "
              f"single process); whole run with cluster start and merge {result.seconds:.1f} s; network read "
              f"{result.network_loads}x")
    speedup = seconds[1] / seconds[2]
    print(f"speed-up 1 -> 2 workers: {speedup:.2f}x, efficiency {speedup / 2:.0%}")


def bench_merge(release, hazards, folder):
    """The ward's tiles (computed on a 2-worker LocalCluster), merged by each output format in this process."""
    import distributed
    import pyarrow

    from digital_twin.plugin.batch import geoparquet
    from digital_twin.plugin.batch.defaults import DEFAULT_MEMORY_LIMIT
    from digital_twin.plugin.batch.runner import ClusterClient
    from digital_twin.plugin.batch.steps import TileJob, merge, run_tile
    from digital_twin.plugin.batch.tiles import make_tiles

    (folder / "parts").mkdir()
    jobs = [TileJob(tile.name, str(release), tile.members, str(folder / "parts" / f"{tile.name}.gpkg"),
                    tuple((name, str(path)) for name, path in hazards)) for tile in make_tiles(release)]
    with ClusterClient(distributed, None, 2, DEFAULT_MEMORY_LIMIT) as client:
        client.gather(client.map(run_tile, jobs, pure=False))
    parts = [Path(job.output) for job in jobs]
    names = [name for name, _ in hazards]
    started = time.monotonic()
    counts = merge(parts, folder / "merged.gpkg", names)
    gpkg_s, gpkg_bytes = time.monotonic() - started, (folder / "merged.gpkg").stat().st_size
    started = time.monotonic()
    written = geoparquet.merge(parts, folder / "merged.parquet", names)
    assert written == {layer: rows for layer, rows in counts.items() if layer != "layer_styles"}, (written, counts)
    parquet_s = time.monotonic() - started
    parquet_bytes = sum(path.stat().st_size for path in geoparquet.existing_outputs(folder / "merged.parquet"))
    rows = counts["building_lod0"]
    print(f"merge of {len(parts)} tiles ({rows} buildings, {sum(written.values())} rows in {len(written)} layers): "
          f"GeoPackage {gpkg_s:.1f} s, {gpkg_bytes / 1e6:.1f} MB; GeoParquet {parquet_s:.1f} s, "
          f"{parquet_bytes / 1e6:.1f} MB; GeoParquet/GeoPackage time {parquet_s / gpkg_s:.2f}x, size "
          f"{parquet_bytes / gpkg_bytes:.2f}x; Arrow peak memory {pyarrow.default_memory_pool().max_memory() / 1e6:.0f}"
          f" MB (largest tile {max(part.stat().st_size for part in parts) / 1e6:.1f} MB as GeoPackage)")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--solar", action="store_true", help="bench the tiled solar irradiation instead")
    parser.add_argument("--tile", type=float, default=2000.0, help="solar tile size in m")
    parser.add_argument("--service-areas", action="store_true", help="bench the shelters' service areas instead")
    parser.add_argument("--shelters", type=int, default=400, help="shelters for --service-areas")
    parser.add_argument("--group-size", type=int, default=16, help="shelters per task for --service-areas")
    parser.add_argument("--merge", action="store_true", help="bench only the merge: GeoPackage against GeoParquet")
    args = parser.parse_args(argv)
    if args.service_areas:
        with tempfile.TemporaryDirectory(prefix="bench_cityscale_areas_") as scratch:
            bench_service_areas(args.scale, Path(scratch), args.shelters, args.group_size)
        return
    if args.solar:
        with tempfile.TemporaryDirectory(prefix="bench_cityscale_solar_") as scratch:
            bench_solar(args.scale, Path(scratch), args.tile)
        return
    if args.merge:
        with tempfile.TemporaryDirectory(prefix="bench_cityscale_merge_") as scratch:
            release, hazards, area_km2 = district_zip(args.scale, Path(scratch))
            bench_merge(release, hazards, Path(scratch))
        return
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
        bench_merge(release, hazards, folder)


if __name__ == "__main__":
    main()
