"""Annual and monthly irradiation (kWh/m²) on every pixel of a DSM, with shadows, sky view and ground reflection.

Per pixel: beam (only from sun positions above the pixel's horizon in the sun's azimuth sector, projected on the
pixel's own slope and aspect) + isotropic diffuse × sky view factor + albedo × global horizontal × (1 - sky view
factor). The horizon of each azimuth sector is computed once (horizon.py) and every sun position of the year is
looked up in it: the hours of a sector are sorted by elevation into cumulative tables, so a pixel whose horizon in
that sector is h receives the table entry for h, whatever the number of hours.

Beam on a plane of slope S and aspect A (azimuth of the downslope direction) from a sun at elevation e, azimuth a:
DNI·(cos S·sin e + sin S·cos e·cos(a - A)), a sum of three terms, each tabulated per sector.
Sky view factor of a (tilted) pixel from its horizon elevations h(φ), Dozier & Frew (1990), isotropic sky:
V = mean over φ of [cos S·cos² h + sin S·cos(φ - A)·(π/2 - h - sin h·cos h)], h never below the pixel's own
plane nor the horizontal; an open plane gets (1 + cos S)/2, as in pvlib's isotropic model.
"""

import math
from dataclasses import dataclass

import numpy as np

from .horizon import HorizonMarcher

ELEVATION_BIN_DEG = 0.25
ELEVATION_BINS = int(round(90 / ELEVATION_BIN_DEG))
DEFAULT_SECTORS = 32
DEFAULT_RADIUS = 500.0
DEFAULT_ALBEDO = 0.15


def slope_aspect(dsm, cellsize):
    """Slope (radians) and aspect (radians clockwise from north, the downslope direction) by central differences."""
    dz_drow, dz_dcol = np.gradient(np.asarray(dsm, dtype=np.float32), float(cellsize))
    dz_east, dz_north = dz_dcol, -dz_drow  # rows run southward
    slope = np.arctan(np.hypot(dz_east, dz_north))
    aspect = np.mod(np.arctan2(-dz_east, -dz_north), 2 * np.pi)
    return slope.astype(np.float32), aspect.astype(np.float32)


@dataclass
class SectorTables:
    """For each azimuth sector, cumulative beam sums over the hours whose sun is at or above each elevation bin.

    ``terms[s, k, m]``: for sector s, horizon bin k, period m (0 = year, 1..12 = months): the sums of
    DNI·sin e, DNI·cos e·cos a and DNI·cos e·sin a (Wh/m²) as the last axis of size 3.
    """

    terms: np.ndarray  # (sectors, ELEVATION_BINS + 1, 13, 3)
    lit_sectors: np.ndarray  # sectors with any beam at all
    diffuse: np.ndarray  # (13,) diffuse horizontal sums, Wh/m²
    global_horizontal: np.ndarray  # (13,)


def sector_tables(sky, sectors=DEFAULT_SECTORS):
    """The year's beam, sorted by azimuth sector and elevation into cumulative tables (see SectorTables)."""
    width = 360.0 / sectors
    up = (sky.elevation > 0) & (sky.beam_horizontal > 0)
    elevation, azimuth = np.radians(sky.elevation[up]), np.radians(sky.azimuth[up])
    beam_normal = sky.beam_normal[up]
    sector = np.mod(np.round(sky.azimuth[up] / width), sectors).astype(int)
    elevation_bin = np.minimum((sky.elevation[up] / ELEVATION_BIN_DEG).astype(int), ELEVATION_BINS - 1)
    components = np.stack([beam_normal * np.sin(elevation), beam_normal * np.cos(elevation) * np.cos(azimuth),
                           beam_normal * np.cos(elevation) * np.sin(azimuth)], axis=-1)
    histogram = np.zeros((sectors, ELEVATION_BINS + 1, 13, 3))
    np.add.at(histogram, (sector, elevation_bin, 0), components)
    np.add.at(histogram, (sector, elevation_bin, sky.month[up]), components)
    # lit when the sun is in bin >= the horizon's bin: cumulative sum from the top elevation down
    terms = np.flip(np.cumsum(np.flip(histogram, axis=1), axis=1), axis=1)
    months = np.asarray(sky.month)
    diffuse = np.array([sky.diffuse_horizontal.sum()] + [sky.diffuse_horizontal[months == m].sum()
                                                         for m in range(1, 13)])
    ghi = sky.global_horizontal
    global_horizontal = np.array([ghi.sum()] + [ghi[months == m].sum() for m in range(1, 13)])
    lit = np.flatnonzero(np.abs(terms[:, 0, 0, :]).sum(axis=1) > 0)
    return SectorTables(terms.astype(np.float32), lit, diffuse, global_horizontal)


def core_slope_aspect(dsm, core, cellsize):
    """slope_aspect of the pixels ``core`` (a pair of slices with explicit bounds), from them and one pixel
    around (central differences; one-sided only at the edges of ``dsm``)."""
    rows, cols = core
    top, left = max(0, rows.start - 1), max(0, cols.start - 1)
    window = dsm[top:min(dsm.shape[0], rows.stop + 1), left:min(dsm.shape[1], cols.stop + 1)]
    inner = np.s_[rows.start - top:rows.stop - top, cols.start - left:cols.stop - left]
    return tuple(np.ascontiguousarray(values[inner]) for values in slope_aspect(window, cellsize))


@dataclass
class BlockResult:
    annual: np.ndarray  # kWh/m²
    monthly: np.ndarray | None  # (12, rows, cols) kWh/m²
    sky_view_factor: np.ndarray
    slope: np.ndarray  # degrees
    aspect: np.ndarray  # degrees


def irradiate_block(dsm, cellsize, tables, albedo=DEFAULT_ALBEDO, radius=DEFAULT_RADIUS, monthly=False,
                    progress=None, relief=None, core=None):
    """Irradiation of the pixels ``core`` (a (rows, columns) pair of slices; default: all) of a DSM block (a 2D
    float array without gaps); the rest of the block only casts shadows. ``relief``: see HorizonMarcher."""
    dsm = np.asarray(dsm, dtype=np.float32)
    rows, cols = core or np.s_[:, :]
    (top, bottom, _), (left, right, _) = rows.indices(dsm.shape[0]), cols.indices(dsm.shape[1])
    whole = (top, bottom, left, right) == (0, dsm.shape[0], 0, dsm.shape[1])
    core, shape = np.s_[top:bottom, left:right], (bottom - top, right - left)
    sectors = tables.terms.shape[0]
    slope, aspect = core_slope_aspect(dsm, core, cellsize)
    surface = Surface(slope, aspect)
    periods = 13 if monthly else 1
    beam = np.zeros((periods,) + shape, dtype=np.float32)
    view = np.zeros(shape, dtype=np.float32)
    marcher = HorizonMarcher(dsm, cellsize, radius, relief, rows=(top, bottom))
    core_tangent = None if whole else np.empty(shape, dtype=np.float32)
    lit = set(tables.lit_sectors.tolist())
    for done, (number, azimuth, tangent) in enumerate(marcher.sector_tangents(sectors), start=1):
        if not whole:  # a contiguous copy of the core: the surface's pixel numbers are the core's
            np.copyto(core_tangent, tangent[core])
            tangent = core_tangent
        toward = surface.toward(azimuth)
        tilted_tangent = surface.clip_to_planes(tangent, toward)
        surface.add_sky_view(view, tangent, toward, tilted_tangent)
        if number in lit:
            surface.add_beam(beam, tangent, tables.terms[number, :, :periods])
        if progress is not None:
            progress.step(done / sectors)
    view /= sectors
    np.clip(view, 0.0, 1.0, out=view)
    np.maximum(beam, 0.0, out=beam)  # hours with the sun just behind a tilted pixel's own plane
    totals = []
    for period in range(periods):
        diffuse, ghi = tables.diffuse[period], tables.global_horizontal[period]
        totals.append((beam[period] + diffuse * view + albedo * ghi * (1.0 - view)) / 1000.0)
    return BlockResult(totals[0], np.stack(totals[1:]) if monthly else None, view,
                       np.degrees(slope), np.degrees(aspect))


class Surface:
    """The pixels' orientation. Most pixels of a city DSM are flat (roofs, streets): they take a cheap path over
    the whole grid, and the terms that only tilted pixels have are added on the tilted pixels alone. Whole-grid
    intermediate values go to two scratch grids, reused for every sector."""

    def __init__(self, slope, aspect):
        self.work = np.empty(slope.shape, dtype=np.float32)
        self.bins = np.empty(slope.shape, dtype=np.int32)
        self.tilted = np.flatnonzero(slope.ravel() > 1e-4)
        slope, aspect = slope.ravel()[self.tilted], aspect.ravel()[self.tilted]
        self.cos_slope = np.cos(slope)
        self.sin_cos = np.sin(slope) * np.cos(aspect)
        self.sin_sin = np.sin(slope) * np.sin(aspect)

    def toward(self, azimuth_deg):
        """sin S·cos(φ - A) of the tilted pixels: how much each plane faces the azimuth φ."""
        azimuth = math.radians(azimuth_deg)
        return self.sin_cos * np.float32(math.cos(azimuth)) + self.sin_sin * np.float32(math.sin(azimuth))

    def clip_to_planes(self, tangent, toward):
        """Raise horizon tangents (in place) to the horizontal, and on tilted pixels to their own plane
        (-tan S·cos(φ - A)): no pixel sees sky below itself, and what lies below the horizontal is ground (counted
        by the reflected part). Returns the tilted pixels' tangents."""
        np.maximum(tangent, 0.0, out=tangent)
        flat = tangent.ravel()
        tilted_tangent = np.maximum(flat[self.tilted], -toward / self.cos_slope)
        flat[self.tilted] = tilted_tangent
        return tilted_tangent

    def add_sky_view(self, view, tangent, toward, tilted_tangent):
        """Dozier & Frew's term cos S·cos² h + sin S·cos(φ - A)·(π/2 - h - sin h·cos h), with cos² h = 1/(1 + t²)
        and sin h·cos h = t/(1 + t²)."""
        cos_squared = np.multiply(tangent, tangent, out=self.work)
        cos_squared += 1.0
        np.reciprocal(cos_squared, out=cos_squared)
        view += cos_squared
        tilted_cos_squared = cos_squared.ravel()[self.tilted]
        tilted_horizon = np.arctan(tilted_tangent)
        view.ravel()[self.tilted] += (self.cos_slope - 1.0) * tilted_cos_squared + toward * (
            np.float32(math.pi / 2) - tilted_horizon - tilted_tangent * tilted_cos_squared)

    def add_beam(self, beam, tangent, terms):
        """terms: (ELEVATION_BINS + 1, periods, 3) cumulative sums of one sector; beam: (periods, rows, cols)."""
        bins, work = self.bins, self.work
        np.arctan(tangent, out=work)
        work *= np.float32(180 / math.pi / ELEVATION_BIN_DEG)
        np.ceil(work, out=work)
        np.copyto(bins, work, casting="unsafe")  # int32: converts several times faster than int64
        tilted_bins = bins.ravel()[self.tilted]
        for period in range(terms.shape[1]):
            vertical, north, east = (terms[:, period, component] for component in range(3))
            beam[period] += np.take(vertical, bins, out=work, mode="clip")  # "clip": a 90° horizon is the top bin
            beam[period].ravel()[self.tilted] += ((self.cos_slope - 1.0) * vertical[tilted_bins]
                                                  + self.sin_cos * north[tilted_bins]
                                                  + self.sin_sin * east[tilted_bins])


def open_plane_irradiation(tables, slope_deg, aspect_deg, albedo=DEFAULT_ALBEDO):
    """Annual irradiation (kWh/m²) of an unobstructed plane (isotropic sky), from the same tables."""
    slope, aspect = math.radians(slope_deg), math.radians(aspect_deg)
    weights = np.array([math.cos(slope), math.sin(slope) * math.cos(aspect), math.sin(slope) * math.sin(aspect)])
    beam = max(0.0, float(tables.terms[:, 0, 0, :].astype(float).sum(axis=0) @ weights))
    view = (1 + math.cos(slope)) / 2
    return (beam + tables.diffuse[0] * view + albedo * tables.global_horizontal[0] * (1 - view)) / 1000.0
