"""Ground and flood hazard of the district: a river valley (the Arakawa, synthetic) with a low-lying west bank.

Cross-section, by distance d from the river centreline: channel (|d| <= 45 m, bed -3 m TP), a riverside walkway on
the floodplain terrace (高水敷, -0.8 m), a steep bank up to the lowland (0.4 m at 75 m), the lowland rising gently
to 1.4 m at 350 m, then a terrace up to about 7 m. Plus smooth seeded noise.

The hazard is what a level-based flood model gives on that DEM: for each 25 m cell outside the river area, depth =
flood water level - mean ground of the cell, kept where the cell is below the level and connected (4-neighbour) to
the river. Two scenarios as in PLATEAU: L1 (計画規模) and L2 (想定最大規模).
"""

from dataclasses import dataclass

import numpy as np

from .site import DEM_CELL_M, HAZARD_CELL_M

CHANNEL_HALF_WIDTH_M = 45.0
WALKWAY_EDGE_M = 65.0  # river side of the bank
BANK_TOP_M = 75.0  # land side of the bank: the river area (河川区域) ends here
BUILDING_SETBACK_M = 95.0  # no building nearer the centreline than this
FLOOD_LEVELS_M = {1: 2.0, 2: 4.6}  # water level (TP m) per scale code: 1 = L1 計画規模, 2 = L2 想定最大規模
DRAIN_RATE_M_PER_H = {1: 0.10, 2: 0.05}  # duration (h) = depth / drain rate: deeper water stays longer
INLAND_WINDOW = 5  # hazard cells (125 m) whose mean ground a hollow is measured against
INLAND_MIN_DEPTH_M = 0.1
RANK_LOWER_BOUNDS_M = (0.5, 3.0, 5.0, 10.0, 20.0)  # rank 1 < 0.5 m, 2 0.5-3, 3 3-5, 4 5-10, 5 10-20, 6 >= 20


def depth_rank(depth):
    """PLATEAU depth rank (1..6) of depths in metres."""
    return np.digitize(depth, RANK_LOWER_BOUNDS_M) + 1


def river_centre_u(district, v):
    """Easting (local m) of the river centreline at northing v: a slow meander near the east edge."""
    phase = district.rng("river").uniform(0, 2 * np.pi)
    return 0.82 * district.width + 25.0 * np.sin(2 * np.pi * np.asarray(v, dtype=float) / 700.0 + phase)


def ground_profile(d):
    """Ground height (TP m) by signed distance d from the river centreline (negative = west bank)."""
    a = np.abs(d)
    west = d < 0
    channel = -3.0 + 1.5 * (a / CHANNEL_HALF_WIDTH_M) ** 2
    walkway = np.full_like(a, -0.8)
    bank = -0.8 + 1.2 * (a - WALKWAY_EDGE_M) / (BANK_TOP_M - WALKWAY_EDGE_M)
    lowland_west = 0.4 + 1.0 * np.clip((a - BANK_TOP_M) / (350.0 - BANK_TOP_M), 0, 1)
    terrace = 5.6 * np.tanh(np.clip(a - 350.0, 0, None) / 350.0)
    land = np.where(west, lowland_west + terrace, 0.6)
    return np.select([a <= CHANNEL_HALF_WIDTH_M, a <= WALKWAY_EDGE_M, a <= BANK_TOP_M], [channel, walkway, bank], land)


def river_channel(district, step_m=10.0):
    """The river channel (|d| <= 45 m) as a ring of local points, west bank northward then east bank southward."""
    v = np.append(np.arange(0.0, district.height, step_m), district.height)
    centre = river_centre_u(district, v)
    west = list(zip(centre - CHANNEL_HALF_WIDTH_M, v, strict=True))
    east = list(zip(centre + CHANNEL_HALF_WIDTH_M, v, strict=True))[::-1]
    return [(float(a), float(b)) for a, b in west + east]


@dataclass
class Terrain:
    """The DEM (north-up, row 0 = north) and what is derived from it."""

    district: object
    heights: np.ndarray  # float32, TP m, rounded to cm
    cell: float = DEM_CELL_M

    def sample(self, u, v):
        """Bilinear ground height at local coordinates (arrays)."""
        from scipy.ndimage import map_coordinates

        col = np.asarray(u, dtype=float) / self.cell - 0.5
        row = (self.district.height - np.asarray(v, dtype=float)) / self.cell - 0.5
        return map_coordinates(self.heights, [row, col], order=1, mode="nearest")

    def signed_river_distance(self, u, v):
        return np.asarray(u, dtype=float) - river_centre_u(self.district, v)


def make_terrain(district):
    from scipy.ndimage import gaussian_filter

    rows, cols = int(district.height / DEM_CELL_M), int(district.width / DEM_CELL_M)
    v = district.height - (np.arange(rows) + 0.5) * DEM_CELL_M
    u = (np.arange(cols) + 0.5) * DEM_CELL_M
    uu, vv = np.meshgrid(u, v)
    base = ground_profile(uu - river_centre_u(district, vv))
    noise = gaussian_filter(district.rng("dem").normal(size=(rows, cols)), sigma=6.0)
    noise *= 0.25 / max(noise.std(), 1e-9)
    on_land = np.abs(uu - river_centre_u(district, vv)) > BANK_TOP_M  # keep the river's cross-section clean
    heights = np.round(base + np.where(on_land, noise, 0.0), 2).astype(np.float32)
    return Terrain(district, heights)


@dataclass
class Hazard:
    """One flood scenario on the hazard grid (row 0 = north): depth (NaN where dry), rank, duration."""

    scale: int  # 1 = L1, 2 = L2
    level: float
    depth: np.ndarray
    rank: np.ndarray  # 0 where dry
    duration_h: np.ndarray
    cell: float = HAZARD_CELL_M
    surface: np.ndarray = None  # water surface height per cell when it varies (inland ponding); else ``level``

    def cell_box(self, row, col, district_height):
        """(u0, v0, u1, v1) of a hazard cell in local metres."""
        return (col * self.cell, district_height - (row + 1) * self.cell,
                (col + 1) * self.cell, district_height - row * self.cell)


def _hazard_grid(terrain):
    """(mean ground height per hazard cell, cells of the river channel)."""
    factor = int(round(HAZARD_CELL_M / terrain.cell))
    rows, cols = terrain.heights.shape[0] // factor, terrain.heights.shape[1] // factor
    blocks = terrain.heights[: rows * factor, : cols * factor].astype(float).reshape(rows, factor, cols, factor)
    ground = blocks.mean(axis=(1, 3))
    district = terrain.district
    v = district.height - (np.arange(rows) + 0.5) * HAZARD_CELL_M
    u = (np.arange(cols) + 0.5) * HAZARD_CELL_M
    uu, vv = np.meshgrid(u, v)
    return ground, np.abs(terrain.signed_river_distance(uu, vv)) <= BANK_TOP_M


def make_inland_hazard(terrain):
    """Inland flooding (内水): rain the drains cannot take ponds in hollows, such as the low ground behind the
    embankment: a cell's depth is how far its ground lies below the mean of the INLAND_WINDOW x INLAND_WINDOW
    cells around it, where that is at least INLAND_MIN_DEPTH_M, outside the river channel."""
    from scipy.ndimage import uniform_filter

    ground, river_area = _hazard_grid(terrain)
    depth = np.round(uniform_filter(ground, size=INLAND_WINDOW, mode="nearest") - ground, 2)
    wet = (depth >= INLAND_MIN_DEPTH_M) & ~river_area
    depth = np.where(wet, depth, np.nan)
    rank = np.where(wet, depth_rank(np.nan_to_num(depth)), 0)
    duration = np.where(wet, np.maximum(1, np.round(np.nan_to_num(depth) / DRAIN_RATE_M_PER_H[1])), 0)
    return Hazard(0, float(np.nanmax(ground + depth)), depth, rank.astype(int), duration.astype(int),
                  surface=np.round(ground + np.nan_to_num(depth), 2))


def make_hazards(terrain):
    """L1 and L2 hazards from the DEM and the flood levels."""
    from scipy.ndimage import label

    ground, river_area = _hazard_grid(terrain)
    hazards = {}
    for scale, level in FLOOD_LEVELS_M.items():
        below = ground < level
        components, _ = label(below)  # 4-connected
        wet_components = np.unique(components[river_area & below])
        connected = np.isin(components, wet_components[wet_components > 0])
        depth = np.round(level - ground, 2)
        flooded = connected & ~river_area & (depth >= 0.01)
        depth = np.where(flooded, depth, np.nan)
        rank = np.where(flooded, depth_rank(np.nan_to_num(depth)), 0)
        duration = np.where(flooded, np.maximum(1, np.round(np.nan_to_num(depth) / DRAIN_RATE_M_PER_H[scale])), 0)
        hazards[scale] = Hazard(scale, level, depth, rank.astype(int), duration.astype(int))
    return hazards
