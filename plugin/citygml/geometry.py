"""Coordinates of PLATEAU CityGML: posList text -> numpy, EPSG:6697 (lat, lon, height) -> a projected CRS, WKB.

PLATEAU writes EPSG:6697 (JGD2011 geographic + TP height) with the latitude first. We transform latitude and
longitude (from EPSG:6668, the 2D part of 6697) and keep the height as Z, unchanged.

Transformations use osgeo.osr, the PROJ that GDAL and QGIS share, not pyproj: the pyproj wheel bundles its own
libproj/sqlite/curl, and importing it inside qgis_process makes qgis_process crash on exit (return code -11).
"""

import itertools
import math
import struct

import numpy as np

# JGD2011 plane rectangular zones I..XIX = EPSG:6669..6687: origin (latitude, longitude).
ZONE_ORIGINS = {
    1: (33.0, 129.5), 2: (33.0, 131.0), 3: (36.0, 132.1667), 4: (33.0, 133.5), 5: (36.0, 134.3333),
    6: (36.0, 136.0), 7: (36.0, 137.1667), 8: (36.0, 138.5), 9: (36.0, 139.8333), 10: (40.0, 140.8333),
    11: (44.0, 140.25), 12: (44.0, 142.25), 13: (44.0, 144.25), 14: (26.0, 142.0), 15: (26.0, 127.5),
    16: (26.0, 124.0), 17: (26.0, 131.0), 18: (20.0, 136.0), 19: (26.0, 154.0),
}
# The zones each prefecture (JIS code) uses, from the MLIT notice on plane rectangular coordinates; where a
# prefecture has several (Hokkaido, Tokyo's islands, Okinawa, Kagoshima's islands) the nearest origin decides.
PREFECTURE_ZONES = {
    "01": (11, 12, 13), "02": (10,), "03": (10,), "04": (10,), "05": (10,), "06": (10,), "07": (9,), "08": (9,),
    "09": (9,), "10": (9,), "11": (9,), "12": (9,), "13": (9, 14, 18, 19), "14": (9,), "15": (8,), "16": (7,),
    "17": (7,), "18": (6,), "19": (8,), "20": (8,), "21": (7,), "22": (8,), "23": (7,), "24": (6,), "25": (6,),
    "26": (6,), "27": (6,), "28": (5,), "29": (6,), "30": (6,), "31": (5,), "32": (3,), "33": (5,), "34": (3,),
    "35": (3,), "36": (4,), "37": (4,), "38": (4,), "39": (4,), "40": (2,), "41": (2,), "42": (1,), "43": (2,),
    "44": (2,), "45": (2,), "46": (2, 1), "47": (15, 16, 17),
}
SOURCE_CRS = "EPSG:6668"  # horizontal part of EPSG:6697; heights pass through as Z
# The largest |latitude|, |longitude| (degrees) and |height| (metres, 100 km: far beyond any terrain or building) a
# position can have; NaN, infinities and numbers beyond these are garbage that PROJ would fail on for a whole batch.
POSITION_LIMITS = np.array([90.0, 180.0, 100_000.0])


class PositionError(ValueError):
    """Numbers that are no position: ``polygons`` the indices of the polygons holding them, ``value`` the first."""

    def __init__(self, polygons, value):
        super().__init__(value)
        self.polygons = polygons
        self.value = value


def check_positions(polygons, numbers=None):
    """Raise PositionError when a position of ``polygons`` (rings as flat lat/lon/height lists) is NaN, infinite
    or out of range; ``numbers``: their numbers as one array, when the caller has it already."""
    if numbers is None:
        numbers = np.fromiter(itertools.chain.from_iterable(itertools.chain.from_iterable(polygons)), dtype="<f8")
    points = numbers.reshape(-1, 3)
    bad = ~(np.abs(points) <= POSITION_LIMITS).all(axis=1)  # NaN compares False: bad too
    if not bad.any():
        return
    owner = np.repeat(np.arange(len(polygons)), [sum(len(ring) for ring in polygon) // 3 for polygon in polygons])
    point = points[np.argmax(bad)]
    value = next(float(v) for v, limit in zip(point, POSITION_LIMITS, strict=True) if not abs(v) <= limit)
    raise PositionError(set(owner[bad].tolist()), value)


def plane_rectangular_epsg(lat, lon, prefecture=None):
    """The EPSG code of the JGD2011 plane rectangular zone for a point (Tokyo 23 wards -> 6677)."""
    zones = PREFECTURE_ZONES.get(prefecture or "", tuple(ZONE_ORIGINS))
    cos_lat = math.cos(math.radians(lat))

    def distance(zone):
        origin_lat, origin_lon = ZONE_ORIGINS[zone]
        return math.hypot(lat - origin_lat, (lon - origin_lon) * cos_lat)

    return 6668 + min(zones, key=distance)


def spatial_reference(user_input):
    """An osr.SpatialReference with x = easting/longitude, from "EPSG:6677" or any GDAL-readable CRS text."""
    from osgeo import osr

    osr.UseExceptions()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(str(user_input))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def epsg_code(user_input):
    """The EPSG code of a CRS given as text, or None."""
    srs = spatial_reference(user_input)
    if srs.GetAuthorityName(None) != "EPSG":
        srs.AutoIdentifyEPSG()
    code = srs.GetAuthorityCode(None) if srs.GetAuthorityName(None) == "EPSG" else None
    return int(code) if code else None


def make_transformer(target_crs):
    """EPSG:6668 in its own axis order (latitude first, as PLATEAU writes it) -> ``target_crs`` (x = easting)."""
    from osgeo import osr

    source = spatial_reference(SOURCE_CRS)
    source.SetAxisMappingStrategy(osr.OAMS_AUTHORITY_COMPLIANT)
    return osr.CoordinateTransformation(source, spatial_reference(target_crs))


class NumberMemo(dict):
    """Coordinate text -> float, for one city object. Its faces share their corners, so each number comes back
    several times (an LOD1 block: ~10 distinct numbers in ~100), and a dict hit is a tenth of the cost of parsing
    the digits again. float() and numpy read digits the same way (correctly rounded): the same values.

    A building needs a few dozen entries; one huge object (a whole district's TIN relief) only empties the table
    now and then, so the memo stays small (~10 MB at most)."""

    LIMIT = 1 << 16

    def __missing__(self, token):
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[token] = float(token)
        return value


def parse_pos_list(text, dimension=3, numbers=None):
    """posList text -> (n, dimension) float array; ``numbers``: a NumberMemo to look the numbers up in."""
    return np.array(read_pos_list(text, dimension, numbers), dtype=float).reshape(-1, dimension)


def read_pos_list(text, dimension=3, numbers=None):
    """posList text -> its numbers as a flat list of floats; ``numbers``: a NumberMemo to look them up in.
    Rings stay lists until a whole batch of them is transformed: a numpy array per ring costs more than reading
    its numbers. Raises ValueError when the numbers do not make ``dimension``-D positions."""
    values = None
    # Only plain ASCII text goes through the memo: float() also takes "1_000" and Unicode digits, numpy does not.
    if numbers is not None and text.isascii() and "_" not in text:
        try:
            values = list(map(numbers.__getitem__, text.split()))
        except ValueError:
            values = None  # not all numbers: numpy's reading decides, and reports, as it always has
    if values is None:
        values = np.fromstring(text, dtype=float, sep=" ").tolist()  # text mode: fast and not deprecated
    if len(values) % dimension:
        raise ValueError(f"{len(values)} numbers do not make {dimension}D positions")
    return values


def flat_3d(values, dimension):
    """A flat list of ``dimension``-D positions as 3D ones: height 0.0 for 2D positions."""
    if dimension == 3:
        return values
    if dimension != 2:
        raise ValueError(f"{dimension}D positions are not supported (2D or 3D)")
    points = [0.0] * (len(values) // 2 * 3)
    points[0::3], points[1::3] = values[0::2], values[1::2]
    return points


def transform_points(points, transformer):
    """(n, 3) lat/lon/height -> the raw little-endian x/y/height doubles, in one PROJ call.

    The points go through OGR as one LineString WKB and come back as WKB: no Python object per point (osr's
    TransformPoints returns a list of tuples, three times slower). PROJ passes the height through unchanged (the
    operation is 2D)."""
    from osgeo import ogr

    ogr.UseExceptions()
    line = ogr.CreateGeometryFromWkb(struct.pack("<BII", 1, 1002, len(points)) +
                                     np.ascontiguousarray(points, dtype="<f8").tobytes())
    line.Transform(transformer)
    return line.ExportToIsoWkb()[9:]  # after the header: byte order, type, point count


class TransformedPolygons:
    """The polygons of a batch of city objects (lists of rings, each a flat list of lat/lon/height numbers as
    read_pos_list returns them), transformed in one call.

    Raises PositionError (before any transforming) when a number is no position.
    Polygons are then addressed by their index in the batch: ``wkb(indices)`` is a MultiPolygon Z of them,
    ``envelope(indices)`` its x/y extent, ``z_low`` their lowest height, ``rings(index)``
    their transformed (n, 3) rings."""

    def __init__(self, polygons, transformer):
        # One array for the whole batch: the rings stay plain lists until here (no numpy array per ring).
        numbers = np.fromiter(itertools.chain.from_iterable(itertools.chain.from_iterable(polygons)), dtype="<f8")
        check_positions(polygons, numbers)
        data = transform_points(numbers.reshape(-1, 3), transformer) if len(numbers) else b""
        self.points = np.frombuffer(data, dtype="<f8").reshape(-1, 3)
        self._polygon_wkb = []  # ISO WKB Polygon Z of each polygon
        self._ring_sizes = []  # per polygon: the number of points of each ring
        self._starts = starts = []  # first point of each polygon
        polygon_wkb, ring_sizes = self._polygon_wkb, self._ring_sizes
        position = 0
        for polygon in polygons:
            starts.append(position)
            if len(polygon) == 1:  # no holes, the usual case: header and points in one step
                size = len(polygon[0]) // 3
                polygon_wkb.append(struct.pack("<BIII", 1, 1003, 1, size) + data[position * 24:(position + size) * 24])
                ring_sizes.append((size,))
                position += size
                continue
            sizes = [len(ring) // 3 for ring in polygon]
            parts = [struct.pack("<BII", 1, 1003, len(sizes))]
            for size in sizes:
                parts.append(struct.pack("<I", size))
                parts.append(data[position * 24:(position + size) * 24])
                position += size
            polygon_wkb.append(b"".join(parts))
            ring_sizes.append(sizes)
        # per polygon: lowest and highest x, y and height (in lists: read one at a time, faster than numpy scalars)
        self.x_low, self.y_low, self.z_low = np.minimum.reduceat(self.points, starts).T.tolist() if starts else [[]] * 3
        self.x_high, self.y_high = (np.maximum.reduceat(self.points[:, :2], starts).T.tolist() if starts
                                    else [[]] * 2)

    def wkb(self, indices):
        """ISO WKB MultiPolygon Z of the polygons ``indices``."""
        return struct.pack("<BII", 1, 1006, len(indices)) + b"".join(self._polygon_wkb[i] for i in indices)

    def envelope(self, indices):
        """(minx, maxx, miny, maxy) of the polygons ``indices`` (a range, or a list)."""
        if isinstance(indices, range):
            span = slice(indices.start, indices.stop)
            return (min(self.x_low[span]), max(self.x_high[span]), min(self.y_low[span]), max(self.y_high[span]))
        return (min(self.x_low[i] for i in indices), max(self.x_high[i] for i in indices),
                min(self.y_low[i] for i in indices), max(self.y_high[i] for i in indices))

    def rings(self, index):
        start, rings = self._starts[index], []
        for size in self._ring_sizes[index]:
            rings.append(self.points[start:start + size])
            start += size
        return rings


def newell_normal(ring):
    """Area-weighted normal of a closed (n, 3) ring (Newell's method): its length is twice the area."""
    a, b = ring[:-1], ring[1:]
    return np.array([
        np.sum((a[:, 1] - b[:, 1]) * (a[:, 2] + b[:, 2])),
        np.sum((a[:, 2] - b[:, 2]) * (a[:, 0] + b[:, 0])),
        np.sum((a[:, 0] - b[:, 0]) * (a[:, 1] + b[:, 1])),
    ])


def surface_metrics(polygons):
    """(area m², slope °, azimuth ° clockwise from grid north the surface faces) of a planar-ish surface.

    Holes subtract (their normal points the other way). Azimuth is None for a flat surface."""
    normal = np.zeros(3)
    for rings in polygons:
        for ring in rings:
            normal += newell_normal(ring)
    length = float(np.linalg.norm(normal))
    if length == 0.0:
        return 0.0, None, None
    area = length / 2.0
    nx, ny, nz = normal / length
    slope = math.degrees(math.acos(min(1.0, abs(nz))))
    if nz < 0:  # a downward normal: the ring is ordered the other way; the surface faces the opposite direction
        nx, ny = -nx, -ny
    azimuth = None if slope < 1e-6 else (math.degrees(math.atan2(nx, ny)) + 360.0) % 360.0
    return area, slope, azimuth


def lod1_footprint(polygons, tolerance=0.01):
    """(footprint polygons, (lowest height, highest height)) of an LOD1 block, from its rings as read (flat lists,
    every third number a height: heights are the same before and after the transformation). The footprint is the
    polygons lying flat at the lowest height, or all of them if none does. Only it is written (``lod1_height``
    extrudes it), so the walls and the roof need no transforming."""
    lows, highs = [], []
    for rings in polygons:
        heights = rings[0][2::3] if len(rings) == 1 else [height for ring in rings for height in ring[2::3]]
        lows.append(min(heights))
        highs.append(max(heights))
    bottom = min(lows)
    footprint = [polygon for polygon, low, high in zip(polygons, lows, highs, strict=True)
                 if high - low <= tolerance and low - bottom <= tolerance]
    return footprint or polygons, (bottom, max(highs))
