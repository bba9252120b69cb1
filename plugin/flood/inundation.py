"""Inundation from a water level ("what if the river reaches X m"), and priority-flood depression filling.

A cell floods when its ground lies below the level AND it is hydraulically connected, through other such cells, to a
seed (river cells or chosen points): a hollow behind a levee stays dry. Depth = level - ground.
"""

from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..errors import InputError
from ..progress import NO_PROGRESS
from . import GSI_DEPTH_CLASSES

# neighbourhood -> rank of scipy.ndimage.generate_binary_structure(2, rank); scipy loads on first use (require)
_STRUCTURE_RANKS = {4: 1, 8: 2}


@dataclass
class Inundation:
    depth: np.ndarray  # m; 0 where dry, NaN where the DEM has no data
    flooded_cells: int
    volume: float  # m³
    max_depth: float
    seeds_used: int  # seeds lying below the level (others cannot start a flood)


def fill_depressions(dem):
    """Raise every cell to the lowest level at which its water could leave the grid (8-connected priority flood).

    Computed as a morphological reconstruction by erosion from the grid's edge (and from no-data cells, which drain
    like the edge): the result of Barnes et al.'s priority-flood, and the method pysheds' fill_depressions uses.
    Idempotent; afterwards no interior cell lies below all eight of its neighbours.
    """
    require("skimage", "Depression filling")  # scikit-image
    from skimage import morphology
    dem = np.asarray(dem, dtype=float)
    nodata = ~np.isfinite(dem)
    if nodata.all():
        raise InputError("the DEM has no data cells")
    low = np.nanmin(dem) - 1.0  # no-data cells become outlets below everything
    mask = np.where(nodata, low, dem)
    seed = np.full_like(mask, mask.max())
    outlet = nodata.copy()
    outlet[[0, -1], :] = True
    outlet[:, [0, -1]] = True
    seed[outlet] = mask[outlet]
    filled = morphology.reconstruction(seed, mask, method="erosion", footprint=np.ones((3, 3)))
    return np.where(nodata, np.nan, filled)


def inundate(dem, level, seeds, *, connectivity=4, pond_depressions=False, cell_area=1.0, progress=NO_PROGRESS):
    """Depth of the water standing at ``level`` (m) over ``dem`` where it connects to a seed.

    seeds: boolean grid (river cells, points). connectivity: 4 (water does not pass between two cells touching only
    at a corner; the safe default for narrow diagonal levees) or 8. pond_depressions: also fill every closed hollow
    to its spill level (water ponding after heavy rain), whatever the level.
    """
    if connectivity not in _STRUCTURE_RANKS:
        raise InputError("connectivity must be 4 or 8, not {connectivity}", connectivity=connectivity)
    dem = np.asarray(dem, dtype=float)
    seeds = np.asarray(seeds, dtype=bool)
    if seeds.shape != dem.shape:
        raise InputError("the seed grid {seeds_shape} does not match the DEM {dem_shape}", seeds_shape=seeds.shape,
                         dem_shape=dem.shape)
    if not np.isfinite(dem).any():
        raise InputError("the DEM has no data cells")
    if not seeds.any():
        raise InputError("no seed lies on the DEM: give seed points or a river layer inside its extent")
    below = np.isfinite(dem) & (dem < level)
    ndimage = require("scipy.ndimage", "Flood inundation")
    labels, _ = ndimage.label(below, structure=ndimage.generate_binary_structure(2, _STRUCTURE_RANKS[connectivity]))
    progress.step(0.5)
    seed_labels = np.unique(labels[seeds & below])
    flooded = np.isin(labels, seed_labels[seed_labels > 0])
    depth = np.where(flooded, level - np.where(np.isfinite(dem), dem, level), 0.0)
    if pond_depressions:
        depth = np.maximum(depth, np.nan_to_num(fill_depressions(dem) - dem))
    depth[~np.isfinite(dem)] = np.nan
    seeds_used = int((seeds & below).sum())
    if seeds_used == 0:
        progress.info("No seed lies below the water level {level} m: nothing floods from the seeds.", level=level)
    progress.step(1.0)
    wet = np.nan_to_num(depth) > 0
    return Inundation(depth, int(wet.sum()), float(np.nansum(depth)) * cell_area,
                      float(np.nanmax(depth)) if wet.any() else 0.0, seeds_used)


def depth_classes(depth):
    """GSI hazard-map class per cell: 0 dry or no data, 1 (<0.5 m) ... 6 (≥20 m)."""
    depth = np.nan_to_num(np.asarray(depth, dtype=float))
    bounds = [upper for upper, _, _ in GSI_DEPTH_CLASSES[:-1]]
    return np.where(depth > 0, np.digitize(depth, bounds) + 1, 0)
