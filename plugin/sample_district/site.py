"""Where the sample district lies and how its coordinates convert: local metres -> EPSG:6677 -> JGD2011 lat/lon.

The default district (1000 m x 900 m) sits inside one PLATEAU third-level mesh (53394665, Sumida-ku, on the west
bank of the Arakawa), so its buildings and flood model are one file each, as a PLATEAU release would ship them.
"""

from dataclasses import dataclass

import numpy as np

PROJECTED_CRS = 6677  # JGD2011 / Japan Plane Rectangular CS IX (Tokyo)
GEOGRAPHIC_CRS = 6668  # JGD2011 lat/lon (2D); CityGML uses 6697 = 6668 + TP height
CITYGML_CRS_URI = "http://www.opengis.net/def/crs/EPSG/0/6697"
ORIGIN_X = -1820.0  # south-west corner of the default district in EPSG:6677 (easting, northing)
ORIGIN_Y = -31420.0
BASE_WIDTH_M = 1000.0  # east-west
BASE_HEIGHT_M = 900.0  # north-south
DEM_CELL_M = 5.0
HAZARD_CELL_M = 25.0  # flood model cells: 5 x 5 DEM cells
CITY_CODE = "13107"  # Sumida-ku
PREFECTURE_CODE = "13"


@dataclass(frozen=True)
class District:
    """The size and seed of a district; scale 1 is the bundled one, larger scales are for benchmarks."""

    seed: int = 20250901
    scale: int = 1

    @property
    def width(self):
        return BASE_WIDTH_M * self.scale

    @property
    def height(self):
        return BASE_HEIGHT_M * self.scale

    def rng(self, purpose):
        """A Generator of its own per purpose, so adding draws in one part never changes another part's output."""
        return np.random.default_rng([self.seed, self.scale, sum(ord(c) * 31**i for i, c in enumerate(purpose))])


_TO_LONLAT = None


def to_projected(u, v):
    """Local metres (from the south-west corner) -> EPSG:6677 easting, northing."""
    return np.asarray(u, dtype=float) + ORIGIN_X, np.asarray(v, dtype=float) + ORIGIN_Y


def to_lonlat(u, v):
    """Local metres -> (lon, lat) arrays in JGD2011."""
    global _TO_LONLAT
    if _TO_LONLAT is None:
        from pyproj import Transformer

        _TO_LONLAT = Transformer.from_crs(PROJECTED_CRS, GEOGRAPHIC_CRS, always_xy=True)
    x, y = (np.atleast_1d(c) for c in to_projected(u, v))
    if x.size == 1:  # pyproj takes a one-element array for a scalar point (deprecated in numpy): pass floats
        lon, lat = _TO_LONLAT.transform(x.item(), y.item())
        return np.full(x.shape, lon), np.full(y.shape, lat)
    return _TO_LONLAT.transform(x, y)


def lonlat_coordinates(path):
    """GeoJSON [[lon, lat], ...] (JGD2011, 1e-9 degree) of local points [(u, v), ...]."""
    u, v = zip(*path, strict=True)
    lon, lat = to_lonlat(u, v)
    return [[round(float(a), 9), round(float(b), 9)] for a, b in zip(lon, lat, strict=True)]


def geojson_collection(name, features):
    """A GeoJSON FeatureCollection naming its CRS (EPSG:6668, as MLIT data do)."""
    return {"type": "FeatureCollection", "name": name,
            "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{GEOGRAPHIC_CRS}"}},
            "features": features}
