"""Compiled (numba) steps of the local inertial flood model: two passes over the grid per model step, the rows
split in blocks that the cores work on side by side.

Pass 1 computes each row's east and south faces and its cells' outflow factors; pass 2 scales the faces by those
factors, moves the water and records the maxima. The same arithmetic as whole-array numpy takes some thirty trips
through memory per step; here each value is loaded about twice. The row loops are written without branches, so that
LLVM turns them into SIMD code, and h^(7/3) of the friction term comes from a cube root made of multiplications
(libm's cbrt is a function call, several times slower and never vectorised).

Walls (buildings, no data) are infinitely high ground: a face beside one has an undefined flow depth (inf - inf),
which is not above FLOW_DEPTH_MIN, so it carries no water without a test of its own.
"""

import math
import threading

import numba
import numpy as np

GRAVITY = 9.81
FLOW_DEPTH_MIN = 1e-4  # m: below this flow depth a face carries no water (avoids dividing by ~0 in the friction term)
SPEED_DEPTH_MIN = 0.01  # m: shallower cells report no velocity (q / h is meaningless on a film)
# numba's fallback threading layer (workqueue, when neither OpenMP nor TBB is installed) aborts the process if two
# threads enter parallel code at once; QGIS runs Processing algorithms in parallel threads. One step at a time.
PARALLEL_LOCK = threading.Lock()
MIN_BLOCK_ROWS = 16  # rows per thread at least: thinner blocks cost more in hand-overs than they save
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
        qx[i, 0] = _edge_face(qx[i, 0], -1.0, h[i, 0], edge_slopes[0, i], n2[i, 0], wall[i, 0], g_dt)
        qx[i, nx] = _edge_face(qx[i, nx], 1.0, h[i, nx - 1], edge_slopes[1, i], n2[i, nx - 1], wall[i, nx - 1], g_dt)
    for j in range(nx):
        qy[0, j] = _edge_face(qy[0, j], -1.0, h[0, j], edge_slopes[2, j], n2[0, j], wall[0, j], g_dt)
        qy[ny, j] = _edge_face(qy[ny, j], 1.0, h[ny - 1, j], edge_slopes[3, j], n2[ny - 1, j], wall[ny - 1, j], g_dt)


@numba.njit(inline="always", **FAST)
def _edge_face(q, outward, depth, slope, n2, wall, g_dt):
    """An edge face's new discharge: outflow only, driven by the edge slope; outward is -1 at west/north."""
    if wall:
        return 0.0
    return outward * max(_inertial(outward * q, depth, -slope, n2, g_dt), 0.0)


@numba.njit(cache=True, nogil=True, parallel=True, **FAST)
def step(qx, qy, z, h, n2, rain_share, rain_depth, sources, source_depths, dt, dx, record, t, max_depth,
         max_speed_squared, arrival, arrival_depth, threads):
    """One model step, the rows split in blocks, one per thread; returns the deepest depth afterwards (0 unless
    ``record``). z has +inf on walls; rain_share: how many cells' rain each cell receives (0 on walls, more
    beside roofs that drain onto it). sources: (row, col) of cells receiving source_depths (inflows) this step.
    The edge faces must be up to date before (update_edges).

    First every block computes its rows' new faces and outflow factors; a block's first row needs the faces of the
    row above it, which belong to the block above, so those few rows wait for the second stage, with the limiting of
    the faces between blocks. Then every block limits its other faces, moves its water and records its maxima."""
    ny, nx = h.shape
    g_dt = GRAVITY * dt
    blocks = max(1, min(threads, ny // MIN_BLOCK_ROWS))
    starts = np.array([ny * b // blocks for b in range(blocks + 1)])
    factor = np.empty((ny, nx))
    for b in numba.prange(blocks):
        rain = np.empty(nx)
        for i in range(starts[b], starts[b + 1]):
            _x_faces(qx[i], z[i], h[i], n2[i], g_dt, dx)
            if i + 1 < ny:
                _y_faces(qy[i + 1], z[i], z[i + 1], h[i], h[i + 1], n2[i], n2[i + 1], g_dt, dx)
            if i > starts[b] or b == 0:
                _row_factors(i, qx, qy, h, rain_share, rain_depth, rain, sources, source_depths, dt, dx, factor[i])
    rain = np.empty(nx)
    for b in range(1, blocks):
        i = starts[b]
        _row_factors(i, qx, qy, h, rain_share, rain_depth, rain, sources, source_depths, dt, dx, factor[i])
        _limit_between(qy[i], factor[i - 1], factor[i])
    deepest = np.zeros(blocks)
    for b in numba.prange(blocks):
        rain = np.empty(nx)
        for i in range(starts[b], starts[b + 1]):
            _limit_x(qx[i], factor[i])
            if i == 0:
                _limit_edge(qy[0], factor[0], -1.0)
            if i == ny - 1:
                _limit_edge(qy[ny], factor[ny - 1], 1.0)
            elif i + 1 < starts[b + 1]:  # the faces below a block's last row were limited between the stages
                _limit_between(qy[i + 1], factor[i], factor[i + 1])
            _row_water(i, qx, qy, h, rain_share, rain_depth, rain, sources, source_depths, dt, dx)
            if record:
                deepest[b] = max(deepest[b], _record_row(qx[i], qy[i], qy[i + 1], h[i], t, max_depth[i],
                                                         max_speed_squared[i], arrival[i], arrival_depth))
    return deepest.max()


@numba.njit(cache=True, nogil=True, **FAST)
def _row_factors(i, qx, qy, h, rain_share, rain_depth, rain, sources, source_depths, dt, dx, factor):
    """Row i's outflow factors: 1, or less where a cell would give away more than it holds plus this step's
    sources. Its four sides' faces must be new."""
    _row_rain(rain_share[i], rain_depth, rain)
    _outflow_factors(factor, qx[i], qy[i], qy[i + 1], h[i], rain, dt, dx)
    for k in range(sources.shape[0]):
        if sources[k, 0] == i:
            j = sources[k, 1]
            available = h[i, j] + rain[j] + source_depths[k]
            factor[j] = _outflow_factor(qx[i, j], qx[i, j + 1], qy[i, j], qy[i + 1, j], available, dt, dx)


@numba.njit(cache=True, nogil=True, **FAST)
def _row_water(i, qx, qy, h, rain_share, rain_depth, rain, sources, source_depths, dt, dx):
    """Row i's depths after the step: sources, rain and the net inflow over its (limited) faces."""
    for k in range(sources.shape[0]):
        if sources[k, 0] == i:
            h[i, sources[k, 1]] += source_depths[k]
    _row_rain(rain_share[i], rain_depth, rain)
    _move_water(h[i], rain, qx[i], qy[i], qy[i + 1], dt, dx)


@numba.njit(cache=True, nogil=True, **FAST)
def _row_rain(rain_share, rain_depth, rain):
    """This step's rain on each cell of a row."""
    for j in range(rain_share.size):
        rain[j] = rain_depth * rain_share[j]


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
def _limit_x(q_row, factor):
    """Scale a row's east-west faces by the factor of the cell each drains (the west one when flowing east)."""
    nx = factor.size
    if q_row[0] < 0:
        q_row[0] *= factor[0]
    for j in range(nx - 1):
        east = q_row[j + 1]
        q_row[j + 1] = east * (factor[j] if east > 0 else factor[j + 1])
    if q_row[nx] > 0:
        q_row[nx] *= factor[nx - 1]


@numba.njit(cache=True, nogil=True, **FAST)
def _limit_between(faces, factor_above, factor_below):
    """Scale the faces between two rows by the factor of the row each drains (the row above when flowing south)."""
    for j in range(faces.size):
        faces[j] *= factor_above[j] if faces[j] > 0 else factor_below[j]


@numba.njit(cache=True, nogil=True, **FAST)
def _limit_edge(faces, factor, outward):
    """Scale the faces on the north (outward -1) or south (+1) edge that drain the grid."""
    for j in range(faces.size):
        faces[j] *= factor[j] if faces[j] * outward > 0 else 1.0


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
