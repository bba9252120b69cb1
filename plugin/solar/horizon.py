"""Horizon angles from a DSM, one map per azimuth sector, computed once and looked up for every sun position.

For a direction, the horizon tangent of pixel p is max over distances d of (z(p + d·u) - z(p)) / d. We march along
the direction by shifting the whole grid (vectorised numpy, no per-pixel loop):
- up to NEAR_STEPS pixels every pixel is visited, on the DSM itself;
- farther out the step doubles every octave (SAMPLES_PER_OCTAVE samples per doubling of distance) and each sample
  is read from a DSM max-filtered over the step's width, so a narrow tall object between two samples is never
  skipped (it is seen at most half a step closer: under 1/(2·SAMPLES_PER_OCTAVE) of the distance).
The march stops at the search radius, or when even the highest point of the DSM could no longer rise above
MIN_HORIZON_DEG. Outside the DSM the ground is assumed open (no obstruction).
"""

import math

import numpy as np
from scipy import ndimage

NEAR_STEPS = 32
SAMPLES_PER_OCTAVE = 8
MIN_HORIZON_DEG = 1.0
NOTHING_SEEN = np.float32(-1e6)  # a height (and tangent) below anything real; finite, so no NaN arithmetic


def sector_azimuths(count):
    """Centre azimuths (degrees clockwise from north) of ``count`` equal sectors, the first centred on north."""
    return np.arange(count) * (360.0 / count)


def reach(radius, cellsize):
    """How many pixels beyond a pixel the march may read (the radius plus half the widest max-filter)."""
    schedule = march_schedule(max(1.0, radius / cellsize))
    return int(math.ceil(schedule[-1][0] + schedule[-1][1] / 2)) + 1 if schedule else 1


def march_schedule(radius_px):
    """(distance in pixels, step width in pixels) of the samples along a direction, out to ``radius_px``."""
    schedule = [(float(d), 1) for d in range(1, min(NEAR_STEPS, int(radius_px)) + 1)]
    step, distance = 1, float(NEAR_STEPS)
    while distance < radius_px:
        if distance >= step * 2 * SAMPLES_PER_OCTAVE:
            step *= 2
        distance += step
        schedule.append((distance, step))
    return schedule


class HorizonMarcher:
    """Horizon tangents of every pixel of ``dsm`` toward any azimuth; max-filtered copies are made once.

    ``relief`` (highest minus lowest point) decides how far the march goes; give the whole raster's when ``dsm``
    is one tile of it, so every tile marches as far as the whole would.
    """

    def __init__(self, dsm, cellsize, radius, relief=None):
        self.dsm = np.ascontiguousarray(dsm, dtype=np.float32)
        self.cellsize = float(cellsize)
        self.schedule = march_schedule(max(1.0, radius / self.cellsize))
        self._filtered = {1: self.dsm}
        if relief is None:
            finite = self.dsm[np.isfinite(self.dsm)]
            relief = float(finite.max() - finite.min()) if finite.size else 0.0
        self.relief = relief

    def _dsm_for_step(self, step):
        if step not in self._filtered:
            self._filtered[step] = ndimage.maximum_filter(self.dsm, size=step + 1, mode="nearest")
        return self._filtered[step]

    def tangents(self, azimuth_deg, out=None):
        """Horizon tangent (rise over run; very negative where nothing was sampled) of every pixel toward
        ``azimuth_deg``.

        Works on the flattened grid, where a 2D shift is one contiguous 1D offset (several times faster than 2D
        slices); samples that would wrap into the next or previous row are masked out of a copy of the source.
        """
        rows, cols = self.dsm.shape
        tangent = out if out is not None else np.empty_like(self.dsm)
        tangent.fill(NOTHING_SEEN)
        flat_tangent, flat_dsm = tangent.ravel(), self.dsm.ravel()
        buffer = np.empty(self.dsm.size, dtype=np.float32)
        east, north = math.sin(math.radians(azimuth_deg)), math.cos(math.radians(azimuth_deg))
        min_tangent = math.tan(math.radians(MIN_HORIZON_DEG))
        seen, source_step, masked = set(), None, 0
        for distance, step in self.schedule:
            dc, dr = int(round(distance * east)), int(round(-distance * north))
            if (dc, dr, step) in seen or (dc == 0 and dr == 0):
                continue
            seen.add((dc, dr, step))
            run = math.hypot(dc, dr) * self.cellsize
            if abs(dr) >= rows or abs(dc) >= cols or self.relief / run < min_tangent:
                break
            if step != source_step:
                source = self._dsm_for_step(step).copy()
                source_step, masked = step, 0
            if abs(dc) > masked:  # samples in these columns belong to observers on the other edge: hide them
                if dc > 0:
                    source[:, masked:dc] = NOTHING_SEEN
                else:
                    source[:, cols + dc:cols - masked] = NOTHING_SEEN
                masked = abs(dc)
            offset = dr * cols + dc
            if offset > 0:
                target, sample = slice(0, flat_dsm.size - offset), slice(offset, flat_dsm.size)
            else:
                target, sample = slice(-offset, flat_dsm.size), slice(0, flat_dsm.size + offset)
            work = buffer[target]
            np.subtract(source.ravel()[sample], flat_dsm[target], out=work)
            work *= np.float32(1.0 / run)
            np.maximum(flat_tangent[target], work, out=flat_tangent[target])
        return tangent


def horizon_tangents(dsm, cellsize, azimuth_deg, radius=500.0):
    """Horizon tangents of every pixel of ``dsm`` toward one azimuth (convenience for a single direction)."""
    return HorizonMarcher(dsm, cellsize, radius).tangents(azimuth_deg)


def shadow_mask(dsm, cellsize, sun_elevation_deg, sun_azimuth_deg, radius=500.0):
    """True where the sun at (elevation, azimuth) is hidden by the DSM."""
    tangent = horizon_tangents(dsm, cellsize, sun_azimuth_deg, radius)
    return tangent > math.tan(math.radians(sun_elevation_deg))
