"""Annual solar irradiation of a DSM GeoTIFF, tile by tile on dask, equal cell for cell to one untiled run.

Each tile's core is irradiated (solar.rasters.irradiate_tile) from the DSM read with a halo as wide as the horizon
march reaches for the shadow-search radius (solar.rasters.tile_plan), so the shadows of every neighbour the untiled
run sees are seen; the halo only casts shadows and is dropped. Every tile shares the whole raster's lowest point and
relief and starts on the whole raster's far-field blocks, so the mosaic of the cores is the untiled raster.
"""

import time
from pathlib import Path

from ..dependencies import require
from ..errors import DigitalTwinError, InputError
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output, refuse_existing
from ..solar import irradiance, rasters
from .defaults import DEFAULT_MEMORY_LIMIT, DEFAULT_RETRIES
from .dsm import failures, mosaic, tile_folder
from .runner import ClusterClient, peak_rss_mb

DEFAULT_TILE_M = 2000.0  # at 1 m with the 548 m halo of a 500 m radius: 3,100² cells, ~0.8 GB peak per worker;
# the halo costs 1.5x the core (2.1x at 1 km)
OUTPUT_OPTIONS = ("COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3", "TILED=YES", "BIGTIFF=IF_SAFER")  # as create_like


def solar_tile(dsm_path, tile, tables, *, plan, albedo, radius, output):
    """The task a worker runs: the annual irradiation of one tile's core, as a GeoTIFF on the DSM's lattice; returns
    its path and the worker's peak memory (MB)."""
    gdal, _ = rasters.gdal_modules()
    dataset = rasters.open_raster(dsm_path)
    annual = rasters.irradiate_tile(dataset.GetRasterBand(1), tile, tables, plan, albedo=albedo,
                                    radius=radius)["annual"][0]
    col, row, width, height = tile
    x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
    with atomic_output(output, overwrite=True, make_folder=False) as tmp:
        target = gdal.GetDriverByName("GTiff").Create(str(tmp), width, height, 1, gdal.GDT_Float32,
                                                      options=["COMPRESS=DEFLATE", "ZLEVEL=1", "PREDICTOR=3"])
        target.SetGeoTransform((x0 + col * dx, dx, 0.0, y0 + row * dy, 0.0, dy))
        target.SetProjection(dataset.GetProjection())
        target.GetRasterBand(1).SetNoDataValue(rasters.NODATA)
        target.GetRasterBand(1).WriteArray(annual)
        target = None  # noqa: F841 (flush and close before the rename)
    return str(output), peak_rss_mb()


def run_solar(dsm_path, output, sky, *, albedo=irradiance.DEFAULT_ALBEDO, radius=irradiance.DEFAULT_RADIUS,
              sectors=irradiance.DEFAULT_SECTORS, tile_m=DEFAULT_TILE_M, scheduler=None, workers=None,
              memory_limit=DEFAULT_MEMORY_LIMIT, retries=DEFAULT_RETRIES, overwrite=False,
              progress=NO_PROGRESS) -> dict:
    """Annual irradiation (kWh/m²) of the DSM GeoTIFF ``dsm_path`` into the GeoTIFF ``output``, in tiles of
    ``tile_m`` with halos as tasks on dask (``scheduler`` "tcp://host:8786", or a LocalCluster of ``workers``)."""
    distributed = require("distributed", "Batch runs")
    refuse_existing(output, overwrite)
    dataset = rasters.open_raster(dsm_path)
    rasters.require_metres(dataset, dsm_path)
    plan = rasters.tile_plan(dataset, dsm_path, radius)
    if tile_m < plan.cellsize:
        raise InputError("the cell size must be positive and the tiles at least one cell wide", field="tile")
    tile_px = rasters.whole_blocks(tile_m / plan.cellsize)
    windows = list(rasters.tiles(dataset.RasterXSize, dataset.RasterYSize, tile_px))
    tables = irradiance.sector_tables(sky, sectors)
    with tile_folder("digital_twin_solar_tiles_", output) as folder, \
            ClusterClient(distributed, scheduler, workers, memory_limit) as client:
        started = time.monotonic()
        shared = client.scatter(tables, broadcast=True)
        futures = [client.submit(solar_tile, str(dsm_path), window, shared, plan=plan, albedo=albedo, radius=radius,
                                 output=str(Path(folder) / f"{number}.tif"), retries=retries, pure=False)
                   for number, window in enumerate(windows)]
        failed = failures(client, futures, progress)
        if failed:
            raise DigitalTwinError("{count} of {total} solar tiles failed: {errors}", count=len(failed),
                                   total=len(futures), errors="; ".join(failed))
        tile_seconds = time.monotonic() - started
        paths, peaks_mb = zip(*(future.result() for future in futures), strict=True)
        mosaic(paths, output, folder, overwrite=overwrite, creation_options=OUTPUT_OPTIONS)
    return {"tiles": len(windows), "halo_m": plan.overlap * plan.cellsize, "tile_seconds": tile_seconds,
            "cells": dataset.RasterXSize * dataset.RasterYSize, "cellsize": plan.cellsize,
            "peak_worker_mb": max(peaks_mb)}


POTENTIAL_LAYER = "solar_potential"
POTENTIAL_FIELDS = (("roof_area", "OFTReal"), ("usable_area", "OFTReal"), ("mean_irradiation", "OFTReal"),
                    ("capacity_kw", "OFTReal"), ("yield_kwh", "OFTReal"), ("co2_t", "OFTReal"),
                    ("suitability", "OFTString"))


def building_potential(gpkg, annual_path, dsm_path, output, *, rule="tokyo_atlas", overwrite=False,
                       progress=NO_PROGRESS) -> dict:
    """Per-building solar potential (solar.potential) from the merged irradiation raster and its DSM, for the
    footprints of a batch GeoPackage, into the layer solar_potential of the new GeoPackage ``output``: one row per
    footprint with its ``building_fid`` in ``gpkg``. Return {"buildings": rows, "capacity_kw": total}."""
    import numpy as np

    from ..solar import potential
    from .dsm import FOOTPRINTS

    if rule not in potential.RULES:
        raise InputError("unknown rule '{rule}'; choose one of {rules}", field="rule", rule=rule,
                         rules=", ".join(potential.RULES))
    refuse_existing(output, overwrite)
    fids, wkbs, wkt = _footprints(gpkg, FOOTPRINTS)
    sums = rasters.roof_sums(annual_path, dsm_path, wkbs, progress=progress.sub(0.0, 0.9))
    results = sums.potential(rule)
    _, osr = rasters.gdal_modules()
    from osgeo import ogr

    ogr.UseExceptions()
    with atomic_output(output, overwrite=overwrite) as tmp:
        tmp.unlink()  # the GeoPackage driver makes the file itself
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
        layer = dataset.CreateLayer(POTENTIAL_LAYER, osr.SpatialReference(wkt=wkt), ogr.wkbMultiPolygon)
        for name, kind in (("building_fid", "OFTInteger64"), *POTENTIAL_FIELDS, ("solar_rule", "OFTString")):
            layer.CreateField(ogr.FieldDefn(name, getattr(ogr, kind)))
        layer.StartTransaction()
        for index, (fid, wkb) in enumerate(zip(fids, wkbs, strict=True)):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(wkb)))
            feature.SetField("building_fid", fid)
            for name, _kind in POTENTIAL_FIELDS[:-1]:
                value = float(results[name][index])
                if np.isfinite(value):
                    feature.SetField(name, round(value, 3))
            feature.SetField("suitability", str(results["suitability"][index]))
            feature.SetField("solar_rule", rule)
            layer.CreateFeature(feature)
        layer.CommitTransaction()
        dataset = layer = None
    progress.step(1.0)
    return {"buildings": len(fids), "capacity_kw": float(np.sum(results["capacity_kw"]))}


def _footprints(gpkg, table):
    """(fids, footprint WKBs, CRS WKT) of a GeoPackage layer, in fid order."""
    import contextlib
    import sqlite3

    from .steps import _sql_name, gpkg_wkb, layer_crs_wkt

    with contextlib.closing(sqlite3.connect(str(gpkg))) as connection:
        if not connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (table,)).fetchone():
            raise InputError("no layer {layer} with building footprints", path=gpkg, layer=table)
        rows = connection.execute(f"SELECT fid, geom FROM {_sql_name(table)} WHERE geom IS NOT NULL "
                                  "ORDER BY fid").fetchall()
        wkt = layer_crs_wkt(connection, table)
    if not rows:
        raise InputError("no building footprints in layer {layer}", path=gpkg, layer=table)
    return [fid for fid, _ in rows], [gpkg_wkb(blob) for _, blob in rows], wkt
