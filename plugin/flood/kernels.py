"""Compiled (numba) steps of the local inertial flood model: one sweep over the rows per model step.

At row i the sweep computes the row's east and south faces and its cells' outflow factors, then moves the water of
row i - 1 (which needs the factors of row i) and records its maxima. The same arithmetic as whole-array numpy takes
some thirty trips through memory per step; here each value is loaded about once. The loops are written over single
rows, without branches, so that LLVM turns them into SIMD code, and h^(7/3) of the friction term comes from a cube
root made of multiplications (libm's cbrt is a function call, several times slower and never vectorised).

Walls (buildings, no data) are infinitely high ground: a face beside one has an undefined flow depth (inf - inf),
which is not above FLOW_DEPTH_MIN, so it carries no water without a test of its own.
"""

import math

import numba
import numpy as np

GRAVITY = 9.81
FLOW_DEPTH_MIN = 1e-4  # m: below this flow depth a face carries no water (avoids dividing by ~0 in the friction term)
SPEED_DEPTH_MIN = 0.01  # m: shallower cells report no velocity (q / h is meaningless on a film)
# FMA contraction and reciprocals, but no assumption that values are finite: walls are +inf, arrival times NaN.
FAST = dict(fastmath={"contract", "arcp", "nsz"}, error_model="numpy")


@numba.njit(inline="always", **FAST)
def _inverse_cube_root(x):
    """x^(-1/3) for x > 0 to full double precision: a first guess from the bits of x (its exponent divided by -3,
    3 % off), then two steps of the series y·(1 - e)^(-1/3) with e = 1 - x·y³ (3 % -> 2e-5 -> 1 ulp)."""
    y = np.int64(0x553EF0FF289DD796 - np.float64(x).view(np.int64) // 3).view(np.float64)
    for _ in range(2):
        e = 1.0 - x * y * y * y
        y = y * (1.0 + e * (1.0 / 3.0 + e * (2.0 / 9.0 + e * (14.0 / 81.0))))
    return y


@numba.njit(inline="always", **FAST)
def _inertial(q, flow_depth, surface_slope, n2, g_dt):
    """Bates et al. (2010) eq. 11: explicit gravity term, semi-implicit friction; 0 where the face is dry."""
    wet = flow_depth > FLOW_DEPTH_MIN  # false for NaN too: a face beside a wall
    depth = flow_depth if wet else FLOW_DEPTH_MIN
    y = _inverse_cube_root(depth)
    y2 = y * y
    friction = 1.0 + g_dt * n2 * abs(q) * (y2 * y2 * y2 * y)  # h^(-7/3) = y^7
    q_new = (q - g_dt * depth * surface_slope) / friction
    return q_new if wet else 0.0


@numba.njit(inline="always", **FAST)
def _face(q, z_a, z_b, h_a, h_b, n2_a, n2_b, g_dt, dx):
    """Discharge across the face from cell a to cell b (positive towards b)."""
    eta_a, eta_b = z_a + h_a, z_b + h_b
    return _inertial(q, max(eta_a, eta_b) - max(z_a, z_b), (eta_b - eta_a) / dx, 0.5 * (n2_a + n2_b), g_dt)


@numba.njit(cache=True, nogil=True, **FAST)
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


@numba.njit(cache=True, nogil=True, **FAST)
def step(qx, qy, z, h, n2, rain_depth, sources, source_depths, dt, dx, record, t, max_depth, max_speed_squared,
         arrival, arrival_depth):
    """One model step; returns the deepest depth afterwards (0 unless ``record``).

    z has +inf on walls. sources: (row, col) of cells receiving source_depths (inflows) this step. The edge faces
    must be up to date before (update_edges). Row i's faces need the depths of rows i and i + 1 from before the
    step, which the one-row lag leaves untouched."""
    ny, nx = h.shape
    g_dt = GRAVITY * dt
    factors = np.empty((2, nx))  # outflow factors of the last two rows, by row parity
    rain = np.empty((2, nx))  # this step's rain on the cells of the last two rows
    deepest = 0.0
    for i in range(ny + 1):
        if i < ny:
            _row_rain(z[i], rain_depth, rain[i % 2])
            _x_faces(qx[i], z[i], h[i], n2[i], g_dt, dx)
            if i + 1 < ny:
                _y_faces(qy[i + 1], z[i], z[i + 1], h[i], h[i + 1], n2[i], n2[i + 1], g_dt, dx)
            _outflow_factors(factors[i % 2], qx[i], qy[i], qy[i + 1], h[i], rain[i % 2], dt, dx)
            for k in range(sources.shape[0]):
                if sources[k, 0] == i:
                    j = sources[k, 1]
                    available = h[i, j] + rain[i % 2, j] + source_depths[k]
                    factors[i % 2, j] = _outflow_factor(qx[i, j], qx[i, j + 1], qy[i, j], qy[i + 1, j], available,
                                                        dt, dx)
        if i > 0:
            row = i - 1
            _limit_row(qx[row], qy[row], qy[row + 1], factors[row % 2], factors[i % 2], row == 0, row == ny - 1)
            for k in range(sources.shape[0]):  # the row's faces are done: its depths can take the sources now
                if sources[k, 0] == row:
                    h[row, sources[k, 1]] += source_depths[k]
            _move_water(h[row], rain[row % 2], qx[row], qy[row], qy[row + 1], dt, dx)
            if record:
                deepest = max(deepest, _record_row(qx[row], qy[row], qy[row + 1], h[row], t, max_depth[row],
                                                   max_speed_squared[row], arrival[row], arrival_depth))
    return deepest


@numba.njit(cache=True, nogil=True, **FAST)
def _row_rain(z_row, rain_depth, rain):
    """This step's rain on each cell of a row: none on walls (rain on buildings is not counted)."""
    for j in range(z_row.size):
        rain[j] = rain_depth if z_row[j] < np.inf else 0.0


@numba.njit(cache=True, nogil=True, **FAST)
def _x_faces(q_row, z_row, h_row, n2_row, g_dt, dx):
    """A row's interior east-west faces, from the depths before the step."""
    for j in range(z_row.size - 1):
        q_row[j + 1] = _face(q_row[j + 1], z_row[j], z_row[j + 1], h_row[j], h_row[j + 1], n2_row[j], n2_row[j + 1],
                             g_dt, dx)


@numba.njit(cache=True, nogil=True, **FAST)
def _y_faces(south, z_row, z_below, h_row, h_below, n2_row, n2_below, g_dt, dx):
    """The faces between a row and the row below it."""
    for j in range(z_row.size):
        south[j] = _face(south[j], z_row[j], z_below[j], h_row[j], h_below[j], n2_row[j], n2_below[j], g_dt, dx)


@numba.njit(cache=True, nogil=True, **FAST)
def _outflow_factors(factor, q_row, north, south, h_row, rain, dt, dx):
    """Per cell 1, or less where the cell would give away more than it holds plus this step's rain."""
    for j in range(h_row.size):
        factor[j] = _outflow_factor(q_row[j], q_row[j + 1], north[j], south[j], h_row[j] + rain[j], dt, dx)


@numba.njit(inline="always", **FAST)
def _outflow_factor(west, east, north, south, available, dt, dx):
    out_depth = dt / dx * (max(east, 0.0) + max(-west, 0.0) + max(south, 0.0) + max(-north, 0.0))
    return available / out_depth if out_depth > available else 1.0


@numba.njit(cache=True, nogil=True, **FAST)
def _limit_row(q_row, north, south, factor, factor_below, first, last):
    """Scale a row's faces by the factor of the cell each drains. Each cell limits its east and south faces; its
    west and north ones were limited before, except at the grid's edges."""
    nx = factor.size
    if q_row[0] < 0:
        q_row[0] *= factor[0]
    for j in range(nx - 1):
        east = q_row[j + 1]
        q_row[j + 1] = east * (factor[j] if east > 0 else factor[j + 1])
    if q_row[nx] > 0:
        q_row[nx] *= factor[nx - 1]
    if first:
        for j in range(nx):
            north[j] *= factor[j] if north[j] < 0 else 1.0
    if last:
        for j in range(nx):
            south[j] *= factor[j] if south[j] > 0 else 1.0
    else:
        for j in range(nx):
            south[j] *= factor[j] if south[j] > 0 else factor_below[j]


@numba.njit(cache=True, nogil=True, **FAST)
def _move_water(h_row, rain, q_row, north, south, dt, dx):
    """Rain and the net inflow over a row's faces added to its depths."""
    for j in range(h_row.size):
        depth = h_row[j] + rain[j] + dt / dx * (q_row[j] - q_row[j + 1] + north[j] - south[j])
        h_row[j] = max(depth, 0.0)  # removes only round-off: the factors keep every cell's volume >= 0


@numba.njit(cache=True, nogil=True, **FAST)
def _record_row(q_row, north, south, h_row, t, max_depth, max_speed_squared, arrival, arrival_depth):
    """A row's maxima of depth and squared speed and first wet times; returns its deepest depth."""
    deepest = 0.0
    for j in range(h_row.size):
        depth = h_row[j]
        deepest = max(deepest, depth)
        max_depth[j] = max(max_depth[j], depth)
        moving = depth > SPEED_DEPTH_MIN
        inverse = 0.5 / depth if moving else 0.0
        u = (q_row[j] + q_row[j + 1]) * inverse
        v = (north[j] + south[j]) * inverse
        max_speed_squared[j] = max(max_speed_squared[j], u * u + v * v)
        if depth >= arrival_depth and math.isnan(arrival[j]):
            arrival[j] = t
    return deepest


@numba.njit(cache=True, nogil=True, **FAST)
def record_maxima(qx, qy, h, t, max_depth, max_speed_squared, arrival, arrival_depth):
    """Per-cell maxima of depth and squared speed, first time wet (for steps whose depths were changed after
    ``step``, by held stages); returns the deepest depth."""
    deepest = 0.0
    for i in range(h.shape[0]):
        deepest = max(deepest, _record_row(qx[i], qy[i], qy[i + 1], h[i], t, max_depth[i], max_speed_squared[i],
                                           arrival[i], arrival_depth))
    return deepest
