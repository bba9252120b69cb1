"""The command line: ``python -m digital_twin batch SOURCE OUTPUT [options]`` (also the console script
``digital-twin``), with a progress bar on the terminal.

    python -m digital_twin batch 13107_sumida-ku_2023_citygml.zip sumida.gpkg \\
        --hazard l2=flood_depth_l2.tif --tiles mesh3                       # a LocalCluster on every core
    python -m digital_twin batch ward.zip ward.gpkg --scheduler tcp://10.0.0.5:8786
"""

import argparse
import sys
import time

from ..errors import DigitalTwinError
from ..progress import Progress
from .runner import DEFAULT_MEMORY_LIMIT, run_batch
from .tiles import TILINGS

BAR_WIDTH = 30


def _hazard(text):
    name, separator, path = text.partition("=")
    if not separator or not name or not path:
        raise argparse.ArgumentTypeError(f"{text!r}: give NAME=PATH, e.g. l2=flood_depth_l2.tif")
    return name, path


def parser():
    main = argparse.ArgumentParser(prog="python -m digital_twin", description="Digital Twin batch tools")
    commands = main.add_subparsers(dest="command", required=True)
    batch = commands.add_parser("batch", help="load a PLATEAU release (zip or folder) tile by tile on dask and "
                                "assess flood exposure; merge into one GeoPackage")
    batch.add_argument("source", help="PLATEAU release zip, or a folder holding udx/bldg/*.gml")
    batch.add_argument("output", help="the merged GeoPackage (.gpkg)")
    batch.add_argument("--tiles", choices=TILINGS, default="mesh3",
                       help="mesh3: 1 km third-order mesh; mesh2: 10 km second-order mesh; member: one zip member")
    batch.add_argument("--hazard", type=_hazard, action="append", default=[], metavar="NAME=PATH",
                       help="a flood depth raster; repeat for every hazard (layer flood_exposure_NAME)")
    batch.add_argument("--rule", choices=("largest_overlap", "highest_touching"), default="largest_overlap")
    batch.add_argument("--scheduler", help="an existing dask scheduler, tcp://host:8786 (default: a LocalCluster)")
    batch.add_argument("--workers", type=int, help="LocalCluster worker processes (default: every core)")
    batch.add_argument("--memory-limit", default=DEFAULT_MEMORY_LIMIT,
                       help="per LocalCluster worker, e.g. 2GiB (workers of --scheduler set their own)")
    batch.add_argument("--retries", type=int, default=2, help="retries of a failed tile before it is reported")
    batch.add_argument("--overwrite", action="store_true", help="replace OUTPUT if it exists")
    return main


class Bar:
    """``[#########.........] 12/40 tiles  3.2 s`` redrawn in place on stderr; failed tiles named on their own line."""

    def __init__(self, stream=sys.stderr):
        self.stream = stream
        self.started = time.monotonic()

    def __call__(self, name, record, finished, total):
        if record["status"] != "done":
            self.stream.write(f"\rtile {name} failed: {record.get('error')}\n")
        filled = BAR_WIDTH * finished // max(total, 1)
        self.stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {finished}/{total} tiles "
                          f"{time.monotonic() - self.started:6.1f} s")
        self.stream.flush()


def main(argv=None):
    args = parser().parse_args(argv)
    bar = Bar()
    try:
        result = run_batch(args.source, args.output, tiling=args.tiles, hazards=args.hazard, rule=args.rule,
                           scheduler=args.scheduler, workers=args.workers, memory_limit=args.memory_limit,
                           retries=args.retries, overwrite=args.overwrite,
                           progress=Progress(log=lambda message: print(f"\n{message}", file=sys.stderr)),
                           on_tile=bar)
    except DigitalTwinError as error:
        print(f"\nerror: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted: finished tiles are kept; run the same command again to resume", file=sys.stderr)
        return 130
    print(f"\n{result.output}: {result.buildings} buildings in {result.tiles} tiles ({result.skipped} from an "
          f"earlier run) in {result.seconds:.1f} s; manifest {result.manifest}", file=sys.stderr)
    return 0
