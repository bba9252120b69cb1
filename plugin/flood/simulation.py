"""2D flood simulation: the local inertial shallow-water model of Bates, Horritt & Fewtrell (2010), as in LISFLOOD-FP.

Water depth ``h`` lives at cell centres, unit-width discharge ``q`` (m²/s) on the faces between cells. Each step:

    q_new = (q - g·h_f·Δt·∂η/∂x) / (1 + g·Δt·n²·|q| / h_f^(7/3))      (η = z + h, h_f = flow depth at the face)
    h_new = h + Δt·(rain + inflow/Δx² + Σ q_in/Δx - Σ q_out/Δx)

with the adaptive step Δt = α·Δx/√(g·h_max) (α = 0.7). The passes over the grid are compiled with numba
(kernels.py); this module keeps time, sources, outputs and the mass balance. A cell never gives away more water
than it holds (outgoing fluxes are scaled down when they would empty it), so mass is conserved to round-off and
depths never go negative; the mass balance is reported.
"""

from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..errors import InputError, Words
from ..progress import NO_PROGRESS

GRAVITY = 9.81
FLOW_DEPTH_MIN = 1e-4  # m: a grid shallower than this everywhere takes the longest step
BOUNDARY_SLOPE_MIN = 1e-3  # water-surface slope driving free outflow at an open edge lying on flat ground
TIME_SERIES = Words("time series")  # what a series is called in messages when no table names it


@dataclass
class TimeSeries:
    """A value varying in time: linear interpolation between (time s, value) rows, held constant past the ends,
    or a step function (each value holds from its time until the next row) when ``steps`` is set (hyetographs)."""

    times: np.ndarray
    values: np.ndarray
    steps: bool = False

    @classmethod
    def from_rows(cls, rows, steps=False, name=TIME_SERIES):
        rows = sorted((float(t), float(v)) for t, v in rows)
        if not rows:
            raise InputError("the {name} has no rows", name=name)
        times, values = (np.array(column) for column in zip(*rows, strict=True))
        if np.any(values < 0):
            raise InputError("the {name} has a negative value; rain and inflow must be ≥ 0", name=name)
        return cls(times, values, steps)

    @classmethod
    def constant(cls, value):
        return cls(np.array([0.0]), np.array([float(value)]), steps=True)

    def at(self, t):
        if self.steps:
            index = np.searchsorted(self.times, t, side="right") - 1
            return float(self.values[index]) if index >= 0 else 0.0
        return float(np.interp(t, self.times, self.values))

    def breakpoints(self):
        """Times where a step function jumps: the model steps land on them so each rate applies exactly."""
        return self.times if self.steps else np.array([])


@dataclass
class Inflow:
    """A hydrograph (m³/s) entering the grid at one cell."""

    row: int
    col: int
    discharge: TimeSeries
    name: str = ""


@dataclass
class Stage:
    """A water depth (m above ground) held at one cell over time, e.g. a river gauge or a breach; the water it takes
    or gives is counted in the mass balance as boundary inflow."""

    row: int
    col: int
    depth: TimeSeries
    name: str = ""


@dataclass
class SimulationResult:
    max_depth: np.ndarray
    max_velocity: np.ndarray
    arrival_time: np.ndarray  # s since the start when depth first reached the arrival depth; NaN if never
    final_depth: np.ndarray
    series_times: np.ndarray
    series: dict  # point name -> depth (m) at series_times
    mass: dict  # rain, inflow, outflow, stored (m³), error_fraction
    steps: int
    min_dt: float
    max_dt: float


def simulate(dem, cell_size, duration, *, manning=0.03, rain=None, inflows=(), stages=(), obstacles=None,
             roof_runoff=True, initial_depth=None, open_boundary=False, points=None, series_interval=60.0, alpha=0.7,
             max_dt=10.0, arrival_depth=0.01, progress=NO_PROGRESS):
    """Run the model for ``duration`` seconds on ``dem`` (2D array, m; NaN = no data, treated as a wall).

    manning: n as a number or an array like dem. rain: TimeSeries of intensity in mm/h (constant or hyetograph).
    inflows: Inflow hydrographs at cells. stages: Stage depths held at cells. obstacles: boolean array, True where
    buildings block the flow (no water enters or leaves those cells). roof_runoff: rain on the obstacles runs off
    to the nearest open cell (otherwise it is not counted).
    open_boundary: water leaves the grid freely at its edges (otherwise the edges are walls).
    points: {name: (row, col)} for depth time series.
    """
    z, n2, wall = _prepare_grid(dem, manning, obstacles)
    ny, nx = z.shape
    dx = float(cell_size)
    if dx <= 0 or duration <= 0:
        raise InputError("the cell size and the duration must be positive")
    points = dict(points or {})
    _check_cells(list(points.items()) + [(f.name or "inflow", (f.row, f.col)) for f in [*inflows, *stages]], wall)

    h = np.zeros_like(z) if initial_depth is None else np.where(wall, 0.0, np.asarray(initial_depth, float))
    qx = np.zeros((ny, nx + 1))  # faces west of each column, plus the east edge
    qy = np.zeros((ny + 1, nx))
    rain_share = _rain_share(wall, obstacles if roof_runoff else None)
    rain_cells = float(rain_share.sum())
    faces = _Faces(_load_kernels(), z, n2, wall, rain_share, dx, open_boundary)
    source_cells = np.array([(inflow.row, inflow.col) for inflow in inflows], dtype=np.int64).reshape(-1, 2)
    source_depths = np.zeros(len(inflows))  # inflow depth added this step, per inflow

    max_depth = h.copy()
    max_speed_squared = np.zeros_like(z)
    arrival = np.where(h >= arrival_depth, 0.0, np.nan)
    series_times = np.arange(0.0, duration + 1e-9, series_interval)
    if series_times[-1] < duration:
        series_times = np.append(series_times, duration)
    series = {name: np.full(series_times.size, np.nan) for name in points}
    # Steps land on every sample time and every jump of a step-function input.
    events = np.unique(np.concatenate([series_times, rain.breakpoints() if rain else [],
                                       *[f.discharge.breakpoints() for f in inflows],
                                       *[s.depth.breakpoints() for s in stages]]))
    events = events[(events > 0) & (events <= duration)]

    initial_volume = float(h.sum()) * dx * dx
    rain_volume = inflow_volume = outflow_volume = stage_volume = 0.0
    t, steps, next_series, min_step, max_step = 0.0, 0, 0, np.inf, 0.0
    next_report = 0.0
    h_max = float(h.max())
    while True:
        while next_series < series_times.size and series_times[next_series] <= t + 1e-9:
            for name, (row, col) in points.items():
                series[name][next_series] = h[row, col]
            next_series += 1
        if t >= duration - 1e-9:
            break
        dt = alpha * dx / np.sqrt(GRAVITY * h_max) if h_max > FLOW_DEPTH_MIN else max_dt
        next_event = events[np.searchsorted(events, t + 1e-9, side="right")]
        dt = min(dt, max_dt, next_event - t)

        # Sources held constant over the step, taken at its middle, and counted exactly as applied.
        rain_rate = rain.at(t + dt / 2) / 3.6e6 if rain else 0.0  # mm/h -> m/s
        rain_volume += rain_rate * dt * dx * dx * rain_cells
        for k, inflow in enumerate(inflows):
            discharge = inflow.discharge.at(t + dt / 2)
            source_depths[k] = discharge * dt / (dx * dx)
            inflow_volume += discharge * dt

        t += dt
        # With held stages the maxima wait until the stage depths are set.
        h_max = faces.step(qx, qy, h, rain_rate * dt, source_cells, source_depths, dt, t, max_depth,
                           max_speed_squared, arrival, arrival_depth, record=not stages)
        outflow_volume += faces.outflow(qx, qy) * dt * dx
        for stage in stages:
            target = stage.depth.at(t)
            stage_volume += (target - h[stage.row, stage.col]) * dx * dx
            h[stage.row, stage.col] = target
        if stages:
            h_max = faces.kernels.record_maxima(qx, qy, h, t, max_depth, max_speed_squared, arrival, arrival_depth)

        steps += 1
        min_step, max_step = min(min_step, dt), max(max_step, dt)
        if t / duration >= next_report:
            progress.step(t / duration)
            next_report = t / duration + 0.005

    mass = _mass_balance(initial_volume, rain_volume, inflow_volume, stage_volume, outflow_volume,
                         float(h.sum()) * dx * dx)
    progress.info("Flood simulation: {steps} steps, Δt {min_step:.3g}–{max_step:.3g} s; rain {rain:.1f} m³, inflow "
                  "{inflow:.1f} m³, held stages {boundary:.1f} m³, outflow {outflow:.1f} m³, on the grid {stored:.1f} "
                  "m³, mass balance error {error_percent:.4f} %", steps=steps, min_step=min_step, max_step=max_step,
                  rain=mass["rain"], inflow=mass["inflow"], boundary=mass["boundary"], outflow=mass["outflow"],
                  stored=mass["stored"], error_percent=100 * mass["error_fraction"])
    return SimulationResult(max_depth, np.sqrt(max_speed_squared), arrival, h, series_times, series, mass, steps,
                            float(min_step), float(max_step))


def _load_kernels():
    """The compiled grid passes; compiled once per machine (numba caches them), so only a first run waits."""
    require("numba", "The flood simulation")
    from . import kernels

    return kernels


def _rain_share(wall, roofs):
    """How many cells' rain each cell receives per step: 1 on open ground, 0 on walls, and with ``roofs`` (buildings)
    each roof cell's rain added to the open cell nearest to it, as gutters and downpipes bring it to the ground
    beside the building. Without that, a ward whose buildings cover half the ground would get half its rain."""
    share = (~wall).astype(float)
    if roofs is None:
        return share
    roofs = np.asarray(roofs, bool) & wall
    if roofs.any():
        from scipy import ndimage

        _, (rows, cols) = ndimage.distance_transform_edt(wall, return_indices=True)
        np.add.at(share, (rows[roofs], cols[roofs]), 1.0)
    return share


def _check_cells(named_cells, wall):
    ny, nx = wall.shape
    for name, (row, col) in named_cells:
        if not (0 <= row < ny and 0 <= col < nx):
            raise InputError("point '{name}' (row {row}, column {col}) lies outside the {ny} x {nx} grid", name=name,
                             row=row, col=col, ny=ny, nx=nx)
        if wall[row, col]:
            raise InputError("point '{name}' (row {row}, column {col}) lies on a building or a no-data cell",
                             name=name, row=row, col=col)


def _mass_balance(initial, rain, inflow, boundary, outflow, stored):
    """Volumes (m³) in and out, and the error as a fraction of the water supplied; plain floats for Qt."""
    supplied = rain + inflow + boundary
    error = initial + supplied - stored - outflow
    mass = dict(initial=initial, rain=rain, inflow=inflow, boundary=boundary, outflow=outflow, stored=stored,
                error=error, error_fraction=error / supplied if supplied > 0 else 0.0)
    return {key: float(value) for key, value in mass.items()}


def _prepare_grid(dem, manning, obstacles):
    z = np.array(dem, dtype=float)
    if z.ndim != 2 or min(z.shape) < 1:
        raise InputError("the DEM must be a 2D grid")
    wall = ~np.isfinite(z)
    if obstacles is not None:
        obstacles = np.asarray(obstacles, bool)
        if obstacles.shape != z.shape:
            raise InputError("the obstacle grid {obstacles_shape} does not match the DEM {dem_shape}",
                             obstacles_shape=obstacles.shape, dem_shape=z.shape)
        wall |= obstacles
    if wall.all():
        raise InputError("every DEM cell is no-data or a building: nothing to simulate")
    n = np.broadcast_to(np.asarray(manning, dtype=float), z.shape)
    if np.any(n[~wall] <= 0) or not np.all(np.isfinite(n[~wall])):
        raise InputError("Manning's n must be a positive number on every cell of the DEM")
    z = np.where(wall, np.nanmax(z[~wall]) if np.isfinite(z).any() else 0.0, z)
    return z, np.where(wall, 0.0, n) ** 2, wall


class _Faces:
    """The grid as the compiled step sees it, computed once: walls as infinitely high ground (no face beside one
    ever carries water), and the slopes that drive free outflow at open edges."""

    def __init__(self, kernels, z, n2, wall, rain_share, dx, open_boundary):
        self.kernels = kernels
        self.threads = kernels.numba.get_num_threads()
        self.z_walled = np.where(wall, np.inf, z)
        self.n2, self.wall, self.rain_share, self.dx, self.open = n2, wall, rain_share, dx, open_boundary
        if open_boundary:
            self.edge_slopes = _edge_slopes(z, dx)

    def step(self, qx, qy, h, rain_depth, source_cells, source_depths, dt, t, max_depth, max_speed_squared, arrival,
             arrival_depth, record):
        """One model step: new discharges, limited to what each cell holds, and the water moved (h in place)."""
        if self.open:
            self.kernels.update_edges(qx, qy, h, self.wall, self.n2, self.edge_slopes, dt)
        with self.kernels.PARALLEL_LOCK:
            return self.kernels.step(qx, qy, self.z_walled, h, self.n2, self.rain_share, rain_depth, source_cells,
                                     source_depths, dt, self.dx, record, t, max_depth, max_speed_squared, arrival,
                                     arrival_depth, self.threads)

    def outflow(self, qx, qy):
        """Discharge leaving the grid through its edges (m²/s summed over edge faces)."""
        if not self.open:
            return 0.0
        return float(qx[:, -1].sum() - qx[:, 0].sum() + qy[-1, :].sum() - qy[0, :].sum())


def _edge_slopes(z, dx):
    """Ground slope rising inwards at the west, east, north and south edges (rows of one array, padded), at least
    BOUNDARY_SLOPE_MIN so that water on flat ground still leaves."""
    ny, nx = z.shape
    slopes = np.full((4, max(ny, nx)), BOUNDARY_SLOPE_MIN)
    if nx > 1:
        slopes[0, :ny] = (z[:, 1] - z[:, 0]) / dx
        slopes[1, :ny] = (z[:, -2] - z[:, -1]) / dx
    if ny > 1:
        slopes[2, :nx] = (z[1, :] - z[0, :]) / dx
        slopes[3, :nx] = (z[-2, :] - z[-1, :]) / dx
    return np.maximum(slopes, BOUNDARY_SLOPE_MIN)
