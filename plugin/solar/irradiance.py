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

from .horizon import HorizonMarcher, sector_azimuths

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


@dataclass
class BlockResult:
    annual: np.ndarray  # kWh/m²
    monthly: np.ndarray | None  # (12, rows, cols) kWh/m²
    sky_view_factor: np.ndarray
    slope: np.ndarray  # degrees
    aspect: np.ndarray  # degrees


def irradiate_block(dsm, cellsize, tables, albedo=DEFAULT_ALBEDO, radius=DEFAULT_RADIUS, monthly=False,
                    progress=None, relief=None):
    """Irradiation of every pixel of a DSM block (a 2D float array without gaps); ``relief``: see HorizonMarcher."""
    dsm = np.asarray(dsm, dtype=np.float32)
    sectors = tables.terms.shape[0]
    slope, aspect = slope_aspect(dsm, cellsize)
    plane = (np.cos(slope), np.sin(slope) * np.cos(aspect), np.sin(slope) * np.sin(aspect))
    periods = 13 if monthly else 1
    beam = np.zeros((periods,) + dsm.shape, dtype=np.float32)
    view = np.zeros(dsm.shape, dtype=np.float32)
    marcher = HorizonMarcher(dsm, cellsize, radius, relief)
    tangent = np.empty_like(dsm)
    lit = set(tables.lit_sectors.tolist())
    for number, azimuth in enumerate(sector_azimuths(sectors)):
        marcher.tangents(azimuth, out=tangent)
        horizon = _horizon_above_plane(tangent, plane, azimuth)
        _add_sky_view(view, horizon, plane, azimuth)
        if number in lit:
            _add_beam(beam, horizon, plane, tables.terms[number, :, :periods])
        if progress is not None:
            progress.step((number + 1) / sectors)
    view /= sectors
    np.clip(view, 0.0, 1.0, out=view)
    np.maximum(beam, 0.0, out=beam)  # hours with the sun just behind a tilted pixel's own plane
    totals = []
    for period in range(periods):
        diffuse, ghi = tables.diffuse[period], tables.global_horizontal[period]
        totals.append((beam[period] + diffuse * view + albedo * ghi * (1.0 - view)) / 1000.0)
    return BlockResult(totals[0], np.stack(totals[1:]) if monthly else None, view,
                       np.degrees(slope), np.degrees(aspect))


def _horizon_above_plane(tangent, plane, azimuth_deg):
    """Horizon elevation (radians), never below the pixel's own plane (a roof sees no sky below itself) nor below
    the horizontal (what lies below it is ground, counted by the reflected part)."""
    cos_slope, sin_cos, sin_sin = plane
    azimuth = math.radians(azimuth_deg)
    # the plane's own elevation toward this azimuth: -atan(tan S·cos(φ - A))
    plane_tangent = -(sin_cos * math.cos(azimuth) + sin_sin * math.sin(azimuth)) / cos_slope
    return np.arctan(np.maximum(np.maximum(tangent, plane_tangent), 0.0))


def _add_sky_view(view, horizon, plane, azimuth_deg):
    cos_slope, sin_cos, sin_sin = plane
    azimuth = math.radians(azimuth_deg)
    toward = sin_cos * math.cos(azimuth) + sin_sin * math.sin(azimuth)  # sin S·cos(φ - A)
    cos_h = np.cos(horizon)
    view += cos_slope * cos_h * cos_h + toward * (np.float32(math.pi / 2) - horizon - np.sin(horizon) * cos_h)


def _add_beam(beam, horizon, plane, terms):
    """terms: (ELEVATION_BINS + 1, periods, 3) cumulative sums of this sector."""
    bins = np.ceil(horizon * np.float32(180 / math.pi / ELEVATION_BIN_DEG))
    np.clip(bins, 0, ELEVATION_BINS, out=bins)
    bins = bins.astype(np.intp)
    for period in range(terms.shape[1]):
        for component, weight in enumerate(plane):
            beam[period] += weight * terms[:, period, component][bins]


def open_plane_irradiation(tables, slope_deg, aspect_deg, albedo=DEFAULT_ALBEDO):
    """Annual irradiation (kWh/m²) of an unobstructed plane (isotropic sky), from the same tables."""
    slope, aspect = math.radians(slope_deg), math.radians(aspect_deg)
    weights = np.array([math.cos(slope), math.sin(slope) * math.cos(aspect), math.sin(slope) * math.sin(aspect)])
    beam = max(0.0, float(tables.terms[:, 0, 0, :].astype(float).sum(axis=0) @ weights))
    view = (1 + math.cos(slope)) / 2
    return (beam + tables.diffuse[0] * view + albedo * tables.global_horizontal[0] * (1 - view)) / 1000.0
