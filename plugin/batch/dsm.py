"""The buildings' DSM of a merged batch GeoPackage, tile by tile on dask, equal cell for cell to one untiled DSM.

A roof stands at the lowest ground under its whole footprint plus its height (solar.dsm), so a tile's grid reaches
past the tile by a halo as wide as the largest footprint: every building that touches the tile lies wholly inside
its grid. Tiles sit on the untiled grid's lattice and keep only their own cells.
"""

import contextlib
import math
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import numpy as np

from ..dependencies import require
from ..errors import DigitalTwinError, InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output, refuse_existing
from ..solar.dsm import buildings_dsm
from .defaults import DEFAULT_MEMORY_LIMIT, DEFAULT_RETRIES
from .runner import ClusterClient, as_finished
from .steps import _sql_name, gpkg_wkb, layer_crs_wkt

FOOTPRINTS = "building_lod1"  # LOD1 footprints with measured_height, as digitaltwin:buildingsdsm takes them
HEIGHT = "measured_height"


def _buildings(gpkg, window=None):
    """(WKB list, heights, (minx, miny, maxx, maxy) of them all) of the footprints in fid order; with ``window``,
    those whose spatial-index box meets it."""
    with contextlib.closing(sqlite3.connect(str(gpkg))) as connection:
        table = _sql_name(FOOTPRINTS)
        if not connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (FOOTPRINTS,)).fetchone():
            raise InputError("no layer {layer} to make a DSM from", path=gpkg, layer=FOOTPRINTS)
        if window is None:
            rows = connection.execute(f"SELECT geom, {HEIGHT} FROM {table} ORDER BY fid").fetchall()
        else:
            index = _sql_name(f"rtree_{FOOTPRINTS}_geom")
            rows = connection.execute(
                f"SELECT geom, {HEIGHT} FROM {table} WHERE fid IN (SELECT id FROM {index} WHERE maxx >= ? AND "
                "minx <= ? AND maxy >= ? AND miny <= ?) ORDER BY fid",
                (window[0], window[2], window[1], window[3])).fetchall()
        bounds = connection.execute(f"SELECT min(minx), min(miny), max(maxx), max(maxy), max(max(maxx - minx, "
                                    f"maxy - miny)) FROM {_sql_name(f'rtree_{FOOTPRINTS}_geom')}").fetchone()
        wkt = layer_crs_wkt(connection, FOOTPRINTS)
    wkbs = [gpkg_wkb(blob) for blob, _ in rows]
    heights = np.array([np.nan if height is None else height for _, height in rows], dtype=float)
    return wkbs, heights, bounds, wkt


def lattice(bounds, cellsize):
    """The untiled grid: (xmin, ymin, xmax, ymax) snapped outward to whole cells."""
    xmin, ymin, xmax, ymax = bounds[:4]
    return (math.floor(xmin / cellsize) * cellsize, math.floor(ymin / cellsize) * cellsize,
            math.ceil(xmax / cellsize) * cellsize, math.ceil(ymax / cellsize) * cellsize)


def dsm_tile(gpkg, window, halo_m, cellsize, dem_path, output):
    """One tile's DSM (the task a worker runs): burnt on the window grown by ``halo_m``, then cut to the window."""
    grown = (window[0] - halo_m, window[1] - halo_m, window[2] + halo_m, window[3] + halo_m)
    wkbs, heights, _, wkt = _buildings(gpkg, grown)
    from osgeo import gdal

    gdal.UseExceptions()
    with tempfile.TemporaryDirectory(prefix="digital_twin_dsm_") as scratch:
        full = Path(scratch) / "grown.tif"
        buildings_dsm(wkbs, heights, grown, cellsize, wkt, full, dem_path=dem_path)
        with atomic_output(output, overwrite=True, make_folder=False) as tmp:
            gdal.Translate(str(tmp), str(full), projWin=(window[0], window[3], window[2], window[1]),
                           creationOptions=["COMPRESS=DEFLATE", "TILED=YES", "PREDICTOR=3"])
    return str(output)


def run_dsm(gpkg, output, *, cellsize=1.0, tile_m=500.0, dem_path=None, scheduler=None, workers=None,
            memory_limit=DEFAULT_MEMORY_LIMIT, retries=DEFAULT_RETRIES, overwrite=False, progress=NO_PROGRESS) -> dict:
    """The DSM of the buildings in a batch GeoPackage into the GeoTIFF ``output``, tiles of ``tile_m`` as tasks."""
    distributed = require("distributed", "Batch runs")
    if cellsize <= 0 or tile_m < cellsize:
        raise InputError("the cell size must be positive and the tiles at least one cell wide", field="cellsize")
    refuse_existing(output, overwrite)
    _, _, bounds, _ = _buildings(gpkg, window=(0, 0, -1, -1))  # an empty window: only the extent and the largest
    if bounds[0] is None:                                          # footprint
        raise InputError("no buildings to make a DSM from", path=gpkg)
    xmin, ymin, xmax, ymax = lattice(bounds, cellsize)
    halo_m = (math.ceil(bounds[4] / cellsize) + 1) * cellsize
    step = math.ceil(tile_m / cellsize) * cellsize
    windows = [(x, y, min(x + step, xmax), min(y + step, ymax))
               for y in np.arange(ymin, ymax, step).tolist() for x in np.arange(xmin, xmax, step).tolist()]
    with tile_folder("digital_twin_dsm_tiles_", output) as folder, \
            ClusterClient(distributed, scheduler, workers, memory_limit) as client:
        futures = [client.submit(dsm_tile, str(gpkg), window, halo_m, cellsize, dem_path,
                                 str(Path(folder) / f"{number}.tif"), retries=retries, pure=False)
                   for number, window in enumerate(windows)]
        failed = failures(client, futures, progress)
        if failed:
            raise DigitalTwinError("{count} of {total} DSM tiles failed: {errors}", count=len(failed),
                                   total=len(futures), errors="; ".join(failed))
        mosaic([future.result() for future in futures], output, folder, overwrite=overwrite)
    return {"tiles": len(windows), "halo_m": halo_m, "extent": (xmin, ymin, xmax, ymax)}


@contextlib.contextmanager
def tile_folder(prefix, output):
    """A scratch folder beside ``output`` for the tiles' GeoTIFFs, gone on exit even when Cancel left tasks running
    on the workers (dask cannot stop a running task): it is renamed before it is removed, and the tasks write with
    atomic_output(make_folder=False), so a late task fails instead of leaving a file or a new folder behind."""
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=Path(output).parent))
    try:
        yield folder
    finally:
        removed = folder.with_name(f".{folder.name}.removed")
        os.rename(folder, removed)
        shutil.rmtree(removed, ignore_errors=True)


def failures(client, futures, progress) -> list:
    """Wait for the tile tasks (progress per tile, Cancel honoured); the errors of those that failed."""
    failed = []
    for finished, future in enumerate(as_finished(client, futures, progress), start=1):
        if future.status != "finished":
            failed.append(str(future.exception()))
        progress.step(finished / len(futures))
    return failed


def mosaic(paths, output, folder, *, overwrite=False, creation_options=("COMPRESS=DEFLATE", "TILED=YES",
                                                                          "PREDICTOR=3")):
    """The tiles' GeoTIFFs (cores on one lattice) as one GeoTIFF, through a VRT in the scratch ``folder``."""
    from osgeo import gdal

    gdal.UseExceptions()
    virtual = gdal.BuildVRT(str(Path(folder) / "mosaic.vrt"), [str(path) for path in paths])
    with atomic_output(output, overwrite=overwrite) as tmp:
        gdal.Translate(str(tmp), virtual, creationOptions=list(creation_options))
    virtual = None  # noqa: F841 (closes the VRT before its folder goes)


def untiled_dsm(gpkg, output, *, cellsize=1.0, dem_path=None, overwrite=False):
    """The reference: one buildings_dsm over the whole lattice, in this process."""
    wkbs, heights, bounds, wkt = _buildings(gpkg)
    return buildings_dsm(wkbs, heights, lattice(bounds, cellsize), cellsize, wkt, output, dem_path=dem_path,
                         overwrite=overwrite)
