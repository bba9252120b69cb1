"""A synthetic Tokyo-like LAS tile (LAS 1.2, point format 3, EPSG:6677, scale 0.001, classes 1 and 2), written in
chunks, for benchmarks, demos and tests that need a tile-sized input without downloading one.

The scene is known exactly: ground at GROUND_Z plus a gentle slope, and box buildings whose roofs are flat, so a DSM
or DTM made from it can be checked cell by cell.
"""

from pathlib import Path

import numpy as np

from ..dependencies import require

TILE_ORIGIN = (-8000.0, -37500.0)  # lower-left corner in EPSG:6677 (central Tokyo)
TILE_SIZE = (400.0, 300.0)  # metres, like a Tokyo 図郭
GROUND_Z = 3.0
SLOPE_X = 0.01  # ground rises 1 cm per metre eastwards
# (x0, y0, x1, y1, height above ground): roofs in tile coordinates
BUILDINGS = [(40, 40, 120, 100, 30.0), (200, 60, 260, 200, 60.0), (300, 200, 380, 280, 12.0)]


def ground_z(x):
    """Ground height at tile x (metres from the tile's west edge)."""
    return GROUND_Z + SLOPE_X * x


def write_tile(path, point_count, seed=11, chunk_points=1_000_000):
    """Write the tile with ``point_count`` points to ``path`` (LAS) and return the path."""
    laspy = require("laspy", "Synthetic point clouds")
    header = laspy.LasHeader(point_format=3, version="1.2")
    header.scales = np.array([0.001, 0.001, 0.001])
    header.offsets = np.array([TILE_ORIGIN[0], TILE_ORIGIN[1], 0.0])
    rng = np.random.default_rng(seed)
    path = Path(path)
    with laspy.open(path, mode="w", header=header) as writer:
        written = 0
        while written < point_count:
            count = min(chunk_points, point_count - written)
            writer.write_points(_chunk(laspy, header, rng, count, written))
            written += count
    return path


def _chunk(laspy, header, rng, count, first_index):
    x = rng.uniform(0, TILE_SIZE[0], count)
    y = rng.uniform(0, TILE_SIZE[1], count)
    z = ground_z(x)
    classification = np.full(count, 2, np.uint8)
    for x0, y0, x1, y1, height in BUILDINGS:
        on_roof = (x >= x0) & (x < x1) & (y >= y0) & (y < y1)
        z[on_roof] += height
        classification[on_roof] = 1
    points = laspy.ScaleAwarePointRecord.zeros(count, header=header)
    points.x = x + TILE_ORIGIN[0]
    points.y = y + TILE_ORIGIN[1]
    points.z = z
    points.classification = classification
    points.intensity = rng.integers(0, 4096, count, dtype=np.uint16)
    points.return_number = np.ones(count, np.uint8)
    points.number_of_returns = np.ones(count, np.uint8)
    points.gps_time = 3.0e8 + (first_index + np.arange(count)) * 1e-5
    points.red = (x * 160).astype(np.uint16)
    points.green = (y * 210).astype(np.uint16)
    points.blue = np.where(classification == 2, 20000, 50000).astype(np.uint16)
    return points
