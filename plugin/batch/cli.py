"""The command line: ``python -m digital_twin batch SOURCE OUTPUT [options]`` (also the console script
``digital-twin``), with a progress bar on the terminal.

    python -m digital_twin batch 13107_sumida-ku_2023_citygml.zip sumida.gpkg \\
        --hazard l2=flood_depth_l2.tif --tiles mesh3                       # a LocalCluster on every core
    python -m digital_twin batch ward.zip ward.gpkg --scheduler tcp://10.0.0.5:8786
    python -m digital_twin batch ward.zip ward.parquet      # GeoParquet: ward_building_lod0.parquet, ...
    python -m digital_twin servicearea links.geojson evacuation_sites.csv areas.gpkg --nodes nodes.geojson \\
        --profile manual_wheelchair --budget-m 800 --hazard river_flood
"""

import argparse
import sys
import time
from pathlib import Path

from ..barrierfree.network import CODE_SETS
from ..barrierfree.profiles import UNKNOWN_BARRIER, UNKNOWN_POLICIES
from ..errors import DigitalTwinError
from ..progress import Progress
from ..safe_io import refuse_existing
from ..solar.climate import CLIMATES
from ..solar.irradiance import DEFAULT_ALBEDO, DEFAULT_RADIUS, DEFAULT_SECTORS
from ..solar.potential import RULES as POTENTIAL_RULES
from .defaults import (
    DEFAULT_BUDGET_M,
    DEFAULT_BUFFER_M,
    DEFAULT_GROUP_SIZE,
    DEFAULT_MEMORY_LIMIT,
    DEFAULT_PROFILE,
    DEFAULT_RETRIES,
)
from .geoparquet import SUFFIX
from .runner import run_batch
from .servicearea import HAZARD_CHOICES
from .solar import DEFAULT_TILE_M as SOLAR_TILE_M
from .tiles import TILINGS

BAR_WIDTH = 30


def _hazard(text):
    name, separator, path = text.partition("=")
    if not separator or not name or not path:
        raise argparse.ArgumentTypeError(f"{text!r}: give NAME=PATH, e.g. l2=flood_depth_l2.tif")
    return name, path


def _inflow(text):
    name, separator, spec = text.partition("=")
    parts = spec.split(",", 2)
    try:
        if not separator or not name or len(parts) != 3:
            raise ValueError
        x, y = float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give NAME=X,Y,Q, e.g. breach_a=-8500,-35100,120 or "
                                         "breach_a=-8500,-35100,hydrograph.csv") from None
    return name, x, y, parts[2]


def parser():
    main = argparse.ArgumentParser(prog="python -m digital_twin", description="Digital Twin batch tools")
    commands = main.add_subparsers(dest="command", required=True)
    batch = commands.add_parser("batch", help="load a PLATEAU release (zip or folder) tile by tile on dask and "
                                "assess flood exposure; merge into one GeoPackage or GeoParquet files")
    batch.add_argument("source", help="PLATEAU release zip, or a folder holding udx/bldg/*.gml")
    batch.add_argument("output", help="the merged GeoPackage (.gpkg), or .parquet: one GeoParquet file per layer "
                       "beside it, named OUTPUT-STEM_LAYER.parquet (needs pyarrow)")
    batch.add_argument("--tiles", choices=TILINGS, default="mesh3",
                       help="mesh3: 1 km third-order mesh; mesh2: 10 km second-order mesh; member: one zip member")
    batch.add_argument("--hazard", type=_hazard, action="append", default=[], metavar="NAME=PATH",
                       help="a flood depth raster; repeat for every hazard (layer flood_exposure_NAME)")
    batch.add_argument("--rule", choices=("largest_overlap", "highest_touching"), default="largest_overlap")
    ensemble = commands.add_parser("ensemble", help="flood simulations of many rain scenarios on dask; per cell the "
                                   "share of scenarios reaching 0.5 m and 3 m")
    ensemble.add_argument("dem", help="DEM GeoTIFF (projected, square cells)")
    ensemble.add_argument("output", help="GeoTIFF: band 1 share reaching 0.5 m, band 2 share reaching 3 m")
    ensemble.add_argument("--rain", type=float, action="append", default=[], metavar="MM_H",
                          help="a constant rain scenario in mm/h; repeat for each")
    ensemble.add_argument("--hyetograph", action="append", default=[], metavar="CSV",
                          help="a hyetograph scenario: CSV 'minutes,rain_mm_h'; repeat for each")
    ensemble.add_argument("--inflow", type=_inflow, action="append", default=[], metavar="NAME=X,Y,Q",
                          help="a levee breach or inflow point scenario: Q m³/s (a number, or a hydrograph CSV "
                          "'minutes,m3_per_s') entering at X,Y in the DEM's CRS, no rain; repeat for each")
    ensemble.add_argument("--duration", type=float, default=3600.0, help="simulated seconds (default 3600)")
    ensemble.add_argument("--manning", type=float, default=0.03)
    dsm = commands.add_parser("dsm", help="the buildings' DSM of a batch GeoPackage, in tiles with halos on dask")
    dsm.add_argument("gpkg", help="a GeoPackage from 'batch' (layer building_lod1 with measured_height)")
    dsm.add_argument("output", help="the DSM GeoTIFF")
    dsm.add_argument("--cell", type=float, default=1.0, help="cell size in m (default 1)")
    dsm.add_argument("--tile", type=float, default=500.0, help="tile size in m (default 500)")
    dsm.add_argument("--dem", help="ground DEM GeoTIFF (default: flat ground at 0 m)")
    solar = commands.add_parser("solar", help="annual solar irradiation of a DSM, in tiles with halos as wide as the "
                                "shadow-search radius on dask")
    solar.add_argument("dsm", help="DSM GeoTIFF in a projected CRS in metres (e.g. from 'dsm')")
    solar.add_argument("output", help="annual irradiation GeoTIFF (kWh/m²)")
    solar.add_argument("--climate", choices=CLIMATES, default=CLIMATES[0], help="embedded climate (default "
                       f"{CLIMATES[0]})")
    solar.add_argument("--weather", help="a weather file (CSV or EPW) instead of an embedded climate")
    solar.add_argument("--latitude", type=float, help="default: the DSM's centre")
    solar.add_argument("--longitude", type=float, help="default: the DSM's centre")
    solar.add_argument("--radius", type=float, default=DEFAULT_RADIUS, help="shadow-search radius in m (default "
                       f"{DEFAULT_RADIUS:g}); the tiles' halo follows it")
    solar.add_argument("--sectors", type=int, default=DEFAULT_SECTORS, help="azimuth sectors")
    solar.add_argument("--albedo", type=float, default=DEFAULT_ALBEDO, help="ground albedo")
    solar.add_argument("--tile", type=float, default=SOLAR_TILE_M, help=f"tile size in m (default {SOLAR_TILE_M:g})")
    solar.add_argument("--buildings", help="a GeoPackage from 'batch': with --potential, each footprint's solar "
                       "potential on the merged raster")
    solar.add_argument("--potential", help="the per-building potential GeoPackage (layer solar_potential)")
    solar.add_argument("--rule", choices=POTENTIAL_RULES, default=POTENTIAL_RULES[0], help="potential rule")
    areas = commands.add_parser("servicearea", help="the step-free service area of every shelter on a pedestrian "
                                "network for a mobility profile, shelters in groups on dask, merged into one "
                                "GeoPackage")
    areas.add_argument("network", help="pedestrian network links: MLIT link file or OSM-style footways (GeoJSON/CSV)")
    areas.add_argument("shelters", help="GSI evacuation site CSV, or a point layer (GeoPackage, GeoJSON)")
    areas.add_argument("output", help="the merged GeoPackage: service_areas (a polygon per shelter), reachable_links")
    areas.add_argument("--nodes", help="the MLIT node file of the network (GeoJSON/CSV)")
    areas.add_argument("--code-set", choices=("auto", *CODE_SETS), default="auto")
    areas.add_argument("--profile", default=DEFAULT_PROFILE, help=f"mobility profile id (default {DEFAULT_PROFILE})")
    areas.add_argument("--profiles", help="a JSON file of own profiles (default: the shipped ones)")
    areas.add_argument("--unknown", choices=UNKNOWN_POLICIES, default=UNKNOWN_BARRIER,
                       help="links whose data cannot tell: passable or barrier (default)")
    areas.add_argument("--budget-m", type=float, default=DEFAULT_BUDGET_M, help="walking distance in m (default "
                       f"{DEFAULT_BUDGET_M:g})")
    areas.add_argument("--buffer-m", type=float, default=DEFAULT_BUFFER_M, help="area width around the reached "
                       f"links in m (default {DEFAULT_BUFFER_M:g})")
    areas.add_argument("--hazard", choices=list(HAZARD_CHOICES), help="only the shelters designated for this hazard")
    areas.add_argument("--layer", help="the layer of a multi-layer shelter file")
    areas.add_argument("--id-field", help="shelter layer field with each shelter's id (default: the feature id)")
    areas.add_argument("--name-field", help="shelter layer field with each shelter's name (default: its id)")
    areas.add_argument("--suitable-field", help="shelter layer field, 1 where a shelter suits --hazard")
    areas.add_argument("--group-size", type=int, default=DEFAULT_GROUP_SIZE, help="shelters per task (default "
                       f"{DEFAULT_GROUP_SIZE})")
    areas.add_argument("--no-links", action="store_true", help="only the areas, not the reached links")
    for command in (batch, ensemble, dsm, solar, areas):
        command.add_argument("--scheduler", help="an existing dask scheduler, tcp://host:8786 (default: a "
                             "LocalCluster)")
        command.add_argument("--workers", type=int, help="LocalCluster worker processes (default: every core)")
        command.add_argument("--memory-limit", default=DEFAULT_MEMORY_LIMIT,
                             help="per LocalCluster worker, e.g. 2GiB (workers of --scheduler set their own)")
        command.add_argument("--retries", type=int, default=DEFAULT_RETRIES,
                             help="retries of a failed task before it is reported")
        command.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists" + (
            " (for .parquet: the layer files)" if command is batch else ""))
    return main


class Bar:
    """``[#########.........] 12/40 tiles  3.2 s`` redrawn in place on stderr; failed tiles named on their own line."""

    def __init__(self, stream=sys.stderr, units=("tile", "tiles")):
        self.stream, (self.unit, self.units) = stream, units
        self.started = time.monotonic()

    def __call__(self, name, record, finished, total):
        if record["status"] != "done":
            self.stream.write(f"\r{self.unit} {name} failed: {record.get('error')}\n")
        filled = BAR_WIDTH * finished // max(total, 1)
        self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {finished}/{total} {self.units} "
                          f"{time.monotonic() - self.started:6.1f} s")
        self.stream.flush()


def _scenarios(args):
    from ..errors import InputError
    from ..flood.tables import read_time_table
    from .ensemble import breach, constant_rain, hyetograph_scenario, series_rows

    scenarios = [constant_rain(intensity) for intensity in args.rain]
    scenarios += [hyetograph_scenario(path) for path in args.hyetograph]
    for name, x, y, discharge in args.inflow:
        try:
            rows = ((0.0, float(discharge)),)
        except ValueError:  # not a number: a hydrograph file
            table = read_time_table(discharge, False, "m3_per_s")
            if len(table) > 1 or "" not in table:
                raise InputError("an inflow hydrograph has one series: leave out the point column",
                                 path=discharge) from None
            rows = series_rows(table[""])
        scenarios.append(breach(name, x, y, rows))
    return scenarios


def ensemble_main(args):
    from .ensemble import run_ensemble

    result = run_ensemble(args.dem, args.output, _scenarios(args), args.duration, manning=args.manning,
                          scheduler=args.scheduler, workers=args.workers, memory_limit=args.memory_limit,
                          retries=args.retries, overwrite=args.overwrite,
                          progress=Progress(report=lambda percent: print(
                              f"\r{percent:5.1f} % of the scenarios", end="", file=sys.stderr)))
    print(f"\n{result.output}: {result.scenarios} scenarios", file=sys.stderr)
    return 0


def dsm_main(args):
    from .dsm import run_dsm

    result = run_dsm(args.gpkg, args.output, cellsize=args.cell, tile_m=args.tile, dem_path=args.dem,
                     scheduler=args.scheduler, workers=args.workers, memory_limit=args.memory_limit,
                     retries=args.retries, overwrite=args.overwrite)
    print(f"{args.output}: {result['tiles']} tiles, halo {result['halo_m']:g} m", file=sys.stderr)
    return 0


def solar_main(args):
    from ..solar import climate, rasters
    from .solar import building_potential, run_solar

    if bool(args.buildings) != bool(args.potential):
        print("error: give --buildings and --potential together", file=sys.stderr)
        return 2
    latitude, longitude = args.latitude, args.longitude
    if latitude is None or longitude is None:
        centre_longitude, centre_latitude = rasters.centre_lonlat(rasters.open_raster(args.dsm), args.dsm)
        latitude = centre_latitude if latitude is None else latitude
        longitude = centre_longitude if longitude is None else longitude
    if args.potential:  # before the long run, not after it
        refuse_existing(args.potential, args.overwrite)
    sky = climate.weather_file_sky(args.weather, latitude, longitude) if args.weather else \
        climate.embedded_sky(args.climate, latitude, longitude)
    result = run_solar(args.dsm, args.output, sky, albedo=args.albedo, radius=args.radius, sectors=args.sectors,
                       tile_m=args.tile, scheduler=args.scheduler, workers=args.workers,
                       memory_limit=args.memory_limit, retries=args.retries, overwrite=args.overwrite,
                       progress=Progress(report=lambda percent: print(
                           f"\r{percent:5.1f} % of the tiles", end="", file=sys.stderr)))
    print(f"\n{args.output}: {result['tiles']} tiles, halo {result['halo_m']:g} m, "
          f"{result['tile_seconds']:.1f} s", file=sys.stderr)
    if args.potential:
        potential = building_potential(args.buildings, args.output, args.dsm, args.potential, rule=args.rule,
                                       overwrite=args.overwrite)
        print(f"{args.potential}: {potential['buildings']} buildings, {potential['capacity_kw']:.0f} kW",
              file=sys.stderr)
    return 0


def servicearea_main(args):
    from .servicearea import run_service_areas

    result = run_service_areas(
        args.network, args.shelters, args.output, nodes_path=args.nodes, code_set=args.code_set,
        profile_id=args.profile, profiles_file=args.profiles, unknown_policy=args.unknown,
        budget_m=args.budget_m, buffer_m=args.buffer_m, hazard=args.hazard, layer=args.layer,
        id_field=args.id_field, name_field=args.name_field, suitable_field=args.suitable_field,
        links=not args.no_links, group_size=args.group_size, scheduler=args.scheduler, workers=args.workers,
        memory_limit=args.memory_limit, retries=args.retries, overwrite=args.overwrite,
        progress=Progress(log=lambda message: print(f"\n{message}", file=sys.stderr)),
        on_group=Bar(units=("shelter group", "shelter groups")))
    print(f"\n{result.output}: {result.shelters} shelters in {result.groups} groups ({result.skipped} from an earlier "
          f"run), {result.reachable_length_m / 1000:.1f} km of links reached, in {result.seconds:.1f} s; manifest "
          f"{result.manifest}", file=sys.stderr)
    return 0


def batch_main(args):
    result = run_batch(args.source, args.output, tiling=args.tiles, hazards=args.hazard, rule=args.rule,
                       scheduler=args.scheduler, workers=args.workers, memory_limit=args.memory_limit,
                       retries=args.retries, overwrite=args.overwrite,
                       progress=Progress(log=lambda message: print(f"\n{message}", file=sys.stderr)), on_tile=Bar())
    output = Path(result.output)
    written = f"{len(result.sources)} files {output.stem}_*{SUFFIX}" if output.suffix.lower() == SUFFIX else output
    print(f"\n{written}: {result.buildings} buildings in {result.tiles} tiles ({result.skipped} from an "
          f"earlier run) in {result.seconds:.1f} s; manifest {result.manifest}", file=sys.stderr)
    return 0


COMMANDS = {"batch": batch_main, "servicearea": servicearea_main, "ensemble": ensemble_main, "dsm": dsm_main,
            "solar": solar_main}
RESUMED_ON_RERUN = {"batch": "tiles", "servicearea": "shelter groups"}  # what a run started again skips


def main(argv=None):
    """Run one command; an error is one line (exit 1), Ctrl+C says what a rerun resumes (exit 130)."""
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except DigitalTwinError as error:
        print(f"\nerror: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        kept = RESUMED_ON_RERUN.get(args.command)
        print("\ninterrupted" + (f": finished {kept} are kept; run the same command again to resume" if kept else ""),
              file=sys.stderr)
        return 130
