"""Compiled (numba) steps of the local inertial flood model: each model step is two fused passes over the grid.

Pass 1 computes every face's new discharge and, per cell, the factor that keeps it from giving away more water than
it holds; pass 2 applies the factors, moves the water and records the maxima. The same arithmetic as whole-array
numpy would take some thirty trips through memory per step; fused, each value is loaded once or twice, and the
h^(7/3) of the friction term is h²·∛h (a cube root instead of a general power).

Closed faces (walls, no data) carry a bed of +inf, so their flow depth is never positive and they stay dry without a
test of their own.
"""

import math

import numba
import numpy as np

GRAVITY = 9.81
FLOW_DEPTH_MIN = 1e-4  # m: below this flow depth a face carries no water (avoids dividing by ~0 in the friction term)
SPEED_DEPTH_MIN = 0.01  # m: shallower cells report no velocity (q / h is meaningless on a film)


@numba.njit(inline="always")
def _inverse_cube_root(x):
    """x^(-1/3) for x > 0 to full double precision, with multiplications only: a first guess from the bits of x
    (its exponent divided by -3), then four Newton steps y <- y(4 - x·y³)/3 (error 3 % -> 2e-3 -> 1e-5 -> 3e-10 ->
    1 ulp). libm's cbrt is a function call several times slower, and h^(7/3) is needed on every face every step."""
    y = np.int64(0x553EF0FF289DD796 - np.float64(x).view(np.int64) // 3).view(np.float64)
    for _ in range(4):
        y = y * (4.0 - x * y * y * y) * (1.0 / 3.0)
    return y


@numba.njit(inline="always")
def _inertial(q, flow_depth, surface_slope, n2, g_dt):
    """Bates et al. (2010) eq. 11: explicit gravity term, semi-implicit friction."""
    if not flow_depth > FLOW_DEPTH_MIN:  # also NaN: a face beside a wall (inf - inf)
        return 0.0
    y = _inverse_cube_root(flow_depth)
    y2 = y * y
    friction = 1.0 + g_dt * n2 * abs(q) * (y2 * y2 * y2 * y)  # h^(-7/3) = y^7
    return (q - g_dt * flow_depth * surface_slope) / friction


@numba.njit(inline="always")
def _face(q, z_a, z_b, h_a, h_b, n2_a, n2_b, g_dt, dx):
    """Discharge across the face from cell a to cell b (positive towards b)."""
    eta_a, eta_b = z_a + h_a, z_b + h_b
    return _inertial(q, max(eta_a, eta_b) - max(z_a, z_b), (eta_b - eta_a) / dx, 0.5 * (n2_a + n2_b), g_dt)


@numba.njit(cache=True, nogil=True)
def update_edges(qx, qy, h, wall, n2, edge_slopes, dt):
    """Free outflow at open edges: the water surface falls away like the ground does towards the edge.

    edge_slopes rows: west, east (length ny), north, south (length nx), padded to the longer side. Outward
    discharge is positive east/south and negative west/north; an edge never lets water in."""
    ny, nx = h.shape
    g_dt = GRAVITY * dt
    for i in range(ny):
        for j, face, slope, sign in ((0, 0, edge_slopes[0, i], -1.0), (nx - 1, nx, edge_slopes[1, i], 1.0)):
            q_out = 0.0
            if not wall[i, j]:
                q_out = max(_inertial(sign * qx[i, face], h[i, j], -slope, n2[i, j], g_dt), 0.0)
            qx[i, face] = sign * q_out
    for j in range(nx):
        for i, face, slope, sign in ((0, 0, edge_slopes[2, j], -1.0), (ny - 1, ny, edge_slopes[3, j], 1.0)):
            q_out = 0.0
            if not wall[i, j]:
                q_out = max(_inertial(sign * qy[face, j], h[i, j], -slope, n2[i, j], g_dt), 0.0)
            qy[face, j] = sign * q_out


@numba.njit(cache=True, nogil=True)
def step(qx, qy, z, h, n2, rain_depth, sources, source_depths, dt, dx, record, t, max_depth, max_speed_squared,
         arrival, arrival_depth):
    """One model step in a single sweep over the rows; returns the deepest depth afterwards.

    z has +inf on walls. sources: (row, col) of cells receiving source_depths (inflows) this step. The edge faces
    must be up to date before (update_edges). Row i's faces and outflow factors are computed before row i - 1's
    water is moved: row i - 1 needs the factors of row i, and row i's faces need the depths of rows i and i + 1
    from before the step, which the lag leaves untouched. The maxima are recorded on the way when ``record``."""
    ny, nx = h.shape
    factor = np.empty((2, nx))  # outflow factors of the last two rows, by row parity
    deepest = 0.0
    for i in range(ny + 1):
        if i < ny:
            _update_row_faces(i, qx, qy, z, h, n2, rain_depth, sources, source_depths, dt, dx, factor[i % 2])
        if i > 0:
            row = i - 1
            _move_row_water(row, qx, qy, z, h, factor[row % 2], factor[i % 2], rain_depth, sources, source_depths,
                            dt, dx)
            if record:
                deepest = max(deepest, _record_row(row, qx, qy, h, t, max_depth, max_speed_squared, arrival,
                                                   arrival_depth))
    return deepest


@numba.njit(inline="always")
def _update_row_faces(i, qx, qy, z, h, n2, rain_depth, sources, source_depths, dt, dx, factor):
    """Row i's east and south faces from the depths before the step, then its cells' outflow factors (1, or less
    where a cell would give away more than it holds plus this step's sources)."""
    ny, nx = h.shape
    g_dt = GRAVITY * dt
    for j in range(nx - 1):
        qx[i, j + 1] = _face(qx[i, j + 1], z[i, j], z[i, j + 1], h[i, j], h[i, j + 1], n2[i, j], n2[i, j + 1],
                             g_dt, dx)
    if i + 1 < ny:
        for j in range(nx):
            qy[i + 1, j] = _face(qy[i + 1, j], z[i, j], z[i + 1, j], h[i, j], h[i + 1, j], n2[i, j], n2[i + 1, j],
                                 g_dt, dx)
    for j in range(nx):
        available = h[i, j] + (rain_depth if z[i, j] < np.inf else 0.0)
        factor[j] = _outflow_factor(qx[i, j], qx[i, j + 1], qy[i, j], qy[i + 1, j], available, dt, dx)
    for k in range(sources.shape[0]):
        if sources[k, 0] == i:
            j = sources[k, 1]
            available = h[i, j] + rain_depth + source_depths[k]
            factor[j] = _outflow_factor(qx[i, j], qx[i, j + 1], qy[i, j], qy[i + 1, j], available, dt, dx)


@numba.njit(inline="always")
def _outflow_factor(west, east, north, south, available, dt, dx):
    out_depth = dt / dx * (max(east, 0.0) + max(-west, 0.0) + max(south, 0.0) + max(-north, 0.0))
    return available / out_depth if out_depth > available else 1.0


@numba.njit(inline="always")
def _move_row_water(i, qx, qy, z, h, factor, factor_below, rain_depth, sources, source_depths, dt, dx):
    """Scale row i's faces by the factor of the cell each drains, then add sources and net inflow to its depths.
    Each cell limits its east and south faces; its west and north ones were limited before (or are grid edges)."""
    ny, nx = h.shape
    if qx[i, 0] < 0:
        qx[i, 0] *= factor[0]
    for j in range(nx - 1):
        east = qx[i, j + 1]
        qx[i, j + 1] = east * (factor[j] if east > 0 else factor[j + 1])
    if qx[i, nx] > 0:
        qx[i, nx] *= factor[nx - 1]
    for j in range(nx):
        if i == 0 and qy[0, j] < 0:
            qy[0, j] *= factor[j]
        south = qy[i + 1, j]
        if south > 0:
            qy[i + 1, j] = south * factor[j]
        elif i + 1 < ny:
            qy[i + 1, j] = south * factor_below[j]
    for k in range(sources.shape[0]):  # row i's faces are done: its depths can take the sources now
        if sources[k, 0] == i:
            h[i, sources[k, 1]] += source_depths[k]
    for j in range(nx):
        depth = h[i, j] + (rain_depth if z[i, j] < np.inf else 0.0)
        depth += dt / dx * (qx[i, j] - qx[i, j + 1] + qy[i, j] - qy[i + 1, j])
        h[i, j] = max(depth, 0.0)  # removes only round-off: the factors keep every cell's volume >= 0


@numba.njit(inline="always")
def _record_row(i, qx, qy, h, t, max_depth, max_speed_squared, arrival, arrival_depth):
    deepest = 0.0
    for j in range(h.shape[1]):
        depth = h[i, j]
        deepest = max(deepest, depth)
        max_depth[i, j] = max(max_depth[i, j], depth)
        if depth > SPEED_DEPTH_MIN:
            u = 0.5 * (qx[i, j] + qx[i, j + 1]) / depth
            v = 0.5 * (qy[i, j] + qy[i + 1, j]) / depth
            max_speed_squared[i, j] = max(max_speed_squared[i, j], u * u + v * v)
        if depth >= arrival_depth and math.isnan(arrival[i, j]):
            arrival[i, j] = t
    return deepest


@numba.njit(cache=True, nogil=True)
def record_maxima(qx, qy, h, t, max_depth, max_speed_squared, arrival, arrival_depth):
    """Per-cell maxima of depth and squared speed, first time wet (for steps whose depths were changed after
    ``step``, by held stages); returns the deepest depth."""
    deepest = 0.0
    for i in range(h.shape[0]):
        deepest = max(deepest, _record_row(i, qx, qy, h, t, max_depth, max_speed_squared, arrival, arrival_depth))
    return deepest
