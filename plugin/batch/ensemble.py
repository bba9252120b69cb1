"""Flood ensembles: many scenarios on one DEM (rain as constant intensities or hyetographs, inflow hydrographs at
points such as levee breaches, or both), each simulation a task on dask.distributed, summarised per cell as the share
of scenarios whose maximum depth reaches 0.5 m and 3 m.

The client only ever holds the running counts and the depths of the scenarios just finished, so memory stays that of
a few grids however many scenarios run.
"""

import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..dependencies import require
from ..errors import DigitalTwinError, InputError
from ..flood.rasters import read_raster
from ..flood.simulation import Inflow, TimeSeries, simulate
from ..flood.tables import read_time_table
from ..progress import NO_PROGRESS
from ..safe_io import atomic_output, refuse_existing
from .defaults import DEFAULT_MEMORY_LIMIT, DEFAULT_RETRIES
from .runner import ClusterClient, as_finished

THRESHOLDS_M = (0.5, 3.0)  # the GSI depth classes' "floor above ground" and "first floor under water" lines


@dataclass(frozen=True)
class Scenario:
    name: str
    rain_rows: tuple = ()  # ((time s, intensity mm/h), ...): one row is a constant rain; none: no rain
    steps: bool = True  # a hyetograph holds each value until the next row
    # ((x, y, ((time s, m³/s), ...)), ...): hydrographs entering at map points (the DEM's CRS), linear in time
    inflows: tuple = ()


@dataclass
class EnsembleResult:
    output: str
    scenarios: int = 0
    failed: list = field(default_factory=list)
    seconds: dict = field(default_factory=dict)  # scenario -> seconds
    cells: int = 0


def constant_rain(intensity_mm_h: float) -> Scenario:
    return Scenario(f"rain_{intensity_mm_h:g}mm_h", ((0.0, float(intensity_mm_h)),))


def hyetograph_scenario(path) -> Scenario:
    """A rain scenario from a hyetograph CSV ('minutes,rain_mm_h', each intensity holding until the next row), named
    after its file; InputError naming the file (and line) when it is not one."""
    table = read_time_table(path, True, "rain_mm_h")
    series = table.get("")
    if series is None or len(table) > 1:
        raise InputError("a hyetograph has one series: leave out the point column", path=path)
    return Scenario(Path(path).stem, series_rows(series))


def series_rows(series: TimeSeries) -> tuple:
    """((time s, value), ...) of a TimeSeries, as a Scenario holds them (plain floats: cheap to send to workers)."""
    return tuple(zip(series.times.tolist(), series.values.tolist(), strict=True))


def breach(name: str, x: float, y: float, discharge_rows: tuple) -> Scenario:
    """A levee breach or any inflow point: ``discharge_rows`` ((time s, m³/s), ...) entering at (x, y), no rain."""
    return Scenario(name, inflows=((float(x), float(y), tuple(discharge_rows)),))


def _inflows(dem, scenario):
    inflows = []
    for x, y, rows in scenario.inflows:
        cell = dem.cell_of(x, y)
        if cell is None:
            raise InputError("scenario {scenario}: the inflow point ({x}, {y}) lies outside the DEM",
                             field="scenarios", scenario=scenario.name, x=x, y=y)
        inflows.append(Inflow(*cell, TimeSeries.from_rows(rows, name=scenario.name), scenario.name))
    return inflows


def run_scenario(dem_path: str, scenario: Scenario, duration_s: float, manning: float) -> np.ndarray:
    """One simulation (the task a worker runs): its maximum depth grid (float32, NaN where the DEM has none)."""
    dem = read_raster(dem_path)
    rain = TimeSeries.from_rows(scenario.rain_rows, steps=scenario.steps, name=scenario.name) \
        if scenario.rain_rows else None
    result = simulate(dem.values, dem.cell_size, duration_s, manning=manning, rain=rain,
                      inflows=_inflows(dem, scenario))
    return np.where(np.isfinite(dem.values), result.max_depth, np.nan).astype(np.float32)


def exceedance(depths, thresholds=THRESHOLDS_M) -> np.ndarray:
    """Per threshold, 1 where a depth grid reaches it (uint16 counts to add up)."""
    return np.stack([(np.nan_to_num(depths, nan=0.0) >= threshold) for threshold in thresholds]).astype(np.uint16)


def run_ensemble(dem_path, output, scenarios, duration_s, *, manning=0.03, scheduler=None, workers=None,
                 memory_limit=DEFAULT_MEMORY_LIMIT, retries=DEFAULT_RETRIES, overwrite=False,
                 progress=NO_PROGRESS) -> EnsembleResult:
    """Simulate every scenario on dask and write ``output``: a GeoTIFF with one band per threshold, the share (0-1)
    of the scenarios that reach it. Raises DigitalTwinError naming failed scenarios (after the others ran)."""
    distributed = require("distributed", "Batch runs")
    scenarios = list(scenarios)
    if not scenarios:
        raise InputError("give at least one scenario", field="scenarios")
    if len({scenario.name for scenario in scenarios}) != len(scenarios):
        raise InputError("each scenario needs its own name", field="scenarios")
    if duration_s <= 0:
        raise InputError("the duration must be positive", field="duration")
    dem = read_raster(dem_path)  # fails early on a bad DEM, and gives the grid of the output
    for scenario in scenarios:  # before any task starts: a scenario with nothing in it, or a point off the grid
        if not scenario.rain_rows and not scenario.inflows:
            raise InputError("scenario {scenario} has neither rain nor inflow", field="scenarios",
                             scenario=scenario.name)
        _inflows(dem, scenario)
    refuse_existing(output, overwrite)
    counts = np.zeros((len(THRESHOLDS_M), *dem.shape), dtype=np.uint16)
    result = EnsembleResult(str(output), scenarios=len(scenarios), cells=int(dem.values.size))
    with ClusterClient(distributed, scheduler, workers, memory_limit) as client:
        futures = {client.submit(run_scenario, str(dem_path), scenario, duration_s, manning, retries=retries,
                                 pure=False, key=f"scenario-{scenario.name}-{time.time_ns()}"): scenario.name
                   for scenario in scenarios}
        submitted = time.monotonic()  # every scenario at once
        for finished, future in enumerate(as_finished(client, futures, progress), start=1):
            name = futures[future]
            if future.status == "finished":
                counts += exceedance(future.result())
                result.seconds[name] = round(time.monotonic() - submitted, 3)
            else:
                result.failed.append(f"{name} ({future.exception()})")
            future.release()
            progress.step(finished / len(futures))
    if result.failed:
        raise DigitalTwinError("{count} of {total} scenarios failed: {names}", count=len(result.failed),
                               total=len(scenarios), names="; ".join(sorted(result.failed)))
    shares = counts.astype(np.float32) / len(scenarios)
    shares[:, ~np.isfinite(dem.values)] = np.nan
    _write_shares(output, shares, dem, overwrite)
    return result


def _write_shares(path, shares, grid, overwrite):
    from osgeo import gdal

    gdal.UseExceptions()
    bands, rows, cols = shares.shape
    with atomic_output(path, overwrite=overwrite) as tmp:
        dataset = gdal.GetDriverByName("GTiff").Create(str(tmp), cols, rows, bands, gdal.GDT_Float32,
                                                       ["COMPRESS=DEFLATE", "TILED=YES", "PREDICTOR=3"])
        dataset.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            dataset.SetProjection(grid.crs_wkt)
        for index, threshold in enumerate(THRESHOLDS_M, start=1):
            band = dataset.GetRasterBand(index)
            band.SetDescription(f"share_reaching_{threshold:g}m")
            band.SetNoDataValue(-1.0)
            band.WriteArray(np.where(np.isfinite(shares[index - 1]), shares[index - 1], -1.0))
        dataset.FlushCache()
        dataset = None
